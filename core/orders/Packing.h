#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QString>

namespace comptoir::orders {

// What one scan at the packing station did.
struct PackResult
{
    enum class Outcome
    {
        Counted, // one more of a line; the order is not complete yet
        OrderComplete, // that was the last item
    };
    Outcome outcome = Outcome::Counted;
    qint64 lineId = 0;
    QString sku;
    QString title;
    qint64 packed = 0; // of this line, after the scan
    qint64 quantity = 0; // of this line
    qint64 itemsLeft = 0; // in the whole order
};

// The packing station: each item scanned (EAN or SKU) ticks off one of its line. An item that is
// not in the order, or one more than ordered, is refused and changes nothing. The order is marked
// packed once every line is complete, or earlier with a reason the history keeps. The counts are
// saved as they are scanned, so a packer interrupted finds them again.
class Packing final
{
public:
    explicit Packing(storage::DatabasePtr database);

    // Ticks off one item of the order by its barcode or SKU; the first scan of a paid order starts
    // its preparation. Refused when the order cannot be packed now (on hold, shipped…).
    Result<PackResult> scan(qint64 orderId, const QString& code);
    // Adds `delta` (+1 or −1) to a line by hand: an item without a barcode, or undoing a scan.
    Result<PackResult> count(qint64 orderId, qint64 lineId, int delta);
    // Items still to pack in the order.
    Result<qint64> itemsLeft(qint64 orderId) const;
    // Marks the order packed: refused while items are missing unless `overrideReason` says why.
    Status finish(qint64 orderId, const QString& overrideReason = {});
    // Starts the order's packing again from zero.
    Status reset(qint64 orderId);

private:
    Status checkPackable(qint64 orderId, QString& number) const;
    Result<PackResult> apply(qint64 orderId, qint64 lineId, int delta);

    storage::DatabasePtr m_database;
};

} // namespace comptoir::orders
