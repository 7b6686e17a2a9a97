#pragma once

#include "purchasing/ReorderPlanner.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QWidget>

class MessageBar;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// Overstock or dead stock: the variants tying up the most money at cost first, with the totals.
class StockExcessView final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Overstock,
        DeadStock,
    };
    enum Column
    {
        SkuColumn,
        TitleColumn,
        SupplierColumn,
        OnHandColumn,
        VelocityColumn,
        CoverColumn,
        LastSaleColumn,
        ValueColumn,
        ColumnCount
    };

    StockExcessView(Kind kind, MessageBar* messages, QWidget* parent = nullptr);
    void setDatabase(comptoir::storage::DatabasePtr database);
    void refresh();
    QTableView* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

Q_SIGNALS:
    void computed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void show(const comptoir::purchasing::StockExcess& excess);
    void retranslate();

    Kind m_kind;
    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QLabel* m_summary;
    QPushButton* m_refresh;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QFutureWatcher<comptoir::Result<comptoir::purchasing::StockExcess>> m_watcher;
    int m_days = 0;
};
