#pragma once

#include "common/Result.h"
#include "shipping/Shipments.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace comptoir::shipping {

// What a carrier's tracking service says about one parcel.
struct TrackingAnswer
{
    QString number;
    QString product; // the carrier's name for the service ("colissimo", "chronopost", "courrier")
    bool isFinal = false; // the carrier will add no more events
    QDate expectedOn; // invalid: the carrier gives no estimate
    QDateTime deliveredAt; // UTC; invalid until delivered
    QUrl url; // the carrier's page for the parcel
    QList<TrackingEvent> events; // newest first, source Carrier
};

// Why fetching a number failed. Some failures are the parcel's own (an unknown number), others would
// fail every parcel the same way (a refused key, no network), so a refresh stops at the first of those.
enum class FetchFailure
{
    None,
    UnknownNumber, // the carrier does not know the number, or refuses it as malformed
    BadAnswer, // the carrier's answer could not be read
    Timeout,
    Network, // no network, the server not found, TLS failed, a proxy refused
    KeyRefused,
    Throttled, // too many requests, even after waiting as asked
    ServiceDown, // the carrier's server fails (5xx)
    Cancelled,
};

// Whether the same failure is to be expected for every other parcel of the same carrier.
bool failsEveryParcel(FetchFailure failure);

struct TrackingFetch
{
    QString number;
    FetchFailure failure = FetchFailure::None;
    Result<TrackingAnswer> answer = TrackingAnswer();

    bool ok() const { return failure == FetchFailure::None; }
};

// One tracking number being fetched: finished() is emitted once, later (never from inside fetch()),
// then result() holds the answer or why there is none. Deleting it aborts it, silently.
class TrackingRequest : public QObject
{
    Q_OBJECT

public:
    QString number() const { return m_result.number; }
    bool isFinished() const { return m_finished; }
    const TrackingFetch& result() const { return m_result; }
    // Stops the request; finished() follows with FetchFailure::Cancelled unless it had already finished.
    virtual void abort() = 0;

Q_SIGNALS:
    void finished();

protected:
    explicit TrackingRequest(const QString& number, QObject* parent = nullptr);
    // Records the outcome and emits finished(), once.
    void finish(FetchFailure failure, Result<TrackingAnswer> answer);

private:
    TrackingFetch m_result;
    bool m_finished = false;
};

// A carrier's tracking service (La Poste's Suivi API…): which of the shop's carriers it answers for,
// and fetching one number at a time, asynchronously.
class TrackingProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // For messages: "La Poste".
    virtual QString name() const = 0;
    // The keys of the carriers it tracks (carriers.json).
    virtual QStringList carrierKeys() const = 0;
    bool serves(const QString& carrierKey) const { return carrierKeys().contains(carrierKey); }
    // Starts fetching a (normalized) tracking number. The request belongs to `parent`.
    virtual TrackingRequest* fetch(const QString& number, QObject* parent) = 0;
};

} // namespace comptoir::shipping
