#pragma once

#include <QString>

namespace comptoir::catalog {

// Barcodes printed on products: GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14, all
// ending with a GS1 check digit.
class Gtin final
{
public:
    // The check digit for the digits before it (any length).
    static int checkDigit(QStringView digitsWithoutCheck);
    // True for 8, 12, 13 or 14 digits whose last digit is the right check digit.
    static bool isValid(QStringView code);
    // What is wrong with a code, for a message ("" when it is valid or empty).
    static QString problem(QStringView code);
};

} // namespace comptoir::catalog
