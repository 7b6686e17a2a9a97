#include "documents/PurchaseOrderDocument.h"
#include "purchasing/PurchaseOrders.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QFile>
#include <QTest>

using namespace comptoir;
using namespace comptoir::purchasing;

// The purchase order the supplier receives: every line with the supplier's reference, the total,
// the delivery address, as a PDF written whole.
class TestPurchaseOrderDocument final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    PurchaseOrder m_order;
    Supplier m_supplier;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        const qint64 supplier = build.supplier(QStringLiteral("Atelier <Lin> & Fils"), 10);
        const qint64 shirt = build.variant(QStringLiteral("CHEM-M"), supplier, 1250);
        const qint64 mug = build.variant(QStringLiteral("MUG"), supplier, 499);
        PurchaseOrders orders(m_database);
        const qint64 id
            = orders.create(supplier, 1, {{shirt, 12, {}}, {mug, 3, {}}}, QStringLiteral("Livrer le matin")).value();
        m_order = orders.load(id).value();
        m_supplier = SupplierBook(m_database).load(supplier).value();
    }

    void htmlHasEveryLine()
    {
        settings::ShopIdentity shop;
        shop.name = QStringLiteral("Comptoir de Camille");
        shop.vatNumber = QStringLiteral("FR40303265045");
        const QString html = documents::PurchaseOrderDocument(m_order, m_supplier, shop).html();
        QVERIFY(html.contains(QStringLiteral("Purchase order PO-000001")));
        QVERIFY(html.contains(QStringLiteral("Atelier &lt;Lin&gt; &amp; Fils"))); // escaped, never markup
        QVERIFY(html.contains(QStringLiteral("F-CHEM-M")));
        QVERIFY(html.contains(QStringLiteral("F-MUG")));
        QVERIFY(html.contains(Money(15000, Currency::euro()).format(QLocale())));
        QVERIFY(html.contains(Money(16497, Currency::euro()).format(QLocale()))); // 12 × 12.50 + 3 × 4.99
        QVERIFY(html.contains(QStringLiteral("Livrer le matin")));
        QVERIFY(html.contains(QStringLiteral("FR40303265045")));
        QVERIFY(html.contains(QStringLiteral("Entrepôt")));
    }

    void writesAPdf()
    {
        const QString path = m_shop.folder() + QStringLiteral("/PO-000001.pdf");
        settings::ShopIdentity shop;
        shop.name = QStringLiteral("Comptoir de Camille");
        shop.address1 = QStringLiteral("12 rue des Halles");
        shop.postcode = QStringLiteral("35000");
        shop.city = QStringLiteral("Rennes");
        shop.vatNumber = QStringLiteral("FR40303265045");
        QVERIFY(documents::PurchaseOrderDocument(m_order, m_supplier, shop).writePdf(path).ok());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Type /Page"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // To look at it: COMPTOIR_KEEP_DOCUMENTS=/some/folder, then pdftoppm -png.
        if (const QString keep = qEnvironmentVariable("COMPTOIR_KEEP_DOCUMENTS"); !keep.isEmpty())
            QFile::copy(path, keep + QStringLiteral("/PO-000001.pdf"));

        // A folder that does not exist: a clear error, no file.
        auto refused = documents::PurchaseOrderDocument(m_order, m_supplier, {})
                           .writePdf(m_shop.folder() + QStringLiteral("/missing/PO.pdf"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Io);
    }
};

QTEST_MAIN(TestPurchaseOrderDocument)
#include "TestPurchaseOrderDocument.moc"
