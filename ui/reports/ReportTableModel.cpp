#include "reports/ReportTableModel.h"

#include <QFont>

using comptoir::reports::ReportTable;

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable(ReportTable());
}

bool ReportTableModel::isTotals(const QModelIndex& index) const
{
    return index.isValid() && hasTotals() && index.row() == m_table.rows.size();
}

QVariant ReportTableModel::valueAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() > m_table.rows.size())
        return {};
    const auto& row = isTotals(index) ? m_table.totals : m_table.rows.at(index.row());
    return index.column() < row.size() ? row.at(index.column()) : QVariant();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size()) + (hasTotals() ? 1 : 0);
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto& column = m_table.columns.at(index.column());
    const QVariant value = valueAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // The totals line says what it is in its first empty text cell.
        if (isTotals(index) && index.column() == 0 && value.toString().isEmpty())
            return tr("Total");
        return m_table.displayText(value, index.column());
    }
    case Qt::ToolTipRole:
        return column.isNumeric() || isTotals(index) ? QVariant() : m_table.displayText(value, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            column.isNumeric() ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotals(index)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case kSortRole:
        if (value.isNull())
            return column.isNumeric() ? QVariant(qint64(0)) : QVariant(QString());
        return value;
    case kTotalsRole:
        return isTotals(index);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto& column = m_table.columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.title;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            column.isNumeric() ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("Sort by %1 (click again for the other order, a third time for the report's order)")
            .arg(column.title);
    default:
        return {};
    }
}

ReportSortModel::ReportSortModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReportTableModel::kSortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool ReportSortModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // lessThan is asked for the ascending order and the result reversed for the descending one:
    // the totals line is "greatest" going up and "least" going down, so it stays last.
    const bool leftTotals = left.data(ReportTableModel::kTotalsRole).toBool();
    const bool rightTotals = right.data(ReportTableModel::kTotalsRole).toBool();
    if (leftTotals || rightTotals) {
        if (leftTotals == rightTotals)
            return false;
        return sortOrder() == Qt::AscendingOrder ? rightTotals : leftTotals;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
