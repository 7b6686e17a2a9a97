#include "documents/Letterhead.h"

#include "documents/DocumentSettings.h"

#include <QCoreApplication>

namespace comptoir::documents {

Result<Letterhead> Letterhead::read(const storage::DatabasePtr& database)
{
    auto identity = settings::ShopSettings(database).identity();
    if (!identity)
        return identity.error();
    auto documents = DocumentSettings::read(database);
    if (!documents)
        return documents.error();
    Letterhead letterhead = fromIdentity(*identity);
    if (!documents->returnInstructions.isEmpty())
        letterhead.returnInstructions = documents->returnInstructions;
    return letterhead;
}

Letterhead Letterhead::fromIdentity(const settings::ShopIdentity& shop)
{
    Letterhead letterhead;
    letterhead.shop = shop;
    letterhead.returnInstructions = defaultReturnInstructions(shop);
    if (!shop.logoPng.isEmpty()) {
        QImage logo = QImage::fromData(shop.logoPng);
        // Printed at most about 5 × 2 cm: more pixels would only make every PDF bigger.
        if (!logo.isNull() && (logo.width() > 600 || logo.height() > 240))
            logo = logo.scaled(600, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        letterhead.logo = logo;
    }
    return letterhead;
}

QString Letterhead::defaultReturnInstructions(const settings::ShopIdentity& shop)
{
    if (!shop.email.trimmed().isEmpty())
        return QCoreApplication::translate("Letterhead",
            "Something not right? You can return unused items within 14 days of delivery: write to %1 with your "
            "order number and we will tell you how to send them back.")
            .arg(shop.email.trimmed());
    return QCoreApplication::translate("Letterhead",
        "Something not right? You can return unused items within 14 days of delivery: contact us with your order "
        "number and we will tell you how to send them back.");
}

QStringList Letterhead::postalLines() const
{
    QStringList lines;
    for (const QString& part : {shop.address1, shop.address2, QString(shop.postcode + QLatin1Char(' ') + shop.city)})
        if (!part.trimmed().isEmpty())
            lines << part.trimmed();
    return lines;
}

QString Letterhead::contactLine() const
{
    QStringList contact;
    if (!shop.email.trimmed().isEmpty())
        contact << shop.email.trimmed();
    // A phone number breaks between its parts only, never inside ("02 99 00 00 00").
    if (!shop.phone.trimmed().isEmpty())
        contact << shop.phone.trimmed().replace(QLatin1Char(' '), QChar::Nbsp);
    return contact.join(QStringLiteral(" · "));
}

} // namespace comptoir::documents
