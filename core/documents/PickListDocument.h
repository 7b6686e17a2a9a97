#pragma once

#include "common/Result.h"
#include "documents/Letterhead.h"
#include "documents/PageFormat.h"
#include "documents/PrintedPage.h"
#include "orders/PickList.h"

#include <QList>
#include <QString>

class QPaintDevice;
class QPagedPaintDevice;

namespace comptoir::documents {

// The pick list on paper: what to take from the shelves for a batch of orders, in walking order
// (bin, then SKU), each row with a box to tick, its quantity, the stock on hand and the orders it
// goes to; items outside the catalog follow on their own.
class PickListDocument final
{
public:
    PickListDocument(orders::PickList list, Letterhead letterhead, PageFormat format = PageFormat::A4);

    // Lays the list out for a device (a PDF writer, a printer, an image) whose page is `geometry`.
    QList<PrintedPage> layout(const QPaintDevice* device, const PageGeometry& geometry) const;
    // Prints on a printer or PDF writer (QPrinter is one: core never links Qt PrintSupport).
    Status print(QPagedPaintDevice* device) const;
    // Writes a PDF file; the file is written whole or not at all.
    Status writePdf(const QString& path) const;

private:
    orders::PickList m_list;
    Letterhead m_letterhead;
    PageFormat m_format;
};

} // namespace comptoir::documents
