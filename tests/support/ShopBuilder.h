#pragma once

#include "catalog/ProductCatalog.h"
#include "common/Clock.h"
#include "inventory/StockLedger.h"
#include "purchasing/SupplierBook.h"
#include "storage/Database.h"
#include "support/TempShop.h"

#include <QTest>

// Builds small, exact shops for tests: suppliers and products through the real services, stock
// through the ledger, at times set on a fixed clock.
class ShopBuilder final
{
public:
    ShopBuilder(comptoir::storage::DatabasePtr database, comptoir::FixedClock& clock)
        : m_database(std::move(database))
        , m_clock(clock)
    { }

    // An empty shop in `shop` that reads the time from `clock` (no daily backup).
    static comptoir::storage::DatabasePtr openEmpty(TempShop& shop, comptoir::FixedClock& clock)
    {
        comptoir::storage::Database::Options options;
        options.clock = &clock;
        options.dailyBackup = false;
        return shop.open(options);
    }

    qint64 supplier(const QString& name, int leadTimeDays)
    {
        comptoir::purchasing::Supplier supplier;
        supplier.name = name;
        supplier.leadTimeDays = leadTimeDays;
        supplier.minimumOrder = comptoir::Money(0, comptoir::Currency::euro());
        auto id = comptoir::purchasing::SupplierBook(m_database).save(supplier);
        if (!id)
            qWarning("%s", qPrintable(id.error().toString()));
        return id ? *id : 0;
    }

    // A product with one variant; returns the variant id.
    qint64 variant(const QString& sku, qint64 supplierId, qint64 costCents, const QString& barcode = {})
    {
        comptoir::catalog::ProductDraft draft;
        draft.name = QStringLiteral("Produit ") + sku;
        draft.supplierId = supplierId;
        comptoir::catalog::VariantDraft variant;
        variant.sku = sku;
        variant.barcode = barcode;
        variant.price = comptoir::Money(costCents * 2, comptoir::Currency::euro());
        variant.cost = comptoir::Money(costCents, comptoir::Currency::euro());
        variant.supplierSku = QStringLiteral("F-") + sku;
        draft.variants << variant;
        comptoir::catalog::ProductCatalog catalog(m_database);
        auto product = catalog.save(draft);
        if (!product) {
            qWarning("%s", qPrintable(product.error().toString()));
            return 0;
        }
        return catalog.load(*product).value().variants.first().id;
    }

    // Records a movement at a given day (days from the clock's start) at location 1.
    bool move(qint64 variantId, qint64 quantity, comptoir::inventory::MovementReason reason, int day)
    {
        m_clock.set(m_start.addDays(day));
        auto id = comptoir::inventory::StockLedger(m_database)
                      .record(variantId, 1, quantity, reason, QStringLiteral("test"));
        if (!id)
            qWarning("%s", qPrintable(id.error().toString()));
        return id.ok();
    }

    void setDay(int day) { m_clock.set(m_start.addDays(day)); }
    const QDateTime& start() const { return m_start; }

private:
    comptoir::storage::DatabasePtr m_database;
    comptoir::FixedClock& m_clock;
    QDateTime m_start = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
};
