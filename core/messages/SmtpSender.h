#pragma once

#include "common/Result.h"
#include "messages/MailServer.h"

#include <QByteArray>
#include <QList>

namespace comptoir::messages {

// Sends a mail built by MimeWriter through an SMTP server with libcurl: STARTTLS or TLS as the server
// settings say (never falling back to clear text), authentication when a user is set. Blocking: callers
// run it off the UI thread.
class SmtpSender final
{
public:
    // envelopeFrom and recipients are bare addresses ("a@b"); raw is the whole mail. The error names the
    // server, and the recipient the server refused when it refused one (then nobody got the mail).
    // cancel, when given, stops the transfer from another thread.
    static Status send(const MailServer& server, const QString& password, const QByteArray& envelopeFrom,
        const QList<QByteArray>& recipients, const QByteArray& raw, const CancelFlag* cancel = nullptr);
};

} // namespace comptoir::messages
