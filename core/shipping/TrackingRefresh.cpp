#include "shipping/TrackingRefresh.h"

#include "shipping/Carriers.h"
#include "shipping/TrackingProvider.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimer>

namespace comptoir::shipping {

namespace {

// The carrier keys of the shop's carriers by key and by lower-case name: parcels entered before
// carriers had keys store the name.
QHash<QString, QString> carrierKeys(const QList<Carrier>& carriers)
{
    QHash<QString, QString> keys;
    for (const Carrier& carrier : carriers) {
        keys.insert(carrier.key, carrier.key);
        keys.insert(carrier.name.trimmed().toLower(), carrier.key);
    }
    return keys;
}

QString keyOf(const QHash<QString, QString>& keys, const QString& keyOrName)
{
    return keys.value(keyOrName, keys.value(keyOrName.trimmed().toLower()));
}

} // namespace

TrackingRefresh::TrackingRefresh(storage::DatabasePtr database, TrackingProvider* provider, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_provider(provider)
{ }

TrackingRefresh::~TrackingRefresh()
{
    // A request in flight is abandoned with nothing written.
    delete m_request.data();
}

Result<QList<qint64>> TrackingRefresh::parcelsToRefresh() const
{
    const QSqlDatabase db = m_database->connection();
    auto watchDays = storage::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
        {QString::fromLatin1(Shipments::kWatchDaysKey)});
    if (!watchDays)
        return watchDays.error();
    const int days = watchDays->isValid() && watchDays->toInt() > 0 ? watchDays->toInt() : Shipments::kDefaultWatchDays;
    // Watched as Shipments::needingAttention() watches them: from the shop's day.
    const QDate today = m_database->clock().now().toLocalTime().date();
    const qint64 since = QDateTime(today.addDays(-days), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    auto carriers = Carriers(m_database).list();
    if (!carriers)
        return carriers.error();
    const QHash<QString, QString> keys = carrierKeys(*carriers);
    auto query = storage::run(db,
        QStringLiteral("SELECT id, carrier FROM shipments WHERE delivered_at IS NULL AND handled_at IS NULL AND "
                       "state <> 'delivered' AND shipped_at >= ? AND coalesce(tracking_number, '') <> '' "
                       "ORDER BY shipped_at, id"),
        {since});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next()) {
        if (m_provider && m_provider->serves(keyOf(keys, query->value(1).toString())))
            ids.append(query->value(0).toLongLong());
    }
    return ids;
}

Status TrackingRefresh::start()
{
    auto parcels = parcelsToRefresh();
    if (!parcels)
        return parcels.error();
    return start(*parcels);
}

Status TrackingRefresh::start(const QList<qint64>& shipmentIds)
{
    if (m_running)
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("TrackingRefresh", "The parcels' tracking is already being refreshed."));
    if (!m_provider)
        return Error(
            Error::Code::Generic, QCoreApplication::translate("TrackingRefresh", "No tracking service is available."));
    m_queue = shipmentIds;
    m_summary = RefreshSummary();
    m_summary.total = int(shipmentIds.size());
    m_running = true;
    m_cancelled = false;
    // Signals only once the caller is back in its event loop, so that it can connect and wait.
    QTimer::singleShot(0, this, &TrackingRefresh::next);
    return {};
}

void TrackingRefresh::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_request)
        m_request->abort(); // finished() comes back at once, to fetched()
}

