#include "orders/OrderBook.h"
#include "shipping/Shipments.h"
#include "shipping/TrackingEventImport.h"
#include "shipping/TrackingImport.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"

#include <QBuffer>
#include <QTest>

using namespace comptoir;
using namespace comptoir::shipping;
using orders::OrderBook;
using orders::OrderStatus;

// Tracking numbers and carrier events imported from CSV files: orders shipped with their parcel
// (stock deducted), parcels added to shipped orders, the same file twice adding nothing, and any
// wrong row — unknown order, number of the wrong shape or already on another order, unknown
// status — named by line and column with nothing written. The slots run in order on one shop.
class TestTrackingImport final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    // Monday 23 November 2026, 8 a.m.
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_mug = 0;
    QHash<QString, qint64> m_orders; // by number

    static QString data(const QString& name) { return QStringLiteral(COMPTOIR_TEST_DATA "/tracking/") + name; }

    qint64 number(const QString& sql) { return stockchecks::number(m_database, sql); }
    qint64 mugsOnHand() { return stockchecks::onHand(m_database, m_mug, 1); }
    OrderStatus status(const QString& order)
    {
        return OrderBook(m_database).load(m_orders.value(order)).value().status;
    }

    // A paid order for one mug, numbered `number`.
    void paidOrder(const QString& number)
    {
        orders::Order order;
        order.number = number;
        order.status = OrderStatus::Paid;
        order.customerName = QStringLiteral("Léa Martin");
        order.email = QStringLiteral("lea@example.fr");
        order.shipTo.name = order.customerName;
        order.shipTo.address1 = QStringLiteral("3 rue de la Soif");
        order.shipTo.postcode = QStringLiteral("35000");
        order.shipTo.city = QStringLiteral("Rennes");
        order.shipTo.country = QStringLiteral("FR");
        orders::OrderLine line;
        line.variantId = m_mug;
        line.quantity = 1;
        line.unitPrice = Money(1200, Currency::euro());
        order.lines << line;
        auto created = OrderBook(m_database).create(order);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        m_orders.insert(number.mid(1), *created);
    }

    static Result<TrackingImportReport> importText(const storage::DatabasePtr& database, const QByteArray& csv,
        bool apply, const TrackingImportOptions& options = {})
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        TrackingImport import(database);
        return apply ? import.run(&buffer, options) : import.check(&buffer, options);
    }

    static QStringList problems(const io::ImportProblems& report)
    {
        QStringList list;
        for (const auto& p : report.problems)
            list << p.toString();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400);
        m_clock.set(QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, 100, inventory::MovementReason::Receipt, {}).ok());
        for (const char* order : {"#1001", "#1002", "#1003", "#1004", "#1005"})
            paidOrder(QString::fromLatin1(order));
        QVERIFY(OrderBook(m_database).changeStatus(m_orders.value("1003"), OrderStatus::Packed).ok());
        QVERIFY(OrderBook(m_database).cancel(m_orders.value("1004"), QStringLiteral("changed her mind")).ok());
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    }

    void cleanup() { stockchecks::verifyConsistent(m_database); }

    void frenchFileShipsOrdersAndDeductsStock()
    {
        TrackingImport import(m_database);
        const qint64 onHand = mugsOnHand();

        // The dry run says what will happen and writes nothing.
        auto dry = import.check(data("colissimo-fr.csv"), {});
        QVERIFY2(dry, qPrintable(dry ? QString() : dry.error().toString()));
        QVERIFY2(!dry->hasProblems(), qPrintable(problems(*dry).join('\n')));
        QCOMPARE(dry->delimiter, QLatin1Char(';'));
        QCOMPARE(dry->rows, 2);
        QCOMPARE(dry->shipped, 2);
        QCOMPARE(dry->lines.size(), 2);
        QCOMPARE(dry->lines[0].action, TrackingRowAction::Ship);
        QCOMPARE(dry->lines[0].line, 2);
        QCOMPARE(dry->lines[0].trackingNumber, QStringLiteral("6A12345678901"));
        QCOMPARE(dry->lines[1].orderNumber, QStringLiteral("#1002"));
        QCOMPARE(dry->lines[1].carrier, QStringLiteral("colissimo")); // recognised from the number
        QVERIFY(!dry->applied);
        QCOMPARE(number("SELECT count(*) FROM shipments"), 0);
        QCOMPARE(status("1001"), OrderStatus::Paid);
        QCOMPARE(mugsOnHand(), onHand);

        auto done = import.run(data("colissimo-fr.csv"), {});
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        QVERIFY2(!done->hasProblems(), qPrintable(problems(*done).join('\n')));
        QVERIFY(done->applied);
        QCOMPARE(done->shipped, 2);
        QCOMPARE(status("1001"), OrderStatus::Shipped);
        QCOMPARE(status("1002"), OrderStatus::Shipped);
        QCOMPARE(mugsOnHand(), onHand - 2);
        const QList<Parcel> parcels = Shipments(m_database).forOrder(m_orders.value("1001")).value();
        QCOMPARE(parcels.size(), 1);
        QCOMPARE(parcels[0].carrier, QStringLiteral("colissimo"));
        QCOMPARE(parcels[0].trackingNumber, QStringLiteral("6A12345678901"));
        QCOMPARE(parcels[0].weightGrams, 850);
        QCOMPARE(parcels[0].shippedAt.toLocalTime().date(), QDate(2026, 11, 20));
        QVERIFY(parcels[0].expectedOn.isValid()); // updateExpectedDates() ran
        QCOMPARE(Shipments(m_database).forOrder(m_orders.value("1002")).value().value(0).weightGrams, 1200);
    }

    void importingTheSameFileAgainAddsNothing()
    {
        const qint64 parcels = number("SELECT count(*) FROM shipments");
        const qint64 movements = number("SELECT count(*) FROM stock_movements");
        auto again = TrackingImport(m_database).run(data("colissimo-fr.csv"), {});
        QVERIFY(again);
        QVERIFY2(!again->hasProblems(), qPrintable(problems(*again).join('\n')));
        QCOMPARE(again->shipped, 0);
        QCOMPARE(again->parcelsAdded, 0);
        QCOMPARE(again->alreadyRecorded, 2);
        QCOMPARE(again->lines[0].action, TrackingRowAction::AlreadyRecorded);
        QCOMPARE(number("SELECT count(*) FROM shipments"), parcels);
        QCOMPARE(number("SELECT count(*) FROM stock_movements"), movements);
    }

    void unknownOrderWritesNothing()
    {
        const qint64 parcels = number("SELECT count(*) FROM shipments");
        const qint64 movements = number("SELECT count(*) FROM stock_movements");
        const qint64 events = number("SELECT count(*) FROM order_events");
        auto report = TrackingImport(m_database).run(data("unknown-order.csv"), {});
        QVERIFY(report);
        QVERIFY(!report->applied);
        QCOMPARE(report->problemCount, 1);
        QCOMPARE(report->problems[0].where(), QStringLiteral("4:1"));
        QVERIFY2(report->problems[0].message.contains("9999"), qPrintable(report->problems[0].message));
        QCOMPARE(report->lines.size(), 3);
        QCOMPARE(report->lines[0].action, TrackingRowAction::Ship); // what it would have done
        QCOMPARE(report->lines[2].action, TrackingRowAction::Error);
        QCOMPARE(report->lines[2].message, report->problems[0].message);
        // Nothing at all was written, not even the good rows.
        QCOMPARE(number("SELECT count(*) FROM shipments"), parcels);
        QCOMPARE(number("SELECT count(*) FROM stock_movements"), movements);
        QCOMPARE(number("SELECT count(*) FROM order_events"), events);
        QCOMPARE(status("1003"), OrderStatus::Packed);
        QCOMPARE(status("1005"), OrderStatus::Paid);
    }

    void missingColumnsAndCancelledOrders()
    {
        auto noTracking = importText(m_database, "Order;Carrier\n1003;Colissimo\n", false);
        QVERIFY(noTracking);
        QCOMPARE(noTracking->problemCount, 1);
        QCOMPARE(noTracking->problems[0].where(), QStringLiteral("1:1"));
        QVERIFY(noTracking->problems[0].message.contains("tracking number column"));

        auto cancelled = importText(m_database, "Commande,Suivi\n1004,6A12345678904\n", false);
        QVERIFY(cancelled);
        QCOMPARE(
            problems(*cancelled), QStringList {"2:1: Commande: Order 1004 is cancelled: it cannot take a parcel."});

        // "N° commande" is the order, not the product "Référence" before it.
        auto named = importText(m_database, "Référence;N° commande;Numéro de suivi\nMUG;1004;6A12345678904\n", false);
        QVERIFY(named);
        QCOMPARE(problems(*named).value(0).left(17), QStringLiteral("2:2: N° commande:"));
    }

    void numberOfTheWrongShapeForTheCarrier()
    {
        auto report = importText(m_database, "Order,Carrier,Tracking number\n1003,Mondial Relay,6A12345678903\n", true);
        QVERIFY(report);
        QCOMPARE(report->problemCount, 1);
        QCOMPARE(report->problems[0].where(), QStringLiteral("2:3"));
        QVERIFY2(report->problems[0].message.contains("Mondial Relay"), qPrintable(report->problems[0].message));

        // The carrier given for the whole file: the number's column is at fault.
        TrackingImportOptions options;
        options.carrier = QStringLiteral("mondial-relay");
        report = importText(m_database, "Order,Tracking number\n1003,6A12345678903\n", true, options);
        QVERIFY(report);
        QCOMPARE(problems(*report).value(0).left(4), QStringLiteral("2:2:"));
        QCOMPARE(status("1003"), OrderStatus::Packed);
    }

    void numberAlreadyOnAnotherOrder()
    {
        auto report = importText(m_database, "Order,Tracking number\n1003,6A12345678901\n", true);
        QVERIFY(report);
        QCOMPARE(report->problemCount, 1);
        QCOMPARE(report->problems[0].where(), QStringLiteral("2:2"));
        QVERIFY2(report->problems[0].message.contains("#1001"), qPrintable(report->problems[0].message));

        // The same number twice in the file, for two orders.
        report = importText(m_database, "Order,Tracking number\n1003,6A55555555555\n1005,6A 5555 5555 555\n", true);
        QVERIFY(report);
        QCOMPARE(report->problemCount, 1);
        QCOMPARE(report->problems[0].where(), QStringLiteral("3:2"));
        QVERIFY2(report->problems[0].message.contains("line 2"), qPrintable(report->problems[0].message));
        QCOMPARE(status("1003"), OrderStatus::Packed);
        QCOMPARE(number("SELECT count(*) FROM shipments WHERE tracking_number = '6A55555555555'"), 0);
    }

    void splitShipmentAddsAParcel()
    {
        const qint64 onHand = mugsOnHand();
        auto report = importText(m_database,
            "Order number;Tracking number;Carrier;Service;Coût\n#1001;12345678;Mondial Relay;Point Relais;4,90\n"
            "1003;6A12345678903;;;\n",
            true);
        QVERIFY(report);
        QVERIFY2(!report->hasProblems(), qPrintable(problems(*report).join('\n')));
        QCOMPARE(report->parcelsAdded, 1);
        QCOMPARE(report->shipped, 1);
        QCOMPARE(report->lines[0].action, TrackingRowAction::AddParcel);
        const QList<Parcel> parcels = Shipments(m_database).forOrder(m_orders.value("1001")).value();
        QCOMPARE(parcels.size(), 2);
        QCOMPARE(parcels[1].carrier, QStringLiteral("mondial-relay"));
        QCOMPARE(parcels[1].service, QStringLiteral("point-relais"));
        QCOMPARE(parcels[1].cost.minorUnits(), 490);
        QCOMPARE(status("1003"), OrderStatus::Shipped);
        QCOMPARE(mugsOnHand(), onHand - 1); // the packed order left; the second parcel took nothing
    }

    void cancelledImportWritesNothing()
    {
        QBuffer buffer;
        buffer.setData("Order,Tracking number\n1005,6A12345678905\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        JobControl control;
        control.cancel();
        auto report = TrackingImport(m_database).run(&buffer, {}, control);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Cancelled);
        QCOMPARE(status("1005"), OrderStatus::Paid);
        QCOMPARE(number("SELECT count(*) FROM shipments WHERE tracking_number = '6A12345678905'"), 0);
    }

    void oneOrderWithTwoParcelsInOneFile()
    {
        const qint64 onHand = mugsOnHand();
        auto report = importText(m_database, "Order,Tracking number\n1005,6A12345678905\n1005,6A12345678906\n", true);
        QVERIFY(report);
        QVERIFY2(!report->hasProblems(), qPrintable(problems(*report).join('\n')));
        QCOMPARE(report->lines[0].action, TrackingRowAction::Ship);
        QCOMPARE(report->lines[1].action, TrackingRowAction::AddParcel);
        QCOMPARE(Shipments(m_database).forOrder(m_orders.value("1005")).value().size(), 2);
        QCOMPARE(mugsOnHand(), onHand - 1);
    }

    void carrierStatusesInEnglishAndFrench()
    {
        QCOMPARE(stateFromCarrierStatus("Livré"), TrackingState::Delivered);
        QCOMPARE(stateFromCarrierStatus(" LIVRÉ. "), TrackingState::Delivered);
        QCOMPARE(stateFromCarrierStatus("Delivered"), TrackingState::Delivered);
        QCOMPARE(stateFromCarrierStatus("En cours d’acheminement"), TrackingState::InTransit);
        QCOMPARE(stateFromCarrierStatus("Out for delivery"), TrackingState::OutForDelivery);
        QCOMPARE(stateFromCarrierStatus("Avisé"), TrackingState::DeliveryFailed);
        QCOMPARE(stateFromCarrierStatus("Échec de livraison"), TrackingState::DeliveryFailed);
        QCOMPARE(stateFromCarrierStatus("Mis à disposition"), TrackingState::AwaitingPickup);
        QCOMPARE(stateFromCarrierStatus("Disponible en point de retrait"), TrackingState::AwaitingPickup);
        QCOMPARE(stateFromCarrierStatus("Retourné à l'expéditeur"), TrackingState::Returned);
        QCOMPARE(stateFromCarrierStatus("Endommagé"), TrackingState::Damaged);
        QCOMPARE(stateFromCarrierStatus("Perdu"), TrackingState::Lost);
        QCOMPARE(stateFromCarrierStatus("Label created"), TrackingState::LabelCreated);
        QCOMPARE(stateFromCarrierStatus("awaiting_pickup"), TrackingState::AwaitingPickup);
        QVERIFY(!stateFromCarrierStatus("Téléporté"));
        QVERIFY(!stateFromCarrierStatus(""));
    }

    void eventsFileDeliversAndSkipsDuplicates()
    {
        TrackingEventImport import(m_database);
        const qint64 events = number("SELECT count(*) FROM tracking_events");
        auto dry = import.check(data("events-fr.csv"));
        QVERIFY2(dry, qPrintable(dry ? QString() : dry.error().toString()));
        QVERIFY2(!dry->hasProblems(), qPrintable(problems(*dry).join('\n')));
        QCOMPARE(dry->newEvents, 5);
        QCOMPARE(dry->parcelsDelivered, 1);
        QCOMPARE(number("SELECT count(*) FROM tracking_events"), events);
        QCOMPARE(status("1001"), OrderStatus::Shipped);

        auto done = import.run(data("events-fr.csv"));
        QVERIFY(done);
        QVERIFY(done->applied);
        QCOMPARE(done->newEvents, 5);
        QCOMPARE(done->knownEvents, 0);
        QCOMPARE(done->parcelsDelivered, 1);
        QCOMPARE(done->lines[2].action, TrackingEventRowAction::New);
        QCOMPARE(done->lines[2].orderNumber, QStringLiteral("#1001"));
        QCOMPARE(number("SELECT count(*) FROM tracking_events"), events + 5);
        QCOMPARE(number("SELECT count(*) FROM tracking_events WHERE source = 'import'"), events + 5);
        QCOMPARE(status("1001"), OrderStatus::Delivered);
        QCOMPARE(status("1002"), OrderStatus::Shipped);
        const QList<Parcel> parcels = Shipments(m_database).forOrder(m_orders.value("1002")).value();
        QCOMPARE(parcels[0].state, TrackingState::DeliveryFailed);

        auto again = import.run(data("events-fr.csv"));
        QVERIFY(again);
        QVERIFY(!again->hasProblems());
        QCOMPARE(again->newEvents, 0);
        QCOMPARE(again->knownEvents, 5);
        QCOMPARE(again->parcelsDelivered, 0);
        QCOMPARE(again->lines[0].action, TrackingEventRowAction::AlreadyKnown);
        QCOMPARE(number("SELECT count(*) FROM tracking_events"), events + 5);
    }

    void eventsFileWithAnUnknownNumberWritesNothing()
    {
        const qint64 events = number("SELECT count(*) FROM tracking_events");
        QBuffer buffer;
        buffer.setData("Tracking number,Status,Date\n"
                       "6A12345678903,In transit,2026-11-21 10:00\n"
                       "6A99999999999,Delivered,2026-11-22 10:00\n"
                       "6A12345678903,Téléporté,2026-11-22 10:00\n"
                       "6A12345678903,Delivered,32/13/2026\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto report = TrackingEventImport(m_database).run(&buffer);
        QVERIFY(report);
        QVERIFY(!report->applied);
        const QStringList found = problems(*report);
        QCOMPARE(found.size(), 3);
        QVERIFY2(
            found[0].startsWith("3:1: Tracking number: ") && found[0].contains("6A99999999999"), qPrintable(found[0]));
        QVERIFY2(found[1].startsWith("4:2: Status: ") && found[1].contains("Téléporté"), qPrintable(found[1]));
        QVERIFY2(found[2].startsWith("5:3: Date: "), qPrintable(found[2]));
        QCOMPARE(report->lines[0].action, TrackingEventRowAction::New);
        QCOMPARE(report->lines[1].action, TrackingEventRowAction::Error);
        QCOMPARE(number("SELECT count(*) FROM tracking_events"), events);
        QCOMPARE(status("1003"), OrderStatus::Shipped);
    }
};

QTEST_GUILESS_MAIN(TestTrackingImport)
#include "TestTrackingImport.moc"
