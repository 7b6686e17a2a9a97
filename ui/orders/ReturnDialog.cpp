#include "orders/ReturnDialog.h"

#include "inventory/StockLedger.h"
#include "orders/OrderBook.h"
#include "orders/ReturnFormActions.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::orders;

ReturnDialog::ReturnDialog(storage::DatabasePtr database, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_mode(mode)
    , m_messages(new MessageBar(this))
    , m_table(new QTableWidget(this))
    , m_note(new QLineEdit(this))
    , m_refund(new QLineEdit(this))
{
    setObjectName(QStringLiteral("returnDialog"));
    m_table->setObjectName(QStringLiteral("returnLines"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_note->setObjectName(QStringLiteral("returnNote"));
    m_refund->setObjectName(QStringLiteral("refundField"));
    m_refund->setAlignment(Qt::AlignRight);
    auto* form = new QFormLayout;
    if (mode == Mode::Open) {
        m_note->setPlaceholderText(tr("e.g. sent back by post, exchange wanted"));
        form->addRow(tr("&Note:"), m_note);
        m_refund->hide();
    } else {
        form->addRow(tr("&Refund to the customer:"), m_refund);
        m_note->hide();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* ok
        = buttons->addButton(mode == Mode::Open ? tr("&Open return") : tr("&Receive"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("returnOk"));
    // The form exists once the return does: when receiving it, not while opening it.
    if (mode == Mode::Receive) {
        m_returnForm = new ReturnFormActions(
            m_database, [this] { return m_return.id ? QList<qint64> {m_return.id} : QList<qint64> {}; }, m_messages,
            this);
        auto* form = new QPushButton(tr("Return &form"), this);
        form->setObjectName(QStringLiteral("returnFormButton"));
        form->setAutoDefault(false);
        form->setMenu(m_returnForm->menu());
        form->setToolTip(m_returnForm->printAction()->toolTip());
        form->setAccessibleName(tr("Return form: print or save as PDF"));
        buttons->addButton(form, QDialogButtonBox::ActionRole);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_messages->hide();
    resize(820, 420);
}

ReturnDialog* ReturnDialog::forOrder(storage::DatabasePtr database, qint64 orderId, QWidget* parent)
{
    auto* dialog = new ReturnDialog(std::move(database), Mode::Open, parent);
    dialog->loadOrder(orderId);
    return dialog;
}

ReturnDialog* ReturnDialog::toReceive(storage::DatabasePtr database, qint64 returnId, QWidget* parent)
{
    auto* dialog = new ReturnDialog(std::move(database), Mode::Receive, parent);
    dialog->loadReturn(returnId);
    return dialog;
}

bool ReturnDialog::loadOrder(qint64 orderId)
{
    m_orderId = orderId;
    auto order = OrderBook(m_database).load(orderId);
    auto left = Returns(m_database).returnable(orderId);
    if (!order || !left) {
        m_messages->showMessage((!order ? order.error() : left.error()).toString(), MessageBar::Kind::Error);
        return false;
    }
    setWindowTitle(tr("Return from order %1 – %2").arg(order->number, order->customerName));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Can come back"), tr("Coming back"), tr("Why")});
    m_table->setRowCount(int(order->lines.size()));
    for (int r = 0; r < order->lines.size(); ++r) {
        const OrderLine& line = order->lines[r];
        m_rowIds << line.id;
        const qint64 can = left->value(line.id);
        auto* sku = new QTableWidgetItem(line.sku);
        sku->setFlags(Qt::ItemIsEnabled);
        auto* title = new QTableWidgetItem(line.title);
        title->setFlags(Qt::ItemIsEnabled);
        auto* canItem = new QTableWidgetItem(QLocale().toString(can));
        canItem->setFlags(Qt::ItemIsEnabled);
        canItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, sku);
        m_table->setItem(r, 1, title);
        m_table->setItem(r, 2, canItem);
        auto* quantity = new QSpinBox(m_table);
        quantity->setRange(0, int(can));
        quantity->setEnabled(can > 0);
        m_table->setCellWidget(r, 3, quantity);
        auto* reason = new QComboBox(m_table);
        for (ReturnReason why : allReturnReasons())
            reason->addItem(returnReasonLabel(why), int(why));
        m_table->setCellWidget(r, 4, reason);
    }
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return true;
}

bool ReturnDialog::loadReturn(qint64 returnId)
{
    auto found = Returns(m_database).load(returnId);
    if (!found) {
        m_messages->showMessage(found.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_return = *found;
    m_orderId = m_return.orderId;
    setWindowTitle(tr("Receive return %1 (order %2)").arg(m_return.number, m_return.orderNumber));
    auto locations = inventory::StockLedger(m_database).locations();
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Quantity"), tr("Why"), tr("Decision"), tr("Back to")});
    m_table->setRowCount(int(m_return.lines.size()));
    for (int r = 0; r < m_return.lines.size(); ++r) {
        const ReturnLine& line = m_return.lines[r];
        m_rowIds << line.id;
        const QString cells[4]
            = {line.sku, line.title, QLocale().toString(line.quantity), returnReasonLabel(line.reason)};
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(r, c, item);
        }
        auto* decision = new QComboBox(m_table);
        decision->addItem(tr("Back in stock"), int(ReturnDecision::Restock));
        decision->addItem(tr("Write off (not sellable)"), int(ReturnDecision::WriteOff));
        if (line.reason == ReturnReason::Damaged)
            decision->setCurrentIndex(1);
        m_table->setCellWidget(r, 4, decision);
        auto* location = new QComboBox(m_table);
        if (locations)
            for (const auto& l : *locations)
                location->addItem(l.name, l.id);
        m_table->setCellWidget(r, 5, location);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // What the customer paid for these lines, as a starting point for the refund.
    auto order = OrderBook(m_database).load(m_orderId);
    if (order) {
        Money refund = Money::zero(order->currency);
        for (const ReturnLine& line : m_return.lines)
            for (const OrderLine& ordered : order->lines)
                if (ordered.id == line.orderLineId)
                    refund += ordered.unitPrice * line.quantity;
        m_refund->setText(refund.toLocaleDecimalString());
        m_return.refund = Money::zero(order->currency);
    }
    return true;
}

void ReturnDialog::setQuantity(int row, int quantity)
{
    if (auto* spin = qobject_cast<QSpinBox*>(m_table->cellWidget(row, 3)))
        spin->setValue(quantity);
}

void ReturnDialog::setReason(int row, ReturnReason reason)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 4)))
        combo->setCurrentIndex(combo->findData(int(reason)));
}

void ReturnDialog::setWriteOff(int row, bool writeOff)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 4)))
        combo->setCurrentIndex(writeOff ? 1 : 0);
}