void TrackingRefresh::next()
{
    if (!m_running)
        return;
    if (m_cancelled || m_queue.isEmpty() || m_summary.stoppedBy) {
        stop();
        return;
    }
    if (!m_provider) { // deleted while the refresh ran
        m_summary.stoppedBy = Error(
            Error::Code::Generic, QCoreApplication::translate("TrackingRefresh", "No tracking service is available."));
        stop();
        return;
    }
    const qint64 id = m_queue.takeFirst();
    m_current = ParcelRefresh();
    m_current.shipmentId = id;
    auto parcel = Shipments(m_database).load(id);
    if (!parcel) {
        fail(m_current, parcel.error());
        done();
        return;
    }
    m_current.orderNumber = parcel->orderNumber;
    m_current.carrier = parcel->carrier;
    m_current.trackingNumber = parcel->trackingNumber;
    m_current.state = parcel->state;
    m_currentWasDelivered = parcel->state == TrackingState::Delivered || parcel->deliveredAt.isValid();
    auto carrier = Carriers(m_database).find(parcel->carrier);
    if (!carrier) {
        fail(m_current, carrier.error());
    } else if (parcel->trackingNumber.trimmed().isEmpty()) {
        fail(m_current,
            Error(Error::Code::InvalidInput,
                QCoreApplication::translate("TrackingRefresh", "This parcel has no tracking number.")));
    } else if (!*carrier || !m_provider->serves((*carrier)->key)) {
        fail(m_current,
            Error(Error::Code::InvalidInput,
                QCoreApplication::translate("TrackingRefresh", "%1 does not track parcels sent with %2.")
                    .arg(m_provider->name(), *carrier ? (*carrier)->name : parcel->carrier)));
    } else {
        m_request = m_provider->fetch(tracking::normalized(parcel->trackingNumber), this);
        connect(m_request, &TrackingRequest::finished, this, &TrackingRefresh::fetched);
        return;
    }
    done();
}

void TrackingRefresh::fetched()
{
    TrackingRequest* request = m_request;
    m_request = nullptr;
    if (!request)
        return;
    request->deleteLater();
    const TrackingFetch& result = request->result();
    if (result.failure == FetchFailure::Cancelled) {
        // Not by cancel(): the provider gave up (it is going away); say so rather than end silently.
        if (!m_cancelled)
            m_summary.stoppedBy = result.answer.error();
        stop();
        return;
    }
    ++m_summary.checked;
    if (!result.ok()) {
        fail(m_current, result.answer.error());
        if (failsEveryParcel(result.failure))
            m_summary.stoppedBy = result.answer.error();
    } else if (auto recorded = record(m_current, result.answer->events); !recorded) {
        fail(m_current, recorded.error());
    } else {
        m_summary.newEvents += m_current.newEvents;
        if (m_current.delivered)
            ++m_summary.delivered;
        Q_EMIT parcelRefreshed(m_current);
    }
    done();
}

void TrackingRefresh::done()
{
    Q_EMIT progress(m_summary.total - int(m_queue.size()), m_summary.total);
    // Asked between two parcels (from a slot of the signals above): stop here.
    if (m_cancelled) {
        stop();
        return;
    }
    QTimer::singleShot(0, this, &TrackingRefresh::next);
}

Status TrackingRefresh::record(ParcelRefresh& parcel, const QList<TrackingEvent>& events)
{
    storage::Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    Shipments shipments(m_database);
    int added = 0;
    bool delivered = false;
    // Oldest first, as they happened.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        auto isNew = shipments.addEventWithin(transaction, parcel.shipmentId, *it);
        if (!isNew)
            return isNew.error();
        if (*isNew) {
            ++added;
            delivered = delivered || it->state == TrackingState::Delivered;
        }
    }
    if (added > 0)
        if (auto committed = transaction.commit(); !committed)
            return committed;
    parcel.newEvents = added;
    parcel.delivered = delivered && !m_currentWasDelivered;
    // Written: a parcel that cannot be read back keeps the state it had rather than report a failure.
    if (added > 0)
        if (auto now = shipments.load(parcel.shipmentId))
            parcel.state = now->state;
    return {};
}

void TrackingRefresh::fail(ParcelRefresh& parcel, const Error& error)
{
    ++m_summary.errors;
    Q_EMIT parcelFailed(parcel, error);
}

void TrackingRefresh::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.cancelled = m_cancelled;
    m_queue.clear();
    Q_EMIT finished(m_summary);
}

} // namespace comptoir::shipping
