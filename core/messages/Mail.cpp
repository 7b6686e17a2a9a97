#include "messages/Mail.h"

#include "messages/GMimeSupport.h"

#include <QUuid>

namespace comptoir::messages {

namespace {

void collect(InternetAddressList* list, QList<MailAddress>& into)
{
    if (!list)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            collect(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), into);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            MailAddress mail;
            mail.name = gmime::text(internet_address_get_name(address)).trimmed();
            mail.address = gmime::text(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).trimmed();
            if (!mail.address.isEmpty())
                into.append(mail);
        }
    }
}

} // namespace

QList<MailAddress> gmime::addressesOf(InternetAddressList* list)
{
    QList<MailAddress> addresses;
    collect(list, addresses);
    return addresses;
}

QString MailAddress::format() const
{
    if (name.isEmpty())
        return address;
    gmime::ensureInitialised();
    const QByteArray nameUtf8 = name.toUtf8();
    const QByteArray addressUtf8 = address.toUtf8();
    gmime::Ptr<InternetAddress> mailbox(internet_address_mailbox_new(nameUtf8.constData(), addressUtf8.constData()));
    char* formatted = internet_address_to_string(mailbox.get(), nullptr, FALSE);
    const QString result = QString::fromUtf8(formatted);
    g_free(formatted);
    return result;
}

MailAddress MailAddress::parse(const QString& text)
{
    const QList<MailAddress> addresses = parseList(text);
    return addresses.isEmpty() ? MailAddress() : addresses.first();
}

QList<MailAddress> MailAddress::parseList(const QString& text)
{
    gmime::ensureInitialised();
    const QByteArray utf8 = text.toUtf8();
    gmime::Ptr<InternetAddressList> list(internet_address_list_parse(nullptr, utf8.constData()));
    return gmime::addressesOf(list.get());
}

QByteArray newMessageId(const MailAddress& from)
{
    QString domain = from.address.section(QLatin1Char('@'), -1).trimmed();
    if (!from.address.contains(QLatin1Char('@')) || domain.isEmpty())
        domain = QStringLiteral("comptoir.invalid");
    return '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + domain.toUtf8() + '>';
}

} // namespace comptoir::messages
