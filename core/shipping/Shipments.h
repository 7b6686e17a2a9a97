#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "orders/Order.h"
#include "shipping/BusinessCalendar.h"
#include "shipping/Carriers.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir::storage {
class Transaction;
}

namespace comptoir::shipping {

// Where a parcel stands, from its tracking events.
enum class TrackingState
{
    LabelCreated,
    InTransit,
    OutForDelivery,
    AwaitingPickup, // at a relay point or post office
    Delivered,
    DeliveryFailed,
    Exception, // the carrier reports a problem
    Returned, // returned to the sender
    Damaged,
    Lost, // declared lost by the carrier
};

QString stateKey(TrackingState state);
bool stateFromKey(const QString& key, TrackingState& state);
QString stateLabel(TrackingState state);
QList<TrackingState> allStates();

// What needs the merchant's attention about a parcel, worst first.
enum class Problem
{
    None,
    Lost, // the carrier says so
    PossiblyLost, // no news for the carrier's number of working days
    Damaged,
    Returned,
    NotReceived, // delivered, says the carrier; not received, says the customer
    DeliveryFailed,
    Exception,
    Late, // past its expected delivery day
};

QString problemKey(Problem problem);
bool problemFromKey(const QString& key, Problem& problem);
QString problemLabel(Problem problem);
QList<Problem> allProblems(); // without None, worst first

enum class EventSource
{
    Manual,
    Import,
    Carrier,
};

struct TrackingEvent
{
    qint64 id = 0;
    TrackingState state = TrackingState::InTransit;
    QDateTime at; // UTC
    QString location;
    QString description;
    QString code; // the carrier's own code
    EventSource source = EventSource::Manual;
    QString user;
};

// A parcel as the Shipments page and the problem rules see it.
struct Parcel
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNumber;
    QString customerName;
    QString email;
    QString country; // of the delivery address
    QString postcode;
    QString carrier; // key (or a name for parcels entered before carriers had keys)
    QString service;
    QString trackingNumber;
    int weightGrams = 0;
    Money cost;
    QDateTime shippedAt;
    TrackingState state = TrackingState::LabelCreated;
    QDateTime lastEventAt;
    QDate expectedOn; // invalid: the carrier gives no transit time
    QDateTime deliveredAt;
    QDateTime damagedAt;
    QDateTime disputedAt;
    QDateTime handledAt;
    QString handledNote;
    QDateTime customerToldAt;
    int version = 1;
    Problem problem = Problem::None; // as of the day it was read
};

// The problem rules, for one parcel on a given day. `lostAfterDays` working days without news
// (the carrier's setting, counted in `sender`'s calendar: France's, with Saturdays if the carrier
// delivers then) make an undelivered parcel possibly lost; past its expected day it is late.
Problem problemOf(const Parcel& parcel, const QDate& today, int lostAfterDays, const BusinessCalendar& sender);

struct ProblemCounts
{
    QMap<Problem, int> byProblem;
    int total() const;
};

// Parcels and their tracking: events typed in, imported or fetched; the expected delivery day
// from the carrier's transit time in working days (public holidays of the destination country);
// the problems (late, possibly lost, damaged, returned, failed delivery, not received) and what the
// merchant did about them. A delivered event moves the order to delivered.
class Shipments final
{
public:
    // Parcels shipped more than this many days ago are no longer watched for lateness or loss.
    static constexpr auto kWatchDaysKey = "shipping.watch_days";
    static constexpr int kDefaultWatchDays = 60;

    explicit Shipments(storage::DatabasePtr database);

    Result<Parcel> load(qint64 shipmentId) const;
    Result<QList<Parcel>> forOrder(qint64 orderId) const;
    // Newest first.
    Result<QList<TrackingEvent>> events(qint64 shipmentId) const;

    // Records an event (one already known — same time, state and code — is skipped, so importing a
    // file twice adds nothing); the parcel's state follows its newest event. Returns whether it was new.
    Result<bool> addEvent(qint64 shipmentId, const TrackingEvent& event);
    Result<bool> addEventWithin(const storage::Transaction& transaction, qint64 shipmentId, const TrackingEvent& event);

    // A parcel as typed, scanned or read from a file, made ready to record: the carrier found by key
    // or name (recognised from the number when none is given), the number normalized and checked
    // against the carrier's shapes and check digit, and refused when another parcel already has it.
    Result<orders::Shipment> checkParcel(orders::Shipment parcel) const;
    // The carrier of the shop's latest parcel (what the ship dialog offers first); empty when none.
    Result<QString> lastCarrier() const;
    // Ships an order (its stock leaves, see OrderBook::ship) with its first parcel, checked.
    Status ship(qint64 orderId, const orders::Shipment& parcel);
    Status shipWithin(const storage::Transaction& transaction, qint64 orderId, const orders::Shipment& parcel);
    // Another parcel of an order already shipped (split shipment), checked. Returns its id.
    Result<qint64> addParcel(qint64 orderId, const orders::Shipment& parcel);
    Result<qint64> addParcelWithin(
        const storage::Transaction& transaction, qint64 orderId, const orders::Shipment& parcel);

    // Corrects a parcel's carrier, service and tracking number (checked against the carrier's format).
    Status setTracking(qint64 shipmentId, const QString& carrier, const QString& service, const QString& number);
    // The customer says a delivered parcel never arrived.
    Status markNotReceived(qint64 shipmentId, const QString& note);
    // The merchant dealt with the parcel's problem; it leaves the list of parcels needing attention.
    Status markHandled(qint64 shipmentId, const QString& note);
    Status reopen(qint64 shipmentId);
    // The customer was told (a notice sent from the Messages page).
    Status markCustomerTold(qint64 shipmentId);

    // Computes the expected delivery day of parcels that have none yet (new parcels, imported ones,
    // carriers edited). Returns how many were computed.
    Result<int> updateExpectedDates();
    // Parcels needing attention on `today`: watched parcels with a problem, worst first, then oldest.
    Result<QList<Parcel>> needingAttention(const QDate& today) const;
    Result<ProblemCounts> countProblems(const QDate& today) const;

private:
    Result<orders::Shipment> checkParcel(orders::Shipment parcel, qint64 exceptShipment) const;
    Status touch(qint64 shipmentId, const QString& assignments, std::initializer_list<QVariant> values);

    storage::DatabasePtr m_database;
};

} // namespace comptoir::shipping
