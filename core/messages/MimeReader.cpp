#include "messages/MimeReader.h"

#include "messages/GMimeSupport.h"
#include "messages/HtmlText.h"

#include <QCoreApplication>
#include <QSet>

namespace comptoir::messages {

namespace {

struct ParserIssues
{
    bool brokenStructure = false;
    bool unreadableType = false;
    bool unreadableAddresses = false;
    QStringList details;
};

void onParserWarning(gint64 offset, GMimeParserWarning code, const gchar* item, gpointer userData)
{
    auto* issues = static_cast<ParserIssues*>(userData);
    switch (code) {
    case GMIME_WARN_MALFORMED_MULTIPART:
    case GMIME_WARN_TRUNCATED_MESSAGE:
    case GMIME_WARN_MALFORMED_MESSAGE:
    case GMIME_CRIT_INVALID_HEADER_NAME:
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
    case GMIME_CRIT_NESTING_OVERFLOW:
    case GMIME_WARN_PART_WITHOUT_CONTENT:
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        issues->brokenStructure = true;
        break;
    case GMIME_WARN_INVALID_CONTENT_TYPE:
        issues->unreadableType = true;
        break;
    case GMIME_WARN_INVALID_ADDRESS_LIST:
        issues->unreadableAddresses = true;
        break;
    default:
        return;
    }
    issues->details << QStringLiteral("GMime warning %1 at byte %2%3")
                           .arg(int(code))
                           .arg(offset)
                           .arg(item ? QStringLiteral(": ") + QString::fromUtf8(item).left(60) : QString());
}

// Decodes text in the charset a part declares; a charset nobody knows, or bytes that are not in it,
// are read as UTF-8 when they are valid UTF-8 and as Latin-1 otherwise, which never loses a byte.
QString decodeText(const QByteArray& bytes, QString charset, QStringList& warnings)
{
    charset = charset.trimmed();
    const auto bestEffort = [&bytes]() {
        const QString utf8 = QString::fromUtf8(bytes);
        return utf8.contains(QChar::ReplacementCharacter) ? QString::fromLatin1(bytes) : utf8;
    };
    if (charset.isEmpty() || charset.compare(QLatin1String("us-ascii"), Qt::CaseInsensitive) == 0)
        return bestEffort();
    const QByteArray iconvName = g_mime_charset_iconv_name(charset.toLatin1().constData());
    if (iconvName.compare("UTF-8", Qt::CaseInsensitive) == 0 || iconvName.compare("utf8", Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(bytes);
    GError* error = nullptr;
    gsize written = 0;
    gchar* converted
        = g_convert(bytes.constData(), gssize(bytes.size()), "UTF-8", iconvName.constData(), nullptr, &written, &error);
    if (converted) {
        const QString text = QString::fromUtf8(converted, qsizetype(written));
        g_free(converted);
        return text;
    }
    const bool unknown = error && error->domain == G_CONVERT_ERROR && error->code == G_CONVERT_ERROR_NO_CONVERSION;
    g_clear_error(&error);
    if (unknown)
        warnings << QCoreApplication::translate("MimeReader",
            "The mail is written in a character set Comptoir does not know (“%1”): some "
            "accented letters may be shown wrong.")
                        .arg(charset);
    else
        warnings << QCoreApplication::translate(
            "MimeReader", "Part of the mail is not valid in its character set (“%1”): some letters may be shown wrong.")
                        .arg(charset);
    return bestEffort();
}

// A file name from a mail is only a name, safe to save under: never a path, a hidden file or control
// characters.
QString safeFileName(QString name)
{
    for (QChar& c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.left(200);
}

bool isBase64Damaged(const QByteArray& encoded)
{
    qsizetype significant = 0;
    for (const char c : encoded) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
            || c == '=')
            ++significant;
        else if (c != '\r' && c != '\n' && c != ' ' && c != '\t')
            return true;
    }
    return significant % 4 != 0;
}

class MailWalker final
{
public:
    explicit MailWalker(ParsedMail& mail)
        : m_mail(mail)
    { }

    void walk(GMimeObject* object, int depth = 0)
    {
        if (!object)
            return;
        if (GMIME_IS_MULTIPART(object))
            walkMultipart(GMIME_MULTIPART(object), depth);
        else if (GMIME_IS_MESSAGE_PART(object))
            addMessagePart(GMIME_MESSAGE_PART(object));
        else if (GMIME_IS_PART(object))
            addPart(GMIME_PART(object));
    }

    QString plainText() const { return m_plain.join(QStringLiteral("\n\n")); }
    QString htmlText() const { return m_html.join(QStringLiteral("\n\n")); }
    bool sawHtml() const { return m_sawHtml; }
    bool damagedEncoding() const { return m_damagedEncoding; }
    bool foundEmptyMultipart() const { return m_emptyMultipart; }

private:
    static bool isType(GMimeObject* object, const char* type, const char* subtype)
    {
        GMimeContentType* contentType = g_mime_object_get_content_type(object);
        return contentType && g_mime_content_type_is_type(contentType, type, subtype);
    }

    void walkMultipart(GMimeMultipart* multipart, int depth)
    {
        const int count = g_mime_multipart_get_count(multipart);
        if (count == 0) {
            // A multipart whose parts could not be found: its content is kept as text rather than lost.
            const QString prologue = gmime::text(g_mime_multipart_get_prologue(multipart)).trimmed();
            if (!prologue.isEmpty())
                m_plain << prologue;
            m_emptyMultipart = true;
            return;
        }
        if (isType(GMIME_OBJECT(multipart), "multipart", "alternative")) {
            // The plain version is shown; the HTML one only when there is no plain one.
            GMimeObject* chosen = nullptr;
            GMimeObject* html = nullptr;
            for (int i = 0; i < count; ++i) {
                GMimeObject* part = g_mime_multipart_get_part(multipart, i);
                if (isType(part, "text", "html") || isType(part, "multipart", "related"))
                    html = html ? html : part;
                else if (isType(part, "text", "plain") && !chosen)
                    chosen = part;
            }
            if (html)
                m_sawHtml = true;
            if (!chosen)
                chosen = html ? html : g_mime_multipart_get_part(multipart, count - 1);
            walk(chosen, depth + 1);
            return;
        }
        for (int i = 0; i < count; ++i)
            walk(g_mime_multipart_get_part(multipart, i), depth + 1);
    }

    QByteArray decodedContent(GMimePart* part)
    {
        GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
        if (!wrapper)
            return {};
        if (g_mime_data_wrapper_get_encoding(wrapper) == GMIME_CONTENT_ENCODING_BASE64) {
            GMimeStream* encoded = g_mime_data_wrapper_get_stream(wrapper);
            if (encoded && isBase64Damaged(gmime::bytesOf(encoded)))
                m_damagedEncoding = true;
        }
        gmime::Ptr<GMimeStream> out(g_mime_stream_mem_new());
        g_mime_data_wrapper_write_to_stream(wrapper, out.get());
        GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
        return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
    }

    void addPart(GMimePart* part)
    {
        GMimeObject* object = GMIME_OBJECT(part);
        const bool attached = g_mime_part_is_attachment(part) || g_mime_part_get_filename(part);
        if (!attached && GMIME_IS_TEXT_PART(part)
            && (isType(object, "text", "plain") || isType(object, "text", "html"))) {
            const QByteArray bytes = decodedContent(part);
            QString text
                = decodeText(bytes, gmime::text(g_mime_text_part_get_charset(GMIME_TEXT_PART(part))), m_mail.warnings);
            text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            if (isType(object, "text", "html")) {
                m_sawHtml = true;
                const QString plain = HtmlText::toPlainText(text);
                if (!plain.isEmpty())
                    m_html << plain;
            } else if (!text.trimmed().isEmpty()) {
                m_plain << text;
            }
            return;
        }
        Attachment attachment;
        attachment.data = decodedContent(part);
        attachment.size = attachment.data.size();
        GMimeContentType* contentType = g_mime_object_get_content_type(object);
        char* mimeType = contentType ? g_mime_content_type_get_mime_type(contentType) : nullptr;
        attachment.mimeType
            = mimeType ? QString::fromUtf8(mimeType).toLower() : QStringLiteral("application/octet-stream");
        g_free(mimeType);
        attachment.fileName = safeFileName(gmime::text(g_mime_part_get_filename(part)));
        if (attachment.fileName.isEmpty())
            attachment.fileName = QCoreApplication::translate("MimeReader", "attachment %1").arg(++m_unnamed);
        attachment.isInline = !g_mime_part_is_attachment(part);
        attachment.contentId = QByteArray(g_mime_part_get_content_id(part));
        m_mail.attachments << attachment;
    }

    void addMessagePart(GMimeMessagePart* part)
    {
        GMimeMessage* message = g_mime_message_part_get_message(part);
        Attachment attachment;
        if (message) {
            GMimeFormatOptions* options = g_mime_format_options_clone(nullptr);
            gmime::Ptr<GMimeStream> out(g_mime_stream_mem_new());
            g_mime_object_write_to_stream(GMIME_OBJECT(message), options, out.get());
            g_mime_format_options_free(options);
            attachment.data = gmime::bytesOf(out.get());
            attachment.fileName = gmime::text(g_mime_message_get_subject(message)).trimmed();
        }
        attachment.fileName = safeFileName(attachment.fileName);
        if (attachment.fileName.isEmpty())
            attachment.fileName = QCoreApplication::translate("MimeReader", "attached mail");
        attachment.fileName += QStringLiteral(".eml");
        attachment.mimeType = QStringLiteral("message/rfc822");
        attachment.size = attachment.data.size();
        m_mail.attachments << attachment;
    }

    ParsedMail& m_mail;
    QStringList m_plain;
    QStringList m_html;
    bool m_sawHtml = false;
    bool m_damagedEncoding = false;
    bool m_emptyMultipart = false;
    int m_unnamed = 0;
};

QByteArray bracketed(const char* id)
{
    const QByteArray bare = QByteArray(id).trimmed();
    return bare.isEmpty() ? QByteArray() : '<' + bare + '>';
}

QList<QByteArray> referencesIn(GMimeObject* object, const char* header)
{
    QList<QByteArray> ids;
    const char* value = g_mime_object_get_header(object, header);
    if (!value)
        return ids;
    GMimeReferences* references = g_mime_references_parse(nullptr, value);
    if (!references)
        return ids;
    for (int i = 0; i < g_mime_references_length(references); ++i)
        ids << bracketed(g_mime_references_get_message_id(references, i));
    g_mime_references_free(references);
    return ids;
}

} // namespace

Result<ParsedMail> MimeReader::parse(const QByteArray& raw)
{
    const auto notAMail = [](const QString& detail) {
        return Error(Error::Code::Corrupt,
            QCoreApplication::translate("MimeReader", "This is not a mail: it has no headers."), {}, detail);
    };
    if (raw.trimmed().isEmpty())
        return notAMail(QStringLiteral("empty"));

    gmime::ensureInitialised();
    gmime::Ptr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    gmime::Ptr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    ParserIssues issues;
    GMimeParserOptions* options = g_mime_parser_options_new();
    g_mime_parser_options_set_warning_callback(options, onParserWarning, &issues);
    gmime::Ptr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    if (!message)
        return notAMail(issues.details.join(QStringLiteral("; ")));
    GMimeObject* object = GMIME_OBJECT(message.get());
    if (g_mime_header_list_get_count(g_mime_object_get_header_list(object)) == 0)
        return notAMail(QStringLiteral("no header"));

    ParsedMail mail;
    mail.messageId = bracketed(g_mime_message_get_message_id(message.get()));
    const QList<QByteArray> inReplyTo = referencesIn(object, "In-Reply-To");
    mail.inReplyTo = inReplyTo.isEmpty() ? QByteArray() : inReplyTo.first();
    mail.references = referencesIn(object, "References");
    const QList<MailAddress> from = gmime::addressesOf(g_mime_message_get_from(message.get()));
    if (!from.isEmpty())
        mail.from = from.first();
    mail.to = gmime::addressesOf(g_mime_message_get_to(message.get()));
    mail.cc = gmime::addressesOf(g_mime_message_get_cc(message.get()));
    mail.replyTo = gmime::addressesOf(g_mime_message_get_reply_to(message.get()));
    mail.subject = gmime::text(g_mime_message_get_subject(message.get())).trimmed();
    if (GDateTime* date = g_mime_message_get_date(message.get()))
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);

    MailWalker walker(mail);
    walker.walk(g_mime_message_get_mime_part(message.get()));
    mail.hadHtml = walker.sawHtml();
    mail.text = walker.plainText();
    if (mail.text.trimmed().isEmpty())
        mail.text = walker.htmlText();

    if (issues.brokenStructure || walker.foundEmptyMultipart())
        mail.warnings << QCoreApplication::translate("MimeReader",
            "The mail's structure is broken: what could be read is shown, some of it may be missing or "
            "shown as raw text.");
    if (walker.damagedEncoding())
        mail.warnings << QCoreApplication::translate(
            "MimeReader", "Part of the mail is damaged (bad base64): a file or the text may be incomplete.");
    if (issues.unreadableType)
        mail.warnings << QCoreApplication::translate(
            "MimeReader", "A part of the mail has an unreadable type: it is kept as a file.");
    if (issues.unreadableAddresses)
        mail.warnings << QCoreApplication::translate("MimeReader", "Some addresses of the mail could not be read.");
    mail.warnings.removeDuplicates();
    return mail;
}

} // namespace comptoir::messages
