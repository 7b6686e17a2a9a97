#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QString>

namespace comptoir::io {

// Decimal numbers as spreadsheets and shop platforms write them in CSV cells, read and written
// exactly, never through a double: "12.50", "12,50", "-3", "1 234,56", "1,234.56", "1.234,56".
class CsvNumber final
{
public:
    // The number × 10^decimals as an integer: parseDecimal("12,5", 2) is 1250. The decimal
    // separator is '.' or ','; spaces (also no-break) group thousands, and so does the other
    // separator when both appear ("1.234,56"). More decimals than `decimals` is an error, unless
    // `round` is set, when the value is rounded half away from zero (weights, never money). Errors
    // have an empty `where` (the caller knows the cell) and the text as detail.
    static Result<qint64> parseDecimal(QStringView text, int decimals, bool round = false);
    // An amount in the currency's minor units: parseMoney("12,5", EUR) is 12.50 €. No currency
    // symbol: a CSV cell holds the number only.
    static Result<Money> parseMoney(QStringView text, Currency currency);

    // The scaled integer as a decimal: formatDecimal(1250, 2) is "12.50", with ',' when asked.
    // `trimZeros` drops trailing zero decimals ("0.25" rather than "0.250", "2" rather than "2.000").
    static QString formatDecimal(qint64 scaled, int decimals, QChar point = QLatin1Char('.'), bool trimZeros = false);
    // The same written at `out`, which has room for kMaxDecimalSize characters; returns the length.
    static constexpr int kMaxDecimalSize = 48;
    static qsizetype formatDecimal(
        char16_t* out, qint64 scaled, int decimals, QChar point = QLatin1Char('.'), bool trimZeros = false);
    static QString formatMoney(const Money& money, QChar point = QLatin1Char('.'));
};

} // namespace comptoir::io
