#pragma once

#include "common/Job.h"
#include "common/Money.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir::purchasing {

// How much stock to keep besides what sells during the lead time.
enum class SafetyStockRule
{
    DaysOfCover, // a fixed number of days of sales
    ServiceLevel, // enough to cover the day-to-day swings of demand with a chosen probability
};

// The merchant's reorder policy, kept in the shop's settings.
struct ReorderSettings
{
    int windowDays = 90; // sales history used for the velocity
    int coverDays = 30; // what one order should last beyond the lead time
    SafetyStockRule safetyRule = SafetyStockRule::DaysOfCover;
    int safetyDays = 7;
    int serviceLevelPercent = 95; // 50–99
    int defaultLeadTimeDays = 14; // for variants without a supplier
    int overstockDays = 180; // more days of cover than this is overstock
    int deadStockDays = 90; // no sale for this long is dead stock

    static Result<ReorderSettings> load(const storage::DatabasePtr& database);
    Status save(const storage::DatabasePtr& database) const;
    Status validate() const;

    friend bool operator==(const ReorderSettings&, const ReorderSettings&) = default;
};

// What the planner knows of one variant's demand and stock.
struct VariantDemand
{
    qint64 variantId = 0;
    QString sku;
    QString title;
    qint64 supplierId = 0; // 0: no supplier
    QString supplierName;
    QString supplierSku;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 incoming = 0; // outstanding on open purchase orders
    Money cost; // per unit
    qint64 sold = 0; // units sold in the window (or before the stock-out, see below)
    double inStockDays = 0; // days of the window with stock on hand
    double velocity = 0; // units per in-stock day
    bool velocityFromBeforeStockOut = false; // out of stock the whole window: the sales before it
    int leadTimeDays = 0;
    qint64 safetyStock = 0;
    qint64 reorderPoint = 0;
    qint64 suggestedQuantity = 0; // 0: no need to order
    QDateTime lastSale; // invalid when unknown

    qint64 available() const { return onHand - reserved; }
    // Days the available stock lasts at the current velocity; negative when it never runs out.
    double daysOfCover() const { return velocity > 0 ? double(available()) / velocity : -1; }
    Money stockValue() const { return cost * std::max<qint64>(onHand, 0); }
};

// Stock that does not earn its keep: the worst ones first, with totals over all of them.
struct StockExcess
{
    QList<VariantDemand> variants; // most money tied up first, at most the limit asked
    qint64 totalVariants = 0;
    qint64 totalUnits = 0;
    Money totalValue; // at cost
};

// Sales velocity against lead time: what to reorder, and what sits on the shelf.
class ReorderPlanner final
{
public:
    ReorderPlanner(storage::DatabasePtr database, ReorderSettings settings);

    // Every variant whose available plus incoming stock is at or below its reorder point, with the
    // quantity to order, sorted by supplier then by urgency (fewest days of cover first).
    Result<QList<VariantDemand>> toReorder(JobControl& control = JobControl::none()) const;
    // Variants that sell, but with more days of cover than settings.overstockDays.
    Result<StockExcess> overstock(int limit = 10000, JobControl& control = JobControl::none()) const;
    // Variants in stock that did not sell for settings.deadStockDays (and are older than that).
    Result<StockExcess> deadStock(int limit = 10000, JobControl& control = JobControl::none()) const;

    // The arithmetic, for one variant (exposed for tests and the product page).
    static double velocity(qint64 sold, double inStockDays);
    static qint64 safetyStock(
        const ReorderSettings& settings, double velocity, double dailyStandardDeviation, int leadTimeDays);
    static qint64 reorderPoint(double velocity, int leadTimeDays, qint64 safetyStock);
    static qint64 suggestedQuantity(const ReorderSettings& settings, double velocity, int leadTimeDays,
        qint64 safetyStock, qint64 reorderPoint, qint64 available, qint64 incoming);
    // The z-score of a one-sided service level, e.g. 95 % → 1.645.
    static double serviceFactor(int percent);

private:
    enum class Purpose
    {
        Reorder,
        Overstock,
    };
    // The demand of the variants that sold in the window (and, to reorder, of those out of stock
    // now), sifted by SQLite to those that may matter for the purpose.
    Result<QList<VariantDemand>> demandOfSellingVariants(Purpose purpose, JobControl& control) const;

    storage::DatabasePtr m_database;
    ReorderSettings m_settings;
};

} // namespace comptoir::purchasing
