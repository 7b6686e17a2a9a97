#include "orders/ReturnFormActions.h"

#include "documents/DocumentSettings.h"
#include "documents/PageFormat.h"
#include "documents/ReturnFormDocument.h"
#include "orders/Returns.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

using namespace comptoir;

ReturnFormActions::ReturnFormActions(
    storage::DatabasePtr database, std::function<QList<qint64>()> chosen, MessageBar* messages, QWidget* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_chosen(std::move(chosen))
    , m_messages(messages)
    , m_parent(parent)
    , m_print(new QAction(tr("&Print return form…"), this))
    , m_save(new QAction(tr("&Save return form as PDF…"), this))
    , m_menu(new QMenu(parent))
{
    m_print->setObjectName(QStringLiteral("printReturnForm"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WindowShortcut);
    m_print->setToolTip(
        tr("Preview the return form, then print it (%1)").arg(m_print->shortcut().toString(QKeySequence::NativeText)));
    m_save->setObjectName(QStringLiteral("saveReturnForm"));
    m_save->setToolTip(tr("Save the return form as a PDF file, to send it to the customer"));
    connect(m_print, &QAction::triggered, this, &ReturnFormActions::print);
    connect(m_save, &QAction::triggered, this, &ReturnFormActions::saveAs);
    parent->addAction(m_print);
    parent->addAction(m_save);
    m_menu->addAction(m_print);
    m_menu->addAction(m_save);
}

void ReturnFormActions::setEnabled(bool enabled)
{
    m_print->setEnabled(enabled);
    m_save->setEnabled(enabled);
}

QList<qint64> ReturnFormActions::chosenReturns() const
{
    const QList<qint64> ids = m_chosen();
    if (ids.isEmpty())
        m_messages->showMessage(tr("Choose a return to print its form."), MessageBar::Kind::Error);
    return ids;
}

void ReturnFormActions::print()
{
    const QList<qint64> ids = chosenReturns();
    if (ids.isEmpty())
        return;
    const documents::PageFormat format = documents::DocumentSettings::read(m_database).value_or({}).pageFormat;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(documents::pageLayout(format));
    QPrintPreviewDialog preview(&printer, m_parent);
    preview.setObjectName(QStringLiteral("returnFormPreview"));
    preview.setWindowTitle(tr("Print %n return form(s)", nullptr, int(ids.size())));
    Status printed;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* device) {
        printed = documents::ReturnFormDocument(m_database).print(ids, device, format);
        if (!printed)
            device->abort();
    });
    preview.exec();
    if (!printed)
        m_messages->showMessage(printed.error().toString(), MessageBar::Kind::Error);
}

void ReturnFormActions::saveAs()
{
    const QList<qint64> ids = chosenReturns();
    if (ids.isEmpty())
        return;
    QString name = tr("return-forms");
    if (ids.size() == 1)
        if (auto one = orders::Returns(m_database).load(ids.first()))
            name = tr("return-form-%1").arg(one->number);
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save return form as PDF"),
        QDir::home().filePath(name + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        save(path);
}

bool ReturnFormActions::save(const QString& path)
{
    const QList<qint64> ids = chosenReturns();
    if (ids.isEmpty())
        return false;
    auto written = documents::ReturnFormDocument(m_database)
                       .writePdf(ids, path, documents::DocumentSettings::read(m_database).value_or({}).pageFormat);
    if (!written) {
        m_messages->showMessage(written.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_messages->showMessage(
        tr("%n return form(s) saved to %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(path)),
        MessageBar::Kind::Information);
    return true;
}
