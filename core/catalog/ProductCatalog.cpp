#include "catalog/ProductCatalog.h"

#include "catalog/Gtin.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace comptoir::catalog {

using namespace comptoir::storage;

namespace {

Error invalid(const QString& message, const QString& where)
{
    return Error(Error::Code::InvalidInput, message, where);
}

QVariant optionalMoney(const std::optional<Money>& money)
{
    return money ? QVariant(qint64(money->minorUnits())) : QVariant();
}

} // namespace

ProductCatalog::ProductCatalog(DatabasePtr database)
    : m_database(std::move(database))
{ }

QString ProductCatalog::variantTitle(const QString& productName, const QString& option1, const QString& option2)
{
    QString title = productName.trimmed();
    if (!option1.isEmpty() && !option2.isEmpty())
        title += QStringLiteral(" – ") + option1 + QStringLiteral(" / ") + option2;
    else if (!option1.isEmpty())
        title += QStringLiteral(" – ") + option1;
    else if (!option2.isEmpty())
        title += QStringLiteral(" – ") + option2;
    return title;
}

QString ProductCatalog::variantField(int index, const char* field)
{
    return QCoreApplication::translate("ProductCatalog", "Variant %1 – %2")
        .arg(index + 1)
        .arg(QCoreApplication::translate("ProductCatalog", field));
}

Currency ProductCatalog::currency() const
{
    return settings::ShopSettings(m_database).currency();
}

Result<ProductDraft> ProductCatalog::load(qint64 productId) const
{
    const QSqlDatabase db = m_database->connection();
    auto product = run(db,
        QStringLiteral(
            "SELECT name, description, coalesce(category_id, 0), coalesce(supplier_id, 0), vat_rate_bp, archived, "
            "image_path FROM products WHERE id = ?"),
        {productId});
    if (!product)
        return product.error();
    if (!product->next())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("ProductCatalog", "This product does not exist."),
            QStringLiteral("product %1").arg(productId));
    ProductDraft draft;
    draft.id = productId;
    draft.name = product->value(0).toString();
    draft.description = product->value(1).toString();
    draft.categoryId = product->value(2).toLongLong();
    draft.supplierId = product->value(3).toLongLong();
    draft.vatRateBasisPoints = product->value(4).toInt();
    draft.archived = product->value(5).toBool();
    draft.imagePath = product->value(6).toString();

    auto variants = run(db,
        QStringLiteral(
            "SELECT id, sku, option1, option2, barcode, price_minor, compare_at_minor, cost_minor, currency, "
            "weight_g, supplier_sku, lead_time_days, bin_location, on_hand FROM variants WHERE product_id = ? "
            "ORDER BY id"),
        {productId});
    if (!variants)
        return variants.error();
    while (variants->next()) {
        const Currency currency = Currency::fromCode(variants->value(8).toString());
        VariantDraft v;
        v.id = variants->value(0).toLongLong();
        v.sku = variants->value(1).toString();
        v.option1 = variants->value(2).toString();
        v.option2 = variants->value(3).toString();
        v.barcode = variants->value(4).toString();
        v.price = Money(variants->value(5).toLongLong(), currency);
        if (!variants->value(6).isNull())
            v.compareAtPrice = Money(variants->value(6).toLongLong(), currency);
        v.cost = Money(variants->value(7).toLongLong(), currency);
        v.weightGrams = variants->value(9).toInt();
        v.supplierSku = variants->value(10).toString();
        if (!variants->value(11).isNull())
            v.leadTimeDays = variants->value(11).toInt();
        v.binLocation = variants->value(12).toString();
        v.onHand = variants->value(13).toLongLong();
        draft.variants.append(v);
    }
    return draft;
}

