#include "shipping/Shipments.h"

#include "common/EnumNames.h"
#include "inventory/StockLedger.h"
#include "orders/OrderBook.h"
#include "shipping/BusinessCalendar.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace comptoir::shipping {

using storage::execute;
using storage::run;
using storage::scalar;
using storage::Transaction;

namespace {

constexpr EnumName<TrackingState> kStates[] = {
    {TrackingState::LabelCreated, "label_created", QT_TRANSLATE_NOOP("Shipments", "Label created")},
    {TrackingState::InTransit, "in_transit", QT_TRANSLATE_NOOP("Shipments", "In transit")},
    {TrackingState::OutForDelivery, "out_for_delivery", QT_TRANSLATE_NOOP("Shipments", "Out for delivery")},
    {TrackingState::AwaitingPickup, "awaiting_pickup", QT_TRANSLATE_NOOP("Shipments", "Awaiting pickup")},
    {TrackingState::Delivered, "delivered", QT_TRANSLATE_NOOP("Shipments", "Delivered")},
    {TrackingState::DeliveryFailed, "delivery_failed", QT_TRANSLATE_NOOP("Shipments", "Delivery failed")},
    {TrackingState::Exception, "exception", QT_TRANSLATE_NOOP("Shipments", "Carrier reports a problem")},
    {TrackingState::Returned, "returned", QT_TRANSLATE_NOOP("Shipments", "Returned to sender")},
    {TrackingState::Damaged, "damaged", QT_TRANSLATE_NOOP("Shipments", "Damaged")},
    {TrackingState::Lost, "lost", QT_TRANSLATE_NOOP("Shipments", "Lost")},
};

constexpr EnumName<Problem> kProblems[] = {
    {Problem::None, "none", QT_TRANSLATE_NOOP("Shipments", "No problem")},
    {Problem::Lost, "lost", QT_TRANSLATE_NOOP("Shipments", "Lost")},
    {Problem::PossiblyLost, "possibly_lost", QT_TRANSLATE_NOOP("Shipments", "Possibly lost")},
    {Problem::Damaged, "damaged", QT_TRANSLATE_NOOP("Shipments", "Damaged")},
    {Problem::Returned, "returned", QT_TRANSLATE_NOOP("Shipments", "Returned to sender")},
    {Problem::NotReceived, "not_received", QT_TRANSLATE_NOOP("Shipments", "Delivered, not received")},
    {Problem::DeliveryFailed, "delivery_failed", QT_TRANSLATE_NOOP("Shipments", "Delivery failed")},
    {Problem::Exception, "exception", QT_TRANSLATE_NOOP("Shipments", "Carrier reports a problem")},
    {Problem::Late, "late", QT_TRANSLATE_NOOP("Shipments", "Late")},
};

constexpr EnumName<EventSource> kSources[] = {
    {EventSource::Manual, "manual", ""},
    {EventSource::Import, "import", ""},
    {EventSource::Carrier, "carrier", ""},
};

Error invalid(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString kParcelColumns = QStringLiteral(
    "s.id, s.order_id, o.number, o.customer_name, o.email, o.ship_country, o.ship_postcode, s.carrier, s.service, "
    "s.tracking_number, s.weight_g, s.cost_minor, s.currency, s.shipped_at, s.state, s.last_event_at, "
    "s.expected_on, s.delivered_at, s.damaged_at, s.disputed_at, s.handled_at, s.handled_note, "
    "s.customer_told_at, s.version FROM shipments s JOIN orders o ON o.id = s.order_id ");

Parcel parcelFrom(const QSqlQuery& q)
{
    Parcel p;
    p.id = q.value(0).toLongLong();
    p.orderId = q.value(1).toLongLong();
    p.orderNumber = q.value(2).toString();
    p.customerName = q.value(3).toString();
    p.email = q.value(4).toString();
    p.country = q.value(5).toString();
    p.postcode = q.value(6).toString();
    p.carrier = q.value(7).toString();
    p.service = q.value(8).toString();
    p.trackingNumber = q.value(9).toString();
    p.weightGrams = q.value(10).toInt();
    p.cost = Money(q.value(11).toLongLong(), Currency::fromCode(q.value(12).toString()));
    p.shippedAt = timeFrom(q.value(13));
    stateFromKey(q.value(14).toString(), p.state);
    p.lastEventAt = timeFrom(q.value(15));
    p.expectedOn = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    p.deliveredAt = timeFrom(q.value(17));
    p.damagedAt = timeFrom(q.value(18));
    p.disputedAt = timeFrom(q.value(19));
    p.handledAt = timeFrom(q.value(20));
    p.handledNote = q.value(21).toString();
    p.customerToldAt = timeFrom(q.value(22));
    p.version = q.value(23).toInt();
    return p;
}

// The carriers by key and by lower-case name, for parcels that store either.
class CarrierIndex
{
public:
    explicit CarrierIndex(const QList<Carrier>& carriers)
    {
        for (const Carrier& carrier : carriers) {
            m_byKey.insert(carrier.key, carrier);
            m_byKey.insert(carrier.name.toLower(), carrier);
        }
    }
    // The rules for a parcel on `today`, each calendar built once (its holidays are cached in it).
    Problem judge(const Parcel& parcel, const QDate& today) const
    {
        const Carrier* carrier = find(parcel.carrier);
        const bool saturdays = carrier && carrier->saturdayDelivery;
        return problemOf(parcel, today, carrier ? carrier->lostAfterDays : Carrier().lostAfterDays,
            saturdays ? m_franceWithSaturdays : m_france);
    }

    const Carrier* find(const QString& keyOrName) const
    {
        auto it = m_byKey.constFind(keyOrName);
        if (it == m_byKey.constEnd())
            it = m_byKey.constFind(keyOrName.trimmed().toLower());
        return it == m_byKey.constEnd() ? nullptr : &*it;
    }

private:
    QHash<QString, Carrier> m_byKey;
    // Parcels leave from France.
    BusinessCalendar m_france {QStringLiteral("FR")};
    BusinessCalendar m_franceWithSaturdays = [] {
        BusinessCalendar calendar(QStringLiteral("FR"));
        calendar.setSaturdayWorking(true);
        return calendar;
    }();
};

// The day problems are judged on: the shop's, as the merchant sees it.
QDate shopToday(const storage::DatabasePtr& database)
{
    return database->clock().now().toLocalTime().date();
}

} // namespace

QString stateKey(TrackingState state)
{
    return enumKey(kStates, state);
}

bool stateFromKey(const QString& key, TrackingState& state)
{
    return enumFromKey(kStates, key, state);
}

QString stateLabel(TrackingState state)
{
    return enumLabel(kStates, state, "Shipments");
}

QList<TrackingState> allStates()
{
    return enumValues(kStates);
}

QString problemKey(Problem problem)
{
    return enumKey(kProblems, problem);
}

bool problemFromKey(const QString& key, Problem& problem)
{
    return enumFromKey(kProblems, key, problem);
}

QString problemLabel(Problem problem)
{
    return enumLabel(kProblems, problem, "Shipments");
}

QList<Problem> allProblems()
{
    QList<Problem> problems = enumValues(kProblems);
    problems.removeAll(Problem::None);
    return problems;
}

int ProblemCounts::total() const
{
    int sum = 0;
    for (int n : byProblem)
        sum += n;
    return sum;
}

Problem problemOf(const Parcel& parcel, const QDate& today, int lostAfterDays, const BusinessCalendar& sender)
{
    if (parcel.handledAt.isValid())
        return Problem::None;
    switch (parcel.state) {
    case TrackingState::Lost:
        return Problem::Lost;
    case TrackingState::Returned:
        return Problem::Returned;
    default:
        break;
    }
    if (parcel.disputedAt.isValid())
        return Problem::NotReceived;
    if (parcel.damagedAt.isValid() || parcel.state == TrackingState::Damaged)
        return Problem::Damaged;
    if (parcel.state == TrackingState::Delivered || parcel.deliveredAt.isValid())
        return Problem::None;
    const QDateTime lastNews
        = parcel.lastEventAt.isValid() ? std::max(parcel.lastEventAt, parcel.shippedAt) : parcel.shippedAt;
    if (lastNews.isValid() && parcel.state != TrackingState::AwaitingPickup
        && sender.workingDaysBetween(lastNews.date(), today) >= lostAfterDays)
        return Problem::PossiblyLost;
    if (parcel.state == TrackingState::DeliveryFailed)
        return Problem::DeliveryFailed;
    if (parcel.state == TrackingState::Exception)
        return Problem::Exception;
    if (parcel.expectedOn.isValid() && parcel.expectedOn < today)
        return Problem::Late;
    return Problem::None;
}

Shipments::Shipments(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<Parcel> Shipments::load(qint64 shipmentId) const
{
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT ") + kParcelColumns + QStringLiteral("WHERE s.id = ?"), {shipmentId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Shipments", "This parcel does not exist."),
            QStringLiteral("shipment %1").arg(shipmentId));
    Parcel parcel = parcelFrom(*query);
    auto carriers = Carriers(m_database).list();
    if (!carriers)
        return carriers.error();
    parcel.problem = CarrierIndex(*carriers).judge(parcel, shopToday(m_database));
    return parcel;
}

