#pragma once

#include "io/ColumnMapping.h"

#include <QDialog>

class QTableWidget;

// Says which column of a product file holds which of Comptoir's fields: one line per column of
// the file, with an example value and a choice of field ("Ignore" to leave it out). The choice is
// remembered per set of columns, so the next file from the same supplier or tool is mapped at once.
class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingDialog)

public:
    // `rows`: the first lines of the file, for the examples.
    ColumnMappingDialog(const QStringList& header, const QList<QStringList>& rows,
        const comptoir::io::ColumnMapping& mapping, QWidget* parent = nullptr);

    comptoir::io::ColumnMapping mapping() const;
    QTableWidget* table() const { return m_table; }

    // The mapping saved for this header (by its column names), or a guess when there is none.
    static comptoir::io::ColumnMapping remembered(const QStringList& header);
    static void remember(const QStringList& header, const comptoir::io::ColumnMapping& mapping);

private:
    QStringList m_header;
    QTableWidget* m_table;
};
