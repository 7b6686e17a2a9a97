#pragma once

#include "inventory/StockTakes.h"
#include "storage/Database.h"
#include "widgets/LazyTableModel.h"

// The lines of one stock take, a page at a time; the Counted column is edited in place.
class StockTakeLineModel final : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SkuColumn,
        TitleColumn,
        BinColumn,
        OnHandColumn,
        CountedColumn,
        VarianceColumn,
        ValueColumn,
        ColumnCount
    };

    explicit StockTakeLineModel(QObject* parent = nullptr);
    void setTake(comptoir::storage::DatabasePtr database, qint64 takeId, bool editable,
        comptoir::inventory::StockTakes::Filter filter);
    void setFilter(comptoir::inventory::StockTakes::Filter filter);
    // Re-reads one line after a scan or an edit; returns its row, -1 when not loaded.
    int refreshLine(qint64 variantId);
    const comptoir::inventory::StockTakeLine* lineAt(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    void countChanged();
    void editFailed(const QString& message);

protected:
    comptoir::Result<int> loadPage(int limit) override;
    void commitPage() override;
    void clearRows() override;
    bool hasSource() const override { return m_database != nullptr && m_takeId != 0; }

private:
    comptoir::storage::DatabasePtr m_database;
    qint64 m_takeId = 0;
    bool m_editable = false;
    comptoir::inventory::StockTakes::Filter m_filter = comptoir::inventory::StockTakes::Filter::All;
    comptoir::Currency m_currency;
    QList<comptoir::inventory::StockTakeLine> m_rows;
    QList<comptoir::inventory::StockTakeLine> m_staged;
    QVariantList m_cursor;
};
