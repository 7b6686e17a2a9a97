#include "reports/Reports.h"

#include "orders/OrderStatus.h"
#include "reports/ReportQueries.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace comptoir::reports {

namespace detail {

Result<QSqlQuery> query(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storage::sqlError(q, QCoreApplication::translate("Reports", "The report could not be read."));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return storage::sqlError(q, QCoreApplication::translate("Reports", "The report could not be read."));
    return q;
}

Error cancelled()
{
    return Error(Error::Code::Cancelled, QCoreApplication::translate("Reports", "The report was cancelled."));
}

QString countedOrders(const QueryContext& context, QVariantList& values, bool period, const QString& alias)
{
    QString where = QStringLiteral("%1.status <> 'cancelled' AND %1.currency = ?").arg(alias);
    values << context.currency.code();
    if (!context.parameters.channel.isEmpty()) {
        where += QStringLiteral(" AND %1.channel = ?").arg(alias);
        values << context.parameters.channel;
    }
    if (period) {
        where += QStringLiteral(" AND %1.placed_at >= ? AND %1.placed_at < ?").arg(alias);
        values << startOfDay(context.parameters.from) << startOfDay(context.parameters.to.addDays(1));
    }
    return where;
}

QString vatInside(const QString& amount, const QString& rateBp)
{
    // amount × rate / (10000 + rate), half away from zero, in integers: (2·a·r + d) / 2d for a ≥ 0.
    return QStringLiteral("(CASE WHEN %1 >= 0 THEN (2 * %1 * %2 + 10000 + %2) / (2 * (10000 + %2)) "
                          "ELSE -((2 * -%1 * %2 + 10000 + %2) / (2 * (10000 + %2))) END)")
        .arg(amount, rateBp);
}

QString otherCurrencyNote(const QueryContext& context)
{
    QVariantList values {
        context.currency.code(), startOfDay(context.parameters.from), startOfDay(context.parameters.to.addDays(1))};
    QString sql = QStringLiteral("SELECT count(*) FROM orders o WHERE o.status <> 'cancelled' AND o.currency <> ? "
                                 "AND o.placed_at >= ? AND o.placed_at < ?");
    if (!context.parameters.channel.isEmpty()) {
        sql += QStringLiteral(" AND o.channel = ?");
        values << context.parameters.channel;
    }
    auto q = query(context.db, sql, values);
    if (!q || !q->next() || q->value(0).toLongLong() == 0)
        return {};
    // Counted outside translate(): lupdate never finishes on "->" or casts inside its arguments.
    const int count = countArgument(q->value(0).toLongLong());
    return QCoreApplication::translate("Reports", "%n order(s) in another currency than %1 are left out.", nullptr, count)
        .arg(context.currency.code());
}

int countArgument(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, 2000000000));
}

ReportColumn column(const char* key, const QString& title, ColumnKind kind, int decimals)
{
    return ReportColumn {QString::fromLatin1(key), title, kind, decimals};
}

} // namespace detail

namespace {

struct Entry
{
    const char* name;
    const char* title;
    const char* description;
    ReportOptions options;
    detail::ReportFunction run;
};

const Entry kReports[] = {
    {"sales-by-period", QT_TRANSLATE_NOOP("Reports", "Sales by period"),
        QT_TRANSLATE_NOOP(
            "Reports", "Orders, discounts, shipping, refunds, net sales and VAT, day by day or month by month."),
        ReportOption::Grouping | ReportOption::Channel, detail::salesByPeriod},
    {"sales-by-product", QT_TRANSLATE_NOOP("Reports", "Sales by product"),
        QT_TRANSLATE_NOOP("Reports", "What sold, best sellers first: quantities, sales and their share."),
        ReportOption::Channel | ReportOption::Limit, detail::salesByProduct},
    {"sales-by-category", QT_TRANSLATE_NOOP("Reports", "Sales by category"),
        QT_TRANSLATE_NOOP("Reports", "Sales of each product category and its share."), ReportOption::Channel,
        detail::salesByCategory},
    {"sales-by-channel", QT_TRANSLATE_NOOP("Reports", "Sales by channel"),
        QT_TRANSLATE_NOOP("Reports", "Website, shop counter, marketplace and phone side by side."), ReportOptions(),
        detail::salesByChannel},
    {"gross-margin", QT_TRANSLATE_NOOP("Reports", "Gross margin"),
        QT_TRANSLATE_NOOP("Reports", "Sales without VAT, their cost and the margin left, product by product."),
        ReportOption::Channel | ReportOption::Limit, detail::grossMargin},
    {"vat", QT_TRANSLATE_NOOP("Reports", "VAT collected"),
        QT_TRANSLATE_NOOP("Reports", "Sales and the VAT in them by destination country and rate, for the VAT return."),
        ReportOption::Channel | ReportOption::VatRounding, detail::vat},
    {"stock-valuation", QT_TRANSLATE_NOOP("Reports", "Stock valuation"),
        QT_TRANSLATE_NOOP(
            "Reports", "What the stock on hand at the end of the period is worth at cost, by location and category."),
        ReportOption::Location, detail::stockValuation},
    {"stock-movements", QT_TRANSLATE_NOOP("Reports", "Stock movements"),
        QT_TRANSLATE_NOOP("Reports", "Units in and out of stock in the period, by reason, with their value at cost."),
        ReportOption::Location, detail::stockMovements},
    {"carrier-performance", QT_TRANSLATE_NOOP("Reports", "Carrier performance"),
        QT_TRANSLATE_NOOP("Reports",
            "Parcels shipped in the period by carrier and service: delivered, transit time, late, lost, damaged "
            "and returned."),
        ReportOption::Channel, detail::carrierPerformance},
    {"returns", QT_TRANSLATE_NOOP("Reports", "Returns by product and reason"),
        QT_TRANSLATE_NOOP(
            "Reports", "What came back and why: units, returns, refunds and the return rate of each product."),
        ReportOption::Channel | ReportOption::Limit, detail::returnsByProduct},
    {"reviews-by-product", QT_TRANSLATE_NOOP("Reports", "Reviews by product"),
        QT_TRANSLATE_NOOP("Reports",
            "Reviews written in the period, product by product: average rating, unhappy reviews and their main "
            "cause."),
        ReportOption::Limit, detail::reviewsByProduct},
    {"reviews-by-cause", QT_TRANSLATE_NOOP("Reports", "Reviews by cause"),
        QT_TRANSLATE_NOOP("Reports", "Why customers were unhappy: reviews and average rating of each cause."),
        ReportOptions(), detail::reviewsByCause},
    {"customers", QT_TRANSLATE_NOOP("Reports", "New and returning customers"),
        QT_TRANSLATE_NOOP("Reports",
            "Customers of each period, those ordering for the first time and those coming back, with their orders."),
        ReportOption::Grouping | ReportOption::Channel, detail::customers},
    {"top-customers", QT_TRANSLATE_NOOP("Reports", "Top customers"),
        QT_TRANSLATE_NOOP("Reports", "The customers who spent the most in the period."),
        ReportOption::Channel | ReportOption::Limit, detail::topCustomers},
};

ReportInfo infoOf(const Entry& entry)
{
    return ReportInfo {QString::fromLatin1(entry.name), QCoreApplication::translate("Reports", entry.title),
        QCoreApplication::translate("Reports", entry.description), entry.options};
}

} // namespace

