#pragma once

#include "common/Money.h"
#include "orders/OrderStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::orders {

struct Address
{
    QString name;
    QString company;
    QString address1;
    QString address2;
    QString postcode;
    QString city;
    QString country; // ISO 3166-1 alpha-2
    QString phone;

    bool isEmpty() const { return name.isEmpty() && address1.isEmpty() && city.isEmpty(); }
    // As printed on a label: name, company, street lines, "postcode city", country code.
    QStringList lines() const;
    friend bool operator==(const Address&, const Address&) = default;
};

struct OrderLine
{
    qint64 id = 0;
    qint64 variantId = 0; // 0: an item outside the catalog (no stock kept)
    QString sku;
    QString title;
    qint64 quantity = 0;
    Money unitPrice; // taxes included
    int vatRateBp = 2000;
    // Read from the shop, ignored when saving:
    qint64 packed = 0; // scanned at the packing station
    qint64 reserved = 0; // held for this line in stock
    qint64 returned = 0; // on returns
    QString barcode;
    QString binLocation;
    QString imagePath;

    Money total() const { return unitPrice * quantity; }
    qint64 shortBy() const { return variantId != 0 && quantity > reserved ? quantity - reserved : 0; }
};

struct Order
{
    qint64 id = 0;
    QString number; // given when empty on creation
    Channel channel = Channel::Phone;
    OrderStatus status = OrderStatus::New;
    OrderStatus heldFrom = OrderStatus::New; // when on hold
    QString holdReason;
    qint64 customerId = 0;
    QString customerName;
    QString email;
    QString phone;
    Address shipTo;
    Address billTo; // empty: same as shipTo
    Currency currency = Currency::euro();
    QList<OrderLine> lines;
    Money shipping;
    Money discount;
    QString shippingMethod;
    QString note;
    QString giftMessage;
    QString source;
    QDateTime placedAt, paidAt, packedAt, shippedAt, deliveredAt, cancelledAt; // UTC; invalid: not yet
    qint64 shortItems = 0;
    int version = 0;

    Money subtotal() const;
    // Shipping and discount count in the order's currency (a default Money has none).
    Money total() const
    {
        return subtotal() + Money(shipping.minorUnits(), currency) - Money(discount.minorUnits(), currency);
    }
    // VAT included in the total: each line at its rate, shipping at the standard rate.
    Money tax() const;
    qint64 itemCount() const;
    // Whether the order holds stock in this status (paid and not yet shipped, or held from there).
    bool holdsStock() const;
};

enum class EventKind
{
    Created,
    Status,
    Edited,
    Note,
    Packed,
    Shipment,
    Return,
    Stock,
};

QString eventKindKey(EventKind kind);
bool eventKindFromKey(const QString& key, EventKind& kind);

struct OrderEvent
{
    qint64 id = 0; // 0: told by the order's own dates (orders made before the history was kept)
    EventKind kind = EventKind::Status;
    bool hasStatus = false;
    OrderStatus from = OrderStatus::New;
    OrderStatus to = OrderStatus::New;
    QString note;
    QString user;
    QDateTime at; // UTC

    // One line for the timeline: "Paid", "On hold → Paid", "Edited: …".
    QString summary() const;
};

struct Shipment
{
    qint64 id = 0;
    QString carrier;
    QString service;
    QString trackingNumber;
    int weightGrams = 0;
    Money cost;
    QDateTime shippedAt;
};

} // namespace comptoir::orders
