#include "settings/ShopSettings.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::settings;

// The shop's identity and preferences, stored in the shop database.
class TestShopSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityRoundTrip()
    {
        TempShop shop;
        auto database = shop.open();
        QVERIFY(database);
        ShopSettings settings(database);
        ShopIdentity identity;
        identity.name = QStringLiteral("Les Bocaux d'Élise");
        identity.address1 = QStringLiteral("3 place du Marché");
        identity.postcode = QStringLiteral("29200");
        identity.city = QStringLiteral("Brest");
        identity.country = QStringLiteral("FR");
        identity.vatNumber = QStringLiteral("fr 40 303 265 045");
        identity.currency = QStringLiteral("EUR");
        identity.logoPng = QByteArray("\x89PNG fake", 9);
        QVERIFY(settings.setIdentity(identity).ok());
        database->close();

        auto reopened = shop.open();
        auto loaded = ShopSettings(reopened).identity();
        QVERIFY(loaded);
        QCOMPARE(loaded->name, identity.name);
        QCOMPARE(loaded->city, identity.city);
        QCOMPARE(loaded->vatNumber, QStringLiteral("FR 40 303 265 045"));
        QCOMPARE(loaded->logoPng, identity.logoPng);
        QCOMPARE(loaded->address2, QString());
    }

    void vatNumbers_data()
    {
        QTest::addColumn<QString>("vat");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << "" << true;
        QTest::newRow("french") << "FR40303265045" << true;
        QTest::newRow("french spaced") << "FR 40 303 265 045" << true;
        QTest::newRow("french wrong key") << "FR41303265045" << false;
        QTest::newRow("french short") << "FR4030326504" << false;
        QTest::newRow("belgian") << "BE0123456789" << true;
        QTest::newRow("german") << "DE123456789" << true;
        QTest::newRow("no country") << "40303265045" << false;
        QTest::newRow("symbols") << "FR40303265045!" << false;
    }

    void vatNumbers()
    {
        QFETCH(QString, vat);
        QFETCH(bool, valid);
        const Status status = ShopSettings::validateVatNumber(vat);
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QCOMPARE(status.error().where, QStringLiteral("VAT number"));
    }

    void invalidIdentityIsRefusedAndNothingSaved()
    {
        TempShop shop;
        auto database = shop.open();
        ShopSettings settings(database);
        ShopIdentity good;
        good.name = QStringLiteral("Boutique");
        QVERIFY(settings.setIdentity(good).ok());

        ShopIdentity bad = good;
        bad.name = QStringLiteral("Autre nom");
        bad.vatNumber = QStringLiteral("FR00000000001");
        const Status status = settings.setIdentity(bad);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().where, QStringLiteral("VAT number"));
        QCOMPARE(settings.identity()->name, QStringLiteral("Boutique"));

        bad = good;
        bad.currency = QStringLiteral("XYZ");
        QCOMPARE(settings.setIdentity(bad).error().where, QStringLiteral("Currency"));
        bad = good;
        bad.name = QStringLiteral("   ");
        QCOMPARE(settings.setIdentity(bad).error().where, QStringLiteral("Shop name"));
    }

    void language()
    {
        TempShop shop;
        ShopSettings settings(shop.open());
        QCOMPARE(settings.language(), QString());
        QVERIFY(settings.setLanguage(QStringLiteral("fr")).ok());
        QCOMPARE(settings.language(), QStringLiteral("fr"));
        QVERIFY(!settings.setLanguage(QStringLiteral("de")).ok());
        QCOMPARE(settings.language(), QStringLiteral("fr"));
        QCOMPARE(settings.currency().code(), QStringLiteral("EUR"));
    }
};

QTEST_GUILESS_MAIN(TestShopSettings)
#include "TestShopSettings.moc"
