#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::messages {

// Someone who sends or receives mail: "Marie Dupont <marie@example.fr>".
struct MailAddress
{
    QString name; // may be empty
    QString address; // local@domain, as written (no IDN conversion)

    bool isEmpty() const { return address.isEmpty(); }
    // "Marie Dupont <marie@example.fr>", or the bare address when there is no name.
    QString format() const;
    // One address as a person types it ("Name <a@b>", "a@b", "\"Dupont, Marie\" <a@b>"); empty when
    // the text holds no address.
    static MailAddress parse(const QString& text);
    // Several addresses separated by commas or semicolons; what cannot be read is left out.
    static QList<MailAddress> parseList(const QString& text);

    friend bool operator==(const MailAddress&, const MailAddress&) = default;
};

// A file sent with a mail or found in one.
struct Attachment
{
    QString fileName;
    QString mimeType; // "application/pdf"; application/octet-stream when unknown
    QByteArray data; // decoded content
    qint64 size = 0; // bytes of data
    bool isInline = false; // shown inside the mail (an image of an HTML mail) rather than attached
    QByteArray contentId; // without angle brackets; for inline parts
};

// A mail the shop sends to a customer.
struct OutgoingMail
{
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QString text; // the plain text, always sent
    QString html; // optional: sent as an alternative to text when set
    QByteArray messageId; // "<id@domain>"; generated from the sender's domain when empty
    QByteArray inReplyTo; // "<id@domain>" of the mail answered, when answering
    QList<QByteArray> references; // "<id@domain>" of the thread, oldest first
    QDateTime date; // now when invalid
    QList<Attachment> attachments;
};

// A mail received, read as far as it could be.
struct ParsedMail
{
    QByteArray messageId; // "<id@domain>", empty when the mail has none
    QByteArray inReplyTo;
    QList<QByteArray> references;
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> replyTo;
    QString subject; // decoded
    QDateTime date; // UTC; invalid when the mail has no readable date
    QString text; // the text/plain part, or the HTML part turned into text
    bool hadHtml = false; // the mail had an HTML part (shown as text only)
    QList<Attachment> attachments;
    QStringList warnings; // translated: what could not be read exactly (broken structure, unknown charset…)
};

// A new Message-ID for a mail sent from this address: "<uuid@domain>".
QByteArray newMessageId(const MailAddress& from);

} // namespace comptoir::messages
