#include "io/ComptoirOrderRowReader.h"

#include <QCoreApplication>

namespace comptoir::io {

using orders::OrderStatus;

ComptoirOrderRowReader::ComptoirOrderRowReader(CellReader& cells)
    : OrderRowReader(cells)
{ }

bool ComptoirOrderRowReader::setHeader(const QStringList& header)
{
    m_header = header;
    for (int i = 0; i < int(OrderColumn::Count); ++i)
        m_columns[i] = int(header.indexOf(comptoirOrderHeader(OrderColumn(i))));
    setPlace(Place::Number, col(OrderColumn::Order));
    setPlace(Place::Status, col(OrderColumn::Status));
    setPlace(Place::Email, col(OrderColumn::Email));
    setPlace(Place::Discount, col(OrderColumn::Discount));
    setPlace(Place::Total, col(OrderColumn::Total));
    setPlace(Place::Sku, col(OrderColumn::Sku));
    setPlace(Place::Quantity, col(OrderColumn::Quantity));
    bool complete = true;
    for (OrderColumn required : {OrderColumn::Order, OrderColumn::Sku, OrderColumn::Quantity, OrderColumn::UnitPrice})
        complete = require(col(required), qPrintable(comptoirOrderHeader(required))) && complete;
    return complete;
}

void ComptoirOrderRowReader::read(
    const QStringList& rawCells, bool firstOfOrder, Currency currency, OrderImportRow& row)
{
    // Comptoir guards text cells that a spreadsheet would run as formulas ("'=…", "''=…").
    QStringList cells;
    cells.reserve(rawCells.size());
    for (const QString& raw : rawCells)
        cells.append(CellReader::unguarded(raw, true));
    row.number = at(cells, col(OrderColumn::Order));
    if (row.number.isEmpty())
        problem(col(OrderColumn::Order),
            QCoreApplication::translate("OrderRowReader", "every line needs its order number."));
    if (firstOfOrder) {
        row.orderFields = true;
        row.order.currency = this->currency(cells, col(OrderColumn::Currency), currency);
        currency = row.order.currency;
        readOrder(cells, row);
    }
    row.sku = at(cells, col(OrderColumn::Sku));
    row.title = at(cells, col(OrderColumn::Title));
    row.quantity = quantity(cells, col(OrderColumn::Quantity));
    row.unitPriceMinor = money(cells, col(OrderColumn::UnitPrice), currency);
    if (!row.unitPriceMinor && at(cells, col(OrderColumn::UnitPrice)).isEmpty())
        problem(
            col(OrderColumn::UnitPrice), QCoreApplication::translate("OrderRowReader", "every line needs its price."));
    if (const int vat = col(OrderColumn::VatRate); vat >= 0) {
        if (const auto rate = m_cells.vatRate(vat + 1, m_header.value(vat), cells.value(vat)))
            row.vatRateBp = int(*rate);
    }
}

void ComptoirOrderRowReader::readOrder(const QStringList& cells, OrderImportRow& row)
{
    orders::Order& o = row.order;
    o.channel = orders::Channel::Website;
    if (const QString channel = at(cells, col(OrderColumn::Channel)).toLower();
        !channel.isEmpty() && !orders::channelFromKey(channel, o.channel))
        problem(col(OrderColumn::Channel),
            QCoreApplication::translate(
                "OrderRowReader", "“%1” is not a channel: website, counter, marketplace or phone.")
                .arg(at(cells, col(OrderColumn::Channel))));
    o.customerName = at(cells, col(OrderColumn::Customer));
    o.email = email(cells, col(OrderColumn::Email));
    o.phone = at(cells, col(OrderColumn::Phone));
    o.shipTo = address(cells,
        {col(OrderColumn::ShipName), -1, col(OrderColumn::ShipCompany), col(OrderColumn::ShipAddress1),
            col(OrderColumn::ShipAddress2), col(OrderColumn::ShipPostcode), col(OrderColumn::ShipCity),
            col(OrderColumn::ShipCountry), col(OrderColumn::ShipPhone)});
    o.billTo = address(cells,
        {col(OrderColumn::BillName), -1, col(OrderColumn::BillCompany), col(OrderColumn::BillAddress1),
            col(OrderColumn::BillAddress2), col(OrderColumn::BillPostcode), col(OrderColumn::BillCity),
            col(OrderColumn::BillCountry), -1});
    o.shipping = Money(money(cells, col(OrderColumn::Shipping), o.currency).value_or(0), o.currency);
    o.discount = Money(money(cells, col(OrderColumn::Discount), o.currency).value_or(0), o.currency);
    row.fileTotal = money(cells, col(OrderColumn::Total), o.currency);
    o.shippingMethod = at(cells, col(OrderColumn::ShippingMethod));
    o.note = at(cells, col(OrderColumn::Note));
    o.giftMessage = at(cells, col(OrderColumn::GiftMessage));
    o.placedAt = dateTime(cells, col(OrderColumn::Date));
    o.paidAt = dateTime(cells, col(OrderColumn::PaidAt));
    o.shippedAt = dateTime(cells, col(OrderColumn::ShippedAt));
    o.deliveredAt = dateTime(cells, col(OrderColumn::DeliveredAt));
    o.cancelledAt = dateTime(cells, col(OrderColumn::CancelledAt));

    const QString status = at(cells, col(OrderColumn::Status)).toLower();
    OrderStatus read = OrderStatus::New;
    if (!status.isEmpty() && !orders::statusFromKey(status, read)) {
        read = OrderStatus::OnHold; // refused below
    }
    switch (read) {
    case OrderStatus::New:
    case OrderStatus::Paid:
    case OrderStatus::Shipped:
    case OrderStatus::Delivered:
    case OrderStatus::Cancelled:
        o.status = read;
        break;
    case OrderStatus::Preparing:
    case OrderStatus::Packed:
        o.status = OrderStatus::Paid; // to prepare again: what was scanned is not in the file
        break;
    case OrderStatus::OnHold:
    case OrderStatus::Returned:
        problem(col(OrderColumn::Status),
            QCoreApplication::translate("OrderRowReader",
                "“%1” is not a status an order can be imported with: new, paid, preparing, packed, shipped, "
                "delivered or cancelled.")
                .arg(at(cells, col(OrderColumn::Status))));
        break;
    }
}

} // namespace comptoir::io
