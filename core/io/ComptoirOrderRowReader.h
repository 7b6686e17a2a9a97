#pragma once

#include "io/OrderRowReader.h"

namespace comptoir::io {

// Comptoir's own order file (OrderColumn): one line per order line, the order's fields repeated on
// each of its lines and read from its first. Required: Order, SKU, Quantity and Unit price; the
// status is Comptoir's (new, paid, preparing and packed as paid, shipped, delivered, cancelled),
// new when the file has no Status column.
class ComptoirOrderRowReader final : public OrderRowReader
{
public:
    explicit ComptoirOrderRowReader(CellReader& cells);

    bool setHeader(const QStringList& header) override;
    void read(const QStringList& cells, bool firstOfOrder, Currency currency, OrderImportRow& row) override;

private:
    void readOrder(const QStringList& cells, OrderImportRow& row);
    int col(OrderColumn column) const { return m_columns[int(column)]; }

    int m_columns[int(OrderColumn::Count)] = {};
};

} // namespace comptoir::io