Status ProductCatalog::validate(const ProductDraft& draft)
{
    if (draft.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("ProductCatalog", "The product needs a name."),
            QCoreApplication::translate("ProductCatalog", "Name"));
    if (draft.vatRateBasisPoints < 0 || draft.vatRateBasisPoints > 10000)
        return invalid(QCoreApplication::translate("ProductCatalog", "A VAT rate is between 0 % and 100 %."),
            QCoreApplication::translate("ProductCatalog", "VAT rate"));
    if (draft.variants.isEmpty())
        return invalid(
            QCoreApplication::translate("ProductCatalog", "A product needs at least one variant with a SKU."),
            QCoreApplication::translate("ProductCatalog", "Variants"));
    QSet<QString> skus, options, barcodes;
    for (int i = 0; i < draft.variants.size(); ++i) {
        const VariantDraft& v = draft.variants[i];
        const QString sku = v.sku.trimmed();
        if (sku.isEmpty())
            return invalid(QCoreApplication::translate("ProductCatalog", "Every variant needs a SKU."),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "SKU")));
        if (sku.contains(QLatin1Char(' ')) || sku.size() > 64)
            return invalid(
                QCoreApplication::translate("ProductCatalog", "A SKU has no spaces and at most 64 characters: “%1”.")
                    .arg(sku),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "SKU")));
        if (skus.contains(sku.toUpper()))
            return invalid(
                QCoreApplication::translate("ProductCatalog", "The SKU “%1” is used twice in this product.").arg(sku),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "SKU")));
        skus.insert(sku.toUpper());
        const QString key = v.option1.trimmed() + QChar(0x1f) + v.option2.trimmed();
        if (draft.variants.size() > 1 && options.contains(key))
            return invalid(QCoreApplication::translate(
                               "ProductCatalog", "Two variants have the same options; give each its own size, colour…"),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "Options")));
        options.insert(key);
        if (const QString problem = Gtin::problem(v.barcode.trimmed()); !problem.isEmpty())
            return invalid(problem, variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "Barcode")));
        if (!v.barcode.trimmed().isEmpty() && barcodes.contains(v.barcode.trimmed()))
            return invalid(
                QCoreApplication::translate("ProductCatalog", "The barcode “%1” is used twice in this product.")
                    .arg(v.barcode.trimmed()),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "Barcode")));
        barcodes.insert(v.barcode.trimmed());
        if (v.price.isNegative())
            return invalid(QCoreApplication::translate("ProductCatalog", "A price cannot be negative."),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "Price")));
        if (v.cost.isNegative())
            return invalid(QCoreApplication::translate("ProductCatalog", "A cost cannot be negative."),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "Cost")));
        if (v.compareAtPrice && *v.compareAtPrice <= v.price)
            return invalid(QCoreApplication::translate("ProductCatalog",
                               "The compare-at price shows the price before a discount: it must be above the price."),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "Compare-at price")));
        if (v.weightGrams < 0)
            return invalid(QCoreApplication::translate("ProductCatalog", "A weight cannot be negative."),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "Weight")));
        if (v.leadTimeDays && (*v.leadTimeDays < 0 || *v.leadTimeDays > 365))
            return invalid(QCoreApplication::translate("ProductCatalog", "A lead time is between 0 and 365 days."),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "Lead time")));
    }
    return {};
}

