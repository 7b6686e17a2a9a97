#include "common/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdlib>

namespace comptoir {

namespace {

struct CurrencyInfo
{
    const char* code;
    int digits;
    const char16_t* symbol;
};

// ISO 4217 currencies a European small shop meets; minor digits per the standard.
constexpr CurrencyInfo kCurrencies[] = {
    {"EUR", 2, u"€"},
    {"USD", 2, u"$"},
    {"GBP", 2, u"£"},
    {"CHF", 2, u"CHF"},
    {"CAD", 2, u"CA$"},
    {"AUD", 2, u"A$"},
    {"JPY", 0, u"¥"},
    {"SEK", 2, u"kr"},
    {"DKK", 2, u"kr"},
    {"NOK", 2, u"kr"},
    {"PLN", 2, u"zł"},
    {"CZK", 2, u"Kč"},
    {"HUF", 2, u"Ft"},
    {"RON", 2, u"lei"},
    {"BGN", 2, u"лв"},
    {"MAD", 2, u"MAD"},
    {"TND", 3, u"DT"},
    {"XPF", 0, u"F"},
    {"CNY", 2, u"¥"},
    {"KWD", 3, u"KD"},
};

const CurrencyInfo* findCurrency(const std::array<char, 3>& code)
{
    for (const auto& info : kCurrencies) {
        if (info.code[0] == code[0] && info.code[1] == code[1] && info.code[2] == code[2])
            return &info;
    }
    return nullptr;
}

#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 Wide; // exact a × b / c for any int64 a, b
#else
using Wide = long long; // MSVC: amounts × factors stay far below 2^63 in practice
#endif

std::int64_t pow10(int digits)
{
    std::int64_t value = 1;
    for (int i = 0; i < digits; ++i)
        value *= 10;
    return value;
}

} // namespace

Currency Currency::fromCode(QStringView code)
{
    Currency currency;
    if (code.size() != 3)
        return currency;
    std::array<char, 3> raw {};
    for (int i = 0; i < 3; ++i)
        raw[i] = static_cast<char>(code[i].toUpper().toLatin1());
    if (const auto* info = findCurrency(raw)) {
        currency.m_code = raw;
        currency.m_digits = info->digits;
    }
    return currency;
}

QString Currency::code() const
{
    if (!isValid())
        return {};
    return QString::fromLatin1(m_code.data(), 3);
}

QString Currency::symbol() const
{
    if (const auto* info = findCurrency(m_code))
        return QString::fromUtf16(info->symbol);
    return code();
}

QList<Currency> Currency::all()
{
    QList<Currency> list;
    for (const auto& info : kCurrencies)
        list.append(fromCode(QString::fromLatin1(info.code)));
    return list;
}

std::int64_t roundedDivision(std::int64_t numerator, std::int64_t denominator, Rounding rounding)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const std::int64_t quotient = numerator / denominator; // truncates towards zero
    const std::int64_t remainder = numerator % denominator;
    if (remainder == 0 || rounding == Rounding::Down)
        return quotient;
    const std::int64_t twice = std::llabs(remainder) * 2;
    const std::int64_t away = numerator < 0 ? quotient - 1 : quotient + 1;
    if (twice > denominator)
        return away;
    if (twice < denominator)
        return quotient;
    if (rounding == Rounding::HalfUp)
        return away;
    return (quotient % 2 == 0) ? quotient : away; // HalfEven
}

Money Money::operator+(const Money& other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money& other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor - other.m_minor, m_currency);
}

Money& Money::operator+=(const Money& other)
{
    *this = *this + other;
    return *this;
}

Money& Money::operator-=(const Money& other)
{
    *this = *this - other;
    return *this;
}

Money Money::multipliedBy(std::int64_t numerator, std::int64_t denominator, Rounding rounding) const
{
    // A wide product keeps large amounts × large factors exact before the single rounding step.
    const Wide product = static_cast<Wide>(m_minor) * numerator;
    if (product > INT64_MAX || product < INT64_MIN)
        return Money(static_cast<std::int64_t>(product / denominator), m_currency);
    return Money(roundedDivision(static_cast<std::int64_t>(product), denominator, rounding), m_currency);
}

QList<Money> Money::allocate(const QList<std::int64_t>& weights) const
{
    QList<Money> parts;
    std::int64_t total = 0;
    for (auto w : weights)
        total += w;
    if (weights.isEmpty())
        return parts;
    if (total == 0) {
        parts.append(*this);
        for (int i = 1; i < weights.size(); ++i)
            parts.append(Money::zero(m_currency));
        return parts;
    }
    std::int64_t given = 0;
    for (auto w : weights) {
        const std::int64_t share = static_cast<std::int64_t>(static_cast<Wide>(m_minor) * w / total);
        parts.append(Money(share, m_currency));
        given += share;
    }
    // Hand out the remaining minor units one by one, first parts first.
    std::int64_t left = m_minor - given;
    const std::int64_t step = left < 0 ? -1 : 1;
    for (int i = 0; left != 0; i = (i + 1) % parts.size()) {
        if (weights[i] == 0)
            continue;
        parts[i] = Money(parts[i].minorUnits() + step, m_currency);
        left -= step;
    }
    return parts;
}

static QString decimalString(std::int64_t minor, int digits, QChar point, const QLocale* grouping)
{
    const bool negative = minor < 0;
    const std::uint64_t magnitude
        = negative ? (0 - static_cast<std::uint64_t>(minor)) : static_cast<std::uint64_t>(minor);
    const std::uint64_t scale = static_cast<std::uint64_t>(pow10(digits));
    const std::uint64_t major = magnitude / scale;
    const std::uint64_t fraction = magnitude % scale;
    QString text = grouping ? grouping->toString(static_cast<qulonglong>(major)) : QString::number(major);
    if (digits > 0)
        text += point + QString::number(fraction).rightJustified(digits, QLatin1Char('0'));
    if (negative)
        text.prepend(QLatin1Char('-'));
    return text;
}

