#pragma once

#include "health/ShopCheck.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QTest>

// Small helpers for tests that check stock: one number from SQL, the on-hand quantity of a variant
// at a location, and the shop health check passing (its problems printed when it does not).
namespace stockchecks {

inline qint64 number(const comptoir::storage::DatabasePtr& database, const QString& sql)
{
    return comptoir::storage::scalar(database->connection(), sql).value().toLongLong();
}

inline qint64 onHand(const comptoir::storage::DatabasePtr& database, qint64 variant, qint64 location)
{
    return number(database,
        QStringLiteral("SELECT coalesce((SELECT on_hand FROM stock_levels WHERE variant_id = %1 AND "
                       "location_id = %2), 0)")
            .arg(variant)
            .arg(location));
}

inline void verifyConsistent(const comptoir::storage::DatabasePtr& database)
{
    const auto problems = comptoir::health::ShopCheck(database).run().value();
    for (const auto& p : problems)
        qWarning("%s: %s", qPrintable(p.where), qPrintable(p.what));
    QVERIFY(problems.isEmpty());
}

} // namespace stockchecks
