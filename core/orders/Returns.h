#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir::orders {

enum class ReturnReason
{
    TooSmall,
    TooLarge,
    Damaged,
    NotAsDescribed,
    ChangedMind,
    WrongItem,
    Other,
};
QString returnReasonKey(ReturnReason reason);
bool returnReasonFromKey(const QString& key, ReturnReason& reason);
QString returnReasonLabel(ReturnReason reason);
QList<ReturnReason> allReturnReasons();

// open → received (each line restocked or written off, refund recorded) → closed; or cancelled
// while still open.
enum class ReturnStatus
{
    Open,
    Received,
    Closed,
    Cancelled,
};
QString returnStatusKey(ReturnStatus status);
bool returnStatusFromKey(const QString& key, ReturnStatus& status);
QString returnStatusLabel(ReturnStatus status);

enum class ReturnDecision
{
    Restock, // back on the shelf: a return movement
    WriteOff, // not sellable: a return movement then a damage movement, so the ledger tells both
};

struct ReturnLine
{
    qint64 id = 0;
    qint64 orderLineId = 0;
    qint64 variantId = 0; // 0: an item outside the catalog
    QString sku;
    QString title;
    qint64 quantity = 0;
    ReturnReason reason = ReturnReason::Other;
    std::optional<ReturnDecision> decision; // once received
    qint64 locationId = 0; // where it was received
};

struct Return
{
    qint64 id = 0;
    QString number; // R-1001
    qint64 orderId = 0;
    QString orderNumber;
    QString customer;
    ReturnStatus status = ReturnStatus::Open;
    QString note;
    Money refund;
    QDateTime createdAt, receivedAt, closedAt; // UTC
    QList<ReturnLine> lines;

    qint64 itemCount() const;
};

// What to do with one line when the parcel comes back.
struct ReturnReceipt
{
    qint64 lineId = 0;
    ReturnDecision decision = ReturnDecision::Restock;
    qint64 locationId = 0; // 0: the shop's first location
};

// Returns (RMA) of shipped orders. Opening one checks that no more comes back than was shipped
// (counting the other returns); receiving writes the stock movements and the refund in one
// transaction; an order whose every item came back becomes "returned". Each step is in the
// order's history.
class Returns final
{
public:
    explicit Returns(storage::DatabasePtr database);

    // Lines name the order line, the quantity and the reason. Returns the return's id.
    Result<qint64> open(qint64 orderId, const QList<ReturnLine>& lines, const QString& note = {});
    Result<Return> load(qint64 returnId) const;
    // The return with this number ("R-1001", "r-1001" or just "1001"); 0 when there is none.
    Result<qint64> idForNumber(const QString& number) const;
    Result<QList<Return>> forOrder(qint64 orderId) const;
    // The newest first, `limit` at most; std::nullopt: every status.
    Result<QList<Return>> list(std::optional<ReturnStatus> status, int limit = 500) const;
    // How many of each order line can still be returned (shipped minus open or received returns).
    Result<QHash<qint64, qint64>> returnable(qint64 orderId) const;

    Status receive(qint64 returnId, const QList<ReturnReceipt>& receipts, const Money& refund);
    Status close(qint64 returnId);
    Status cancel(qint64 returnId);

private:
    Result<QList<Return>> query(const QString& where, const QVariantList& values, int limit) const;

    storage::DatabasePtr m_database;
};

} // namespace comptoir::orders
