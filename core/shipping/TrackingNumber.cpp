#include "shipping/TrackingNumber.h"

#include "common/EnumNames.h"

namespace comptoir::shipping::tracking {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

// UPU S10: AA 12345678 C FR; weights 8 6 4 2 3 5 9 7 on the serial.
bool s10(const QString& n)
{
    if (n.size() != 13 || !isLetter(n[0]) || !isLetter(n[1]) || !isLetter(n[11]) || !isLetter(n[12]))
        return false;
    static constexpr int kWeights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        if (!isDigit(n[2 + i]))
            return false;
        sum += (n[2 + i].unicode() - '0') * kWeights[i];
    }
    if (!isDigit(n[10]))
        return false;
    int check = 11 - sum % 11;
    if (check == 10)
        check = 0;
    else if (check == 11)
        check = 5;
    return n[10].unicode() - '0' == check;
}

// UPS: 1Z + 6 shipper + 2 service + 7 package + check; letters count (ASCII − 63) mod 10.
bool ups(const QString& n)
{
    if (n.size() != 18 || !n.startsWith(QLatin1String("1Z")))
        return false;
    int sum = 0;
    for (int i = 2; i < 17; ++i) {
        const QChar c = n[i];
        int value = 0;
        if (isDigit(c))
            value = c.unicode() - '0';
        else if (isLetter(c))
            value = (c.unicode() - 63) % 10;
        else
            return false;
        sum += (i - 2) % 2 == 1 ? 2 * value : value;
    }
    return isDigit(n[17]) && n[17].unicode() - '0' == (10 - sum % 10) % 10;
}

// DHL Express: the digits before the last, as a number, modulo 7.
bool mod7(const QString& n)
{
    if (n.size() < 2 || n.size() > 18)
        return false;
    qint64 value = 0;
    for (int i = 0; i + 1 < n.size(); ++i) {
        if (!isDigit(n[i]))
            return false;
        value = value * 10 + (n[i].unicode() - '0');
    }
    return isDigit(n.back()) && value % 7 == n.back().unicode() - '0';
}

// ISO 7064 MOD 37,36 (hybrid system): characters 0–9 A–Z, the last one the check character.
bool mod37_36(const QString& n)
{
    if (n.size() < 2)
        return false;
    const auto value = [](QChar c) {
        return isDigit(c) ? c.unicode() - '0' : isLetter(c) ? c.unicode() - 'A' + 10 : -1;
    };
    int product = 36;
    for (int i = 0; i + 1 < n.size(); ++i) {
        const int v = value(n[i]);
        if (v < 0)
            return false;
        int sum = (product + v) % 36;
        if (sum == 0)
            sum = 36;
        product = (sum * 2) % 37;
    }
    const int check = (37 - product) % 36;
    return value(n.back()) == check;
}

} // namespace

QString normalized(const QString& number)
{
    QString out;
    out.reserve(number.size());
    for (const QChar c : number) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/'))
            continue;
        out.append(c.toUpper());
    }
    return out;
}

bool checkDigitValid(CheckDigit check, const QString& n)
{
    switch (check) {
    case CheckDigit::None:
        return true;
    case CheckDigit::S10:
        return s10(n);
    case CheckDigit::Ups:
        return ups(n);
    case CheckDigit::Mod7:
        return mod7(n);
    case CheckDigit::Mod37_36:
        return mod37_36(n);
    }
    return false;
}

namespace {

constexpr EnumName<CheckDigit> kCheckKeys[] = {
    {CheckDigit::None, "none", ""},
    {CheckDigit::S10, "s10", ""},
    {CheckDigit::Ups, "ups", ""},
    {CheckDigit::Mod7, "mod7", ""},
    {CheckDigit::Mod37_36, "mod37-36", ""},
};

} // namespace

QString checkDigitKey(CheckDigit check)
{
    return enumKey(kCheckKeys, check);
}

bool checkDigitFromKey(const QString& key, CheckDigit& check)
{
    return enumFromKey(kCheckKeys, key, check);
}

} // namespace comptoir::shipping::tracking
