#include "inventory/Locations.h"
#include "inventory/StockLedger.h"
#include "inventory/StockTakes.h"
#include "purchasing/PurchaseOrders.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"

#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::inventory;
using namespace comptoir::storage;

using stockchecks::number;

namespace {

// Everything a location change could touch, as text, to prove a refusal wrote nothing.
QString snapshot(const DatabasePtr& database)
{
    QString text;
    for (const char* sql : {"SELECT id, name, sells_online, created_at FROM locations ORDER BY id",
             "SELECT key, value FROM settings WHERE key LIKE 'stock.%' ORDER BY key",
             "SELECT variant_id, location_id, on_hand, reserved FROM stock_levels ORDER BY 1, 2"}) {
        auto query = run(database->connection(), QString::fromLatin1(sql)).value();
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
        text += QStringLiteral("--\n");
    }
    return text;
}

QString names(const DatabasePtr& database)
{
    QStringList list;
    const auto locations = Locations(database).list().value();
    for (const auto& location : locations)
        list << location.name;
    return list.join(QLatin1Char(','));
}

} // namespace

// Stock locations as the merchant sets them up in Settings: added, renamed, sold online or kept for
// the counter, removed while unused, and the counter sales location; every refusal says why and
// writes nothing.
class TestLocations final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempShop> m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC)};
    DatabasePtr m_database;

    // Whether it succeeded; prints why when not.
    template <typename T> static bool succeeded(const Result<T>& result)
    {
        if (!result.ok())
            qWarning("%s", qPrintable(result.error().toString()));
        return result.ok();
    }

    // Whether removing the location is refused with nothing written; `message` says why.
    bool removalRefused(qint64 id, QString& message)
    {
        const QString before = snapshot(m_database);
        auto removed = Locations(m_database).remove(id);
        message = removed.ok() ? QString() : removed.error().message;
        return !removed.ok() && snapshot(m_database) == before;
    }

