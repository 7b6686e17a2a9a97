#include "reviews/ReviewStats.h"

#include "storage/Sql.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir::reviews {

using storage::run;

namespace {

qint64 startOfMonth(const QDate& day)
{
    return QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

double CauseTrend::previousAverage() const
{
    const qsizetype n = std::min<qsizetype>(3, perMonth.size() - 1);
    if (n <= 0)
        return 0;
    double sum = 0;
    for (qsizetype i = perMonth.size() - 1 - n; i < perMonth.size() - 1; ++i)
        sum += perMonth.at(i);
    return sum / double(n);
}

ReviewStats::ReviewStats(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<RatingSummary> ReviewStats::summary(qint64 productId) const
{
    const QSqlDatabase db = m_database->connection();
    RatingSummary summary;
    const QString where = productId > 0 ? QStringLiteral(" WHERE product_id = ?") : QString();
    const auto bind = [&](QSqlQuery& query) {
        if (productId > 0)
            query.addBindValue(productId);
    };
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT rating, count(*) FROM reviews") + where + QStringLiteral(" GROUP BY rating"));
        bind(query);
        if (!query.exec())
            return storage::sqlError(query, QStringLiteral("review summary"));
        qint64 total = 0;
        while (query.next()) {
            const int rating = query.value(0).toInt();
            const int count = query.value(1).toInt();
            if (rating < 1 || rating > 5)
                continue;
            summary.stars[rating - 1] = count;
            summary.count += count;
            total += qint64(rating) * count;
            if (rating <= kUnhappyAtMost)
                summary.unhappy += count;
        }
        summary.average = summary.count > 0 ? double(total) / summary.count : 0;
    }
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(productId > 0 ? QStringLiteral("SELECT count(*) FROM reviews WHERE product_id = ? AND queue < 2")
                                    : QStringLiteral("SELECT count(*) FROM reviews WHERE queue < 2"));
        bind(query);
        if (!query.exec() || !query.next())
            return storage::sqlError(query, QStringLiteral("review summary"));
        summary.waiting = query.value(0).toInt();
    }
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(productId > 0
                ? QStringLiteral("SELECT c.cause, count(*) FROM review_causes c JOIN reviews r ON r.id = c.review_id "
                                 "WHERE r.product_id = ? AND c.state <> 'rejected' GROUP BY c.cause")
                : QStringLiteral("SELECT cause, count(*) FROM review_causes WHERE state <> 'rejected' GROUP BY cause"));
        bind(query);
        if (!query.exec())
            return storage::sqlError(query, QStringLiteral("review summary"));
        while (query.next()) {
            Cause cause;
            if (causeFromKey(query.value(0).toString(), cause))
                summary.causes.insert(cause, query.value(1).toInt());
        }
    }
    return summary;
}

Result<QList<CauseTrend>> ReviewStats::causeTrends(const QDate& month, int months) const
{
    months = std::max(1, months);
    const QDate first = QDate(month.year(), month.month(), 1).addMonths(-(months - 1));
    const qint64 from = startOfMonth(first);
    const qint64 to = startOfMonth(QDate(month.year(), month.month(), 1).addMonths(1));
    QMap<Cause, CauseTrend> trends;
    for (Cause cause : causes()) {
        CauseTrend trend;
        trend.cause = cause;
        trend.perMonth = QList<int>(months, 0);
        trends.insert(cause, trend);
    }
    QMap<Cause, qint64> ratingSums;
    // One pass over the causes' own index: cause, month, count and rating sum.
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT cause, strftime('%Y-%m', written_at, 'unixepoch'), count(*), sum(rating) "
                       "FROM review_causes WHERE state <> 'rejected' AND written_at >= ? AND written_at < ? "
                       "GROUP BY cause, 2"),
        {from, to});
    if (!query)
        return query.error();
    while (query->next()) {
        Cause cause;
        if (!causeFromKey(query->value(0).toString(), cause))
            continue;
        const QDate at = QDate::fromString(query->value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
        const int index = (at.year() - first.year()) * 12 + at.month() - first.month();
        if (index < 0 || index >= months)
            continue;
        CauseTrend& trend = trends[cause];
        const int count = query->value(2).toInt();
        trend.perMonth[index] += count;
        trend.count += count;
        ratingSums[cause] += query->value(3).toLongLong();
    }
    QList<CauseTrend> list;
    for (CauseTrend& trend : trends) {
        trend.average = trend.count > 0 ? double(ratingSums.value(trend.cause)) / trend.count : 0;
        trend.rising = trend.thisMonth() >= 2 && trend.thisMonth() > trend.previousAverage();
        list.append(trend);
    }
    return list;
}

Result<QList<UnhappyProduct>> ReviewStats::mostUnhappyProducts(const QDate& since, int limit) const
{
    const QSqlDatabase db = m_database->connection();
    const qint64 from = QDateTime(since, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    auto top = run(db,
        QStringLiteral("SELECT product_id, count(*) FROM reviews WHERE rating <= 3 AND written_at >= ? "
                       "AND product_id IS NOT NULL GROUP BY product_id ORDER BY 2 DESC, product_id LIMIT ?"),
        {from, limit});
    if (!top)
        return top.error();
    QList<UnhappyProduct> list;
    while (top->next()) {
        UnhappyProduct product;
        product.productId = top->value(0).toLongLong();
        product.unhappy = top->value(1).toInt();
        list.append(product);
    }
    for (UnhappyProduct& product : list) {
        auto totals = run(db,
            QStringLiteral("SELECT count(*), avg(rating), (SELECT name FROM products WHERE id = ?) FROM reviews "
                           "WHERE product_id = ?"),
            {product.productId, product.productId});
        if (!totals)
            return totals.error();
        if (totals->next()) {
            product.count = totals->value(0).toInt();
            product.average = totals->value(1).toDouble();
            product.name = totals->value(2).toString();
        }
        auto causesOf = run(db,
            QStringLiteral("SELECT c.cause, count(*) FROM review_causes c JOIN reviews r ON r.id = c.review_id "
                           "WHERE r.product_id = ? AND r.written_at >= ? AND c.state <> 'rejected' "
                           "GROUP BY c.cause ORDER BY 2 DESC, c.cause"),
            {product.productId, from});
        if (!causesOf)
            return causesOf.error();
        while (causesOf->next()) {
            Cause cause;
            if (causeFromKey(causesOf->value(0).toString(), cause))
                product.causes.append(cause);
        }
    }
    return list;
}

} // namespace comptoir::reviews
