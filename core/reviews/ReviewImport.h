#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "io/ImportReport.h"
#include "reviews/ReviewFormat.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

class QIODevice;

namespace comptoir::reviews {

// What one row of a review file does to the shop.
enum class ReviewRowAction
{
    Add, // a review the shop does not have yet
    AlreadyKnown, // the shop has it (same platform and id, or same author, day, rating and text)
    Error, // the row is wrong (see the report's problems): nothing is written
};

// "Add", "Already known", "Error", translated.
QString reviewRowActionLabel(ReviewRowAction action);

// One row of a review file, as the import understood it.
struct ReviewImportRow
{
    qint64 line = 0;
    QString author;
    int rating = 0; // 0 when the row gives none that can be read
    QString product; // the product's name; empty for a review of the shop
    bool ignored = false; // spam or trash on its platform: kept, as ignored
    ReviewRowAction action = ReviewRowAction::Error;
    QString message; // translated: the problem, for an error
};

// What a review import found and did, row by row. Problems stop the whole file.
struct ReviewImportReport : io::ImportProblems
{
    ReviewFileFormat format = ReviewFileFormat::Comptoir; // as detected from the header
    QString encoding;
    QChar delimiter;
    qint64 rows = 0; // records read, header and blank lines left out
    QList<ReviewImportRow> lines; // every row read, in file order
    qint64 added = 0; // reviews added (or to be, by a dry run)
    qint64 alreadyKnown = 0;
    qint64 ignored = 0; // of those added, the ones kept as ignored (spam)
    bool applied = false; // the shop was changed

    // "12 reviews added (1 as ignored), 3 already known.", translated.
    QString summary() const;
};

// Imports the reviews of a Judge.me, Trustpilot, WooCommerce or Comptoir CSV file, the format told
// by its header line (see docs/reviews.md). Products are found by SKU, handle or name; a row naming
// a product the shop does not have is an error, a row naming none is a review of the shop. Each
// review is added through ReviewBook, which adds it once: importing the same file again adds
// nothing. The dry run (check()) goes through every row as run() would, in a transaction it rolls
// back; run() commits only when no row has a problem: all or nothing.
class ReviewImport final
{
public:
    explicit ReviewImport(storage::DatabasePtr database);

    // An Error means the import itself could not run (unreadable file, cancelled, database); the
    // problems in the file are in the report.
    Result<ReviewImportReport> check(const QString& path, JobControl& control = JobControl::none()) const;
    Result<ReviewImportReport> run(const QString& path, JobControl& control = JobControl::none());
    // The same from an open device (a buffer in tests).
    Result<ReviewImportReport> check(QIODevice* device, JobControl& control = JobControl::none()) const;
    Result<ReviewImportReport> run(QIODevice* device, JobControl& control = JobControl::none());

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::reviews
