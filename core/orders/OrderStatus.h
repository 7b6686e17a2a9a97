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
// Whether an order in `status` holds stock: paid and not yet shipped, or held from there.
bool holdsStock(OrderStatus status, OrderStatus heldFrom);
// The moves a user makes with changeStatus (hold, release, ship and cancel included).
bool isLegalMove(OrderStatus from, OrderStatus to, OrderStatus heldFrom);

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
