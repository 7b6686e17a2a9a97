#pragma once

#include <QStringList>
#include <QUndoCommand>

class ProductEditor;

// Undoable edits of the product editor's variant table; the editor applies them to its table.
class EditVariantCell final : public QUndoCommand
{
public:
    // The edit was already made by the user: the first redo() does nothing.
    EditVariantCell(ProductEditor* editor, int row, int column, QString before, QString after);
    void undo() override;
    void redo() override;

private:
    ProductEditor* m_editor;
    int m_row, m_column;
    QString m_before, m_after;
    bool m_done = true;
};

class InsertVariantRow final : public QUndoCommand
{
public:
    // Inserts a row holding `cells` (one text per column) and `variantId` at `row`; with
    // `remove`, the same command removes that row instead (undo puts it back).
    InsertVariantRow(ProductEditor* editor, int row, QStringList cells, qint64 variantId, bool remove);
    void undo() override;
    void redo() override;

private:
    ProductEditor* m_editor;
    int m_row;
    QStringList m_cells;
    qint64 m_variantId;
    bool m_remove;
};
