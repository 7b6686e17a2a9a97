#pragma once

#include "io/ImportReport.h"
#include "io/OrderFormat.h"

#include <QString>

namespace comptoir::io {

// What an order import found and did. Problems stop the whole file (nothing is written); warnings
// do not; orders left out (already in the shop, already shipped when those are skipped) are
// listed with their place in the file. A dry run fills the same report without writing.
struct OrderImportReport : ImportProblems
{
    OrderFormat format = OrderFormat::Auto; // as detected or chosen
    QString encoding;
    QChar delimiter;

    qint64 rows = 0; // records read, header and blank lines left out
    ImportProblems warnings; // worth reading, not stopping: totals that do not add up, lines without SKU…
    ImportProblems skipped; // orders not imported, and why

    qint64 ordersCreated = 0; // written, or to be written by a dry run
    qint64 newOrders = 0;
    qint64 paidOrders = 0;
    qint64 shippedOrders = 0; // shipped or delivered, their stock deducted
    qint64 cancelledOrders = 0;
    qint64 linesCreated = 0;
    qint64 ordersPresent = 0; // already in the shop: left as they are
    qint64 shippedSkipped = 0; // already shipped, skipped as asked
    qint64 shortItems = 0; // items paid orders could not reserve
    bool applied = false; // the shop was changed

    // Puts problems, warnings and skipped orders in line order.
    void sortAll();
    // "4 orders created: 1 new, 2 paid, 0 shipped, 1 cancelled; 9 lines. …", translated.
    QString summary() const;
};

} // namespace comptoir::io