Result<QList<Parcel>> Shipments::forOrder(qint64 orderId) const
{
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT ") + kParcelColumns + QStringLiteral("WHERE s.order_id = ? ORDER BY s.id"), {orderId});
    if (!query)
        return query.error();
    auto carriers = Carriers(m_database).list();
    if (!carriers)
        return carriers.error();
    const CarrierIndex index(*carriers);
    const QDate today = shopToday(m_database);
    QList<Parcel> parcels;
    while (query->next()) {
        Parcel parcel = parcelFrom(*query);
        parcel.problem = index.judge(parcel, today);
        parcels.append(parcel);
    }
    return parcels;
}

Result<QList<TrackingEvent>> Shipments::events(qint64 shipmentId) const
{
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT id, state, happened_at, location, description, code, source, user_name FROM "
                       "tracking_events WHERE shipment_id = ? ORDER BY happened_at DESC, id DESC"),
        {shipmentId});
    if (!query)
        return query.error();
    QList<TrackingEvent> events;
    while (query->next()) {
        TrackingEvent e;
        e.id = query->value(0).toLongLong();
        stateFromKey(query->value(1).toString(), e.state);
        e.at = timeFrom(query->value(2));
        e.location = query->value(3).toString();
        e.description = query->value(4).toString();
        e.code = query->value(5).toString();
        enumFromKey(kSources, query->value(6).toString(), e.source);
        e.user = query->value(7).toString();
        events.append(e);
    }
    return events;
}

