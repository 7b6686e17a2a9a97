#include "io/ShopifyOrderRowReader.h"

#include <QCoreApplication>

namespace comptoir::io {

using orders::OrderStatus;

namespace {

constexpr const char* kNames[] = {"Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Currency", "Shipping", "Total", "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity",
    "Lineitem name", "Lineitem price", "Lineitem sku", "Notes", "Cancelled at", "Phone", "Billing Phone", "Source"};

} // namespace

ShopifyOrderRowReader::ShopifyOrderRowReader(CellReader& cells)
    : OrderRowReader(cells)
{ }

bool ShopifyOrderRowReader::setHeader(const QStringList& header)
{
    static_assert(std::size(kNames) == ColumnCount);
    m_header = header;
    for (int i = 0; i < ColumnCount; ++i)
        m_columns[i] = find({kNames[i]});
    m_billing = {find({"Billing Name"}), -1, find({"Billing Company"}), find({"Billing Address1"}),
        find({"Billing Address2"}), find({"Billing Zip"}), find({"Billing City"}), find({"Billing Country"}),
        m_columns[BillingPhone]};
    m_shipping = {find({"Shipping Name"}), -1, find({"Shipping Company"}), find({"Shipping Address1"}),
        find({"Shipping Address2"}), find({"Shipping Zip"}), find({"Shipping City"}), find({"Shipping Country"}),
        find({"Shipping Phone"})};
    setPlace(Place::Number, m_columns[Name]);
    setPlace(Place::Status, m_columns[FinancialStatus]);
    setPlace(Place::Email, m_columns[Email]);
    setPlace(Place::Discount, m_columns[DiscountAmount]);
    setPlace(Place::Total, m_columns[Total]);
    setPlace(Place::Sku, m_columns[LineitemSku]);
    setPlace(Place::Quantity, m_columns[LineitemQuantity]);
    bool complete = true;
    for (Column required : {Name, FinancialStatus, LineitemQuantity, LineitemName, LineitemPrice, LineitemSku})
        complete = require(m_columns[required], kNames[required]) && complete;
    return complete;
}

void ShopifyOrderRowReader::read(const QStringList& cells, bool firstOfOrder, Currency currency, OrderImportRow& row)
{
    row.number = at(cells, m_columns[Name]);
    if (row.number.isEmpty())
        problem(m_columns[Name], QCoreApplication::translate("OrderRowReader", "every line needs its order number."));
    if (firstOfOrder) {
        row.orderFields = true;
        row.order.currency = this->currency(cells, m_columns[CurrencyCode], currency);
        currency = row.order.currency;
        readOrder(cells, row);
    }
    row.sku = at(cells, m_columns[LineitemSku]);
    row.title = at(cells, m_columns[LineitemName]);
    row.quantity = quantity(cells, m_columns[LineitemQuantity]);
    row.unitPriceMinor = money(cells, m_columns[LineitemPrice], currency);
    if (!row.unitPriceMinor && at(cells, m_columns[LineitemPrice]).isEmpty())
        problem(m_columns[LineitemPrice], QCoreApplication::translate("OrderRowReader", "every line needs its price."));
}

void ShopifyOrderRowReader::readOrder(const QStringList& cells, OrderImportRow& row)
{
    orders::Order& o = row.order;
    o.channel = at(cells, m_columns[Source]).compare(QLatin1String("pos"), Qt::CaseInsensitive) == 0
        ? orders::Channel::Counter
        : orders::Channel::Website;
    o.email = email(cells, m_columns[Email]);
    o.billTo = address(cells, m_billing);
    o.shipTo = address(cells, m_shipping);
    o.customerName = !o.billTo.name.isEmpty() ? o.billTo.name : o.shipTo.name;
    o.phone = at(cells, m_columns[Phone]);
    if (o.phone.isEmpty())
        o.phone = o.billTo.phone;
    o.billTo.phone.clear(); // an order has one phone besides the delivery's
    o.shipping = Money(money(cells, m_columns[Shipping], o.currency).value_or(0), o.currency);
    o.discount = Money(money(cells, m_columns[DiscountAmount], o.currency).value_or(0), o.currency);
    row.fileTotal = money(cells, m_columns[Total], o.currency);
    o.shippingMethod = at(cells, m_columns[ShippingMethod]);
    o.note = at(cells, m_columns[Notes]);
    o.placedAt = dateTime(cells, m_columns[CreatedAt]);
    o.paidAt = dateTime(cells, m_columns[PaidAt]);
    o.shippedAt = dateTime(cells, m_columns[FulfilledAt]);
    o.cancelledAt = dateTime(cells, m_columns[CancelledAt]);

    const QString financial = at(cells, m_columns[FinancialStatus]).toLower();
    const QString fulfillment = at(cells, m_columns[FulfillmentStatus]).toLower();
    const bool cancelled = !at(cells, m_columns[CancelledAt]).isEmpty() || financial == QLatin1String("refunded")
        || financial == QLatin1String("voided");
    const bool knownFinancial = QStringList {QStringLiteral("paid"), QStringLiteral("pending"),
        QStringLiteral("authorized"), QStringLiteral("partially_paid"), QStringLiteral("refunded"),
        QStringLiteral("partially_refunded"), QStringLiteral("voided"), QStringLiteral("expired")}
                                    .contains(financial);
    if (financial.isEmpty())
        problem(m_columns[FinancialStatus],
            QCoreApplication::translate("OrderRowReader",
                "the first line of order %1 has no payment status: Shopify writes the order's own fields on its "
                "first line (was the file sorted?).")
                .arg(row.number));
    else if (!knownFinancial)
        problem(m_columns[FinancialStatus],
            QCoreApplication::translate("OrderRowReader",
                "“%1” is not a payment status of Shopify: paid, pending, authorized, partially_paid, refunded, "
                "partially_refunded or voided.")
                .arg(at(cells, m_columns[FinancialStatus])));
    const bool knownFulfillment = fulfillment.isEmpty()
        || QStringList {QStringLiteral("fulfilled"), QStringLiteral("unfulfilled"), QStringLiteral("partial"),
            QStringLiteral("restocked")}
               .contains(fulfillment);
    if (!knownFulfillment)
        problem(m_columns[FulfillmentStatus],
            QCoreApplication::translate(
                "OrderRowReader", "“%1” is not a fulfillment status of Shopify: fulfilled, unfulfilled or partial.")
                .arg(at(cells, m_columns[FulfillmentStatus])));

    if (cancelled || financial == QLatin1String("expired"))
        o.status = OrderStatus::Cancelled;
    else if (fulfillment == QLatin1String("fulfilled"))
        o.status = OrderStatus::Shipped;
    else if (financial == QLatin1String("paid") || financial == QLatin1String("partially_refunded"))
        o.status = OrderStatus::Paid;
    else
        o.status = OrderStatus::New;
    if (fulfillment == QLatin1String("partial") && o.status != OrderStatus::Cancelled)
        warn(row, m_columns[FulfillmentStatus],
            QCoreApplication::translate("OrderRowReader",
                "part of this order was already sent from Shopify: Comptoir imports it whole, as %1; ship only "
                "what is left.")
                .arg(orders::statusLabel(o.status).toLower()));
}

} // namespace comptoir::io
