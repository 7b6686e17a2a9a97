#include "settings/ShopSettings.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace comptoir::settings {

using namespace comptoir::storage;

namespace {

const char* const kIdentityKeys[] = {"shop.name", "shop.address1", "shop.address2", "shop.postcode", "shop.city",
    "shop.country", "shop.email", "shop.phone", "shop.vat_number", "shop.currency", "shop.logo_png"};

} // namespace

ShopSettings::ShopSettings(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QString> ShopSettings::value(const QString& key, const QString& fallback) const
{
    auto stored = scalar(m_database->connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!stored)
        return stored.error();
    return stored->isValid() ? stored->toString() : fallback;
}

Status ShopSettings::setValue(const QString& key, const QString& value)
{
    return setValues({{key, value}});
}

Status ShopSettings::setValues(const QList<std::pair<QString, QString>>& values)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    const QString upsert = m_database->dialect().upsert(
        QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("key")});
    for (const auto& [key, value] : values) {
        if (auto saved = execute(m_database->connection(), upsert, {key, text(value)}); !saved)
            return saved.error();
    }
    return transaction.commit();
}

Result<ShopIdentity> ShopSettings::identity() const
{
    auto query
        = run(m_database->connection(), QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'shop.%'"));
    if (!query)
        return query.error();
    QHash<QString, QString> values;
    while (query->next())
        values.insert(query->value(0).toString(), query->value(1).toString());
    ShopIdentity identity;
    identity.name = values.value(QStringLiteral("shop.name"));
    identity.address1 = values.value(QStringLiteral("shop.address1"));
    identity.address2 = values.value(QStringLiteral("shop.address2"));
    identity.postcode = values.value(QStringLiteral("shop.postcode"));
    identity.city = values.value(QStringLiteral("shop.city"));
    identity.country = values.value(QStringLiteral("shop.country"), QStringLiteral("FR"));
    identity.email = values.value(QStringLiteral("shop.email"));
    identity.phone = values.value(QStringLiteral("shop.phone"));
    identity.vatNumber = values.value(QStringLiteral("shop.vat_number"));
    identity.currency = values.value(QStringLiteral("shop.currency"), QStringLiteral("EUR"));
    identity.logoPng = QByteArray::fromBase64(values.value(QStringLiteral("shop.logo_png")).toLatin1());
    return identity;
}

Status ShopSettings::validateVatNumber(const QString& raw)
{
    QString vat = raw;
    vat.remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
    vat = vat.toUpper();
    if (vat.isEmpty())
        return {};
    const auto invalid = [&](const QString& why) {
        return Error(Error::Code::InvalidInput, why, QCoreApplication::translate("ShopSettings", "VAT number"), raw);
    };
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9A-Z]{2,13}$"));
    if (!shape.match(vat).hasMatch())
        return invalid(QCoreApplication::translate("ShopSettings",
            "A VAT number starts with two country letters followed by 2 to 13 letters or digits, "
            "e.g. FR40303265045."));
    if (vat.startsWith(QLatin1String("FR"))) {
        static const QRegularExpression french(QStringLiteral("^FR([0-9A-Z]{2})([0-9]{9})$"));
        const auto match = french.match(vat);
        if (!match.hasMatch())
            return invalid(QCoreApplication::translate(
                "ShopSettings", "A French VAT number is FR, a 2-character key and the 9-digit SIREN."));
        bool numericKey = false;
        const int key = match.captured(1).toInt(&numericKey);
        if (numericKey) {
            const qint64 siren = match.captured(2).toLongLong();
            if (key != (12 + 3 * (siren % 97)) % 97)
                return invalid(QCoreApplication::translate(
                    "ShopSettings", "The key of this French VAT number does not match its SIREN; check for a typo."));
        }
    }
    return {};
}

Status ShopSettings::setIdentity(const ShopIdentity& identity)
{
    if (identity.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("ShopSettings", "The shop needs a name."),
            QCoreApplication::translate("ShopSettings", "Shop name"));
    if (auto vat = validateVatNumber(identity.vatNumber); !vat)
        return vat;
    if (!Currency::fromCode(identity.currency).isValid())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("ShopSettings", "Unknown currency code."),
            QCoreApplication::translate("ShopSettings", "Currency"), identity.currency);
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!country.match(identity.country).hasMatch())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("ShopSettings", "Choose a country."),
            QCoreApplication::translate("ShopSettings", "Country"), identity.country);

    const QString values[] = {identity.name.trimmed(), identity.address1, identity.address2, identity.postcode,
        identity.city, identity.country, identity.email.trimmed(), identity.phone,
        identity.vatNumber.trimmed().toUpper(), identity.currency, QString::fromLatin1(identity.logoPng.toBase64())};
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(m_database->dialect().upsert(
        QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("key")}));
    for (std::size_t i = 0; i < std::size(kIdentityKeys); ++i) {
        query.bindValue(0, QString::fromLatin1(kIdentityKeys[i]));
        query.bindValue(1, text(values[i]));
        if (!query.exec())
            return sqlError(
                query, QCoreApplication::translate("ShopSettings", "The shop settings could not be saved."));
    }
    return transaction.commit();
}

Currency ShopSettings::currency() const
{
    auto code = value(QStringLiteral("shop.currency"), QStringLiteral("EUR"));
    const Currency currency = code ? Currency::fromCode(*code) : Currency();
    return currency.isValid() ? currency : Currency::euro();
}

QString ShopSettings::language() const
{
    auto code = value(QString::fromLatin1(kLanguageKey));
    return code ? *code : QString();
}

Status ShopSettings::setLanguage(const QString& code)
{
    if (!code.isEmpty() && code != QLatin1String("en") && code != QLatin1String("fr"))
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ShopSettings", "Comptoir speaks English and French."),
            QCoreApplication::translate("ShopSettings", "Language"), code);
    return setValue(QString::fromLatin1(kLanguageKey), code);
}

} // namespace comptoir::settings
