#include "purchasing/ReorderPlanner.h"

#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace comptoir::purchasing {

using namespace comptoir::storage;

namespace {

constexpr qint64 kDay = 24 * 60 * 60;
// Rounding up what is a whole number but for floating-point noise must not add a unit.
constexpr double kEpsilon = 1e-9;

qint64 roundUp(double value)
{
    return value <= 0 ? 0 : qint64(std::ceil(value - kEpsilon));
}

struct SettingKey
{
    const char* key;
    int ReorderSettings::*field;
    int minimum;
    int maximum;
    const char* label;
};

constexpr SettingKey kKeys[] = {
    {"reorder.window_days", &ReorderSettings::windowDays, 7, 730, QT_TRANSLATE_NOOP("ReorderPlanner", "Sales window")},
    {"reorder.cover_days", &ReorderSettings::coverDays, 1, 365, QT_TRANSLATE_NOOP("ReorderPlanner", "Order for")},
    {"reorder.safety_days", &ReorderSettings::safetyDays, 0, 365, QT_TRANSLATE_NOOP("ReorderPlanner", "Safety stock")},
    {"reorder.service_level", &ReorderSettings::serviceLevelPercent, 50, 99,
        QT_TRANSLATE_NOOP("ReorderPlanner", "Service level")},
    {"reorder.default_lead_days", &ReorderSettings::defaultLeadTimeDays, 0, 365,
        QT_TRANSLATE_NOOP("ReorderPlanner", "Lead time without supplier")},
    {"reorder.overstock_days", &ReorderSettings::overstockDays, 30, 3650,
        QT_TRANSLATE_NOOP("ReorderPlanner", "Overstock above")},
    {"reorder.dead_days", &ReorderSettings::deadStockDays, 7, 3650,
        QT_TRANSLATE_NOOP("ReorderPlanner", "Dead stock after")},
};
constexpr auto kRuleKey = "reorder.safety_rule";

// Units sold per variant in the window, with what the service level needs.
struct VariantSales
{
    qint64 sold = 0;
    double sumOfDailySquares = 0;
    qint64 lastSale = 0;
};

// The listing columns both queries start with: id, sku, title, supplier id, supplier name, supplier
// SKU, on hand, reserved, cost, currency.
constexpr auto kDemandColumns = "v.id, v.sku, v.title, coalesce(v.supplier_id, 0), v.supplier_name, v.supplier_sku, "
                                "v.on_hand, v.reserved, v.cost_minor, v.currency";

VariantDemand demandFrom(const QSqlQuery& query)
{
    VariantDemand demand;
    demand.variantId = query.value(0).toLongLong();
    demand.sku = query.value(1).toString();
    demand.title = query.value(2).toString();
    demand.supplierId = query.value(3).toLongLong();
    demand.supplierName = query.value(4).toString();
    demand.supplierSku = query.value(5).toString();
    demand.onHand = query.value(6).toLongLong();
    demand.reserved = query.value(7).toLongLong();
    demand.cost = Money(query.value(8).toLongLong(), Currency::fromCode(query.value(9).toString()));
    return demand;
}

QString idList(QList<qint64>::const_iterator begin, QList<qint64>::const_iterator end)
{
    QStringList ids;
    for (auto it = begin; it != end; ++it)
        ids << QString::number(*it);
    return ids.join(QLatin1Char(','));
}

} // namespace

Result<ReorderSettings> ReorderSettings::load(const DatabasePtr& database)
{
    auto query
        = run(database->connection(), QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'reorder.%'"));
    if (!query)
        return query.error();
    ReorderSettings settings;
    while (query->next()) {
        const QString key = query->value(0).toString();
        bool ok = false;
        const int number = query->value(1).toString().toInt(&ok);
        if (key == QLatin1String(kRuleKey))
            settings.safetyRule = query->value(1).toString() == QLatin1String("service_level")
                ? SafetyStockRule::ServiceLevel
                : SafetyStockRule::DaysOfCover;
        for (const auto& k : kKeys)
            if (ok && key == QLatin1String(k.key))
                settings.*k.field = std::clamp(number, k.minimum, k.maximum);
    }
    return settings;
}

Status ReorderSettings::validate() const
{
    for (const auto& k : kKeys) {
        const int value = this->*k.field;
        if (value < k.minimum || value > k.maximum)
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("ReorderPlanner", "Choose a value between %1 and %2.")
                    .arg(k.minimum)
                    .arg(k.maximum),
                QCoreApplication::translate("ReorderPlanner", k.label));
    }
    return {};
}

