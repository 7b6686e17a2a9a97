#include "shipping/Carriers.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::shipping;

// The carriers: Comptoir's list read from its data file, each carrier's tracking numbers (shapes
// and check digits), tracking pages, zones and transit times, and the shop's own edits and
// carriers kept in its database.
class TestCarriers final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;

    static Carrier builtIn(const QString& key)
    {
        for (const Carrier& carrier : Carriers::builtIn())
            if (carrier.key == key)
                return carrier;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
    }

    void theBuiltInListIsComplete()
    {
        QStringList keys;
        for (const Carrier& carrier : Carriers::builtIn()) {
            keys << carrier.key;
            QVERIFY2(Carriers::validate(carrier).ok(), qPrintable(carrier.key));
            QVERIFY(carrier.builtIn);
            QVERIFY(!carrier.services.isEmpty());
            // Every example the data file gives is accepted by its own carrier.
            for (const NumberFormat& format : carrier.numbers)
                QVERIFY2(carrier.accepts(format.example), qPrintable(carrier.key + QLatin1Char(' ') + format.example));
        }
        QCOMPARE(keys,
            QStringList({"colissimo", "chronopost", "mondial-relay", "dpd", "gls", "ups", "dhl-express",
                "lettre-suivie", "colis-prive", "other"}));
    }

    void checkDigits()
    {
        using tracking::checkDigitValid;
        // UPU S10: published test numbers, and one digit changed.
        QVERIFY(checkDigitValid(CheckDigit::S10, "RB123456785GB"));
        QVERIFY(checkDigitValid(CheckDigit::S10, "XY746876977FR"));
        QVERIFY(!checkDigitValid(CheckDigit::S10, "RB123456784GB"));
        QVERIFY(!checkDigitValid(CheckDigit::S10, "RB12345678GB"));
        // UPS.
        QVERIFY(checkDigitValid(CheckDigit::Ups, "1Z5R89390357567127"));
        QVERIFY(!checkDigitValid(CheckDigit::Ups, "1Z5R89390357567128"));
        // DHL Express: mod 7.
        QVERIFY(checkDigitValid(CheckDigit::Mod7, "3318810025"));
        QVERIFY(!checkDigitValid(CheckDigit::Mod7, "3318810024"));
        // ISO 7064 MOD 37,36.
        QVERIFY(checkDigitValid(CheckDigit::Mod37_36, "007500109876543210987101250M"));
        QVERIFY(!checkDigitValid(CheckDigit::Mod37_36, "007500109876543210987101250N"));
        QCOMPARE(tracking::normalized(QStringLiteral(" 1z 5r8-939.0357567127 ")), QStringLiteral("1Z5R89390357567127"));
    }

    void numbersOfEveryCarrier_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("colissimo") << "colissimo"
                                   << "6A 1234 5678 901" << true;
        QTest::newRow("colissimo international") << "colissimo"
                                                 << "CB123456785FR" << true;
        QTest::newRow("colissimo bad check") << "colissimo"
                                             << "CB123456784FR" << false;
        QTest::newRow("colissimo too short") << "colissimo"
                                             << "6A1234567890" << false;
        QTest::newRow("chronopost") << "chronopost"
                                    << "XY746876977FR" << true;
        QTest::newRow("chronopost wrong") << "chronopost"
                                          << "XY74" << false;
        QTest::newRow("mondial relay") << "mondial-relay"
                                       << "12345678" << true;
        QTest::newRow("mondial relay 9 digits") << "mondial-relay"
                                                << "123456789" << false;
        QTest::newRow("dpd") << "dpd"
                             << "09876543210987" << true;
        QTest::newRow("dpd barcode") << "dpd"
                                     << "007500109876543210987101250M" << true;
        QTest::newRow("dpd letters") << "dpd"
                                     << "0987654321098A" << false;
        QTest::newRow("gls") << "gls"
                             << "12345678901" << true;
        QTest::newRow("gls track id") << "gls"
                                      << "zh4k7p2q" << true;
        QTest::newRow("ups") << "ups"
                             << "1Z5R89390357567127" << true;
        QTest::newRow("ups bad check") << "ups"
                                       << "1Z5R89390357567120" << false;
        QTest::newRow("dhl") << "dhl-express"
                             << "3318810025" << true;
        QTest::newRow("dhl bad check") << "dhl-express"
                                       << "3318810026" << false;
        QTest::newRow("dhl piece") << "dhl-express"
                                   << "JJD000390007812345678" << true;
        QTest::newRow("lettre suivie") << "lettre-suivie"
                                       << "1K12345678901" << true;
        QTest::newRow("lettre suivie colissimo") << "lettre-suivie"
                                                 << "6A12345678901" << false;
        QTest::newRow("colis prive") << "colis-prive"
                                     << "12345678901234" << true;
        QTest::newRow("colis prive letters") << "colis-prive"
                                             << "ABC" << false;
        QTest::newRow("other") << "other"
                               << "ANY-THING-42" << true;
        QTest::newRow("other too short") << "other"
                                         << "AB" << false;
    }

    void numbersOfEveryCarrier()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, number);
        QFETCH(bool, valid);
        const Carrier c = builtIn(carrier);
        QCOMPARE(c.key, carrier);
        QCOMPARE(c.accepts(number), valid);
        const Status checked = c.checkNumber(number);
        QCOMPARE(checked.ok(), valid);
        if (!valid) {
            QVERIFY2(checked.error().message.contains(number.trimmed()), qPrintable(checked.error().message));
            QCOMPARE(checked.error().where, QStringLiteral("Tracking number"));
        }
    }

    void messagesSayWhatIsWrong()
    {
        const Carrier colissimo = builtIn("colissimo");
        const QString mistyped = colissimo.checkNumber("CB123456784FR").error().message;
        QVERIFY2(mistyped.contains("check digit is wrong"), qPrintable(mistyped));
        const QString wrongShape = colissimo.checkNumber("12345").error().message;
        QVERIFY2(wrongShape.contains("6A12345678901"), qPrintable(wrongShape)); // an example of the right shape
        QVERIFY(!colissimo.checkNumber("  ").ok());
    }

    void trackingPages()
    {
        QCOMPARE(builtIn("colissimo").trackingUrlFor("6a 12345678901"),
            QUrl("https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901"));
        QCOMPARE(builtIn("mondial-relay").trackingUrlFor("12345678", "75011"),
            QUrl("https://www.mondialrelay.fr/suivi-de-colis?numeroExpedition=12345678&codePostal=75011"));
        QVERIFY(builtIn("other").trackingUrlFor("X1234").isEmpty());
    }

    void zonesAndTransit()
    {
        QCOMPARE(zoneOf("FR", "35000"), Zone::Mainland);
        QCOMPARE(zoneOf("fr", "20000"), Zone::Corsica);
        QCOMPARE(zoneOf("FR", "97400"), Zone::Overseas);
        QCOMPARE(zoneOf("RE", "97400"), Zone::Overseas);
        QCOMPARE(zoneOf("MC", "98000"), Zone::Mainland);
        QCOMPARE(zoneOf("BE", "1000"), Zone::EuropeanUnion);
        QCOMPARE(zoneOf("CH", "1200"), Zone::Europe);
        QCOMPARE(zoneOf("GB", "SW1A 1AA"), Zone::Europe);
        QCOMPARE(zoneOf("US", "10001"), Zone::World);
        const Carrier colissimo = builtIn("colissimo");
        QCOMPARE(colissimo.transit("domicile", Zone::Mainland), std::optional<int>(2));
        QCOMPARE(colissimo.transit("Colissimo Point Retrait", Zone::Corsica), std::optional<int>(4));
        QCOMPARE(colissimo.transit("relais", Zone::World), std::optional<int>());
        QCOMPARE(colissimo.transit(QString(), Zone::EuropeanUnion), std::optional<int>(4)); // first service
        QVERIFY(colissimo.saturdayDelivery);
        QCOMPARE(builtIn("mondial-relay").transit("point-relais", Zone::Overseas), std::optional<int>());
    }

    void jsonRoundTripAndMistakes()
    {
        const QByteArray json = Carriers::toJson(Carriers::builtIn());
        auto back = Carriers::fromJson(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->size(), Carriers::builtIn().size());
        for (int i = 0; i < back->size(); ++i) {
            Carrier read = back->at(i);
            read.builtIn = true;
            QCOMPARE(read, Carriers::builtIn().at(i));
        }

        const auto refused = [](const char* text) {
            // Single quotes read better here; JSON wants double ones.
            auto parsed = Carriers::fromJson(QByteArray(text).replace('\'', '"'), QStringLiteral("mine.json"));
            if (parsed)
                return QString();
            [&] { QCOMPARE(parsed.error().where, QStringLiteral("mine.json")); }();
            return parsed.error().message;
        };
        QVERIFY(refused("{ not json").contains("not valid JSON"));
        QVERIFY(refused("{'carriers': [{'key': 'x', 'name': 'X', 'trackingUrl': 'https://x.fr/{number}?n={num}'}]}")
                    .contains("{num}"));
        QVERIFY(
            refused("{'carriers': [{'key': 'x', 'name': 'X', 'trackingUrl': 'https://x.fr/'}]}").contains("{number}"));
        QVERIFY(refused("{'carriers': [{'key': 'x', 'name': 'X', 'numbers': [{'pattern': '[0-9'}]}]}")
                    .contains("not a valid regular expression"));
        QVERIFY(
            refused("{'carriers': [{'key': 'x', 'name': 'X', 'numbers': [{'pattern': '[0-9]+', 'check': 'luhn'}]}]}")
                .contains("luhn"));
        QVERIFY(refused("{'carriers': [{'key': 'x', 'name': 'X', 'services': [{'key': 's', 'name': 'S', 'transitDays': "
                        "{'moon': 2}}]}]}")
                    .contains("moon"));
        QVERIFY(refused("{'carriers': [{'key': 'x', 'name': 'X', 'services': [{'key': 's', 'name': 'S', 'transitDays': "
                        "{'eu': -1}}]}]}")
                    .contains("0 to 90"));
        QVERIFY(refused("{'carriers': [{'key': 'Bad Key', 'name': 'X'}]}").contains("Bad Key"));
        QVERIFY(refused("{'carriers': [{'key': 'x', 'name': 'X'}, {'key': 'x', 'name': 'Y'}]}").contains("twice"));
        QVERIFY(
            refused("{'carriers': [{'key': 'x', 'name': 'X', 'numbers': [{'pattern': '[0-9]{4}', 'example': '12'}]}]}")
                .contains("example 12"));
    }

    void theShopEditsAndAddsCarriers()
    {
        Carriers carriers(m_database);
        auto all = carriers.list();
        QVERIFY(all);
        QCOMPARE(*all, Carriers::builtIn());

        // Edit: Colissimo's parcels are called possibly lost after 3 days here.
        Carrier colissimo = builtIn("colissimo");
        colissimo.lostAfterDays = 3;
        QVERIFY(carriers.save(colissimo).ok());
        auto found = carriers.find("COLISSIMO"); // by name, whatever its case
        QVERIFY(found && *found);
        QCOMPARE((*found)->lostAfterDays, 3);
        QVERIFY((*found)->edited);
        QVERIFY((*found)->builtIn);

        // Add: a local courier.
        Carrier courier;
        courier.key = "coursier-rennais";
        courier.name = "Coursier rennais";
        courier.trackingUrl = "https://coursier.example/suivi/{number}";
        courier.numbers = {{"CR[0-9]{6}", CheckDigit::None, "CR123456"}};
        courier.services = {{"jour", "Dans la journée", {{Zone::Mainland, 0}}}};
        QVERIFY(carriers.save(courier).ok());
        all = carriers.list();
        QVERIFY(all);
        QCOMPARE(all->size(), Carriers::builtIn().size() + 1);
        QCOMPARE(all->last().key, QStringLiteral("coursier-rennais"));
        auto guess = carriers.recognise("cr 123456");
        QVERIFY(guess);
        QVERIFY(
            std::any_of(guess->begin(), guess->end(), [](const Carrier& c) { return c.key == "coursier-rennais"; }));

        // A name already taken, or a broken carrier, is refused and nothing is written.
        Carrier clash = courier;
        clash.key = "autre";
        clash.name = "colissimo";
        const Status refused = carriers.save(clash);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains("already a carrier called Colissimo"));
        Carrier broken = courier;
        broken.lostAfterDays = 0;
        QVERIFY(!carriers.save(broken).ok());
        QCOMPARE(carriers.find("coursier-rennais").value()->lostAfterDays, 5);

        // Reset: Colissimo comes back as shipped; the courier goes, unless a parcel used it.
        QVERIFY(carriers.reset("colissimo").ok());
        QCOMPARE(carriers.find("colissimo").value()->lostAfterDays, builtIn("colissimo").lostAfterDays);
        QVERIFY(!carriers.find("colissimo").value()->edited);
        QVERIFY(carriers.reset("coursier-rennais").ok());
        QVERIFY(!carriers.find("coursier-rennais").value());
        QCOMPARE(storage::scalar(m_database->connection(), "SELECT count(*) FROM carriers").value().toInt(), 0);
    }

    void recognisingAScannedNumber()
    {
        Carriers carriers(m_database);
        // A check digit makes the best guess: an S10 number ending in FR is Chronopost, Colissimo
        // international or a Lettre suivie, never GLS.
        auto s10 = carriers.recognise("XY746876977FR");
        QVERIFY(s10);
        QVERIFY(!s10->isEmpty());
        QCOMPARE(s10->first().key, QStringLiteral("chronopost"));
        auto ups = carriers.recognise("1Z5R89390357567127");
        QVERIFY(ups);
        QCOMPARE(ups->size(), 1);
        QCOMPARE(ups->first().key, QStringLiteral("ups"));
        auto nothing = carriers.recognise("?");
        QVERIFY(nothing);
        QVERIFY(nothing->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCarriers)
#include "TestCarriers.moc"
