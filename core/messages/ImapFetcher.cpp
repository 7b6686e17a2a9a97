#include "messages/ImapFetcher.h"

#include "messages/CurlTransfer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace comptoir::messages {

namespace {

// An IMAP quoted string.
QByteArray quoted(const QByteArray& text)
{
    QByteArray escaped = text;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

QByteArray folderPath(const QString& folder)
{
    return '/' + QUrl::toPercentEncoding(QString::fromLatin1(ImapFetcher::encodeFolderName(folder)));
}

bool isSafeFolder(const QString& folder)
{
    return !folder.isEmpty() && !folder.contains(QLatin1Char('\r')) && !folder.contains(QLatin1Char('\n'))
        && !folder.contains(QChar(0));
}

Error badFolder(const QString& folder)
{
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("ImapFetcher", "“%1” is not a folder name.").arg(folder));
}

// The failures particular to IMAP, then the common ones.
Error imapError(const CurlTransfer& transfer, const QString& folder)
{
    const QString name = transfer.server().displayName();
    const QString message = transfer.curlMessage();
    const auto error = [&](Error::Code code, const QString& text) { return Error(code, text, {}, transfer.detail()); };
    if (transfer.lastCode() == CURLE_LOGIN_DENIED && message.startsWith(QLatin1String("Select failed")))
        return error(Error::Code::NotFound,
            QCoreApplication::translate("ImapFetcher", "The mail server %1 has no folder “%2”.").arg(name, folder));
    if (transfer.lastCode() == CURLE_UPLOAD_FAILED)
        return error(Error::Code::Io,
            QCoreApplication::translate(
                "ImapFetcher", "The mail server %1 refused to store the mail in the folder “%2”: check that it exists.")
                .arg(name, folder));
    if (transfer.lastCode() == CURLE_REMOTE_FILE_NOT_FOUND)
        return error(Error::Code::Io,
            QCoreApplication::translate(
                "ImapFetcher", "The folder “%1” changed on the mail server %2 while it was read: try again.")
                .arg(folder, name));
    if (transfer.lastCode() == CURLE_QUOTE_ERROR)
        return error(Error::Code::Io,
            QCoreApplication::translate("ImapFetcher", "The mail server %1 refused to search the folder “%2”.")
                .arg(name, folder));
    return transfer.commonError();
}

Error unreadableAnswer(const CurlTransfer& transfer, const QString& what)
{
    return Error(Error::Code::Corrupt,
        QCoreApplication::translate("ImapFetcher", "The mail server %1 gave an answer Comptoir cannot read.")
            .arg(transfer.server().displayName()),
        {}, what);
}

// The numbers of the "* SEARCH 3 4 5" lines of an answer.
QList<quint32> searchResults(const QByteArray& body)
{
    QList<quint32> uids;
    for (const QByteArray& line : body.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.startsWith("* SEARCH"))
            continue;
        for (const QByteArray& word : trimmed.mid(8).simplified().split(' ')) {
            bool ok = false;
            const quint32 uid = word.toUInt(&ok);
            if (ok)
                uids << uid;
        }
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

QByteArray uidSet(const QList<quint32>& uids)
{
    QByteArrayList numbers;
    for (const quint32 uid : uids)
        numbers << QByteArray::number(uid);
    return numbers.join(',');
}

// One "* LIST (\HasNoChildren) "." "Sent Items"" line: the folder name, or nothing for a folder
// that cannot hold mail (\Noselect) or a line that is not a LIST answer.
QString listedFolder(const QByteArray& line)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\* (?:LIST|LSUB) \(([^)]*)\) (?:NIL|"(?:[^"\\]|\\.)*") (.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(QString::fromLatin1(line.trimmed()));
    if (!match.hasMatch())
        return {};
    if (match.captured(1).contains(QLatin1String("\\Noselect"), Qt::CaseInsensitive)
        || match.captured(1).contains(QLatin1String("\\NonExistent"), Qt::CaseInsensitive))
        return {};
    QString name = match.captured(2).trimmed();
    if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')) && name.size() >= 2) {
        name = name.mid(1, name.size() - 2);
        name.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
    } else if (name.startsWith(QLatin1Char('{'))) {
        return {}; // a name sent as a literal: libcurl does not pass it on
    }
    return ImapFetcher::decodeFolderName(name.toLatin1());
}

} // namespace