Status ReorderSettings::save(const DatabasePtr& database) const
{
    if (auto valid = validate(); !valid)
        return valid;
    const auto db = database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString upsert = database->dialect().upsert(
        QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("key")});
    for (const auto& k : kKeys)
        if (auto saved = execute(db, upsert, {QString::fromLatin1(k.key), QString::number(this->*k.field)}); !saved)
            return saved;
    if (auto saved = execute(db, upsert,
            {QString::fromLatin1(kRuleKey),
                safetyRule == SafetyStockRule::ServiceLevel ? QStringLiteral("service_level")
                                                            : QStringLiteral("days_of_cover")});
        !saved)
        return saved;
    return transaction.commit();
}

ReorderPlanner::ReorderPlanner(DatabasePtr database, ReorderSettings settings)
    : m_database(std::move(database))
    , m_settings(settings)
{ }

double ReorderPlanner::velocity(qint64 sold, double inStockDays)
{
    // Less than a day in stock says nothing about a rate.
    return inStockDays >= 1 && sold > 0 ? double(sold) / inStockDays : 0;
}

double ReorderPlanner::serviceFactor(int percent)
{
    // Inverse of the standard normal distribution (Acklam's rational approximation, |error| < 1.2e-9).
    const double p = std::clamp(percent, 50, 99) / 100.0;
    if (p <= 0.5)
        return 0;
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static constexpr double d[]
        = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    if (p > 0.97575) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

qint64 ReorderPlanner::safetyStock(
    const ReorderSettings& settings, double velocity, double dailyStandardDeviation, int leadTimeDays)
{
    if (settings.safetyRule == SafetyStockRule::ServiceLevel)
        return roundUp(serviceFactor(settings.serviceLevelPercent) * dailyStandardDeviation
            * std::sqrt(double(std::max(leadTimeDays, 1))));
    return roundUp(velocity * settings.safetyDays);
}

qint64 ReorderPlanner::reorderPoint(double velocity, int leadTimeDays, qint64 safetyStock)
{
    return roundUp(velocity * leadTimeDays) + safetyStock;
}

qint64 ReorderPlanner::suggestedQuantity(const ReorderSettings& settings, double velocity, int leadTimeDays,
    qint64 safetyStock, qint64 reorderPoint, qint64 available, qint64 incoming)
{
    if (velocity <= 0)
        return 0;
    const qint64 position = available + incoming;
    if (position > reorderPoint)
        return 0;
    // Back up to what covers the lead time, the safety stock and the chosen cover period.
    const qint64 target = roundUp(velocity * (leadTimeDays + settings.coverDays)) + safetyStock;
    return std::max<qint64>(1, target - position);
}

Result<QList<VariantDemand>> ReorderPlanner::demandOfSellingVariants(Purpose purpose, JobControl& control) const
{
    const auto db = m_database->connection();
    const qint64 now = m_database->clock().nowSecs();
    const qint64 windowStart = now - qint64(m_settings.windowDays) * kDay;
    const QString step = QCoreApplication::translate("ReorderPlanner", "Reading sales");
    if (!control.progress(0, 4, step))
        return Error(Error::Code::Cancelled, QCoreApplication::translate("ReorderPlanner", "Cancelled."));

    // 1. Units sold per variant and day, read from the (reason, created_at) index alone, kept in
    //    this connection's temporary schema so that the sifting below stays inside SQLite.
    for (const char* sql : {"CREATE TEMP TABLE IF NOT EXISTS reorder_sales (variant_id INTEGER NOT NULL, "
                            "units INTEGER NOT NULL, last_sale INTEGER NOT NULL)",
             "DELETE FROM temp.reorder_sales"})
        if (auto done = execute(db, QString::fromLatin1(sql)); !done)
            return done.error();
    if (auto filled = execute(db,
            QStringLiteral("INSERT INTO temp.reorder_sales SELECT variant_id, -sum(quantity), max(created_at) "
                           "FROM stock_movements WHERE reason = 'sale' AND created_at >= ? AND created_at <= ? "
                           "GROUP BY variant_id, created_at / %1")
                .arg(kDay),
            {windowStart, now});
        !filled)
        return filled.error();
    if (!control.progress(1, 4, step))
        return Error(Error::Code::Cancelled, QCoreApplication::translate("ReorderPlanner", "Cancelled."));

    // 2. Per variant: units sold, the sum of the squared daily sales, days in stock (the window,
    //    from the variant's creation, less its stock-outs) and what is on order. SQLite then keeps
    //    only the variants that may qualify, with a margin for rounding; the exact arithmetic below
    //    decides. That keeps a million-variant catalog to a few thousand rows read here.
    const QString daysInStock = QStringLiteral(
        "(? - max(?, v.created_at) - coalesce((SELECT sum(min(coalesce(o.ended_at, ?), ?) - max(o.started_at, ?)) "
        "FROM stock_outs o WHERE o.variant_id = s.variant_id AND (o.ended_at IS NULL OR o.ended_at > ?)), 0)) "
        "/ 86400.0");
    const QString incoming
        = QStringLiteral("coalesce((SELECT sum(max(l.quantity - l.received, 0)) FROM purchase_order_lines l "
                         "JOIN purchase_orders p ON p.id = l.purchase_order_id "
                         "WHERE l.variant_id = s.variant_id AND p.status IN ('draft', 'sent', 'partial')), 0)");
    QString keep;
    if (purpose == Purpose::Overstock) {
        keep = QStringLiteral("on_hand > 0 AND days >= 1 AND (on_hand - reserved) * days >= sold * ?");
    } else {
        // position <= velocity × lead + safety (+ 2 for the two roundings up), without division.
        const QString gap = QStringLiteral("((on_hand - reserved + incoming - 2) * days - sold * lead)");
        keep = m_settings.safetyRule == SafetyStockRule::ServiceLevel
            ? QStringLiteral("days < 1 OR %1 <= 0 OR %1 * %1 <= ? * (squares * days - sold * sold) * lead").arg(gap)
            : QStringLiteral("days < 1 OR %1 <= sold * ?").arg(gap);
    }
    const double z = serviceFactor(m_settings.serviceLevelPercent);
    QSqlQuery screened(db);
    screened.prepare(QStringLiteral(
        "WITH s AS (SELECT variant_id, sum(units) AS sold, sum(units * units) AS squares, max(last_sale) AS last_sale "
        "           FROM temp.reorder_sales GROUP BY variant_id), "
        "d AS (SELECT s.variant_id, s.sold, s.squares, s.last_sale, v.on_hand, v.reserved, "
        "             coalesce(v.lead_time_days, sup.lead_time_days, ?) AS lead, %1 AS days, %2 AS incoming "
        "      FROM s JOIN variants v ON v.id = s.variant_id LEFT JOIN suppliers sup ON sup.id = v.supplier_id "
        "      WHERE v.archived = 0) "
        "SELECT variant_id, sold, squares, last_sale, days, incoming FROM d WHERE %3")
                         .arg(daysInStock, incoming, keep));
    screened.addBindValue(m_settings.defaultLeadTimeDays);
    for (const qint64 value : {now, windowStart, now, now, windowStart, windowStart})
        screened.addBindValue(value);
    if (purpose == Purpose::Overstock)
        screened.addBindValue(m_settings.overstockDays);
    else if (m_settings.safetyRule == SafetyStockRule::ServiceLevel)
        screened.addBindValue(z * z);
    else
        screened.addBindValue(m_settings.safetyDays);
    if (!screened.exec())
        return sqlError(screened, QCoreApplication::translate("ReorderPlanner", "Could not read the sales."));
    QHash<qint64, VariantSales> sales;
    QHash<qint64, double> inStockDays;
    QHash<qint64, qint64> incomingUnits;
    while (screened.next()) {
        const qint64 variant = screened.value(0).toLongLong();
        VariantSales& entry = sales[variant];
        entry.sold = screened.value(1).toLongLong();
        entry.sumOfDailySquares = screened.value(2).toDouble();
        entry.lastSale = screened.value(3).toLongLong();
        inStockDays.insert(variant, screened.value(4).toDouble());
        incomingUnits.insert(variant, screened.value(5).toLongLong());
    }
    screened.finish();
    if (!control.progress(2, 4, step))
        return Error(Error::Code::Cancelled, QCoreApplication::translate("ReorderPlanner", "Cancelled."));

    // 3. The variants out of stock now: those without sales in the window are judged by the sales
    //    before they ran out.
    QHash<qint64, qint64> outSince;
    if (purpose == Purpose::Reorder) {
        auto query = run(db, QStringLiteral("SELECT variant_id, started_at FROM stock_outs WHERE ended_at IS NULL"));
        if (!query)
            return query.error();
        while (query->next())
            outSince.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
        auto onOrder = run(db,
            QStringLiteral("SELECT l.variant_id, sum(max(l.quantity - l.received, 0)) FROM purchase_order_lines l "
                           "JOIN purchase_orders o ON o.id = l.purchase_order_id JOIN stock_outs so "
                           "ON so.variant_id = l.variant_id AND so.ended_at IS NULL "
                           "WHERE o.status IN ('draft', 'sent', 'partial') GROUP BY l.variant_id"));
        if (!onOrder)
            return onOrder.error();
        while (onOrder->next())
            if (!incomingUnits.contains(onOrder->value(0).toLongLong()))
                incomingUnits.insert(onOrder->value(0).toLongLong(), onOrder->value(1).toLongLong());
    }

    // 4. The variants themselves, a batch of ids at a time.
    QList<qint64> ids = sales.keys();
    for (auto it = outSince.constBegin(); it != outSince.constEnd(); ++it)
        if (!sales.contains(it.key()))
            ids.append(it.key());
    std::sort(ids.begin(), ids.end());

    QSqlQuery before(db);
    before.prepare(QStringLiteral("SELECT -sum(quantity), max(created_at) FROM stock_movements "
                                  "WHERE variant_id = ? AND reason = 'sale' AND created_at >= ? AND created_at <= ?"));
    QList<VariantDemand> demands;
    demands.reserve(ids.size());
    constexpr qsizetype kBatch = 500;
    for (qsizetype first = 0; first < ids.size(); first += kBatch) {
        if (!control.progress(first, ids.size(), QCoreApplication::translate("ReorderPlanner", "Computing")))
            return Error(Error::Code::Cancelled, QCoreApplication::translate("ReorderPlanner", "Cancelled."));
        const auto last = ids.cbegin() + std::min(first + kBatch, ids.size());
        auto query = run(db,
            QStringLiteral("SELECT %1, coalesce(v.lead_time_days, s.lead_time_days, ?), v.created_at "
                           "FROM variants v LEFT JOIN suppliers s ON s.id = v.supplier_id "
                           "WHERE v.archived = 0 AND v.id IN (%2)")
                .arg(QLatin1String(kDemandColumns), idList(ids.cbegin() + first, last)),
            {m_settings.defaultLeadTimeDays});
        if (!query)
            return query.error();
        while (query->next()) {
            VariantDemand demand = demandFrom(*query);
            demand.leadTimeDays = query->value(10).toInt();
            demand.incoming = incomingUnits.value(demand.variantId);
            const VariantSales sold = sales.value(demand.variantId);
            demand.sold = sold.sold;
            demand.inStockDays = std::max(0.0, inStockDays.value(demand.variantId));
            if (sold.lastSale > 0)
                demand.lastSale = QDateTime::fromSecsSinceEpoch(sold.lastSale, Qt::UTC);
            double deviation = 0;
            if (demand.inStockDays >= 1) {
                const double mean = double(sold.sold) / demand.inStockDays;
                deviation = std::sqrt(std::max(0.0, sold.sumOfDailySquares / demand.inStockDays - mean * mean));
            } else if (outSince.contains(demand.variantId)) {
                // Out of stock the whole window: judge by the same length of time before it ran out.
                const qint64 since = outSince.value(demand.variantId);
                const qint64 from
                    = std::max(since - qint64(m_settings.windowDays) * kDay, query->value(11).toLongLong());
                before.addBindValue(demand.variantId);
                before.addBindValue(from);
                before.addBindValue(since);
                if (!before.exec() || !before.next())
                    return sqlError(before, QCoreApplication::translate("ReorderPlanner", "Could not read the sales."));
                demand.sold = before.value(0).toLongLong();
                if (!before.value(1).isNull())
                    demand.lastSale = QDateTime::fromSecsSinceEpoch(before.value(1).toLongLong(), Qt::UTC);
                before.finish();
                demand.inStockDays = double(since - from) / kDay;
                demand.velocityFromBeforeStockOut = true;
            }
            demand.velocity = velocity(demand.sold, demand.inStockDays);
            demand.safetyStock = safetyStock(m_settings, demand.velocity, deviation, demand.leadTimeDays);
            demand.reorderPoint = reorderPoint(demand.velocity, demand.leadTimeDays, demand.safetyStock);
            demand.suggestedQuantity = suggestedQuantity(m_settings, demand.velocity, demand.leadTimeDays,
                demand.safetyStock, demand.reorderPoint, demand.available(), demand.incoming);
            demands.append(std::move(demand));
        }
    }
    control.progress(4, 4, step);
    return demands;
}

Result<QList<VariantDemand>> ReorderPlanner::toReorder(JobControl& control) const
{
    auto demands = demandOfSellingVariants(Purpose::Reorder, control);
    if (!demands)
        return demands;
    QList<VariantDemand> list;
    for (auto& demand : *demands)
        if (demand.suggestedQuantity > 0)
            list.append(std::move(demand));
    std::sort(list.begin(), list.end(), [](const VariantDemand& a, const VariantDemand& b) {
        // Variants without a supplier come last; then the most urgent first.
        if (a.supplierName.isEmpty() != b.supplierName.isEmpty())
            return b.supplierName.isEmpty();
        if (const int order = QString::localeAwareCompare(a.supplierName, b.supplierName); order != 0)
            return order < 0;
        const double coverA = a.velocity > 0 ? double(a.available() + a.incoming) / a.velocity : 0;
        const double coverB = b.velocity > 0 ? double(b.available() + b.incoming) / b.velocity : 0;
        if (coverA != coverB)
            return coverA < coverB;
        return a.sku < b.sku;
    });
    return list;
}

Result<StockExcess> ReorderPlanner::overstock(int limit, JobControl& control) const
{
    auto demands = demandOfSellingVariants(Purpose::Overstock, control);
    if (!demands)
        return demands.error();
    StockExcess excess;
    excess.totalValue = Money::zero(settings::ShopSettings(m_database).currency());
    QList<VariantDemand> over;
    for (auto& demand : *demands) {
        if (demand.velocity <= 0 || demand.onHand <= 0 || demand.daysOfCover() <= m_settings.overstockDays)
            continue;
        ++excess.totalVariants;
        excess.totalUnits += demand.onHand;
        if (demand.cost.currency() == excess.totalValue.currency())
            excess.totalValue += demand.stockValue();
        over.append(std::move(demand));
    }
    std::sort(over.begin(), over.end(), [](const VariantDemand& a, const VariantDemand& b) {
        return a.stockValue().minorUnits() != b.stockValue().minorUnits()
            ? a.stockValue().minorUnits() > b.stockValue().minorUnits()
            : a.variantId < b.variantId;
    });
    if (over.size() > limit)
        over.resize(limit);
    excess.variants = std::move(over);
    return excess;
}

Result<StockExcess> ReorderPlanner::deadStock(int limit, JobControl& control) const
{
    const auto db = m_database->connection();
    const qint64 cutoff = m_database->clock().nowSecs() - qint64(m_settings.deadStockDays) * kDay;
    const QString step = QCoreApplication::translate("ReorderPlanner", "Finding dead stock");
    const QString dead
        = QStringLiteral("FROM variants v WHERE v.on_hand > 0 AND v.archived = 0 AND v.created_at < ? AND v.id NOT IN "
                         "(SELECT variant_id FROM stock_movements WHERE reason = 'sale' AND created_at >= ?)");
    if (!control.progress(0, 3, step))
        return Error(Error::Code::Cancelled, QCoreApplication::translate("ReorderPlanner", "Cancelled."));
    StockExcess excess;
    const Currency currency = settings::ShopSettings(m_database).currency();
    excess.totalValue = Money::zero(currency);
    {
        auto totals = run(db,
            QStringLiteral("SELECT count(*), coalesce(sum(v.on_hand), 0), "
                           "coalesce(sum(CASE WHEN v.currency = ? THEN v.on_hand * v.cost_minor END), 0) ")
                + dead,
            {currency.code(), cutoff, cutoff});
        if (!totals)
            return totals.error();
        if (totals->next()) {
            excess.totalVariants = totals->value(0).toLongLong();
            excess.totalUnits = totals->value(1).toLongLong();
            excess.totalValue = Money(totals->value(2).toLongLong(), currency);
        }
    }
    if (!control.progress(1, 3, step))
        return Error(Error::Code::Cancelled, QCoreApplication::translate("ReorderPlanner", "Cancelled."));
    auto query = run(db,
        QStringLiteral("SELECT %1, (SELECT max(created_at) FROM stock_movements m WHERE m.variant_id = v.id AND "
                       "m.reason = 'sale') ")
                .arg(QLatin1String(kDemandColumns))
            + dead + QStringLiteral(" ORDER BY v.on_hand * v.cost_minor DESC, v.id LIMIT ?"),
        {cutoff, cutoff, limit});
    if (!query)
        return query.error();
    while (query->next()) {
        VariantDemand demand = demandFrom(*query);
        if (!query->value(10).isNull())
            demand.lastSale = QDateTime::fromSecsSinceEpoch(query->value(10).toLongLong(), Qt::UTC);
        excess.variants.append(std::move(demand));
    }
    control.progress(3, 3, step);
    return excess;
}

} // namespace comptoir::purchasing
