// bench_reports: every report over one year, and the CSV export of every order, on a big shop.
// Usage: bench_reports SHOP.db [LAST_DAY] [REPEATS]
//
// 1. Each report of Reports::all() from LAST_DAY − 364 days to LAST_DAY (default 2026-11-20, the
//    demo shop's last day), grouped by month, top 100 where the report lists products: the first run
//    after opening the shop, then the median of REPEATS runs (default 5);
// 2. the reference, same run, same file: the sqlite3 shell's own timer for the year's order count
//    and revenue (`SELECT count(*), sum(total_minor) FROM orders WHERE placed_at …`);
// 3. the CSV export of every order (OrderExport, one row per order line, into a file next to the
//    shop) against `sqlite3 -csv` writing the same SELECT into a file: rows per second of each.
#include "io/OrderExport.h"
#include "reports/Reports.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace comptoir;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// The sqlite3 shell's own timer for `sql`, in ms; -1 without the shell.
double shellMs(const QString& path, const QString& sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path});
    if (!shell.waitForStarted(5000))
        return -1;
    shell.write(QStringLiteral(".timer on\n%1;\n%1;\n%1;\n").arg(sql).toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    std::vector<double> runs;
    auto it = real.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
    while (it.hasNext())
        runs.push_back(it.next().captured(1).toDouble() * 1000);
    return runs.empty() ? -1 : median(runs);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_reports SHOP.db [LAST_DAY] [REPEATS]\n");
        return 2;
    }
    const QString path = args[1];
    const QDate lastDay = args.size() > 2 ? QDate::fromString(args[2], Qt::ISODate) : QDate(2026, 11, 20);
    const int repeats = args.size() > 3 ? args[3].toInt() : 5;
    auto shop = storage::Database::open(path);
    if (!shop) {
        std::fprintf(stderr, "%s\n", qPrintable(shop.error().toString()));
        return 1;
    }
    const storage::DatabasePtr database = *shop;

    reports::ReportParameters parameters;
    parameters.from = lastDay.addDays(-364);
    parameters.to = lastDay;
    parameters.grouping = reports::Grouping::Month;
    std::printf("%-22s %10s %10s %8s\n", "report (one year)", "first ms", "median ms", "rows");
    for (const reports::ReportInfo& info : reports::Reports::all()) {
        reports::ReportParameters p = parameters;
        if (info.options.testFlag(reports::ReportOption::Limit))
            p.limit = 100;
        std::vector<double> runs;
        qsizetype rows = 0;
        for (int i = 0; i <= repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto table = reports::Reports::run(database, info.name, p);
            runs.push_back(timer.nsecsElapsed() / 1e6);
            if (!table) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(info.name), qPrintable(table.error().toString()));
                return 1;
            }
            rows = table->rows.size();
        }
        const double first = runs.front();
        runs.erase(runs.begin());
        std::printf("%-22s %10.1f %10.1f %8lld\n", qPrintable(info.name), first, median(runs), qint64(rows));
    }
    const qint64 from = parameters.from.startOfDay().toSecsSinceEpoch();
    const qint64 to = parameters.to.addDays(1).startOfDay().toSecsSinceEpoch();
    std::printf("reference: sqlite3 shell, the year's orders counted and summed: median %.1f ms\n",
        shellMs(path,
            QStringLiteral("SELECT count(*), sum(total_minor) FROM orders WHERE placed_at >= %1 AND "
                           "placed_at < %2 AND status <> 'cancelled'")
                .arg(from)
                .arg(to)));

    // The CSV export of every order.
    const QString csv = QFileInfo(path).absolutePath() + QStringLiteral("/bench_orders_export.csv");
    QElapsedTimer timer;
    timer.start();
    auto summary = io::OrderExport(database).writeFile(csv, io::ExportOptions());
    const double comptoirMs = timer.nsecsElapsed() / 1e6;
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
        return 1;
    }
    const qint64 bytes = QFileInfo(csv).size();
    const QString reference = QFileInfo(path).absolutePath() + QStringLiteral("/bench_orders_sqlite3.csv");
    QProcess shell;
    shell.setStandardOutputFile(reference);
    timer.restart();
    shell.start(QStringLiteral("sqlite3"),
        {QStringLiteral("-csv"), path,
            QStringLiteral(
                "SELECT o.id, o.number, o.placed_at, o.status, coalesce(o.held_from, ''), o.channel, o.customer_name, "
                "o.email, o.phone, o.ship_name, o.ship_company, o.ship_address1, o.ship_address2, o.ship_postcode, "
                "o.ship_city, o.ship_country, o.ship_phone, o.bill_name, o.bill_company, o.bill_address1, "
                "o.bill_address2, o.bill_postcode, o.bill_city, o.bill_country, o.currency, o.shipping_minor, "
                "o.discount_minor, o.total_minor, o.shipping_method, o.note, o.gift_message, o.paid_at, o.shipped_at, "
                "o.delivered_at, o.cancelled_at, l.sku, l.title, l.quantity, l.unit_price_minor, l.vat_rate_bp "
                "FROM orders o JOIN order_lines l ON l.order_id = o.id ORDER BY o.id, l.id")});
    const bool ran = shell.waitForStarted(5000) && shell.waitForFinished(1800000);
    const double sqliteMs = timer.nsecsElapsed() / 1e6;
    std::printf("order export: %lld orders, %lld lines, %.1f MB in %.2f s: %.0f lines/s\n", summary->orders,
        summary->lines, bytes / 1e6, comptoirMs / 1000, summary->lines / (comptoirMs / 1000));
    if (ran) {
        std::printf("reference: sqlite3 -csv of the same SELECT: %.1f MB in %.2f s: %.0f lines/s\n",
            QFileInfo(reference).size() / 1e6, sqliteMs / 1000, summary->lines / (sqliteMs / 1000));
        std::printf("throughput Comptoir / sqlite3 -csv: %.2f\n", sqliteMs / comptoirMs);
    }
    QFile::remove(csv);
    QFile::remove(reference);
    return 0;
}
