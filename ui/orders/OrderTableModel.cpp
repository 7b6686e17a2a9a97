#include "orders/OrderTableModel.h"

#include <QColor>
#include <QLocale>

#include <climits>

using comptoir::orders::OrderList;
using comptoir::orders::OrderListRow;

OrderTableModel::OrderTableModel(QObject* parent)
    : LazyTableModel(parent)
{ }

void OrderTableModel::configure(OrderList& list) const
{
    list.setStatusFilter(m_status);
    list.setDateRange(m_from, m_to);
    list.setText(m_text);
    list.setChannel(m_channel);
    list.setSort(m_sort, m_order);
}

std::unique_ptr<OrderList> OrderTableModel::makeList(comptoir::storage::DatabasePtr database) const
{
    auto list = std::make_unique<OrderList>(std::move(database));
    configure(*list);
    return list;
}

void OrderTableModel::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_list = database ? makeList(std::move(database)) : nullptr;
    reload();
}

void OrderTableModel::setFilters(OrderList::StatusFilter status, QDate from, QDate to, const QString& text,
    std::optional<comptoir::orders::Channel> channel)
{
    m_channel = channel;
    m_status = status;
    m_from = from;
    m_to = to;
    m_text = text.trimmed();
    if (m_list)
        configure(*m_list);
    reload();
}

int OrderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex& index, int role) const
{
    const OrderListRow* row = orderAt(index);
    if (!row)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return row->number;
        case Date: {
            const QDateTime local = row->placedAt.toLocalTime();
            return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                + QLocale().toString(local.time(), QLocale::ShortFormat));
        }
        case Customer:
            return row->shipCountry == QLatin1String("FR")
                ? row->customer
                : QStringLiteral("%1 (%2)").arg(row->customer, row->shipCountry);
        case Status:
            if (row->shortItems > 0)
                return tr("%1 · %n missing", nullptr, int(std::min<qint64>(row->shortItems, INT_MAX)))
                    .arg(comptoir::orders::statusLabel(row->status));
            return comptoir::orders::statusLabel(row->status);
        case Items:
            return QLocale().toString(row->itemCount);
        case Total:
            return row->total.format(QLocale());
        case Channel:
            return comptoir::orders::channelLabel(row->channel);
        }
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == Status && row->shortItems > 0)
            return QColor(0xb0, 0x1e, 0x1e);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Status && row->shortItems > 0)
            return tr("Not enough stock to ship this order: %n item(s) missing.", nullptr,
                int(std::min<qint64>(row->shortItems, INT_MAX)));
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Items || index.column() == Total)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return row->id;
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazyTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Order");
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    case Items:
        return tr("Items");
    case Total:
        return tr("Total");
    case Channel:
        return tr("Channel");
    }
    return {};
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case Number:
        m_sort = OrderList::Sort::Number;
        break;
    case Date:
        m_sort = OrderList::Sort::Date;
        break;
    case Customer:
        m_sort = OrderList::Sort::Customer;
        break;
    case Status:
        m_sort = OrderList::Sort::Status;
        break;
    case Items:
        m_sort = OrderList::Sort::Items;
        break;
    case Total:
        m_sort = OrderList::Sort::Total;
        break;
    case Channel:
        m_sort = OrderList::Sort::Channel;
        break;
    default:
        return;
    }
    m_order = order;
    if (m_list)
        configure(*m_list);
    reload();
}

const OrderListRow* OrderTableModel::orderAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()];
}

comptoir::Result<int> OrderTableModel::loadPage(int limit)
{
    auto rows = m_list->fetch(limit, m_cursor);
    if (!rows)
        return rows.error();
    m_staged = std::move(*rows);
    return int(m_staged.size());
}

void OrderTableModel::commitPage()
{
    m_rows.append(std::move(m_staged));
    m_staged.clear();
}

void OrderTableModel::clearRows()
{
    m_rows.clear();
    m_staged.clear();
    m_cursor.clear();
}
