#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::io {

// What a column of a product file can hold, in Comptoir's terms.
enum class ImportField
{
    ProductKey, // rows with the same key are variants of one product
    Name,
    Description,
    Category, // "Parent > Child"
    Supplier,
    VatRate, // percent: "20", "5.5"
    Archived,
    Sku,
    Option1,
    Option2,
    Barcode,
    Price,
    CompareAtPrice,
    Cost,
    Currency, // ISO 4217 code of the amounts on the row
    WeightGrams,
    WeightKilograms,
    SupplierSku,
    LeadTimeDays,
    BinLocation,
    Stock, // on-hand quantity counted at the chosen location
};

// Which file column holds which field, by the column's header name; columns left out are ignored.
// Comptoir's own format is the mapping comptoir(); any other file is mapped by the user (guess()
// proposes one).
struct ColumnMapping
{
    QHash<QString, ImportField> fields; // header name (trimmed) → field

    bool isEmpty() const { return fields.isEmpty(); }
    bool maps(ImportField field) const;
    // The header name mapped to `field`, empty when none is.
    QString headerFor(ImportField field) const;

    // Comptoir's own header: every field under its column name.
    static ColumnMapping comptoir();
    // A first mapping for an unknown file: Comptoir's names, the fields' labels in the current
    // language and common synonyms (EAN, Qty, Prix…), compared without case or accents.
    static ColumnMapping guess(const QStringList& header);

    static QList<ImportField> allFields();
    // The column name in Comptoir's files (English, never translated: a file format).
    static QString comptoirHeader(ImportField field);
    // A stable key for settings ("sku", "price").
    static QString fieldKey(ImportField field);
    static bool fieldFromKey(const QString& key, ImportField& field);
    // What the user reads, translated.
    static QString fieldLabel(ImportField field);
};

} // namespace comptoir::io
