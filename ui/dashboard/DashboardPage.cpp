#include "dashboard/DashboardPage.h"

#include "dashboard/DashboardTile.h"
#include "dashboard/DateRangePicker.h"
#include "reports/ReportTable.h"
#include "widgets/Async.h"
#include "widgets/MessageBar.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPromise>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using comptoir::Money;
using comptoir::reports::Dashboard;
using comptoir::reports::DashboardReorder;
using comptoir::reports::DashboardSales;
using comptoir::reports::DashboardWork;
using comptoir::reports::Grouping;
using comptoir::reports::ProductSales;

namespace {

constexpr int kTileColumns = 4;
constexpr int kRefreshEveryMs = 60 * 1000;
constexpr qint64 kReorderEverySecs = 10 * 60; // the slow figure, read again at most this often
constexpr int kRangeDelayMs = 300; // days typed in a date field: wait for the last keystroke
constexpr int kTopProducts = 5;
constexpr int kPointsShownUpTo = 40;

double majorUnits(qint64 minor, const comptoir::Currency& currency)
{
    return double(minor) / std::pow(10.0, currency.minorDigits()); // for a chart only, never for sums
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_salesHeading(new QLabel(this))
    , m_range(new DateRangePicker(this))
    , m_revenue(new QLabel(this))
    , m_orders(new QLabel(this))
    , m_average(new QLabel(this))
    , m_revenueButton(new QToolButton(this))
    , m_ordersButton(new QToolButton(this))
    , m_salesView(new QChartView(this))
    , m_productsView(new QChartView(this))
    , m_channelsView(new QChartView(this))
    , m_timer(new QTimer(this))
    , m_rangeDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_messages->setObjectName(QStringLiteral("dashboardMessages"));
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_revenue->setObjectName(QStringLiteral("dashboardRevenue"));
    m_orders->setObjectName(QStringLiteral("dashboardOrders"));
    m_average->setObjectName(QStringLiteral("dashboardAverage"));
    m_revenueButton->setObjectName(QStringLiteral("dashboardShowRevenue"));
    m_ordersButton->setObjectName(QStringLiteral("dashboardShowOrders"));
    m_salesView->setObjectName(QStringLiteral("dashboardSalesChart"));
    m_productsView->setObjectName(QStringLiteral("dashboardProductsChart"));
    m_channelsView->setObjectName(QStringLiteral("dashboardChannelsChart"));
    m_timer->setObjectName(QStringLiteral("dashboardTimer"));

    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_salesHeading->setFont(headingFont);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_status);
    top->addWidget(m_refresh);

    auto* tiles = new QGridLayout;
    tiles->setSpacing(8);
    const char* const names[kTileCount]
        = {"tileToPrepare", "tileOnHold", "tileParcels", "tileMessages", "tileReviews", "tileReorder", "tileStockOuts"};
    for (int i = 0; i < kTileCount; ++i) {
        auto* tile = new DashboardTile(this);
        tile->setObjectName(QString::fromLatin1(names[i]));
        tile->setValue(QStringLiteral("…"));
        tile->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        tile->installEventFilter(this);
        connect(tile, &QPushButton::clicked, this, [this, i] { Q_EMIT tileActivated(Tile(i)); });
        tiles->addWidget(tile, i / kTileColumns, i % kTileColumns);
        m_tiles << tile;
    }
    for (int column = 0; column < kTileColumns; ++column)
        tiles->setColumnStretch(column, 1);

    auto* salesTop = new QHBoxLayout;
    salesTop->addWidget(m_salesHeading);
    salesTop->addSpacing(12);
    salesTop->addWidget(m_range);
    salesTop->addStretch(1);

