#pragma once

#include "common/Result.h"
#include "reviews/Reviews.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace comptoir::reviews {

// The reviews of a product (or of the whole shop) in figures.
struct RatingSummary
{
    int count = 0;
    double average = 0; // 0 when there is no review
    int stars[5] = {}; // stars[0]: one-star reviews … stars[4]: five-star ones
    int unhappy = 0; // 3 stars or fewer
    int waiting = 0; // not answered nor ignored
    QMap<Cause, int> causes; // suggested or confirmed, on the unhappy ones
};

// One cause over the months: how often, how badly, and whether it is rising.
struct CauseTrend
{
    Cause cause = Cause::DeliveryDelay;
    int count = 0; // over the whole period
    double average = 0; // the average rating of those reviews
    QList<int> perMonth; // oldest month first; the last one is the month asked for
    // This month more than the average of the three before, and at least twice.
    bool rising = false;
    int thisMonth() const { return perMonth.isEmpty() ? 0 : perMonth.last(); }
    double previousAverage() const;
};

struct UnhappyProduct
{
    qint64 productId = 0;
    QString name;
    int unhappy = 0; // over the period
    int count = 0; // every review of the product, ever
    double average = 0; // every review of the product, ever
    QList<Cause> causes; // the most frequent first
};

// What the reviews teach: per product and per cause, counts, averages and trends.
class ReviewStats final
{
public:
    explicit ReviewStats(storage::DatabasePtr database);

    // A product's reviews (0: every review of the shop and its products).
    Result<RatingSummary> summary(qint64 productId = 0) const;
    // Every cause over `months` months ending with `month`'s (UTC), by cause order.
    Result<QList<CauseTrend>> causeTrends(const QDate& month, int months = 12) const;
    // The products with the most unhappy reviews written since `since`, most first.
    Result<QList<UnhappyProduct>> mostUnhappyProducts(const QDate& since, int limit = 20) const;

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::reviews
