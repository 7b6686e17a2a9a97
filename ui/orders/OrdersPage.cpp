#include "orders/OrdersPage.h"

#include "orders/OrderTableModel.h"
#include "widgets/Async.h"
#include "widgets/MessageBar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    , m_onHold(new QToolButton(this))
    , m_shipped(new QToolButton(this))
    , m_all(new QToolButton(this))
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
        {m_onHold, "chipOnHold", OrderList::StatusFilter::OnHold},
        {m_shipped, "chipShipped", OrderList::StatusFilter::Shipped}, {m_all, "chipAll", OrderList::StatusFilter::All}};
    auto* bar = new QHBoxLayout;
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
    bar->addSpacing(12);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_count->setObjectName(QStringLiteral("orderCount"));
    bar->addWidget(m_count);

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
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_chips, &QButtonGroup::idClicked, this, &OrdersPage::applyFilters);
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
    m_model->setFilters(OrderList::StatusFilter(m_chips->checkedId()), from, to, m_search->text());
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
    m_onHold->setText(tr("On hold"));
    m_onHold->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_shipped->setText(tr("Shipped"));
    m_shipped->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    m_all->setText(tr("All"));
    m_all->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    for (QToolButton* chip : {m_toPrepare, m_onHold, m_shipped, m_all})
        chip->setAccessibleName(tr("Show orders: %1").arg(chip->text()));

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
    m_search->setPlaceholderText(tr("Order number, customer or e-mail (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search orders"));
    m_table->setAccessibleName(tr("Orders"));
}
