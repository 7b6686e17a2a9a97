#include "io/CsvNumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace comptoir::io {

namespace {

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

Error notANumber(QStringView text)
{
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("CsvNumber", "“%1” is not a number.").arg(text.toString()), {}, text.toString());
}

// Digits of one group, checked: a thousands group has exactly three digits.
bool digitsOnly(QStringView part)
{
    if (part.isEmpty())
        return false;
    for (QChar c : part) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

Result<qint64> CsvNumber::parseDecimal(QStringView text, int decimals, bool round)
{
    QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return notANumber(text);
    bool negative = false;
    if (trimmed.front() == u'-' || trimmed.front() == QChar(0x2212) || trimmed.front() == u'+') {
        negative = trimmed.front() != u'+';
        trimmed = trimmed.mid(1).trimmed();
    }
    // Group spaces go first: "1 234,5" is "1234,5". Spaces group the integer part by three digits.
    QString compact;
    compact.reserve(trimmed.size());
    int groupDigits = 0;
    bool spaced = false;
    bool inInteger = true;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (isGroupSpace(c)) {
            if (!inInteger || groupDigits == 0 || groupDigits > 3 || (spaced && groupDigits != 3))
                return notANumber(text);
            spaced = true;
            groupDigits = 0;
            continue;
        }
        if (c.isDigit()) {
            ++groupDigits;
        } else if (inInteger) {
            if (spaced && groupDigits != 3)
                return notANumber(text);
            inInteger = false;
        }
        compact.append(c);
    }
    if (spaced && inInteger && groupDigits != 3)
        return notANumber(text);

    // The decimal separator is the last '.' or ','; the other one, if present, groups thousands.
    const qsizetype lastDot = compact.lastIndexOf(u'.');
    const qsizetype lastComma = compact.lastIndexOf(u',');
    QStringView whole = compact;
    QStringView fraction;
    QChar grouping;
    if (lastDot >= 0 && lastComma >= 0) {
        const qsizetype point = std::max(lastDot, lastComma);
        whole = QStringView(compact).left(point);
        fraction = QStringView(compact).mid(point + 1);
        grouping = compact.at(point) == u'.' ? QLatin1Char(',') : QLatin1Char('.');
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar separator = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        if (compact.count(separator) > 1) {
            grouping = separator; // "1,234,567": groups only
        } else {
            const qsizetype point = std::max(lastDot, lastComma);
            whole = QStringView(compact).left(point);
            fraction = QStringView(compact).mid(point + 1);
        }
    }
    if (!fraction.isNull() && !digitsOnly(fraction))
        return notANumber(text);
    QString digits;
    if (grouping.isNull()) {
        if (whole.isEmpty() && !fraction.isEmpty())
            whole = u"0"; // ".5"
        if (!digitsOnly(whole))
            return notANumber(text);
        digits = whole.toString();
    } else {
        const auto groups = whole.split(grouping);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QStringView group = groups.at(i);
            if (!digitsOnly(group) || (i == 0 ? group.size() > 3 : group.size() != 3))
                return notANumber(text);
            digits += group;
        }
    }
    if (digits.size() > 15)
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("CsvNumber", "“%1” is too large.").arg(text.toString()), {}, text.toString());

    qint64 value = digits.toLongLong();
    for (int i = 0; i < decimals; ++i)
        value *= 10;
    const QStringView kept = fraction.left(decimals);
    qint64 fractionValue = 0;
    for (QChar c : kept)
        fractionValue = fractionValue * 10 + (c.unicode() - u'0');
    for (qsizetype i = kept.size(); i < decimals; ++i)
        fractionValue *= 10;
    value += fractionValue;
    const QStringView extra = fraction.mid(decimals);
    bool extraDigits = false;
    for (QChar c : extra)
        extraDigits = extraDigits || c != u'0';
    if (extraDigits) {
        if (!round)
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("CsvNumber", "“%1” has more than %n decimal(s).", nullptr, decimals)
                    .arg(text.toString()),
                {}, text.toString());
        if (extra.front() >= u'5')
            ++value;
    }
    return negative ? -value : value;
}

Result<Money> CsvNumber::parseMoney(QStringView text, Currency currency)
{
    auto minor = parseDecimal(text, currency.minorDigits());
    if (!minor)
        return minor.error();
    return Money(*minor, currency);
}

qsizetype CsvNumber::formatDecimal(char16_t* out, qint64 scaled, int decimals, QChar point, bool trimZeros)
{
    // Written from the last digit back, then moved to the front: exports call this for every amount.
    char16_t buffer[kMaxDecimalSize];
    qsizetype at = kMaxDecimalSize;
    quint64 magnitude = scaled < 0 ? 0 - quint64(scaled) : quint64(scaled);
    bool significant = !trimZeros;
    for (int i = 0; i < decimals && at > 24; ++i) {
        const auto digit = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
        if (digit != u'0')
            significant = true;
        if (significant)
            buffer[--at] = digit;
    }
    if (at < kMaxDecimalSize)
        buffer[--at] = point.unicode();
    do {
        buffer[--at] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (scaled < 0)
        buffer[--at] = u'-';
    const qsizetype size = kMaxDecimalSize - at;
    std::copy(buffer + at, buffer + kMaxDecimalSize, out);
    return size;
}

QString CsvNumber::formatDecimal(qint64 scaled, int decimals, QChar point, bool trimZeros)
{
    char16_t buffer[kMaxDecimalSize];
    const qsizetype size = formatDecimal(buffer, scaled, decimals, point, trimZeros);
    return QString(reinterpret_cast<const QChar*>(buffer), size);
}

QString CsvNumber::formatMoney(const Money& money, QChar point)
{
    return formatDecimal(money.minorUnits(), money.currency().minorDigits(), point);
}

} // namespace comptoir::io
