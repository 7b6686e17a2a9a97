#include "shipping/Carriers.h"

#include "common/EnumNames.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace comptoir::shipping {

using storage::execute;
using storage::run;
using storage::scalar;

namespace {

constexpr EnumName<Zone> kZones[] = {
    {Zone::Mainland, "mainland", QT_TRANSLATE_NOOP("Carriers", "Mainland France")},
    {Zone::Corsica, "corsica", QT_TRANSLATE_NOOP("Carriers", "Corsica")},
    {Zone::Overseas, "overseas", QT_TRANSLATE_NOOP("Carriers", "Overseas France")},
    {Zone::EuropeanUnion, "eu", QT_TRANSLATE_NOOP("Carriers", "European Union")},
    {Zone::Europe, "europe", QT_TRANSLATE_NOOP("Carriers", "Rest of Europe")},
    {Zone::World, "world", QT_TRANSLATE_NOOP("Carriers", "World")},
};

Error invalid(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

// Member states of the European Union, without France.
const QStringList& euCountries()
{
    static const QStringList codes = {QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"),
        QStringLiteral("CY"), QStringLiteral("CZ"), QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("EE"),
        QStringLiteral("ES"), QStringLiteral("FI"), QStringLiteral("GR"), QStringLiteral("HR"), QStringLiteral("HU"),
        QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("LV"),
        QStringLiteral("MT"), QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"),
        QStringLiteral("SE"), QStringLiteral("SI"), QStringLiteral("SK")};
    return codes;
}

// The rest of Europe, as carriers zone it.
const QStringList& otherEuropeanCountries()
{
    static const QStringList codes = {QStringLiteral("GB"), QStringLiteral("CH"), QStringLiteral("NO"),
        QStringLiteral("IS"), QStringLiteral("LI"), QStringLiteral("AD"), QStringLiteral("SM"), QStringLiteral("VA"),
        QStringLiteral("GI"), QStringLiteral("JE"), QStringLiteral("GG"), QStringLiteral("IM"), QStringLiteral("AL"),
        QStringLiteral("BA"), QStringLiteral("ME"), QStringLiteral("MK"), QStringLiteral("RS"), QStringLiteral("MD"),
        QStringLiteral("UA"), QStringLiteral("TR")};
    return codes;
}

const QStringList& overseasCountries()
{
    static const QStringList codes = {QStringLiteral("GP"), QStringLiteral("MQ"), QStringLiteral("GF"),
        QStringLiteral("RE"), QStringLiteral("YT"), QStringLiteral("PM"), QStringLiteral("BL"), QStringLiteral("MF"),
        QStringLiteral("WF"), QStringLiteral("PF"), QStringLiteral("NC"), QStringLiteral("TF")};
    return codes;
}

QString placeholderError(const QString& url)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]*)\\}"));
    for (auto it = placeholder.globalMatch(url); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != QLatin1String("number") && name != QLatin1String("postcode"))
            return name;
    }
    return {};
}

QJsonObject toObject(const Carrier& carrier)
{
    QJsonObject object;
    object.insert(QStringLiteral("key"), carrier.key);
    object.insert(QStringLiteral("name"), carrier.name);
    object.insert(QStringLiteral("trackingUrl"), carrier.trackingUrl);
    QJsonArray numbers;
    for (const NumberFormat& format : carrier.numbers) {
        QJsonObject n;
        n.insert(QStringLiteral("pattern"), format.pattern);
        if (format.check != CheckDigit::None)
            n.insert(QStringLiteral("check"), tracking::checkDigitKey(format.check));
        if (!format.example.isEmpty())
            n.insert(QStringLiteral("example"), format.example);
        numbers.append(n);
    }
    object.insert(QStringLiteral("numbers"), numbers);
    if (carrier.saturdayDelivery)
        object.insert(QStringLiteral("saturdayDelivery"), true);
    object.insert(QStringLiteral("lostAfterDays"), carrier.lostAfterDays);
    QJsonArray services;
    for (const CarrierService& service : carrier.services) {
        QJsonObject s;
        s.insert(QStringLiteral("key"), service.key);
        s.insert(QStringLiteral("name"), service.name);
        QJsonObject transit;
        for (auto it = service.transitDays.cbegin(); it != service.transitDays.cend(); ++it)
            transit.insert(zoneKey(it.key()), it.value());
        s.insert(QStringLiteral("transitDays"), transit);
        services.append(s);
    }
    object.insert(QStringLiteral("services"), services);
    return object;
}

