#pragma once

#include "catalog/ProductCatalog.h"

#include <QDialog>

class MessageBar;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTableWidgetItem;
class QUndoStack;

// Creates or edits one product and its variants. Nothing is written until Save; then the whole
// product is checked and saved in one transaction, or the dialog says which field is wrong.
class ProductEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductEditor)

public:
    enum VariantColumn
    {
        Option1,
        Option2,
        Sku,
        Barcode,
        Price,
        CompareAt,
        Cost,
        Weight,
        Bin,
        SupplierSku,
        LeadTime,
        Stock,
        VariantColumnCount
    };

    ProductEditor(
        comptoir::storage::DatabasePtr database, comptoir::catalog::ProductDraft draft, QWidget* parent = nullptr);

    // The id saved, once accepted.
    qint64 savedProductId() const { return m_savedId; }
    QString errorText() const;
    QLabel* thumbnail() const { return m_thumbnail; }
    QTableWidget* variantTable() const { return m_variants; }
    // Every change to the variant table until Save: Ctrl+Z / Ctrl+Shift+Z in the table.
    QUndoStack* undoStack() const { return m_undo; }
    bool save();
    void addVariant();
    void removeVariant();

    // Used by the undo commands: change the table without recording a new command.
    void setCellText(int row, int column, const QString& text);
    void insertRowWith(int row, const QStringList& cells, qint64 variantId);
    void removeRowAt(int row);

private:
    // Inserts a row at `row` showing the variant.
    void fillVariantRow(int row, const comptoir::catalog::VariantDraft& variant);
    QStringList rowCells(int row) const;
    void recordCellEdit(QTableWidgetItem* item);
    // Reads the form back; a field that is not a number or an amount is reported with its place.
    comptoir::Result<comptoir::catalog::ProductDraft> draftFromForm() const;
    void showError(const comptoir::Error& error);

    comptoir::storage::DatabasePtr m_database;
    comptoir::catalog::ProductDraft m_original;
    comptoir::Currency m_currency;
    qint64 m_savedId = 0;
    MessageBar* m_messages;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_category;
    QComboBox* m_supplier;
    QComboBox* m_vat;
    QCheckBox* m_archived;
    QLineEdit* m_image;
    QLabel* m_thumbnail;
    QTableWidget* m_variants;
    QUndoStack* m_undo;
    bool m_applyingUndo = false;
};
