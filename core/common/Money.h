#pragma once

#include "common/Result.h"

#include <QLocale>
#include <QString>

#include <array>
#include <compare>
#include <cstdint>

namespace comptoir {

// An ISO 4217 currency code held by value ("EUR"), with the number of minor-unit digits it uses.
class Currency final
{
public:
    constexpr Currency() = default;
    // Returns an invalid currency when the code is not a known ISO 4217 code.
    static Currency fromCode(QStringView code);
    static Currency euro() { return fromCode(u"EUR"); }

    bool isValid() const { return m_code[0] != 0; }
    QString code() const;
    int minorDigits() const { return m_digits; }
    // The symbol a French or English reader expects ("€", "$", "£", "CHF").
    QString symbol() const;

    friend bool operator==(const Currency&, const Currency&) = default;

    // Every currency Comptoir knows, for pickers.
    static QList<Currency> all();

private:
    std::array<char, 3> m_code {};
    int m_digits = 2;
};

enum class Rounding
{
    HalfUp, // 0.5 away from zero: what shops and tax authorities use for VAT per line
    HalfEven, // banker's rounding
    Down, // towards zero
};

// An amount of money in integer minor units (cents) with its currency. Never a floating-point value.
class Money final
{
public:
    Money() = default;
    Money(std::int64_t minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(currency)
    { }

    static Money zero(Currency currency) { return Money(0, currency); }

    std::int64_t minorUnits() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Arithmetic between different currencies is a programming error: it asserts in debug builds
    // and the result keeps the left currency.
    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money operator-() const { return Money(-m_minor, m_currency); }
    Money& operator+=(const Money& other);
    Money& operator-=(const Money& other);
    Money operator*(std::int64_t quantity) const { return Money(m_minor * quantity, m_currency); }

    // this × numerator / denominator, rounded once; e.g. VAT of 20 % is multipliedBy(20, 100).
    Money multipliedBy(std::int64_t numerator, std::int64_t denominator, Rounding rounding = Rounding::HalfUp) const;
    // Splits the amount into parts proportional to the weights; the parts add up to the amount exactly.
    QList<Money> allocate(const QList<std::int64_t>& weights) const;

    friend bool operator==(const Money&, const Money&) = default;
    // Ordering only makes sense within one currency.
    std::strong_ordering operator<=>(const Money& other) const { return m_minor <=> other.m_minor; }

    // Plain decimal with '.' and no grouping ("-1234.50"): for CSV and storage interchange.
    QString toDecimalString() const;
    // Decimal with the locale's separators ("1 234,50" in French) and no currency symbol.
    QString toLocaleDecimalString(const QLocale& locale = QLocale()) const;
    // What the user reads: "1 234,50 €" in French, "€1,234.50" in English.
    QString format(const QLocale& locale = QLocale()) const;

    // Parses "12.5", "12,50", "1 234,56", "-3", "€12.00", "12,00 €" into exact minor units. More
    // decimals than the currency has is an error, never a silent rounding.
    static Result<Money> parse(QStringView text, Currency currency, const QLocale& locale = QLocale::c());

private:
    std::int64_t m_minor = 0;
    Currency m_currency;
};

std::int64_t roundedDivision(std::int64_t numerator, std::int64_t denominator, Rounding rounding);

} // namespace comptoir
