#pragma once

#include "common/Result.h"
#include "shipping/TrackingNumber.h"
#include "storage/Database.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

namespace comptoir::shipping {

// Where a parcel goes, as carriers price and time it from France.
enum class Zone
{
    Mainland, // France métropolitaine (and Monaco)
    Corsica,
    Overseas, // DOM-TOM
    EuropeanUnion,
    Europe, // the rest of Europe: United Kingdom, Switzerland, Norway…
    World,
};

QString zoneKey(Zone zone);
bool zoneFromKey(const QString& key, Zone& zone);
QString zoneLabel(Zone zone);
QList<Zone> allZones();
// The zone of an address: its country code (ISO 3166, "FR") and, for France, its postcode.
Zone zoneOf(const QString& country, const QString& postcode);

// One shape a carrier's tracking numbers take: a regular expression matched on the whole normalized
// number, the check digit it carries, and an example shown when a number does not fit.
struct NumberFormat
{
    QString pattern;
    CheckDigit check = CheckDigit::None;
    QString example;

    bool accepts(const QString& normalizedNumber) const;
    friend bool operator==(const NumberFormat&, const NumberFormat&) = default;
};

// A service of a carrier and its usual transit time, in working days, per zone it serves.
struct CarrierService
{
    QString key;
    QString name;
    QMap<Zone, int> transitDays;

    std::optional<int> transit(Zone zone) const;
    friend bool operator==(const CarrierService&, const CarrierService&) = default;
};

struct Carrier
{
    QString key; // "colissimo"; what shipments store
    QString name; // "Colissimo"
    QString trackingUrl; // with {number}, and {postcode} where the carrier's page needs it
    QList<NumberFormat> numbers; // empty: any number is accepted
    QList<CarrierService> services;
    bool saturdayDelivery = false; // Saturdays count as working days for its transit times
    int lostAfterDays = 5; // working days without news before a parcel is possibly lost
    bool builtIn = false; // comes with Comptoir (it may have been edited by the shop)
    bool edited = false; // the shop's version replaces the built-in one

    // Whether a (normalized) number has one of the carrier's shapes and check digits.
    bool accepts(const QString& number) const;
    // Whether a number has the exact shape of one of the carrier's numbers with a check digit, but a
    // wrong one: most likely mistyped.
    bool mistyped(const QString& number) const;
    // Refuses a number that does not fit, saying what the carrier's numbers look like.
    Status checkNumber(const QString& number) const;
    QUrl trackingUrlFor(const QString& number, const QString& postcode = {}) const;
    const CarrierService* service(const QString& keyOrName) const;
    // The transit of a service (or of the carrier's first service) to a zone, if it serves it.
    std::optional<int> transit(const QString& service, Zone zone) const;

    friend bool operator==(const Carrier&, const Carrier&) = default;
};

// The carriers the shop ships with: Comptoir's list (Colissimo, Chronopost, Mondial Relay, DPD, GLS,
// UPS, DHL Express, La Poste Lettre suivie, Colis Privé and "Other"), each possibly replaced by the
// shop's own version, plus the carriers the shop added. The shop's carriers live in its database,
// so every seat and every backup has them; they are read and written as the same JSON as the
// built-in file (core/shipping/carriers.json).
class Carriers final
{
public:
    explicit Carriers(storage::DatabasePtr database);

    // Comptoir's own list.
    static const QList<Carrier>& builtIn();
    // Reads carriers from JSON ({"carriers": [...]}); a mistake is named with the carrier and field.
    static Result<QList<Carrier>> fromJson(const QByteArray& json, const QString& where = {});
    static QByteArray toJson(const QList<Carrier>& carriers);
    // Refuses a carrier with no key or name, an unknown placeholder or no {number} in its URL, a
    // regular expression that does not compile, a negative transit time.
    static Status validate(const Carrier& carrier);

    // Built-in carriers (the shop's versions where edited) in their order, then the shop's own by name.
    Result<QList<Carrier>> list() const;
    // By key, or by name whatever its case (shipments entered before carriers had keys store names).
    Result<std::optional<Carrier>> find(const QString& keyOrName) const;
    // Saves the shop's version of a carrier (a new key adds one).
    Status save(const Carrier& carrier);
    // Saves carriers read from a file, all or none, in one transaction: each replaces the carrier of
    // its key; one identical to what the shop has is left alone, one identical to Comptoir's own
    // brings the built-in version back. Returns how many changed.
    Result<int> saveAll(const QList<Carrier>& carriers);
    // Forgets the shop's version: a built-in carrier comes back as shipped; an added one is removed
    // unless shipments use it.
    Status reset(const QString& key);
    // The carriers whose number shapes accept a number (typed or scanned), best guess first.
    Result<QList<Carrier>> recognise(const QString& number) const;

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::shipping
