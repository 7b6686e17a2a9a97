#include "reports/Periods.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace comptoir::reports {

QString groupingKey(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return QStringLiteral("day");
    case Grouping::Week:
        return QStringLiteral("week");
    case Grouping::Month:
        return QStringLiteral("month");
    case Grouping::Quarter:
        return QStringLiteral("quarter");
    case Grouping::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<Grouping> groupingFromKey(QStringView key)
{
    for (Grouping grouping : {Grouping::Day, Grouping::Week, Grouping::Month, Grouping::Quarter, Grouping::Year}) {
        if (key.compare(groupingKey(grouping), Qt::CaseInsensitive) == 0)
            return grouping;
    }
    return std::nullopt;
}

QString groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return QCoreApplication::translate("Reports", "Day");
    case Grouping::Week:
        return QCoreApplication::translate("Reports", "Week");
    case Grouping::Month:
        return QCoreApplication::translate("Reports", "Month");
    case Grouping::Quarter:
        return QCoreApplication::translate("Reports", "Quarter");
    case Grouping::Year:
        return QCoreApplication::translate("Reports", "Year");
    }
    return {};
}

namespace {

// The first day of the bucket holding `day`, before cutting to the period.
QDate bucketStart(const QDate& day, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return day;
    case Grouping::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Grouping::Month:
        return QDate(day.year(), day.month(), 1);
    case Grouping::Quarter:
        return QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
    case Grouping::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

QDate nextBucketStart(const QDate& start, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return start.addDays(1);
    case Grouping::Week:
        return start.addDays(7);
    case Grouping::Month:
        return start.addMonths(1);
    case Grouping::Quarter:
        return start.addMonths(3);
    case Grouping::Year:
        return start.addYears(1);
    }
    return start.addDays(1);
}

} // namespace

QString bucketLabel(const QDate& day, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return day.toString(Qt::ISODate);
    case Grouping::Week: {
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        return QStringLiteral("%1-W%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Grouping::Month:
        return QStringLiteral("%1-%2").arg(day.year()).arg(day.month(), 2, 10, QLatin1Char('0'));
    case Grouping::Quarter:
        return QStringLiteral("%1-Q%2").arg(day.year()).arg((day.month() - 1) / 3 + 1);
    case Grouping::Year:
        return QString::number(day.year());
    }
    return {};
}

qint64 startOfDay(const QDate& day)
{
    return day.startOfDay().toSecsSinceEpoch();
}

QList<Bucket> buckets(const QDate& from, const QDate& to, Grouping grouping)
{
    QList<Bucket> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    for (QDate start = bucketStart(from, grouping); start <= to; start = nextBucketStart(start, grouping)) {
        Bucket bucket;
        bucket.first = std::max(start, from);
        bucket.last = std::min(nextBucketStart(start, grouping).addDays(-1), to);
        bucket.start = startOfDay(bucket.first);
        bucket.end = startOfDay(bucket.last.addDays(1));
        bucket.label = bucketLabel(bucket.first, grouping);
        out << bucket;
    }
    return out;
}

QString bucketsCte(const QList<Bucket>& buckets)
{
    QStringList values;
    values.reserve(buckets.size());
    for (qsizetype i = 0; i < buckets.size(); ++i)
        values << QStringLiteral("(%1, %2, %3)").arg(i).arg(buckets[i].start).arg(buckets[i].end);
    if (values.isEmpty())
        values << QStringLiteral("(-1, 0, 0)"); // no bucket: a row nothing falls into
    return QStringLiteral("b(i, s, e) AS (VALUES %1)").arg(values.join(QStringLiteral(", ")));
}

QStringList periodNames()
{
    return {QStringLiteral("today"), QStringLiteral("yesterday"), QStringLiteral("this-week"),
        QStringLiteral("last-week"), QStringLiteral("this-month"), QStringLiteral("last-month"),
        QStringLiteral("this-quarter"), QStringLiteral("last-quarter"), QStringLiteral("this-year"),
        QStringLiteral("last-year"), QStringLiteral("last-7-days"), QStringLiteral("last-30-days"),
        QStringLiteral("last-365-days")};
}

std::optional<std::pair<QDate, QDate>> namedPeriod(QStringView name, const QDate& today)
{
    const auto span = [&](Grouping grouping, int back) -> std::pair<QDate, QDate> {
        QDate start = bucketStart(today, grouping);
        for (int i = 0; i < back; ++i)
            start = bucketStart(start.addDays(-1), grouping);
        return {start, back == 0 ? today : nextBucketStart(start, grouping).addDays(-1)};
    };
    if (name == u"today")
        return std::pair {today, today};
    if (name == u"yesterday")
        return std::pair {today.addDays(-1), today.addDays(-1)};
    if (name == u"this-week")
        return span(Grouping::Week, 0);
    if (name == u"last-week")
        return span(Grouping::Week, 1);
    if (name == u"this-month")
        return span(Grouping::Month, 0);
    if (name == u"last-month")
        return span(Grouping::Month, 1);
    if (name == u"this-quarter")
        return span(Grouping::Quarter, 0);
    if (name == u"last-quarter")
        return span(Grouping::Quarter, 1);
    if (name == u"this-year")
        return span(Grouping::Year, 0);
    if (name == u"last-year")
        return span(Grouping::Year, 1);
    if (name == u"last-7-days")
        return std::pair {today.addDays(-6), today};
    if (name == u"last-30-days")
        return std::pair {today.addDays(-29), today};
    if (name == u"last-365-days")
        return std::pair {today.addDays(-364), today};
    return std::nullopt;
}

std::pair<QDate, QDate> yearBefore(const QDate& from, const QDate& to)
{
    return {from.addYears(-1), to.addYears(-1)};
}

} // namespace comptoir::reports
