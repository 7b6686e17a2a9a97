#include "io/CellReader.h"

#include "catalog/Gtin.h"
#include "io/CsvNumber.h"
#include "io/CsvReader.h"
#include "io/ImportRow.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace comptoir::io {

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

CellReader::CellReader(ImportProblems& report, Currency shopCurrency)
    : m_report(report)
    , m_shopCurrency(shopCurrency)
{ }

void CellReader::problem(int column, const QString& header, const QString& why)
{
    m_report.addProblem(m_line, column, QCoreApplication::translate("CellReader", "%1: %2").arg(header, why));
}

bool CellReader::hasWidth(const QStringList& cells, int headerWidth)
{
    if (cells.size() == headerWidth)
        return true;
    problem(int(std::min<qsizetype>(cells.size(), headerWidth)) + 1,
        QCoreApplication::translate("CatalogImport", "Line"),
        cells.size() > headerWidth
            ? QCoreApplication::translate("CatalogImport", "it has %1 cells but the header has %2 columns.")
                  .arg(cells.size())
                  .arg(headerWidth)
            : QCoreApplication::translate("CatalogImport", "it has only %1 cells but the header has %2 columns.")
                  .arg(cells.size())
                  .arg(headerWidth));
    return false;
}

QString CellReader::text(QStringView cell)
{
    const QStringView trimmed = cell.trimmed();
    return trimmed.isEmpty() ? QString(QLatin1String("")) : trimmed.toString();
}

QString CellReader::unguarded(const QString& cell, bool alsoBeforeApostrophe)
{
    if (cell.size() >= 2 && cell.at(0) == u'\''
        && (startsFormula(cell.at(1)) || (alsoBeforeApostrophe && cell.at(1) == u'\'')))
        return cell.mid(1);
    return cell;
}

QString CellReader::guarded(const QString& cell, bool alsoBeforeApostrophe)
{
    if (cell.isEmpty())
        return cell;
    if (startsFormula(cell.at(0))
        || (alsoBeforeApostrophe && cell.size() >= 2 && cell.at(0) == u'\''
            && (startsFormula(cell.at(1)) || cell.at(1) == u'\'')))
        return QLatin1Char('\'') + cell;
    return cell;
}

