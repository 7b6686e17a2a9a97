#pragma once

#include "common/Result.h"
#include "purchasing/PurchaseOrders.h"
#include "purchasing/SupplierBook.h"
#include "settings/ShopSettings.h"

#include <QString>

class QPagedPaintDevice;

namespace comptoir::documents {

// The purchase order as the supplier receives it: the shop's letterhead, the supplier, what to
// deliver where and when, the lines with the supplier's references, and the total.
class PurchaseOrderDocument final
{
public:
    PurchaseOrderDocument(purchasing::PurchaseOrder order, purchasing::Supplier supplier, settings::ShopIdentity shop);

    // The document as HTML (for QTextDocument); the language is the application's.
    QString html() const;
    // Lays the document out on A4 pages of a printer or PDF writer.
    void print(QPagedPaintDevice* device) const;
    // Writes a PDF file; the file is written whole or not at all.
    Status writePdf(const QString& path) const;

private:
    purchasing::PurchaseOrder m_order;
    purchasing::Supplier m_supplier;
    settings::ShopIdentity m_shop;
};

} // namespace comptoir::documents