QList<ReportInfo> Reports::all()
{
    QList<ReportInfo> out;
    for (const Entry& entry : kReports)
        out << infoOf(entry);
    return out;
}

std::optional<ReportInfo> Reports::find(QStringView name)
{
    for (const Entry& entry : kReports) {
        if (name == QLatin1String(entry.name))
            return infoOf(entry);
    }
    return std::nullopt;
}

Result<ReportTable> Reports::run(
    const storage::DatabasePtr& database, QStringView name, const ReportParameters& parameters, JobControl& control)
{
    const Entry* entry = nullptr;
    for (const Entry& e : kReports) {
        if (name == QLatin1String(e.name))
            entry = &e;
    }
    if (!entry) {
        QStringList names;
        for (const Entry& e : kReports)
            names << QString::fromLatin1(e.name);
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Reports", "There is no report called \"%1\". The reports are: %2.")
                .arg(name.toString(), names.join(QStringLiteral(", "))));
    }
    if (!parameters.from.isValid() || !parameters.to.isValid())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Reports", "The report needs a first and a last day."));
    if (parameters.to < parameters.from)
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Reports", "The last day (%1) comes before the first day (%2).")
                .arg(parameters.to.toString(Qt::ISODate), parameters.from.toString(Qt::ISODate)));
    if (parameters.limit < 0)
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Reports", "The number of rows cannot be negative."));
    if (!parameters.channel.isEmpty()) {
        orders::Channel channel;
        if (!orders::channelFromKey(parameters.channel, channel))
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate(
                    "Reports", "There is no sales channel called \"%1\": website, counter, marketplace or phone.")
                    .arg(parameters.channel));
    }
    const settings::ShopSettings shop(database);
    detail::QueryContext context {database->connection(), parameters, control, shop.currency(), database,
        database->clock().now().toLocalTime().date()};
    if (!context.currency.isValid())
        context.currency = Currency::euro();
    auto table = entry->run(context);
    if (!table)
        return table;
    ReportTable& out = *table;
    out.name = QString::fromLatin1(entry->name);
    out.title = QCoreApplication::translate("Reports", entry->title);
    out.currency = context.currency;
    if (out.subtitle.isEmpty())
        out.subtitle = describe(infoOf(*entry), parameters, database);
    return table;
}

QString Reports::describe(
    const ReportInfo& info, const ReportParameters& parameters, const storage::DatabasePtr& database)
{
    const QLocale locale;
    QStringList parts;
    parts << QStringLiteral("%1 – %2").arg(
        locale.toString(parameters.from, QLocale::ShortFormat), locale.toString(parameters.to, QLocale::ShortFormat));
    if (info.options.testFlag(ReportOption::Grouping))
        parts << QCoreApplication::translate("Reports", "by %1").arg(groupingName(parameters.grouping).toLower());
    if (info.options.testFlag(ReportOption::Channel) && !parameters.channel.isEmpty()) {
        orders::Channel channel;
        if (orders::channelFromKey(parameters.channel, channel))
            parts << orders::channelLabel(channel);
    }
    if (info.options.testFlag(ReportOption::Location) && parameters.locationId > 0) {
        auto name = storage::scalar(
            database->connection(), QStringLiteral("SELECT name FROM locations WHERE id = ?"), {parameters.locationId});
        if (name && name->isValid())
            parts << name->toString();
    }
    if (info.options.testFlag(ReportOption::VatRounding))
        parts << (parameters.vatPerOrder ? QCoreApplication::translate("Reports", "VAT rounded per order and rate")
                                         : QCoreApplication::translate("Reports", "VAT rounded per line"));
    if (info.options.testFlag(ReportOption::Limit) && parameters.limit > 0)
        parts << QCoreApplication::translate("Reports", "top %1").arg(locale.toString(parameters.limit));
    return parts.join(QStringLiteral(" · "));
}

} // namespace comptoir::reports
