#pragma once

#include "orders/OrderList.h"
#include "widgets/LazyTableModel.h"

#include <memory>

// The orders table, read page by page, sorted and filtered in SQL.
class OrderTableModel final : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Date,
        Customer,
        Status,
        Items,
        Total,
        Channel,
        ColumnCount
    };

    explicit OrderTableModel(QObject* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    // Applies filters and reloads once.
    void setFilters(comptoir::orders::OrderList::StatusFilter status, QDate from, QDate to, const QString& text,
        std::optional<comptoir::orders::Channel> channel = std::nullopt);
    comptoir::orders::OrderList::StatusFilter statusFilter() const { return m_status; }
    // A copy of the list query with the current filters, for counting on another thread.
    std::unique_ptr<comptoir::orders::OrderList> makeList(comptoir::storage::DatabasePtr database) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const comptoir::orders::OrderListRow* orderAt(const QModelIndex& index) const;

protected:
    comptoir::Result<int> loadPage(int limit) override;
    void commitPage() override;
    void clearRows() override;
    bool hasSource() const override { return m_list != nullptr; }

private:
    void configure(comptoir::orders::OrderList& list) const;

    std::unique_ptr<comptoir::orders::OrderList> m_list;
    comptoir::orders::OrderList::StatusFilter m_status = comptoir::orders::OrderList::StatusFilter::ToPrepare;
    QDate m_from, m_to;
    QString m_text;
    std::optional<comptoir::orders::Channel> m_channel;
    comptoir::orders::OrderList::Sort m_sort = comptoir::orders::OrderList::Sort::Date;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<comptoir::orders::OrderListRow> m_rows, m_staged;
    QVariantList m_cursor;
};