Result<qint64> ProductCatalog::save(const ProductDraft& draft)
{
    if (auto valid = validate(draft); !valid)
        return valid.error();
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 now = m_database->clock().nowSecs();
    const QString supplierName = [&] {
        auto name = scalar(db, QStringLiteral("SELECT name FROM suppliers WHERE id = ?"), {draft.supplierId});
        return name && name->isValid() ? name->toString() : QStringLiteral("");
    }();
    if (draft.supplierId != 0 && supplierName.isEmpty())
        return invalid(QCoreApplication::translate("ProductCatalog", "This supplier does not exist."),
            QCoreApplication::translate("ProductCatalog", "Supplier"));

    // SKUs and barcodes must be unique across the catalog: say which product has them already. Both
    // lookups use an index (the exact SKU, as the UNIQUE constraint compares it), so saving stays
    // instant with millions of variants.
    for (int i = 0; i < draft.variants.size(); ++i) {
        const VariantDraft& v = draft.variants[i];
        auto owner = run(db,
            QStringLiteral("SELECT p.name FROM variants v JOIN products p ON p.id = v.product_id "
                           "WHERE v.sku = ? AND v.id <> ?"),
            {v.sku.trimmed(), v.id});
        if (!owner)
            return owner.error();
        if (owner->next())
            return invalid(QCoreApplication::translate("ProductCatalog", "The SKU “%1” already belongs to “%2”.")
                               .arg(v.sku.trimmed(), owner->value(0).toString()),
                variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "SKU")));
        if (!v.barcode.trimmed().isEmpty()) {
            auto barcodeOwner = run(db,
                QStringLiteral("SELECT v.sku FROM variants v WHERE v.barcode = ? AND v.barcode <> '' AND v.id <> ?"),
                {v.barcode.trimmed(), v.id});
            if (!barcodeOwner)
                return barcodeOwner.error();
            if (barcodeOwner->next())
                return invalid(QCoreApplication::translate("ProductCatalog", "The barcode “%1” already belongs to %2.")
                                   .arg(v.barcode.trimmed(), barcodeOwner->value(0).toString()),
                    variantField(i, QT_TRANSLATE_NOOP("ProductCatalog", "Barcode")));
        }
    }

    const QVariant category = draft.categoryId ? QVariant(draft.categoryId) : QVariant();
    const QVariant supplier = draft.supplierId ? QVariant(draft.supplierId) : QVariant();
    qint64 productId = draft.id;
    if (productId == 0) {
        auto inserted = run(db,
            QStringLiteral("INSERT INTO products (name, description, category_id, supplier_id, vat_rate_bp, archived, "
                           "image_path, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {draft.name.trimmed(), text(draft.description), category, supplier, draft.vatRateBasisPoints,
                draft.archived ? 1 : 0, text(draft.imagePath.trimmed()), now, now});
        if (!inserted)
            return inserted.error();
        productId = inserted->lastInsertId().toLongLong();
    } else {
        auto updated = run(db,
            QStringLiteral(
                "UPDATE products SET name = ?, description = ?, category_id = ?, supplier_id = ?, vat_rate_bp = ?, "
                "archived = ?, image_path = ?, updated_at = ? WHERE id = ?"),
            {draft.name.trimmed(), text(draft.description), category, supplier, draft.vatRateBasisPoints,
                draft.archived ? 1 : 0, text(draft.imagePath.trimmed()), now, productId});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0)
            return Error(Error::Code::NotFound,
                QCoreApplication::translate("ProductCatalog", "This product does not exist."),
                QStringLiteral("product %1").arg(productId));
    }

    // Variants removed from the draft: only those with no history may go.
    QSet<qint64> kept;
    for (const auto& v : draft.variants)
        kept.insert(v.id);
    auto existing = run(db, QStringLiteral("SELECT id, sku FROM variants WHERE product_id = ?"), {productId});
    if (!existing)
        return existing.error();
    QList<std::pair<qint64, QString>> removed;
    while (existing->next()) {
        if (!kept.contains(existing->value(0).toLongLong()))
            removed.append({existing->value(0).toLongLong(), existing->value(1).toString()});
    }
    for (const auto& [id, sku] : removed) {
        auto used = scalar(db,
            QStringLiteral("SELECT (SELECT count(*) FROM stock_movements WHERE variant_id = ?) + "
                           "(SELECT count(*) FROM order_lines WHERE variant_id = ?)"),
            {id, id});
        if (!used)
            return used.error();
        if (used->toLongLong() > 0)
            return invalid(QCoreApplication::translate("ProductCatalog",
                               "The variant %1 has sold or moved stock, so it cannot be deleted: archive the product "
                               "instead.")
                               .arg(sku),
                QCoreApplication::translate("ProductCatalog", "Variants"));
        if (auto deleted = execute(db, QStringLiteral("DELETE FROM stock_levels WHERE variant_id = ?"), {id}); !deleted)
            return deleted.error();
        if (auto deleted = execute(db, QStringLiteral("DELETE FROM variants WHERE id = ?"), {id}); !deleted)
            return deleted.error();
    }

    const Currency shopCurrency = currency();
    for (const VariantDraft& v : draft.variants) {
        const Currency currency = v.price.currency().isValid() ? v.price.currency() : shopCurrency;
        const QVariantList values
            = {productId, v.sku.trimmed(), variantTitle(draft.name, v.option1.trimmed(), v.option2.trimmed()),
                text(v.option1.trimmed()), text(v.option2.trimmed()), text(v.barcode.trimmed()),
                qint64(v.price.minorUnits()), optionalMoney(v.compareAtPrice), qint64(v.cost.minorUnits()),
                currency.code(), v.weightGrams, supplier, text(supplierName), text(v.supplierSku.trimmed()),
                v.leadTimeDays ? QVariant(*v.leadTimeDays) : QVariant(), text(v.binLocation.trimmed()), now};
        QSqlQuery query(db);
        if (v.id == 0) {
            query.prepare(QStringLiteral(
                "INSERT INTO variants (product_id, sku, title, option1, option2, barcode, price_minor, "
                "compare_at_minor, "
                "cost_minor, currency, weight_g, supplier_id, supplier_name, supplier_sku, lead_time_days, "
                "bin_location, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values[i]);
            query.bindValue(int(values.size()), now);
        } else {
            query.prepare(QStringLiteral(
                "UPDATE variants SET product_id = ?, sku = ?, title = ?, option1 = ?, option2 = ?, barcode = ?, "
                "price_minor = ?, compare_at_minor = ?, cost_minor = ?, currency = ?, weight_g = ?, supplier_id = ?, "
                "supplier_name = ?, supplier_sku = ?, lead_time_days = ?, bin_location = ?, updated_at = ? "
                "WHERE id = ? AND product_id = ?"));
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values[i]);
            query.bindValue(int(values.size()), v.id);
            query.bindValue(int(values.size()) + 1, productId);
        }
        if (!query.exec())
            return sqlError(query, QCoreApplication::translate("ProductCatalog", "The product could not be saved."));
        if (v.id != 0 && query.numRowsAffected() == 0)
            return Error(Error::Code::NotFound,
                QCoreApplication::translate("ProductCatalog", "The variant %1 does not belong to this product.")
                    .arg(v.sku),
                QStringLiteral("variant %1").arg(v.id));
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return productId;
}

Result<ProductDraft> ProductCatalog::duplicate(qint64 productId) const
{
    auto source = load(productId);
    if (!source)
        return source;
    ProductDraft copy = *source;
    copy.id = 0;
    copy.archived = false;
    copy.name = QCoreApplication::translate("ProductCatalog", "%1 (copy)").arg(source->name);
    for (VariantDraft& v : copy.variants) {
        v.id = 0;
        v.sku.clear();
        v.barcode.clear();
        v.onHand = 0;
    }
    return copy;
}

Status ProductCatalog::setArchived(qint64 productId, bool archived)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    const qint64 now = m_database->clock().nowSecs();
    auto updated
        = run(m_database->connection(), QStringLiteral("UPDATE products SET archived = ?, updated_at = ? WHERE id = ?"),
            {archived ? 1 : 0, now, productId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("ProductCatalog", "This product does not exist."),
            QStringLiteral("product %1").arg(productId));
    if (auto variants = execute(m_database->connection(),
            QStringLiteral("UPDATE variants SET archived = ?, updated_at = ? WHERE product_id = ?"),
            {archived ? 1 : 0, now, productId});
        !variants)
        return variants.error();
    return transaction.commit();
}

Result<qint64> ProductCatalog::variantForCode(const QString& code) const
{
    const QString wanted = code.trimmed();
    if (wanted.isEmpty())
        return qint64(0);
    const QSqlDatabase db = m_database->connection();
    // The barcode first (indexed), then the SKU as typed, then in any case.
    for (const QString& sql : {QStringLiteral("SELECT id FROM variants WHERE barcode = ? AND barcode <> '' LIMIT 1"),
             QStringLiteral("SELECT id FROM variants WHERE sku = ?"),
             QStringLiteral("SELECT id FROM variants WHERE sku = upper(?) OR sku = lower(?) LIMIT 1")}) {
        auto id = sql.count(QLatin1Char('?')) == 2 ? scalar(db, sql, {wanted, wanted}) : scalar(db, sql, {wanted});
        if (!id)
            return id.error();
        if (id->isValid())
            return id->toLongLong();
    }
    return qint64(0);
}

Result<QList<NamedId>> ProductCatalog::suppliers() const
{
    auto query = run(m_database->connection(), QStringLiteral("SELECT id, name FROM suppliers ORDER BY name"));
    if (!query)
        return query.error();
    QList<NamedId> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toString()});
    return list;
}

Result<QList<NamedId>> ProductCatalog::categories() const
{
    // "Parent › Child" so a flat list still reads as a tree.
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT c.id, CASE WHEN p.name IS NULL THEN c.name ELSE p.name || ' › ' || c.name END AS path "
                       "FROM categories c LEFT JOIN categories p ON p.id = c.parent_id ORDER BY path"));
    if (!query)
        return query.error();
    QList<NamedId> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toString()});
    return list;
}

} // namespace comptoir::catalog
