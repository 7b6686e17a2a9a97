#pragma once

#include "io/ProductRowReader.h"

namespace comptoir::io {

// Comptoir's own files and any other file whose columns the user mapped: one line per variant, the
// product's fields repeated on each line, lines with the same product key forming one product (a
// line without a key is a product of its own). Only the SKU column is required.
class MappedRowReader final : public ProductRowReader
{
public:
    // `comptoirFile`: the file is Comptoir's own, whose text cells were guarded against formulas
    // with CellReader::guarded(…, true) when written.
    MappedRowReader(CellReader& cells, ColumnMapping mapping, bool comptoirFile);

    bool setHeader(const QStringList& header) override;
    bool read(const QStringList& cells, ImportRow& row) override;

private:
    // The cell's text, unguarded; null when the file has no such column.
    QString textOf(const QStringList& cells, ImportField field) const;

    ColumnMapping m_mapping;
    bool m_comptoirFile;
};

} // namespace comptoir::io
