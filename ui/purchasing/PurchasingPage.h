#pragma once

#include "storage/Database.h"

#include <QWidget>

class MessageBar;
class PurchaseOrdersView;
class QTabWidget;
class ReorderView;
class StockExcessView;
class StockTakesView;
class SuppliersView;

// The Stock page: what to reorder, purchase orders, suppliers, stock takes, overstock and dead stock.
class PurchasingPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        ReorderTab,
        PurchaseOrdersTab,
        SuppliersTab,
        StockTakesTab,
        OverstockTab,
        DeadStockTab,
    };

    explicit PurchasingPage(QWidget* parent = nullptr);
    void setDatabase(comptoir::storage::DatabasePtr database);
    void showTab(Tab tab);
    ReorderView* reorder() const { return m_reorder; }
    PurchaseOrdersView* purchaseOrders() const { return m_orders; }
    SuppliersView* suppliers() const { return m_suppliers; }
    StockTakesView* stockTakes() const { return m_stockTakes; }
    StockExcessView* overstock() const { return m_overstock; }
    StockExcessView* deadStock() const { return m_dead; }
    MessageBar* messages() const { return m_messages; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    MessageBar* m_messages;
    QTabWidget* m_tabs;
    ReorderView* m_reorder;
    PurchaseOrdersView* m_orders;
    SuppliersView* m_suppliers;
    StockTakesView* m_stockTakes;
    StockExcessView* m_overstock;
    StockExcessView* m_dead;
    QList<bool> m_computed;
};
