#pragma once

#include <QList>
#include <QString>

namespace comptoir::orders {

// Where an order stands, as stored in orders.status.
enum class OrderStatus
{
    New,
    Paid,
    Preparing,
    Packed,
    Shipped,
    Delivered,
    OnHold,
    Cancelled,
    Returned,
};

QString statusKey(OrderStatus status); // "on_hold"
bool statusFromKey(const QString& key, OrderStatus& status);
QString statusLabel(OrderStatus status); // translated: "On hold"
QList<OrderStatus> allStatuses();

enum class Channel
{
    Website,
    Counter,
    Marketplace,
    Phone,
};

QString channelKey(Channel channel);
bool channelFromKey(const QString& key, Channel& channel);
QString channelLabel(Channel channel);

} // namespace comptoir::orders
