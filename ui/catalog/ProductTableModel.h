#pragma once

#include "catalog/VariantList.h"
#include "widgets/LazyTableModel.h"

#include <memory>

// The catalog table: one row per variant, read page by page, sorted and filtered in SQL.
class ProductTableModel final : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Title,
        Price,
        Stock,
        Supplier,
        ColumnCount
    };

    explicit ProductTableModel(QObject* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    void setFilter(const QString& text);
    QString filter() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const comptoir::catalog::VariantListRow* variantAt(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 variantId) const;
    // Shows new stock totals for a variant already loaded, without reloading the list.
    void updateStock(qint64 variantId, qint64 onHand, qint64 reserved);
    // The list query with the current sort and filter, e.g. to count its rows.
    const comptoir::catalog::VariantList* list() const { return m_list.get(); }
    // The filter matches too many variants to sort them: rows come in search order.
    bool isSortedByMatch() const { return m_list && m_list->isSortedByMatch(); }
    // How many matches can still be sorted (VariantList::kSortableMatches; tests lower it).
    void setSortableMatches(int limit);

protected:
    comptoir::Result<int> loadPage(int limit) override;
    void commitPage() override;
    void clearRows() override;
    bool hasSource() const override { return m_list != nullptr; }

private:
    std::unique_ptr<comptoir::catalog::VariantList> m_list;
    QList<comptoir::catalog::VariantListRow> m_rows, m_staged;
    QVariantList m_cursor;
    int m_sortableMatches = comptoir::catalog::VariantList::kSortableMatches;
};
