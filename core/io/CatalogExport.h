#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "io/CatalogFormat.h"
#include "storage/Database.h"

#include <QString>

class QIODevice;

namespace comptoir::io {

struct ExportOptions
{
    CatalogFormat format = CatalogFormat::Comptoir;
    QChar delimiter = QLatin1Char(',');
    bool decimalComma = false; // "12,50" rather than "12.50"
    bool byteOrderMark = false; // UTF-8 BOM first, so that Excel reads UTF-8
    QString lineEnding = QStringLiteral("\r\n");
    // Whose stock goes in the file, by name; empty: the first location.
    QString location;

    // The format's own layout: Comptoir's is RFC 4180 (',', CRLF); Shopify's ',' and LF;
    // WooCommerce's ',', LF and a BOM, as the platforms write them.
    static ExportOptions forFormat(CatalogFormat format);
    // What Excel opens directly in France: ';', decimal comma, UTF-8 with BOM, CRLF.
    static ExportOptions frenchExcel(CatalogFormat format);
};

struct ExportSummary
{
    qint64 products = 0;
    qint64 variants = 0;
    QString location; // whose stock was written; empty in a shop without locations
};

// Writes the catalog as a product CSV that import reads back: Comptoir's own columns (an export
// imported into an empty shop and exported again gives the same bytes), Shopify's classic product
// CSV or WooCommerce's product CSV. Variants are read in pages through KeysetQuery, product by
// product, so memory stays flat for a million products; amounts are written from their minor units.
class CatalogExport final
{
public:
    explicit CatalogExport(storage::DatabasePtr database);

    // Writes to an open device.
    Result<ExportSummary> write(
        QIODevice* device, const ExportOptions& options, JobControl& control = JobControl::none()) const;
    // Writes a file that appears only when complete: a failure or a cancel leaves any older file as it was.
    Result<ExportSummary> writeFile(
        const QString& path, const ExportOptions& options, JobControl& control = JobControl::none()) const;

    // The columns of a format, in order.
    static QStringList header(CatalogFormat format);

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::io
