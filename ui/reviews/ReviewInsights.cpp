#include "reviews/ReviewInsights.h"

#include "reviews/ReviewStats.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using comptoir::reviews::Cause;
using comptoir::reviews::ReviewStats;

namespace {

constexpr int kMonthsRole = Qt::UserRole + 1;

// Twelve months as small bars, the last one (this month) darker.
class MonthBars final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QVariantList months = index.data(kMonthsRole).toList();
        if (months.isEmpty())
            return;
        int most = 1;
        for (const QVariant& m : months)
            most = std::max(most, m.toInt());
        const QRect area = option.rect.adjusted(4, 4, -4, -4);
        const qreal width = qreal(area.width()) / months.size();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        for (int i = 0; i < months.size(); ++i) {
            const int value = months.at(i).toInt();
            const int height = value == 0 ? 1 : std::max(2, int(area.height() * value / most));
            const QRectF bar(area.left() + i * width + 1, area.bottom() - height + 1, std::max(1.0, width - 2), height);
            painter->fillRect(bar, i == months.size() - 1 ? QColor(0xb0, 0x1e, 0x1e) : QColor(0x9a, 0xa5, 0xb1));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(150, 22));
    }
};

QTableWidgetItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

QTableWidgetItem* number(double value, int decimals = 0)
{
    return item(QLocale().toString(value, 'f', decimals), Qt::AlignRight | Qt::AlignVCenter);
}

void setUpTable(QTableWidget* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace

ReviewInsights::ReviewInsights(QWidget* parent)
    : QWidget(parent)
    , m_month(QDate::currentDate())
    , m_summary(new QLabel(this))
    , m_causesTitle(new QLabel(this))
    , m_productsTitle(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_causes(new QTableWidget(0, CauseColumnCount, this))
    , m_products(new QTableWidget(0, ProductColumnCount, this))
{
    setObjectName(QStringLiteral("reviewInsights"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);
    m_causes->setObjectName(QStringLiteral("causesTable"));
    m_products->setObjectName(QStringLiteral("productsTable"));
    m_period->setObjectName(QStringLiteral("insightsPeriodCombo"));
    QFont bold = m_causesTitle->font();
    bold.setBold(true);
    m_causesTitle->setFont(bold);
    m_productsTitle->setFont(bold);
    setUpTable(m_causes);
    setUpTable(m_products);
    m_causes->setItemDelegateForColumn(Months, new MonthBars(m_causes));
    m_causes->horizontalHeader()->setSectionResizeMode(Months, QHeaderView::Stretch);
    m_products->horizontalHeader()->setSectionResizeMode(ProductName, QHeaderView::Stretch);
    m_causes->setMinimumHeight(m_causes->verticalHeader()->defaultSectionSize() * 8 + 8);

    auto* productsHeader = new QHBoxLayout;
    productsHeader->addWidget(m_productsTitle, 1);
    productsHeader->addWidget(m_period);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_causesTitle);
    layout->addWidget(m_causes, 1);
    layout->addSpacing(6);
    layout->addLayout(productsHeader);
    layout->addWidget(m_products, 2);

    connect(m_period, qOverload<int>(&QComboBox::activated), this, &ReviewInsights::refresh);
    connect(m_causes, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        const QVariant cause = m_causes->item(index.row(), CauseName)->data(Qt::UserRole);
        Q_EMIT causeActivated(Cause(cause.toInt()));
    });
    connect(m_products, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        Q_EMIT productActivated(m_products->item(index.row(), ProductName)->data(Qt::UserRole).toLongLong());
    });
    retranslate();
}

void ReviewInsights::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = std::move(database);
    refresh();
}

void ReviewInsights::setMonth(const QDate& month)
{
    m_month = month;
    refresh();
}