QString ImapFetcher::decodeFolderName(const QByteArray& name)
{
    QString result;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] != '&') {
            result += QLatin1Char(name[i]);
            continue;
        }
        const qsizetype end = name.indexOf('-', i + 1);
        if (end < 0) {
            result += QString::fromLatin1(name.mid(i));
            break;
        }
        QByteArray encoded = name.mid(i + 1, end - i - 1);
        if (encoded.isEmpty()) {
            result += QLatin1Char('&');
        } else {
            encoded.replace(',', '/');
            const QByteArray utf16 = QByteArray::fromBase64(encoded);
            for (qsizetype j = 0; j + 1 < utf16.size(); j += 2)
                result += QChar(char16_t((uchar(utf16[j]) << 8) | uchar(utf16[j + 1])));
        }
        i = end;
    }
    return result;
}

QByteArray ImapFetcher::encodeFolderName(const QString& name)
{
    QByteArray result;
    QByteArray pending; // UTF-16BE of the non-ASCII run being encoded
    const auto flush = [&]() {
        if (pending.isEmpty())
            return;
        result += '&' + pending.toBase64(QByteArray::OmitTrailingEquals).replace('/', ',') + '-';
        pending.clear();
    };
    for (const QChar c : name) {
        const char16_t unit = c.unicode();
        if (unit >= 0x20 && unit <= 0x7e) {
            flush();
            result += unit == u'&' ? QByteArray("&-") : QByteArray(1, char(unit));
        } else {
            pending += char(unit >> 8);
            pending += char(unit & 0xff);
        }
    }
    flush();
    return result;
}

Result<QStringList> ImapFetcher::folders(const MailServer& server, const QString& password, const CancelFlag* cancel)
{
    CurlTransfer transfer(CurlTransfer::Protocol::Imap, server, password, cancel);
    transfer.setPath("/");
    const Result<QByteArray> body = transfer.perform();
    if (!body.ok())
        return imapError(transfer, {});
    QStringList names;
    for (const QByteArray& line : body->split('\n')) {
        const QString name = listedFolder(line);
        if (!name.isEmpty())
            names << name;
    }
    names.removeDuplicates();
    return names;
}

