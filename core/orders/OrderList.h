#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "orders/OrderStatus.h"
#include "storage/Database.h"
#include "storage/KeysetQuery.h"

#include <QDate>
#include <QList>

#include <optional>

namespace comptoir::orders {

struct OrderListRow
{
    qint64 id = 0;
    QString number;
    QDateTime placedAt; // UTC
    QString customer;
    OrderStatus status = OrderStatus::New;
    Channel channel = Channel::Website;
    int itemCount = 0;
    Money total;
    QString shipCountry;
    qint64 shortItems = 0; // items an open order still lacks in stock
};

// All orders as a sorted, filtered list read page by page (keyset paging).
class OrderList final
{
public:
    enum class Sort
    {
        Number,
        Date,
        Customer,
        Status,
        Items,
        Total,
        Channel,
    };

    // The status chips of the Orders page.
    enum class StatusFilter
    {
        All,
        ToPrepare, // paid or being prepared
        ReadyToShip, // packed
        OnHold,
        Problem, // open orders that lack stock
        Shipped, // shipped or delivered
    };

    explicit OrderList(storage::DatabasePtr database);

    void setStatusFilter(StatusFilter filter) { m_statusFilter = filter; }
    StatusFilter statusFilter() const { return m_statusFilter; }
    // Local calendar days, both included; an invalid date leaves that side open.
    void setDateRange(QDate from, QDate to)
    {
        m_from = from;
        m_to = to;
    }
    // Only orders from this channel; std::nullopt: every channel.
    void setChannel(std::optional<Channel> channel) { m_channel = channel; }
    // Matches the start of the order number, customer name, e-mail or a parcel's tracking number.
    void setText(const QString& text) { m_text = text.trimmed(); }
    void setSort(Sort sort, Qt::SortOrder order)
    {
        m_sort = sort;
        m_order = order;
    }

    Result<QList<OrderListRow>> fetch(int limit, QVariantList& cursor) const;
    Result<qint64> count() const;

private:
    storage::KeysetQuery::Spec spec() const;

    storage::DatabasePtr m_database;
    StatusFilter m_statusFilter = StatusFilter::All;
    QDate m_from, m_to;
    QString m_text;
    std::optional<Channel> m_channel;
    Sort m_sort = Sort::Date;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace comptoir::orders
