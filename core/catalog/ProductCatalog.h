#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace comptoir::catalog {

// One sellable variant as the product editor shows it.
struct VariantDraft
{
    qint64 id = 0; // 0 for a new variant
    QString sku;
    QString option1; // e.g. size
    QString option2; // e.g. colour
    QString barcode; // EAN-13 / UPC / GTIN, or empty
    Money price;
    std::optional<Money> compareAtPrice;
    Money cost;
    int weightGrams = 0;
    QString supplierSku;
    std::optional<int> leadTimeDays; // empty: the supplier's
    QString binLocation;
    qint64 onHand = 0; // read only here: stock changes go through the ledger

    friend bool operator==(const VariantDraft&, const VariantDraft&) = default;
};

// A product with its variants, as loaded for editing and saved back in one transaction.
struct ProductDraft
{
    qint64 id = 0; // 0 for a new product
    QString name;
    QString description;
    qint64 categoryId = 0; // 0: none
    qint64 supplierId = 0; // 0: none
    int vatRateBasisPoints = 2000; // 2000 = 20 %
    bool archived = false;
    QString imagePath; // a picture file the merchant already has; empty: none
    QList<VariantDraft> variants;

    friend bool operator==(const ProductDraft&, const ProductDraft&) = default;
};

struct NamedId
{
    qint64 id = 0;
    QString name;
};

// Creates, edits, duplicates and archives products and their variants.
class ProductCatalog final
{
public:
    explicit ProductCatalog(storage::DatabasePtr database);

    Result<ProductDraft> load(qint64 productId) const;
    // Checks every field and saves the product and its variants in one transaction; returns the
    // product id. A variant missing from the draft is deleted if it never sold nor moved stock,
    // and refused otherwise (archive the product instead). Errors name the field, e.g.
    // "Variant 2 – Barcode".
    Result<qint64> save(const ProductDraft& draft);
    // The checks of save() that need no database: names, prices, barcodes, duplicate SKUs.
    static Status validate(const ProductDraft& draft);
    // A copy to edit into a new product: no ids, SKUs and barcodes left empty for the user to fill.
    Result<ProductDraft> duplicate(qint64 productId) const;
    Status setArchived(qint64 productId, bool archived);
    // The variant whose barcode or SKU (any case) is exactly `code`, as a scanner types it; 0 when none.
    Result<qint64> variantForCode(const QString& code) const;

    Result<QList<NamedId>> suppliers() const;
    Result<QList<NamedId>> categories() const;
    Currency currency() const;

    // "Name – option1 / option2", as listed.
    static QString variantTitle(const QString& productName, const QString& option1, const QString& option2);
    // Field names used in errors' `where`, translated.
    static QString variantField(int index, const char* field);

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::catalog
