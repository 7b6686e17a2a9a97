#include "messages/MailSync.h"

#include "messages/ImapFetcher.h"
#include "messages/Inbox.h"
#include "messages/Mail.h"
#include "messages/MimeReader.h"
#include "messages/MimeWriter.h"
#include "messages/Outbox.h"
#include "messages/SmtpSender.h"
#include "settings/ShopSettings.h"

#include <QCoreApplication>

namespace comptoir::messages {

namespace {

constexpr auto kSmtpHost = "mail.smtp.host";
constexpr auto kSmtpPort = "mail.smtp.port";
constexpr auto kSmtpSecurity = "mail.smtp.security";
constexpr auto kSmtpUser = "mail.smtp.user";
constexpr auto kImapHost = "mail.imap.host";
constexpr auto kImapPort = "mail.imap.port";
constexpr auto kImapSecurity = "mail.imap.security";
constexpr auto kImapUser = "mail.imap.user";
constexpr auto kInbox = "mail.imap.inbox";
constexpr auto kSent = "mail.imap.sent";
// Certificates to trust instead of the system's (a server with the shop's own certificate authority).
constexpr auto kCaFile = "mail.ca_file";
// Where fetching stands: the inbox folder's UIDVALIDITY and the last UID fetched.
constexpr auto kUidValidity = "mail.imap.uid_validity";
constexpr auto kLastUid = "mail.imap.last_uid";

QString securityKey(MailServer::Security security)
{
    switch (security) {
    case MailServer::Security::None:
        return QStringLiteral("none");
    case MailServer::Security::Tls:
        return QStringLiteral("tls");
    case MailServer::Security::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

MailServer::Security securityFrom(const QString& key)
{
    if (key == QLatin1String("none"))
        return MailServer::Security::None;
    if (key == QLatin1String("tls"))
        return MailServer::Security::Tls;
    return MailServer::Security::StartTls;
}

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

Result<MailAccount> MailAccount::load(const storage::DatabasePtr& database)
{
    settings::ShopSettings settings(database);
    MailAccount account;
    const auto read = [&](const char* name, const QString& fallback = {}) -> QString {
        auto value = settings.value(key(name), fallback);
        return value ? *value : fallback;
    };
    account.smtp.host = read(kSmtpHost);
    account.smtp.port = read(kSmtpPort, QStringLiteral("0")).toInt();
    account.smtp.security = securityFrom(read(kSmtpSecurity));
    account.smtp.user = read(kSmtpUser);
    account.imap.host = read(kImapHost);
    account.imap.port = read(kImapPort, QStringLiteral("0")).toInt();
    account.imap.security = securityFrom(read(kImapSecurity));
    account.imap.user = read(kImapUser);
    account.inbox = read(kInbox, QStringLiteral("INBOX"));
    account.sent = read(kSent);
    account.smtp.caFile = account.imap.caFile = read(kCaFile);
    return account;
}

Status MailAccount::save(const storage::DatabasePtr& database) const
{
    if (smtp.port < 0 || smtp.port > 65535 || imap.port < 0 || imap.port > 65535)
        return Error(
            Error::Code::InvalidInput, QCoreApplication::translate("MailSync", "A port is a number from 1 to 65535."));
    return settings::ShopSettings(database).setValues({
        {key(kSmtpHost), smtp.host.trimmed()},
        {key(kSmtpPort), QString::number(smtp.port)},
        {key(kSmtpSecurity), securityKey(smtp.security)},
        {key(kSmtpUser), smtp.user.trimmed()},
        {key(kImapHost), imap.host.trimmed()},
        {key(kImapPort), QString::number(imap.port)},
        {key(kImapSecurity), securityKey(imap.security)},
        {key(kImapUser), imap.user.trimmed()},
        {key(kInbox), inbox.trimmed().isEmpty() ? QStringLiteral("INBOX") : inbox.trimmed()},
        {key(kSent), sent.trimmed()},
        {key(kCaFile), smtp.caFile},
    });
}

MailSync::MailSync(storage::DatabasePtr database, MailAccount account, QString smtpPassword, QString imapPassword)
    : m_database(std::move(database))
    , m_account(std::move(account))
    , m_smtpPassword(std::move(smtpPassword))
    , m_imapPassword(std::move(imapPassword))
{ }

Result<SendReport> MailSync::sendDue(const CancelFlag* cancel)
{
    if (!m_account.canSend())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "MailSync", "No server to send mail through: set up the mail account in Settings."));
    Outbox outbox(m_database);
    Inbox inbox(m_database);
    auto due = outbox.due(m_database->clock().now());
    if (!due)
        return due.error();
    SendReport report;
    for (const Message& queued : std::as_const(*due)) {
        if (cancel && cancel->load())
            break;
        auto message = outbox.claim(queued.id);
        if (!message)
            continue; // another seat took it
        // The MIME is built once and kept: every try sends the same bytes.
        auto raw = outbox.raw(message->id);
        if (!raw)
            return raw.error();
        OutgoingMail mail;
        mail.from = MailAddress {message->fromName, message->fromAddress};
        mail.to = MailAddress::parseList(message->to);
        mail.cc = MailAddress::parseList(message->cc);
        if (raw->isEmpty()) {
            mail.subject = message->subject;
            mail.text = message->body;
            mail.messageId = message->messageId.toUtf8();
            mail.inReplyTo = message->inReplyTo.toUtf8();
            for (const QString& reference : std::as_const(message->references))
                mail.references.append(reference.toUtf8());
            mail.date = message->writtenAt;
            for (const AttachmentInfo& info : std::as_const(message->attachments)) {
                auto data = inbox.attachmentData(info.id);
                if (!data)
                    return data.error();
                Attachment attachment;
                attachment.fileName = info.fileName;
                attachment.mimeType = info.mimeType;
                attachment.data = *data;
                attachment.size = data->size();
                mail.attachments.append(attachment);
            }
            auto built = MimeWriter::build(mail);
            if (!built) {
                ++report.failed;
                report.lastError = built.error().toString();
                if (auto failed = outbox.markFailed(message->id, built.error().toString(), true); !failed)
                    return failed.error();
                continue;
            }
            if (auto stored = outbox.storeRaw(message->id, *built); !stored)
                return stored.error();
            *raw = *built;
        }
        QList<QByteArray> recipients;
        for (const MailAddress& address : std::as_const(mail.to))
            recipients.append(address.address.toUtf8());
        for (const MailAddress& address : std::as_const(mail.cc))
            recipients.append(address.address.toUtf8());
        const Status sent
            = SmtpSender::send(m_account.smtp, m_smtpPassword, message->fromAddress.toUtf8(), recipients, *raw, cancel);
        if (!sent) {
            ++report.failed;
            report.lastError = sent.error().toString();
            // Refused (a password, an address): tried again only once the merchant fixed it. Not
            // reached (network, server down): tried again later.
            const bool permanent = sent.error().code == Error::Code::InvalidInput;
            if (auto failed = outbox.markFailed(message->id, sent.error().toString(), permanent); !failed)
                return failed.error();
            continue;
        }
        if (auto marked = outbox.markSent(message->id); !marked)
            return marked.error();
        ++report.sent;
        if (!m_account.sent.isEmpty() && m_account.canFetch()) {
            if (!ImapFetcher::append(m_account.imap, m_imapPassword, m_account.sent, *raw, cancel).ok())
                ++report.copyFailures;
        }
    }
    return report;
}

Result<FetchReport> MailSync::fetchNew(int limit, const CancelFlag* cancel)
{
    if (!m_account.canFetch())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "MailSync", "No server to fetch mail from: set up the mail account in Settings."));
    settings::ShopSettings settings(m_database);
    const quint32 uidValidity = settings.value(key(kUidValidity), QStringLiteral("0")).value().toUInt();
    const quint32 lastUid = settings.value(key(kLastUid), QStringLiteral("0")).value().toUInt();
    auto batch
        = ImapFetcher::fetchNew(m_account.imap, m_imapPassword, m_account.inbox, uidValidity, lastUid, limit, cancel);
    if (!batch)
        return batch.error();
    FetchReport report;
    report.more = batch->more;
    Inbox inbox(m_database);
    for (const ImapMail& fetched : std::as_const(batch->mails)) {
        ++report.fetched;
        IncomingMessage incoming;
        incoming.raw = fetched.raw;
        incoming.mailbox = m_account.inbox;
        incoming.uidValidity = batch->uidValidity;
        incoming.uid = fetched.uid;
        auto parsed = MimeReader::parse(fetched.raw);
        if (!parsed) {
            // Not a mail at all: kept as it came, so nothing is lost, with why it could not be read.
            incoming.fromName = QCoreApplication::translate("MailSync", "Unreadable mail");
            incoming.subject = QCoreApplication::translate("MailSync", "(unreadable mail)");
            incoming.warnings << parsed.error().message;
        } else {
            incoming.messageId = QString::fromUtf8(parsed->messageId);
            incoming.inReplyTo = QString::fromUtf8(parsed->inReplyTo);
            for (const QByteArray& reference : std::as_const(parsed->references))
                incoming.references.append(QString::fromUtf8(reference));
            // A Reply-To (a contact form, a marketplace) is who the answer goes to.
            const MailAddress sender = parsed->replyTo.isEmpty() ? parsed->from : parsed->replyTo.first();
            incoming.fromAddress = sender.address;
            incoming.fromName = sender.name.isEmpty() ? parsed->from.name : sender.name;
            QStringList to;
            for (const MailAddress& address : std::as_const(parsed->to))
                to << address.format();
            incoming.to = to.join(QStringLiteral(", "));
            QStringList cc;
            for (const MailAddress& address : std::as_const(parsed->cc))
                cc << address.format();
            incoming.cc = cc.join(QStringLiteral(", "));
            incoming.subject = parsed->subject;
            incoming.body = parsed->text;
            incoming.hadHtml = parsed->hadHtml;
            incoming.warnings = parsed->warnings;
            incoming.date = parsed->date;
            for (const Attachment& attachment : std::as_const(parsed->attachments))
                incoming.attachments.append({attachment.fileName, attachment.mimeType, attachment.data});
        }
        if (incoming.fromAddress.isEmpty() && incoming.fromName.isEmpty())
            incoming.fromName = QCoreApplication::translate("MailSync", "Unknown sender");
        auto received = inbox.receive(incoming);
        if (!received)
            return received.error();
        if (received->isNew)
            ++report.added;
        if (received->newThread)
            ++report.newThreads;
        // Where to start next time, recorded as each mail is kept.
        if (auto saved = settings.setValues({{key(kUidValidity), QString::number(batch->uidValidity)},
                {key(kLastUid), QString::number(fetched.uid)}});
            !saved)
            return saved.error();
    }
    if (batch->mails.isEmpty() && batch->uidValidity != uidValidity) {
        if (auto saved = settings.setValues({{key(kUidValidity), QString::number(batch->uidValidity)},
                {key(kLastUid), QString::number(batch->highestUid)}});
            !saved)
            return saved.error();
    }
    return report;
}

Result<int> MailSync::recoverInterrupted(const CancelFlag* cancel)
{
    return Outbox(m_database).recoverInterrupted([&](const Message& message) -> Result<bool> {
        if (m_account.sent.isEmpty() || !m_account.canFetch())
            return Error(Error::Code::NotFound,
                QCoreApplication::translate("MailSync", "no Sent folder is set in the mail account"));
        return ImapFetcher::findByMessageId(
            m_account.imap, m_imapPassword, m_account.sent, message.messageId.toUtf8(), cancel);
    });
}

} // namespace comptoir::messages
