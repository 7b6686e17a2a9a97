#include "orders/OrderStatus.h"

#include <QCoreApplication>

namespace comptoir::orders {

namespace {
struct StatusName
{
    OrderStatus status;
    const char* key;
    const char* label;
};
constexpr StatusName kStatuses[] = {
    {OrderStatus::New, "new", QT_TRANSLATE_NOOP("OrderStatus", "New")},
    {OrderStatus::Paid, "paid", QT_TRANSLATE_NOOP("OrderStatus", "Paid")},
    {OrderStatus::Preparing, "preparing", QT_TRANSLATE_NOOP("OrderStatus", "Preparing")},
    {OrderStatus::Packed, "packed", QT_TRANSLATE_NOOP("OrderStatus", "Packed")},
    {OrderStatus::Shipped, "shipped", QT_TRANSLATE_NOOP("OrderStatus", "Shipped")},
    {OrderStatus::Delivered, "delivered", QT_TRANSLATE_NOOP("OrderStatus", "Delivered")},
    {OrderStatus::OnHold, "on_hold", QT_TRANSLATE_NOOP("OrderStatus", "On hold")},
    {OrderStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("OrderStatus", "Cancelled")},
    {OrderStatus::Returned, "returned", QT_TRANSLATE_NOOP("OrderStatus", "Returned")},
};
struct ChannelName
{
    Channel channel;
    const char* key;
    const char* label;
};
constexpr ChannelName kChannels[] = {
    {Channel::Website, "website", QT_TRANSLATE_NOOP("OrderStatus", "Website")},
    {Channel::Counter, "counter", QT_TRANSLATE_NOOP("OrderStatus", "Shop counter")},
    {Channel::Marketplace, "marketplace", QT_TRANSLATE_NOOP("OrderStatus", "Marketplace")},
    {Channel::Phone, "phone", QT_TRANSLATE_NOOP("OrderStatus", "Phone or e-mail")},
};
} // namespace

QString statusKey(OrderStatus status)
{
    for (const auto& s : kStatuses)
        if (s.status == status)
            return QString::fromLatin1(s.key);
    return {};
}

bool statusFromKey(const QString& key, OrderStatus& status)
{
    for (const auto& s : kStatuses) {
        if (key == QLatin1String(s.key)) {
            status = s.status;
            return true;
        }
    }
    return false;
}

QString statusLabel(OrderStatus status)
{
    for (const auto& s : kStatuses)
        if (s.status == status)
            return QCoreApplication::translate("OrderStatus", s.label);
    return {};
}

QList<OrderStatus> allStatuses()
{
    QList<OrderStatus> list;
    for (const auto& s : kStatuses)
        list << s.status;
    return list;
}

bool holdsStock(OrderStatus status, OrderStatus heldFrom)
{
    switch (status) {
    case OrderStatus::Paid:
    case OrderStatus::Preparing:
    case OrderStatus::Packed:
        return true;
    case OrderStatus::OnHold:
        return heldFrom != OrderStatus::OnHold && holdsStock(heldFrom, OrderStatus::New);
    default:
        return false;
    }
}

bool isLegalMove(OrderStatus from, OrderStatus to, OrderStatus heldFrom)
{
    using S = OrderStatus;
    switch (from) {
    case S::New:
        return to == S::Paid || to == S::OnHold || to == S::Cancelled;
    case S::Paid:
        return to == S::Preparing || to == S::Packed || to == S::Shipped || to == S::OnHold || to == S::Cancelled;
    case S::Preparing:
        return to == S::Paid || to == S::Packed || to == S::Shipped || to == S::OnHold || to == S::Cancelled;
    case S::Packed:
        return to == S::Preparing || to == S::Shipped || to == S::OnHold || to == S::Cancelled;
    case S::Shipped:
        return to == S::Delivered;
    case S::OnHold:
        return (to == heldFrom && to != S::OnHold) || to == S::Cancelled;
    case S::Delivered:
    case S::Cancelled:
    case S::Returned:
        return false;
    }
    return false;
}

QString channelKey(Channel channel)
{
    for (const auto& c : kChannels)
        if (c.channel == channel)
            return QString::fromLatin1(c.key);
    return {};
}

bool channelFromKey(const QString& key, Channel& channel)
{
    for (const auto& c : kChannels) {
        if (key == QLatin1String(c.key)) {
            channel = c.channel;
            return true;
        }
    }
    return false;
}

QString channelLabel(Channel channel)
{
    for (const auto& c : kChannels)
        if (c.channel == channel)
            return QCoreApplication::translate("OrderStatus", c.label);
    return {};
}

} // namespace comptoir::orders
