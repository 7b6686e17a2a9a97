#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

namespace comptoir::inventory {

// A place where the shop keeps stock, as the merchant sets it up.
struct StockLocation
{
    qint64 id = 0;
    QString name;
    bool sellsOnline = true; // its stock is offered on the website; false: kept for the counter
    bool holdsStock = false; // some variant has stock on hand or reserved here

    friend bool operator==(const StockLocation&, const StockLocation&) = default;
};

// The shop's stock locations (a warehouse and the shop counter to begin with): listed, added,
// renamed, sold online or not, removed while nothing was ever stored there, and the one counter
// sales take stock from. Whatever is refused writes nothing and says why, naming the location.
class Locations final
{
public:
    // Settings-table key of the location counter sales take stock from (a location id).
    static constexpr auto kCounterLocationKey = "stock.counter_location";

    explicit Locations(storage::DatabasePtr database);

    // Every location, oldest first.
    Result<QList<StockLocation>> list() const;
    // The name is trimmed and must be unique, whatever its case. Returns the new location's id.
    Result<qint64> add(const QString& name, bool sellsOnline = true);
    Status rename(qint64 id, const QString& name);
    // At least one location must stay sold online: turning off the last one is refused.
    Status setSellsOnline(qint64 id, bool sellsOnline);
    // Only a location that never had a stock movement, holds no stock, is not used by a purchase
    // order or a stock take, is not the counter location and is not the last one (or the last one
    // sold online).
    Status remove(qint64 id);

    // Where counter sales at the physical shop take stock from: the location chosen, else
    // "Boutique" (id 2) when it exists, else the first location.
    Result<qint64> counterLocation() const;
    Status setCounterLocation(qint64 id);

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::inventory
