#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/Database.h"
#include "storage/KeysetQuery.h"

#include <QList>
#include <QString>

namespace comptoir::catalog {

// One line of the catalog table: a sellable variant with its stock.
struct VariantListRow
{
    qint64 id = 0;
    QString sku;
    QString title;
    Money price;
    qint64 onHand = 0;
    qint64 reserved = 0;
    QString supplier;
    QString barcode;
    QString binLocation;

    qint64 available() const { return onHand - reserved; }
};

// The whole catalog as a sorted, filtered list read page by page (keyset paging), so it stays
// instant with a million products. Sorting and filtering are done by the database.
class VariantList final
{
public:
    enum class Sort
    {
        Sku,
        Title,
        Price,
        Stock,
        Supplier,
    };

    explicit VariantList(storage::DatabasePtr database);

    // Words typed in the quick filter: every word must prefix-match the SKU, title, barcode or
    // supplier SKU, accents ignored.
    void setFilter(const QString& text) { m_filter = text.trimmed(); }
    QString filter() const { return m_filter; }
    void setSort(Sort sort, Qt::SortOrder order)
    {
        m_sort = sort;
        m_order = order;
    }
    Sort sort() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // The first page when `after` is empty, else the page after that cursor.
    Result<QList<VariantListRow>> fetch(int limit, QVariantList& cursor) const;
    Result<qint64> count() const;

private:
    storage::KeysetQuery::Spec spec() const;

    storage::DatabasePtr m_database;
    QString m_filter;
    Sort m_sort = Sort::Title;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace comptoir::catalog
