#pragma once

#include "common/Result.h"
#include "shipping/Shipments.h"
#include "storage/Database.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace comptoir::shipping {

class TrackingProvider;
class TrackingRequest;

// What happened to one parcel during a refresh.
struct ParcelRefresh
{
    qint64 shipmentId = 0;
    QString orderNumber;
    QString carrier;
    QString trackingNumber;
    int newEvents = 0;
    TrackingState state = TrackingState::LabelCreated; // after the refresh
    bool delivered = false; // delivered by this refresh
};

struct RefreshSummary
{
    int total = 0; // parcels to check
    int checked = 0; // parcels asked about (answered or not)
    int newEvents = 0;
    int delivered = 0;
    int errors = 0;
    bool cancelled = false;
    // Set when a failure that every other parcel would meet too (a refused key, no network) stopped
    // the refresh; its message says why.
    std::optional<Error> stoppedBy;
};

// Asks a carrier's tracking service about the shop's parcels, one after another, and records what is
// new. Each parcel's new events are written in one transaction (all or none); an event already known
// is not added again, so refreshing twice adds nothing. A delivered event moves the order to delivered.
class TrackingRefresh final : public QObject
{
    Q_OBJECT

public:
    // `provider` is not owned and must outlive the refresh.
    TrackingRefresh(storage::DatabasePtr database, TrackingProvider* provider, QObject* parent = nullptr);
    ~TrackingRefresh() override;

    // The parcels a refresh checks: watched (shipped within Shipments::kWatchDaysKey days), not
    // delivered, not handled, with a tracking number, of a carrier the provider serves. Oldest first.
    Result<QList<qint64>> parcelsToRefresh() const;

    // Refreshes parcelsToRefresh(). Signals follow once the event loop runs, finished() last (also
    // when there is nothing to do). Refused while a refresh runs.
    Status start();
    // Refreshes these parcels whatever their state (the merchant asked for them); one without a
    // tracking number, or of a carrier the provider does not serve, is reported as an error.
    Status start(const QList<qint64>& shipmentIds);
    // Stops after the parcel being recorded, if any; the request in flight is abandoned and nothing
    // is written for it. finished() follows with `cancelled` set.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    void parcelRefreshed(const comptoir::shipping::ParcelRefresh& parcel);
    void parcelFailed(const comptoir::shipping::ParcelRefresh& parcel, const comptoir::Error& error);
    void finished(const comptoir::shipping::RefreshSummary& summary);

private:
    void next();
    void fetched();
    // One parcel done (recorded, failed or skipped): progress, then the next unless cancelled.
    void done();
    // Records one parcel's answer in its own transaction; returns the new events counted in `parcel`.
    Status record(ParcelRefresh& parcel, const QList<TrackingEvent>& events);
    void fail(ParcelRefresh& parcel, const Error& error);
    void stop();

    storage::DatabasePtr m_database;
    QPointer<TrackingProvider> m_provider;
    QList<qint64> m_queue;
    QPointer<TrackingRequest> m_request;
    ParcelRefresh m_current;
    bool m_currentWasDelivered = false;
    RefreshSummary m_summary;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace comptoir::shipping
