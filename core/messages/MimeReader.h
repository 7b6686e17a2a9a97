#pragma once

#include "common/Result.h"
#include "messages/Mail.h"

namespace comptoir::messages {

// Reads a received mail with GMime, as much of it as can be read: a broken structure (unterminated
// multipart, missing boundary, damaged base64) or an unknown charset still gives the text and files
// that could be read, with a warning saying what was wrong. HTML is only ever turned into text.
class MimeReader final
{
public:
    // Fails only for bytes that are not a mail at all (empty, or no header).
    static Result<ParsedMail> parse(const QByteArray& raw);
};

} // namespace comptoir::messages