Result<Carrier> fromObject(const QJsonObject& object, const QString& where)
{
    Carrier carrier;
    carrier.key = object.value(QStringLiteral("key")).toString().trimmed();
    carrier.name = object.value(QStringLiteral("name")).toString().trimmed();
    carrier.trackingUrl = object.value(QStringLiteral("trackingUrl")).toString().trimmed();
    const QString named = carrier.name.isEmpty() ? carrier.key : carrier.name;
    const QJsonArray numbers = object.value(QStringLiteral("numbers")).toArray();
    for (const QJsonValue& value : numbers) {
        const QJsonObject n = value.toObject();
        NumberFormat format;
        format.pattern = n.value(QStringLiteral("pattern")).toString();
        format.example = n.value(QStringLiteral("example")).toString();
        const QString check = n.value(QStringLiteral("check")).toString(QStringLiteral("none"));
        if (!tracking::checkDigitFromKey(check, format.check))
            return invalid(QCoreApplication::translate("Carriers",
                               "Carrier %1: “%2” is not a known check digit (none, s10, ups, mod7, mod37-36).")
                               .arg(named, check),
                where);
        carrier.numbers.append(format);
    }
    carrier.saturdayDelivery = object.value(QStringLiteral("saturdayDelivery")).toBool(false);
    carrier.lostAfterDays = object.value(QStringLiteral("lostAfterDays")).toInt(5);
    const QJsonArray services = object.value(QStringLiteral("services")).toArray();
    for (const QJsonValue& value : services) {
        const QJsonObject s = value.toObject();
        CarrierService service;
        service.key = s.value(QStringLiteral("key")).toString().trimmed();
        service.name = s.value(QStringLiteral("name")).toString().trimmed();
        const QJsonObject transit = s.value(QStringLiteral("transitDays")).toObject();
        for (auto it = transit.constBegin(); it != transit.constEnd(); ++it) {
            Zone zone;
            if (!zoneFromKey(it.key(), zone))
                return invalid(QCoreApplication::translate("Carriers",
                                   "Carrier %1, service %2: “%3” is not a zone (mainland, corsica, overseas, eu, "
                                   "europe, world).")
                                   .arg(named, service.name, it.key()),
                    where);
            if (!it.value().isDouble())
                return invalid(QCoreApplication::translate("Carriers",
                                   "Carrier %1, service %2: the transit time to %3 is not a number of days.")
                                   .arg(named, service.name, zoneLabel(zone)),
                    where);
            service.transitDays.insert(zone, it.value().toInt());
        }
        carrier.services.append(service);
    }
    if (auto valid = Carriers::validate(carrier); !valid)
        return Error(valid.error().code, valid.error().message, where);
    return carrier;
}

} // namespace

QString zoneKey(Zone zone)
{
    return enumKey(kZones, zone);
}

bool zoneFromKey(const QString& key, Zone& zone)
{
    return enumFromKey(kZones, key, zone);
}

QString zoneLabel(Zone zone)
{
    return enumLabel(kZones, zone, "Carriers");
}

QList<Zone> allZones()
{
    return enumValues(kZones);
}

Zone zoneOf(const QString& country, const QString& postcode)
{
    const QString code = country.trimmed().toUpper();
    const QString post = postcode.trimmed();
    if (code.isEmpty() || code == QLatin1String("FR") || code == QLatin1String("MC")) {
        if (post.startsWith(QLatin1String("20")) && post.size() == 5)
            return Zone::Corsica;
        if ((post.startsWith(QLatin1String("97")) || post.startsWith(QLatin1String("98"))) && post.size() == 5
            && code != QLatin1String("MC"))
            return Zone::Overseas;
        return Zone::Mainland;
    }
    if (overseasCountries().contains(code))
        return Zone::Overseas;
    if (euCountries().contains(code))
        return Zone::EuropeanUnion;
    if (otherEuropeanCountries().contains(code))
        return Zone::Europe;
    return Zone::World;
}

