#pragma once

#include "orders/Order.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace comptoir::io {

// What one line of an order file says, in Comptoir's terms, whatever the file's format: one line
// of an order, found by its number; the first line of an order also carries the order's own fields.
struct OrderImportRow
{
    qint64 line = 0;
    QString number; // lines with the same number are one order
    bool orderFields = false; // `order` and `fileTotal` were read from this line

    // The order's own fields (no lines); its status as Comptoir maps the file's.
    orders::Order order;
    std::optional<qint64> fileTotal; // what the file says the order came to, in minor units

    // The order line.
    QString sku; // empty: an item outside the catalog (a tip, a custom item)
    QString title;
    std::optional<qint64> quantity;
    std::optional<qint64> unitPriceMinor; // taxes included
    std::optional<int> vatRateBp; // empty: the product's rate
    std::optional<qint64> paidMinor; // what the line came to after its own discounts, taxes included

    // Things worth knowing that do not stop the import: (1-based column, message).
    QList<std::pair<int, QString>> warnings;
};

} // namespace comptoir::io
