#pragma once

#include "purchasing/ReorderPlanner.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QWidget>

class MessageBar;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

// "To reorder": what falls to its reorder point, grouped by supplier with the quantity to order;
// ticked lines become one draft purchase order per supplier.
class ReorderView final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        SkuColumn,
        TitleColumn,
        AvailableColumn,
        IncomingColumn,
        VelocityColumn,
        LeadTimeColumn,
        ReorderPointColumn,
        QuantityColumn,
        CostColumn,
        TotalColumn,
        ColumnCount
    };
    static constexpr int kVariantRole = Qt::UserRole + 1;
    static constexpr int kSupplierRole = Qt::UserRole + 2; // on a supplier row: its id; title column: its minimum order
    static constexpr int kCostRole = Qt::UserRole + 3; // unit cost in minor units

    explicit ReorderView(MessageBar* messages, QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    void refresh();
    bool isComputing() const { return m_watcher.isRunning(); }
    QTreeView* tree() const { return m_tree; }
    QStandardItemModel* model() const { return m_model; }
    // Creates the draft purchase orders for the ticked lines; returns their ids.
    QList<qint64> createPurchaseOrders();

Q_SIGNALS:
    void purchaseOrdersCreated(const QList<qint64>& ids);
    void computed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showDemand(const QList<comptoir::purchasing::VariantDemand>& list);
    void updateTotals();
    void retranslate();

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QLabel* m_summary;
    QPushButton* m_refresh;
    QPushButton* m_settings;
    QPushButton* m_create;
    QTreeView* m_tree;
    QStandardItemModel* m_model;
    QFutureWatcher<comptoir::Result<QList<comptoir::purchasing::VariantDemand>>> m_watcher;
    bool m_updating = false;
};
