#include "messages/MimeWriter.h"

#include "messages/GMimeSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace comptoir::messages {

namespace {

// "<id@domain>": no spaces, no line breaks, one pair of angle brackets.
bool isMessageId(const QByteArray& id)
{
    static const QRegularExpression shape(QStringLiteral("^<[^<>\\s@]+@[^<>\\s@]+>$"));
    return shape.match(QString::fromLatin1(id)).hasMatch();
}

Error invalid(const QString& message, const QString& detail = {})
{
    return Error(Error::Code::InvalidInput, message, {}, detail);
}

void addMailboxes(GMimeMessage* message, GMimeAddressType type, const QList<MailAddress>& addresses)
{
    for (const MailAddress& address : addresses) {
        const QByteArray name = address.name.toUtf8();
        const QByteArray mailbox = address.address.toUtf8();
        g_mime_message_add_mailbox(message, type, name.isEmpty() ? nullptr : name.constData(), mailbox.constData());
    }
}

// Bytes as the content of a part, which GMime then encodes for transfer.
void setContent(GMimePart* part, const QByteArray& bytes)
{
    gmime::Ptr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    gmime::Ptr<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, wrapper.get());
}

GMimeObject* textPart(const char* subtype, const QString& text)
{
    GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
    setContent(GMIME_PART(part), text.toUtf8());
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_part_set_content_encoding(
        GMIME_PART(part), g_mime_part_get_best_content_encoding(GMIME_PART(part), GMIME_ENCODING_CONSTRAINT_7BIT));
    return GMIME_OBJECT(part);
}

GMimeObject* attachmentPart(const Attachment& attachment)
{
    QString type = attachment.mimeType.trimmed().toLower();
    if (!type.contains(QLatin1Char('/')))
        type = QStringLiteral("application/octet-stream");
    const QByteArray mainType = type.section(QLatin1Char('/'), 0, 0).toUtf8();
    const QByteArray subType = type.section(QLatin1Char('/'), 1).toUtf8();
    GMimePart* part = g_mime_part_new_with_type(mainType.constData(), subType.constData());
    setContent(part, attachment.data);
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    const QByteArray fileName = attachment.fileName.toUtf8();
    if (!fileName.isEmpty())
        g_mime_part_set_filename(part, fileName.constData());
    if (attachment.isInline) {
        g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_INLINE);
        if (!fileName.isEmpty())
            g_mime_object_set_content_disposition_parameter(GMIME_OBJECT(part), "filename", fileName.constData());
    }
    if (!attachment.contentId.isEmpty())
        g_mime_part_set_content_id(part, attachment.contentId.constData());
    return GMIME_OBJECT(part);
}

} // namespace

Result<QByteArray> MimeWriter::build(const OutgoingMail& mail)
{
    if (mail.from.address.isEmpty())
        return invalid(QCoreApplication::translate("MimeWriter", "The mail has no sender address."));
    if (mail.to.isEmpty() && mail.cc.isEmpty())
        return invalid(QCoreApplication::translate("MimeWriter", "The mail has no recipient."));
    const QByteArray messageId = mail.messageId.isEmpty() ? newMessageId(mail.from) : mail.messageId;
    QList<QByteArray> ids = mail.references;
    ids << messageId;
    if (!mail.inReplyTo.isEmpty())
        ids << mail.inReplyTo;
    for (const QByteArray& id : std::as_const(ids)) {
        if (!isMessageId(id))
            return invalid(QCoreApplication::translate("MimeWriter", "“%1” is not a message identifier (<id@domain>).")
                               .arg(QString::fromUtf8(id)));
    }

    gmime::ensureInitialised();
    gmime::Ptr<GMimeMessage> message(g_mime_message_new(TRUE));
    addMailboxes(message.get(), GMIME_ADDRESS_TYPE_FROM, {mail.from});
    addMailboxes(message.get(), GMIME_ADDRESS_TYPE_TO, mail.to);
    addMailboxes(message.get(), GMIME_ADDRESS_TYPE_CC, mail.cc);
    const QByteArray subject = mail.subject.toUtf8();
    g_mime_message_set_subject(message.get(), subject.constData(), "utf-8");

    const QDateTime date = mail.date.isValid() ? mail.date : QDateTime::currentDateTime();
    GDateTime* gdate = g_date_time_new_from_unix_local(date.toSecsSinceEpoch());
    g_mime_message_set_date(message.get(), gdate);
    g_date_time_unref(gdate);

    const QByteArray bareId = messageId.mid(1, messageId.size() - 2);
    g_mime_message_set_message_id(message.get(), bareId.constData());
    if (!mail.inReplyTo.isEmpty())
        g_mime_object_set_header(GMIME_OBJECT(message.get()), "In-Reply-To", mail.inReplyTo.constData(), nullptr);
    if (!mail.references.isEmpty()) {
        const QByteArray references = mail.references.join(' ');
        g_mime_object_set_header(GMIME_OBJECT(message.get()), "References", references.constData(), nullptr);
    }

    // Each part is handed to its parent, which keeps its own reference.
    gmime::Ptr<GMimeObject> body(textPart("plain", mail.text));
    if (!mail.html.isEmpty()) {
        gmime::Ptr<GMimeObject> html(textPart("html", mail.html));
        gmime::Ptr<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
        g_mime_multipart_add(alternative.get(), body.get());
        g_mime_multipart_add(alternative.get(), html.get());
        body.reset(GMIME_OBJECT(alternative.release()));
    }
    if (!mail.attachments.isEmpty()) {
        gmime::Ptr<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
        g_mime_multipart_add(mixed.get(), body.get());
        for (const Attachment& attachment : mail.attachments) {
            gmime::Ptr<GMimeObject> part(attachmentPart(attachment));
            g_mime_multipart_add(mixed.get(), part.get());
        }
        body.reset(GMIME_OBJECT(mixed.release()));
    }
    g_mime_message_set_mime_part(message.get(), body.get());

    GMimeFormatOptions* options = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    gmime::Ptr<GMimeStream> out(g_mime_stream_mem_new());
    const ssize_t written = g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), options, out.get());
    g_mime_format_options_free(options);
    if (written < 0)
        return Error(Error::Code::Generic, QCoreApplication::translate("MimeWriter", "The mail could not be written."));
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

} // namespace comptoir::messages
