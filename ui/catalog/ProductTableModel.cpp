#include "catalog/ProductTableModel.h"

#include <QColor>
#include <QLocale>

using comptoir::catalog::VariantList;
using comptoir::catalog::VariantListRow;

ProductTableModel::ProductTableModel(QObject* parent)
    : LazyTableModel(parent)
{ }

void ProductTableModel::setDatabase(comptoir::storage::DatabasePtr database)
{
    const QString filter = m_list ? m_list->filter() : QString();
    const auto sort = m_list ? m_list->sort() : VariantList::Sort::Title;
    const auto order = m_list ? m_list->sortOrder() : Qt::AscendingOrder;
    m_list = database ? std::make_unique<VariantList>(std::move(database)) : nullptr;
    if (m_list) {
        m_list->setFilter(filter);
        m_list->setSort(sort, order);
        m_list->setSortableMatches(m_sortableMatches);
    }
    reload();
}

void ProductTableModel::setSortableMatches(int limit)
{
    m_sortableMatches = limit;
    if (m_list)
        m_list->setSortableMatches(limit);
}

void ProductTableModel::setFilter(const QString& text)
{
    if (!m_list || m_list->filter() == text.trimmed())
        return;
    m_list->setFilter(text);
    reload();
}

QString ProductTableModel::filter() const
{
    return m_list ? m_list->filter() : QString();
}

int ProductTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const
{
    const VariantListRow* row = variantAt(index);
    if (!row)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Sku:
            return row->sku;
        case Title:
            return row->title;
        case Price:
            return row->price.format(QLocale());
        case Stock:
            return QLocale().toString(row->onHand);
        case Supplier:
            return row->supplier;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Price || index.column() == Stock)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == Stock) {
        return tr("On hand %1, reserved %2, available %3")
            .arg(QLocale().toString(row->onHand), QLocale().toString(row->reserved),
                QLocale().toString(row->available()));
    } else if (role == Qt::ForegroundRole && index.column() == Stock && row->onHand <= 0) {
        return QColor(200, 40, 40);
    } else if (role == Qt::UserRole) {
        return row->id;
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazyTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku:
        return tr("SKU");
    case Title:
        return tr("Product");
    case Price:
        return tr("Price");
    case Stock:
        return tr("Stock");
    case Supplier:
        return tr("Supplier");
    }
    return {};
}

void ProductTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_list)
        return;
    static constexpr VariantList::Sort kSorts[] = {VariantList::Sort::Sku, VariantList::Sort::Title,
        VariantList::Sort::Price, VariantList::Sort::Stock, VariantList::Sort::Supplier};
    if (column < 0 || column >= ColumnCount)
        return;
    m_list->setSort(kSorts[column], order);
    reload();
}

const VariantListRow* ProductTableModel::variantAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()];
}

QModelIndex ProductTableModel::indexOf(qint64 variantId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == variantId)
            return index(i, 0);
    }
    return {};
}

void ProductTableModel::updateStock(qint64 variantId, qint64 onHand, qint64 reserved)
{
    const QModelIndex found = indexOf(variantId);
    if (!found.isValid())
        return;
    m_rows[found.row()].onHand = onHand;
    m_rows[found.row()].reserved = reserved;
    const QModelIndex stock = index(found.row(), Stock);
    Q_EMIT dataChanged(stock, stock);
}

comptoir::Result<int> ProductTableModel::loadPage(int limit)
{
    auto rows = m_list->fetch(limit, m_cursor);
    if (!rows)
        return rows.error();
    m_staged = std::move(*rows);
    return int(m_staged.size());
}

void ProductTableModel::commitPage()
{
    m_rows.append(std::move(m_staged));
    m_staged.clear();
}

void ProductTableModel::clearRows()
{
    m_rows.clear();
    m_staged.clear();
    m_cursor.clear();
}
