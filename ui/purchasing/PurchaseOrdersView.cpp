#include "purchasing/PurchaseOrdersView.h"

#include "documents/PurchaseOrderDocument.h"
#include "purchasing/ReceiveDialog.h"
#include "purchasing/SupplierBook.h"
#include "settings/ShopSettings.h"
#include "widgets/MessageBar.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::purchasing;

namespace {

QStandardItem* cell(const QString& text, bool right = false)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

PurchaseOrdersView::PurchaseOrdersView(MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_messages(messages)
    , m_filter(new QComboBox(this))
    , m_list(new QTableView(this))
    , m_listModel(new QStandardItemModel(this))
    , m_header(new QLabel(this))
    , m_lines(new QTableView(this))
    , m_linesModel(new QStandardItemModel(this))
    , m_send(new QPushButton(this))
    , m_receive(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_print(new QPushButton(this))
{
    m_filter->setObjectName(QStringLiteral("purchaseFilter"));
    m_list->setObjectName(QStringLiteral("purchaseOrderList"));
    m_lines->setObjectName(QStringLiteral("purchaseOrderLines"));
    m_header->setObjectName(QStringLiteral("purchaseOrderHeader"));
    m_send->setObjectName(QStringLiteral("markSent"));
    m_receive->setObjectName(QStringLiteral("receive"));
    m_close->setObjectName(QStringLiteral("closeOrder"));
    m_cancel->setObjectName(QStringLiteral("cancelOrder"));
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_print->setObjectName(QStringLiteral("printOrder"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_filter->addItem(QString());
    m_filter->addItem(QString());

    for (QTableView* table : {m_list, m_lines}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setAlternatingRowColors(true);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    }
    m_list->setModel(m_listModel);
    m_lines->setModel(m_linesModel);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_lines, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_receive);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_cancel);
    rightLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 700});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &PurchaseOrdersView::refresh);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            showOrder(current.isValid() ? m_listModel->item(current.row(), 0)->data().toLongLong() : 0);
        });
    connect(m_send, &QPushButton::clicked, this, [this] {
        const qint64 id = m_current.id;
        act([this, id] { return PurchaseOrders(m_database).markSent(id); },
            tr("%1 is marked as sent to %2.").arg(m_current.number, m_current.supplierName));
    });
    connect(m_receive, &QPushButton::clicked, this, &PurchaseOrdersView::receive);
    connect(m_close, &QPushButton::clicked, this, [this] {
        const qint64 id = m_current.id;
        if (MessageBox::question(this, tr("Close %1").arg(m_current.number),
                tr("%n item(s) still expected will not be waited for any more.", nullptr, int(m_current.outstanding())),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        act([this, id] { return PurchaseOrders(m_database).close(id); }, tr("%1 is closed.").arg(m_current.number));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const qint64 id = m_current.id;
        if (MessageBox::question(this, tr("Cancel %1").arg(m_current.number),
                tr("Cancel the purchase order to %1?").arg(m_current.supplierName), QMessageBox::Yes | QMessageBox::No,
                QMessageBox::No)
            != QMessageBox::Yes)
            return;
        act([this, id] { return PurchaseOrders(m_database).cancel(id); }, tr("%1 is cancelled.").arg(m_current.number));
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(m_print, &QPushButton::clicked, this, &PurchaseOrdersView::print);
    auto* printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printKey, &QShortcut::activated, m_print, &QPushButton::click);
    auto* receiveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(receiveKey, &QShortcut::activated, m_receive, &QPushButton::click);
    retranslate();
    showOrder(0);
}

void PurchaseOrdersView::setDatabase(storage::DatabasePtr database)
{
    m_database = std::move(database);
    refresh();
}

void PurchaseOrdersView::refresh()
{
    const qint64 keep = m_current.id;
    m_listModel->removeRows(0, m_listModel->rowCount());
    if (!m_database)
        return;
    auto orders = PurchaseOrders(m_database).list(m_filter->currentIndex() == 0);
    if (!orders) {
        m_messages->showMessage(orders.error().toString(), MessageBar::Kind::Error);
        return;
    }
    for (const auto& order : *orders) {
        auto* number = cell(order.number);
        number->setData(order.id);
        m_listModel->appendRow({number, cell(order.supplierName), cell(statusLabel(order.status)),
            cell(dateText(order.expected)),
            cell(QStringLiteral("%1 / %2").arg(QLocale().toString(order.received), QLocale().toString(order.quantity)),
                true),
            cell(order.total.format(QLocale()), true)});
    }
    m_list->resizeColumnsToContents();
    select(keep);
    // Nothing chosen yet: the first order, so the page never opens empty.
    if (!m_list->currentIndex().isValid() && m_listModel->rowCount() > 0)
        select(m_listModel->item(0, 0)->data().toLongLong());
    if (!m_list->currentIndex().isValid())
        showOrder(0);
}

void PurchaseOrdersView::select(qint64 id)
{
    for (int row = 0; row < m_listModel->rowCount(); ++row) {
        if (m_listModel->item(row, 0)->data().toLongLong() == id) {
            m_list->setCurrentIndex(m_listModel->index(row, 0));
            showOrder(id); // also when it was already the current row
            return;
        }
    }
}

void PurchaseOrdersView::showOrder(qint64 id)
{
    m_linesModel->removeRows(0, m_linesModel->rowCount());
    m_current = PurchaseOrder();
    if (id != 0 && m_database) {
        auto order = PurchaseOrders(m_database).load(id);
        if (order)
            m_current = *order;
        else
            m_messages->showMessage(order.error().toString(), MessageBar::Kind::Error);
    }
    const bool has = m_current.id != 0;
    m_send->setEnabled(has && m_current.status == PurchaseStatus::Draft);
    m_receive->setEnabled(has && m_current.isOpen());
    m_close->setEnabled(has && m_current.status == PurchaseStatus::PartlyReceived);
    m_cancel->setEnabled(
        has && (m_current.status == PurchaseStatus::Draft || m_current.status == PurchaseStatus::Sent));
    if (!has) {
        m_header->setText(tr("Select a purchase order, or create some from the To reorder tab."));
        return;
    }
    m_header->setText(tr("<b>%1</b> to <b>%2</b> · %3 · deliver to %4 · expected %5 · %6")
                          .arg(m_current.number.toHtmlEscaped(), m_current.supplierName.toHtmlEscaped(),
                              statusLabel(m_current.status).toHtmlEscaped(), m_current.locationName.toHtmlEscaped(),
                              dateText(m_current.expected), m_current.total().format(QLocale()).toHtmlEscaped()));
    for (const auto& line : m_current.lines)
        m_linesModel->appendRow(
            {cell(line.sku), cell(line.title), cell(line.supplierSku), cell(QLocale().toString(line.quantity), true),
                cell(QLocale().toString(line.received), true), cell(QLocale().toString(line.outstanding()), true),
                cell(line.unitCost.format(QLocale()), true), cell(line.total().format(QLocale()), true)});
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void PurchaseOrdersView::receive()
{
    if (!m_current.isOpen() || m_current.id == 0)
        return;
    ReceiveDialog dialog(m_database, m_current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_messages->showMessage(tr("Received into stock at %1.").arg(m_current.locationName), MessageBar::Kind::Positive);
    refresh();
}

namespace {

documents::PurchaseOrderDocument documentFor(const storage::DatabasePtr& database, const PurchaseOrder& order)
{
    return documents::PurchaseOrderDocument(order, SupplierBook(database).load(order.supplierId).value_or(Supplier()),
        settings::ShopSettings(database).identity().value_or(settings::ShopIdentity()));
}

} // namespace

bool PurchaseOrdersView::savePdf(const QString& path)
{
    if (m_current.id == 0)
        return false;
    QString file = path;
    if (file.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        file = QFileDialog::getSaveFileName(this, tr("Save %1 as PDF").arg(m_current.number),
            QDir(folder).filePath(m_current.number + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
        if (file.isEmpty())
            return false;
    }
    if (auto written = documentFor(m_database, m_current).writePdf(file); !written) {
        m_messages->showMessage(written.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_messages->showMessage(
        tr("%1 saved as %2.").arg(m_current.number, QDir::toNativeSeparators(file)), MessageBar::Kind::Positive);
    return true;
}

void PurchaseOrdersView::print()
{
    if (m_current.id == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_current.number);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    documentFor(m_database, m_current).print(&printer);
}

void PurchaseOrdersView::act(const std::function<Status()>& action, const QString& done)
{
    if (auto result = action(); !result) {
        m_messages->showMessage(result.error().toString(), MessageBar::Kind::Error);
        return;
    }
    m_messages->showMessage(done, MessageBar::Kind::Positive);
    refresh();
}

void PurchaseOrdersView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PurchaseOrdersView::retranslate()
{
    m_filter->setItemText(0, tr("Open orders"));
    m_filter->setItemText(1, tr("All orders"));
    m_filter->setAccessibleName(tr("Which purchase orders"));
    m_listModel->setHorizontalHeaderLabels(
        {tr("Number"), tr("Supplier"), tr("Status"), tr("Expected"), tr("Received"), tr("Total")});
    m_linesModel->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Supplier SKU"), tr("Ordered"),
        tr("Received"), tr("Still expected"), tr("Unit cost"), tr("Total")});
    m_send->setText(tr("Mark as &sent"));
    m_receive->setText(tr("&Receive…"));
    m_receive->setToolTip(tr("Scan or enter what arrived (Ctrl+R)"));
    m_close->setText(tr("C&lose"));
    m_close->setToolTip(tr("Stop waiting for what has not arrived"));
    m_cancel->setText(tr("Cance&l order"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText));
    m_list->setAccessibleName(tr("Purchase orders"));
    m_lines->setAccessibleName(tr("Lines of the purchase order"));
}