Result<bool> Shipments::addEvent(qint64 shipmentId, const TrackingEvent& event)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto added = addEventWithin(transaction, shipmentId, event);
    if (!added)
        return added;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<bool> Shipments::addEventWithin(const Transaction& transaction, qint64 shipmentId, const TrackingEvent& event)
{
    if (!transaction.isActive())
        return transaction.error();
    const QSqlDatabase db = m_database->connection();
    const qint64 now = m_database->clock().nowSecs();
    if (!event.at.isValid())
        return invalid(QCoreApplication::translate("Shipments", "Give the date and time of the tracking event."),
            QCoreApplication::translate("Shipments", "Date"));
    if (event.at.toSecsSinceEpoch() > now + 86400)
        return invalid(QCoreApplication::translate("Shipments", "A tracking event cannot be in the future (%1).")
                           .arg(QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat)),
            QCoreApplication::translate("Shipments", "Date"));
    auto parcel = run(db,
        QStringLiteral("SELECT s.order_id, o.number, s.delivered_at FROM shipments s JOIN orders o "
                       "ON o.id = s.order_id WHERE s.id = ?"),
        {shipmentId});
    if (!parcel)
        return parcel.error();
    if (!parcel->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Shipments", "This parcel does not exist."),
            QStringLiteral("shipment %1").arg(shipmentId));
    const qint64 orderId = parcel->value(0).toLongLong();

    auto inserted = run(db,
        QStringLiteral("INSERT INTO tracking_events (shipment_id, state, happened_at, location, description, code, "
                       "source, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        {shipmentId, stateKey(event.state), event.at.toSecsSinceEpoch(), storage::text(event.location.trimmed()),
            storage::text(event.description.trimmed()), storage::text(event.code.trimmed()),
            enumKey(kSources, event.source),
            storage::text(event.user.isEmpty() ? inventory::StockLedger::currentUser() : event.user), now});
    if (!inserted)
        return inserted.error();
    if (inserted->numRowsAffected() == 0)
        return false;

    // The parcel follows its newest event; a damage stays on record even if it is delivered afterwards.
    auto newest = run(db,
        QStringLiteral("SELECT state, happened_at, (SELECT min(happened_at) FROM tracking_events WHERE shipment_id = ? "
                       "AND state = 'damaged') FROM tracking_events WHERE shipment_id = ? ORDER BY happened_at DESC, "
                       "id DESC LIMIT 1"),
        {shipmentId, shipmentId});
    if (!newest)
        return newest.error();
    if (!newest->next())
        return Error(
            Error::Code::Sql, QCoreApplication::translate("Shipments", "Could not read the parcel's tracking events."));
    TrackingState state = TrackingState::InTransit;
    stateFromKey(newest->value(0).toString(), state);
    const qint64 lastAt = newest->value(1).toLongLong();
    const QVariant damagedAt = newest->value(2);
    const bool delivered = state == TrackingState::Delivered;
    if (auto saved = execute(db,
            QStringLiteral("UPDATE shipments SET state = ?, last_event_at = ?, damaged_at = ?, "
                           "delivered_at = CASE WHEN ? THEN coalesce(delivered_at, ?) ELSE NULL END, "
                           "version = version + 1 WHERE id = ?"),
            {stateKey(state), lastAt, damagedAt, delivered, lastAt, shipmentId});
        !saved)
        return saved.error();
    if (delivered) {
        auto moved = orders::OrderBook(m_database)
                         .markDeliveredWithin(transaction, orderId, QDateTime::fromSecsSinceEpoch(lastAt, Qt::UTC),
                             QCoreApplication::translate("Shipments", "Delivered, says the carrier's tracking."));
        if (!moved)
            return moved.error();
    }
    return true;
}

