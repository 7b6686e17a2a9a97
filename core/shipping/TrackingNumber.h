#pragma once

#include <QString>

namespace comptoir::shipping {

// The check digits carriers put in their tracking numbers.
enum class CheckDigit
{
    None,
    S10, // UPU S10 (international postal items, Chronopost): 2 letters, 8 digits, check digit, country
    Ups, // 1Z + 15 characters + check digit
    Mod7, // DHL Express waybills: the number without its last digit, modulo 7
    Mod37_36, // ISO 7064 MOD 37,36 (DPD's 28-character barcode)
};

namespace tracking {

// What a person types or a scanner sends, as carriers print it: upper case, without spaces, dashes
// or dots.
QString normalized(const QString& number);

bool checkDigitValid(CheckDigit check, const QString& normalizedNumber);
QString checkDigitKey(CheckDigit check);
bool checkDigitFromKey(const QString& key, CheckDigit& check);

} // namespace tracking

} // namespace comptoir::shipping
