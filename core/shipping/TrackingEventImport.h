#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "io/ImportReport.h"
#include "shipping/Shipments.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace comptoir::shipping {

// What one row of a carrier's events file does.
enum class TrackingEventRowAction
{
    New, // the event is recorded
    AlreadyKnown, // the parcel has it already (same time, state and code): nothing to do
    Error, // the row is wrong (see the report's problems): nothing is written
};

// "New event", "Already known", "Error", translated.
QString trackingEventRowActionLabel(TrackingEventRowAction action);

// A carrier's status as its CSV exports write it, in English or French ("Delivered", "Livré",
// "En cours d'acheminement", "Avisé", "Mis à disposition"…) or as Comptoir's own state keys and
// labels; nothing when Comptoir does not know it.
std::optional<TrackingState> stateFromCarrierStatus(const QString& status);

// One row of a carrier's events file, as the import understood it.
struct TrackingEventRow
{
    qint64 line = 0;
    QString trackingNumber; // normalized
    QString orderNumber; // of the parcel, once found
    QString status; // as the file writes it
    TrackingState state = TrackingState::InTransit;
    QDateTime at; // UTC
    TrackingEventRowAction action = TrackingEventRowAction::Error;
    QString message; // translated: the problem, for an error
};

// What an events import found and did, row by row. Problems stop the whole file.
struct TrackingEventImportReport : io::ImportProblems
{
    QString encoding;
    QChar delimiter;
    qint64 rows = 0;
    QList<TrackingEventRow> lines; // every row read, in file order
    qint64 newEvents = 0; // recorded (or to be, by a dry run)
    qint64 knownEvents = 0; // already on their parcel
    qint64 parcelsDelivered = 0; // parcels these events deliver
    bool applied = false;

    // "12 new events, 3 already known; 4 parcels delivered.", translated.
    QString summary() const;
};

// Records the tracking events of a carrier's CSV export (Colissimo Box, Mondial Relay Connect,
// Boxtal…): a tracking number, a status, a date and time, and optionally a location, a description
// and the carrier's code per row, columns recognised by name in English or French. Each event goes
// through Shipments::addEventWithin() with the source Import, so an event the parcel already has is
// skipped and a delivered parcel moves its order to delivered. As TrackingImport: check() goes
// through the file in a transaction it rolls back; run() commits only when no row has a problem.
class TrackingEventImport final
{
public:
    explicit TrackingEventImport(storage::DatabasePtr database);

    Result<TrackingEventImportReport> check(const QString& path, JobControl& control = JobControl::none()) const;
    Result<TrackingEventImportReport> run(const QString& path, JobControl& control = JobControl::none());
    Result<TrackingEventImportReport> check(QIODevice* device, JobControl& control = JobControl::none()) const;
    Result<TrackingEventImportReport> run(QIODevice* device, JobControl& control = JobControl::none());

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::shipping
