#include "catalog/Gtin.h"

#include <QCoreApplication>

namespace comptoir::catalog {

int Gtin::checkDigit(QStringView digits)
{
    // GS1: from the right, weights 3, 1, 3, 1…
    int sum = 0;
    bool three = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += digits.at(i).digitValue() * (three ? 3 : 1);
        three = !three;
    }
    return (10 - sum % 10) % 10;
}

bool Gtin::isValid(QStringView code)
{
    return !code.isEmpty() && problem(code).isEmpty();
}

QString Gtin::problem(QStringView code)
{
    if (code.isEmpty())
        return {};
    for (QChar c : code) {
        if (!c.isDigit() || c.unicode() > '9')
            return QCoreApplication::translate("Gtin", "A barcode has digits only; “%1” has other characters.")
                .arg(code.toString());
    }
    const auto length = code.size();
    if (length != 8 && length != 12 && length != 13 && length != 14)
        return QCoreApplication::translate("Gtin", "A barcode has 8, 12, 13 or 14 digits; “%1” has %2.")
            .arg(code.toString())
            .arg(length);
    const int expected = checkDigit(code.left(length - 1));
    if (code.at(length - 1).digitValue() != expected)
        return QCoreApplication::translate("Gtin", "The last digit of “%1” should be %2: check for a typo.")
            .arg(code.toString())
            .arg(expected);
    return {};
}

} // namespace comptoir::catalog
