#include "catalog/commands/VariantTableCommands.h"

#include "catalog/ProductEditor.h"

#include <QCoreApplication>

EditVariantCell::EditVariantCell(ProductEditor* editor, int row, int column, QString before, QString after)
    : QUndoCommand(QCoreApplication::translate("ProductEditor", "Edit a variant"))
    , m_editor(editor)
    , m_row(row)
    , m_column(column)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditVariantCell::undo()
{
    m_editor->setCellText(m_row, m_column, m_before);
}

void EditVariantCell::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    m_editor->setCellText(m_row, m_column, m_after);
}

InsertVariantRow::InsertVariantRow(ProductEditor* editor, int row, QStringList cells, qint64 variantId, bool remove)
    : QUndoCommand(remove ? QCoreApplication::translate("ProductEditor", "Remove a variant")
                          : QCoreApplication::translate("ProductEditor", "Add a variant"))
    , m_editor(editor)
    , m_row(row)
    , m_cells(std::move(cells))
    , m_variantId(variantId)
    , m_remove(remove)
{ }

void InsertVariantRow::undo()
{
    if (m_remove)
        m_editor->insertRowWith(m_row, m_cells, m_variantId);
    else
        m_editor->removeRowAt(m_row);
}

void InsertVariantRow::redo()
{
    if (m_remove)
        m_editor->removeRowAt(m_row);
    else
        m_editor->insertRowWith(m_row, m_cells, m_variantId);
}
