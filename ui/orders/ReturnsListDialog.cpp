#include "orders/ReturnsListDialog.h"

#include "orders/ReturnDialog.h"
#include "orders/ReturnFormActions.h"
#include "orders/Returns.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace comptoir;
using namespace comptoir::orders;

ReturnsListDialog::ReturnsListDialog(storage::DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_messages(new MessageBar(this))
    , m_status(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_receive(new QPushButton(tr("&Receive…"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
    , m_cancel(new QPushButton(tr("Cancel re&turn"), this))
    , m_order(new QPushButton(tr("Open &order"), this))
    , m_form(new QPushButton(tr("Return &form"), this))
    , m_returnForm(new ReturnFormActions(
          m_database, [this] { return selectedIds(); }, m_messages, this))
{
    setObjectName(QStringLiteral("returnsList"));
    setWindowTitle(tr("Returns"));
    m_status->setObjectName(QStringLiteral("returnStatusFilter"));
    m_status->addItem(tr("Expected back"), int(ReturnStatus::Open));
    m_status->addItem(tr("Received, refund to close"), int(ReturnStatus::Received));
    m_status->addItem(tr("Closed"), int(ReturnStatus::Closed));
    m_status->addItem(tr("Cancelled"), int(ReturnStatus::Cancelled));
    m_status->addItem(tr("All returns"), -1);
    m_list->setObjectName(QStringLiteral("returnsTree"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // several forms printed at once
    m_list->setHeaderLabels(
        {tr("Return"), tr("Order"), tr("Customer"), tr("Status"), tr("Items"), tr("Refund"), tr("Opened")});
    m_list->setAccessibleName(tr("Returns"));
    m_receive->setObjectName(QStringLiteral("receiveReturn"));
    m_close->setObjectName(QStringLiteral("closeReturn"));
    m_cancel->setObjectName(QStringLiteral("cancelReturn"));
    m_order->setObjectName(QStringLiteral("openReturnOrder"));
    m_form->setObjectName(QStringLiteral("returnFormButton"));
    m_form->setMenu(m_returnForm->menu());
    m_form->setToolTip(tr("The return forms of the selected returns: print them (%1) or save them as PDF")
                           .arg(m_returnForm->printAction()->shortcut().toString(QKeySequence::NativeText)));
    m_form->setAccessibleName(tr("Return forms of the selected returns: print or save as PDF"));
    connect(m_status, &QComboBox::activated, this, &ReturnsListDialog::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ReturnsListDialog::updateButtons);
    connect(m_receive, &QPushButton::clicked, this, [this] {
        std::unique_ptr<ReturnDialog> dialog(ReturnDialog::toReceive(m_database, currentId(), this));
        if (dialog->exec() == QDialog::Accepted) {
            m_messages->showMessage(tr("Return received: the stock is updated."), MessageBar::Kind::Information);
            reload();
        }
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (auto closed = Returns(m_database).close(currentId()); !closed)
            m_messages->showMessage(closed.error().toString(), MessageBar::Kind::Error);
        reload();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (auto cancelled = Returns(m_database).cancel(currentId()); !cancelled)
            m_messages->showMessage(cancelled.error().toString(), MessageBar::Kind::Error);
        reload();
    });
    connect(m_order, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_list->currentItem())
            Q_EMIT openOrder(item->data(1, Qt::UserRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_receive->isEnabled())
            m_receive->click();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_status);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_receive, m_close, m_cancel, m_order, m_form}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* done = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(done, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    m_messages->hide();
    resize(900, 480);
    reload();
}

qint64 ReturnsListDialog::currentId() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

QList<qint64> ReturnsListDialog::selectedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (QTreeWidgetItem* item = m_list->topLevelItem(i); item->isSelected())
            ids << item->data(0, Qt::UserRole).toLongLong();
    if (ids.isEmpty() && currentId() != 0)
        ids << currentId();
    return ids;
}

void ReturnsListDialog::reload()
{
    const int wanted = m_status->currentData().toInt();
    std::optional<ReturnStatus> status;
    if (wanted >= 0)
        status = ReturnStatus(wanted);
    auto returns = Returns(m_database).list(status);
    m_list->clear();
    if (!returns) {
        m_messages->showMessage(returns.error().toString(), MessageBar::Kind::Error);
        return;
    }
    const QLocale locale;
    for (const Return& r : *returns) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, r.number);
        item->setData(0, Qt::UserRole, r.id);
        item->setData(0, Qt::UserRole + 1, int(r.status));
        item->setText(1, r.orderNumber);
        item->setData(1, Qt::UserRole, r.orderId);
        item->setText(2, r.customer);
        item->setText(3, returnStatusLabel(r.status));
        item->setText(4, locale.toString(r.itemCount()));
        item->setText(5, r.status == ReturnStatus::Open ? QString() : r.refund.format(locale));
        item->setText(6, locale.toString(r.createdAt.toLocalTime().date(), QLocale::ShortFormat));
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void ReturnsListDialog::updateButtons()
{
    QTreeWidgetItem* item = m_list->currentItem();
    const auto status = item ? ReturnStatus(item->data(0, Qt::UserRole + 1).toInt()) : ReturnStatus::Cancelled;
    m_receive->setEnabled(item && status == ReturnStatus::Open);
    m_cancel->setEnabled(item && status == ReturnStatus::Open);
    m_close->setEnabled(item && status == ReturnStatus::Received);
    m_order->setEnabled(item != nullptr);
    m_form->setEnabled(item != nullptr);
    m_returnForm->setEnabled(item != nullptr);
}
