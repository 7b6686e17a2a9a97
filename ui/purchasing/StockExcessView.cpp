#include "purchasing/StockExcessView.h"

#include "widgets/Async.h"
#include "widgets/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::purchasing;

namespace {

constexpr int kShown = 10000;

QStandardItem* cell(const QString& text, bool right = false)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StockExcessView::StockExcessView(Kind kind, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_messages(messages)
    , m_summary(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    const QString prefix = kind == Kind::Overstock ? QStringLiteral("overstock") : QStringLiteral("deadStock");
    setObjectName(prefix + QStringLiteral("View"));
    m_summary->setObjectName(prefix + QStringLiteral("Summary"));
    m_table->setObjectName(prefix + QStringLiteral("Table"));
    m_summary->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->setColumnHidden(kind == Kind::Overstock ? LastSaleColumn : CoverColumn, true);
    if (kind == Kind::DeadStock)
        m_table->setColumnHidden(VelocityColumn, true);
    connect(m_refresh, &QPushButton::clicked, this, &StockExcessView::refresh);
    connect(&m_watcher, &QFutureWatcher<Result<StockExcess>>::finished, this, [this] {
        m_refresh->setEnabled(true);
        const auto result = m_watcher.result();
        if (!result)
            m_messages->showMessage(result.error().toString(), MessageBar::Kind::Error);
        else
            show(*result);
        Q_EMIT computed();
    });
    retranslate();
}

void StockExcessView::setDatabase(storage::DatabasePtr database)
{
    m_database = std::move(database);
    m_model->removeRows(0, m_model->rowCount());
    m_summary->clear();
}

void StockExcessView::refresh()
{
    if (!m_database || m_watcher.isRunning())
        return;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Computing…"));
    const auto database = m_database;
    const Kind kind = m_kind;
    const ReorderSettings settings = ReorderSettings::load(database).value_or(ReorderSettings());
    m_days = kind == Kind::Overstock ? settings.overstockDays : settings.deadStockDays;
    m_watcher.setFuture(runAsync<Result<StockExcess>>([database, kind, settings]() -> Result<StockExcess> {
        ReorderPlanner planner(database, settings);
        auto excess = kind == Kind::Overstock ? planner.overstock(kShown) : planner.deadStock(kShown);
        database->releaseThreadConnection();
        return excess;
    }));
}

void StockExcessView::show(const StockExcess& excess)
{
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const auto& demand : excess.variants) {
        m_model->appendRow({cell(demand.sku), cell(demand.title), cell(demand.supplierName),
            cell(locale.toString(demand.onHand), true),
            cell(locale.toString(demand.velocity, 'f', demand.velocity < 1 ? 2 : 1), true),
            cell(tr("%n day(s)", nullptr, int(std::min(demand.daysOfCover(), 99999.0))), true),
            cell(demand.lastSale.isValid() ? locale.toString(demand.lastSale.toLocalTime().date(), QLocale::ShortFormat)
                                           : tr("Never"),
                true),
            cell(demand.stockValue().format(locale), true)});
    }
    for (int c = 0; c < ColumnCount; ++c)
        if (c != TitleColumn)
            m_table->resizeColumnToContents(c);
    QString text = m_kind == Kind::Overstock
        ? tr("%n product(s) with more than %1 days of stock", nullptr, int(excess.totalVariants)).arg(m_days)
        : tr("%n product(s) in stock without a sale for %1 days", nullptr, int(excess.totalVariants)).arg(m_days);
    text += QStringLiteral(" · ")
        + tr("%1 units, %2 at cost").arg(locale.toString(excess.totalUnits), excess.totalValue.format(locale));
    if (excess.totalVariants > excess.variants.size())
        text += QStringLiteral(" · ") + tr("the %1 tying up the most money are listed").arg(locale.toString(kShown));
    m_summary->setText(text);
}

void StockExcessView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StockExcessView::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_model->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Supplier"), tr("On hand"), tr("Sold per day"),
        tr("Days of stock"), tr("Last sale"), tr("Value at cost")});
    m_table->setAccessibleName(m_kind == Kind::Overstock ? tr("Overstock") : tr("Dead stock"));
}
