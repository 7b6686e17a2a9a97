#include "demo/DemoShop.h"

#include "demo/DemoData.h"
#include "demo/DemoMessages.h"
#include "demo/DemoRandom.h"
#include "demo/DemoReviews.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimeZone>

#include <functional>
#include <vector>

namespace comptoir::demo {

using namespace comptoir::storage;

namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

constexpr std::uint64_t kProductStream = 1;
constexpr std::uint64_t kCustomerStream = 2;
constexpr std::uint64_t kOrderStream = 3;
constexpr std::uint64_t kParcelStream = 4;
constexpr int kBatch = 20000; // rows per transaction: keeps the WAL small and cancel responsive

int ean13CheckDigit(const QString& twelveDigits)
{
    int sum = 0;
    for (int i = 0; i < 12 && i < twelveDigits.size(); ++i)
        sum += twelveDigits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

// Everything about one product, recomputed on demand from (seed, index).
struct ProductSpec
{
    int type = 0;
    QString name;
    QString description;
    int supplier = 0;
    struct Variant
    {
        QString sku, title, option1, option2, barcode;
        int priceCents = 0;
        int costCents = 0;
    };
    std::vector<Variant> variants;
};

ProductSpec productSpec(std::uint64_t seed, qint64 index, int supplierCount)
{
    DemoRandom r = DemoRandom::forItem(seed, kProductStream, std::uint64_t(index));
    ProductSpec spec;
    spec.type = int(r.below(kProductTypeCount));
    const ProductType& type = kProductTypes[spec.type];
    spec.name = u8(type.name) + QLatin1Char(' ') + u8(kQualifiers[r.below(kQualifierCount)]) + QLatin1Char(' ')
        + u8(kModelNames[r.below(kModelNameCount)]);
    spec.description = QStringLiteral("Fabrication française, sélectionnée par la boutique.");
    spec.supplier = int(r.below(std::uint64_t(supplierCount)));
    // Prices end in ,90 or ,00 like in a real shop.
    int price = int(r.between(type.minPriceCents / 100, type.maxPriceCents / 100)) * 100 + (r.chance(70) ? -10 : 0);
    if (price <= 0)
        price = 90;

    QStringList firstOptions, secondOptions;
    if (type.option == 1) {
        const int start = int(r.below(2));
        for (int s = start; s < kClothingSizeCount - int(r.below(2)); ++s)
            firstOptions << u8(kClothingSizes[s]);
    } else if (type.option == 2) {
        const int start = int(r.below(3));
        for (int s = start; s < start + 4 + int(r.below(4)); ++s)
            firstOptions << u8(kShoeSizes[s]);
    } else if (type.option == 3) {
        firstOptions << u8(kWeights[0]) << u8(kWeights[1]);
    }
    if (type.colours && r.chance(60)) {
        const int colour = int(r.below(kColourCount));
        secondOptions << u8(kColours[colour]);
        if (r.chance(40))
            secondOptions << u8(kColours[(colour + 1 + int(r.below(kColourCount - 1))) % kColourCount]);
    }
    // Keep the catalog near two variants per product on average: most products sell a few options.
    if (firstOptions.size() > 3 && r.chance(75))
        firstOptions = firstOptions.mid(int(r.below(firstOptions.size() - 2)), 2 + int(r.below(2)));
    if (firstOptions.isEmpty())
        firstOptions << QString();
    if (secondOptions.isEmpty())
        secondOptions << QString();

    const QString productCode = QStringLiteral("%1-%2").arg(u8(type.skuPrefix)).arg(index + 1, 6, 10, QLatin1Char('0'));
    int n = 0;
    for (const QString& first : std::as_const(firstOptions)) {
        for (const QString& second : std::as_const(secondOptions)) {
            ProductSpec::Variant v;
            v.option1 = first;
            v.option2 = second;
            v.sku = productCode;
            if (!first.isEmpty())
                v.sku += QLatin1Char('-') + QString(first).remove(QLatin1Char(' ')).toUpper();
            if (!second.isEmpty())
                v.sku += QLatin1Char('-') + second.left(3).toUpper();
            v.title = spec.name;
            if (!first.isEmpty())
                v.title += QStringLiteral(" – ") + first;
            if (!second.isEmpty())
                v.title += (first.isEmpty() ? QStringLiteral(" – ") : QStringLiteral(" / ")) + second;
            // Heavier weights cost more.
            v.priceCents = type.option == 3 ? price * (n + 1) : price;
            v.costCents = int(qint64(v.priceCents) * (35 + qint64(r.below(20))) / 120);
            // GS1 France prefix 376, then the product and variant numbers, then the check digit.
            const QString twelve = QStringLiteral("376%1%2")
                                       .arg(index % 10000000, 7, 10, QLatin1Char('0'))
                                       .arg(n % 100, 2, 10, QLatin1Char('0'));
            v.barcode = twelve + QString::number(ean13CheckDigit(twelve));
            spec.variants.push_back(v);
            ++n;
        }
    }
    return spec;
}

struct CustomerSpec
{
    QString first, last, email, phone, address1, postcode, city, country;
    bool marketing = false;
};

CustomerSpec customerSpec(std::uint64_t seed, qint64 index)
{
    DemoRandom r = DemoRandom::forItem(seed, kCustomerStream, std::uint64_t(index));
    CustomerSpec c;
    c.first = u8(kFirstNames[r.below(kFirstNameCount)]);
    c.last = u8(kLastNames[r.below(kLastNameCount)]);
    // Mostly France, some neighbours: the first 24 cities are French.
    const int city = r.chance(88) ? int(r.below(24)) : 24 + int(r.below(kCityCount - 24));
    c.postcode = u8(kCities[city].postcode);
    c.city = u8(kCities[city].name);
    c.country = u8(kCities[city].country);
    c.address1 = QStringLiteral("%1 %2").arg(r.between(1, 180)).arg(u8(kStreets[r.below(kStreetCount)]));
    // "Élodie.Lefèvre" → "elodie.lefevre": decompose accents, keep ASCII letters and the dot.
    const QString decomposed = (c.first + QLatin1Char('.') + c.last).toLower().normalized(QString::NormalizationForm_D);
    QString local;
    local.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch == QLatin1Char('.'))
            local.append(ch);
    }
    c.email = QStringLiteral("%1%2@%3").arg(local).arg(index).arg(u8(kMailDomains[r.below(kMailDomainCount)]));
    c.phone = QStringLiteral("0%1 %2 %3 %4 %5")
                  .arg(r.chance(70) ? 6 : 7)
                  .arg(r.between(10, 99))
                  .arg(r.between(10, 99))
                  .arg(r.between(10, 99))
                  .arg(r.between(10, 99));
    c.marketing = r.chance(35);
    return c;
}

