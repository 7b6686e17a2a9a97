// bench_parcels: problem detection over every parcel of a big shop.
// Usage: bench_parcels SHOP.db [TODAY YYYY-MM-DD] [REPEATS]
//
// 1. Shipments::updateExpectedDates() once (the parcels still watched that have no expected day yet:
//    carrier, service, zone, working days with the destination's holidays);
// 2. Shipments::needingAttention(today), REPEATS times (default 7): the parcels under watch read
//    through their partial indexes, each judged by the problem rules, sorted worst first;
// 3. the reference, in the same run on the same file: the same two SQL reads through QSqlQuery,
//    every column of every row fetched, nothing judged.
// The expected days written in step 1 stay in the file (as opening the Shipments page would do).
#include "shipping/Shipments.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_parcels SHOP.db [TODAY] [REPEATS]\n");
        return 2;
    }
    const QDate today = argc > 2 ? QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate) : QDate::currentDate();
    const int repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 7;
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::OpenExisting;
    auto database = storage::Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    const storage::DatabasePtr shop = *database;
    QSqlQuery count(shop->connection());
    count.exec(QStringLiteral("SELECT count(*), (SELECT count(*) FROM tracking_events) FROM shipments"));
    count.next();
    std::printf("%s: %lld parcels, %lld tracking events, today %s\n", argv[1], count.value(0).toLongLong(),
        count.value(1).toLongLong(), qPrintable(today.toString(Qt::ISODate)));

    shipping::Shipments shipments(shop);
    QElapsedTimer timer;
    timer.start();
    auto computed = shipments.updateExpectedDates();
    if (!computed) {
        std::fprintf(stderr, "%s\n", qPrintable(computed.error().toString()));
        return 1;
    }
    std::printf("expected days computed: %d in %.1f ms\n", *computed, double(timer.nsecsElapsed()) / 1e6);

    std::vector<double> detection, reference;
    int found = 0;
    shipping::ProblemCounts counts;
    for (int i = 0; i < repeats; ++i) {
        timer.start();
        auto parcels = shipments.needingAttention(today);
        detection.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!parcels) {
            std::fprintf(stderr, "%s\n", qPrintable(parcels.error().toString()));
            return 1;
        }
        found = int(parcels->size());
        counts = {};
        for (const auto& parcel : *parcels)
            counts.byProblem[parcel.problem] += 1;

        timer.start();
        const qint64 since = QDateTime(today.addDays(-shipping::Shipments::kDefaultWatchDays), QTime(0, 0), Qt::UTC)
                                 .toSecsSinceEpoch();
        int rows = 0;
        for (const QString& where :
            {QStringLiteral("WHERE s.delivered_at IS NULL AND s.handled_at IS NULL AND s.shipped_at >= %1").arg(since),
                QStringLiteral("WHERE s.handled_at IS NULL AND (s.damaged_at IS NOT NULL OR s.disputed_at IS NOT "
                               "NULL) AND s.shipped_at >= 0")}) {
            QSqlQuery query(shop->connection());
            query.setForwardOnly(true);
            query.exec(QStringLiteral("SELECT s.*, o.number, o.customer_name, o.email, o.ship_country, o.ship_postcode "
                                      "FROM shipments s JOIN orders o ON o.id = s.order_id ")
                + where);
            while (query.next()) {
                for (int c = 0; c < 25; ++c)
                    query.value(c);
                ++rows;
            }
        }
        reference.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (i == 0)
            std::printf("rows read by the reference: %d\n", rows);
    }
    std::printf("needing attention: %d parcels", found);
    for (auto it = counts.byProblem.cbegin(); it != counts.byProblem.cend(); ++it)
        std::printf(", %s %d", qPrintable(shipping::problemKey(it.key())), it.value());
    std::printf("\ndetection (needingAttention), median of %d: %.1f ms (min %.1f, max %.1f)\n", repeats,
        median(detection), *std::min_element(detection.begin(), detection.end()),
        *std::max_element(detection.begin(), detection.end()));
    std::printf("reference (the same SQL, rows fetched), median: %.1f ms; ratio %.2f\n", median(reference),
        median(detection) / std::max(1e-6, median(reference)));
    return 0;
}
