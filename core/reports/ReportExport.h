#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "documents/PageFormat.h"
#include "documents/PrintedPage.h"
#include "reports/ReportTable.h"

#include <QChar>
#include <QString>

class QIODevice;
class QPaintDevice;

namespace comptoir::reports {

// How a CSV file is laid out for the program that opens it.
struct CsvExportOptions
{
    QChar delimiter = QLatin1Char(',');
    QChar decimalSeparator = QLatin1Char('.');
    bool byteOrderMark = false;
    QString dateFormat = QStringLiteral("yyyy-MM-dd");

    // RFC 4180: ',', '.', ISO dates, no BOM: for scripts, accountants' tools, other programs.
    static CsvExportOptions standard();
    // What Excel in French opens without a wizard: ';', decimal comma, a BOM, dd/MM/yyyy.
    static CsvExportOptions frenchExcel();
    // Code::InvalidInput when the delimiter and the decimal separator are the same, or the date
    // format shows no day, month and year.
    Status validate() const;
    bool operator==(const CsvExportOptions&) const = default;
};

// The text of one cell in a CSV file: money and numbers as exact decimals (never through a floating
// point), percentages as numbers ("12.34"), dates in the options' format.
QString csvText(const ReportTable& table, const QVariant& value, int column, const CsvExportOptions& options);

// Writes the table as CSV to `device`: a header line of the column titles, the rows, then the totals
// line (first cell "Total") when the table has one.
Status writeCsv(const ReportTable& table, QIODevice* device, const CsvExportOptions& options = {});
// The same into a new file, written whole or not at all.
Status writeCsvFile(const ReportTable& table, const QString& path, const CsvExportOptions& options = {});

// A PDF of the table: title, subtitle, notes, and the rows (landscape when it has many columns),
// the header repeated on each page, page numbers below. Written whole or not at all.
Status writePdfFile(const ReportTable& table, const QString& path, JobControl& control = JobControl::none());
// The pages of that PDF laid out for a device (a PDF writer, an image for previews and tests).
Result<QList<documents::PrintedPage>> layoutPages(const ReportTable& table, const QPaintDevice* device,
    const documents::PageGeometry& geometry, JobControl& control = JobControl::none());

} // namespace comptoir::reports
