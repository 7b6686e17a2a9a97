#pragma once

#include "common/Result.h"
#include "messages/Mail.h"

namespace comptoir::messages {

// Turns a mail to send into RFC 5322 bytes with GMime: UTF-8 text in quoted-printable or base64 (as
// GMime finds best), multipart/alternative when there is HTML, multipart/mixed around attachments,
// RFC 2047 encoded subject and names, CRLF line ends (what SMTP and IMAP APPEND take).
class MimeWriter final
{
public:
    // Refuses a mail without sender or recipient, or whose Message-ID, In-Reply-To or References are not
    // "<id@domain>". An empty messageId is generated; fills nothing back into `mail`.
    static Result<QByteArray> build(const OutgoingMail& mail);
};

} // namespace comptoir::messages