std::optional<QString> CellReader::sku(int column, const QString& header, QStringView cell)
{
    const QString value = text(cell);
    if (value.isEmpty()) {
        problem(column, header,
            QCoreApplication::translate(
                "CellReader", "every variant needs a SKU: Comptoir finds existing variants by their SKU."));
        return std::nullopt;
    }
    if (value.contains(QLatin1Char(' ')) || value.size() > 64) {
        problem(column, header,
            QCoreApplication::translate("CellReader", "a SKU has no spaces and at most 64 characters: “%1”.")
                .arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> CellReader::barcode(int column, const QString& header, QStringView cell)
{
    const QString value = text(cell);
    if (const QString why = catalog::Gtin::problem(value); !why.isEmpty()) {
        problem(column, header, QCoreApplication::translate("CellReader", "“%1”: %2").arg(value, why));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> CellReader::money(int column, const QString& header, QStringView cell, Currency currency)
{
    if (cell.trimmed().isEmpty())
        return std::nullopt;
    auto amount = CsvNumber::parseMoney(cell, currency.isValid() ? currency : m_shopCurrency);
    if (!amount) {
        problem(column, header, amount.error().message);
        return std::nullopt;
    }
    if (amount->isNegative()) {
        problem(column, header,
            QCoreApplication::translate("CellReader", "an amount cannot be negative (“%1”).")
                .arg(cell.trimmed().toString()));
        return std::nullopt;
    }
    return amount->minorUnits();
}

std::optional<QString> CellReader::currency(int column, const QString& header, QStringView cell)
{
    const QString value = text(cell);
    if (value.isEmpty())
        return std::nullopt;
    const Currency currency = Currency::fromCode(value);
    if (!currency.isValid()) {
        problem(column, header,
            QCoreApplication::translate(
                "CellReader", "“%1” is not a currency Comptoir knows (an ISO code such as EUR).")
                .arg(value));
        return std::nullopt;
    }
    return currency.code();
}

std::optional<qint64> CellReader::stock(int column, const QString& header, QStringView cell)
{
    if (cell.trimmed().isEmpty())
        return std::nullopt;
    auto quantity = CsvReader::parseInteger(cell);
    if (!quantity) {
        problem(column, header, quantity.error().message);
        return std::nullopt;
    }
    if (*quantity < 0) {
        problem(column, header,
            QCoreApplication::translate(
                "CellReader", "stock cannot be negative (%1): count what is on the shelf, 0 when there is none.")
                .arg(*quantity));
        return std::nullopt;
    }
    return *quantity;
}

std::optional<qint64> CellReader::grams(int column, const QString& header, QStringView cell, bool kilograms)
{
    if (cell.trimmed().isEmpty())
        return std::nullopt;
    auto weight = CsvNumber::parseDecimal(cell, kilograms ? 3 : 0, true);
    if (!weight) {
        problem(column, header, weight.error().message);
        return std::nullopt;
    }
    if (*weight < 0 || *weight > std::numeric_limits<int>::max()) {
        problem(column, header,
            QCoreApplication::translate("CellReader", "“%1” is not a weight.").arg(cell.trimmed().toString()));
        return std::nullopt;
    }
    return *weight;
}

std::optional<qint64> CellReader::vatRate(int column, const QString& header, QStringView cell)
{
    QString value = text(cell);
    if (value.isEmpty())
        return std::nullopt;
    if (value.endsWith(QLatin1Char('%')))
        value = value.chopped(1).trimmed();
    auto rate = CsvNumber::parseDecimal(value, 2);
    if (!rate || *rate < 0 || *rate > 10000) {
        problem(column, header,
            QCoreApplication::translate("CellReader", "“%1” is not a VAT rate: write a percentage from 0 to 100.")
                .arg(cell.trimmed().toString()));
        return std::nullopt;
    }
    return *rate;
}

std::optional<qint64> CellReader::leadTime(int column, const QString& header, QStringView cell)
{
    if (cell.trimmed().isEmpty())
        return ImportRow::kNone;
    auto days = CsvReader::parseInteger(cell);
    if (!days || *days < 0 || *days > 365) {
        problem(column, header,
            QCoreApplication::translate("CellReader", "“%1” is not a lead time: write a number of days from 0 to 365.")
                .arg(cell.trimmed().toString()));
        return std::nullopt;
    }
    return *days;
}

std::optional<bool> CellReader::flag(int column, const QString& header, QStringView cell)
{
    const QString value = text(cell).toLower();
    if (value.isEmpty())
        return std::nullopt;
    for (const char* yes : {"1", "yes", "y", "true", "oui", "o", "vrai", "x"}) {
        if (value == QLatin1String(yes))
            return true;
    }
    for (const char* no : {"0", "no", "n", "false", "non", "faux"}) {
        if (value == QLatin1String(no))
            return false;
    }
    problem(column, header,
        QCoreApplication::translate("CellReader", "“%1” is neither yes nor no.").arg(cell.trimmed().toString()));
    return std::nullopt;
}

std::optional<qint64> CellReader::quantity(int column, const QString& header, QStringView cell)
{
    auto value = CsvReader::parseInteger(cell);
    if (!value || *value < 1) {
        problem(column, header,
            QCoreApplication::translate("CellReader", "“%1” is not a quantity: write a whole number, at least 1.")
                .arg(cell.trimmed().toString()));
        return std::nullopt;
    }
    return *value;
}

QDateTime CellReader::parseDateTime(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                       "\\s*(?:(Z|UTC|GMT)|([+-])(\\d{2}):?(\\d{2}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return {};
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(), match.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime at;
    if (match.hasCaptured(7)) {
        at = QDateTime(date, time, QTimeZone::utc());
    } else if (match.hasCaptured(8)) {
        const int hours = match.capturedView(9).toInt();
        const int minutes = match.capturedView(10).toInt();
        if (hours > 14 || minutes > 59)
            return {};
        const int offset = (hours * 3600 + minutes * 60) * (match.capturedView(8) == u"-" ? -1 : 1);
        at = QDateTime(date, time, QTimeZone(offset));
    } else {
        at = QDateTime(date, time, QTimeZone::systemTimeZone());
    }
    return at.isValid() ? at.toUTC() : QDateTime();
}

std::optional<QDateTime> CellReader::dateTime(int column, const QString& header, QStringView cell)
{
    if (cell.trimmed().isEmpty())
        return std::nullopt;
    QDateTime at = parseDateTime(cell);
    if (!at.isValid()) {
        problem(column, header,
            QCoreApplication::translate(
                "CellReader", "“%1” is not a date: write it as 2026-11-20 14:03:11 +0100 or 2026-11-20T13:03:11Z.")
                .arg(cell.trimmed().toString()));
        return std::nullopt;
    }
    return at;
}

} // namespace comptoir::io
