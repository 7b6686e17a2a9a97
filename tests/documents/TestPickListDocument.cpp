#include "documents/Letterhead.h"
#include "documents/PageFormat.h"
#include "documents/PickListDocument.h"
#include "orders/PickList.h"
#include "support/TempShop.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

using namespace comptoir;
using namespace comptoir::documents;
using orders::OrderStatus;
using orders::PickList;

Q_DECLARE_METATYPE(comptoir::documents::PageFormat)

// The pick list on paper: every row in walking order with its quantity and orders, over as many
// pages as it takes with the header repeated, nothing outside the page, as a PDF.
class TestPickListDocument final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    storage::DatabasePtr m_database;
    Letterhead m_letterhead;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = m_shop.openDemo(60, 400, 5);
        QVERIFY(m_database);
        m_letterhead = Letterhead::read(m_database).value();
    }

    void laysOutEveryRow_data()
    {
        QTest::addColumn<PageFormat>("format");
        QTest::newRow("A4") << PageFormat::A4;
        QTest::newRow("Letter") << PageFormat::Letter;
        QTest::newRow("4x6") << PageFormat::Label4x6;
    }

    void laysOutEveryRow()
    {
        QFETCH(PageFormat, format);
        // Two years of delivered orders: a list long enough for several pages.
        auto list = PickList::forStatuses(m_database, {OrderStatus::Delivered});
        QVERIFY(list.ok());
        QVERIFY(list->rows().size() > 60);
        const QImage probe = blankPage(format, 150);
        const PageGeometry geometry = imageGeometry(probe, format);
        const QList<PrintedPage> pages = PickListDocument(*list, m_letterhead, format).layout(&probe, geometry);
        QVERIFY(pages.size() > 1);

        QStringList texts;
        const QRectF area = geometry.content.adjusted(-0.5, -0.5, 0.5, 0.5);
        for (int p = 0; p < pages.size(); ++p) {
            const QStringList pageTexts = pages.at(p).texts();
            QVERIFY(pageTexts.contains(QStringLiteral("Pick list · page %1 of %2").arg(p + 1).arg(pages.size())));
            QVERIFY(pageTexts.contains(QStringLiteral("Product")));
            if (p > 0)
                QVERIFY(pageTexts.contains(QStringLiteral("Pick list (continued)")));
            for (const QRectF& rect : pages.at(p).drawnRects())
                QVERIFY2(area.contains(rect), qPrintable(QStringLiteral("page %1").arg(p + 1)));
            texts += pageTexts;
        }
        QVERIFY(texts.contains(QStringLiteral("Pick list")));
        // Every variant once, in the list's order.
        const QString all = texts.join(QLatin1Char('\n'));
        qsizetype at = 0;
        for (const orders::PickRow& row : list->rows()) {
            const qsizetype found = all.indexOf(row.title, at);
            QVERIFY2(found >= at, qPrintable(row.sku));
            at = found;
        }
        QVERIFY(all.contains(QStringLiteral("Orders: %1 · Items to pick: %2")
                                 .arg(QLocale().toString(list->orders().size()))
                                 .arg(QLocale().toString(list->itemCount()))));
    }

    void writesAPdf()
    {
        auto list = PickList::forStatuses(m_database, {OrderStatus::Paid, OrderStatus::Preparing});
        QVERIFY(list.ok());
        QVERIFY(!list->isEmpty());
        const QString path = m_shop.folder() + QStringLiteral("/pick-list.pdf");
        QVERIFY(PickListDocument(*list, m_letterhead).writePdf(path).ok());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), 1);
        if (const QString keep = qEnvironmentVariable("COMPTOIR_KEEP_DOCUMENTS"); !keep.isEmpty()) {
            QFile::remove(keep + QStringLiteral("/pick-list.pdf"));
            QFile::copy(path, keep + QStringLiteral("/pick-list.pdf"));
        }

        // An empty list still prints, saying so.
        const QImage probe = blankPage(PageFormat::A4, 100);
        const auto empty
            = PickListDocument(PickList(), m_letterhead).layout(&probe, imageGeometry(probe, PageFormat::A4));
        QCOMPARE(empty.size(), 1);
        QVERIFY(empty.first().texts().contains(QStringLiteral("Nothing to pick.")));

        auto refused = PickListDocument(*list, m_letterhead).writePdf(m_shop.folder() + QStringLiteral("/no/pick.pdf"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Io);
    }
};

QTEST_MAIN(TestPickListDocument)
#include "TestPickListDocument.moc"
