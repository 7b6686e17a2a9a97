#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

namespace comptoir::purchasing {

// Someone the shop buys from.
struct Supplier
{
    qint64 id = 0; // 0 for a new supplier
    QString name;
    QString contactName;
    QString email;
    QString phone;
    QString address;
    QString website;
    QString note;
    int leadTimeDays = 7; // from ordering to goods on the shelf, unless a variant says otherwise
    Money minimumOrder; // the smallest order the supplier accepts; zero when none
    bool archived = false;

    friend bool operator==(const Supplier&, const Supplier&) = default;
};

// The shop's suppliers: listed, created, edited and archived (never deleted: purchase orders and
// products keep pointing at them).
class SupplierBook final
{
public:
    explicit SupplierBook(storage::DatabasePtr database);

    // By name; archived ones only when asked.
    Result<QList<Supplier>> list(bool includeArchived = false) const;
    Result<Supplier> load(qint64 id) const;
    // Checks and saves one supplier; returns its id. The name must be unique, the e-mail well formed,
    // the lead time between 0 and 365 days. Renaming updates every product's supplier column.
    Result<qint64> save(const Supplier& supplier);
    static Status validate(const Supplier& supplier);

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::purchasing