QString Money::toDecimalString() const
{
    return decimalString(m_minor, m_currency.minorDigits(), QLatin1Char('.'), nullptr);
}

QString Money::toLocaleDecimalString(const QLocale& locale) const
{
    QString text = decimalString(
        m_minor < 0 ? -m_minor : m_minor, m_currency.minorDigits(), locale.decimalPoint().at(0), &locale);
    if (m_minor < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString Money::format(const QLocale& locale) const
{
    // Ask the locale where its symbol goes by formatting a unit amount, then put the exact decimal
    // digits in place of that unit: no double ever carries the amount. Negative amounts always get
    // a leading minus sign, never accounting parentheses, which read badly in a back office.
    const QString symbol = m_currency.symbol();
    const QString pattern = locale.toCurrencyString(qlonglong(1), symbol);
    const QString unit = locale.toString(1);
    const qsizetype at = pattern.indexOf(unit);
    const QString digits = decimalString(
        m_minor < 0 ? -m_minor : m_minor, m_currency.minorDigits(), locale.decimalPoint().at(0), &locale);
    QString text = pattern;
    if (at < 0)
        text = digits + QLatin1Char(' ') + symbol;
    else
        text.replace(at, unit.size(), digits);
    if (m_minor < 0)
        text.prepend(locale.negativeSign());
    return text;
}

Result<Money> Money::parse(QStringView text, Currency currency, const QLocale& locale)
{
    auto invalid = [&](const QString& why) { return Error(Error::Code::InvalidInput, why, {}, text.toString()); };
    if (!currency.isValid())
        return invalid(QCoreApplication::translate("Money", "unknown currency"));

    QString cleaned;
    cleaned.reserve(text.size());
    bool negative = false;
    bool seenDigit = false;
    for (QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',')) {
            cleaned.append(c);
            if (c.isDigit())
                seenDigit = true;
        } else if ((c == QLatin1Char('-') || c == QChar(0x2212)) && !seenDigit && !negative) {
            negative = true;
        } else if (c == QLatin1Char('+') && !seenDigit) {
            continue;
        } else if (c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0) || c == QLatin1Char('\'')) {
            continue; // grouping spaces (French uses narrow no-break spaces), Swiss apostrophes
        } else if (c.isLetter() || c.category() == QChar::Symbol_Currency) {
            continue; // currency symbol or code written next to the amount
        } else {
            return invalid(QCoreApplication::translate("Money", "“%1” is not an amount").arg(text.toString()));
        }
    }
    if (!seenDigit)
        return invalid(QCoreApplication::translate("Money", "“%1” is not an amount").arg(text.toString()));

    // The decimal separator is the last '.' or ',' when it is followed by 1 to minorDigits digits and
    // is not the locale's grouping separator followed by exactly three digits.
    const qsizetype lastDot = cleaned.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = cleaned.lastIndexOf(QLatin1Char(','));
    qsizetype point = std::max(lastDot, lastComma);
    if (point >= 0) {
        const qsizetype decimals = cleaned.size() - point - 1;
        const QChar sep = cleaned.at(point);
        const bool otherSeparatorPresent = (sep == QLatin1Char('.') ? lastComma : lastDot) >= 0;
        const bool looksLikeGrouping = decimals == 3 && !otherSeparatorPresent && locale.groupSeparator() == sep
            && cleaned.count(sep) >= 1 && currency.minorDigits() != 3;
        if (looksLikeGrouping)
            point = -1;
    }
    QString integerPart = point >= 0 ? cleaned.left(point) : cleaned;
    const QString fractionPart = point >= 0 ? cleaned.mid(point + 1) : QString();
    // Whatever separators remain in the integer part group thousands: one kind, groups of three.
    const QChar decimalSeparator = point >= 0 ? cleaned.at(point) : QChar();
    if (!decimalSeparator.isNull() && integerPart.contains(decimalSeparator))
        return invalid(QCoreApplication::translate("Money", "“%1” is not an amount").arg(text.toString()));
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([.,]\\d{3})*$"));
    if ((integerPart.contains(QLatin1Char('.')) || integerPart.contains(QLatin1Char(',')))
        && (!grouped.match(integerPart).hasMatch()
            || (integerPart.contains(QLatin1Char('.')) && integerPart.contains(QLatin1Char(',')))))
        return invalid(QCoreApplication::translate("Money", "“%1” is not an amount").arg(text.toString()));
    integerPart.remove(QLatin1Char('.'));
    integerPart.remove(QLatin1Char(','));
    if (fractionPart.size() > currency.minorDigits())
        return invalid(QCoreApplication::translate("Money", "“%1” has more decimals than %2 allows (%3)")
                           .arg(text.toString(), currency.code())
                           .arg(currency.minorDigits()));
    if (integerPart.size() > 15)
        return invalid(QCoreApplication::translate("Money", "“%1” is too large").arg(text.toString()));

    std::int64_t major = integerPart.isEmpty() ? 0 : integerPart.toLongLong();
    std::int64_t minor = fractionPart.isEmpty() ? 0 : fractionPart.toLongLong();
    for (qsizetype i = fractionPart.size(); i < currency.minorDigits(); ++i)
        minor *= 10;
    std::int64_t total = major * pow10(currency.minorDigits()) + minor;
    return Money(negative ? -total : total, currency);
}

} // namespace comptoir
