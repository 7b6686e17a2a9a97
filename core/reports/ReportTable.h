#pragma once

#include "common/Money.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace comptoir::reports {

// What a report column holds, and so how it is shown, exported and summed.
enum class ColumnKind
{
    Text, // QString
    Count, // qint64
    Money, // qint64 minor units of the table's currency
    Percent, // qint64 hundredths of a percent (basis points): 1234 is 12.34 %
    Decimal, // qint64 scaled by 10^decimals: 425 with 2 decimals is 4.25
    Date, // QDate
};

struct ReportColumn
{
    QString key; // stable machine name: "net_sales"
    QString title; // what the user reads, translated
    ColumnKind kind = ColumnKind::Text;
    int decimals = 2; // Decimal only

    bool isNumeric() const { return kind != ColumnKind::Text && kind != ColumnKind::Date; }
};

// One line of a report: a QVariant per column as ColumnKind says; a null QVariant is an empty cell.
using ReportRow = QList<QVariant>;

// How the report is best drawn next to its table.
struct ReportChart
{
    enum class Kind
    {
        None,
        Bar, // one bar per row (per value column), labelled by labelColumn
        Line, // rows in order along time
        Pie, // shares of one value column
    };
    Kind kind = Kind::None;
    int labelColumn = 0;
    QList<int> valueColumns;
    int maxRows = 20; // a bar or pie chart of the first rows only
};

// A report's result: a title, its columns, rows and an optional totals line, ready for a table
// view, a chart, CSV and PDF. Plain data: made on a worker thread, read on the UI thread.
struct ReportTable
{
    QString name; // the report's machine name: "sales-by-period"
    QString title;
    QString subtitle; // the period and filters, in words
    Currency currency = Currency::euro();
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
    ReportRow totals; // empty: no totals line
    QStringList notes; // what the reader must know: orders left out, costs taken from today's prices…
    ReportChart chart;

    int columnIndex(QStringView key) const;
    // The cell as a number (0 for an empty or text cell), for charts and tests.
    qint64 number(int row, int column) const;
    qint64 number(int row, QStringView key) const { return number(row, columnIndex(key)); }
    QString text(int row, QStringView key) const;

    // What the user reads in a table or a PDF: "1 234,50 €", "12,34 %", "4,25", "03/12/2026".
    QString displayText(const QVariant& value, int column, const QLocale& locale = QLocale()) const;
};

// Exact decimal text of a scaled integer: (123456, 2) is "1234.56", (-5, 2) is "-0.05".
QString scaledDecimal(qint64 value, int decimals, QChar decimalPoint = QLatin1Char('.'));
// A share in hundredths of a percent, rounded half up: part 1, whole 3 is 3333 (33.33 %); 0 when whole is 0.
qint64 percentOf(qint64 part, qint64 whole);
// value × 10^decimals / count, rounded half up: an average kept exact enough to show.
qint64 averageOf(qint64 sum, qint64 count, int decimals = 2);

} // namespace comptoir::reports
