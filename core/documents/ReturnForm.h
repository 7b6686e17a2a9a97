#pragma once

#include "documents/Letterhead.h"
#include "documents/PageFormat.h"
#include "documents/PrintedPage.h"
#include "orders/Order.h"
#include "orders/Returns.h"

#include <QList>

class QPaintDevice;

namespace comptoir::documents {

// One return's form, slipped into the parcel or sent to the customer: the shop, the return number
// as a Code 128 barcode (scanned when the parcel comes in), the order number and the date it was
// opened, the customer, the lines coming back with their reason, a box for the condition on
// receipt, the refund once recorded, and how to send it back. A long return continues on further
// pages, each headed with the return number.
class ReturnForm final
{
public:
    // `order` is the return's order, for the customer's address.
    ReturnForm(orders::Return customerReturn, orders::Order order, Letterhead letterhead, PageFormat format);

    // Lays the form out for a device (a PDF writer, a printer, an image) whose page is `geometry`.
    QList<PrintedPage> layout(const QPaintDevice* device, const PageGeometry& geometry) const;

private:
    orders::Return m_return;
    orders::Order m_order;
    Letterhead m_letterhead;
    PageFormat m_format;
};

} // namespace comptoir::documents
