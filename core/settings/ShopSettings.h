#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace comptoir::settings {

// The shop's identity as printed on documents: stored in the shop database so it travels with it.
struct ShopIdentity
{
    QString name;
    QString address1;
    QString address2;
    QString postcode;
    QString city;
    QString country = QStringLiteral("FR"); // ISO 3166-1 alpha-2
    QString email;
    QString phone;
    QString vatNumber;
    QString currency = QStringLiteral("EUR");
    QByteArray logoPng; // empty: no logo

    friend bool operator==(const ShopIdentity&, const ShopIdentity&) = default;
};

// Typed access to the business settings kept in the `settings` table of the shop database.
class ShopSettings final
{
public:
    // Language codes accepted by the UI: "" (follow the system), "en", "fr".
    static constexpr auto kLanguageKey = "ui.language";

    explicit ShopSettings(storage::DatabasePtr database);

    Result<ShopIdentity> identity() const;
    // Validates and saves in one transaction; an invalid VAT number or currency is refused, naming the field.
    Status setIdentity(const ShopIdentity& identity);

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);
    // Saves several values in one transaction: all of them or none.
    Status setValues(const QList<std::pair<QString, QString>>& values);

    Currency currency() const;
    QString language() const;
    Status setLanguage(const QString& code);

    // Checks an EU VAT number's shape ("FR" + 2 key digits + 9-digit SIREN, with the French key
    // verified); other countries: two letters then 2 to 13 letters or digits. Empty is allowed.
    static Status validateVatNumber(const QString& vatNumber);

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::settings
