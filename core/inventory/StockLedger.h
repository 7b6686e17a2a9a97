#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir::inventory {

// Why stock changed: the reasons of the append-only stock_movements ledger.
enum class MovementReason
{
    Receipt, // goods arrived from a supplier
    Sale, // sold and shipped, or sold at the counter
    Return, // a customer sent it back and it went back on the shelf
    Adjustment, // a correction with a note saying why
    Count, // a stock count found a different quantity
    Transfer, // moved between two locations (two movements)
    Damage, // broken, lost or stolen: written off
};

QString reasonKey(MovementReason reason);
bool reasonFromKey(const QString& key, MovementReason& reason);
QString reasonLabel(MovementReason reason);
QList<MovementReason> allReasons();

struct Location
{
    qint64 id = 0;
    QString name;
};

// What one variant has in one location.
struct StockLevel
{
    qint64 locationId = 0;
    QString location;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available() const { return onHand - reserved; }
};

struct Movement
{
    qint64 id = 0;
    qint64 variantId = 0;
    qint64 locationId = 0;
    QString location;
    qint64 quantity = 0; // signed: + in, − out
    MovementReason reason = MovementReason::Adjustment;
    QString note;
    QString reference;
    QString user;
    QDateTime at; // UTC
};

// The only way stock changes: each change is a movement in the ledger, and the stock levels (per
// location and the variant's totals) move with it in the same transaction. Many counts at once,
// inside a caller's transaction (a catalog import), go through StockCounts, under the same rules.
class StockLedger final
{
public:
    explicit StockLedger(storage::DatabasePtr database);

    Result<QList<Location>> locations() const;
    Result<QList<StockLevel>> levels(qint64 variantId) const;
    // Newest first, `limit` at a time; pass the last id seen to read older ones.
    Result<QList<Movement>> history(qint64 variantId, int limit, qint64 beforeId = 0) const;

    // Adds `quantity` (negative to remove) at a location. Refused, with nothing written, when the
    // variant or location does not exist, the quantity is zero, stock would fall below what is
    // reserved or below zero, or an adjustment or damage comes without a note saying why.
    // Returns the id of the movement.
    Result<qint64> record(qint64 variantId, qint64 locationId, qint64 quantity, MovementReason reason,
        const QString& note, const QString& reference = {});
    // Sets the on-hand quantity found by counting; records the difference as a count movement (none
    // when the count matches). Returns the difference.
    Result<qint64> count(qint64 variantId, qint64 locationId, qint64 counted, const QString& note = {});
    // Moves stock between two locations: two transfer movements in one transaction.
    Status transfer(
        qint64 variantId, qint64 fromLocation, qint64 toLocation, qint64 quantity, const QString& note = {});

    // record() for services that write stock together with their own rows (receiving a purchase
    // order, applying a stock take, importing): the caller's transaction, proof that one is open,
    // commits or rolls back everything at once. `at`: when it happened, for a movement recorded after
    // the fact (an order imported as shipped last month sells on its shipping day); never later than now.
    Result<qint64> recordWithin(const storage::Transaction& transaction, qint64 variantId, qint64 locationId,
        qint64 quantity, MovementReason reason, const QString& note, const QString& reference = {},
        const QDateTime& at = {});

    // Holds (`quantity` > 0) or lets go of (`quantity` < 0) stock for open orders at a location, in the
    // caller's transaction: stock_levels.reserved and the variant's total move together. Refused when
    // fewer than `quantity` are available (on hand − reserved) or more would be let go than is held.
    Status reserveWithin(const storage::Transaction& transaction, qint64 variantId, qint64 locationId, qint64 quantity);

    // The name recorded with each movement: the operating-system user.
    static QString currentUser();

private:
    Result<qint64> apply(qint64 variantId, qint64 locationId, qint64 quantity, MovementReason reason,
        const QString& note, const QString& reference, const QDateTime& at = {});

    storage::DatabasePtr m_database;
};

} // namespace comptoir::inventory
