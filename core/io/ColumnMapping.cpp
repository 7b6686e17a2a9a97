#include "io/ColumnMapping.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir::io {

namespace {

struct FieldName
{
    ImportField field;
    const char* key;
    const char* header; // Comptoir's column name
    const char* label;
    const char* synonyms; // '|'-separated, folded (lower case, no accents)
};

constexpr FieldName kFields[] = {
    {ImportField::ProductKey, "product", "Product", QT_TRANSLATE_NOOP("ColumnMapping", "Product (groups variants)"),
        "product|product key|handle|parent|produit|groupe"},
    {ImportField::Name, "name", "Name", QT_TRANSLATE_NOOP("ColumnMapping", "Name"),
        "name|title|product name|nom|designation|libelle|titre"},
    {ImportField::Description, "description", "Description", QT_TRANSLATE_NOOP("ColumnMapping", "Description"),
        "description|body|descriptif"},
    {ImportField::Category, "category", "Category", QT_TRANSLATE_NOOP("ColumnMapping", "Category"),
        "category|categories|type|categorie|rayon|famille"},
    {ImportField::Supplier, "supplier", "Supplier", QT_TRANSLATE_NOOP("ColumnMapping", "Supplier"),
        "supplier|vendor|brand|fournisseur|marque"},
    {ImportField::VatRate, "vat", "VAT rate", QT_TRANSLATE_NOOP("ColumnMapping", "VAT rate (%)"),
        "vat|vat rate|tax rate|tva|taux de tva"},
    {ImportField::Archived, "archived", "Archived", QT_TRANSLATE_NOOP("ColumnMapping", "Archived"),
        "archived|archive|archivé"},
    {ImportField::Sku, "sku", "SKU", QT_TRANSLATE_NOOP("ColumnMapping", "SKU"),
        "sku|reference|ref|item number|article|code article|variant sku"},
    {ImportField::Option1, "option1", "Option 1", QT_TRANSLATE_NOOP("ColumnMapping", "Option 1 (e.g. size)"),
        "option 1|option1|size|taille|pointure"},
    {ImportField::Option2, "option2", "Option 2", QT_TRANSLATE_NOOP("ColumnMapping", "Option 2 (e.g. colour)"),
        "option 2|option2|colour|color|couleur|coloris"},
    {ImportField::Barcode, "barcode", "Barcode", QT_TRANSLATE_NOOP("ColumnMapping", "Barcode (EAN, UPC)"),
        "barcode|ean|ean13|ean 13|gtin|upc|code barre|code-barres|code barres"},
    {ImportField::Price, "price", "Price", QT_TRANSLATE_NOOP("ColumnMapping", "Price"),
        "price|prix|prix de vente|prix ttc|sale price|selling price"},
    {ImportField::CompareAtPrice, "compare_at_price", "Compare-at price",
        QT_TRANSLATE_NOOP("ColumnMapping", "Compare-at price"),
        "compare-at price|compare at price|prix barre|prix barré"},
    {ImportField::Cost, "cost", "Cost", QT_TRANSLATE_NOOP("ColumnMapping", "Cost"),
        "cost|cost price|unit cost|prix d'achat|cout|cout d'achat"},
    {ImportField::Currency, "currency", "Currency", QT_TRANSLATE_NOOP("ColumnMapping", "Currency (EUR, USD…)"),
        "currency|devise|monnaie"},
    {ImportField::WeightGrams, "weight_g", "Weight (g)", QT_TRANSLATE_NOOP("ColumnMapping", "Weight in grams"),
        "weight (g)|weight g|grams|poids (g)|poids g|poids en grammes"},
    {ImportField::WeightKilograms, "weight_kg", "Weight (kg)",
        QT_TRANSLATE_NOOP("ColumnMapping", "Weight in kilograms"), "weight (kg)|weight|kg|poids (kg)|poids"},
    {ImportField::SupplierSku, "supplier_sku", "Supplier SKU", QT_TRANSLATE_NOOP("ColumnMapping", "Supplier SKU"),
        "supplier sku|supplier reference|vendor sku|ref fournisseur|reference fournisseur"},
    {ImportField::LeadTimeDays, "lead_time", "Lead time (days)",
        QT_TRANSLATE_NOOP("ColumnMapping", "Lead time in days"), "lead time|lead time (days)|delai|delai (jours)"},
    {ImportField::BinLocation, "bin", "Bin location", QT_TRANSLATE_NOOP("ColumnMapping", "Bin location"),
        "bin|bin location|shelf|emplacement|casier"},
    {ImportField::Stock, "stock", "Stock", QT_TRANSLATE_NOOP("ColumnMapping", "Stock on hand"),
        "stock|quantity|qty|on hand|inventory|quantite|qte|stock reel"},
};

const FieldName* find(ImportField field)
{
    for (const auto& f : kFields) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}

// Lower case, accents and surrounding spaces removed: "Quantité " → "quantite".
QString folded(const QString& text)
{
    const QString decomposed = text.trimmed().toLower().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result;
}

} // namespace

bool ColumnMapping::maps(ImportField field) const
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.value() == field)
            return true;
    }
    return false;
}

QString ColumnMapping::headerFor(ImportField field) const
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.value() == field)
            return it.key();
    }
    return {};
}

ColumnMapping ColumnMapping::comptoir()
{
    ColumnMapping mapping;
    for (const auto& f : kFields)
        mapping.fields.insert(QString::fromLatin1(f.header), f.field);
    return mapping;
}

ColumnMapping ColumnMapping::guess(const QStringList& header)
{
    ColumnMapping mapping;
    QList<ImportField> taken;
    for (const QString& column : header) {
        const QString name = folded(column);
        for (const auto& f : kFields) {
            if (taken.contains(f.field))
                continue;
            const QStringList synonyms = QString::fromUtf8(f.synonyms).split(QLatin1Char('|'));
            const bool matches = name == folded(QString::fromLatin1(f.header))
                || name == folded(QCoreApplication::translate("ColumnMapping", f.label))
                || std::any_of(synonyms.cbegin(), synonyms.cend(),
                    [&](const QString& synonym) { return folded(synonym) == name; });
            if (matches) {
                mapping.fields.insert(column.trimmed(), f.field);
                taken.append(f.field);
                break;
            }
        }
    }
    return mapping;
}

QList<ImportField> ColumnMapping::allFields()
{
    QList<ImportField> list;
    for (const auto& f : kFields)
        list.append(f.field);
    return list;
}

QString ColumnMapping::comptoirHeader(ImportField field)
{
    const auto* f = find(field);
    return f ? QString::fromLatin1(f->header) : QString();
}

QString ColumnMapping::fieldKey(ImportField field)
{
    const auto* f = find(field);
    return f ? QString::fromLatin1(f->key) : QString();
}

bool ColumnMapping::fieldFromKey(const QString& key, ImportField& field)
{
    for (const auto& f : kFields) {
        if (key == QLatin1String(f.key)) {
            field = f.field;
            return true;
        }
    }
    return false;
}

QString ColumnMapping::fieldLabel(ImportField field)
{
    const auto* f = find(field);
    return f ? QCoreApplication::translate("ColumnMapping", f->label) : QString();
}

} // namespace comptoir::io
