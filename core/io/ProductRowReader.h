#pragma once

#include "io/CatalogFormat.h"
#include "io/CellReader.h"
#include "io/ColumnMapping.h"
#include "io/ImportRow.h"

#include <QMap>
#include <QStringList>

#include <memory>

namespace comptoir::io {

// Turns the lines of one product file format into ImportRows. One subclass per format; the
// importer does the rest (grouping, checks against the shop, writing) the same way for all.
class ProductRowReader
{
public:
    explicit ProductRowReader(CellReader& cells)
        : m_cells(cells)
    { }
    virtual ~ProductRowReader() = default;
    ProductRowReader(const ProductRowReader&) = delete;
    ProductRowReader& operator=(const ProductRowReader&) = delete;

    // A reader for the format (not Auto); Generic and Comptoir use the mapping.
    static std::unique_ptr<ProductRowReader> create(
        CatalogFormat format, const ColumnMapping& mapping, CellReader& cells);

    // Learns where the columns are. False, with a problem per missing column, when one the format
    // requires is missing.
    virtual bool setHeader(const QStringList& header) = 0;
    // Reads one line (as wide as the header) into `row`; problems go to the report. False when the
    // line holds nothing Comptoir imports (a Shopify image line, a grouped product): it is skipped.
    virtual bool read(const QStringList& cells, ImportRow& row) = 0;

    // The 1-based column holding `field` in this file, 0 when it has none; and its header name.
    // Problems found after reading (duplicates, checks against the shop) are placed with these.
    int column(ImportField field) const { return m_columns.value(field, -1) + 1; }
    QString header(ImportField field) const;

protected:
    // Remembers that the column `name` of the header holds `field`; false when the header has no such column.
    bool locate(const QStringList& header, ImportField field, std::initializer_list<const char*> names);
    void missingColumn(const QString& name);
    // The cell of `field` on this line, empty when the file has no such column.
    QString cell(const QStringList& cells, ImportField field) const;

    CellReader& m_cells;
    QMap<ImportField, int> m_columns; // 0-based
    QStringList m_header;
};

} // namespace comptoir::io