// Relative order volume per month (January = 0): a November and December peak, a quiet August.
constexpr qint64 kBacklogOrders = 40;

constexpr int kMonthWeight[12] = {80, 70, 85, 90, 95, 90, 85, 70, 90, 100, 160, 190};

// Statuses by age of the order, in percent. The last orders of the shop (`backlog`) are always a
// morning's work, however few orders a day a small demo has: new, paid, preparing, on hold, packed.
QString statusFor(DemoRandom& r, qint64 ageDays, bool counter, bool backlog)
{
    if (counter)
        return r.chance(2) ? QStringLiteral("returned") : QStringLiteral("delivered");
    const auto roll = r.below(100);
    if (ageDays <= 1 || backlog) {
        if (roll < 8)
            return QStringLiteral("new");
        if (roll < 58)
            return QStringLiteral("paid");
        if (roll < 72)
            return QStringLiteral("preparing");
        if (roll < 77)
            return QStringLiteral("on_hold");
        if (roll < 85)
            return QStringLiteral("packed");
        if (roll < 98)
            return QStringLiteral("shipped");
        return QStringLiteral("cancelled");
    }
    if (ageDays <= 5) {
        if (roll < 6)
            return QStringLiteral("paid");
        if (roll < 9)
            return QStringLiteral("on_hold");
        if (roll < 60)
            return QStringLiteral("shipped");
        if (roll < 97)
            return QStringLiteral("delivered");
        return QStringLiteral("cancelled");
    }
    if (roll < 93)
        return QStringLiteral("delivered");
    if (roll < 96)
        return QStringLiteral("cancelled");
    if (roll < 99)
        return QStringLiteral("returned");
    return QStringLiteral("shipped");
}

// A UPU S10 tracking number (Chronopost's): two letters, the serial, its check digit, "FR".
QString s10Number(const char* prefix, qint64 serial)
{
    static constexpr int kWeights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    const QString digits = QStringLiteral("%1").arg(serial % 100000000, 8, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (digits[i].unicode() - '0') * kWeights[i];
    int check = 11 - sum % 11;
    check = check == 10 ? 0 : check == 11 ? 5 : check;
    return QLatin1String(prefix) + digits + QString::number(check) + QStringLiteral("FR");
}

// The carrier, service and tracking number of an order's parcel, as a small French shop ships:
// mostly Colissimo and Mondial Relay at home, Colissimo and DPD abroad.
struct DemoParcel
{
    const char* carrier;
    const char* service;
    QString number;
};

DemoParcel parcelFor(DemoRandom& r, qint64 orderId, const QString& country)
{
    const auto roll = r.below(100);
    const QString colissimo = QStringLiteral("6A%1").arg(orderId, 11, 10, QLatin1Char('0'));
    const QString relay = QStringLiteral("%1").arg(10000000 + orderId % 90000000);
    if (country == QLatin1String("FR")) {
        if (roll < 55)
            return {"colissimo", "domicile", colissimo};
        if (roll < 80)
            return {"mondial-relay", "point-relais", relay};
        if (roll < 90)
            return {"chronopost", "chrono13", s10Number("XY", orderId)};
        return {"colis-prive", "domicile", QStringLiteral("%1").arg(orderId, 14, 10, QLatin1Char('0'))};
    }
    const bool relayServes = country == QLatin1String("BE") || country == QLatin1String("LU")
        || country == QLatin1String("ES") || country == QLatin1String("NL");
    if (roll < 60 || (roll >= 80 && !relayServes))
        return {"colissimo", "domicile", colissimo};
    if (roll < 80)
        return {"dpd", "classic", QStringLiteral("0%1").arg(orderId, 13, 10, QLatin1Char('0'))};
    return {"mondial-relay", "point-relais", relay};
}

class Writer
{
public:
    Writer(const DatabasePtr& database, JobControl& control)
        : m_db(database->connection())
        , m_control(control)
    { }

    QSqlQuery prepare(const QString& sql)
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            m_error = sqlError(query, QCoreApplication::translate("DemoShop", "The demo shop could not be written."));
        return query;
    }
    bool exec(QSqlQuery& query)
    {
        if (!m_error.message.isEmpty())
            return false;
        if (!query.exec()) {
            m_error = sqlError(query, QCoreApplication::translate("DemoShop", "The demo shop could not be written."));
            return false;
        }
        return true;
    }
    bool begin()
    {
        m_transaction = std::make_unique<Transaction>(m_db);
        if (!m_transaction->isActive())
            m_error = m_transaction->error();
        return m_transaction->isActive();
    }
    // Commits every kBatch rows; returns false on error or cancel.
    bool tick(qint64 done, qint64 total, const QString& step)
    {
        if (++m_rows % kBatch != 0)
            return ok();
        if (!commit())
            return false;
        if (!m_control.progress(done, total, step)) {
            m_error = Error(
                Error::Code::Cancelled, QCoreApplication::translate("DemoShop", "Demo shop creation cancelled."));
            return false;
        }
        return begin();
    }
    bool commit()
    {
        if (!m_transaction)
            return ok();
        auto committed = m_transaction->commit();
        m_transaction.reset();
        if (!committed)
            m_error = committed.error();
        return committed.ok();
    }
    bool ok() const { return m_error.message.isEmpty(); }
    const Error& error() const { return m_error; }
    QSqlDatabase db() const { return m_db; }

private:
    QSqlDatabase m_db;
    JobControl& m_control;
    std::unique_ptr<Transaction> m_transaction;
    Error m_error;
    qint64 m_rows = 0;
};

} // namespace

int DemoShop::ean13CheckDigit(const QString& twelveDigits)
{
    return demo::ean13CheckDigit(twelveDigits);
}

namespace {

// Follows every variant's stock through the two years of orders, so that the ledger, the stock
// levels, the stock-out periods and the purchase orders tell one story: sales take stock, a
// supplier delivery comes a lead time after stock runs low (sometimes late, so shelves run dry),
// customers who find a variant out of stock buy another one.
class Shelves
{
public:
    struct Variant
    {
        qint32 warehouse = 0;
        qint32 counter = 0;
        qint32 reserved = 0; // in the warehouse, for open orders
        qint32 restockQuantity = 0;
        qint64 restockAt = 0; // 0: nothing ordered
        qint64 emptySince = 0; // 0: some stock on hand
        qint32 cost = 0;
        qint16 supplier = 0; // index into the suppliers
        qint16 reorderLevel = 0;
        qint32 orderQuantity = 0;
        bool counterShelf = false; // also kept on the shop counter
    };
    std::vector<Variant> variants {Variant()}; // index = variant id
    std::vector<int> leadDays; // per supplier