void ReviewInsights::refresh()
{
    m_causes->setRowCount(0);
    m_products->setRowCount(0);
    if (!m_database)
        return;
    ReviewStats stats(m_database);
    if (auto summary = stats.summary()) {
        m_summary->setText(summary->count == 0
                ? tr("No review yet.")
                : tr("%1 ★ on average over %n review(s) · %L2 unhappy · %L3 waiting for an answer", nullptr,
                    summary->count)
                      .arg(QLocale().toString(summary->average, 'f', 1))
                      .arg(summary->unhappy)
                      .arg(summary->waiting));
    } else {
        m_summary->setText(summary.error().toString());
    }

    auto trends = stats.causeTrends(m_month, 12);
    if (trends) {
        // Rising causes first, then the most frequent this month.
        QList<comptoir::reviews::CauseTrend> sorted = *trends;
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
            if (a.rising != b.rising)
                return a.rising;
            return a.thisMonth() > b.thisMonth();
        });
        m_causes->setRowCount(int(sorted.size()));
        for (int row = 0; row < sorted.size(); ++row) {
            const auto& trend = sorted.at(row);
            auto* name = item(trend.rising ? tr("%1 ↑ rising").arg(comptoir::reviews::causeLabel(trend.cause))
                                           : comptoir::reviews::causeLabel(trend.cause));
            name->setData(Qt::UserRole, int(trend.cause));
            if (trend.rising) {
                QFont font = name->font();
                font.setBold(true);
                name->setFont(font);
                name->setForeground(QColor(0xb0, 0x1e, 0x1e));
            }
            m_causes->setItem(row, CauseName, name);
            m_causes->setItem(row, ThisMonth, number(trend.thisMonth()));
            m_causes->setItem(row, Before, number(trend.previousAverage(), 1));
            auto* months = item(QString());
            QVariantList values;
            for (int v : trend.perMonth)
                values << v;
            months->setData(kMonthsRole, values);
            QStringList tip;
            const QDate first = QDate(m_month.year(), m_month.month(), 1).addMonths(-(int(trend.perMonth.size()) - 1));
            for (int i = 0; i < trend.perMonth.size(); ++i)
                tip << QStringLiteral("%1: %2")
                           .arg(QLocale().toString(first.addMonths(i), QStringLiteral("MMM yyyy")))
                           .arg(trend.perMonth.at(i));
            months->setToolTip(tip.join(QLatin1Char('\n')));
            m_causes->setItem(row, Months, months);
            m_causes->setItem(row, CauseCount, number(trend.count));
            m_causes->setItem(row, CauseAverage,
                trend.count > 0 ? number(trend.average, 1) : item(QString(), Qt::AlignRight | Qt::AlignVCenter));
        }
    }

    const int days = m_period->currentData().toInt() > 0 ? m_period->currentData().toInt() : 90;
    auto products = stats.mostUnhappyProducts(QDate::currentDate().addDays(-days), 50);
    if (products) {
        m_products->setRowCount(int(products->size()));
        for (int row = 0; row < products->size(); ++row) {
            const auto& p = products->at(row);
            auto* name = item(p.name);
            name->setData(Qt::UserRole, p.productId);
            m_products->setItem(row, ProductName, name);
            m_products->setItem(row, ProductUnhappy, number(p.unhappy));
            m_products->setItem(row, ProductReviews, number(p.count));
            m_products->setItem(row, ProductAverage, number(p.average, 1));
            QStringList causes;
            for (Cause cause : p.causes)
                causes << comptoir::reviews::causeLabel(cause);
            m_products->setItem(row, ProductCauses, item(causes.join(QStringLiteral(", "))));
        }
    }
}

void ReviewInsights::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewInsights::retranslate()
{
    m_causesTitle->setText(tr("Causes of unhappy reviews, month by month"));
    m_productsTitle->setText(tr("Products with the most unhappy reviews"));
    m_causes->setHorizontalHeaderLabels({tr("Cause"), tr("This month"), tr("3 months before (average)"),
        tr("Last 12 months"), tr("12 months"), tr("Average rating")});
    m_products->setHorizontalHeaderLabels(
        {tr("Product"), tr("Unhappy"), tr("Reviews"), tr("Average rating"), tr("Causes")});
    const int period = m_period->currentData().toInt();
    m_period->clear();
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 12 months"), 365);
    m_period->setCurrentIndex(std::max(0, m_period->findData(period > 0 ? period : 90)));
    if (m_database)
        refresh();
}
