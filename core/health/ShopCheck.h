#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

namespace comptoir::health {

// Verifies a shop file: SQLite's own integrity and foreign-key checks, then the domain rules the
// code relies on (stock equals the sum of its ledger, order totals equal their lines, …).
class ShopCheck final
{
public:
    struct Problem
    {
        QString check; // short name of the rule, e.g. "stock-ledger"
        QString where; // table and row, e.g. "stock_levels variant 12 location 1"
        QString what; // translated explanation with the values found
    };

    explicit ShopCheck(storage::DatabasePtr database);

    // Runs every check; stops listing after `limit` problems per rule. An Error means the check
    // itself could not run (e.g. the file is unreadable).
    Result<QList<Problem>> run(int limit = 50, JobControl& control = JobControl::none()) const;

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::health
