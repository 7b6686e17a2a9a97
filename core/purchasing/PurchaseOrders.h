#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace comptoir::purchasing {

// draft → sent → partly received → received, or cancelled before anything arrived.
enum class PurchaseStatus
{
    Draft,
    Sent,
    PartlyReceived,
    Received,
    Cancelled,
};

QString statusKey(PurchaseStatus status);
bool statusFromKey(const QString& key, PurchaseStatus& status);
QString statusLabel(PurchaseStatus status);

struct PurchaseLine
{
    qint64 id = 0;
    qint64 variantId = 0;
    QString sku;
    QString title;
    QString supplierSku;
    QString barcode;
    qint64 quantity = 0; // ordered
    qint64 received = 0;
    Money unitCost;

    qint64 outstanding() const { return quantity > received ? quantity - received : 0; }
    Money total() const { return unitCost * quantity; }
};

struct PurchaseOrder
{
    qint64 id = 0;
    QString number; // PO-000042
    qint64 supplierId = 0;
    QString supplierName;
    QString supplierEmail;
    qint64 locationId = 0; // where the goods arrive
    QString locationName;
    PurchaseStatus status = PurchaseStatus::Draft;
    Currency currency;
    QString note;
    QDate expected; // invalid: not known
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime closedAt;
    QList<PurchaseLine> lines;

    Money total() const;
    qint64 quantity() const;
    qint64 outstanding() const;
    bool isOpen() const;
};

// One row of the purchase-order list.
struct PurchaseOrderSummary
{
    qint64 id = 0;
    QString number;
    QString supplierName;
    PurchaseStatus status = PurchaseStatus::Draft;
    QDateTime createdAt;
    QDate expected;
    qint64 quantity = 0;
    qint64 received = 0;
    Money total;
};

struct OrderedItem
{
    qint64 variantId = 0;
    qint64 quantity = 0;
    std::optional<Money> unitCost; // empty: the variant's current cost
};

struct ReceivedItem
{
    qint64 variantId = 0;
    qint64 quantity = 0;
};

// Purchase orders to suppliers, and receiving them into stock.
class PurchaseOrders final
{
public:
    explicit PurchaseOrders(storage::DatabasePtr database);

    // Open orders (drafts first, then by expected date) or all of them newest first, at most `limit`.
    Result<QList<PurchaseOrderSummary>> list(bool openOnly, int limit = 1000) const;
    Result<PurchaseOrder> load(qint64 id) const;

    // A new draft for one supplier, delivered to a location, expected after the supplier's lead
    // time. Lines for the same variant are added together. Returns the order's id.
    Result<qint64> create(
        qint64 supplierId, qint64 locationId, const QList<OrderedItem>& items, const QString& note = {});
    // Saves the editable parts of a draft or sent order that has not started arriving: note,
    // expected date, location, lines (quantities and costs; lines added and removed).
    Status save(const PurchaseOrder& order);
    Status markSent(qint64 id);
    // Only before anything arrived; after that, close() what will never come.
    Status cancel(qint64 id);
    // Ends a partly received order: what is still outstanding will not come.
    Status close(qint64 id);

    // Receives goods into the order's location in one transaction: a receipt movement per item,
    // the lines' received quantities, the variants' cost (weighted average of the stock on hand and
    // what arrived) and the order's status. Receiving more than is outstanding is refused.
    Status receive(qint64 id, const QList<ReceivedItem>& items, const QString& note = {});
    // The line of a loaded order a scanned code (barcode, SKU or supplier's SKU) belongs to: each
    // scan of a delivery asks, so it reads no database.
    static Result<PurchaseLine> lineForCode(const PurchaseOrder& order, const QString& code);

private:
    Result<PurchaseOrder> loadWith(const QSqlDatabase& db, qint64 id) const;
    // Moves an order to `to` (stamping sent_at or closed_at) when `allowed` says it may.
    Status changeStatus(qint64 id, PurchaseStatus to, const std::function<Status(const PurchaseOrder&)>& allowed);

    storage::DatabasePtr m_database;
};

} // namespace comptoir::purchasing