bool NumberFormat::accepts(const QString& number) const
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.isValid() && expression.match(number).hasMatch() && tracking::checkDigitValid(check, number);
}

std::optional<int> CarrierService::transit(Zone zone) const
{
    const auto it = transitDays.constFind(zone);
    if (it == transitDays.constEnd())
        return std::nullopt;
    return *it;
}

namespace {

bool shapeFits(const NumberFormat& format, const QString& normalizedNumber)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(format.pattern)).match(normalizedNumber).hasMatch();
}

// A number in the exact shape of a format with a check digit (S10: two letters, nine digits, two
// letters) whose check digit is wrong was mistyped, even when a looser shape of the carrier would take it.
bool failsItsCheck(const QList<NumberFormat>& numbers, const QString& normalizedNumber)
{
    return std::any_of(numbers.begin(), numbers.end(), [&](const NumberFormat& f) {
        return f.check != CheckDigit::None && shapeFits(f, normalizedNumber)
            && !tracking::checkDigitValid(f.check, normalizedNumber);
    });
}

} // namespace

bool Carrier::accepts(const QString& number) const
{
    const QString n = tracking::normalized(number);
    if (n.isEmpty())
        return false;
    if (numbers.isEmpty())
        return n.size() >= 4 && n.size() <= 40;
    if (failsItsCheck(numbers, n))
        return false;
    return std::any_of(numbers.begin(), numbers.end(), [&](const NumberFormat& f) { return f.accepts(n); });
}

bool Carrier::mistyped(const QString& number) const
{
    return failsItsCheck(numbers, tracking::normalized(number));
}

Status Carrier::checkNumber(const QString& number) const
{
    const QString n = tracking::normalized(number);
    if (n.isEmpty())
        return invalid(QCoreApplication::translate("Carriers", "Enter the tracking number of the parcel."),
            QCoreApplication::translate("Carriers", "Tracking number"));
    if (accepts(n))
        return {};
    QStringList examples;
    for (const NumberFormat& format : numbers)
        if (!format.example.isEmpty())
            examples << format.example;
    // A number of the right shape whose check digit is wrong is most likely mistyped.
    if (failsItsCheck(numbers, n))
        return invalid(QCoreApplication::translate("Carriers",
                           "“%1” looks like a %2 tracking number, but its check digit is wrong: a character was "
                           "probably mistyped.")
                           .arg(number.trimmed(), name),
            QCoreApplication::translate("Carriers", "Tracking number"));
    if (numbers.isEmpty())
        return invalid(
            QCoreApplication::translate("Carriers", "“%1” is not a tracking number: use 4 to 40 letters and digits.")
                .arg(number.trimmed()),
            QCoreApplication::translate("Carriers", "Tracking number"));
    return invalid(QCoreApplication::translate("Carriers", "“%1” is not a %2 tracking number: they look like %3.")
                       .arg(number.trimmed(), name, examples.join(QCoreApplication::translate("Carriers", " or "))),
        QCoreApplication::translate("Carriers", "Tracking number"));
}

QUrl Carrier::trackingUrlFor(const QString& number, const QString& postcode) const
{
    if (trackingUrl.isEmpty())
        return {};
    QString url = trackingUrl;
    url.replace(QStringLiteral("{number}"), QString::fromLatin1(QUrl::toPercentEncoding(tracking::normalized(number))));
    url.replace(QStringLiteral("{postcode}"), QString::fromLatin1(QUrl::toPercentEncoding(postcode.trimmed())));
    return QUrl(url);
}