Status Shipments::touch(qint64 shipmentId, const QString& assignments, std::initializer_list<QVariant> values)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE shipments SET %1, version = version + 1 WHERE id = ?").arg(assignments));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(shipmentId);
    if (!query.exec())
        return storage::sqlError(query, QCoreApplication::translate("Shipments", "Could not save the parcel."));
    if (query.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, QCoreApplication::translate("Shipments", "This parcel does not exist."),
            QStringLiteral("shipment %1").arg(shipmentId));
    return transaction.commit();
}

Result<orders::Shipment> Shipments::checkParcel(orders::Shipment parcel) const
{
    return checkParcel(std::move(parcel), 0);
}

Result<orders::Shipment> Shipments::checkParcel(orders::Shipment parcel, qint64 exceptShipment) const
{
    const QString carrierField = QCoreApplication::translate("Shipments", "Carrier");
    const QString numberField = QCoreApplication::translate("Shipments", "Tracking number");
    parcel.carrier = parcel.carrier.trimmed();
    parcel.service = parcel.service.trimmed();
    parcel.trackingNumber = tracking::normalized(parcel.trackingNumber);
    if (parcel.weightGrams < 0)
        return invalid(QCoreApplication::translate("Shipments", "The weight cannot be negative."),
            QCoreApplication::translate("Shipments", "Weight"));
    if (parcel.cost.minorUnits() < 0)
        return invalid(QCoreApplication::translate("Shipments", "The shipping cost cannot be negative."),
            QCoreApplication::translate("Shipments", "Cost"));
    std::optional<Carrier> carrier;
    if (!parcel.carrier.isEmpty()) {
        auto found = Carriers(m_database).find(parcel.carrier);
        if (!found)
            return found.error();
        if (!*found)
            return invalid(QCoreApplication::translate("Shipments",
                               "%1 is not one of the shop's carriers: pick one from the list, or add it in "
                               "Settings ▸ Carriers.")
                               .arg(parcel.carrier),
                carrierField);
        carrier = **found;
    } else if (!parcel.trackingNumber.isEmpty()) {
        auto guesses = Carriers(m_database).recognise(parcel.trackingNumber);
        if (!guesses)
            return guesses.error();
        if (guesses->isEmpty())
            return invalid(QCoreApplication::translate(
                               "Shipments", "Which carrier? %1 has the shape of none of the shop's carriers' numbers.")
                               .arg(parcel.trackingNumber),
                carrierField);
        carrier = guesses->first();
    }
    if (carrier) {
        parcel.carrier = carrier->key;
        if (!parcel.trackingNumber.isEmpty())
            if (auto checked = carrier->checkNumber(parcel.trackingNumber); !checked)
                return Error(checked.error().code, checked.error().message, numberField);
        if (!parcel.service.isEmpty()) {
            if (const CarrierService* service = carrier->service(parcel.service))
                parcel.service = service->key;
            else
                return invalid(QCoreApplication::translate("Shipments", "%1 has no service called %2.")
                                   .arg(carrier->name, parcel.service),
                    QCoreApplication::translate("Shipments", "Service"));
        }
    }
    if (!parcel.trackingNumber.isEmpty()) {
        auto other = run(m_database->connection(),
            QStringLiteral("SELECT o.number FROM shipments s JOIN orders o ON o.id = s.order_id "
                           "WHERE s.tracking_number = ? AND s.id <> ? LIMIT 1"),
            {parcel.trackingNumber, exceptShipment});
        if (!other)
            return other.error();
        if (other->next())
            return invalid(QCoreApplication::translate("Shipments",
                               "%1 is already the tracking number of a parcel of "
                               "order %2: was it scanned twice?")
                               .arg(parcel.trackingNumber, other->value(0).toString()),
                numberField);
    }
    return parcel;
}