void ReturnDialog::setRefund(const QString& amount)
{
    m_refund->setText(amount);
}

void ReturnDialog::accept()
{
    Returns returns(m_database);
    if (m_mode == Mode::Open) {
        QList<ReturnLine> lines;
        for (int r = 0; r < m_rowIds.size(); ++r) {
            ReturnLine line;
            line.orderLineId = m_rowIds[r];
            line.sku = m_table->item(r, 0)->text();
            line.quantity = qobject_cast<QSpinBox*>(m_table->cellWidget(r, 3))->value();
            line.reason = ReturnReason(qobject_cast<QComboBox*>(m_table->cellWidget(r, 4))->currentData().toInt());
            lines << line;
        }
        auto opened = returns.open(m_orderId, lines, m_note->text());
        if (!opened) {
            QApplication::beep();
            m_messages->showMessage(opened.error().toString(), MessageBar::Kind::Error);
            return;
        }
        m_savedId = *opened;
    } else {
        auto refund = Money::parse(m_refund->text().trimmed().isEmpty() ? QStringLiteral("0") : m_refund->text(),
            m_return.refund.currency(), QLocale());
        if (!refund) {
            m_messages->showMessage(tr("“%1” is not an amount.").arg(m_refund->text()), MessageBar::Kind::Error);
            return;
        }
        QList<ReturnReceipt> receipts;
        for (int r = 0; r < m_rowIds.size(); ++r) {
            ReturnReceipt receipt;
            receipt.lineId = m_rowIds[r];
            receipt.decision
                = ReturnDecision(qobject_cast<QComboBox*>(m_table->cellWidget(r, 4))->currentData().toInt());
            receipt.locationId = qobject_cast<QComboBox*>(m_table->cellWidget(r, 5))->currentData().toLongLong();
            receipts << receipt;
        }
        if (auto received = returns.receive(m_return.id, receipts, *refund); !received) {
            QApplication::beep();
            m_messages->showMessage(received.error().toString(), MessageBar::Kind::Error);
            return;
        }
        m_savedId = m_return.id;
    }
    QDialog::accept();
}
