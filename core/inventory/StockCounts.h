#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QString>
#include <QVariantList>

namespace comptoir::inventory {

// Sets the counted on-hand quantity of many variants at one location at once, as the ledger's count
// movements: one movement per variant whose quantity differs, its stock level and its total moving
// with it. Works inside the caller's transaction, with a few set-based statements, so that an
// import of a million stock lines is part of the import's single transaction and takes seconds.
//
//     StockCounts counts(database, locationId);
//     counts.begin();
//     counts.addFromQuery("SELECT v.id, r.stock FROM …");
//     auto outcome = counts.apply(note, reference); // inside a storage::Transaction
//     counts.end();
//
// The list is a TEMP table of the calling thread's connection: one StockCounts at a time per thread.
class StockCounts final
{
public:
    struct Outcome
    {
        qint64 movements = 0; // counts that differed, each now a movement
        qint64 unchanged = 0; // counts equal to the stock already there
    };

    StockCounts(storage::DatabasePtr database, qint64 locationId);
    StockCounts(const StockCounts&) = delete;
    StockCounts& operator=(const StockCounts&) = delete;
    ~StockCounts();

    // Creates this connection's temporary list of counts, empty.
    Status begin();
    // Adds the rows of `select`, a query returning (variant id, counted quantity), with bound values.
    // A variant counted twice keeps the last count.
    Status addFromQuery(const QString& select, const QVariantList& values = {});
    Status add(qint64 variantId, qint64 counted);

    // Refuses, with nothing written, a negative count or one below what is reserved for orders;
    // otherwise writes the movements, levels and variant totals. The caller's transaction must be
    // open (Transaction::Lock::Write). The note and reference go on every movement.
    Result<Outcome> apply(const QString& note, const QString& reference);
    // Drops the temporary list (also done by the destructor).
    void end();

private:
    storage::DatabasePtr m_database;
    qint64 m_locationId;
    bool m_begun = false;
};

} // namespace comptoir::inventory