Result<QString> Shipments::lastCarrier() const
{
    auto carrier = scalar(m_database->connection(),
        QStringLiteral("SELECT carrier FROM shipments WHERE carrier <> '' ORDER BY id DESC LIMIT 1"));
    if (!carrier)
        return carrier.error();
    return carrier->toString();
}

Status Shipments::ship(qint64 orderId, const orders::Shipment& parcel)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    if (auto shipped = shipWithin(transaction, orderId, parcel); !shipped)
        return shipped;
    return transaction.commit();
}

Status Shipments::shipWithin(const Transaction& transaction, qint64 orderId, const orders::Shipment& parcel)
{
    auto checked = checkParcel(parcel);
    if (!checked)
        return checked.error();
    return orders::OrderBook(m_database).shipWithin(transaction, orderId, *checked);
}

Result<qint64> Shipments::addParcel(qint64 orderId, const orders::Shipment& parcel)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto added = addParcelWithin(transaction, orderId, parcel);
    if (!added)
        return added;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<qint64> Shipments::addParcelWithin(
    const Transaction& transaction, qint64 orderId, const orders::Shipment& parcel)
{
    auto checked = checkParcel(parcel);
    if (!checked)
        return checked.error();
    return orders::OrderBook(m_database).addParcelWithin(transaction, orderId, *checked);
}

Status Shipments::setTracking(
    qint64 shipmentId, const QString& carrierKey, const QString& service, const QString& number)
{
    if (carrierKey.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Shipments", "Pick the parcel's carrier."),
            QCoreApplication::translate("Shipments", "Carrier"));
    orders::Shipment parcel;
    parcel.carrier = carrierKey;
    parcel.service = service;
    parcel.trackingNumber = number;
    auto checked = checkParcel(parcel, shipmentId);
    if (!checked)
        return checked.error();
    // A new carrier or service means a new transit time: computed again.
    return touch(shipmentId, QStringLiteral("carrier = ?, service = ?, tracking_number = ?, expected_on = NULL"),
        {checked->carrier, storage::text(checked->service), storage::text(checked->trackingNumber)});
}

Status Shipments::markNotReceived(qint64 shipmentId, const QString& note)
{
    auto parcel = load(shipmentId);
    if (!parcel)
        return parcel.error();
    if (parcel->state != TrackingState::Delivered && !parcel->deliveredAt.isValid())
        return invalid(QCoreApplication::translate(
            "Shipments", "The parcel of order %1 is not delivered yet: wait for it, or follow it up with the carrier.")
                           .arg(parcel->orderNumber));
    return touch(shipmentId, QStringLiteral("disputed_at = ?, handled_at = NULL, handled_note = ?"),
        {m_database->clock().nowSecs(), storage::text(note.trimmed())});
}

Status Shipments::markHandled(qint64 shipmentId, const QString& note)
{
    if (note.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("Shipments", "Say what was done (reshipped, refunded, claim filed…)."),
            QCoreApplication::translate("Shipments", "Note"));
    return touch(shipmentId, QStringLiteral("handled_at = ?, handled_note = ?"),
        {m_database->clock().nowSecs(), note.trimmed()});
}

Status Shipments::reopen(qint64 shipmentId)
{
    return touch(shipmentId, QStringLiteral("handled_at = NULL"), {});
}

Status Shipments::markCustomerTold(qint64 shipmentId)
{
    return touch(shipmentId, QStringLiteral("customer_told_at = ?"), {m_database->clock().nowSecs()});
}

