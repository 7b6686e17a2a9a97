#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "io/ColumnNames.h"
#include "io/ImportReport.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace comptoir::shipping {

// What one row of a tracking numbers file does to the shop.
enum class TrackingRowAction
{
    Ship, // the order is shipped with this parcel: its stock leaves
    AddParcel, // the order was shipped already: another parcel (split shipment)
    AlreadyRecorded, // the order has this parcel already: nothing to do
    Error, // the row is wrong (see the report's problems): nothing is written
};

// "Ship", "Add a parcel", "Already recorded", "Error", translated.
QString trackingRowActionLabel(TrackingRowAction action);

// One row of a tracking numbers file, as the import understood it.
struct TrackingImportRow
{
    qint64 line = 0;
    QString orderNumber; // as the file writes it
    QString trackingNumber; // normalized once read
    QString carrier; // the carrier's key once known
    TrackingRowAction action = TrackingRowAction::Error;
    QString message; // translated: the problem, for an error
};

struct TrackingImportOptions
{
    // The carrier (key or name) of rows whose file gives none; empty: recognised from each number.
    QString carrier;
};

// What a tracking numbers import found and did, row by row. Problems stop the whole file.
struct TrackingImportReport : io::ImportProblems
{
    QString encoding;
    QChar delimiter;
    qint64 rows = 0; // records read, header and blank lines left out
    QList<TrackingImportRow> lines; // every row read, in file order
    qint64 shipped = 0; // orders shipped (or to be, by a dry run)
    qint64 parcelsAdded = 0; // parcels added to orders already shipped
    qint64 alreadyRecorded = 0;
    bool applied = false; // the shop was changed

    // "3 orders shipped, 1 parcel added to an order already shipped, 2 already recorded.", translated.
    QString summary() const;
};

// The column and date helpers moved to io; the shipping imports keep using them by these names.
using io::findColumn;
using io::foldedColumnName;
using io::parseFileDate;

// Applies a CSV of order number → tracking number, what carrier label tools (Boxtal, Sendcloud,
// Packlink, Colissimo's and Mondial Relay's own) export once the labels are printed. Columns are
// recognised by their names, in English or French (see docs/shipping.md). Each row ships its order
// with the parcel (its stock leaves, as OrderBook::ship), or adds the parcel to an order already
// shipped (split shipment); a parcel the order already has is "already recorded", so importing the
// same file again adds nothing. The dry run (check()) goes through every row as run() would, in a
// transaction it rolls back, so it sees what the import would meet — a missing stock included;
// run() does the same and commits only when no row has a problem: all or nothing.
class TrackingImport final
{
public:
    explicit TrackingImport(storage::DatabasePtr database);

    // An Error means the import itself could not run (unreadable file, cancelled, database); the
    // problems in the file are in the report.
    Result<TrackingImportReport> check(
        const QString& path, const TrackingImportOptions& options, JobControl& control = JobControl::none()) const;
    Result<TrackingImportReport> run(
        const QString& path, const TrackingImportOptions& options, JobControl& control = JobControl::none());
    // The same from an open device (a buffer in tests, a pasted text).
    Result<TrackingImportReport> check(
        QIODevice* device, const TrackingImportOptions& options, JobControl& control = JobControl::none()) const;
    Result<TrackingImportReport> run(
        QIODevice* device, const TrackingImportOptions& options, JobControl& control = JobControl::none());

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::shipping
