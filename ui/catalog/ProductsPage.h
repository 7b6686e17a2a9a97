#pragma once

#include "catalog/ProductCatalog.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QWidget>

class MessageBar;
class ProductTableModel;
class QLabel;
class QPushButton;
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
    // Open the product editor (window-modal, not blocking) for a new product, the current row's
    // product, or a copy of it.
    void newProduct();
    void editProduct();
    // Opens a product's editor by its id (from another page).
    void openProduct(qint64 productId);
    void duplicateProduct();
    // Open the import and export dialogs (window-modal, not blocking); after an import the list
    // reloads and the page says what changed.
    void importProducts();
    void exportProducts();

protected:
    void changeEvent(QEvent* event) override;

private:
    void openEditor(const comptoir::catalog::ProductDraft& draft);
    void retranslate();
    void refreshCount();

    comptoir::storage::DatabasePtr m_database;
    ProductTableModel* m_model;
    MessageBar* m_messages;
    QLineEdit* m_filter;
    QLabel* m_count;
    QTableView* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_duplicate;
    QPushButton* m_import;
    QPushButton* m_export;
    StockPanel* m_stock;
    QTimer* m_filterDelay;
    QFutureWatcher<qint64> m_countWatcher;
};
