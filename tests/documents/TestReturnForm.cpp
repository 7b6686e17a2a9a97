#include "documents/DocumentSettings.h"
#include "documents/Letterhead.h"
#include "documents/PageFormat.h"
#include "documents/ReturnForm.h"
#include "documents/ReturnFormDocument.h"
#include "orders/OrderBook.h"
#include "orders/Returns.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "support/DocumentChecks.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QTest>

using namespace comptoir;
using namespace comptoir::documents;
using namespace documentchecks;
using orders::Order;
using orders::OrderLine;
using orders::Return;
using orders::ReturnLine;
using orders::ReturnReason;

Q_DECLARE_METATYPE(comptoir::documents::PageFormat)

// Return forms: the return number as a barcode that scans back to it, the order, the customer and
// every line with its reason, the refund once received, the condition box and the instructions;
// nothing outside the page on A4, Letter or a 4×6 label; long returns over several pages; batches
// of returns as one PDF or one print job.
class TestReturnForm final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    Letterhead m_letterhead;
    QList<qint64> m_variants;
    qint64 m_received = 0; // R-1001: two lines, received with a refund, a note
    qint64 m_long = 0; // R-1002: 30 lines, a long address abroad, still expected
    qint64 m_plain = 0; // R-1003: one line, still expected

    ReturnForm form(qint64 returnId, PageFormat format) const
    {
        Return r = orders::Returns(m_database).load(returnId).value();
        Order order = orders::OrderBook(m_database).load(r.orderId).value();
        return ReturnForm(std::move(r), std::move(order), m_letterhead, format);
    }

    // Places and ships an order, then opens a return of `quantities` of its first lines.
    qint64 returnOf(Order order, const QList<qint64>& quantities, ReturnReason reason, const QString& note = {})
    {
        orders::OrderBook book(m_database);
        auto id = book.create(order);
        if (!id || !book.ship(*id).ok()) {
            qWarning("%s", qPrintable(id ? QStringLiteral("not shipped") : id.error().toString()));
            return 0;
        }
        const Order placed = book.load(*id).value();
        QList<ReturnLine> lines;
        for (int i = 0; i < quantities.size(); ++i) {
            ReturnLine line;
            line.orderLineId = placed.lines.at(i).id;
            line.quantity = quantities.at(i);
            line.reason = i == 1 ? ReturnReason::Damaged : reason;
            lines << line;
        }
        auto opened = orders::Returns(m_database).open(*id, lines, note);
        if (!opened)
            qWarning("%s", qPrintable(opened.error().toString()));
        return opened ? *opened : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        settings::ShopIdentity shop;
        shop.name = QStringLiteral("Comptoir de Camille");
        shop.address1 = QStringLiteral("12 rue des Halles");
        shop.postcode = QStringLiteral("35000");
        shop.city = QStringLiteral("Rennes");
        shop.country = QStringLiteral("FR");
        shop.email = QStringLiteral("bonjour@comptoir-de-camille.fr");
        shop.phone = QStringLiteral("02 99 00 00 00");
        shop.logoPng = logoPng();
        QVERIFY(settings::ShopSettings(m_database).setIdentity(shop).ok());
        m_letterhead = Letterhead::read(m_database).value();

        ShopBuilder build(m_database, m_clock);
        inventory::StockLedger ledger(m_database);
        for (int i = 1; i <= 30; ++i) {
            const qint64 id = build.variant(QStringLiteral("PULL-%1-M-BLEU").arg(i, 3, 10, QLatin1Char('0')), 0, 1990);
            QVERIFY(id);
            QVERIFY(
                storage::execute(m_database->connection(), QStringLiteral("UPDATE variants SET title = ? WHERE id = ?"),
                    {QStringLiteral("Pull marin en laine mérinos n° %1 – M / Bleu").arg(i), id}));
            QVERIFY(ledger.record(id, 1, 10, inventory::MovementReason::Receipt, {}).ok());
            m_variants << id;
        }

        Order gift;
        gift.status = orders::OrderStatus::Paid;
        gift.number = QStringLiteral("#2001");
        gift.customerName = QStringLiteral("Léa Martin");
        gift.email = QStringLiteral("lea@example.fr");
        gift.shipTo = {QStringLiteral("Léa Martin"), {}, QStringLiteral("3 rue des Lilas"), QStringLiteral("Bât. B"),
            QStringLiteral("69003"), QStringLiteral("Lyon"), QStringLiteral("FR"), QStringLiteral("06 12 34 56 78")};
        for (int i = 0; i < 2; ++i) {
            OrderLine line;
            line.variantId = m_variants.at(i);
            line.quantity = 2;
            line.unitPrice = Money(5990, Currency::euro());
            gift.lines << line;
        }
        m_received = returnOf(gift, {2, 1}, ReturnReason::TooSmall, QStringLiteral("Exchange for a size L wanted"));
        QVERIFY(m_received);
        QVERIFY(orders::Returns(m_database).receive(m_received, {}, Money(17970, Currency::euro())).ok());

        Order big;
        big.status = orders::OrderStatus::Paid;
        big.number = QStringLiteral("#2002");
        big.customerName = QStringLiteral("Marie-Christine de La Tour d'Auvergne-Lauragais");
        big.shipTo = {big.customerName, QStringLiteral("Atelier des Tissages Réunis du Haut-Vivarais et des Cévennes"),
            QStringLiteral("Résidence Les Jardins de la Cathédrale, escalier C, 4e étage, porte gauche"),
            QStringLiteral("142 boulevard du Souverain prolongé (entrée par la rue de la Chapelle-aux-Champs)"),
            QStringLiteral("1160"), QStringLiteral("Auderghem-Oudergem"), QStringLiteral("BE"), {}};
        QList<qint64> all;
        for (int i = 0; i < 30; ++i) {
            OrderLine line;
            line.variantId = m_variants.at(i);
            line.quantity = 1 + i % 3;
            line.unitPrice = Money(5990, Currency::euro());
            big.lines << line;
            all << line.quantity;
        }
        m_long = returnOf(big, all, ReturnReason::ChangedMind);
        QVERIFY(m_long);

        Order plain;
        plain.status = orders::OrderStatus::Paid;
        plain.number = QStringLiteral("#2003");
        plain.customerName = QStringLiteral("Hugo Petit");
        plain.shipTo = {plain.customerName, {}, QStringLiteral("1 place du Marché"), {}, QStringLiteral("44000"),
            QStringLiteral("Nantes"), QStringLiteral("FR"), {}};
        OrderLine one;
        one.variantId = m_variants.at(4);
        one.quantity = 1;
        one.unitPrice = Money(5990, Currency::euro());
        plain.lines << one;
        m_plain = returnOf(plain, {1}, ReturnReason::WrongItem);
        QVERIFY(m_plain);
    }

    void barcodeScansToTheReturnNumber_data()
    {
        QTest::addColumn<PageFormat>("format");
        QTest::addColumn<int>("dpi");
        QTest::newRow("A4") << PageFormat::A4 << 200;
        QTest::newRow("Letter") << PageFormat::Letter << 150;
        QTest::newRow("4x6, thermal printer") << PageFormat::Label4x6 << 203;
        QTest::newRow("4x6, 300 dpi") << PageFormat::Label4x6 << 300;
    }

    void barcodeScansToTheReturnNumber()
    {
        QFETCH(PageFormat, format);
        QFETCH(int, dpi);
        const Rendered rendered = render(form(m_received, format), format, dpi);
        QCOMPARE(rendered.pages.size(), 1);
        QCOMPARE(readBarcode(rendered.images.first()), QStringLiteral("R-1001"));
        QVERIFY(rendered.text().contains(QStringLiteral("R-1001")));
    }

    void formSaysEverything()
    {
        const QString text = render(form(m_received, PageFormat::A4), PageFormat::A4).text();
        for (const char* expected : {"Comptoir de Camille", "12 rue des Halles", "35000 Rennes", "Return form",
                 "R-1001", "Order #2001", "Opened: ", "CUSTOMER", "Léa Martin", "3 rue des Lilas", "Bât. B",
                 "69003 Lyon", "lea@example.fr", "SKU", "Product", "Qty", "Reason", "PULL-001-M-BLEU",
                 "Pull marin en laine mérinos n° 1 – M / Bleu", "PULL-002-M-BLEU", "Items: 3", "Received: ", "Note",
                 "Exchange for a size L wanted", "Condition on receipt / Notes", "Return instructions",
                 "within 14 days", "bonjour@comptoir-de-camille.fr", "Return R-1001 · order #2001"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(text.contains(orders::returnReasonLabel(ReturnReason::TooSmall)));
        QVERIFY(text.contains(orders::returnReasonLabel(ReturnReason::Damaged)));
        QVERIFY(text.contains(QStringLiteral("Refund: ") + Money(17970, Currency::euro()).format(QLocale())));
        QVERIFY(!text.contains(QStringLiteral("FRANCE"))); // at home, no country line
        QCOMPARE(text.count(QStringLiteral("Léa Martin")), 1); // the ship-to name is the customer's

        // Still expected back: no refund yet; abroad, the country.
        const QString expected = render(form(m_long, PageFormat::A4), PageFormat::A4).text();
        QVERIFY(!expected.contains(QStringLiteral("Refund")));
        QVERIFY(!expected.contains(QStringLiteral("Received: ")));
        QVERIFY(expected.contains(QStringLiteral("BELGIUM")));

        // The shop's own return instructions replace the default ones.
        const QString key = QString::fromLatin1(DocumentSettings::kReturnInstructionsKey);
        QVERIFY(settings::ShopSettings(m_database)
                    .setValue(key, QStringLiteral("Glissez ce formulaire dans le colis et envoyez-le à l'atelier."))
                    .ok());
        const Letterhead own = Letterhead::read(m_database).value();
        QVERIFY(settings::ShopSettings(m_database).setValue(key, QString()).ok());
        Return r = orders::Returns(m_database).load(m_plain).value();
        Order order = orders::OrderBook(m_database).load(r.orderId).value();
        const QString withOwn = render(ReturnForm(r, order, own, PageFormat::A4), PageFormat::A4).text();
        QVERIFY(withOwn.contains(QStringLiteral("Glissez ce formulaire dans le colis")));
        QVERIFY(!withOwn.contains(QStringLiteral("within 14 days")));
    }

    void nothingLeavesThePage_data()
    {
        QTest::addColumn<PageFormat>("format");
        QTest::addColumn<int>("which");
        const struct
        {
            const char* name;
            PageFormat format;
        } formats[] = {{"A4", PageFormat::A4}, {"Letter", PageFormat::Letter}, {"4x6", PageFormat::Label4x6}};
        for (const auto& f : formats) {
            QTest::addRow("%s received", f.name) << f.format << 0;
            QTest::addRow("%s 30 lines, long address", f.name) << f.format << 1;
            QTest::addRow("%s one line", f.name) << f.format << 2;
        }
    }

    void nothingLeavesThePage()
    {
        QFETCH(PageFormat, format);
        QFETCH(int, which);
        const Rendered rendered
            = render(form(QList<qint64> {m_received, m_long, m_plain}.at(which), format), format, 150);
        verifyInside(rendered);
        // An ordinary return is one sheet, even a 4×6 label.
        if (which != 1)
            QCOMPARE(rendered.pages.size(), 1);
    }

    // A long return continues on further pages, each with the return number (and its barcode),
    // every line exactly once, the condition box and the instructions at the end.
    void longReturnContinues()
    {
        const Return r = orders::Returns(m_database).load(m_long).value();
        const Rendered rendered = render(form(m_long, PageFormat::Label4x6), PageFormat::Label4x6, 203);
        const int pages = int(rendered.pages.size());
        QVERIFY(pages >= 3);
        for (int p = 0; p < pages; ++p) {
            const QStringList texts = rendered.pages.at(p).texts();
            QVERIFY(
                texts.contains(QStringLiteral("Return R-1002 · order #2002 · page %1 of %2").arg(p + 1).arg(pages)));
            QCOMPARE(readBarcode(rendered.images.at(p)), QStringLiteral("R-1002"));
            if (p > 0) {
                QVERIFY(texts.contains(QStringLiteral("Return R-1002 (continued)")));
            }
        }
        const QString text = rendered.text();
        for (const ReturnLine& line : r.lines)
            QCOMPARE(text.count(line.sku), 1);
        QVERIFY(rendered.pages.last().texts().contains(QStringLiteral("Condition on receipt / Notes")));
        for (const char* part : {"Marie-Christine de La Tour", "Atelier des Tissages Réunis",
                 "escalier C, 4e étage, porte gauche", "1160 Auderghem-Oudergem", "BELGIUM"})
            QVERIFY2(text.contains(QString::fromUtf8(part)), part);
    }

    void batchIsOnePdf()
    {
        const QString path = m_shop.folder() + QStringLiteral("/return-forms-a4.pdf");
        ReturnFormDocument document(m_database);
        QList<qint64> progress;
        JobControl control([&](qint64 done, qint64 total, const QString&) {
            progress << done;
            QCOMPARE(total, 3);
        });
        QVERIFY(document.writePdf({m_received, m_plain, m_received}, path, PageFormat::A4, control).ok());
        QCOMPARE(progress, (QList<qint64> {0, 1, 2, 3}));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QCOMPARE(pdfPages(bytes), 3);
        keep(path);

        const QString labels = m_shop.folder() + QStringLiteral("/return-forms-4x6.pdf");
        QVERIFY(document.writePdf({m_received, m_long, m_plain}, labels, PageFormat::Label4x6).ok());
        QFile labelPdf(labels);
        QVERIFY(labelPdf.open(QIODevice::ReadOnly));
        QVERIFY(pdfPages(labelPdf.readAll()) >= 1 + 3 + 1);
        keep(labels);
    }

    void printsOnAPagedDevice()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(600);
            QVERIFY(ReturnFormDocument(m_database).print({m_plain, m_received}, &writer, PageFormat::Letter).ok());
            QCOMPARE(writer.pageLayout().pageSize().id(), QPageSize::Letter);
        }
        QCOMPARE(pdfPages(buffer.data()), 2);
    }

    void refusesWhatItCannotDo()
    {
        ReturnFormDocument document(m_database);
        const QString path = m_shop.folder() + QStringLiteral("/refused.pdf");
        auto empty = document.writePdf({}, path, PageFormat::A4);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::InvalidInput);
        QVERIFY(!QFile::exists(path));

        auto unknown = document.writePdf({m_plain, 999999}, path, PageFormat::A4);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(path));

        JobControl* control = nullptr;
        JobControl cancelling([&control](qint64 done, qint64, const QString&) {
            if (done == 1)
                control->cancel();
        });
        control = &cancelling;
        auto cancelled = document.writePdf({m_plain, m_received, m_long}, path, PageFormat::A4, cancelling);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReturnForm)
#include "TestReturnForm.moc"
