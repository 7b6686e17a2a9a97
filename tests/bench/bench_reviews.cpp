// bench_reviews: the Reviews page's reads on a shop with many reviews.
// Usage: bench_reviews SHOP.db [REVIEWS] [REPEATS]
//
// 1. When SHOP.db does not exist, writes a demo shop there (2,000 products, 20,000 orders, until
//    2026-11-20, with its own reviews); then tops it up to REVIEWS reviews (default 500,000; written
//    into the file once, in one transaction, through the schema's indexes and search triggers): two
//    years of reviews, 70 % five stars, ~15 % unhappy with their causes, products by popularity, the
//    older ones answered or set aside, the last month's waiting;
// 2. REPEATS times (default 7): the first page (100 rows) of the triage queue, of the Unhappy filter
//    and of a search; the causes over 12 months; the summary of the shop and of its most reviewed
//    product; the most unhappy products of the last 90 days;
// 3. the reference, in the same run on the same file: the `sqlite3` shell counting the reviews
//    (`SELECT count(*) FROM reviews`, its own timer), else the same through QSqlQuery.
#include "demo/DemoShop.h"
#include "reviews/CauseTagger.h"
#include "reviews/ReviewList.h"
#include "reviews/ReviewStats.h"
#include "reviews/Reviews.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace comptoir;
using namespace comptoir::reviews;

