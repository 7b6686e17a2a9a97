#include "purchasing/ReceiveDialog.h"

#include "widgets/MessageBar.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::purchasing;

ReceiveDialog::ReceiveDialog(storage::DatabasePtr database, const PurchaseOrder& order, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_order(order)
    , m_messages(new MessageBar(this))
    , m_scan(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("receiveDialog"));
    setWindowTitle(tr("Receive %1 from %2").arg(order.number, order.supplierName));
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_note->setObjectName(QStringLiteral("deliveryNote"));
    m_scan->setPlaceholderText(tr("Scan a barcode or type a SKU, then Enter"));
    m_scan->setAccessibleName(tr("Scan"));
    m_note->setPlaceholderText(tr("e.g. the delivery note number"));
    m_table->setObjectName(QStringLiteral("receiveTable"));
    m_model->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Still expected"), tr("Arriving")});
    for (const auto& line : order.lines) {
        if (line.outstanding() == 0)
            continue;
        auto* sku = new QStandardItem(line.sku);
        sku->setData(line.variantId);
        sku->setEditable(false);
        auto* title = new QStandardItem(line.title);
        title->setEditable(false);
        auto* outstanding = new QStandardItem(QLocale().toString(line.outstanding()));
        outstanding->setEditable(false);
        outstanding->setData(line.outstanding());
        auto* arriving = new QStandardItem(QStringLiteral("0"));
        m_model->appendRow({sku, title, outstanding, arriving});
    }
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    m_table->setAccessibleName(tr("Lines to receive"));

    auto* all = new QPushButton(tr("&Everything arrived"), this);
    all->setObjectName(QStringLiteral("receiveEverything"));
    connect(all, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_model->item(row, ArrivingColumn)->setText(m_model->item(row, OutstandingColumn)->text());
    });
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        scan(m_scan->text());
        m_scan->clear();
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Scan:"), m_scan);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* receive = buttons->addButton(tr("&Receive into stock"), QDialogButtonBox::AcceptRole);
    receive->setObjectName(QStringLiteral("receiveButton"));
    receive->setAutoDefault(false);
    receive->setDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(new QLabel(tr("Deliver to %1. Each scan adds one.").arg(order.locationName), this));
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(all);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    for (auto* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);
    m_messages->hide();
    resize(720, 460);
    m_scan->setFocus();
}

void ReceiveDialog::scan(const QString& code)
{
    if (code.trimmed().isEmpty())
        return;
    auto line = PurchaseOrders::lineForCode(m_order, code);
    if (!line) {
        QApplication::beep();
        m_messages->showMessage(line.error().message, MessageBar::Kind::Error);
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, SkuColumn)->data().toLongLong() != line->variantId)
            continue;
        QStandardItem* arriving = m_model->item(row, ArrivingColumn);
        const qint64 count = QLocale().toLongLong(arriving->text()) + 1;
        arriving->setText(QLocale().toString(count));
        m_table->selectRow(row);
        if (count > m_model->item(row, OutstandingColumn)->data().toLongLong()) {
            QApplication::beep();
            m_messages->showMessage(tr("More %1 than expected: %2 of %3.")
                                        .arg(line->sku)
                                        .arg(count)
                                        .arg(m_model->item(row, OutstandingColumn)->data().toLongLong()),
                MessageBar::Kind::Error);
        } else {
            m_messages->showMessage(tr("%1: %2 of %3")
                                        .arg(line->sku)
                                        .arg(count)
                                        .arg(m_model->item(row, OutstandingColumn)->data().toLongLong()),
                MessageBar::Kind::Positive);
        }
        return;
    }
    m_messages->showMessage(tr("%1 was already received in full.").arg(line->sku), MessageBar::Kind::Error);
}

QList<ReceivedItem> ReceiveDialog::items() const
{
    QList<ReceivedItem> items;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        bool ok = false;
        const qint64 quantity = QLocale().toLongLong(m_model->item(row, ArrivingColumn)->text(), &ok);
        if (ok && quantity != 0)
            items.append({m_model->item(row, SkuColumn)->data().toLongLong(), quantity});
    }
    return items;
}

void ReceiveDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ReceiveDialog::accept()
{
    auto received = PurchaseOrders(m_database).receive(m_order.id, items(), m_note->text());
    if (!received) {
        m_messages->showMessage(received.error().toString(), MessageBar::Kind::Error);
        return;
    }
    QDialog::accept();
}
