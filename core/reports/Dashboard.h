#pragma once

#include "common/Job.h"
#include "common/Money.h"
#include "common/Result.h"
#include "orders/OrderStatus.h"
#include "reports/Periods.h"
#include "shipping/Shipments.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace comptoir::reports {

// What waits for the merchant today, each figure counted the way the page it opens lists it, so the
// number on a tile is the number of rows behind it.
struct DashboardWork
{
    qint64 toPrepare = 0; // paid or being prepared: the Orders page's "To prepare"
    QDateTime oldestToPrepare; // UTC; invalid when there is none
    qint64 onHold = 0; // the Orders page's "On hold"
    QDateTime oldestOnHold;
    qint64 parcels = 0; // the Shipments page's parcels needing attention
    QMap<shipping::Problem, int> parcelProblems;
    qint64 messagesToAnswer = 0; // the Messages page's "To answer"
    qint64 unreadMessages = 0;
    QDateTime oldestMessage; // the last message of the conversation waiting longest
    qint64 reviewsToAnswer = 0; // the Reviews page's triage queue
    qint64 unhappyReviews = 0; // of which 3 stars or fewer (first in the queue)
    qint64 stockOuts = 0; // variants with nothing on hand: first on the Products page sorted by stock
    qint64 recentStockOuts = 0; // of which ran out within the last 7 days
};

// The variants to reorder (the Stock page's "To reorder"). Apart from the rest: the sales velocity
// of the whole catalog takes seconds on a big shop.
struct DashboardReorder
{
    qint64 variants = 0;
    qint64 suppliers = 0; // distinct suppliers, "no supplier" counting as one
};

// One point of the sales chart: a bucket of the period and the same days a year earlier.
struct SalesPoint
{
    Bucket bucket;
    QDate lastYearFirst; // the same days one year earlier (29 February has no twin)
    QDate lastYearLast;
    qint64 revenue = 0; // minor units of the shop's currency
    qint64 orders = 0;
    qint64 lastYearRevenue = 0;
    qint64 lastYearOrders = 0;
};

struct ChannelSales
{
    orders::Channel channel = orders::Channel::Website;
    qint64 orders = 0;
    qint64 revenue = 0;
    qint64 lastYearRevenue = 0;
};

struct ProductSales
{
    qint64 productId = 0; // 0: a line whose variant was deleted, named by its title
    QString name;
    qint64 units = 0;
    qint64 revenue = 0; // the lines' totals, VAT included
};

// The sales of a period against the same days a year earlier: orders placed in the period, by the
// day they were placed (local days), cancelled orders left out, in the shop's currency. When the
// period reaches today (the shop's clock), the year-earlier figures stop at the same time of day.
struct DashboardSales
{
    QDate from;
    QDate to;
    Grouping grouping = Grouping::Day;
    Currency currency;
    QList<SalesPoint> points;
    qint64 revenue = 0;
    qint64 orders = 0;
    qint64 lastYearRevenue = 0;
    qint64 lastYearOrders = 0;
    QList<ChannelSales> channels; // every channel, in orders::Channel order
    qint64 otherCurrencyOrders = 0; // in the period, placed in another currency: left out
};

// The figures of the dashboard, read on a worker thread: the day's work, the period's sales, the
// best-selling products and what to reorder. Each call reads the shop once and returns plain data.
class Dashboard final
{
public:
    explicit Dashboard(storage::DatabasePtr database);

    // `today` is the shop's local day: parcels are judged late or lost as of that day.
    Result<DashboardWork> work(const QDate& today) const;
    Result<DashboardReorder> reorder(JobControl& control = JobControl::none()) const;
    // From…to both included; an empty range gives no point.
    Result<DashboardSales> sales(const QDate& from, const QDate& to, Grouping grouping) const;
    // The products that brought in most in the period (ties: the lower product id first).
    Result<QList<ProductSales>> topProducts(const QDate& from, const QDate& to, int count = 5) const;

    // The day matching `day` one year earlier for a comparison: 29 February has none (the result
    // is 1 March, so that a day-by-day span starting there is empty).
    static QDate sameDayLastYear(const QDate& day);

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::reports