Result<int> Shipments::updateExpectedDates()
{
    const QSqlDatabase db = m_database->connection();
    auto carriers = Carriers(m_database).list();
    if (!carriers)
        return carriers.error();
    const CarrierIndex index(*carriers);
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto query = run(db,
        QStringLiteral("SELECT s.id, s.carrier, s.service, s.shipped_at, o.ship_country, o.ship_postcode FROM "
                       "shipments s JOIN orders o ON o.id = s.order_id WHERE s.delivered_at IS NULL AND "
                       "s.handled_at IS NULL AND s.expected_on IS NULL"));
    if (!query)
        return query.error();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE shipments SET expected_on = ? WHERE id = ?"));
    QHash<QString, BusinessCalendar> calendars;
    int computed = 0;
    while (query->next()) {
        const Carrier* carrier = index.find(query->value(1).toString());
        const QString country = query->value(4).toString();
        const QString postcode = query->value(5).toString();
        QString expected = QStringLiteral(""); // not NULL: computed, no transit time known
        if (carrier) {
            if (auto days = carrier->transit(query->value(2).toString(), zoneOf(country, postcode))) {
                // Holidays depend on the department (Alsace-Moselle), or the whole postcode overseas
                // (Saint-Barthélemy is 97133 within Guadeloupe's 971).
                const QString calendarKey = country + QLatin1Char('|')
                    + (postcode.startsWith(QLatin1String("97")) ? postcode : postcode.left(2))
                    + (carrier->saturdayDelivery ? QLatin1String("|sat") : QLatin1String());
                auto calendar = calendars.find(calendarKey);
                if (calendar == calendars.end()) {
                    calendar = calendars.insert(
                        calendarKey, BusinessCalendar(country.isEmpty() ? QStringLiteral("FR") : country, postcode));
                    calendar->setSaturdayWorking(carrier->saturdayDelivery);
                }
                const QDate shipped = timeFrom(query->value(3)).date();
                expected = calendar->addWorkingDays(shipped, *days).toString(Qt::ISODate);
            }
        }
        update.addBindValue(expected);
        update.addBindValue(query->value(0));
        if (!update.exec())
            return storage::sqlError(
                update, QCoreApplication::translate("Shipments", "Could not save the expected delivery day."));
        ++computed;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return computed;
}

Result<QList<Parcel>> Shipments::needingAttention(const QDate& today) const
{
    auto carriers = Carriers(m_database).list();
    if (!carriers)
        return carriers.error();
    const CarrierIndex index(*carriers);
    const QSqlDatabase db = m_database->connection();
    auto watchDays
        = scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QString::fromLatin1(kWatchDaysKey)});
    if (!watchDays)
        return watchDays.error();
    const int days = watchDays->isValid() && watchDays->toInt() > 0 ? watchDays->toInt() : kDefaultWatchDays;
    const qint64 since = QDateTime(today.addDays(-days), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    // Two index searches: the parcels still on their way (shipments_open), and those reported
    // damaged or not received (shipments_reported).
    QList<Parcel> parcels;
    QSet<qint64> seen;
    for (const QString& where :
        {QStringLiteral("WHERE s.delivered_at IS NULL AND s.handled_at IS NULL AND s.shipped_at >= ?"),
            QStringLiteral("WHERE s.handled_at IS NULL AND (s.damaged_at IS NOT NULL OR s.disputed_at IS NOT NULL) AND "
                           "s.shipped_at >= ?")}) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + kParcelColumns + where);
        query.addBindValue(where.contains(QLatin1String("damaged_at")) ? qint64(0) : since);
        if (!query.exec())
            return storage::sqlError(query, QCoreApplication::translate("Shipments", "Could not read the parcels."));
        while (query.next()) {
            Parcel parcel = parcelFrom(query);
            if (seen.contains(parcel.id))
                continue;
            seen.insert(parcel.id);
            parcel.problem = index.judge(parcel, today);
            if (parcel.problem != Problem::None)
                parcels.append(parcel);
        }
    }
    std::sort(parcels.begin(), parcels.end(), [](const Parcel& a, const Parcel& b) {
        if (a.problem != b.problem)
            return int(a.problem) < int(b.problem);
        return a.shippedAt != b.shippedAt ? a.shippedAt < b.shippedAt : a.id < b.id;
    });
    return parcels;
}

Result<ProblemCounts> Shipments::countProblems(const QDate& today) const
{
    auto parcels = needingAttention(today);
    if (!parcels)
        return parcels.error();
    ProblemCounts counts;
    for (const Parcel& parcel : *parcels)
        counts.byProblem[parcel.problem] += 1;
    return counts;
}

} // namespace comptoir::shipping