    using Write = std::function<void(
        qint64 variant, int location, qint64 quantity, const QString& reason, const QString& reference, qint64 at)>;
    using StockOut = std::function<void(qint64 variant, qint64 from, qint64 to)>;
    Write write;
    StockOut stockOut;
    // A receipt within the last days gets a purchase order; reference() gives its number.
    std::function<QString(qint64 variant, qint64 quantity, qint64 at)> receiptReference;

    // Deliveries due by `at` arrive first.
    void arrive(qint64 id, qint64 at)
    {
        Variant& v = variants[std::size_t(id)];
        if (v.restockAt == 0 || v.restockAt > at)
            return;
        write(id, 1, v.restockQuantity, QStringLiteral("receipt"), receiptReference(id, v.restockQuantity, v.restockAt),
            v.restockAt);
        v.warehouse += v.restockQuantity;
        if (v.emptySince != 0)
            stockOut(id, v.emptySince, v.restockAt);
        v.emptySince = 0;
        v.restockAt = 0;
    }

    qint64 available(qint64 id, bool counterSale) const
    {
        const Variant& v = variants[std::size_t(id)];
        // One location serves a line: the counter's shelf for a counter sale, else the warehouse.
        return std::max<qint64>(v.warehouse - v.reserved, counterSale ? v.counter : 0);
    }

    // Takes stock for an order line: a sale movement, or a reservation for an order still open.
    void take(qint64 id, qint64 quantity, qint64 at, bool counterSale, bool reserveOnly, const QString& reference,
        DemoRandom& r)
    {
        Variant& v = variants[std::size_t(id)];
        if (reserveOnly)
            v.reserved += qint32(quantity);
        else if (counterSale && v.counter >= quantity) {
            v.counter -= qint32(quantity);
            write(id, 2, -quantity, QStringLiteral("sale"), reference, at);
        } else {
            v.warehouse -= qint32(quantity);
            write(id, 1, -quantity, QStringLiteral("sale"), reference, at);
        }
        if (v.warehouse + v.counter == 0 && v.emptySince == 0)
            v.emptySince = at;
        if (v.restockAt == 0 && v.warehouse - v.reserved <= v.reorderLevel)
            order(id, at, r);
    }

