#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QDate>

namespace comptoir::demo {

// A realistic, deterministic French shop for trying Comptoir and for benchmarks: categories,
// suppliers, products with size/colour variants and EAN-13 barcodes, stock in two locations with
// its ledger, customers in France and nearby countries, and two years of seasonal orders.
class DemoShop final
{
public:
    struct Options
    {
        qint64 products = 2000;
        qint64 orders = 5000;
        std::uint64_t seed = 1;
        QDate until; // last day of orders; invalid: today
    };

    struct Summary
    {
        qint64 products = 0;
        qint64 variants = 0;
        qint64 customers = 0;
        qint64 orders = 0;
        qint64 orderLines = 0;
        qint64 parcels = 0; // with a tracking timeline
        qint64 threads = 0; // conversations with customers
        qint64 reviews = 0;
    };

    // Fills an empty shop database. Refuses a database that already has products.
    static Result<Summary> generate(
        const storage::DatabasePtr& database, const Options& options, JobControl& control = JobControl::none());

    // Writes a new demo shop file at `path` (which must not exist): built in a temporary file that
    // is renamed into place only when complete, so a cancel or a failure leaves nothing behind.
    static Result<Summary> createFile(
        const QString& path, const Options& options, JobControl& control = JobControl::none());

    // The EAN-13 check digit of the first 12 digits.
    static int ean13CheckDigit(const QString& twelveDigits);
};

} // namespace comptoir::demo