const CarrierService* Carrier::service(const QString& keyOrName) const
{
    const QString wanted = keyOrName.trimmed();
    for (const CarrierService& s : services)
        if (s.key == wanted || s.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

std::optional<int> Carrier::transit(const QString& serviceKey, Zone zone) const
{
    const CarrierService* s = service(serviceKey);
    if (!s && !services.isEmpty())
        s = &services.first();
    return s ? s->transit(zone) : std::nullopt;
}

Carriers::Carriers(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

const QList<Carrier>& Carriers::builtIn()
{
    static const QList<Carrier> carriers = [] {
        QFile file(QStringLiteral(":/shipping/carriers.json"));
        QList<Carrier> list;
        if (file.open(QIODevice::ReadOnly)) {
            auto parsed = fromJson(file.readAll(), file.fileName());
            if (parsed)
                list = *parsed;
            else
                qWarning("built-in carriers: %s", qPrintable(parsed.error().toString()));
        }
        for (Carrier& carrier : list)
            carrier.builtIn = true;
        return list;
    }();
    return carriers;
}

Result<QList<Carrier>> Carriers::fromJson(const QByteArray& json, const QString& where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QCoreApplication::translate("Carriers", "This is not valid JSON at character %1: %2.")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()),
            where);
    const QJsonArray array = document.isArray() ? document.array()
        : document.object().contains(QStringLiteral("carriers"))
        ? document.object().value(QStringLiteral("carriers")).toArray()
        : QJsonArray {document.object()};
    QList<Carrier> carriers;
    QStringList keys;
    for (const QJsonValue& value : array) {
        auto carrier = fromObject(value.toObject(), where);
        if (!carrier)
            return carrier.error();
        if (keys.contains(carrier->key))
            return invalid(
                QCoreApplication::translate("Carriers", "Carrier %1 is listed twice.").arg(carrier->key), where);
        keys << carrier->key;
        carriers.append(*carrier);
    }
    return carriers;
}

QByteArray Carriers::toJson(const QList<Carrier>& carriers)
{
    QJsonArray array;
    for (const Carrier& carrier : carriers)
        array.append(toObject(carrier));
    QJsonObject root;
    root.insert(QStringLiteral("carriers"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status Carriers::validate(const Carrier& carrier)
{
    static const QRegularExpression keyShape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    if (!keyShape.match(carrier.key).hasMatch())
        return invalid(QCoreApplication::translate("Carriers",
                           "“%1” cannot be a carrier's key: use up to 40 lower-case letters, digits and dashes.")
                           .arg(carrier.key),
            QCoreApplication::translate("Carriers", "Key"));
    if (carrier.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Carriers", "Carrier %1 needs a name.").arg(carrier.key),
            QCoreApplication::translate("Carriers", "Name"));
    if (!carrier.trackingUrl.isEmpty()) {
        if (!carrier.trackingUrl.contains(QLatin1String("{number}")))
            return invalid(QCoreApplication::translate("Carriers",
                               "The tracking page of %1 must contain {number}, where the tracking number goes.")
                               .arg(carrier.name),
                QCoreApplication::translate("Carriers", "Tracking page"));
        if (const QString unknown = placeholderError(carrier.trackingUrl); !unknown.isNull())
            return invalid(QCoreApplication::translate("Carriers",
                               "The tracking page of %1 uses {%2}: only {number} and {postcode} can be filled in.")
                               .arg(carrier.name, unknown),
                QCoreApplication::translate("Carriers", "Tracking page"));
        const QUrl url(QString(carrier.trackingUrl)
                           .replace(QLatin1String("{number}"), QLatin1String("X"))
                           .replace(QLatin1String("{postcode}"), QLatin1String("X")),
            QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return invalid(
                QCoreApplication::translate("Carriers", "The tracking page of %1 is not a web address (https://…).")
                    .arg(carrier.name),
                QCoreApplication::translate("Carriers", "Tracking page"));
    }
    for (const NumberFormat& format : carrier.numbers) {
        const QRegularExpression expression(format.pattern);
        if (format.pattern.isEmpty() || !expression.isValid())
            return invalid(QCoreApplication::translate("Carriers",
                               "The tracking-number pattern “%1” of %2 is not a valid regular expression: %3.")
                               .arg(format.pattern, carrier.name, expression.errorString()),
                QCoreApplication::translate("Carriers", "Tracking numbers"));
        if (!format.example.isEmpty() && !format.accepts(tracking::normalized(format.example)))
            return invalid(QCoreApplication::translate(
                               "Carriers", "The example %1 does not fit the tracking-number pattern “%2” of %3.")
                               .arg(format.example, format.pattern, carrier.name),
                QCoreApplication::translate("Carriers", "Tracking numbers"));
    }
    if (carrier.lostAfterDays < 1 || carrier.lostAfterDays > 60)
        return invalid(QCoreApplication::translate("Carriers",
                           "%1: a parcel can be called possibly lost after 1 to 60 working days without news.")
                           .arg(carrier.name),
            QCoreApplication::translate("Carriers", "Possibly lost after"));
    QStringList serviceKeys;
    for (const CarrierService& service : carrier.services) {
        if (service.name.isEmpty() || service.key.isEmpty())
            return invalid(QCoreApplication::translate("Carriers", "Every service of %1 needs a key and a name.")
                               .arg(carrier.name),
                QCoreApplication::translate("Carriers", "Services"));
        if (serviceKeys.contains(service.key))
            return invalid(QCoreApplication::translate("Carriers", "%1 has two services with the key %2.")
                               .arg(carrier.name, service.key),
                QCoreApplication::translate("Carriers", "Services"));
        serviceKeys << service.key;
        for (auto it = service.transitDays.cbegin(); it != service.transitDays.cend(); ++it)
            if (it.value() < 0 || it.value() > 90)
                return invalid(QCoreApplication::translate(
                                   "Carriers", "%1, %2: the transit time to %3 must be 0 to 90 working days.")
                                   .arg(carrier.name, service.name, zoneLabel(it.key())),
                    QCoreApplication::translate("Carriers", "Services"));
    }
    return {};
}

Result<QList<Carrier>> Carriers::list() const
{
    auto query = run(m_database->connection(), QStringLiteral("SELECT key, definition FROM carriers ORDER BY key"));
    if (!query)
        return query.error();
    QHash<QString, Carrier> own;
    while (query->next()) {
        auto parsed = fromJson(query->value(1).toByteArray(),
            QCoreApplication::translate("Carriers", "carrier %1 in the shop").arg(query->value(0).toString()));
        if (!parsed)
            return parsed.error();
        if (!parsed->isEmpty())
            own.insert(query->value(0).toString(), parsed->first());
    }
    QList<Carrier> carriers;
    for (const Carrier& carrier : builtIn()) {
        if (own.contains(carrier.key)) {
            Carrier edited = own.take(carrier.key);
            edited.builtIn = true;
            edited.edited = true;
            carriers.append(edited);
        } else {
            carriers.append(carrier);
        }
    }
    QList<Carrier> added = own.values();
    std::sort(added.begin(), added.end(),
        [](const Carrier& a, const Carrier& b) { return a.name.localeAwareCompare(b.name) < 0; });
    carriers += added;
    return carriers;
}

Result<std::optional<Carrier>> Carriers::find(const QString& keyOrName) const
{
    auto carriers = list();
    if (!carriers)
        return carriers.error();
    const QString wanted = keyOrName.trimmed();
    for (const Carrier& carrier : *carriers)
        if (carrier.key == wanted)
            return std::optional<Carrier>(carrier);
    for (const Carrier& carrier : *carriers)
        if (carrier.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return std::optional<Carrier>(carrier);
    return std::optional<Carrier>();
}

Status Carriers::save(const Carrier& carrier)
{
    if (auto valid = validate(carrier); !valid)
        return valid;
    auto carriers = list();
    if (!carriers)
        return carriers.error();
    for (const Carrier& other : *carriers)
        if (other.key != carrier.key && other.name.compare(carrier.name.trimmed(), Qt::CaseInsensitive) == 0)
            return invalid(
                QCoreApplication::translate("Carriers", "There is already a carrier called %1.").arg(other.name),
                QCoreApplication::translate("Carriers", "Name"));
    const QByteArray json = QJsonDocument(toObject(carrier)).toJson(QJsonDocument::Compact);
    storage::Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    if (auto saved = execute(m_database->connection(),
            m_database->dialect().upsert(QStringLiteral("carriers"),
                {QStringLiteral("key"), QStringLiteral("definition"), QStringLiteral("updated_at")},
                {QStringLiteral("key")}),
            {carrier.key, QString::fromUtf8(json), m_database->clock().nowSecs()});
        !saved)
        return saved;
    return transaction.commit();
}

Result<int> Carriers::saveAll(const QList<Carrier>& carriers)
{
    for (const Carrier& carrier : carriers)
        if (auto valid = validate(carrier); !valid)
            return valid.error();
    auto current = list();
    if (!current)
        return current.error();
    QMap<QString, Carrier> merged;
    for (const Carrier& carrier : std::as_const(*current))
        merged.insert(carrier.key, carrier);
    const QMap<QString, Carrier> before = merged;
    for (const Carrier& carrier : carriers)
        merged.insert(carrier.key, carrier);
    QMap<QString, QString> names;
    for (const Carrier& carrier : std::as_const(merged)) {
        const QString name = carrier.name.trimmed().toCaseFolded();
        if (names.contains(name))
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("Carriers", "There is already a carrier called %1.").arg(carrier.name),
                QCoreApplication::translate("Carriers", "Name"));
        names.insert(name, carrier.key);
    }
    const auto same = [](const Carrier& a, const Carrier& b) { return toObject(a) == toObject(b); };
    const QSqlDatabase db = m_database->connection();
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    int changed = 0;
    for (const Carrier& carrier : carriers) {
        if (before.contains(carrier.key) && same(before.value(carrier.key), carrier))
            continue;
        const auto original
            = std::find_if(builtIn().begin(), builtIn().end(), [&](const Carrier& c) { return c.key == carrier.key; });
        Status written;
        if (original != builtIn().end() && same(*original, carrier))
            written = execute(db, QStringLiteral("DELETE FROM carriers WHERE key = ?"), {carrier.key});
        else
            written = execute(db,
                m_database->dialect().upsert(QStringLiteral("carriers"),
                    {QStringLiteral("key"), QStringLiteral("definition"), QStringLiteral("updated_at")},
                    {QStringLiteral("key")}),
                {carrier.key, QString::fromUtf8(QJsonDocument(toObject(carrier)).toJson(QJsonDocument::Compact)),
                    m_database->clock().nowSecs()});
        if (!written)
            return written.error();
        ++changed;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Status Carriers::reset(const QString& key)
{
    const bool isBuiltIn
        = std::any_of(builtIn().begin(), builtIn().end(), [&](const Carrier& c) { return c.key == key; });
    const QSqlDatabase db = m_database->connection();
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (!isBuiltIn) {
        auto used = scalar(db, QStringLiteral("SELECT count(*) FROM shipments WHERE carrier = ?"), {key});
        if (!used)
            return used.error();
        if (used->toLongLong() > 0)
            return invalid(QCoreApplication::translate("Carriers",
                "%n parcel(s) went with this carrier: it cannot be removed.", nullptr, int(used->toLongLong())));
    }
    if (auto removed = execute(db, QStringLiteral("DELETE FROM carriers WHERE key = ?"), {key}); !removed)
        return removed;
    return transaction.commit();
}

Result<QList<Carrier>> Carriers::recognise(const QString& number) const
{
    auto carriers = list();
    if (!carriers)
        return carriers.error();
    const QString n = tracking::normalized(number);
    QList<Carrier> withCheck;
    QList<Carrier> shapeOnly;
    for (const Carrier& carrier : *carriers) {
        if (carrier.numbers.isEmpty())
            continue; // "Other" takes anything: it is no guess
        if (!carrier.accepts(n))
            continue;
        const bool checked = std::any_of(carrier.numbers.begin(), carrier.numbers.end(),
            [&](const NumberFormat& f) { return f.check != CheckDigit::None && f.accepts(n); });
        (checked ? withCheck : shapeOnly).append(carrier);
    }
    return withCheck + shapeOnly;
}

} // namespace comptoir::shipping
