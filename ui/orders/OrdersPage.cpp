#include "orders/OrdersPage.h"

#include "io/OrderImportDialog.h"
#include "orders/OrderBook.h"
#include "orders/OrderDialog.h"
#include "orders/OrderEditor.h"
#include "orders/OrderTableModel.h"
#include "orders/ReturnsListDialog.h"
#include "widgets/Async.h"
#include "widgets/MessageBar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using comptoir::orders::OrderList;

OrdersPage::OrdersPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new OrderTableModel(this))
    , m_messages(new MessageBar(this))
    , m_chips(new QButtonGroup(this))
    , m_toPrepare(new QToolButton(this))
    , m_readyToShip(new QToolButton(this))
    , m_onHold(new QToolButton(this))
    , m_problems(new QToolButton(this))
    , m_shipped(new QToolButton(this))
    , m_all(new QToolButton(this))
    , m_channel(new QComboBox(this))
    , m_newOrder(new QToolButton(this))
    , m_counterSale(new QToolButton(this))
    , m_returns(new QToolButton(this))
    , m_print(new QToolButton(this))
    , m_importOrders(new QToolButton(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("ordersPage"));
    const struct
    {
        QToolButton* button;
        const char* name;
        OrderList::StatusFilter filter;
    } chips[] = {{m_toPrepare, "chipToPrepare", OrderList::StatusFilter::ToPrepare},
        {m_readyToShip, "chipReadyToShip", OrderList::StatusFilter::ReadyToShip},
        {m_onHold, "chipOnHold", OrderList::StatusFilter::OnHold},
        {m_problems, "chipProblems", OrderList::StatusFilter::Problem},
        {m_shipped, "chipShipped", OrderList::StatusFilter::Shipped}, {m_all, "chipAll", OrderList::StatusFilter::All}};
    auto* top = new QHBoxLayout; // search and new orders
    auto* bar = new QHBoxLayout; // filters
    for (const auto& chip : chips) {
        chip.button->setObjectName(QString::fromLatin1(chip.name));
        chip.button->setCheckable(true);
        chip.button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_chips->addButton(chip.button, int(chip.filter));
        bar->addWidget(chip.button);
    }
    m_chips->setExclusive(true);
    m_toPrepare->setChecked(true);
    bar->addSpacing(12);

    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_channel);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addDays(-30));
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addStretch(1);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_count->setObjectName(QStringLiteral("orderCount"));
    top->addWidget(m_count);
    top->addSpacing(12);
    m_newOrder->setObjectName(QStringLiteral("newOrderButton"));
    m_counterSale->setObjectName(QStringLiteral("counterSaleButton"));
    m_returns->setObjectName(QStringLiteral("returnsButton"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setMenu(new QMenu(m_print));
    m_importOrders->setObjectName(QStringLiteral("importOrdersButton"));
    for (QToolButton* button : {m_print, m_newOrder, m_counterSale, m_returns, m_importOrders}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        top->addWidget(button);
    }
    connect(m_newOrder, &QToolButton::clicked, this, &OrdersPage::newOrder);
    connect(m_counterSale, &QToolButton::clicked, this, &OrdersPage::counterSale);
    connect(m_returns, &QToolButton::clicked, this, &OrdersPage::showReturns);
    connect(m_importOrders, &QToolButton::clicked, this, [this] { importOrders(); });

    m_table->setObjectName(QStringLiteral("orderTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(OrderTableModel::Date, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(OrderTableModel::Customer, QHeaderView::Stretch);
    // Translated labels vary in length: size these to what they show (the loaded page only).
    m_table->horizontalHeader()->setSectionResizeMode(OrderTableModel::Status, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OrderTableModel::Channel, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(OrderTableModel::Date, 150);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_chips, &QButtonGroup::idClicked, this, &OrdersPage::applyFilters);
    connect(m_channel, &QComboBox::activated, this, &OrdersPage::applyFilters);
    connect(m_table, &QTableView::activated, this, &OrdersPage::openCurrent);
    connect(m_search, &QLineEdit::returnPressed, this, &OrdersPage::searchEntered);
    connect(m_period, &QComboBox::activated, this, [this] {
        const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_from->isEnabled())
            applyFilters();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_to->isEnabled())
            applyFilters();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &OrdersPage::applyFilters);
    connect(m_model, &LazyTableModel::reloaded, this, &OrdersPage::refreshCount);
    // firstRowsShown is emitted once rows have been painted, not merely loaded.
    m_table->viewport()->installEventFilter(this);
    connect(m_model, &LazyTableModel::loadFailed, this,
        [this](const QString& message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
    connect(&m_countWatcher, &QFutureWatcher<qint64>::finished, this, [this] {
        const qint64 count = m_countWatcher.result();
        m_count->setText(count < 0 ? QString() : tr("%n order(s)", nullptr, int(std::min<qint64>(count, INT_MAX))));
    });
    retranslate();
}

void OrdersPage::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = database;
    m_model->setDatabase(std::move(database));
}

void OrdersPage::setStatusFilter(OrderList::StatusFilter filter)
{
    if (auto* button = m_chips->button(int(filter)))
        button->setChecked(true);
    applyFilters();
}

void OrdersPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
    m_from->setEnabled(period == Period::Custom);
    m_to->setEnabled(period == Period::Custom);
    applyFilters();
}

void OrdersPage::setCustomRange(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    setPeriod(Period::Custom);
}

void OrdersPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void OrdersPage::applyFilters()
{
    const QDate today = QDate::currentDate();
    QDate from, to;
    switch (Period(m_period->currentData().toInt())) {
    case Period::AllDates:
        break;
    case Period::Today:
        from = to = today;
        break;
    case Period::Last7Days:
        from = today.addDays(-6);
        to = today;
        break;
    case Period::Last30Days:
        from = today.addDays(-29);
        to = today;
        break;
    case Period::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = today;
        break;
    case Period::ThisYear:
        from = QDate(today.year(), 1, 1);
        to = today;
        break;
    case Period::Custom:
        from = m_from->date();
        to = m_to->date();
        break;
    }
    std::optional<comptoir::orders::Channel> channel;
    if (m_channel->currentIndex() > 0)
        channel = comptoir::orders::Channel(m_channel->currentData().toInt());
    m_model->setFilters(OrderList::StatusFilter(m_chips->checkedId()), from, to, m_search->text(), channel);
}

void OrdersPage::openCurrent()
{
    if (const auto* row = m_model->orderAt(m_table->currentIndex()))
        openOrder(row->id);
}

void OrdersPage::searchEntered()
{
    // A scanned slip types the order number and Enter: open that order at once.
    if (!m_database)
        return;
    auto id = comptoir::orders::OrderBook(m_database).idForNumber(m_search->text());
    if (id && *id != 0) {
        m_search->selectAll();
        openOrder(*id);
    } else if (m_model->rowCount() > 0) {
        m_table->setFocus();
        m_table->selectRow(0);
    }
}

void OrdersPage::openOrder(qint64 orderId)
{
    if (!m_database)
        return;
    OrderDialog dialog(m_database, orderId, this);
    bool changed = false;
    connect(&dialog, &OrderDialog::orderChanged, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed)
        m_model->reload();
}

void OrdersPage::openOrderNumber(const QString& number)
{
    if (!m_database)
        return;
    auto id = comptoir::orders::OrderBook(m_database).idForNumber(number);
    if (!id)
        m_messages->showMessage(id.error().toString(), MessageBar::Kind::Error);
    else if (*id == 0)
        m_messages->showMessage(tr("There is no order %1.").arg(number), MessageBar::Kind::Error);
    else
        openOrder(*id);
}

void OrdersPage::showReturns()
{
    if (!m_database)
        return;
    ReturnsListDialog dialog(m_database, this);
    connect(&dialog, &ReturnsListDialog::openOrder, this, [this, &dialog](qint64 orderId) {
        openOrder(orderId);
        dialog.reload();
    });
    dialog.exec();
    m_model->reload();
}

QList<qint64> OrdersPage::chosenOrders() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        for (const QModelIndex& row : rows)
            if (const auto* order = m_model->orderAt(row))
                ids << order->id;
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    // None selected: every order listed (the oldest first), as a morning's batch.
    std::unique_ptr<OrderList> list = m_model->makeList(m_database);
    list->setSort(OrderList::Sort::Date, Qt::AscendingOrder);
    QVariantList cursor;
    for (;;) {
        auto page = list->fetch(500, cursor);
        if (!page || page->isEmpty())
            break;
        for (const auto& row : *page)
            ids << row.id;
        if (ids.size() >= 5000)
            break;
    }
    return ids;
}

bool OrdersPage::saveDocuments(Documents documents, const QString& path)
{
    const QList<qint64> ids = chosenOrders();
    if (ids.isEmpty()) {
        m_messages->showMessage(tr("No order listed: choose the orders to print first."), MessageBar::Kind::Error);
        return false;
    }
    if (auto written = OrderDocuments(m_database, ids, documents).writePdf(path); !written) {
        m_messages->showMessage(written.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_messages->showMessage(
        tr("%n order(s) saved to %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(path)),
        MessageBar::Kind::Information);
    return true;
}

void OrdersPage::printDocuments(Documents documents)
{
    const QList<qint64> ids = chosenOrders();
    if (ids.isEmpty()) {
        m_messages->showMessage(tr("No order listed: choose the orders to print first."), MessageBar::Kind::Error);
        return;
    }
    const auto printed = OrderDocuments(m_database, ids, documents)
                             .printWithDialog(this, tr("Print %n order(s)", nullptr, int(ids.size())));
    if (!printed && printed.error().code != comptoir::Error::Code::Cancelled)
        m_messages->showMessage(printed.error().toString(), MessageBar::Kind::Error);
}

void OrdersPage::newOrder()
{
    if (!m_database)
        return;
    OrderEditor editor(m_database, OrderEditor::Mode::NewOrder, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    auto order = comptoir::orders::OrderBook(m_database).load(editor.savedOrderId());
    if (order)
        m_messages->showMessage(tr("Order %1 saved.").arg(order->number), MessageBar::Kind::Information);
}

void OrdersPage::counterSale()
{
    if (!m_database)
        return;
    OrderEditor editor(m_database, OrderEditor::Mode::CounterSale, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    auto sale = comptoir::orders::OrderBook(m_database).load(editor.savedOrderId());
    if (sale)
        m_messages->showMessage(tr("Sale %1 recorded: %2, stock updated.").arg(sale->number, sale->total().format()),
            MessageBar::Kind::Information);
}

void OrdersPage::importOrders(const QString& file)
{
    if (!m_database)
        return;
    auto* dialog = new OrderImportDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderImportDialog::imported, this, [this](const comptoir::io::OrderImportReport& report) {
        m_messages->showMessage(tr("Orders imported. %1").arg(report.summary()), MessageBar::Kind::Positive);
        m_model->reload();
    });
    dialog->open();
    if (!file.isEmpty())
        dialog->setFile(file, true);
}

void OrdersPage::refreshCount()
{
    if (!m_database)
        return;
    m_count->setText(tr("Counting…"));
    std::shared_ptr<OrderList> list = m_model->makeList(m_database);
    const auto database = m_database;
    m_countWatcher.setFuture(runAsync<qint64>([list, database]() -> qint64 {
        auto count = list->count();
        database->releaseThreadConnection();
        return count ? *count : -1;
    }));
}

bool OrdersPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && !m_rowsPainted && m_model->rowCount() > 0) {
        m_rowsPainted = true;
        QTimer::singleShot(0, this, &OrdersPage::firstRowsShown); // after this paint completes
    }
    return QWidget::eventFilter(watched, event);
}

void OrdersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrdersPage::retranslate()
{
    m_toPrepare->setText(tr("To prepare"));
    m_toPrepare->setToolTip(tr("Paid orders waiting to be prepared (Alt+1)"));
    m_toPrepare->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_readyToShip->setText(tr("Ready to ship"));
    m_readyToShip->setToolTip(tr("Packed orders waiting for the carrier (Alt+2)"));
    m_readyToShip->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_onHold->setText(tr("On hold"));
    m_onHold->setToolTip(tr("Orders put on hold (Alt+3)"));
    m_onHold->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    m_problems->setText(tr("Problems"));
    m_problems->setToolTip(tr("Open orders that lack stock (Alt+4)"));
    m_problems->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    m_shipped->setText(tr("Shipped"));
    m_shipped->setToolTip(tr("Shipped and delivered orders (Alt+5)"));
    m_shipped->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    m_all->setText(tr("All"));
    m_all->setToolTip(tr("Every order (Alt+6)"));
    m_all->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    for (QToolButton* chip : {m_toPrepare, m_readyToShip, m_onHold, m_problems, m_shipped, m_all})
        chip->setAccessibleName(tr("Show orders: %1").arg(chip->text()));
    m_newOrder->setText(tr("New order"));
    m_newOrder->setToolTip(tr("A phone or e-mail order (Ctrl+N)"));
    m_newOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_counterSale->setText(tr("Counter sale"));
    m_counterSale->setToolTip(tr("A sale at the shop counter: the stock leaves at once (Ctrl+Shift+N)"));
    m_counterSale->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_print->setText(tr("Print"));
    m_print->setToolTip(tr("Pick list and packing slips of the selected orders, or of every order listed when "
                           "none is selected"));
    QMenu* menu = m_print->menu();
    menu->clear();
    const auto save = [this](Documents documents, const QString& name) {
        const QString path = OrderDocuments::askPdfPath(this, tr("Save as PDF"), name);
        if (!path.isEmpty())
            saveDocuments(documents, path);
    };
    menu->addAction(tr("Pick list and packing slips (PDF)…"), this,
        [save, this] { save(Documents::PickListAndSlips, tr("orders")); });
    menu->addAction(tr("Packing slips (PDF)…"), this, [save, this] { save(Documents::Slips, tr("packing-slips")); });
    menu->addAction(tr("Pick list (PDF)…"), this, [save, this] { save(Documents::PickList, tr("pick-list")); });
    menu->addSeparator();
    menu->addAction(
        tr("Print pick list and packing slips…"), this, [this] { printDocuments(Documents::PickListAndSlips); });
    menu->addAction(tr("Print packing slips…"), this, [this] { printDocuments(Documents::Slips); });
    menu->addAction(tr("Print pick list…"), this, [this] { printDocuments(Documents::PickList); });
    m_returns->setText(tr("Returns"));
    m_returns->setToolTip(tr("Parcels coming back: receive them, refund, close (Ctrl+Shift+R)"));
    m_returns->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_importOrders->setText(tr("Import orders…"));
    m_importOrders->setToolTip(
        tr("Orders from a CSV file: a Shopify or WooCommerce order export, or Comptoir's (Ctrl+Shift+O)"));

    const int channel = m_channel->currentIndex() < 0 ? -1 : m_channel->currentData().toInt();
    m_channel->clear();
    m_channel->addItem(tr("All channels"), -1);
    for (auto c : {comptoir::orders::Channel::Website, comptoir::orders::Channel::Counter,
             comptoir::orders::Channel::Marketplace, comptoir::orders::Channel::Phone})
        m_channel->addItem(comptoir::orders::channelLabel(c), int(c));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    m_channel->setAccessibleName(tr("Sales channel"));

    const int current = m_period->currentIndex() < 0 ? int(Period::AllDates) : m_period->currentData().toInt();
    m_period->clear();
    m_period->addItem(tr("All dates"), int(Period::AllDates));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Custom range"), int(Period::Custom));
    m_period->setCurrentIndex(m_period->findData(current));
    m_period->setAccessibleName(tr("Order dates"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_search->setPlaceholderText(tr("Order number, customer, e-mail or tracking number (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search orders"));
    m_table->setAccessibleName(tr("Orders"));
}