Result<ImapBatch> ImapFetcher::fetchNew(const MailServer& server, const QString& password, const QString& folder,
    quint32 knownUidValidity, quint32 lastUid, int limit, const CancelFlag* cancel)
{
    if (!isSafeFolder(folder))
        return badFolder(folder);
    CurlTransfer transfer(CurlTransfer::Protocol::Imap, server, password, cancel);
    const QByteArray mailbox = encodeFolderName(folder);
    const QByteArray path = folderPath(folder);

    // STATUS tells the folder's UIDVALIDITY without selecting it.
    transfer.setPath("/");
    const QByteArray status = "STATUS " + quoted(mailbox) + " (UIDVALIDITY)";
    curl_easy_setopt(transfer.handle(), CURLOPT_CUSTOMREQUEST, status.constData());
    const Result<QByteArray> statusBody = transfer.perform();
    if (!statusBody.ok()) {
        if (transfer.lastCode() == CURLE_QUOTE_ERROR)
            return Error(Error::Code::NotFound,
                QCoreApplication::translate("ImapFetcher", "The mail server %1 has no folder “%2”.")
                    .arg(transfer.server().displayName(), folder),
                {}, transfer.detail());
        return imapError(transfer, folder);
    }
    static const QRegularExpression validityShape(QStringLiteral("UIDVALIDITY (\\d+)"));
    const QRegularExpressionMatch validity = validityShape.match(QString::fromLatin1(*statusBody));
    if (!validity.hasMatch())
        return unreadableAnswer(
            transfer, QStringLiteral("no UIDVALIDITY in: ") + QString::fromLatin1(statusBody->left(200)));

    ImapBatch batch;
    batch.uidValidity = validity.captured(1).toUInt();
    if (knownUidValidity != 0 && knownUidValidity != batch.uidValidity) {
        batch.uidValidityChanged = true;
        lastUid = 0;
    }
    batch.highestUid = lastUid;

    // "n:*" always matches the folder's last mail, even below n: only UIDs above lastUid count.
    transfer.setPath(path);
    const QByteArray range = QByteArray::number(lastUid + 1) + ":*";
    const QByteArray search = "UID SEARCH UID " + range;
    curl_easy_setopt(transfer.handle(), CURLOPT_CUSTOMREQUEST, search.constData());
    const Result<QByteArray> found = transfer.perform();
    if (!found.ok())
        return imapError(transfer, folder);
    QList<quint32> uids = searchResults(*found);
    uids.erase(std::remove_if(uids.begin(), uids.end(), [lastUid](quint32 uid) { return uid <= lastUid; }), uids.end());
    if (limit > 0 && uids.size() > limit) {
        uids.resize(limit);
        batch.more = true;
    }
    if (uids.isEmpty())
        return batch;

    // Fetching marks mails read (libcurl asks for BODY[]): the unread ones are marked unread again after.
    const QByteArray unseenSearch = "UID SEARCH UID " + uidSet(uids) + " UNSEEN";
    curl_easy_setopt(transfer.handle(), CURLOPT_CUSTOMREQUEST, unseenSearch.constData());
    const Result<QByteArray> unseenBody = transfer.perform();
    if (!unseenBody.ok())
        return imapError(transfer, folder);
    const QList<quint32> unseen = searchResults(*unseenBody);

    curl_easy_setopt(transfer.handle(), CURLOPT_CUSTOMREQUEST, nullptr);
    for (const quint32 uid : std::as_const(uids)) {
        transfer.setPath(
            path + ";UIDVALIDITY=" + QByteArray::number(batch.uidValidity) + "/;UID=" + QByteArray::number(uid));
        Result<QByteArray> raw = transfer.perform();
        if (!raw.ok()) {
            // A mail deleted since the search is simply not there any more.
            if (transfer.lastCode() == CURLE_REMOTE_FILE_NOT_FOUND
                && !transfer.curlMessage().contains(QLatin1String("UIDVALIDITY")))
                continue;
            return imapError(transfer, folder);
        }
        batch.mails << ImapMail {uid, std::move(raw).value()};
        batch.highestUid = uid;
    }

    if (!unseen.isEmpty()) {
        transfer.setPath(path);
        const QByteArray store = "UID STORE " + uidSet(unseen) + " -FLAGS.SILENT (\\Seen)";
        curl_easy_setopt(transfer.handle(), CURLOPT_CUSTOMREQUEST, store.constData());
        if (!transfer.perform().ok())
            return imapError(transfer, folder);
    }
    return batch;
}

Result<bool> ImapFetcher::findByMessageId(const MailServer& server, const QString& password, const QString& folder,
    const QByteArray& messageId, const CancelFlag* cancel)
{
    if (!isSafeFolder(folder))
        return badFolder(folder);
    static const QRegularExpression idShape(QStringLiteral("^<[\\x21-\\x7e]+>$"));
    if (!idShape.match(QString::fromLatin1(messageId)).hasMatch())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ImapFetcher", "“%1” is not a message identifier (<id@domain>).")
                .arg(QString::fromLatin1(messageId)));
    CurlTransfer transfer(CurlTransfer::Protocol::Imap, server, password, cancel);
    transfer.setPath(folderPath(folder));
    const QByteArray search = "UID SEARCH HEADER Message-ID " + quoted(messageId);
    curl_easy_setopt(transfer.handle(), CURLOPT_CUSTOMREQUEST, search.constData());
    const Result<QByteArray> found = transfer.perform();
    if (!found.ok())
        return imapError(transfer, folder);
    return !searchResults(*found).isEmpty();
}

Status ImapFetcher::append(const MailServer& server, const QString& password, const QString& folder,
    const QByteArray& raw, const CancelFlag* cancel)
{
    if (!isSafeFolder(folder))
        return badFolder(folder);
    CurlTransfer transfer(CurlTransfer::Protocol::Imap, server, password, cancel);
    transfer.setPath(folderPath(folder));
    transfer.setUpload(raw);
    if (!transfer.perform().ok())
        return imapError(transfer, folder);
    return {};
}

} // namespace comptoir::messages
