#include "MainWindow.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardTile.h"
#include "dashboard/DateRangePicker.h"
#include "orders/OrderTableModel.h"
#include "orders/OrdersPage.h"
#include "reviews/Reviews.h"
#include "reviews/ReviewsPage.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace comptoir;

// The Dashboard as the merchant meets it at 8 a.m.: the first page, its tiles counting the day's
// work, the period changed from the keyboard (the figures and the chart follow), and a tile followed
// to its page showing exactly the rows it counted.
class TestDashboardPage final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    QDate m_today = QDate::currentDate();
    int m_orders = 0;

    void order(storage::DatabasePtr& database, const QDate& day, const char* channel, const char* status,
        qint64 variant, qint64 total)
    {
        const qint64 placed = QDateTime(day, QTime(12, 0)).toSecsSinceEpoch();
        auto id = storage::scalar(database->connection(),
            QStringLiteral("INSERT INTO orders (number, channel, status, placed_at, total_minor, subtotal_minor, "
                           "item_count, updated_at, held_from) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"),
            {QStringLiteral("#%1").arg(++m_orders), QString::fromLatin1(channel), QString::fromLatin1(status), placed,
                total, total, placed, qstrcmp(status, "on_hold") == 0 ? QVariant(QStringLiteral("paid")) : QVariant()});
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        QVERIFY(storage::execute(database->connection(),
            QStringLiteral("INSERT INTO order_lines (order_id, variant_id, sku, title, quantity, unit_price_minor, "
                           "total_minor) VALUES (?, ?, 'SKU', 'Line', 1, ?, ?)"),
            {*id, variant, total, total})
                    .ok());
    }

    static DashboardPage* waitForFigures(MainWindow& window, QSignalSpy& shown, int count)
    {
        DashboardPage* page = window.dashboardPage();
        if (!QTest::qWaitFor([&] { return shown.count() >= count && !page->isRefreshing(); }, 10000))
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("dashboard"));
        QSettings().remove(QStringLiteral("window"));
        storage::Database::Options options;
        options.dailyBackup = false;
        auto database = m_shop.open(options);
        QVERIFY(database);
        FixedClock clock(QDateTime::currentDateTimeUtc());
        ShopBuilder build(database, clock);
        const qint64 mug = build.variant(QStringLiteral("MUG"), 0, 400);
        const qint64 bowl = build.variant(QStringLiteral("BOWL"), 0, 600);
        // Two orders to prepare, one on hold; sales in the last week and three weeks ago; a year ago.
        order(database, m_today.addDays(-1), "website", "paid", mug, 12000);
        order(database, m_today, "counter", "preparing", bowl, 3000);
        order(database, m_today.addDays(-2), "website", "on_hold", mug, 1000);
        order(database, m_today.addDays(-3), "marketplace", "delivered", bowl, 5000);
        order(database, m_today.addDays(-20), "website", "delivered", mug, 40000);
        order(database, m_today.addDays(-3), "website", "cancelled", mug, 99900);
        order(database, m_today.addDays(-1).addYears(-1), "website", "delivered", mug, 8000);
        database->close();
    }

    void opensOnTheDashboardChangesPeriodAndFollowsATile()
    {
        MainWindow window;
        QSignalSpy shown(window.dashboardPage(), &DashboardPage::figuresShown);
        QVERIFY(window.openDatabase(m_shop.path()));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.currentPage(), MainWindow::DashboardPageIndex);

        DashboardPage* page = waitForFigures(window, shown, 1);
        QVERIFY(page);
        DashboardTile* toPrepare = page->tile(DashboardPage::Tile::ToPrepare);
        QCOMPARE(toPrepare->value(), QStringLiteral("2"));
        QVERIFY(toPrepare->detail().startsWith(QStringLiteral("Oldest: yesterday")));
        QVERIFY(toPrepare->needsAttention());
        QCOMPARE(page->tile(DashboardPage::Tile::OnHold)->value(), QStringLiteral("1"));
        QCOMPARE(page->tile(DashboardPage::Tile::Parcels)->value(), QStringLiteral("0"));
        QVERIFY(!page->tile(DashboardPage::Tile::Parcels)->needsAttention());
        QCOMPARE(page->tile(DashboardPage::Tile::StockOuts)->value(), QStringLiteral("2")); // nothing received
        QTRY_VERIFY_WITH_TIMEOUT(page->tile(DashboardPage::Tile::Reorder)->value() != QStringLiteral("…"), 10000);

        // The last 30 days by day, the cancelled order left out, against the same days last year.
        DateRangePicker* range = page->rangePicker();
        QCOMPARE(range->preset(), DateRangePicker::Preset::Last30Days);
        QCOMPARE(page->sales().revenue, 12000 + 3000 + 1000 + 5000 + 40000);
        QCOMPARE(page->sales().orders, 5);
        QCOMPARE(page->sales().lastYearRevenue, 8000);
        auto series = page->salesChart()->chart()->series();
        QCOMPARE(series.size(), 2);
        QCOMPARE(qobject_cast<QLineSeries*>(series.last())->count(), 30);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("dashboardRevenue"))->text().contains(QStringLiteral("610")));
        QCOMPARE(page->topProducts().size(), 2);
        QCOMPARE(page->topProducts().first().name, QStringLiteral("Produit MUG"));

        // F5 reads every figure again; the page keeps showing the previous ones meanwhile.
        const qsizetype refreshes = shown.count();
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(toPrepare->value(), QStringLiteral("2"));
        QTRY_VERIFY(shown.count() > refreshes);
        QTRY_VERIFY(!page->isRefreshing());

        // Alt+P to the period, Up: the last 7 days. The order of three weeks ago leaves the figures.
        QTest::keyClick(&window, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), range->presetCombo());
        QTest::keyClick(range->presetCombo(), Qt::Key_Up);
        QCOMPARE(range->preset(), DateRangePicker::Preset::Last7Days);
        QTRY_COMPARE(page->sales().from, m_today.addDays(-6));
        QTRY_VERIFY(!page->isRefreshing());
        QCOMPARE(page->sales().revenue, 12000 + 3000 + 1000 + 5000);
        series = page->salesChart()->chart()->series();
        QCOMPARE(qobject_cast<QLineSeries*>(series.last())->count(), 7);
        QCOMPARE(QSettings().value(QStringLiteral("dashboard/period")).toString(), QStringLiteral("last-7-days"));

        // Weeks, chosen by hand; the custom days keep the grouping the length suggests.
        range->setCustomRange(m_today.addDays(-89), m_today);
        QCOMPARE(range->grouping(), reports::Grouping::Week);
        QTRY_COMPARE(page->sales().grouping, reports::Grouping::Week);
        QCOMPARE(page->sales().points.size(), 14); // 90 days: 13 weeks, the first and last cut

        // The tiles are a grid walked with the arrows; Enter follows one.
        toPrepare->setFocus();
        QTest::keyClick(toPrepare, Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), page->tile(DashboardPage::Tile::OnHold));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), toPrepare);
        // A search typed earlier on the Orders page does not hide what the tile counted.
        window.findChild<QLineEdit*>(QStringLiteral("orderSearch"))->setText(QStringLiteral("#999"));
        QTest::keyClick(toPrepare, Qt::Key_Return);
        QTRY_COMPARE(window.currentPage(), MainWindow::OrdersPageIndex);
        auto* orders = window.findChild<QTableView*>(QStringLiteral("orderTable"));
        QTRY_COMPARE(orders->model()->rowCount(), 2);
        auto* model = window.ordersPage()->model();
        for (int row = 0; row < 2; ++row) {
            const auto* listed = model->orderAt(model->index(row, 0));
            QVERIFY(listed);
            QVERIFY(listed->status == orders::OrderStatus::Paid || listed->status == orders::OrderStatus::Preparing);
        }

        // Back with Ctrl+0; Alt+2 follows the "On hold" tile.
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::DashboardPageIndex);
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        QTRY_COMPARE(window.currentPage(), MainWindow::OrdersPageIndex);
        QTRY_COMPARE(orders->model()->rowCount(), 1);
        QCOMPARE(model->orderAt(model->index(0, 0))->status, orders::OrderStatus::OnHold);
    }

    void remembersThePeriod()
    {
        // The last test chose custom days: a new window shows them again.
        MainWindow window;
        auto* range = window.dashboardPage()->rangePicker();
        QCOMPARE(range->preset(), DateRangePicker::Preset::Custom);
        QCOMPARE(range->from(), m_today.addDays(-89));
        QCOMPARE(range->to(), m_today);
        QCOMPARE(range->grouping(), reports::Grouping::Week);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
