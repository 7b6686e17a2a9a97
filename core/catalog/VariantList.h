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
    qint64 productId = 0;
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

    // A filter matching more variants than this lists them in the search index's order: sorting a
    // large part of a million-product catalog for every keystroke would not keep up with typing.
    static constexpr int kSortableMatches = 20000;

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

    // The first page when `after` is empty, else the page after that cursor. The first page also
    // decides whether the filter is too broad to sort (see isSortedByMatch()).
    Result<QList<VariantListRow>> fetch(int limit, QVariantList& cursor);
    // True when the filter matches more than kSortableMatches variants: rows then come in search
    // index order, and the chosen sort applies again once the filter narrows.
    bool isSortedByMatch() const { return m_broadMatch; }
    void setSortableMatches(int limit) { m_sortableMatches = limit; }
    Result<qint64> count() const;

private:
    storage::KeysetQuery::Spec spec() const;

    storage::DatabasePtr m_database;
    QString m_filter;
    Sort m_sort = Sort::Title;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_broadMatch = false;
    int m_sortableMatches = kSortableMatches;
};

} // namespace comptoir::catalog
