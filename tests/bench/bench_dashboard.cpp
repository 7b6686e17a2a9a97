// bench_dashboard: the Dashboard page on a big shop, from opening the file to the figures drawn.
// Usage: bench_dashboard SHOP.db [REPEATS] [--cold]
//
// "Today" is the day of the shop's newest order (a demo shop ends on its --until day), so that the
// default period, the last 30 days, is full of orders.
// 1. REPEATS times (default 7): the shop opened, a DashboardPage given it and shown (offscreen,
//    1280×800), until its tiles, sales, best sellers and charts are drawn (figuresShown, then the
//    page rendered into an image); with --cold, the page cache is dropped before each run (root);
// 2. the same reads one by one through reports::Dashboard: the day's work, the sales of the last 30
//    days by day against last year, the 5 best sellers; then what to reorder, once;
// 3. the reference, in the same run on the same file: the sqlite3 shell counting the orders
//    (`SELECT count(*) FROM orders`, its own timer).
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardTile.h"
#include "reports/Dashboard.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <unistd.h>
#include <vector>

using namespace comptoir;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void dropCaches()
{
    ::sync();
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    if (!drop.open(QIODevice::WriteOnly) || drop.write("3\n") != 2)
        std::fprintf(stderr, "cannot drop the page cache (run as root)\n");
}

