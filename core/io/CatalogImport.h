#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "io/CatalogFormat.h"
#include "io/ColumnMapping.h"
#include "io/ImportReport.h"
#include "storage/Database.h"

#include <QList>
#include <QStringList>

namespace comptoir::io {

struct ImportOptions
{
    CatalogFormat format = CatalogFormat::Auto;
    ColumnMapping mapping; // which column is which, for CatalogFormat::Generic
    // Where the file's stock quantities are counted, by name; empty: the first location (one named
    // "Stock" is created in a shop that has none).
    QString location;
};

// Imports products, variants and stock from a product CSV (Comptoir's own, Shopify's, WooCommerce's,
// or any file with a column mapping). Lines are read into a temporary table of the connection,
// checked there as a whole (duplicates, the shop's SKUs and barcodes, what each product needs),
// then written with a few set-based statements:
// - variants are matched by SKU, never by title: a known SKU is updated with what the file says
//   (columns the file does not have keep their values), an unknown one is created;
// - categories ("Parent > Child") and suppliers are found by name, created when missing;
// - a stock quantity sets the on-hand quantity of the chosen location through the stock ledger's
//   count movements, with a note naming the file.
// check() is the dry run: it lists every problem as line:column and what would change, and writes
// nothing. run() checks the same way and, only when there is no problem, writes the whole file in
// one transaction: all or nothing, cancellable until the commit. Into an empty shop the secondary
// indexes and triggers are set aside during the load and rebuilt after, with the search index.
class CatalogImport final
{
public:
    // The beginning of a file, to show it and choose its format and mapping.
    struct Preview
    {
        QStringList header;
        QList<QStringList> rows; // the first lines after the header
        CatalogFormat format = CatalogFormat::Generic; // as detected
        QString encoding;
        QChar delimiter;
    };

    explicit CatalogImport(storage::DatabasePtr database);

    static Result<Preview> preview(const QString& path, int rows = 3);
    // The dry run: reads and checks the whole file against the shop, writes nothing. An Error means
    // the check itself could not run (unreadable file, unknown location, cancelled); problems in
    // the file are in the report.
    Result<ImportReport> check(
        const QString& path, const ImportOptions& options, JobControl& control = JobControl::none()) const;
    // Checks, then applies the file when it has no problem (report.applied tells).
    Result<ImportReport> run(
        const QString& path, const ImportOptions& options, JobControl& control = JobControl::none());

private:
    Result<ImportReport> process(
        const QString& path, const ImportOptions& options, JobControl& control, bool apply) const;

    storage::DatabasePtr m_database;
};

} // namespace comptoir::io
