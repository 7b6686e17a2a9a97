#pragma once

#include "storage/Database.h"

#include <QFutureWatcher>
#include <QWidget>

class MessageBar;
class ProductTableModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class StockPanel;

// The Products page: the whole catalog in one table, sorted by any column and filtered as you type.
class ProductsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProductsPage(QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    ProductTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    StockPanel* stockPanel() const { return m_stock; }
    void focusFilter();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshCount();

    comptoir::storage::DatabasePtr m_database;
    ProductTableModel* m_model;
    MessageBar* m_messages;
    QLineEdit* m_filter;
    QLabel* m_count;
    QTableView* m_table;
    StockPanel* m_stock;
    QTimer* m_filterDelay;
    QFutureWatcher<qint64> m_countWatcher;
};
