// bench_scan: opening an order from a scanned slip, on a big shop.
// Usage: bench_scan SHOP.db [SAMPLES] [--cold]
//
// For SAMPLES orders (default 200) spread over the shop, the time the user waits between the scanner's
// Enter and the order on screen:
// 1. the packing station: PackingPage::handleScan(number) on an order waiting to be packed — number to
//    id, the order and its lines read, the lines table filled — then the window painted;
// 2. the order window: OrderBook::idForNumber, then an OrderDialog built, shown and painted (customer,
//    lines with pictures, history, next steps), as the Orders page's search does on Enter;
// 3. the core of both: OrderBook::idForNumber + OrderBook::load;
// 4. the reference, in the same run on the same file: the same lookup as plain SQL through QSqlQuery
//    (the order's row by number, then its lines), nothing else.
// With --cold, the kernel's page cache is dropped before each sample (needs root), as for the first
// scan of the morning. The shop file is only read.
#include "orders/OrderBook.h"
#include "orders/OrderDialog.h"
#include "orders/PackingPage.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace comptoir;

namespace {

struct Figures
{
    std::vector<double> ms;

    double at(double fraction) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(fraction * double(sorted.size())))];
    }
};

void dropCaches()
{
    ::sync();
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    if (!drop.open(QIODevice::WriteOnly) || drop.write("3\n") != 2)
        std::fprintf(stderr, "cannot drop the page cache (run as root)\n");
}

Figures measure(const QStringList& numbers, bool cold, const std::function<bool(const QString&)>& step)
{
    Figures figures;
    for (const QString& number : numbers) {
        if (cold)
            dropCaches();
        QElapsedTimer timer;
        timer.start();
        if (!step(number)) {
            std::fprintf(stderr, "failed on order %s\n", qPrintable(number));
            std::exit(1);
        }
        figures.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return figures;
}

void print(const char* what, const Figures& figures)
{
    std::printf(
        "%-58s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", what, figures.at(0.5), figures.at(0.95), figures.at(1.0));
}

QStringList sample(const QSqlDatabase& db, const QString& where, int count)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT count(*), min(id), max(id) FROM orders WHERE ") + where);
    query.next();
    const qint64 total = query.value(0).toLongLong();
    QStringList numbers;
    if (total == 0)
        return numbers;
    QRandomGenerator random(20261123);
    QSqlQuery pick(db);
    pick.prepare(QStringLiteral("SELECT number FROM orders WHERE %1 AND id >= ? ORDER BY id LIMIT 1").arg(where));
    const qint64 low = query.value(1).toLongLong();
    const qint64 high = query.value(2).toLongLong();
    while (numbers.size() < count) {
        pick.addBindValue(low + qint64(random.bounded(double(high - low + 1))));
        if (pick.exec() && pick.next() && !numbers.contains(pick.value(0).toString()))
            numbers << pick.value(0).toString();
        if (numbers.size() >= total)
            break;
    }
    return numbers;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& message) {
        if (!message.contains(QLatin1String("propagateSizeHints"))) // the offscreen platform's chatter
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_scan SHOP.db [SAMPLES] [--cold]\n");
        return 2;
    }
    const int samples = argc > 2 && argv[2][0] != '-' ? std::max(1, std::atoi(argv[2])) : 200;
    const bool cold = app.arguments().contains(QStringLiteral("--cold"));
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::OpenExisting;
    auto database = storage::Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    storage::DatabasePtr shop = *database;
    const QSqlDatabase db = shop->connection();
    QSqlQuery count(db);
    count.exec(QStringLiteral("SELECT count(*) FROM orders"));
    count.next();
    std::printf("%s: %lld orders, %d samples%s\n", argv[1], count.value(0).toLongLong(), samples,
        cold ? ", page cache dropped before each" : ", warm cache");

    const QStringList toPack = sample(db, QStringLiteral("status IN ('paid', 'preparing')"), samples);
    const QStringList any = sample(db, QStringLiteral("1"), samples);

    PackingPage packing;
    packing.setDatabase(shop);
    packing.resize(1280, 800);
    packing.show();
    QApplication::processEvents();
    const Figures scans = measure(toPack, cold, [&](const QString& number) {
        packing.handleScan(number);
        packing.repaint();
        const bool opened = packing.currentOrder().number == number;
        packing.leaveOrder();
        return opened;
    });

    const Figures dialogs = measure(any, cold, [&](const QString& number) {
        auto id = orders::OrderBook(shop).idForNumber(number);
        if (!id || *id == 0)
            return false;
        OrderDialog dialog(shop, *id);
        dialog.show();
        dialog.repaint();
        return dialog.order().number == number;
    });

    const Figures cores = measure(any, cold, [&](const QString& number) {
        orders::OrderBook book(shop);
        auto id = book.idForNumber(number);
        return id && *id != 0 && book.load(*id).ok();
    });

    QSqlQuery order(db);
    order.prepare(QStringLiteral("SELECT * FROM orders WHERE number = ?"));
    QSqlQuery lines(db);
    lines.prepare(QStringLiteral("SELECT * FROM order_lines WHERE order_id = ?"));
    const Figures references = measure(any, cold, [&](const QString& number) {
        order.addBindValue(number);
        if (!order.exec() || !order.next())
            return false;
        lines.addBindValue(order.value(0));
        if (!lines.exec())
            return false;
        int n = 0;
        while (lines.next())
            ++n;
        return n > 0;
    });

    print("packing station: scan → order on screen", scans);
    print("order window: number → dialog shown", dialogs);
    print("core: OrderBook::idForNumber + load", cores);
    print("reference: plain SQL, order by number + its lines", references);
    std::printf("ratio core / reference (p50): %.1f\n", cores.at(0.5) / std::max(1e-6, references.at(0.5)));
    return 0;
}