    auto* figures = new QHBoxLayout;
    for (QLabel* label : {m_revenue, m_orders, m_average}) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        figures->addWidget(label, 1);
    }

    auto* measures = new QButtonGroup(this);
    for (QToolButton* button : {m_revenueButton, m_ordersButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        measures->addButton(button);
    }
    m_revenueButton->setChecked(true);
    measures->setExclusive(true);
    connect(m_revenueButton, &QToolButton::clicked, this, [this] { setMeasure(Measure::Revenue); });
    connect(m_ordersButton, &QToolButton::clicked, this, [this] { setMeasure(Measure::Orders); });
    auto* measureRow = new QHBoxLayout;
    measureRow->addWidget(m_revenueButton);
    measureRow->addWidget(m_ordersButton);
    measureRow->addStretch(1);

    for (QChartView* view : {m_salesView, m_productsView, m_channelsView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setFocusPolicy(Qt::NoFocus);
        view->setFrameShape(QFrame::NoFrame);
        view->setMinimumHeight(170);
        view->chart()->legend()->setAlignment(Qt::AlignBottom);
    }
    m_productsView->chart()->legend()->setVisible(false);
    m_channelsView->chart()->legend()->setAlignment(Qt::AlignRight);

    auto* left = new QVBoxLayout;
    left->addLayout(measureRow);
    left->addWidget(m_salesView, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_productsView, 1);
    right->addWidget(m_channelsView, 1);
    auto* charts = new QHBoxLayout;
    charts->addLayout(left, 4);
    charts->addLayout(right, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addLayout(tiles);
    layout->addSpacing(8);
    layout->addLayout(salesTop);
    layout->addLayout(figures);
    layout->addLayout(charts, 1);

    m_timer->setInterval(kRefreshEveryMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardPage::startFigures);
    m_rangeDelay->setSingleShot(true);
    m_rangeDelay->setInterval(kRangeDelayMs);
    connect(m_rangeDelay, &QTimer::timeout, this, &DashboardPage::startFigures);
    m_range->restore();
    connect(m_range, &DateRangePicker::changed, this, [this] {
        m_range->save();
        m_rangeDelay->start();
    });
    connect(m_refresh, &QToolButton::clicked, this, &DashboardPage::refresh);
    connect(&m_readWatcher, &QFutureWatcherBase::resultReadyAt, this, &DashboardPage::showRead);
    connect(&m_readWatcher, &QFutureWatcherBase::finished, this, &DashboardPage::figuresRead);
    connect(&m_reorderWatcher, &QFutureWatcherBase::finished, this, &DashboardPage::showReorder);

    setTabOrder(m_tiles.last(), m_range->presetCombo());
    retranslate();
    showWork();
    showSales();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = std::move(database);
    ++m_generation;
    m_hasWork = false;
    m_hasReorder = false;
    m_readAt = {};
    m_reorderReadAt = {};
    m_work = {};
    m_sales = {};
    m_topProducts.clear();
    m_range->setToday(today());
    showWork();
    showSales();
    m_stale = true;
    if (isVisible())
        refresh();
}

QDate DashboardPage::today() const
{
    return m_database ? m_database->clock().now().toLocalTime().date() : QDate::currentDate();
}

void DashboardPage::refresh()
{
    if (!m_database)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_reorderReadAt = {}; // read again too, after the rest
    startFigures();
}

bool DashboardPage::isRefreshing() const
{
    return isReading() || m_pending;
}

void DashboardPage::startFigures()
{
    if (!m_database || !isVisible())
        return;
    if (isReading()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_range->setToday(today());
    m_readingGeneration = m_generation;
    const auto database = m_database;
    const QDate day = today();
    const QDate from = m_range->from();
    const QDate to = m_range->to();
    const Grouping grouping = m_range->grouping();
    // One read after the other on one connection, each shown as soon as it is read: the day's work
    // first (what the merchant opens the page for), then the sales, then the best sellers, which read
    // the same orders again from the connection's cache. Side by side they would only share the disk.
    auto promise = std::make_shared<QPromise<Read>>();
    m_readWatcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, database, day, from, to, grouping] {
        const Dashboard dashboard(database);
        Read work;
        work.work = dashboard.work(day);
        promise->addResult(std::move(work));
        Read sales;
        sales.sales = dashboard.sales(from, to, grouping);
        promise->addResult(std::move(sales));
        Read products;
        products.products = dashboard.topProducts(from, to, kTopProducts);
        promise->addResult(std::move(products));
        database->releaseThreadConnection();
        promise->finish();
    });
    updateStatus();
}

bool DashboardPage::isReading() const
{
    return m_readWatcher.isRunning();
}

bool DashboardPage::reorderDue() const
{
    return !m_reorderReadAt.isValid() || m_reorderReadAt.secsTo(QDateTime::currentDateTimeUtc()) >= kReorderEverySecs;
}

void DashboardPage::startReorder()
{
    if (!m_database || !isVisible() || m_reorderWatcher.isRunning())
        return;
    const auto database = m_database;
    m_reorderGeneration = m_generation;
    m_reorderWatcher.setFuture(
        runAsync<comptoir::Result<DashboardReorder>>([database]() -> comptoir::Result<DashboardReorder> {
            auto reorder = Dashboard(database).reorder();
            database->releaseThreadConnection();
            return reorder;
        }));
    updateStatus();
}

void DashboardPage::showRead(int index)
{
    if (m_readingGeneration != m_generation) {
        m_pending = true; // read from the previous shop: read again once it ends
        return;
    }
    const Read read = m_readWatcher.resultAt(index);
    if (read.work) {
        if (*read.work) {
            m_work = **read.work;
            m_hasWork = true;
            m_readAt = QDateTime::currentDateTimeUtc();
        } else {
            m_messages->showMessage(read.work->error().toString(), MessageBar::Kind::Error);
        }
        showWork();
    }
    if (read.sales) {
        if (*read.sales)
            m_sales = **read.sales;
        else
            m_messages->showMessage(read.sales->error().toString(), MessageBar::Kind::Error);
        updateSummary();
        drawSalesChart();
        drawChannelsChart();
    }
    if (read.products) {
        if (*read.products)
            m_topProducts = **read.products;
        else
            m_messages->showMessage(read.products->error().toString(), MessageBar::Kind::Error);
        drawProductsChart();
    }
}

void DashboardPage::figuresRead()
{
    updateStatus();
    if (m_pending) {
        startFigures();
        return;
    }
    Q_EMIT figuresShown();
    // The slow figure last, when the rest is on screen.
    if (reorderDue())
        startReorder();
}

void DashboardPage::showReorder()
{
    if (m_reorderGeneration != m_generation) {
        startReorder();
        return;
    }
    const auto reorder = m_reorderWatcher.result();
    if (reorder) {
        m_reorder = *reorder;
        m_hasReorder = true;
        m_reorderReadAt = QDateTime::currentDateTimeUtc();
    } else {
        m_messages->showMessage(reorder.error().toString(), MessageBar::Kind::Error);
    }
    showWork();
    updateStatus();
}

void DashboardPage::setMeasure(Measure measure)
{
    m_measure = measure;
    (measure == Measure::Revenue ? m_revenueButton : m_ordersButton)->setChecked(true);
    drawSalesChart();
}

QString DashboardPage::money(qint64 minor) const
{
    const comptoir::Currency currency = m_sales.currency.isValid() ? m_sales.currency : comptoir::Currency::euro();
    return Money(minor, currency).format(QLocale());
}

QString DashboardPage::age(const QDateTime& since) const
{
    if (!since.isValid())
        return {};
    const QDateTime local = since.toLocalTime();
    const qint64 days = local.date().daysTo(today());
    if (days <= 0)
        return tr("today, %1").arg(QLocale().toString(local.time(), QLocale::ShortFormat));
    if (days == 1)
        return tr("yesterday");
    return tr("%n days ago", nullptr, int(days));
}

void DashboardPage::showWork()
{
    const QLocale locale;
    const auto number = [&](qint64 value) { return m_hasWork ? locale.toString(value) : QStringLiteral("…"); };
    const auto set = [this](Tile which, const QString& value, const QString& detail, bool attention) {
        DashboardTile* t = tile(which);
        t->setValue(value);
        t->setDetail(detail);
        t->setAttention(attention);
    };
    const QString nothing = m_hasWork ? tr("Nothing waiting") : QString();

    set(Tile::ToPrepare, number(m_work.toPrepare),
        m_work.toPrepare > 0 ? tr("Oldest: %1").arg(age(m_work.oldestToPrepare)) : nothing, m_work.toPrepare > 0);
    set(Tile::OnHold, number(m_work.onHold),
        m_work.onHold > 0 ? tr("Oldest: %1").arg(age(m_work.oldestOnHold)) : nothing, m_work.onHold > 0);

    QStringList problems;
    for (auto it = m_work.parcelProblems.cbegin(); it != m_work.parcelProblems.cend() && problems.size() < 3; ++it)
        problems << QStringLiteral("%1 %2").arg(
            comptoir::shipping::problemLabel(it.key()), locale.toString(it.value()));
    set(Tile::Parcels, number(m_work.parcels),
        m_work.parcels > 0 ? problems.join(QStringLiteral(" · "))
                           : (m_hasWork ? tr("Every parcel on its way") : QString()),
        m_work.parcels > 0);

    QString messages = nothing;
    if (m_work.messagesToAnswer > 0) {
        messages = tr("Oldest: %1").arg(age(m_work.oldestMessage));
        if (m_work.unreadMessages > 0)
            messages = tr("%n unread", nullptr, int(m_work.unreadMessages)) + QStringLiteral(" · ") + messages;
    }
    set(Tile::Messages, number(m_work.messagesToAnswer), messages, m_work.messagesToAnswer > 0);

    set(Tile::Reviews, number(m_work.reviewsToAnswer),
        m_work.reviewsToAnswer > 0 ? tr("%n unhappy (3 stars or fewer)", nullptr, int(m_work.unhappyReviews)) : nothing,
        m_work.unhappyReviews > 0);

    set(Tile::Reorder, m_hasReorder ? locale.toString(m_reorder.variants) : QStringLiteral("…"),
        !m_hasReorder                ? tr("Computing the sales velocity…")
            : m_reorder.variants > 0 ? tr("Suppliers: %1").arg(locale.toString(m_reorder.suppliers))
                                     : tr("Stock lasts beyond the lead times"),
        m_hasReorder && m_reorder.variants > 0);

    set(Tile::StockOuts, number(m_work.stockOuts),
        m_work.stockOuts > 0 ? tr("%n in the last 7 days", nullptr, int(m_work.recentStockOuts)) : nothing,
        m_work.recentStockOuts > 0);
}

void DashboardPage::showSales()
{
    updateSummary();
    drawSalesChart();
    drawProductsChart();
    drawChannelsChart();
}

void DashboardPage::updateSummary()
{
    const QLocale locale;
    const auto change = [&](qint64 now, qint64 before, const QString& beforeText) {
        if (before <= 0)
            return tr("nothing on the same days last year");
        const qint64 basisPoints = comptoir::reports::percentOf(now - before, before);
        const QString percent = locale.toString(std::abs(basisPoints) / 100.0, 'f', 1);
        return (basisPoints >= 0 ? tr("▲ %1 % on last year (%2)") : tr("▼ %1 % on last year (%2)"))
            .arg(percent, beforeText);
    };
    const auto block = [](const QString& title, const QString& value, const QString& detail) {
        return QStringLiteral("%1<br><span style=\"font-size: x-large; font-weight: bold;\">%2</span><br>%3")
            .arg(title.toHtmlEscaped(), value.toHtmlEscaped(), detail.toHtmlEscaped());
    };
    m_revenue->setText(block(tr("Revenue"), money(m_sales.revenue),
        change(m_sales.revenue, m_sales.lastYearRevenue, money(m_sales.lastYearRevenue))));
    m_orders->setText(block(tr("Orders"), locale.toString(m_sales.orders),
        change(m_sales.orders, m_sales.lastYearOrders, locale.toString(m_sales.lastYearOrders))));
    const qint64 average = comptoir::reports::averageOf(m_sales.revenue, m_sales.orders, 0);
    const qint64 lastYearAverage = comptoir::reports::averageOf(m_sales.lastYearRevenue, m_sales.lastYearOrders, 0);
    m_average->setText(
        block(tr("Average order"), money(average), change(average, lastYearAverage, money(lastYearAverage))));
    const QString leftOut = m_sales.otherCurrencyOrders > 0
        ? tr("%n order(s) in another currency left out.", nullptr, int(m_sales.otherCurrencyOrders))
        : QString();
    m_revenue->setToolTip(tr("Orders placed in the period, cancelled ones left out, VAT and shipping included.")
        + (leftOut.isEmpty() ? QString() : QLatin1Char(' ') + leftOut));
    m_revenue->setAccessibleName(m_revenue->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

void DashboardPage::styleChart(QChart* chart) const
{
    const QPalette& colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitleBrush(colours.color(QPalette::WindowText));
    chart->legend()->setFont(font());
    chart->legend()->setLabelColor(colours.color(QPalette::WindowText));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(colours.color(QPalette::WindowText));
        axis->setLabelsFont(font());
        axis->setTitleBrush(colours.color(QPalette::WindowText));
        axis->setTitleFont(font());
        axis->setGridLineColor(colours.color(QPalette::Mid));
        axis->setLinePenColor(colours.color(QPalette::Mid));
    }
}

namespace {

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

void DashboardPage::drawSalesChart()
{
    QChart* chart = m_salesView->chart();
    clearChart(chart);
    styleChart(chart);
    const bool revenue = m_measure == Measure::Revenue;
    const comptoir::Currency currency = m_sales.currency.isValid() ? m_sales.currency : comptoir::Currency::euro();
    chart->setTitle(revenue ? tr("Revenue per %1, and the same days last year")
                                  .arg(comptoir::reports::groupingName(m_sales.grouping).toLower())
                            : tr("Orders per %1, and the same days last year")
                                  .arg(comptoir::reports::groupingName(m_sales.grouping).toLower()));
    auto* lastYear = new QLineSeries;
    lastYear->setName(tr("Same days last year"));
    auto* current = new QLineSeries;
    current->setName(tr("This period"));
    double highest = 0;
    for (const auto& point : std::as_const(m_sales.points)) {
        const qreal x = qreal(point.bucket.first.startOfDay().toMSecsSinceEpoch());
        const double now = revenue ? majorUnits(point.revenue, currency) : double(point.orders);
        const double before = revenue ? majorUnits(point.lastYearRevenue, currency) : double(point.lastYearOrders);
        current->append(x, now);
        lastYear->append(x, before);
        highest = std::max({highest, now, before});
    }
    chart->addSeries(current);
    chart->addSeries(lastYear);
    // This period in the accent colour, last year dashed and muted behind it.
    QPen accent = current->pen();
    accent.setColor(palette().color(QPalette::Highlight));
    accent.setWidthF(2.5);
    current->setPen(accent);
    current->setColor(accent.color());
    QPen dashed = lastYear->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setColor(palette().color(QPalette::PlaceholderText));
    lastYear->setPen(dashed);
    lastYear->setColor(dashed.color());
    const bool points = m_sales.points.size() <= kPointsShownUpTo;
    current->setPointsVisible(points);
    lastYear->setPointsVisible(points);

    auto* x = new QDateTimeAxis;
    const bool months = m_sales.grouping == Grouping::Month || m_sales.grouping == Grouping::Quarter
        || m_sales.grouping == Grouping::Year;
    x->setFormat(months ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    const qsizetype count = m_sales.points.size();
    x->setTickCount(int(std::clamp<qsizetype>(count, 2, 8)));
    if (count > 0) {
        const QDateTime first = m_sales.points.first().bucket.first.startOfDay();
        QDateTime last = m_sales.points.last().bucket.first.startOfDay();
        if (last <= first)
            last = first.addDays(1);
        x->setRange(first, last);
    }
    auto* y = new QValueAxis;
    // The axis' label format goes through printf in Latin-1: the currency symbol is the axis' title.
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(revenue ? currency.symbol() : QString());
    y->setRange(0, highest > 0 ? highest * 1.1 : 1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : {lastYear, current}) {
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::hovered, this, [this, series, revenue](const QPointF& at, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            // The bucket nearest to the pointer, in words.
            qsizetype best = -1;
            qreal distance = 0;
            for (qsizetype i = 0; i < m_sales.points.size(); ++i) {
                const qreal d
                    = std::abs(qreal(m_sales.points[i].bucket.first.startOfDay().toMSecsSinceEpoch()) - at.x());
                if (best < 0 || d < distance) {
                    best = i;
                    distance = d;
                }
            }
            if (best < 0)
                return;
            const auto& point = m_sales.points[best];
            const bool thisPeriod = series->name() == tr("This period");
            const QDate first = thisPeriod ? point.bucket.first : point.lastYearFirst;
            const QDate last = thisPeriod ? point.bucket.last : point.lastYearLast;
            const QLocale locale;
            const QString days = first == last ? locale.toString(first, QLocale::ShortFormat)
                                               : tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                                   locale.toString(last, QLocale::ShortFormat));
            const QString value = revenue
                ? money(thisPeriod ? point.revenue : point.lastYearRevenue)
                : tr("%n order(s)", nullptr, int(thisPeriod ? point.orders : point.lastYearOrders));
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(days, value), m_salesView);
        });
    }
    styleChart(chart);
    m_salesView->setAccessibleName(chart->title());
    m_salesView->setAccessibleDescription(revenue
            ? tr("%1 in the period, %2 on the same days last year")
                  .arg(money(m_sales.revenue), money(m_sales.lastYearRevenue))
            : tr("%1 orders in the period, %2 on the same days last year")
                  .arg(QLocale().toString(m_sales.orders), QLocale().toString(m_sales.lastYearOrders)));
}

void DashboardPage::drawProductsChart()
{
    QChart* chart = m_productsView->chart();
    clearChart(chart);
    styleChart(chart);
    const comptoir::Currency currency = m_sales.currency.isValid() ? m_sales.currency : comptoir::Currency::euro();
    chart->setTitle(m_topProducts.isEmpty() ? tr("Best sellers: no sale in the period") : tr("Best sellers"));
    auto* revenue = new QBarSet(tr("Revenue"));
    QStringList names;
    QStringList described;
    // The horizontal bars go upwards: the best seller last, so that it is drawn at the top.
    for (qsizetype i = m_topProducts.size() - 1; i >= 0; --i) {
        const ProductSales& product = m_topProducts[i];
        *revenue << majorUnits(product.revenue, currency);
        names << product.name;
    }
    for (const ProductSales& product : std::as_const(m_topProducts))
        described << QStringLiteral("%1: %2 (%3)")
                         .arg(product.name, money(product.revenue), tr("%n sold", nullptr, int(product.units)));
    if (!m_topProducts.isEmpty()) {
        auto* series = new QHorizontalBarSeries;
        series->append(revenue);
        series->setBarWidth(0.6);
        chart->addSeries(series);
        auto* products = new QBarCategoryAxis;
        products->append(names);
        auto* amounts = new QValueAxis;
        amounts->setLabelFormat(QStringLiteral("%.0f"));
        amounts->setTitleText(currency.symbol());
        amounts->setTickCount(3);
        chart->addAxis(products, Qt::AlignLeft);
        chart->addAxis(amounts, Qt::AlignBottom);
        series->attachAxis(products);
        series->attachAxis(amounts);
        amounts->setRange(0, majorUnits(m_topProducts.first().revenue, currency) * 1.1);
        amounts->applyNiceNumbers();
    } else {
        delete revenue;
    }
    styleChart(chart);
    m_productsView->setAccessibleName(chart->title());
    m_productsView->setAccessibleDescription(described.join(QStringLiteral("; ")));
    m_productsView->setToolTip(described.join(QLatin1Char('\n')));
}

void DashboardPage::drawChannelsChart()
{
    QChart* chart = m_channelsView->chart();
    clearChart(chart);
    styleChart(chart);
    qint64 total = 0;
    for (const auto& channel : std::as_const(m_sales.channels))
        total += channel.revenue;
    chart->setTitle(total > 0 ? tr("Sales by channel") : tr("Sales by channel: no sale in the period"));
    QStringList described;
    if (total > 0) {
        const comptoir::Currency currency = m_sales.currency.isValid() ? m_sales.currency : comptoir::Currency::euro();
        auto* series = new QPieSeries;
        series->setHoleSize(0.45);
        for (const auto& channel : std::as_const(m_sales.channels)) {
            if (channel.revenue <= 0)
                continue;
            const qint64 share = comptoir::reports::percentOf(channel.revenue, total);
            const QString label = tr("%1 %2 %").arg(comptoir::orders::channelLabel(channel.channel),
                QLocale().toString(share / 100.0, 'f', share < 1000 ? 1 : 0));
            auto* slice = series->append(label, majorUnits(channel.revenue, currency));
            slice->setLabelVisible(false);
            described << QStringLiteral("%1 (%2)").arg(label, money(channel.revenue));
        }
        chart->addSeries(series);
    }
    styleChart(chart);
    m_channelsView->setAccessibleName(chart->title());
    m_channelsView->setAccessibleDescription(described.join(QStringLiteral("; ")));
    m_channelsView->setToolTip(described.join(QLatin1Char('\n')));
}

void DashboardPage::updateStatus()
{
    if (isReading() || m_reorderWatcher.isRunning())
        m_status->setText(tr("Updating…"));
    else if (m_readAt.isValid())
        m_status->setText(
            tr("Updated at %1").arg(QLocale().toString(m_readAt.toLocalTime().time(), QLocale::ShortFormat)));
    else
        m_status->clear();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer->start();
    // Coming back to the page: figures older than the timer's period are read again.
    if (m_stale || !m_readAt.isValid() || m_readAt.secsTo(QDateTime::currentDateTimeUtc()) * 1000 >= kRefreshEveryMs) {
        m_stale = false;
        startFigures();
    } else if (reorderDue() && !isReading()) {
        startReorder();
    }
}

void DashboardPage::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        drawSalesChart();
        drawProductsChart();
        drawChannelsChart();
    }
    QWidget::changeEvent(event);
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    // Arrow keys move between the tiles as in a grid.
    if (event->type() == QEvent::KeyPress) {
        const int index = int(m_tiles.indexOf(qobject_cast<DashboardTile*>(watched)));
        auto* key = static_cast<QKeyEvent*>(event);
        if (index >= 0 && key->modifiers() == Qt::NoModifier) {
            int next = -1;
            switch (key->key()) {
            case Qt::Key_Left:
                next = index - 1;
                break;
            case Qt::Key_Right:
                next = index + 1;
                break;
            case Qt::Key_Up:
                next = index - kTileColumns;
                break;
            case Qt::Key_Down:
                next = index + kTileColumns;
                break;
            default:
                break;
            }
            if (next >= 0 && next < m_tiles.size()) {
                m_tiles[next]->setFocus(Qt::TabFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Today"));
    m_salesHeading->setText(tr("Sales"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh); // setText() replaced it with the text's mnemonic
    m_refresh->setToolTip(tr("Read every figure again (F5)"));
    // Their mnemonics are their shortcuts: Alt+R and Alt+O in English.
    m_revenueButton->setText(tr("&Revenue"));
    m_ordersButton->setText(tr("&Orders"));
    m_revenueButton->setToolTip(tr("Draw the revenue (Alt+R)"));
    m_ordersButton->setToolTip(tr("Draw the number of orders (Alt+O)"));
    const char* const titles[kTileCount] = {QT_TR_NOOP("To prepare"), QT_TR_NOOP("On hold"),
        QT_TR_NOOP("Parcels needing attention"), QT_TR_NOOP("Messages to answer"), QT_TR_NOOP("Reviews to answer"),
        QT_TR_NOOP("Variants to reorder"), QT_TR_NOOP("Out of stock")};
    const char* const opens[kTileCount] = {QT_TR_NOOP("Open the orders to prepare (Alt+1)"),
        QT_TR_NOOP("Open the orders on hold (Alt+2)"), QT_TR_NOOP("Open the parcels needing attention (Alt+3)"),
        QT_TR_NOOP("Open the conversations waiting for an answer (Alt+4)"),
        QT_TR_NOOP("Open the reviews waiting for an answer, unhappy ones first (Alt+5)"),
        QT_TR_NOOP("Open what to reorder on the Stock page (Alt+6)"),
        QT_TR_NOOP("Open the products, sorted by stock (Alt+7)")};
    for (int i = 0; i < kTileCount; ++i) {
        m_tiles[i]->setTitle(tr(titles[i]));
        m_tiles[i]->setAccessibleDescription(tr(opens[i]));
        m_tiles[i]->setToolTip(tr(opens[i]));
    }
    showWork();
    showSales();
    updateStatus();
}
