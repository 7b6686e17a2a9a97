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
    {Channel::Phone, "phone", QT_TRANSLATE_NOOP("OrderStatus", "Phone")},
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
