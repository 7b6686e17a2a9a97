#pragma once

#include "common/Result.h"
#include "reports/Dashboard.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <optional>

class DashboardTile;
class DateRangePicker;
class MessageBar;
class QChart;
class QChartView;
class QLabel;
class QTimer;
class QToolButton;

// The Dashboard, first page on launch: what needs doing today as tiles (orders to prepare, on hold,
// parcels needing attention, messages and reviews to answer, variants to reorder, stock-outs) that
// open the page listing them, then the period's sales against the same days last year, the best
// sellers and the sales by channel. Every figure is read on a worker thread: the page shows the
// previous figures until the new ones arrive, when shown, every minute while visible, after the
// period changes, and on F5.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Tile
    {
        ToPrepare,
        OnHold,
        Parcels,
        Messages,
        Reviews,
        Reorder,
        StockOuts,
    };
    static constexpr int kTileCount = 7;
    // What the sales chart draws.
    enum class Measure
    {
        Revenue,
        Orders,
    };

    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    void setDatabase(comptoir::storage::DatabasePtr database);
    // Reads every figure again (what to reorder included); only while the page is visible, else
    // when it is next shown.
    void refresh();
    bool isRefreshing() const;

    DashboardTile* tile(Tile tile) const { return m_tiles.at(int(tile)); }
    DateRangePicker* rangePicker() const { return m_range; }
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    QChartView* salesChart() const { return m_salesView; }
    QChartView* productsChart() const { return m_productsView; }
    QChartView* channelsChart() const { return m_channelsView; }
    // The figures on screen (those of the last refresh that finished).
    const comptoir::reports::DashboardSales& sales() const { return m_sales; }
    const QList<comptoir::reports::ProductSales>& topProducts() const { return m_topProducts; }
    MessageBar* messages() const { return m_messages; }
    QTimer* refreshTimer() const { return m_timer; }

Q_SIGNALS:
    // The merchant opened a tile (click, Enter, Space or Alt+digit).
    void tileActivated(DashboardPage::Tile tile);
    // The figures of a refresh are on screen: tiles, sales and best sellers (what to reorder may
    // still be on its way).
    void figuresShown();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The reads follow one another: the day's work, the sales, the best sellers; then, when due, what
    // to reorder.
    void startFigures();
    bool isReading() const;
    bool reorderDue() const;
    void startReorder();
    // A part of the figures read (the day's work, the sales or the best sellers): on screen at once.
    void showRead(int index);
    // After the last read: reads again if asked meanwhile, else says so.
    void figuresRead();
    void showReorder();
    void showWork();
    void showSales();
    void drawSalesChart();
    void drawProductsChart();
    void drawChannelsChart();
    void styleChart(QChart* chart) const;
    void updateSummary();
    void updateStatus();
    void retranslate();
    QDate today() const;
    QString age(const QDateTime& since) const;
    QString money(qint64 minor) const;

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QLabel* m_heading;
    QLabel* m_status;
    QToolButton* m_refresh;
    QList<DashboardTile*> m_tiles;
    QLabel* m_salesHeading;
    DateRangePicker* m_range;
    QLabel* m_revenue;
    QLabel* m_orders;
    QLabel* m_average;
    QToolButton* m_revenueButton;
    QToolButton* m_ordersButton;
    QChartView* m_salesView;
    QChartView* m_productsView;
    QChartView* m_channelsView;
    QTimer* m_timer;
    QTimer* m_rangeDelay;

    // One part of the figures, as the reading thread hands them over.
    struct Read
    {
        std::optional<comptoir::Result<comptoir::reports::DashboardWork>> work;
        std::optional<comptoir::Result<comptoir::reports::DashboardSales>> sales;
        std::optional<comptoir::Result<QList<comptoir::reports::ProductSales>>> products;
    };
    QFutureWatcher<Read> m_readWatcher;
    QFutureWatcher<comptoir::Result<comptoir::reports::DashboardReorder>> m_reorderWatcher;
    bool m_stale = true; // figures to read again when next shown
    bool m_pending = false; // asked again while reading
    // Results read from a shop that was replaced meanwhile are dropped.
    int m_generation = 0;
    int m_readingGeneration = 0;
    int m_reorderGeneration = 0;
    QDateTime m_readAt; // when the figures on screen were read
    QDateTime m_reorderReadAt;
    bool m_hasWork = false;
    bool m_hasReorder = false;
    comptoir::reports::DashboardWork m_work;
    comptoir::reports::DashboardSales m_sales;
    QList<comptoir::reports::ProductSales> m_topProducts;
    comptoir::reports::DashboardReorder m_reorder;
    Measure m_measure = Measure::Revenue;
};
