#pragma once

#include "reports/ReportTable.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// A report's result as a table: one column per report column, its rows, then the totals line (bold,
// first cell "Total"). Cells show the locale's text ("1 234,50 €"); kSortRole gives the exact value
// (qint64, QDate, QString) so sorting never goes through the formatted text.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kTotalsRole = Qt::UserRole + 2; // bool: the totals line

    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(comptoir::reports::ReportTable table);
    void clear();
    const comptoir::reports::ReportTable& table() const { return m_table; }
    bool hasTotals() const { return !m_table.totals.isEmpty(); }
    bool isTotals(const QModelIndex& index) const;
    // The report's value behind a cell (a null QVariant for an empty cell).
    QVariant valueAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    comptoir::reports::ReportTable m_table;
};

// Sorts a report by a column's exact values and keeps the totals line last, whatever the order.
class ReportSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReportSortModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};
