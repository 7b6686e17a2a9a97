#pragma once

#include "common/Money.h"
#include "io/ImportReport.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir::io {

// Reads the cells of one line of an import file (products, orders) into Comptoir's values, reporting
// what is wrong in the report as "line:column: Header: why". An empty cell is "not given" (an empty
// optional) unless a function says otherwise; a wrong cell also gives an empty optional, with its
// problem.
class CellReader final
{
public:
    CellReader(ImportProblems& report, Currency shopCurrency);

    void startLine(qint64 line) { m_line = line; }
    qint64 line() const { return m_line; }
    Currency shopCurrency() const { return m_shopCurrency; }
    // Reports a problem on the current line; `column` is 1-based.
    void problem(int column, const QString& header, const QString& why);
    // False, with a problem at the first missing or extra cell, when the line does not have one
    // cell per column of the header.
    bool hasWidth(const QStringList& cells, int headerWidth);

    // The trimmed text, never null (an empty cell is an empty string).
    static QString text(QStringView cell);
    // Removes the leading apostrophe spreadsheet exports put before = + - @ TAB CR so that the cell
    // is not run as a formula (WooCommerce does it to every cell). With `alsoBeforeApostrophe`,
    // also before another apostrophe: Comptoir guards "'=…" as "''=…" so that it reads back exactly.
    static QString unguarded(const QString& cell, bool alsoBeforeApostrophe = false);
    // Adds the apostrophe unguarded() removes, where a spreadsheet would see a formula.
    static QString guarded(const QString& cell, bool alsoBeforeApostrophe = false);

    // A variant's SKU: required, no spaces, at most 64 characters.
    std::optional<QString> sku(int column, const QString& header, QStringView cell);
    // An EAN/UPC/GTIN with a right check digit; empty: no barcode (an empty string).
    std::optional<QString> barcode(int column, const QString& header, QStringView cell);
    // A price, cost or compare-at price in `currency`, not negative.
    std::optional<qint64> money(int column, const QString& header, QStringView cell, Currency currency);
    // An ISO 4217 code Comptoir knows.
    std::optional<QString> currency(int column, const QString& header, QStringView cell);
    // A quantity on hand: a whole number, not negative.
    std::optional<qint64> stock(int column, const QString& header, QStringView cell);
    // A weight in grams, from grams or kilograms, rounded to the gram, not negative.
    std::optional<qint64> grams(int column, const QString& header, QStringView cell, bool kilograms);
    // A VAT rate in percent ("20", "5.5", "5,5 %") as basis points, 0 to 100 %.
    std::optional<qint64> vatRate(int column, const QString& header, QStringView cell);
    // Days from 0 to 365; an empty cell is ImportRow::kNone (the supplier's lead time).
    std::optional<qint64> leadTime(int column, const QString& header, QStringView cell);
    // yes/no, true/false, 1/0, oui/non.
    std::optional<bool> flag(int column, const QString& header, QStringView cell);
    // A quantity sold: a whole number, at least 1.
    std::optional<qint64> quantity(int column, const QString& header, QStringView cell);
    // A date and time as shops write them, in UTC: "2026-11-20 14:03:11 +0100" (Shopify),
    // "2026-11-20T13:03:11Z" or "+01:00" (ISO 8601), "2026-11-20 14:03" or "2026-11-20" (no offset:
    // the computer's time zone, the shop's).
    std::optional<QDateTime> dateTime(int column, const QString& header, QStringView cell);
    // The same parse, without a report: an invalid QDateTime when the text is not a date.
    static QDateTime parseDateTime(QStringView text);

private:
    ImportProblems& m_report;
    Currency m_shopCurrency;
    qint64 m_line = 0;
};

} // namespace comptoir::io
