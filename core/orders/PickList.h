#pragma once

#include "common/Result.h"
#include "orders/OrderStatus.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

namespace comptoir::orders {

// One order's share of a pick list row.
struct PickOrder
{
    qint64 orderId = 0;
    QString number;
    qint64 quantity = 0;
};

// Stock of a variant at one location, for the picker to know where to look.
struct PickStock
{
    QString location;
    qint64 onHand = 0;
};

// One thing to take from the shelves: a catalog variant (or an item outside the catalog) with the
// quantity every selected order asks for.
struct PickRow
{
    qint64 variantId = 0; // 0: an item outside the catalog, listed by title
    QString bin;
    QString sku;
    QString title;
    QString barcode;
    qint64 quantity = 0; // for all the orders together
    qint64 onHand = 0; // at all the shop's locations
    QList<PickStock> stock; // locations holding some, in location order
    QList<PickOrder> orders; // oldest order first
};

// What to take from the shelves for a set of orders, every variant once with its total quantity,
// in walking order: by bin ("A-2" before "A-10", variants without a bin last), then SKU. Read in
// two queries whatever the number of orders.
class PickList final
{
public:
    // The variants and custom items of these orders; unknown ids are ignored.
    static Result<PickList> forOrders(const storage::DatabasePtr& database, const QList<qint64>& orderIds);
    // The variants and custom items of every order in one of these statuses.
    static Result<PickList> forStatuses(const storage::DatabasePtr& database, const QList<OrderStatus>& statuses);
    // The orders in one of these statuses, oldest first: what a batch of packing slips prints.
    static Result<QList<qint64>> ordersInStatuses(
        const storage::DatabasePtr& database, const QList<OrderStatus>& statuses);

    // Bins compared as people read them: digits as numbers ("A-2" < "A-10"), letters ignoring case;
    // an empty bin comes after every other.
    static bool binLessThan(const QString& left, const QString& right);

    const QList<PickRow>& rows() const { return m_rows; } // catalog variants, by bin then SKU
    const QList<PickRow>& customItems() const { return m_customItems; } // outside the catalog, by title
    const QList<PickOrder>& orders() const { return m_orders; } // every order on the list, oldest first
    qint64 itemCount() const; // units to pick, custom items included
    bool isEmpty() const { return m_rows.isEmpty() && m_customItems.isEmpty(); }

private:
    static Result<PickList> read(
        const storage::DatabasePtr& database, const QString& condition, const QVariantList& values);

    QList<PickRow> m_rows;
    QList<PickRow> m_customItems;
    QList<PickOrder> m_orders; // quantity: items of that order on the list
};

} // namespace comptoir::orders
