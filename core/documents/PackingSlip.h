#pragma once

#include "documents/Letterhead.h"
#include "documents/PageFormat.h"
#include "documents/PrintedPage.h"
#include "orders/Order.h"

#include <QList>

class QPaintDevice;

namespace comptoir::documents {

// One order's packing slip: the shop, the order number as a Code 128 barcode, the date, where it
// goes (big), the billing address when it differs, the lines to put in the parcel with their SKU
// and bin (and prices, when asked), the gift message, the customer's note and how to return
// something. A long order continues on further pages, each headed with the order number.
class PackingSlip final
{
public:
    PackingSlip(orders::Order order, Letterhead letterhead, PageFormat format, bool prices);

    // Lays the slip out for a device (a PDF writer, a printer, an image) whose page is `geometry`.
    QList<PrintedPage> layout(const QPaintDevice* device, const PageGeometry& geometry) const;

private:
    orders::Order m_order;
    Letterhead m_letterhead;
    PageFormat m_format;
    bool m_prices;
};

} // namespace comptoir::documents
