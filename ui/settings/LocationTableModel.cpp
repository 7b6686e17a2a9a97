#include "settings/LocationTableModel.h"

using comptoir::inventory::Locations;
using comptoir::inventory::StockLocation;

LocationTableModel::LocationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void LocationTableModel::setDatabase(comptoir::storage::DatabasePtr database)
{
    beginResetModel();
    m_database = std::move(database);
    m_rows.clear();
    endResetModel();
}

comptoir::Status LocationTableModel::reload()
{
    QList<StockLocation> rows;
    if (m_database) {
        auto list = Locations(m_database).list();
        if (!list)
            return list.error();
        rows = std::move(*list);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

void LocationTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const StockLocation* LocationTableModel::locationAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? &m_rows[index.row()] : nullptr;
}

QModelIndex LocationTableModel::indexOf(qint64 id, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return index(row, column);
    }
    return {};
}

comptoir::Result<qint64> LocationTableModel::addLocation(const QString& name, bool sellsOnline)
{
    if (!m_database)
        return comptoir::Error(comptoir::Error::Code::Generic, tr("No shop is open."));
    auto added = Locations(m_database).add(name, sellsOnline);
    if (!added)
        return added;
    if (auto read = reload(); !read)
        return read.error();
    Q_EMIT locationsChanged();
    return added;
}

comptoir::Status LocationTableModel::removeLocation(qint64 id)
{
    if (!m_database)
        return comptoir::Error(comptoir::Error::Code::Generic, tr("No shop is open."));
    if (auto removed = Locations(m_database).remove(id); !removed)
        return removed;
    auto read = reload();
    Q_EMIT locationsChanged();
    return read;
}

int LocationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LocationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocationTableModel::data(const QModelIndex& index, int role) const
{
    const StockLocation* location = locationAt(index);
    if (!location)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return location->name;
        if (role == Qt::ToolTipRole)
            return tr("Press F2 to rename");
        break;
    case SoldOnlineColumn:
        if (role == Qt::CheckStateRole)
            return location->sellsOnline ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return location->sellsOnline ? tr("Its stock is offered on your website")
                                         : tr("Its stock is kept for the shop counter");
        break;
    case StockColumn:
        if (role == Qt::DisplayRole)
            return location->holdsStock ? tr("Holds stock") : tr("Empty");
        break;
    }
    return {};
}

QVariant LocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Location");
    case SoldOnlineColumn:
        return tr("Sold online");
    case StockColumn:
        return tr("Stock");
    }
    return {};
}

Qt::ItemFlags LocationTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    else if (index.column() == SoldOnlineColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool LocationTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const StockLocation* location = locationAt(index);
    if (!location || !m_database)
        return false;
    StockLocation changed = *location;
    comptoir::Status saved;
    if (index.column() == NameColumn && role == Qt::EditRole) {
        changed.name = value.toString().trimmed();
        if (changed.name == location->name)
            return false; // nothing to save
        saved = Locations(m_database).rename(location->id, changed.name);
    } else if (index.column() == SoldOnlineColumn && role == Qt::CheckStateRole) {
        changed.sellsOnline = value.toInt() == Qt::Checked;
        if (changed.sellsOnline == location->sellsOnline)
            return false;
        saved = Locations(m_database).setSellsOnline(location->id, changed.sellsOnline);
    } else {
        return false;
    }
    if (!saved) {
        Q_EMIT editFailed(saved.error().toString());
        return false;
    }
    m_rows[index.row()] = changed;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT locationsChanged();
    return true;
}
