#include "orders/Order.h"

#include <QCoreApplication>

namespace comptoir::orders {

namespace {
struct KindName
{
    EventKind kind;
    const char* key;
};
constexpr KindName kKinds[] = {
    {EventKind::Created, "created"},
    {EventKind::Status, "status"},
    {EventKind::Edited, "edited"},
    {EventKind::Note, "note"},
    {EventKind::Packed, "packed"},
    {EventKind::Shipment, "shipment"},
    {EventKind::Return, "return"},
    {EventKind::Stock, "stock"},
};
} // namespace

QStringList Address::lines() const
{
    QStringList out;
    for (const QString& part : {name, company, address1, address2})
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    const QString town = QString(postcode.trimmed() + QLatin1Char(' ') + city.trimmed()).trimmed();
    if (!town.isEmpty())
        out << town;
    if (!country.trimmed().isEmpty())
        out << country.trimmed();
    return out;
}

Money Order::subtotal() const
{
    Money sum = Money::zero(currency);
    for (const OrderLine& line : lines)
        sum += Money(line.total().minorUnits(), currency);
    return sum;
}

Money Order::tax() const
{
    Money sum = Money::zero(currency);
    for (const OrderLine& line : lines) {
        const Money total(line.total().minorUnits(), currency);
        sum += total.multipliedBy(line.vatRateBp, 10000 + line.vatRateBp);
    }
    const Money taxedShipping(shipping.minorUnits(), currency);
    sum += taxedShipping.multipliedBy(2000, 12000);
    return sum;
}

qint64 Order::itemCount() const
{
    qint64 count = 0;
    for (const OrderLine& line : lines)
        count += line.quantity;
    return count;
}

bool Order::holdsStock() const
{
    return orders::holdsStock(status, heldFrom);
}

QString eventKindKey(EventKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

bool eventKindFromKey(const QString& key, EventKind& kind)
{
    for (const auto& k : kKinds) {
        if (key == QLatin1String(k.key)) {
            kind = k.kind;
            return true;
        }
    }
    return false;
}

QString OrderEvent::summary() const
{
    switch (kind) {
    case EventKind::Created:
        return QCoreApplication::translate("OrderEvent", "Order placed");
    case EventKind::Status:
        if (hasStatus && to == OrderStatus::OnHold)
            return QCoreApplication::translate("OrderEvent", "Put on hold");
        if (hasStatus && from == OrderStatus::OnHold)
            return QCoreApplication::translate("OrderEvent", "Released from hold: %1").arg(statusLabel(to));
        return hasStatus ? statusLabel(to) : QCoreApplication::translate("OrderEvent", "Status changed");
    case EventKind::Edited:
        return QCoreApplication::translate("OrderEvent", "Order edited");
    case EventKind::Note:
        return QCoreApplication::translate("OrderEvent", "Note");
    case EventKind::Packed:
        return QCoreApplication::translate("OrderEvent", "Packing");
    case EventKind::Shipment:
        return QCoreApplication::translate("OrderEvent", "Parcel");
    case EventKind::Return:
        return QCoreApplication::translate("OrderEvent", "Return");
    case EventKind::Stock:
        return QCoreApplication::translate("OrderEvent", "Stock");
    }
    return {};
}

} // namespace comptoir::orders