double sqliteShellCount(const QString& path)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path});
    if (!shell.waitForStarted(5000))
        return -1;
    shell.write(".timer on\nSELECT count(*) FROM orders;\n");
    shell.closeWriteChannel();
    shell.waitForFinished(120000);
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    const auto match = real.match(QString::fromUtf8(shell.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toDouble() * 1000 : -1;
}

double timed(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ComptoirBench"));
    QStringList args = QApplication::arguments().mid(1);
    const bool cold = args.removeAll(QStringLiteral("--cold")) > 0;
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_dashboard SHOP.db [REPEATS] [--cold]\n");
        return 2;
    }
    const QString path = args.value(0);
    const int repeats = std::max(1, args.value(1, QStringLiteral("7")).toInt());

    // The shop's last day of orders is "today".
    QDateTime newest;
    {
        auto shop = storage::Database::open(path);
        if (!shop) {
            std::fprintf(stderr, "%s\n", qPrintable(shop.error().toString()));
            return 1;
        }
        auto last = storage::scalar((*shop)->connection(), QStringLiteral("SELECT max(placed_at) FROM orders"));
        newest = last && last->isValid() ? QDateTime::fromSecsSinceEpoch(last->toLongLong(), QTimeZone::utc())
                                         : QDateTime::currentDateTimeUtc();
        auto orders = storage::scalar((*shop)->connection(), QStringLiteral("SELECT count(*) FROM orders"));
        std::printf("shop: %s, %lld orders, today = %s\n", qPrintable(path),
            orders ? static_cast<long long>(orders->toLongLong()) : 0LL,
            qPrintable(newest.toLocalTime().date().toString(Qt::ISODate)));
        (*shop)->close();
    }
    FixedClock clock(newest);
    storage::Database::Options options;
    options.clock = &clock;
    options.dailyBackup = false;
    QSettings().remove(QStringLiteral("dashboard")); // the default period: the last 30 days

    // 1. The page, from opening the file to the figures drawn.
    std::vector<double> drawn;
    std::vector<double> reorderShown;
    std::vector<double> opens;
    std::vector<double> tiles;
    std::vector<double> salesShown;
    for (int i = 0; i < repeats; ++i) {
        if (cold)
            dropCaches();
        QElapsedTimer timer;
        timer.start();
        auto shop = storage::Database::open(path, options);
        if (!shop) {
            std::fprintf(stderr, "%s\n", qPrintable(shop.error().toString()));
            return 1;
        }
        const double opened = double(timer.nsecsElapsed()) / 1e6;
        auto* page = new DashboardPage;
        page->resize(1280, 800);
        QSignalSpy shown(page, &DashboardPage::figuresShown);
        page->setDatabase(*shop);
        page->show();
        double tilesAt = 0;
        double salesAt = 0;
        while (shown.isEmpty()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            if (tilesAt == 0 && page->tile(DashboardPage::Tile::ToPrepare)->value() != QStringLiteral("…"))
                tilesAt = double(timer.nsecsElapsed()) / 1e6;
            if (salesAt == 0 && !page->sales().points.isEmpty())
                salesAt = double(timer.nsecsElapsed()) / 1e6;
        }
        tiles.push_back(tilesAt);
        salesShown.push_back(salesAt);
        opens.push_back(opened);
        QCoreApplication::processEvents();
        const QImage image = page->grab().toImage();
        drawn.push_back(double(timer.nsecsElapsed()) / 1e6);
        while (page->tile(DashboardPage::Tile::Reorder)->value() == QStringLiteral("…"))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        reorderShown.push_back(double(timer.nsecsElapsed()) / 1e6);
        std::printf("run %d: file opened %.1f ms, tiles %.1f ms, sales %.1f ms, figures drawn %.1f ms (%dx%d), "
                    "what to reorder %.0f ms; tiles: to prepare %s, parcels %s\n",
            i + 1, opened, tilesAt, salesAt, drawn.back(), image.width(), image.height(), reorderShown.back(),
            qPrintable(page->tile(DashboardPage::Tile::ToPrepare)->value()),
            qPrintable(page->tile(DashboardPage::Tile::Parcels)->value()));
        std::fflush(stdout);
        delete page;
        QThreadPool::globalInstance()->waitForDone();
        (*shop)->close();
    }

    // 2. The reads, one by one, warm.
    auto shop = storage::Database::open(path, options);
    if (!shop)
        return 1;
    const reports::Dashboard dashboard(*shop);
    const QDate today = newest.toLocalTime().date();
    const QDate from = today.addDays(-29);
    std::vector<double> work, sales, products;
    qint64 orders = 0;
    for (int i = 0; i < repeats; ++i) {
        work.push_back(timed([&] { (void)dashboard.work(today); }));
        sales.push_back(timed([&] {
            auto read = dashboard.sales(from, today, reports::Grouping::Day);
            orders = read ? read->orders + read->lastYearOrders : 0;
        }));
        products.push_back(timed([&] { (void)dashboard.topProducts(from, today, 5); }));
    }
    qint64 reorder = 0;
    const double reorderMs = timed([&] {
        auto read = dashboard.reorder();
        reorder = read ? read->variants : 0;
    });
    (*shop)->close();

    // 3. The reference.
    std::vector<double> reference;
    for (int i = 0; i < repeats; ++i)
        reference.push_back(sqliteShellCount(path));

    const double page = median(drawn);
    const double ref = median(reference);
    std::printf("\n%s, median of %d\n", cold ? "cold cache" : "warm cache", repeats);
    std::printf("dashboard open -> figures drawn: %.1f ms (min %.1f, max %.1f)\n", page,
        *std::min_element(drawn.begin(), drawn.end()), *std::max_element(drawn.begin(), drawn.end()));
    std::printf("file opened %.1f ms, tiles shown %.1f ms, sales shown %.1f ms\n", median(opens), median(tiles),
        median(salesShown));
    std::printf("dashboard open -> what to reorder shown: %.0f ms\n", median(reorderShown));
    std::printf("core: day's work %.1f ms, sales of 30 days vs last year (%lld orders) %.1f ms, best sellers %.1f ms\n",
        median(work), static_cast<long long>(orders), median(sales), median(products));
    std::printf("core: what to reorder (%lld variants) %.0f ms\n", static_cast<long long>(reorder), reorderMs);
    std::printf("reference: sqlite3 shell SELECT count(*) FROM orders: %.1f ms; ratio page / reference %.1f\n", ref,
        ref > 0 ? page / ref : 0.0);
    return 0;
}
