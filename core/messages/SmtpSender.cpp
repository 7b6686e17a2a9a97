#include "messages/SmtpSender.h"

#include "messages/CurlTransfer.h"

#include <QCoreApplication>

namespace comptoir::messages {

namespace {

QByteArray bracketed(const QByteArray& address)
{
    const QByteArray bare = address.trimmed();
    return bare.startsWith('<') ? bare : '<' + bare + '>';
}

bool isSafeAddress(const QByteArray& address)
{
    return !address.trimmed().isEmpty() && !address.contains('\r') && !address.contains('\n')
        && !address.contains('\0');
}

// The SMTP reply code of a reply line ("550 5.1.1 No such user" → 550).
int replyCode(const QByteArray& reply)
{
    bool ok = false;
    const int code = reply.left(3).toInt(&ok);
    return ok ? code : 0;
}

} // namespace

Status SmtpSender::send(const MailServer& server, const QString& password, const QByteArray& envelopeFrom,
    const QList<QByteArray>& recipients, const QByteArray& raw, const CancelFlag* cancel)
{
    if (recipients.isEmpty())
        return Error(
            Error::Code::InvalidInput, QCoreApplication::translate("SmtpSender", "The mail has no recipient."));
    for (const QByteArray& address : recipients + QList<QByteArray> {envelopeFrom}) {
        if (!isSafeAddress(address))
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("SmtpSender", "“%1” is not a mail address.")
                    .arg(QString::fromUtf8(address)));
    }

    CurlTransfer transfer(CurlTransfer::Protocol::Smtp, server, password, cancel);
    const QByteArray from = bracketed(envelopeFrom);
    curl_easy_setopt(transfer.handle(), CURLOPT_MAIL_FROM, from.constData());
    curl_slist* rcpt = nullptr;
    for (const QByteArray& address : recipients)
        rcpt = curl_slist_append(rcpt, bracketed(address).constData());
    curl_easy_setopt(transfer.handle(), CURLOPT_MAIL_RCPT, rcpt);
    transfer.setUpload(raw);
    const Result<QByteArray> result = transfer.perform();
    curl_slist_free_all(rcpt);
    if (result.ok())
        return {};

    const QString name = transfer.server().displayName();
    const QString curlMessage = transfer.curlMessage();
    const auto refused
        = [&](const QString& message) { return Error(Error::Code::InvalidInput, message, {}, transfer.detail()); };
    if (transfer.lastCode() == CURLE_SEND_ERROR || transfer.lastCode() == CURLE_WEIRD_SERVER_REPLY
        || transfer.lastCode() == CURLE_RECV_ERROR) {
        if (curlMessage.startsWith(QLatin1String("RCPT failed"))) {
            QByteArray recipient = transfer.lastRecipientCommand().mid(8).trimmed();
            recipient = recipient.left(recipient.indexOf('>') + 1);
            return refused(QCoreApplication::translate("SmtpSender",
                "The mail server %1 refused the recipient %2, so the mail was not sent to anyone: check the "
                "address.")
                               .arg(name, QString::fromUtf8(recipient)));
        }
        if (curlMessage.startsWith(QLatin1String("MAIL failed"))) {
            if (replyCode(transfer.lastReply()) == 530)
                return refused(QCoreApplication::translate("SmtpSender",
                    "The mail server %1 asks for a user name and password before sending: set them in the "
                    "mail settings.")
                                   .arg(name));
            return refused(QCoreApplication::translate("SmtpSender",
                "The mail server %1 refused the sender address %2: check that this account may send as "
                "this address.")
                               .arg(name, QString::fromUtf8(envelopeFrom)));
        }
        if (curlMessage.startsWith(QLatin1String("DATA failed")) || replyCode(transfer.lastReply()) >= 500
            || curlMessage.contains(QLatin1String("response: 5")))
            return refused(
                QCoreApplication::translate("SmtpSender", "The mail server %1 refused the message, so it was not sent.")
                    .arg(name));
    }
    return transfer.commonError();
}

} // namespace comptoir::messages