private Q_SLOTS:
    // A new, empty shop for each test: Entrepôt (1) and Boutique (2), both sold online.
    void init()
    {
        m_database.reset();
        m_shop = std::make_unique<TempShop>();
        m_database = ShopBuilder::openEmpty(*m_shop, m_clock);
        QVERIFY(m_database);
    }

    void newShopHasAWarehouseAndACounter()
    {
        const auto list = Locations(m_database).list();
        QVERIFY(succeeded(list));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0), (StockLocation {1, QStringLiteral("Entrepôt"), true, false}));
        QCOMPARE(list->at(1), (StockLocation {2, QStringLiteral("Boutique"), true, false}));
        QCOMPARE(Locations(m_database).counterLocation().value(), qint64(2));
    }

    void addRenameToggleRemove()
    {
        Locations locations(m_database);
        auto id = locations.add(QStringLiteral("  Réserve  "), false);
        QVERIFY(succeeded(id));
        QCOMPARE(names(m_database), QStringLiteral("Entrepôt,Boutique,Réserve"));
        auto added = locations.list().value().last();
        QCOMPARE(added.id, *id);
        QVERIFY(!added.sellsOnline);
        QCOMPARE(number(m_database, QStringLiteral("SELECT created_at FROM locations WHERE id = %1").arg(*id)),
            m_clock.nowSecs());

        QVERIFY(succeeded(locations.rename(*id, QStringLiteral(" Cave "))));
        QCOMPARE(names(m_database), QStringLiteral("Entrepôt,Boutique,Cave"));
        // Its own name in another case is no clash.
        QVERIFY(succeeded(locations.rename(*id, QStringLiteral("CAVE"))));
        QCOMPARE(names(m_database), QStringLiteral("Entrepôt,Boutique,CAVE"));

        QVERIFY(succeeded(locations.setSellsOnline(*id, true)));
        QVERIFY(locations.list().value().last().sellsOnline);
        QVERIFY(succeeded(locations.setSellsOnline(2, false)));
        QVERIFY(!locations.list().value().at(1).sellsOnline);

        QVERIFY(succeeded(locations.remove(*id)));
        QCOMPARE(names(m_database), QStringLiteral("Entrepôt,Boutique"));
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << "Give the location a name.";
        QTest::newRow("blank") << QString(" \t ") << "Give the location a name.";
        QTest::newRow("other case") << QString("BOUTIQUE") << "Another location is already called “Boutique”.";
        QTest::newRow("accented capitals") << QString(" ENTREPÔT ") << "Another location is already called “Entrepôt”.";
    }

    void refusesBadNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        Locations locations(m_database);
        auto third = locations.add(QStringLiteral("Réserve"));
        QVERIFY(succeeded(third));
        const QString before = snapshot(m_database);

        auto added = locations.add(name);
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::InvalidInput);
        QCOMPARE(added.error().message, message);
        QCOMPARE(added.error().where, QStringLiteral("Location name"));
        QCOMPARE(snapshot(m_database), before);

        auto renamed = locations.rename(*third, name);
        QVERIFY(!renamed);
        QCOMPARE(renamed.error().message, message);
        QCOMPARE(snapshot(m_database), before);
    }

    void refusesUnknownLocations()
    {
        Locations locations(m_database);
        const QString before = snapshot(m_database);
        for (const Status& status : {locations.rename(99, QStringLiteral("Cave")), locations.setSellsOnline(99, false),
                 locations.remove(99), locations.setCounterLocation(99)}) {
            QVERIFY(!status);
            QCOMPARE(status.error().code, Error::Code::NotFound);
            QCOMPARE(status.error().message, QStringLiteral("This stock location does not exist."));
        }
        QCOMPARE(snapshot(m_database), before);
    }

    void keepsOneLocationSoldOnline()
    {
        Locations locations(m_database);
        QVERIFY(succeeded(locations.setSellsOnline(2, false)));
        const QString before = snapshot(m_database);
        auto last = locations.setSellsOnline(1, false);
        QVERIFY(!last);
        QCOMPARE(last.error().message,
            QStringLiteral("“Entrepôt” is the only location sold online: your website needs the stock of at least "
                           "one location. Tick “Sold online” for another location first."));
        QCOMPARE(snapshot(m_database), before);
        // Ticking it again is always fine.
        QVERIFY(succeeded(locations.setSellsOnline(1, true)));

        // Removing the only location sold online is refused too.
        auto shelf = locations.add(QStringLiteral("Réserve"), true);
        QVERIFY(succeeded(shelf));
        QVERIFY(succeeded(locations.setSellsOnline(1, false)));
        const QString withShelf = snapshot(m_database);
        auto removed = locations.remove(*shelf);
        QVERIFY(!removed);
        QVERIFY2(removed.error().message.startsWith(
                     QStringLiteral("“Réserve” cannot be removed: it is the only location sold online.")),
            qPrintable(removed.error().message));
        QCOMPARE(snapshot(m_database), withShelf);
    }

    void refusesRemovingTheCounterAndTheLastLocation()
    {
        Locations locations(m_database);
        const QString before = snapshot(m_database);
        auto counter = locations.remove(2);
        QVERIFY(!counter);
        QCOMPARE(counter.error().message,
            QStringLiteral("“Boutique” cannot be removed: counter sales take stock from it. Choose another location "
                           "for counter sales first."));
        QCOMPARE(snapshot(m_database), before);

        // Once counter sales take stock elsewhere, the unused shop location goes.
        QVERIFY(succeeded(locations.setCounterLocation(1)));
        QVERIFY(succeeded(locations.remove(2)));
        QCOMPARE(names(m_database), QStringLiteral("Entrepôt"));

        const QString single = snapshot(m_database);
        auto last = locations.remove(1);
        QVERIFY(!last);
        QCOMPARE(last.error().message,
            QStringLiteral("“Entrepôt” cannot be removed: it is the shop’s only stock location, and a shop needs "
                           "one."));
        QCOMPARE(snapshot(m_database), single);
    }

    void refusesRemovingALocationThatWasUsed()
    {
        ShopBuilder build(m_database, m_clock);
        const qint64 variant = build.variant(QStringLiteral("MUG"), 0, 400);
        QVERIFY(variant > 0);
        Locations locations(m_database);
        StockLedger ledger(m_database);
        QString message;

        // Holds stock.
        const qint64 cellar = locations.add(QStringLiteral("Cave")).value();
        QVERIFY(succeeded(ledger.record(variant, cellar, 4, MovementReason::Receipt, {})));
        QVERIFY(locations.list().value().last().holdsStock);
        QVERIFY(removalRefused(cellar, message));
        QCOMPARE(message,
            QStringLiteral("“Cave” cannot be removed: it holds stock. Its stock history stays with it; rename it if "
                           "you use it for something else."));

        // Empty now, but its movements stay in the ledger.
        QVERIFY(succeeded(ledger.transfer(variant, cellar, 1, 4)));
        QVERIFY(!locations.list().value().last().holdsStock);
        QVERIFY(removalRefused(cellar, message));
        QCOMPARE(message,
            QStringLiteral("“Cave” cannot be removed: the stock history has movements there, which keep their "
                           "location. Rename it if you use it for something else."));

        // A purchase order is delivered there.
        const qint64 attic = locations.add(QStringLiteral("Grenier")).value();
        QVERIFY(succeeded(
            purchasing::PurchaseOrders(m_database)
                .create(build.supplier(QStringLiteral("Atelier Lin"), 10), attic, {{variant, 5, std::nullopt}})));
        QVERIFY(removalRefused(attic, message));
        QVERIFY2(
            message.startsWith(QStringLiteral("“Grenier” cannot be removed: purchase orders")), qPrintable(message));

        // A stock take counted it.
        const qint64 van = locations.add(QStringLiteral("Camionnette")).value();
        StockTakeScope scope;
        scope.locationId = van;
        QVERIFY(succeeded(StockTakes(m_database).start(scope, {})));
        QVERIFY(removalRefused(van, message));
        QVERIFY2(
            message.startsWith(QStringLiteral("“Camionnette” cannot be removed: stock takes")), qPrintable(message));

        QCOMPARE(names(m_database), QStringLiteral("Entrepôt,Boutique,Cave,Grenier,Camionnette"));
        stockchecks::verifyConsistent(m_database);
    }

    void counterLocationDefaultsAndChanges()
    {
        Locations locations(m_database);
        QCOMPARE(locations.counterLocation().value(), qint64(2));
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'stock.%'")), 0);

        QVERIFY(succeeded(locations.setCounterLocation(1)));
        QCOMPARE(locations.counterLocation().value(), qint64(1));
        QCOMPARE(scalar(m_database->connection(),
                     QStringLiteral("SELECT value FROM settings WHERE key = 'stock.counter_location'"))
                     .value()
                     .toString(),
            QStringLiteral("1"));

        // A choice that no longer names a location falls back to the default.
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("UPDATE settings SET value = '77' WHERE key = 'stock.counter_location'"))
                    .ok());
        QCOMPARE(locations.counterLocation().value(), qint64(2));

        // Without "Boutique", the first location.
        QVERIFY(succeeded(locations.add(QStringLiteral("Comptoir"))));
        QVERIFY(succeeded(locations.setCounterLocation(1)));
        QVERIFY(succeeded(locations.remove(2)));
        QVERIFY(
            execute(m_database->connection(), QStringLiteral("DELETE FROM settings WHERE key LIKE 'stock.%'")).ok());
        QCOMPARE(locations.counterLocation().value(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestLocations)
#include "TestLocations.moc"