namespace {

const QDate kUntil(2026, 11, 20);

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

qint64 count(const storage::DatabasePtr& shop, const QString& sql)
{
    QSqlQuery q(shop->connection());
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : 0;
}

struct Text
{
    int rating;
    const char* title;
    const char* body;
};

const Text kTexts[] = {
    {5, "Parfait", "Très joli, bien emballé. Je recommande !"},
    {5, "Superbe", "Magnifique, encore plus beau en vrai. Envoi rapide, merci !"},
    {5, "Lovely", "Beautiful and well packed. Arrived quickly, thank you!"},
    {4, "Très bien", "Joli produit, le coloris est un peu plus foncé que sur le site."},
    {4, "Good", "Good product; shipping abroad took a while."},
    {3, "Mitigée", "Joli mais la qualité est moyenne pour le prix."},
    {3, "Taille petit", "Joli pull mais il taille petit : prenez une taille au-dessus."},
    {3, "Correct", "Produit correct, sans plus. Couleur différente de la photo."},
    {2, "Colis arrivé abîmé", "Colis arrivé abîmé, le carton était écrasé et le mug cassé."},
    {2, "Défectueux", "Le couvercle ne ferme pas, produit défectueux."},
    {1, "Toujours rien", "Commande passée il y a trois semaines, toujours pas reçue. Gros retard."},
    {1, "Aucune réponse", "J'ai écrit deux fois au service client, aucune réponse."},
    {2, "Not as pictured", "Not as pictured: the colour is much paler."},
};

// Tops the shop up to `wanted` reviews; returns how many were added.
qint64 fill(const storage::DatabasePtr& shop, qint64 wanted)
{
    const qint64 existing = count(shop, QStringLiteral("SELECT count(*) FROM reviews"));
    if (existing >= wanted)
        return 0;
    const QSqlDatabase db = shop->connection();
    std::vector<qint64> products;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id FROM products ORDER BY id"));
        while (q.next())
            products.push_back(q.value(0).toLongLong());
    }
    if (products.empty())
        return 0;
    std::vector<QList<Cause>> causesOf;
    for (const Text& text : kTexts)
        causesOf.push_back(text.rating <= kUnhappyAtMost
                ? suggestCauses(QString::fromUtf8(text.title) + QLatin1Char('\n') + QString::fromUtf8(text.body))
                : QList<Cause> {});
    storage::Transaction transaction(db);
    QSqlQuery review(db);
    review.prepare(QStringLiteral(
        "INSERT INTO reviews (source, external_id, product_id, rating, title, body, author, language, verified, "
        "written_at, reply, replied_at, status, queue, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery cause(db);
    cause.prepare(QStringLiteral(
        "INSERT INTO review_causes (review_id, cause, state, rating, written_at) VALUES (?, ?, ?, ?, ?)"));
    std::mt19937_64 random(42);
    const auto below = [&](std::uint64_t n) { return std::uint64_t(random() % n); };
    const qint64 end = QDateTime(kUntil.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 span = 730 * 86400;
    static const char* const sources[] = {"judgeme", "judgeme", "website", "google", "trustpilot"};
    for (qint64 i = existing; i < wanted; ++i) {
        // 70 % five stars, 15 % four, 15 % unhappy (3 stars or fewer).
        const auto roll = below(100);
        int pick = 0;
        if (roll < 70)
            pick = int(below(3));
        else if (roll < 85)
            pick = 3 + int(below(2));
        else
            pick = 5 + int(below(std::size(kTexts) - 5));
        const Text& text = kTexts[pick];
        // Popular products get most reviews: the square of a uniform number favours the first ones.
        const double u = double(below(1000000)) / 1e6;
        const qint64 product = products[std::size_t(u * u * double(products.size()))];
        const qint64 writtenAt = end - 1 - qint64(below(std::uint64_t(span)));
        const bool recent = end - writtenAt < 30 * 86400;
        const bool unhappy = text.rating <= kUnhappyAtMost;
        ReviewStatus status = ReviewStatus::New;
        if (!recent)
            status = unhappy ? (below(10) < 9 ? ReviewStatus::Answered : ReviewStatus::ToAnswer)
                             : (below(3) == 0 ? ReviewStatus::Answered : ReviewStatus::Ignored);
        else if (below(4) == 0)
            status = ReviewStatus::Answered;
        const bool answered = status == ReviewStatus::Answered;
        const QString source = QString::fromLatin1(sources[below(std::size(sources))]);
        const bool shopReview = source == QLatin1String("google") || source == QLatin1String("trustpilot");
        review.bindValue(0, source);
        review.bindValue(1, QStringLiteral("bench-%1").arg(i));
        review.bindValue(2, shopReview ? QVariant(QMetaType::fromType<qint64>()) : QVariant(product));
        review.bindValue(3, text.rating);
        review.bindValue(4, QString::fromUtf8(text.title));
        review.bindValue(5, QString::fromUtf8(text.body));
        review.bindValue(6, QStringLiteral("Client%1 B.").arg(i % 50000));
        review.bindValue(7, pick == 2 || pick == 4 || pick == 12 ? QStringLiteral("en") : QStringLiteral("fr"));
        review.bindValue(8, writtenAt);
        review.bindValue(9, answered ? QStringLiteral("Merci pour votre avis !") : QStringLiteral(""));
        review.bindValue(10, answered ? QVariant(writtenAt + 3600) : QVariant(QMetaType::fromType<qint64>()));
        review.bindValue(11, reviewStatusKey(status));
        review.bindValue(12, queueOf(status, text.rating));
        review.bindValue(13, writtenAt);
        review.bindValue(14, writtenAt);
        if (!review.exec()) {
            std::fprintf(stderr, "insert failed\n");
            return -1;
        }
        const qint64 id = review.lastInsertId().toLongLong();
        for (Cause c : causesOf[std::size_t(pick)]) {
            cause.bindValue(0, id);
            cause.bindValue(1, causeKey(c));
            cause.bindValue(2, answered ? QStringLiteral("confirmed") : QStringLiteral("suggested"));
            cause.bindValue(3, text.rating);
            cause.bindValue(4, writtenAt);
            cause.exec();
        }
    }
    if (!transaction.commit().ok())
        return -1;
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    return wanted - existing;
}

// The reference: the sqlite3 shell's own timer for `SELECT count(*) FROM reviews`, in ms; -1 without
// the shell.
double sqliteShellCount(const QString& path)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path});
    if (!shell.waitForStarted(5000))
        return -1;
    shell.write(".timer on\nSELECT count(*) FROM reviews;\n");
    shell.closeWriteChannel();
    shell.waitForFinished(60000);
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    const auto match = real.match(QString::fromUtf8(shell.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toDouble() * 1000 : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_reviews SHOP.db [REVIEWS] [REPEATS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const qint64 wanted = argc > 2 ? std::atoll(argv[2]) : 500000;
    const int repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 7;
    if (!QFile::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        demo::DemoShop::Options options;
        options.products = 2000;
        options.orders = 20000;
        options.until = kUntil;
        auto created = demo::DemoShop::createFile(path, options);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
            return 1;
        }
        std::printf(
            "demo shop written in %.1f s (%lld reviews of its own)\n", timer.elapsed() / 1000.0, created->reviews);
    }
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::OpenExisting;
    options.dailyBackup = false;
    auto database = storage::Database::open(path, options);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    const storage::DatabasePtr shop = *database;
    {
        QElapsedTimer timer;
        timer.start();
        const qint64 added = fill(shop, wanted);
        if (added < 0)
            return 1;
        if (added > 0)
            std::printf("added %lld reviews in %.1f s\n", added, timer.elapsed() / 1000.0);
    }
    const qint64 total = count(shop, QStringLiteral("SELECT count(*) FROM reviews"));
    std::printf("%s: %lld reviews, %lld unhappy, %lld waiting, %lld causes\n", argv[1], total,
        count(shop, QStringLiteral("SELECT count(*) FROM reviews WHERE rating <= 3")),
        count(shop, QStringLiteral("SELECT count(*) FROM reviews WHERE queue < 2")),
        count(shop, QStringLiteral("SELECT count(*) FROM review_causes")));
    const qint64 topProduct = count(shop,
        QStringLiteral("SELECT product_id FROM reviews WHERE product_id IS NOT NULL GROUP BY product_id "
                       "ORDER BY count(*) DESC LIMIT 1"));

    struct Measure
    {
        const char* what;
        std::function<int()> run; // returns how many rows or items it read
        std::vector<double> ms;
        int rows = 0;
    };
    const auto firstPage = [shop](ReviewList::Filter filter, const QString& text) {
        ReviewList list(shop);
        list.setFilter(filter);
        list.setText(text);
        QVariantList cursor;
        auto page = list.fetch(100, cursor);
        return page ? int(page->size()) : -1;
    };
    ReviewStats stats(shop);
    std::vector<Measure> measures = {
        {"triage queue, first page (100 rows)", [&] { return firstPage(ReviewList::Filter::Queue, {}); }, {}},
        {"Unhappy filter, first page (100 rows)", [&] { return firstPage(ReviewList::Filter::Unhappy, {}); }, {}},
        {"search \"colis\" (FTS5), every review, first page",
            [&] { return firstPage(ReviewList::Filter::All, QStringLiteral("colis")); }, {}},
        {"search \"taille\" in the triage queue, first page",
            [&] { return firstPage(ReviewList::Filter::Queue, QStringLiteral("taille")); }, {}},
        {"ReviewStats::causeTrends, 12 months",
            [&] {
                auto trends = stats.causeTrends(kUntil, 12);
                return trends ? int(trends->size()) : -1;
            },
            {}},
        {"ReviewStats::summary() of the shop",
            [&] {
                auto summary = stats.summary();
                return summary ? summary->count : -1;
            },
            {}},
        {"ReviewStats::summary() of its most reviewed product",
            [&] {
                auto summary = stats.summary(topProduct);
                return summary ? summary->count : -1;
            },
            {}},
        {"ReviewStats::mostUnhappyProducts, last 90 days (20)",
            [&] {
                auto products = stats.mostUnhappyProducts(kUntil.addDays(-90), 20);
                return products ? int(products->size()) : -1;
            },
            {}},
    };
    std::vector<double> references;
    for (int r = 0; r < repeats; ++r) {
        for (Measure& m : measures) {
            QElapsedTimer timer;
            timer.start();
            m.rows = m.run();
            m.ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        references.push_back(sqliteShellCount(path));
    }
    double reference = median(references);
    const bool shell = reference >= 0;
    if (!shell) {
        references.clear();
        for (int r = 0; r < repeats; ++r) {
            QElapsedTimer timer;
            timer.start();
            count(shop, QStringLiteral("SELECT count(*) FROM reviews"));
            references.push_back(timer.nsecsElapsed() / 1e6);
        }
        reference = median(references);
    }
    for (const Measure& m : measures)
        std::printf("%-55s median %7.1f ms  (max %7.1f; %d)\n", m.what, median(m.ms),
            *std::max_element(m.ms.begin(), m.ms.end()), m.rows);
    std::printf("reference: %s SELECT count(*) FROM reviews: median %.1f ms\n", shell ? "sqlite3 shell" : "QSqlQuery",
        reference);
    return 0;
}
