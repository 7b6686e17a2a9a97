#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "io/OrderFormat.h"
#include "io/OrderImportReport.h"
#include "storage/Database.h"

namespace comptoir::io {

// What to do with orders the file says were already shipped (or delivered) on the platform.
enum class ShippedOrders
{
    // Leave them out, listed in the report: their goods left the shelf before Comptoir counted it,
    // and Comptoir cannot record an order as shipped without deducting its stock.
    Skip,
    // Import them as shipped: their stock is deducted now with sale movements, and an order whose
    // stock is not there is a problem.
    DeductStock,
};

// "skip", "deduct": for the command line.
QString shippedOrdersKey(ShippedOrders shipped);
bool shippedOrdersFromKey(const QString& key, ShippedOrders& shipped);

struct OrderImportOptions
{
    OrderFormat format = OrderFormat::Auto;
    ShippedOrders shipped = ShippedOrders::Skip;
};

// Imports orders from an order CSV (Shopify's orders export, WooCommerce's through Customer/Order
// CSV Export, Comptoir's own) so that a shop without a sync can still work from Comptoir. The lines
// of an order are gathered by its number; each order then goes through the rules of the shop:
// - its lines are found by SKU (or barcode); a SKU the shop does not know is a problem: Comptoir
//   does not invent products from orders. A line without SKU is an item outside the catalog;
// - an order whose number the shop already has is left as it is (listed), so importing the same
//   file again changes nothing;
// - new orders wait for payment, paid ones reserve their stock (short ones wait under Problems),
//   cancelled ones hold none; shipped ones are skipped or imported with their stock deducted, as
//   the options say, a missing stock being a problem then;
// - totals that do not add up (prices before tax, fees) and other oddities are warnings.
// check() is the dry run: it reads the whole file against one snapshot of the shop and writes
// nothing. run() checks the same way and, only when there is no problem, writes every order in one
// transaction through OrderBook::createWithin(): all or nothing, cancellable until the commit.
class OrderImport final
{
public:
    explicit OrderImport(storage::DatabasePtr database);

    // An Error means the check itself could not run (unreadable file, cancelled); problems in the
    // file are in the report.
    Result<OrderImportReport> check(
        const QString& path, const OrderImportOptions& options, JobControl& control = JobControl::none()) const;
    // Checks, then applies the file when it has no problem (report.applied tells).
    Result<OrderImportReport> run(
        const QString& path, const OrderImportOptions& options, JobControl& control = JobControl::none());

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::io
