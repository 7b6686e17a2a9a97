// bench_search: the Products page's quick filter, as each keystroke runs it: the first page of
// results (200 rows) for 1- to 3-letter prefixes and whole words, with the default sort.
// Usage: bench_search SHOP.db [REPEATS]
// Prints p50/p95 per query and overall; the reference, measured in the same run, is the search
// index alone returning its first 200 matching ids (no join, no sort).
#include "catalog/VariantList.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace {

double percentile(std::vector<double> values, int p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, values.size() * std::size_t(p) / 100)];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_search SHOP.db [REPEATS]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
    comptoir::storage::Database::Options options;
    options.mode = comptoir::storage::Database::OpenMode::OpenExisting;
    auto database = comptoir::storage::Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    const QStringList queries = {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("p"), QStringLiteral("bo"),
        QStringLiteral("ca"), QStringLiteral("ro"), QStringLiteral("bot"), QStringLiteral("cam"), QStringLiteral("pul"),
        QStringLiteral("bottines"), QStringLiteral("camel"), QStringLiteral("eco lin"), QStringLiteral("pull hiver"),
        QStringLiteral("BOT-0004"), QStringLiteral("3760001234")};
    std::vector<double> all, reference;
    std::printf("%-12s %8s %8s %6s %s\n", "query", "p50 ms", "p95 ms", "rows", "order");
    for (const QString& text : queries) {
        std::vector<double> times;
        int rows = 0;
        bool byMatch = false;
        for (int i = 0; i < repeats; ++i) {
            comptoir::catalog::VariantList list(*database);
            list.setFilter(text);
            QVariantList cursor;
            QElapsedTimer timer;
            timer.start();
            auto page = list.fetch(200, cursor);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            rows = page ? int(page->size()) : -1;
            byMatch = list.isSortedByMatch();

            timer.restart();
            QSqlQuery raw((*database)->connection());
            raw.prepare(QStringLiteral("SELECT rowid FROM variants_fts WHERE variants_fts MATCH ? LIMIT 200"));
            raw.addBindValue((*database)->dialect().fullTextQuery(text));
            raw.exec();
            while (raw.next()) { }
            reference.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        all.insert(all.end(), times.begin(), times.end());
        std::printf("%-12s %8.2f %8.2f %6d %s\n", qPrintable(text), percentile(times, 50), percentile(times, 95), rows,
            byMatch ? "search order" : "sorted by name");
    }
    std::printf("all keystrokes: p50 %.2f ms, p95 %.2f ms over %zu queries\n", percentile(all, 50), percentile(all, 95),
        all.size());
    std::printf("reference, search index alone (first 200 ids): p50 %.2f ms, p95 %.2f ms\n", percentile(reference, 50),
        percentile(reference, 95));
    return 0;
}
