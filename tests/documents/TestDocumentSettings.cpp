#include "documents/DocumentSettings.h"
#include "documents/Letterhead.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::documents;

// The shop's choices for its documents (Settings ▸ Documents): what a new shop prints on, what is
// saved comes back, a value this version cannot read falls back to the default instead of stopping
// printing, and return instructions too long for a slip are refused with nothing saved.
class TestDocumentSettings final : public QObject
{
    Q_OBJECT

private:
    static QString stored(const storage::DatabasePtr& database, const char* key)
    {
        return storage::scalar(database->connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"),
            {QString::fromLatin1(key)})
            .value()
            .toString();
    }

    static void store(const storage::DatabasePtr& database, const char* key, const QString& value)
    {
        QVERIFY(settings::ShopSettings(database).setValue(QString::fromLatin1(key), value).ok());
    }

private Q_SLOTS:
    void newShopPrintsA4WithPricesAndTheDefaultReturnText()
    {
        TempShop shop;
        auto database = shop.open();
        QVERIFY(database);
        auto read = DocumentSettings::read(database);
        QVERIFY(read);
        QCOMPARE(read->pageFormat, PageFormat::A4);
        QVERIFY(read->slipPrices);
        QCOMPARE(read->returnInstructions, QString());
        QVERIFY(*read == DocumentSettings());
        const auto options = read->slipOptions();
        QCOMPARE(options.format, PageFormat::A4);
        QVERIFY(options.prices);
        QVERIFY(!options.pickListFirst);
        // No text of its own: the slip says the default one.
        QVERIFY(Letterhead::read(database)->returnInstructions.contains(QStringLiteral("within 14 days")));
    }

    void roundTrip()
    {
        TempShop shop;
        auto database = shop.open();
        QVERIFY(database);
        DocumentSettings settings;
        settings.pageFormat = PageFormat::Letter;
        settings.slipPrices = false;
        settings.returnInstructions = QStringLiteral("  Retours sous 30 jours :\nécrivez-nous avec votre numéro.\n\n");
        QVERIFY(settings.write(database).ok());
        QCOMPARE(stored(database, DocumentSettings::kPageFormatKey), QStringLiteral("letter"));
        QCOMPARE(stored(database, DocumentSettings::kSlipPricesKey), QStringLiteral("0"));
        database->close();

        auto reopened = shop.open();
        auto read = DocumentSettings::read(reopened);
        QVERIFY(read);
        QCOMPARE(read->pageFormat, PageFormat::Letter);
        QVERIFY(!read->slipPrices);
        // Kept as typed, line breaks included, without the blank lines and spaces around it.
        QCOMPARE(read->returnInstructions, QStringLiteral("Retours sous 30 jours :\nécrivez-nous avec votre numéro."));
        QCOMPARE(read->slipOptions().format, PageFormat::Letter);
        QVERIFY(!read->slipOptions().prices);
        QCOMPARE(Letterhead::read(reopened)->returnInstructions, read->returnInstructions);

        // Labels with prices: what the shop chose, although labels leave them out by default.
        read->pageFormat = PageFormat::Label4x6;
        read->slipPrices = true;
        read->returnInstructions.clear();
        QVERIFY(read->write(reopened).ok());
        auto again = DocumentSettings::read(reopened);
        QVERIFY(again);
        QCOMPARE(again->pageFormat, PageFormat::Label4x6);
        QVERIFY(again->slipPrices);
        QVERIFY(Letterhead::read(reopened)->returnInstructions.contains(QStringLiteral("within 14 days")));
    }

    void pricesFollowThePaperUntilChosen()
    {
        // A shop that set labels before prices were a setting of their own: labels leave them out.
        TempShop shop;
        auto database = shop.open();
        store(database, DocumentSettings::kPageFormatKey, QStringLiteral("4x6"));
        auto read = DocumentSettings::read(database);
        QVERIFY(read);
        QCOMPARE(read->pageFormat, PageFormat::Label4x6);
        QVERIFY(!read->slipPrices);
    }

    void unreadableValuesFallBack_data()
    {
        QTest::addColumn<QString>("pageFormat");
        QTest::addColumn<QString>("prices");
        QTest::addColumn<int>("expectedFormat");
        QTest::addColumn<bool>("expectedPrices");
        QTest::newRow("unknown paper") << "a5"
                                       << "" << int(PageFormat::A4) << true;
        QTest::newRow("empty paper") << ""
                                     << "1" << int(PageFormat::A4) << true;
        QTest::newRow("paper in capitals") << " LETTER "
                                           << "0" << int(PageFormat::Letter) << false;
        QTest::newRow("garbage paper") << QString::fromUtf8("\xe2\x80\x94\x01 4x6;DROP") << "0" << int(PageFormat::A4)
                                       << false;
        QTest::newRow("prices not a flag") << "letter"
                                           << "yes" << int(PageFormat::Letter) << true;
        QTest::newRow("prices not a flag on labels") << "4x6"
                                                     << "2" << int(PageFormat::Label4x6) << false;
    }

    void unreadableValuesFallBack()
    {
        QFETCH(QString, pageFormat);
        QFETCH(QString, prices);
        QFETCH(int, expectedFormat);
        QFETCH(bool, expectedPrices);
        TempShop shop;
        auto database = shop.open();
        store(database, DocumentSettings::kPageFormatKey, pageFormat);
        store(database, DocumentSettings::kSlipPricesKey, prices);
        auto read = DocumentSettings::read(database);
        QVERIFY(read);
        QCOMPARE(int(read->pageFormat), expectedFormat);
        QCOMPARE(read->slipPrices, expectedPrices);
        // Writing it back stores readable values.
        QVERIFY(read->write(database).ok());
        QCOMPARE(stored(database, DocumentSettings::kPageFormatKey), pageFormatKey(PageFormat(expectedFormat)));
        QCOMPARE(stored(database, DocumentSettings::kSlipPricesKey),
            expectedPrices ? QStringLiteral("1") : QStringLiteral("0"));
    }

    void tooLongReturnInstructionsAreRefusedAndNothingSaved()
    {
        TempShop shop;
        auto database = shop.open();
        DocumentSettings before;
        before.returnInstructions = QStringLiteral("Retours sous 14 jours.");
        QVERIFY(before.write(database).ok());

        DocumentSettings tooLong;
        tooLong.pageFormat = PageFormat::Label4x6;
        tooLong.returnInstructions = QString(DocumentSettings::kMaxReturnInstructions + 1, QLatin1Char('x'));
        const Status refused = tooLong.write(database);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().where, QStringLiteral("Return instructions"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("800")), qPrintable(refused.error().message));
        QCOMPARE(*DocumentSettings::read(database), before);

        // The limit counts what is printed: spaces around the text do not.
        DocumentSettings longest;
        longest.returnInstructions = QStringLiteral("\n  ")
            + QString(DocumentSettings::kMaxReturnInstructions, QLatin1Char('x')) + QStringLiteral("  \n");
        QVERIFY(longest.validate().ok());
        QVERIFY(longest.write(database).ok());
        QCOMPARE(DocumentSettings::read(database)->returnInstructions.size(), DocumentSettings::kMaxReturnInstructions);
    }
};

QTEST_GUILESS_MAIN(TestDocumentSettings)
#include "TestDocumentSettings.moc"
