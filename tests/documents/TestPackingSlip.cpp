#include "documents/Code128.h"
#include "documents/DocumentSettings.h"
#include "documents/Letterhead.h"
#include "documents/PackingSlip.h"
#include "documents/PackingSlipDocument.h"
#include "documents/PageFormat.h"
#include "orders/OrderBook.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "support/DocumentChecks.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace comptoir;
using namespace comptoir::documents;
using orders::Order;
using orders::OrderLine;

Q_DECLARE_METATYPE(comptoir::documents::PageFormat)

using namespace documentchecks;

// Packing slips: the order number as a barcode that scans back to it, every line, the addresses and
// messages, nothing outside the page on A4, Letter or a 4×6 label, long orders over several pages,
// and batches of orders as one PDF or one print job.
class TestPackingSlip final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    Letterhead m_letterhead;
    qint64 m_gift = 0; // two lines, a custom one, prices, gift message, note, billed elsewhere
    qint64 m_long = 0; // 30 lines and a long address abroad
    qint64 m_plain = 0; // one line
    QList<qint64> m_variants;

    Order order(qint64 id) { return orders::OrderBook(m_database).load(id).value(); }

    qint64 place(Order order)
    {
        auto id = orders::OrderBook(m_database).create(order);
        if (!id)
            qWarning("%s", qPrintable(id.error().toString()));
        return id ? *id : 0;
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
        shop.email = QStringLiteral("bonjour@comptoir-de-camille.fr");
        shop.phone = QStringLiteral("02 99 00 00 00");
        shop.logoPng = logoPng();
        QVERIFY(settings::ShopSettings(m_database).setIdentity(shop).ok());
        m_letterhead = Letterhead::read(m_database).value();
        QVERIFY(!m_letterhead.logo.isNull());

        ShopBuilder build(m_database, m_clock);
        for (int i = 1; i <= 30; ++i) {
            const qint64 id = build.variant(QStringLiteral("PULL-%1-M-BLEU").arg(i, 3, 10, QLatin1Char('0')), 0, 1990);
            QVERIFY(id);
            QVERIFY(storage::execute(m_database->connection(),
                QStringLiteral("UPDATE variants SET bin_location = ?, title = ? WHERE id = ?"),
                {QStringLiteral("B-%1-2").arg(i), QStringLiteral("Pull marin en laine mérinos n° %1 – M / Bleu").arg(i),
                    id}));
            m_variants << id;
        }

        Order gift;
        gift.status = orders::OrderStatus::Paid;
        gift.number = QStringLiteral("#1042");
        gift.customerName = QStringLiteral("Léa Martin");
        gift.email = QStringLiteral("lea@example.fr");
        gift.placedAt = QDateTime(QDate(2026, 3, 1), QTime(15, 20), Qt::UTC);
        gift.shipTo = {QStringLiteral("Paul Martin"), {}, QStringLiteral("3 rue des Lilas"), QStringLiteral("Bât. B"),
            QStringLiteral("69003"), QStringLiteral("Lyon"), QStringLiteral("FR"), QStringLiteral("06 12 34 56 78")};
        gift.billTo = {QStringLiteral("Léa Martin"), {}, QStringLiteral("8 avenue Foch"), {}, QStringLiteral("75016"),
            QStringLiteral("Paris"), QStringLiteral("FR"), {}};
        gift.shipping = Money(490, Currency::euro());
        gift.discount = Money(500, Currency::euro());
        gift.shippingMethod = QStringLiteral("Colissimo");
        gift.giftMessage = QStringLiteral("Joyeux anniversaire Paul !\nDe la part de Léa");
        gift.note = QStringLiteral("Merci de ne pas sonner, laisser chez la gardienne.");
        OrderLine pull;
        pull.variantId = m_variants.at(0);
        pull.quantity = 2;
        pull.unitPrice = Money(5990, Currency::euro());
        OrderLine wrap;
        wrap.title = QStringLiteral("Emballage cadeau");
        wrap.sku = QStringLiteral("GIFT");
        wrap.quantity = 1;
        wrap.unitPrice = Money(350, Currency::euro());
        gift.lines << pull << wrap;
        m_gift = place(gift);
        QVERIFY(m_gift);

        Order big;
        big.status = orders::OrderStatus::Paid;
        big.number = QStringLiteral("#1043");
        big.customerName = QStringLiteral("Marie-Christine de La Tour d'Auvergne-Lauragais");
        big.placedAt = QDateTime(QDate(2026, 3, 1), QTime(16, 0), Qt::UTC);
        big.shipTo = {big.customerName, QStringLiteral("Atelier des Tissages Réunis du Haut-Vivarais et des Cévennes"),
            QStringLiteral("Résidence Les Jardins de la Cathédrale, escalier C, 4e étage, porte gauche"),
            QStringLiteral("142 boulevard du Souverain prolongé (entrée par la rue de la Chapelle-aux-Champs)"),
            QStringLiteral("1160"), QStringLiteral("Auderghem-Oudergem"), QStringLiteral("BE"), {}};
        big.shipping = Money(990, Currency::euro());
        for (int i = 0; i < 30; ++i) {
            OrderLine line;
            line.variantId = m_variants.at(i);
            line.quantity = 1 + i % 3;
            line.unitPrice = Money(5990, Currency::euro());
            big.lines << line;
        }
        m_long = place(big);
        QVERIFY(m_long);

        Order plain;
        plain.status = orders::OrderStatus::Paid;
        plain.number = QStringLiteral("#1044");
        plain.customerName = QStringLiteral("Hugo Petit");
        plain.shipTo = {plain.customerName, {}, QStringLiteral("1 place du Marché"), {}, QStringLiteral("44000"),
            QStringLiteral("Nantes"), QStringLiteral("FR"), {}};
        OrderLine one;
        one.variantId = m_variants.at(4);
        one.quantity = 1;
        one.unitPrice = Money(5990, Currency::euro());
        plain.lines << one;
        m_plain = place(plain);
        QVERIFY(m_plain);
    }

    void code128HasBars()
    {
        const Code128 code = Code128::encode(QStringLiteral("#1042"));
        QVERIFY(!code.isEmpty());
        QVERIFY(code.modules() > 40);
        QCOMPARE(code.bars().first().first, 0); // the start character begins with a bar
        QVERIFY(Code128::encode(QString()).isEmpty());
        QVERIFY(Code128::encode(QStringLiteral("Noël")).isEmpty()); // outside ASCII
    }

    void barcodeScansToTheOrderNumber_data()
    {
        QTest::addColumn<PageFormat>("format");
        QTest::addColumn<int>("dpi");
        QTest::newRow("A4") << PageFormat::A4 << 200;
        QTest::newRow("Letter") << PageFormat::Letter << 150;
        QTest::newRow("4x6, thermal printer") << PageFormat::Label4x6 << 203;
        QTest::newRow("4x6, 300 dpi") << PageFormat::Label4x6 << 300;
    }

    void barcodeScansToTheOrderNumber()
    {
        QFETCH(PageFormat, format);
        QFETCH(int, dpi);
        const Rendered rendered = render(PackingSlip(order(m_gift), m_letterhead, format, true), format, dpi);
        QCOMPARE(rendered.pages.size(), 1);
        QCOMPARE(readBarcode(rendered.images.first()), QStringLiteral("#1042"));
        QVERIFY(rendered.text().contains(QStringLiteral("#1042")));
    }

    void slipSaysEverything()
    {
        const QString text
            = render(PackingSlip(order(m_gift), m_letterhead, PageFormat::A4, true), PageFormat::A4).text();
        for (const char* expected : {"Comptoir de Camille", "12 rue des Halles", "35000 Rennes", "Packing slip",
                 "Order date: ", "SHIP TO", "Paul Martin", "3 rue des Lilas", "Bât. B", "69003 Lyon", "06 12 34 56 78",
                 "BILL TO", "Léa Martin", "8 avenue Foch", "75016 Paris", "PULL-001-M-BLEU", "B-1-2",
                 "Pull marin en laine mérinos n° 1 – M / Bleu", "GIFT", "Emballage cadeau", "Items: 3", "Unit price",
                 "Subtotal", "Shipping (Colissimo)", "Discount", "Total", "Including VAT", "Gift message",
                 "Joyeux anniversaire Paul !\nDe la part de Léa", "Note from the customer", "Merci de ne pas sonner",
                 "Returns", "within 14 days", "bonjour@comptoir-de-camille.fr", "Order #1042"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        const QLocale locale;
        for (qint64 cents : {5990, 11980, 350, 12330, 490, -500, 12320})
            QVERIFY2(text.contains(Money(cents, Currency::euro()).format(locale)), qPrintable(QString::number(cents)));
        QVERIFY(!text.contains(QStringLiteral("FRANCE"))); // at home, no country line

        // Without prices: the same slip, no amount anywhere.
        const QString bare
            = render(PackingSlip(order(m_gift), m_letterhead, PageFormat::A4, false), PageFormat::A4).text();
        QVERIFY(bare.contains(QStringLiteral("Emballage cadeau")));
        QVERIFY(bare.contains(QStringLiteral("Items: 3")));
        for (const char* absent : {"Unit price", "Subtotal", "Including VAT"})
            QVERIFY2(!bare.contains(QString::fromUtf8(absent)), absent);
        QVERIFY(!bare.contains(Money(5990, Currency::euro()).format(locale)));

        // The shop's own return instructions (Settings ▸ Documents) replace the default ones.
        DocumentSettings documents;
        documents.returnInstructions = QStringLiteral("Retours gratuits sous 30 jours avec l'étiquette jointe.");
        QVERIFY(documents.write(m_database).ok());
        const Letterhead own = Letterhead::read(m_database).value();
        QVERIFY(DocumentSettings().write(m_database).ok());
        const QString withOwn = render(PackingSlip(order(m_gift), own, PageFormat::A4, true), PageFormat::A4).text();
        QVERIFY(withOwn.contains(QStringLiteral("Retours gratuits sous 30 jours")));
        QVERIFY(!withOwn.contains(QStringLiteral("within 14 days")));
    }

    void nothingLeavesThePage_data()
    {
        QTest::addColumn<PageFormat>("format");
        QTest::addColumn<int>("which");
        QTest::addColumn<bool>("prices");
        const struct
        {
            const char* name;
            PageFormat format;
        } formats[] = {{"A4", PageFormat::A4}, {"Letter", PageFormat::Letter}, {"4x6", PageFormat::Label4x6}};
        for (const auto& f : formats) {
            QTest::addRow("%s gift", f.name) << f.format << 0 << true;
            QTest::addRow("%s 30 lines, long address", f.name) << f.format << 1 << true;
            QTest::addRow("%s 30 lines, no prices", f.name) << f.format << 1 << false;
            QTest::addRow("%s one line", f.name) << f.format << 2 << (f.format != PageFormat::Label4x6);
        }
    }

    void nothingLeavesThePage()
    {
        QFETCH(PageFormat, format);
        QFETCH(int, which);
        QFETCH(bool, prices);
        const Order o = order(QList<qint64> {m_gift, m_long, m_plain}.at(which));
        const Rendered rendered = render(PackingSlip(o, m_letterhead, format, prices), format, 150);
        verifyInside(rendered);
        if (format == PageFormat::Label4x6 && which == 1)
            QVERIFY(rendered.pages.size() > 1);
    }

    // A long order continues on further pages, each with the order number (and its barcode), every
    // line exactly once, the long address whole.
    void longOrderContinues()
    {
        const Order big = order(m_long);
        const Rendered rendered
            = render(PackingSlip(big, m_letterhead, PageFormat::Label4x6, false), PageFormat::Label4x6, 203);
        const int pages = int(rendered.pages.size());
        QVERIFY(pages >= 3);
        for (int p = 0; p < pages; ++p) {
            const QStringList texts = rendered.pages.at(p).texts();
            QVERIFY(texts.contains(QStringLiteral("Order #1043 · page %1 of %2").arg(p + 1).arg(pages)));
            QCOMPARE(readBarcode(rendered.images.at(p)), QStringLiteral("#1043"));
            if (p > 0) {
                QVERIFY(texts.contains(QStringLiteral("Order #1043 (continued)")));
                QVERIFY(texts.contains(QStringLiteral("Product"))); // the table's header again
            }
        }
        const QString text = rendered.text();
        for (const OrderLine& line : big.lines)
            QCOMPARE(text.count(line.sku + QLatin1Char('\n') + line.binLocation), 1);
        for (const char* part :
            {"Marie-Christine de La Tour", "Atelier des Tissages Réunis", "escalier C, 4e étage, porte gauche",
                "rue de la Chapelle-aux-Champs", "1160 Auderghem-Oudergem", "BELGIUM"})
            QVERIFY2(text.contains(QString::fromUtf8(part)), part);
    }

    void batchIsOnePdf()
    {
        const QString path = m_shop.folder() + QStringLiteral("/slips-a4.pdf");
        PackingSlipDocument document(m_database);
        const auto options = PackingSlipDocument::Options::forFormat(PageFormat::A4);
        QVERIFY(options.prices);
        QVERIFY(!PackingSlipDocument::Options::forFormat(PageFormat::Label4x6).prices);
        QList<qint64> progress;
        JobControl control([&](qint64 done, qint64 total, const QString&) {
            progress << done;
            QCOMPARE(total, 3);
        });
        QVERIFY(document.writePdf({m_gift, m_plain, m_gift}, path, options, control).ok());
        QCOMPARE(progress, (QList<qint64> {0, 1, 2, 3}));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QCOMPARE(pdfPages(bytes), 3);
        keep(path);

        // The pick list first, then the slips; the long order takes more than one page on a label.
        auto label = PackingSlipDocument::Options::forFormat(PageFormat::Label4x6);
        label.pickListFirst = true;
        const QString labels = m_shop.folder() + QStringLiteral("/slips-4x6.pdf");
        QVERIFY(document.writePdf({m_gift, m_long, m_plain}, labels, label).ok());
        QFile labelPdf(labels);
        QVERIFY(labelPdf.open(QIODevice::ReadOnly));
        QVERIFY(pdfPages(labelPdf.readAll()) >= 1 + 1 + 3 + 1);
        keep(labels);
    }

    void oneOrdersPdfIsTitledAfterIt()
    {
        // Qt writes the title as UTF-16 big-endian after a byte order mark.
        const auto title = [](const QString& text) {
            QByteArray bytes("\xfe\xff");
            for (const QChar c : text)
                bytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            return bytes;
        };
        const QString one = m_shop.folder() + QStringLiteral("/one.pdf");
        QVERIFY(PackingSlipDocument(m_database).writePdf({m_plain}, one, {}).ok());
        QFile pdf(one);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.contains(title(QStringLiteral("Packing slip ") + order(m_plain).number)));
        // A batch is named for what it holds.
        const QString two = m_shop.folder() + QStringLiteral("/two.pdf");
        QVERIFY(PackingSlipDocument(m_database).writePdf({m_plain, m_gift}, two, {}).ok());
        QFile batch(two);
        QVERIFY(batch.open(QIODevice::ReadOnly));
        QVERIFY(batch.readAll().contains(title(QStringLiteral("Packing slips"))));
    }

    void printsOnAPagedDevice()
    {
        // What the app does with a QPrinter: one job, the layout the device asks for.
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(600);
            auto options = PackingSlipDocument::Options::forFormat(PageFormat::Letter);
            QVERIFY(PackingSlipDocument(m_database).print({m_plain, m_gift}, &writer, options).ok());
            QCOMPARE(writer.pageLayout().pageSize().id(), QPageSize::Letter);
        }
        QCOMPARE(pdfPages(buffer.data()), 2);
    }

    void refusesWhatItCannotDo()
    {
        PackingSlipDocument document(m_database);
        const QString path = m_shop.folder() + QStringLiteral("/refused.pdf");
        auto empty = document.writePdf({}, path, {});
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::InvalidInput);
        QVERIFY(!QFile::exists(path));

        auto unknown = document.writePdf({m_plain, 999999}, path, {});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(path));

        auto folder = document.writePdf({m_plain}, m_shop.folder() + QStringLiteral("/missing/slips.pdf"), {});
        QVERIFY(!folder);
        QCOMPARE(folder.error().code, Error::Code::Io);
        QVERIFY(folder.error().where.contains(QStringLiteral("missing")));

        // Cancelled half-way: no file, and an existing one is left as it was.
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("before");
        existing.close();
        JobControl* control = nullptr;
        JobControl cancelling([&control](qint64 done, qint64, const QString&) {
            if (done == 1)
                control->cancel();
        });
        control = &cancelling;
        auto cancelled = document.writePdf({m_plain, m_gift, m_long}, path, {}, cancelling);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("before"));
    }
};

QTEST_MAIN(TestPackingSlip)
#include "TestPackingSlip.moc"
