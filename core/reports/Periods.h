#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir::reports {

// How a period report cuts its days: weeks start on Monday (ISO 8601), quarters are calendar ones.
enum class Grouping
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
};

// The machine names used on the command line and in settings: "day", "week", "month"…
QString groupingKey(Grouping grouping);
std::optional<Grouping> groupingFromKey(QStringView key);
// What the user reads ("Day", "Week"…), translated.
QString groupingName(Grouping grouping);

// One slice of a period report: its days, and the same span in seconds since the epoch, cut at
// local midnight (the shop's own days, whatever the daylight-saving time does).
struct Bucket
{
    QDate first;
    QDate last;
    qint64 start = 0; // first second
    qint64 end = 0; // the first second after
    // Sortable and the same in every language: "2026-12-03", "2026-W49", "2026-12", "2026-Q4", "2026".
    QString label;
};

// The buckets covering from…to (both included); the first and last are cut to the period (a month
// report from 15 March starts with 15–31 March). Empty when to < from.
QList<Bucket> buckets(const QDate& from, const QDate& to, Grouping grouping);
// The bucket's label for a day: what buckets() would call the bucket holding it.
QString bucketLabel(const QDate& day, Grouping grouping);

// Seconds since the epoch of local midnight starting `day`.
qint64 startOfDay(const QDate& day);
// A SQL common table expression naming the buckets: "b(i, s, e) AS (VALUES (0, …, …), …)", to JOIN
// rows on `x >= b.s AND x < b.e`: exact local days, and each bucket reads its own index range.
QString bucketsCte(const QList<Bucket>& buckets);

// A period by name, relative to `today`: "today", "yesterday", "this-week", "last-week",
// "this-month", "last-month", "this-quarter", "last-quarter", "this-year", "last-year",
// "last-7-days", "last-30-days", "last-365-days". Weeks start on Monday. Nothing for another name.
std::optional<std::pair<QDate, QDate>> namedPeriod(QStringView name, const QDate& today);
QStringList periodNames();

// The same days one year earlier (29 February becomes 28 February).
std::pair<QDate, QDate> yearBefore(const QDate& from, const QDate& to);

} // namespace comptoir::reports
