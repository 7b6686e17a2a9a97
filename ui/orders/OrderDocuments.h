#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPrinter;
class QWidget;

// The pick list and packing slips of some orders, saved as PDF or printed on the paper and with the
// prices chosen in Settings ▸ Documents: what the Orders page prints for a batch, and the order
// window for its one slip.
class OrderDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(OrderDocuments)

public:
    enum class Kind
    {
        Slips,
        PickList,
        PickListAndSlips,
    };

    // `orderIds` in the order the slips come out.
    OrderDocuments(comptoir::storage::DatabasePtr database, QList<qint64> orderIds, Kind kind);

    // Writes one PDF, whole or not at all.
    comptoir::Status writePdf(const QString& path) const;
    // Prints on a printer set up by a print dialog (or a preview's); aborts the job when it fails.
    comptoir::Status print(QPrinter* printer) const;

    // The print dialog on the shop's paper, then the job; Cancelled when the user closes the dialog.
    comptoir::Status printWithDialog(QWidget* parent, const QString& title) const;
    // The pages as they will come out, in a print preview the user prints from; Cancelled when it is
    // closed without printing.
    comptoir::Status printWithPreview(QWidget* parent, const QString& title) const;

    // Asks where to save a PDF (through FileDialog, which tests answer), proposing `fileName`.pdf in
    // the user's documents folder; empty when the user cancelled.
    static QString askPdfPath(QWidget* parent, const QString& title, const QString& fileName);

private:
    comptoir::storage::DatabasePtr m_database;
    QList<qint64> m_orderIds;
    Kind m_kind;
};