    // The merchant orders from the supplier; one time in four the delivery comes weeks late.
    void order(qint64 id, qint64 at, DemoRandom& r)
    {
        Variant& v = variants[std::size_t(id)];
        const qint64 late = r.chance(25) ? r.between(5, 25) : 0;
        v.restockAt = at + (leadDays[std::size_t(v.supplier)] + late) * 86400 + 3600;
        v.restockQuantity = v.orderQuantity;
    }
};

Result<DemoShop::Summary> generateRows(
    const DatabasePtr& database, const DemoShop::Options& options, JobControl& control)
{
    using Summary = DemoShop::Summary;
    Summary summary;
    const std::uint64_t seed = options.seed;
    const QDate until = options.until.isValid() ? options.until : QDate::currentDate();
    const qint64 productCount = std::max<qint64>(1, options.products);
    const qint64 orderCount = std::max<qint64>(0, options.orders);
    const qint64 customerCount = std::max<qint64>(20, orderCount / 3);
    const int supplierCount = int(std::min<qint64>(kSupplierNameCount, std::max<qint64>(4, productCount / 100)));
    const qint64 start = QDateTime(until.addDays(-730), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 created = start - 86400 * 30;
    const qint64 totalWork = productCount + customerCount + orderCount;

    if (auto existing = scalar(database->connection(), QStringLiteral("SELECT count(*) FROM variants")); !existing)
        return existing.error();
    else if (existing->toLongLong() > 0)
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("DemoShop", "The demo shop can only be written into an empty shop."),
            QDir::toNativeSeparators(database->path()));

    settings::ShopSettings shopSettings(database);
    settings::ShopIdentity identity;
    identity.name = QStringLiteral("Comptoir de Camille");
    identity.address1 = QStringLiteral("12 rue des Halles");
    identity.postcode = QStringLiteral("35000");
    identity.city = QStringLiteral("Rennes");
    identity.email = QStringLiteral("bonjour@comptoir-de-camille.fr");
    identity.phone = QStringLiteral("02 99 00 00 00");
    identity.vatNumber = QStringLiteral("FR40303265045");
    if (auto saved = shopSettings.setIdentity(identity); !saved)
        return saved.error();

    Writer w(database, control);
    if (!w.begin())
        return w.error();
    Shelves shelves;

    // Locations, suppliers, categories.
    auto location = w.prepare(
        QStringLiteral("INSERT INTO locations (id, name, sells_online, created_at) VALUES (?, ?, 1, ?) "
                       "ON CONFLICT (id) DO UPDATE SET name = excluded.name, created_at = excluded.created_at"));
    for (int i = 0; i < 2; ++i) {
        location.bindValue(0, i + 1);
        location.bindValue(1, i == 0 ? QStringLiteral("Entrepôt") : QStringLiteral("Boutique"));
        location.bindValue(2, created);
        w.exec(location);
    }
    auto supplier
        = w.prepare(QStringLiteral("INSERT INTO suppliers (id, name, email, phone, lead_time_days, min_order_minor, "
                                   "currency, created_at) VALUES (?, ?, ?, ?, ?, ?, 'EUR', ?)"));
    for (int i = 0; i < supplierCount; ++i) {
        DemoRandom r = DemoRandom::forItem(seed, 10, std::uint64_t(i));
        supplier.bindValue(0, i + 1);
        supplier.bindValue(1, u8(kSupplierNames[i]));
        supplier.bindValue(2, QStringLiteral("commandes@fournisseur%1.fr").arg(i + 1));
        supplier.bindValue(3, QStringLiteral("01 40 00 %1 %2").arg(10 + i).arg(r.between(10, 99)));
        const int lead = int(r.between(3, 45));
        shelves.leadDays.push_back(lead);
        supplier.bindValue(4, lead);
        supplier.bindValue(5, int(r.between(1, 10)) * 10000);
        supplier.bindValue(6, created);
        w.exec(supplier);
    }
    auto category = w.prepare(QStringLiteral("INSERT INTO categories (id, parent_id, name) VALUES (?, ?, ?)"));
    for (int i = 0; i < kCategoryCount; ++i) {
        category.bindValue(0, i + 1);
        category.bindValue(1, kCategories[i].parent < 0 ? QVariant() : QVariant(kCategories[i].parent + 1));
        category.bindValue(2, u8(kCategories[i].name));
        w.exec(category);
    }
    if (!w.ok())
        return w.error();

    // Products, variants, opening stock with its ledger movements.
    auto product = w.prepare(QStringLiteral("INSERT INTO products (id, name, description, category_id, supplier_id, "
                                            "vat_rate_bp, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    auto variant = w.prepare(QStringLiteral(
        "INSERT INTO variants (id, product_id, sku, title, option1, option2, barcode, price_minor, cost_minor, "
        "currency, "
        "weight_g, supplier_id, supplier_name, supplier_sku, bin_location, on_hand, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto movement
        = w.prepare(QStringLiteral("INSERT INTO stock_movements (variant_id, location_id, quantity, reason, note, "
                                   "user_name, created_at) VALUES (?, ?, ?, 'count', ?, 'demo', ?)"));
    const QString openingNote = QCoreApplication::translate("DemoShop", "Opening stock count");
    std::vector<qint32> firstVariant(std::size_t(productCount) + 1);
    qint64 variantId = 0;
    for (qint64 p = 0; p < productCount; ++p) {
        const ProductSpec spec = productSpec(seed, p, supplierCount);
        const ProductType& type = kProductTypes[spec.type];
        DemoRandom r = DemoRandom::forItem(seed, 11, std::uint64_t(p));
        product.bindValue(0, p + 1);
        product.bindValue(1, spec.name);
        product.bindValue(2, spec.description);
        product.bindValue(3, type.category + 1);
        product.bindValue(4, spec.supplier + 1);
        product.bindValue(5, type.vatBasisPoints);
        product.bindValue(6, created);
        product.bindValue(7, created);
        w.exec(product);
        firstVariant[std::size_t(p)] = qint32(variantId + 1);
        const QString bin = QStringLiteral("%1-%2-%3")
                                .arg(QChar(u'A' + type.category % 8))
                                .arg(int(r.between(1, 24)), 2, 10, QLatin1Char('0'))
                                .arg(int(r.between(1, 5)));
        for (const auto& v : spec.variants) {
            ++variantId;
            // About 4 % of variants are out of stock; some also sit on the shop counter's shelf.
            const int warehouse = r.chance(4) ? 0 : int(r.between(1, 60));
            const int counter = r.chance(25) ? int(r.between(1, 6)) : 0;
            variant.bindValue(0, variantId);
            variant.bindValue(1, p + 1);
            variant.bindValue(2, v.sku);
            variant.bindValue(3, v.title);
            variant.bindValue(4, text(v.option1));
            variant.bindValue(5, text(v.option2));
            variant.bindValue(6, v.barcode);
            variant.bindValue(7, v.priceCents);
            variant.bindValue(8, v.costCents);
            variant.bindValue(9, type.weightGrams);
            variant.bindValue(10, spec.supplier + 1);
            variant.bindValue(11, u8(kSupplierNames[spec.supplier]));
            variant.bindValue(12, QStringLiteral("F%1-%2").arg(spec.supplier + 1).arg(variantId));
            variant.bindValue(13, bin);
            variant.bindValue(14, warehouse + counter);
            variant.bindValue(15, created);
            variant.bindValue(16, created);
            w.exec(variant);
            Shelves::Variant shelf;
            shelf.warehouse = warehouse;
            shelf.counter = counter;
            shelf.counterShelf = counter > 0;
            shelf.cost = v.costCents;
            shelf.supplier = qint16(spec.supplier);
            shelf.reorderLevel = qint16(r.between(1, 6));
            shelf.orderQuantity = qint32(r.between(12, 48));
            shelves.variants.push_back(shelf);
            if (warehouse + counter == 0) {
                shelves.variants.back().emptySince = created;
                shelves.order(variantId, created, r);
            }
            for (int loc = 1; loc <= 2; ++loc) {
                const int quantity = loc == 1 ? warehouse : counter;
                if (quantity != 0) {
                    movement.bindValue(0, variantId);
                    movement.bindValue(1, loc);
                    movement.bindValue(2, quantity);
                    movement.bindValue(3, openingNote);
                    movement.bindValue(4, created);
                    w.exec(movement);
                }
            }
        }
        if (!w.tick(p, totalWork, QCoreApplication::translate("DemoShop", "Writing products")))
            return w.error();
    }
    firstVariant[std::size_t(productCount)] = qint32(variantId + 1);
    summary.products = productCount;
    summary.variants = variantId;

    // Customers.
    auto customer = w.prepare(QStringLiteral(
        "INSERT INTO customers (id, email, first_name, last_name, phone, address1, postcode, city, country, "
        "accepts_marketing, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qint64 c = 0; c < customerCount; ++c) {
        const CustomerSpec spec = customerSpec(seed, c);
        customer.bindValue(0, c + 1);
        customer.bindValue(1, spec.email);
        customer.bindValue(2, spec.first);
        customer.bindValue(3, spec.last);
        customer.bindValue(4, spec.phone);
        customer.bindValue(5, spec.address1);
        customer.bindValue(6, spec.postcode);
        customer.bindValue(7, spec.city);
        customer.bindValue(8, spec.country);
        customer.bindValue(9, spec.marketing ? 1 : 0);
        customer.bindValue(10, start + c * 730 * 86400 / customerCount);
        w.exec(customer);
        if (!w.tick(productCount + c, totalWork, QCoreApplication::translate("DemoShop", "Writing customers")))
            return w.error();
    }
    summary.customers = customerCount;

    // Orders, spread over two years by a seasonal weight per day, a little more each year.
    std::vector<qint64> dayWeight(731);
    qint64 weightSum = 0;
    for (int d = 0; d <= 730; ++d) {
        const QDate day = until.addDays(d - 730);
        int weight = kMonthWeight[day.month() - 1] * (100 + d * 25 / 730);
        if (day.month() == 12 && day.day() > 22)
            weight /= 3; // too late for Christmas delivery
        if (day.dayOfWeek() == 7)
            weight = weight * 7 / 10;
        dayWeight[std::size_t(d)] = weight;
        weightSum += weight;
    }
    auto order = w.prepare(QStringLiteral(
        "INSERT INTO orders (id, number, channel, status, customer_id, customer_name, email, ship_name, ship_address1, "
        "ship_postcode, ship_city, ship_country, currency, item_count, subtotal_minor, shipping_minor, tax_minor, "
        "total_minor, placed_at, paid_at, shipped_at, updated_at, held_from, packed_at, delivered_at, cancelled_at, "
        "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"));
    auto returned = w.prepare(QStringLiteral(
        "INSERT INTO returns (number, order_id, status, refund_minor, currency, created_at, received_at, closed_at, "
        "updated_at) VALUES (?, ?, 'closed', ?, 'EUR', ?, ?, ?, ?)"));
    auto returnedLine
        = w.prepare(QStringLiteral("INSERT INTO return_lines (return_id, order_line_id, quantity, reason, "
                                   "decision, location_id) VALUES (?, ?, ?, ?, 'restock', 1)"));
    // Open orders hold their stock in the warehouse, where the shelves above reserved it.
    auto reservation = w.prepare(QStringLiteral(
        "INSERT INTO order_reservations (order_line_id, variant_id, location_id, quantity) VALUES (?, ?, 1, ?)"));
    auto parcel = w.prepare(QStringLiteral(
        "INSERT INTO shipments (order_id, carrier, service, tracking_number, weight_g, cost_minor, currency, "
        "shipped_at, created_at, state, last_event_at, delivered_at, damaged_at, handled_at, handled_note) "
        "VALUES (?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto tracking = w.prepare(QStringLiteral(
        "INSERT INTO tracking_events (shipment_id, state, happened_at, location, description, code, source, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, 'carrier', ?)"));
    auto line
        = w.prepare(QStringLiteral("INSERT INTO order_lines (order_id, variant_id, sku, title, quantity, "
                                   "unit_price_minor, vat_rate_bp, total_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    auto sale
        = w.prepare(QStringLiteral("INSERT INTO stock_movements (variant_id, location_id, quantity, reason, "
                                   "note, reference, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, 'demo', ?)"));
    auto outPeriod
        = w.prepare(QStringLiteral("INSERT INTO stock_outs (variant_id, started_at, ended_at) VALUES (?, ?, ?)"));
    auto purchase = w.prepare(QStringLiteral(
        "INSERT INTO purchase_orders (id, number, supplier_id, location_id, status, currency, expected_at, created_at, "
        "sent_at, closed_at, updated_at) VALUES (?, ?, ?, 1, ?, 'EUR', ?, ?, ?, ?, ?)"));
    auto purchaseLine = w.prepare(QStringLiteral(
        "INSERT INTO purchase_order_lines (purchase_order_id, variant_id, sku, title, supplier_sku, quantity, "
        "received, unit_cost_minor) SELECT ?, id, sku, title, supplier_sku, ?, ?, ? FROM variants WHERE id = ?"));
    const QString deliveryNote = QCoreApplication::translate("DemoShop", "Supplier delivery");
    const QString returnNote = QCoreApplication::translate("DemoShop", "Returned in good condition");
    const qint64 end = start + 731 * 86400;
    qint64 purchaseId = 0;
    // Deliveries of the last weeks came with a purchase order: one per supplier and day.
    QHash<QPair<int, qint64>, qint64> receivedOrders;
    const auto newPurchase
        = [&](int supplierIndex, const QString& status, qint64 expected, qint64 sentAt, qint64 closedAt) {
              ++purchaseId;
              purchase.bindValue(0, purchaseId);
              purchase.bindValue(1, QStringLiteral("PO-%1").arg(purchaseId, 6, 10, QLatin1Char('0')));
              purchase.bindValue(2, supplierIndex + 1);
              purchase.bindValue(3, status);
              purchase.bindValue(4, expected);
              purchase.bindValue(5, sentAt);
              purchase.bindValue(6, sentAt);
              purchase.bindValue(7, closedAt ? QVariant(closedAt) : QVariant(QMetaType::fromType<qint64>()));
              purchase.bindValue(8, closedAt ? closedAt : sentAt);
              w.exec(purchase);
              return purchaseId;
          };
    const auto addPurchaseLine = [&](qint64 orderIndex, qint64 variant, qint64 quantity, qint64 received) {
        purchaseLine.bindValue(0, orderIndex);
        purchaseLine.bindValue(1, quantity);
        purchaseLine.bindValue(2, received);
        purchaseLine.bindValue(3, shelves.variants[std::size_t(variant)].cost);
        purchaseLine.bindValue(4, variant);
        w.exec(purchaseLine);
    };
    shelves.write = [&](qint64 variant, int location, qint64 quantity, const QString& reason, const QString& reference,
                        qint64 at) {
        sale.bindValue(0, variant);
        sale.bindValue(1, location);
        sale.bindValue(2, quantity);
        sale.bindValue(3, reason);
        sale.bindValue(4,
            reason == QLatin1String("receipt")      ? deliveryNote
                : reason == QLatin1String("return") ? returnNote
                                                    : QStringLiteral(""));
        sale.bindValue(5, text(reference));
        sale.bindValue(6, at);
        w.exec(sale);
    };
    shelves.stockOut = [&](qint64 variant, qint64 from, qint64 to) {
        outPeriod.bindValue(0, variant);
        outPeriod.bindValue(1, from);
        outPeriod.bindValue(2, to ? QVariant(to) : QVariant(QMetaType::fromType<qint64>()));
        w.exec(outPeriod);
    };
    shelves.receiptReference = [&](qint64 variant, qint64 quantity, qint64 at) -> QString {
        if (at < end - 45 * 86400)
            return {};
        const int supplierIndex = shelves.variants[std::size_t(variant)].supplier;
        const qint64 day = at / 86400;
        qint64& id = receivedOrders[{supplierIndex, day}];
        if (id == 0) {
            const qint64 sent = at - qint64(shelves.leadDays[std::size_t(supplierIndex)]) * 86400;
            id = newPurchase(supplierIndex, QStringLiteral("received"), day * 86400 + 43200, sent, at);
        }
        addPurchaseLine(id, variant, quantity, quantity);
        return QStringLiteral("PO-%1").arg(id, 6, 10, QLatin1Char('0'));
    };

    // Each shipped order's parcel. Those that left in the last 90 days carry their tracking timeline:
    // most are delivered two days later, a few percent were damaged on the way; of those still
    // travelling, some wait at a relay point or missed the customer, go quiet, are lost, or come back
    // to the shop. Older parcels are simply delivered (or, for the odd order never confirmed, still
    // "in transit"), without events, to keep the big shop's file reasonable.
    const auto writeParcel = [&](qint64 orderId, qint64 placed, const QString& status, const CustomerSpec& who) {
        DemoRandom r = DemoRandom::forItem(seed, kParcelStream, std::uint64_t(orderId));
        const qint64 shippedAt = placed + 86400;
        const DemoParcel p = parcelFor(r, orderId, who.country);
        const bool delivered = status != QLatin1String("shipped");
        const qint64 deliveredAt = placed + 3 * 86400; // as the order says
        const bool recent = end - shippedAt <= 90 * 86400;
        struct Step
        {
            const char* state;
            qint64 at;
            const char* code;
            const char* what;
            bool atCustomer;
        };
        QList<Step> steps;
        if (recent) {
            steps.append({"label_created", shippedAt - 2 * 3600, "DR1", "Votre colis est annoncé", false});
            steps.append({"in_transit", shippedAt + 4 * 3600, "PC1", "Votre colis est pris en charge", false});
            steps.append(
                {"in_transit", shippedAt + 20 * 3600, "ET1", "Votre colis est en cours d'acheminement", false});
            if (delivered) {
                if (r.chance(2))
                    steps.append({"damaged", shippedAt + 26 * 3600, "PB1", "Votre colis a été endommagé", false});
                steps.append(
                    {"out_for_delivery", deliveredAt - 5 * 3600, "MD2", "Votre colis est en cours de livraison", true});
                steps.append({"delivered", deliveredAt, "DI1", "Votre colis est livré", true});
            } else {
                const auto fate = r.below(100);
                if (fate < 70) {
                    steps.append({"out_for_delivery", shippedAt + 2 * 86400 - 5 * 3600, "MD2",
                        "Votre colis est en cours de livraison", true});
                } else if (fate < 76) {
                    steps.append({"awaiting_pickup", shippedAt + 2 * 86400, "AG1",
                        "Votre colis est disponible dans votre point de retrait", true});
                } else if (fate < 82) {
                    steps.append({"delivery_failed", shippedAt + 2 * 86400, "ND1",
                        "Votre colis n'a pas pu être livré : destinataire absent", true});
                } else if (fate < 90) {
                    steps.resize(2); // taken over, then nothing more: possibly lost
                } else if (fate < 94) {
                    steps.append(
                        {"exception", shippedAt + 2 * 86400, "PB1", "Votre colis rencontre un problème", false});
                    steps.append({"lost", shippedAt + 9 * 86400, "", "Votre colis est déclaré perdu", false});
                } else {
                    steps.append({"delivery_failed", shippedAt + 2 * 86400, "ND1", "Adresse incomplète", true});
                    steps.append(
                        {"returned", shippedAt + 6 * 86400, "RE1", "Votre colis est retourné à l'expéditeur", false});
                }
            }
        }
        // Only what happened by the end of the demo.
        while (!steps.isEmpty() && steps.last().at > end)
            steps.removeLast();
        qint64 damagedAt = 0;
        for (const Step& step : std::as_const(steps))
            if (qstrcmp(step.state, "damaged") == 0)
                damagedAt = step.at;
        const char* state = !steps.isEmpty() ? steps.last().state : delivered ? "delivered" : "in_transit";
        const int weight = 250 + int(r.below(1750));
        parcel.bindValue(0, orderId);
        parcel.bindValue(1, QLatin1String(p.carrier));
        parcel.bindValue(2, QLatin1String(p.service));
        parcel.bindValue(3, p.number);
        parcel.bindValue(4, weight);
        parcel.bindValue(5, 495 + weight / 250 * 60);
        parcel.bindValue(6, shippedAt);
        parcel.bindValue(7, shippedAt);
        parcel.bindValue(8, QLatin1String(state));
        parcel.bindValue(9, steps.isEmpty() ? QVariant() : QVariant(steps.last().at));
        parcel.bindValue(10, qstrcmp(state, "delivered") == 0 ? QVariant(deliveredAt) : QVariant());
        parcel.bindValue(11, damagedAt ? QVariant(damagedAt) : QVariant());
        // The merchant dealt with the problems of parcels that left more than two weeks ago.
        const bool troubled = damagedAt != 0
            || (!delivered && qstrcmp(state, "out_for_delivery") != 0 && qstrcmp(state, "in_transit") != 0)
            || (!delivered && steps.size() == 2);
        const bool handled = recent && troubled && end - shippedAt > 14 * 86400;
        parcel.bindValue(12, handled ? QVariant(shippedAt + 10 * 86400) : QVariant());
        parcel.bindValue(
            13, handled ? QStringLiteral("Client contacté, colis renvoyé ou remboursé") : QStringLiteral(""));
        w.exec(parcel);
        if (steps.isEmpty())
            return;
        const QVariant shipmentId = parcel.lastInsertId();
        for (const Step& step : std::as_const(steps)) {
            tracking.bindValue(0, shipmentId);
            tracking.bindValue(1, QLatin1String(step.state));
            tracking.bindValue(2, step.at);
            tracking.bindValue(3, step.atCustomer ? who.city : QStringLiteral("Plateforme colis"));
            tracking.bindValue(4, QString::fromUtf8(step.what));
            tracking.bindValue(5, QLatin1String(step.code));
            tracking.bindValue(6, step.at);
            w.exec(tracking);
        }
        ++summary.parcels;
    };

    qint64 orderId = 0;
    qint64 carried = 0; // fixed-point remainder so the days add up to exactly orderCount
    for (int d = 0; d <= 730 && orderId < orderCount; ++d) {
        carried += dayWeight[std::size_t(d)] * orderCount;
        qint64 today = carried / weightSum;
        carried %= weightSum;
        if (d == 730)
            today = orderCount - orderId;
        const qint64 dayStart = start + qint64(d) * 86400;
        const qint64 ageDays = 730 - d;
        for (qint64 k = 0; k < today && orderId < orderCount; ++k) {
            ++orderId;
            DemoRandom r = DemoRandom::forItem(seed, kOrderStream, std::uint64_t(orderId));
            // Orders come in between 7:00 and 23:00, in time order within the day.
            const qint64 placed
                = dayStart + 7 * 3600 + (k * 16 * 3600) / std::max<qint64>(1, today) + qint64(r.below(60));
            const auto channelRoll = r.below(100);
            const QString channel = channelRoll < 80 ? QStringLiteral("website")
                : channelRoll < 92                   ? QStringLiteral("counter")
                : channelRoll < 98                   ? QStringLiteral("marketplace")
                                                     : QStringLiteral("phone");
            const bool counterSale = channel == QLatin1String("counter");
            const QString status = statusFor(r, ageDays, counterSale, orderCount - orderId < kBacklogOrders);
            // Returning customers: a skewed pick makes some customers order often.
            const auto u = r.millionths();
            const qint64 customerIndex = qint64((u * u / 1000000) * std::uint64_t(customerCount) / 1000000);
            const CustomerSpec who = customerSpec(seed, customerIndex);

            const int lineCount = 1 + (r.chance(40) ? 1 : 0) + (r.chance(15) ? 1 : 0) + (r.chance(5) ? 1 : 0);
            struct Line
            {
                qint64 variantId;
                QString sku, title;
                int quantity, unitPrice, vat;
            };
            Line lines[4];
            qint64 lineIds[4] = {};
            qint64 subtotal = 0, tax = 0;
            int items = 0;
            int taken = 0;
            const QString number = QStringLiteral("#%1").arg(1000 + orderId);
            // Open orders hold their stock; shipped ones took it; new and cancelled ones leave it.
            const bool reserves = status == QLatin1String("paid") || status == QLatin1String("preparing")
                || status == QLatin1String("packed") || status == QLatin1String("on_hold");
            const bool takesStock = reserves || status == QLatin1String("shipped")
                || status == QLatin1String("delivered") || status == QLatin1String("returned");
            for (int l = 0; l < lineCount; ++l) {
                // Popular products sell more: a skewed pick over the catalog.
                const auto pu = r.millionths();
                const qint64 p = qint64((pu * pu / 1000000) * std::uint64_t(productCount) / 1000000);
                ProductSpec spec = productSpec(seed, p, supplierCount);
                int vi = int(r.below(spec.variants.size()));
                int quantity = r.chance(85) ? 1 : (r.chance(80) ? 2 : 3);
                // Out of stock: the customer buys a smaller quantity or something else.
                qint64 chosen = p;
                for (int attempt = 0; attempt < 40; ++attempt) {
                    const qint64 id = firstVariant[std::size_t(chosen)] + vi;
                    shelves.arrive(id, placed);
                    const qint64 available = shelves.available(id, counterSale);
                    if (available > 0) {
                        quantity = int(std::min<qint64>(quantity, available));
                        break;
                    }
                    chosen = (chosen + 1 + qint64(r.below(97))) % productCount;
                    spec = productSpec(seed, chosen, supplierCount);
                    vi = int(r.below(spec.variants.size()));
                    if (attempt == 39)
                        quantity = 0;
                }
                if (quantity == 0)
                    continue;
                const auto& v = spec.variants[std::size_t(vi)];
                const int vat = kProductTypes[spec.type].vatBasisPoints;
                const qint64 total = qint64(v.priceCents) * quantity;
                subtotal += total;
                tax += roundedDivision(total * vat, 10000 + vat, Rounding::HalfUp);
                items += quantity;
                lines[taken++] = {firstVariant[std::size_t(chosen)] + vi, v.sku, v.title, quantity, v.priceCents, vat};
                if (takesStock)
                    shelves.take(
                        firstVariant[std::size_t(chosen)] + vi, quantity, placed, counterSale, reserves, number, r);
            }
            if (taken == 0) {
                --orderId; // nothing in stock to sell: this customer does not order after all
                continue;
            }
            if (status == QLatin1String("returned")) {
                for (int l = 0; l < taken; ++l) {
                    auto& shelf = shelves.variants[std::size_t(lines[l].variantId)];
                    const qint64 back = placed + 7 * 86400;
                    shelves.write(lines[l].variantId, 1, lines[l].quantity, QStringLiteral("return"), number, back);
                    shelf.warehouse += lines[l].quantity;
                    if (shelf.emptySince != 0) {
                        shelves.stockOut(lines[l].variantId, shelf.emptySince, back);
                        shelf.emptySince = 0;
                    }
                }
            }
            const qint64 shipping
                = counterSale ? 0 : (subtotal >= 6000 ? 0 : (who.country == QLatin1String("FR") ? 490 : 990));
            tax += roundedDivision(shipping * 2000, 12000, Rounding::HalfUp);
            const bool paid = status != QLatin1String("new") && status != QLatin1String("cancelled");
            const bool shipped = status == QLatin1String("shipped") || status == QLatin1String("delivered")
                || status == QLatin1String("returned");
            order.bindValue(0, orderId);
            order.bindValue(1, number);
            order.bindValue(2, channel);
            order.bindValue(3, status);
            order.bindValue(4, customerIndex + 1);
            const QString fullName = who.first + QLatin1Char(' ') + who.last;
            order.bindValue(5, fullName);
            order.bindValue(6, who.email);
            order.bindValue(7, fullName);
            order.bindValue(8, who.address1);
            order.bindValue(9, who.postcode);
            order.bindValue(10, who.city);
            order.bindValue(11, who.country);
            order.bindValue(12, items);
            order.bindValue(13, subtotal);
            order.bindValue(14, shipping);
            order.bindValue(15, tax);
            order.bindValue(16, subtotal + shipping);
            order.bindValue(17, placed);
            order.bindValue(18, paid ? QVariant(placed + 60) : QVariant());
            order.bindValue(19, shipped ? QVariant(counterSale ? placed : placed + 86400) : QVariant());
            order.bindValue(20, placed);
            order.bindValue(21, status == QLatin1String("on_hold") ? QVariant(QStringLiteral("paid")) : QVariant());
            const bool packed = shipped || status == QLatin1String("packed");
            order.bindValue(22, packed ? QVariant(counterSale ? placed : placed + 7200) : QVariant());
            const bool delivered = status == QLatin1String("delivered") || status == QLatin1String("returned");
            order.bindValue(23, delivered ? QVariant(counterSale ? placed : placed + 3 * 86400) : QVariant());
            order.bindValue(24,
                status == QLatin1String("cancelled") ? QVariant(placed + 3600 + qint64(r.below(86400))) : QVariant());
            w.exec(order);
            for (int l = 0; l < taken; ++l) {
                line.bindValue(0, orderId);
                line.bindValue(1, lines[l].variantId);
                line.bindValue(2, lines[l].sku);
                line.bindValue(3, lines[l].title);
                line.bindValue(4, lines[l].quantity);
                line.bindValue(5, lines[l].unitPrice);
                line.bindValue(6, lines[l].vat);
                line.bindValue(7, qint64(lines[l].unitPrice) * lines[l].quantity);
                w.exec(line);
                if (reserves) {
                    reservation.bindValue(0, line.lastInsertId());
                    reservation.bindValue(1, lines[l].variantId);
                    reservation.bindValue(2, lines[l].quantity);
                    w.exec(reservation);
                }
                lineIds[l] = line.lastInsertId().toLongLong();
            }
            // A returned order came back whole a week later, was restocked and refunded.
            if (status == QLatin1String("returned")) {
                const qint64 back = placed + 7 * 86400;
                returned.bindValue(0, QStringLiteral("R-%1").arg(orderId));
                returned.bindValue(1, orderId);
                returned.bindValue(2, subtotal + shipping);
                returned.bindValue(3, placed + 4 * 86400);
                for (int column = 4; column < 7; ++column)
                    returned.bindValue(column, back);
                w.exec(returned);
                const QVariant returnId = returned.lastInsertId();
                static const char* const reasons[]
                    = {"too_small", "too_large", "not_as_described", "changed_mind", "damaged", "wrong_item"};
                for (int l = 0; l < taken; ++l) {
                    returnedLine.bindValue(0, returnId);
                    returnedLine.bindValue(1, lineIds[l]);
                    returnedLine.bindValue(2, lines[l].quantity);
                    returnedLine.bindValue(3, QString::fromLatin1(reasons[r.below(6)]));
                    w.exec(returnedLine);
                }
            }
            if (shipped && !counterSale)
                writeParcel(orderId, placed, status, who);
            summary.orderLines += taken;
            if (!w.tick(productCount + customerCount + orderId, totalWork,
                    QCoreApplication::translate("DemoShop", "Writing orders")))
                return w.error();
        }
    }
    summary.orders = orderId;

    // Deliveries due by the end arrive; the others are on open purchase orders, one per supplier
    // and expected week. Then the stock levels, the variants' totals and the stock-outs still open.
    QHash<QPair<int, qint64>, qint64> openOrders;
    auto level = w.prepare(
        QStringLiteral("INSERT INTO stock_levels (variant_id, location_id, on_hand, reserved) VALUES (?, ?, ?, ?)"));
    auto totals = w.prepare(QStringLiteral("UPDATE variants SET on_hand = ?, reserved = ? WHERE id = ?"));
    for (qint64 id = 1; id < qint64(shelves.variants.size()); ++id) {
        shelves.arrive(id, end);
        Shelves::Variant& shelf = shelves.variants[std::size_t(id)];
        if (shelf.restockAt != 0) {
            const qint64 week = shelf.restockAt / (7 * 86400);
            qint64& po = openOrders[{shelf.supplier, week}];
            if (po == 0)
                po = newPurchase(shelf.supplier, QStringLiteral("sent"), week * 7 * 86400 + 3 * 86400,
                    shelf.restockAt - qint64(shelves.leadDays[std::size_t(shelf.supplier)]) * 86400, 0);
            addPurchaseLine(po, id, shelf.restockQuantity, 0);
        }
        if (shelf.emptySince != 0)
            shelves.stockOut(id, shelf.emptySince, 0);
        for (int loc = 1; loc <= 2; ++loc) {
            const qint32 onHand = loc == 1 ? shelf.warehouse : shelf.counter;
            if (loc == 2 && !shelf.counterShelf)
                continue;
            level.bindValue(0, id);
            level.bindValue(1, loc);
            level.bindValue(2, onHand);
            level.bindValue(3, loc == 1 ? shelf.reserved : 0);
            w.exec(level);
        }
        totals.bindValue(0, shelf.warehouse + shelf.counter);
        totals.bindValue(1, shelf.reserved);
        totals.bindValue(2, id);
        w.exec(totals);
        if (!w.tick(productCount + customerCount + orderId, totalWork,
                QCoreApplication::translate("DemoShop", "Writing stock")))
            return w.error();
    }
    if (!w.commit())
        return w.error();
    return summary;
}

struct SchemaObject
{
    QString type, sql;
};

} // namespace

Result<DemoShop::Summary> DemoShop::generate(const DatabasePtr& database, const Options& options, JobControl& control)
{
    const QSqlDatabase db = database->connection();
    // Bulk loading is several times faster without the secondary indexes and triggers: set them aside
    // (as the schema wrote them), load, then build each index once in sorted order and the search
    // index in one pass. Whatever happens, they are put back.
    QList<SchemaObject> objects;
    QStringList drops;
    {
        auto query = run(db,
            QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') "
                           "AND sql IS NOT NULL ORDER BY type DESC"));
        if (!query)
            return query.error();
        while (query->next()) {
            objects.append({query->value(0).toString(), query->value(2).toString()});
            drops << QStringLiteral("DROP %1 %2").arg(query->value(0).toString(), query->value(1).toString());
        }
    }
    {
        Transaction transaction(db);
        for (const QString& drop : std::as_const(drops)) {
            if (auto dropped = execute(db, drop); !dropped)
                return dropped.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    // The demo is written into a file of its own that is thrown away on failure (createFile), so
    // the bulk load need not wait for the disk after every batch.
    execute(db, QStringLiteral("PRAGMA synchronous = OFF")).ok();
    auto summary = generateRows(database, options, control);

    control.progress(0, 0, QCoreApplication::translate("DemoShop", "Building indexes"));
    Transaction transaction(db);
    for (const SchemaObject& object : std::as_const(objects)) {
        if (auto created = execute(db, object.sql); !created && summary)
            summary = created.error();
    }
    if (auto rebuilt = execute(db, QStringLiteral("INSERT INTO variants_fts(variants_fts) VALUES ('rebuild')"));
        !rebuilt && summary)
        summary = rebuilt.error();
    if (auto committed = transaction.commit(); !committed && summary)
        summary = committed.error();
    // The conversations with customers, once the search index of messages is back.
    if (summary) {
        control.progress(0, 0, QCoreApplication::translate("DemoShop", "Writing customer messages"));
        const QDate until = options.until.isValid() ? options.until : QDate::currentDate();
        if (auto messages = writeDemoMessages(db, options.seed, until); !messages)
            summary = messages.error();
        else
            summary->threads = messages->threads;
    }
    // The reviews, written some days after the deliveries (and the troubles) they speak of.
    if (summary) {
        control.progress(0, 0, QCoreApplication::translate("DemoShop", "Writing reviews"));
        const QDate until = options.until.isValid() ? options.until : QDate::currentDate();
        if (auto reviews = writeDemoReviews(db, options.seed, until); !reviews)
            summary = reviews.error();
        else
            summary->reviews = reviews->reviews;
    }
    execute(db, QStringLiteral("PRAGMA synchronous = NORMAL")).ok();
    if (summary) {
        execute(db, QStringLiteral("ANALYZE")).ok();
        control.progress(1, 1, QCoreApplication::translate("DemoShop", "Done"));
    }
    return summary;
}

Result<DemoShop::Summary> DemoShop::createFile(const QString& path, const Options& options, JobControl& control)
{
    if (QFileInfo::exists(path))
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "DemoShop", "A file already exists here; the demo shop is only written to a new file."),
            QDir::toNativeSeparators(path));
    const QString partial = path + QStringLiteral(".partial");
    const auto removePartial = [&] {
        for (const auto* suffix : {"", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial();
    Result<Summary> summary = Error();
    {
        Database::Options openOptions;
        openOptions.dailyBackup = false;
        auto database = Database::open(partial, openOptions);
        if (!database)
            return database.error();
        summary = generate(*database, options, control);
        (*database)->close();
    }
    if (!summary) {
        removePartial();
        return summary;
    }
    if (!QFile::rename(partial, path)) {
        removePartial();
        return Error(Error::Code::Io,
            QCoreApplication::translate("DemoShop", "The demo shop could not be moved into place."),
            QDir::toNativeSeparators(path));
    }
    return summary;
}

} // namespace comptoir::demo
