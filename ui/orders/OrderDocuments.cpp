#include "orders/OrderDocuments.h"

#include "documents/DocumentSettings.h"
#include "documents/Letterhead.h"
#include "documents/PackingSlipDocument.h"
#include "documents/PickListDocument.h"
#include "orders/PickList.h"
#include "widgets/FileDialog.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace comptoir;
using documents::DocumentSettings;

namespace {

// The pick list alone goes to `pickList`, anything with slips to `slips`, with the shop's settings.
template <typename PickListOutput, typename SlipsOutput>
Status produce(const storage::DatabasePtr& database, const QList<qint64>& orderIds, OrderDocuments::Kind kind,
    const PickListOutput& pickList, const SlipsOutput& slips)
{
    auto settings = DocumentSettings::read(database);
    if (!settings)
        return settings.error();
    if (kind == OrderDocuments::Kind::PickList) {
        auto list = orders::PickList::forOrders(database, orderIds);
        if (!list)
            return list.error();
        auto letterhead = documents::Letterhead::read(database);
        if (!letterhead)
            return letterhead.error();
        return pickList(documents::PickListDocument(*list, *letterhead, settings->pageFormat));
    }
    auto options = settings->slipOptions();
    options.pickListFirst = kind == OrderDocuments::Kind::PickListAndSlips;
    return slips(documents::PackingSlipDocument(database), options);
}

// A printer on the shop's paper, so the dialogs open on it.
Status prepare(const storage::DatabasePtr& database, QPrinter& printer, const QString& title)
{
    auto settings = DocumentSettings::read(database);
    if (!settings)
        return settings.error();
    printer.setPageLayout(documents::pageLayout(settings->pageFormat));
    printer.setDocName(title);
    return {};
}

} // namespace

OrderDocuments::OrderDocuments(storage::DatabasePtr database, QList<qint64> orderIds, Kind kind)
    : m_database(std::move(database))
    , m_orderIds(std::move(orderIds))
    , m_kind(kind)
{ }

Status OrderDocuments::writePdf(const QString& path) const
{
    return produce(
        m_database, m_orderIds, m_kind, [&](const documents::PickListDocument& list) { return list.writePdf(path); },
        [&](const documents::PackingSlipDocument& slips, const documents::PackingSlipDocument::Options& options) {
            return slips.writePdf(m_orderIds, path, options);
        });
}

Status OrderDocuments::print(QPrinter* printer) const
{
    Status printed = produce(
        m_database, m_orderIds, m_kind, [&](const documents::PickListDocument& list) { return list.print(printer); },
        [&](const documents::PackingSlipDocument& slips, const documents::PackingSlipDocument::Options& options) {
            return slips.print(m_orderIds, printer, options);
        });
    if (!printed)
        printer->abort();
    return printed;
}

Status OrderDocuments::printWithDialog(QWidget* parent, const QString& title) const
{
    QPrinter printer(QPrinter::HighResolution);
    if (auto prepared = prepare(m_database, printer, title); !prepared)
        return prepared;
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return Error(Error::Code::Cancelled, tr("Printing was cancelled."));
    return print(&printer);
}

Status OrderDocuments::printWithPreview(QWidget* parent, const QString& title) const
{
    QPrinter printer(QPrinter::HighResolution);
    if (auto prepared = prepare(m_database, printer, title); !prepared)
        return prepared;
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(title);
    // Painted for the preview first, then again on the printer chosen from it.
    Status painted;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [this, &painted](QPrinter* target) { painted = print(target); });
    const bool printedFromPreview = preview.exec() == QDialog::Accepted;
    if (!painted)
        return painted;
    if (!printedFromPreview)
        return Error(Error::Code::Cancelled, tr("Printing was cancelled."));
    return {};
}

QString OrderDocuments::askPdfPath(QWidget* parent, const QString& title, const QString& fileName)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return FileDialog::saveFileName(
        parent, title, QDir(folder).filePath(fileName + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
}
