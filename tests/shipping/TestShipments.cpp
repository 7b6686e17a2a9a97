#include "orders/OrderBook.h"
#include "shipping/Shipments.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::shipping;
using orders::OrderBook;
using orders::OrderStatus;

// Parcels and their tracking: the expected delivery day in working days, events typed in or
// imported (once), the parcel's state and the order's delivery following them, and the problem
// rules — late, possibly lost, lost, damaged, returned, not received — until the merchant handles them.
class TestShipments final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    // Monday 23 November 2026, 8 a.m.
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_mug = 0;

    static QDateTime at(int month, int day, int hour = 10)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
    }

    // A paid order for one mug, to `postcode` in `country`; returns its id.
    qint64 paidOrder(const QString& country = QStringLiteral("FR"), const QString& postcode = QStringLiteral("35000"))
    {
        orders::Order order;
        order.status = OrderStatus::Paid;
        order.customerName = QStringLiteral("Léa Martin");
        order.email = QStringLiteral("lea@example.fr");
        order.shipTo.name = order.customerName;
        order.shipTo.address1 = QStringLiteral("3 rue de la Soif");
        order.shipTo.postcode = postcode;
        order.shipTo.city = QStringLiteral("Rennes");
        order.shipTo.country = country;
        orders::OrderLine line;
        line.variantId = m_mug;
        line.quantity = 1;
        line.unitPrice = Money(1200, Currency::euro());
        order.lines << line;
        auto created = OrderBook(m_database).create(order);
        if (!created) {
            qWarning("%s", qPrintable(created.error().toString()));
            return 0;
        }
        return *created;
    }

    // A paid order for one mug, shipped on `shipped` to `postcode` in `country`; returns the parcel's id.
    qint64 shipped(const QString& carrier, const QString& service, const QDateTime& shippedAt,
        const QString& country = QStringLiteral("FR"), const QString& postcode = QStringLiteral("35000"))
    {
        const qint64 id = paidOrder(country, postcode);
        if (id == 0)
            return 0;
        OrderBook book(m_database);
        orders::Shipment parcel;
        parcel.carrier = carrier;
        parcel.service = service;
        parcel.trackingNumber = QStringLiteral("6A%1").arg(id, 11, 10, QLatin1Char('0'));
        parcel.shippedAt = shippedAt;
        [&] { QVERIFY(book.ship(id, parcel).ok()); }();
        return storage::scalar(m_database->connection(), "SELECT max(id) FROM shipments").value().toLongLong();
    }

    TrackingEvent event(TrackingState state, const QDateTime& when, const QString& code = {})
    {
        TrackingEvent e;
        e.state = state;
        e.at = when;
        e.code = code;
        e.location = QStringLiteral("Rennes PPDC");
        return e;
    }

    // Adds an event; says why when it is refused. Returns whether it was new.
    bool add(qint64 id, const TrackingEvent& e)
    {
        auto added = Shipments(m_database).addEvent(id, e);
        if (!added) {
            qWarning("%s", qPrintable(added.error().toString()));
            return false;
        }
        return *added;
    }

    Parcel parcel(qint64 id)
    {
        auto loaded = Shipments(m_database).load(id);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().toString()));
            return {};
        }
        return *loaded;
    }

    QList<qint64> attention()
    {
        QList<qint64> ids;
        const QList<Parcel> parcels = Shipments(m_database).needingAttention(m_clock.now().date()).value();
        for (const Parcel& p : parcels)
            ids << p.id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400);
        m_clock.set(at(11, 1));
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, 100, inventory::MovementReason::Receipt, {}).ok());
        m_clock.set(at(11, 23, 8));
    }

    void cleanup()
    {
        m_clock.set(at(11, 23, 8));
        stockchecks::verifyConsistent(m_database);
    }

    void expectedDeliveryInWorkingDays()
    {
        // Colissimo delivers on Saturdays: Monday 16 + 2 working days = Wednesday 18.
        const qint64 rennes = shipped("colissimo", "domicile", at(11, 16));
        // Mondial Relay to Corsica: 6 working days without Saturdays = Tuesday 24.
        const qint64 ajaccio = shipped("mondial-relay", "point-relais", at(11, 16), "FR", "20000");
        // Mondial Relay does not serve the United States: no expected day.
        const qint64 boston = shipped("mondial-relay", "point-relais", at(11, 16), "US", "02108");
        // A parcel entered with the carrier's name, as before carriers had keys.
        const qint64 byName = shipped("Colissimo", QString(), at(11, 20));
        // Christmas: Thursday 24 December + 1 working day (Chrono 13) = Monday 28, the 25th being off.
        const qint64 christmas = shipped("chronopost", "chrono13", at(12, 24));
        // Guadeloupe then Saint-Barthélemy (97133, inside Guadeloupe's 971): each its own holidays.
        // Colissimo, 6 working days overseas from Monday 5 October: Saint-Barthélemy's 9 October off.
        const qint64 guadeloupe = shipped("colissimo", "domicile", at(10, 5), "FR", "97110");
        const qint64 stBarth = shipped("colissimo", "domicile", at(10, 5), "FR", "97133");
        QVERIFY(!parcel(rennes).expectedOn.isValid()); // not computed yet

        Shipments shipments(m_database);
        QCOMPARE(shipments.updateExpectedDates().value(), 7);
        QCOMPARE(parcel(guadeloupe).expectedOn, QDate(2026, 10, 12));
        QCOMPARE(parcel(stBarth).expectedOn, QDate(2026, 10, 13));
        for (qint64 done : {guadeloupe, stBarth})
            QVERIFY(shipments.markHandled(done, "Delivered, the customer said so").ok());
        QCOMPARE(parcel(rennes).expectedOn, QDate(2026, 11, 18));
        QCOMPARE(parcel(ajaccio).expectedOn, QDate(2026, 11, 24));
        QVERIFY(!parcel(boston).expectedOn.isValid());
        QCOMPARE(parcel(byName).expectedOn, QDate(2026, 11, 23)); // Friday + 2 with Saturday
        QCOMPARE(parcel(christmas).expectedOn, QDate(2026, 12, 28));
        QCOMPARE(shipments.updateExpectedDates().value(), 0); // each computed once

        // Today (Monday 23): Rennes is late... and a week without news makes it possibly lost.
        QCOMPARE(parcel(rennes).problem, Problem::PossiblyLost);
        QCOMPARE(parcel(ajaccio).problem, Problem::None); // 5 working days without news: Mondial Relay waits 7
        QCOMPARE(parcel(byName).problem, Problem::None);
        // News on Friday: no longer possibly lost, but still late.
        QVERIFY(add(rennes, event(TrackingState::InTransit, at(11, 20), "ET1")));
        QCOMPARE(parcel(rennes).problem, Problem::Late);
        QCOMPARE(parcel(rennes).state, TrackingState::InTransit);
        QCOMPARE(parcel(rennes).lastEventAt, at(11, 20));
        // Delivered: the order follows.
        QVERIFY(add(rennes, event(TrackingState::Delivered, at(11, 21, 11), "DI1")));
        const Parcel done = parcel(rennes);
        QCOMPARE(done.state, TrackingState::Delivered);
        QCOMPARE(done.deliveredAt, at(11, 21, 11));
        QCOMPARE(done.problem, Problem::None);
        const orders::Order order = OrderBook(m_database).load(done.orderId).value();
        QCOMPARE(order.status, OrderStatus::Delivered);
        QCOMPARE(order.deliveredAt, at(11, 21, 11));
        const auto history = OrderBook(m_database).history(done.orderId).value();
        QVERIFY(history.last().note.contains("carrier's tracking"));

        // The same event again (a file imported twice) adds nothing.
        QVERIFY(!add(rennes, event(TrackingState::Delivered, at(11, 21, 11), "DI1")));
        QCOMPARE(shipments.events(rennes).value().size(), 2);
        QCOMPARE(shipments.events(rennes).value().first().state, TrackingState::Delivered); // newest first
        // An older event arriving late does not move the parcel back.
        QVERIFY(add(rennes, event(TrackingState::LabelCreated, at(11, 16, 9))));
        QCOMPARE(parcel(rennes).state, TrackingState::Delivered);
    }

    void problemsAndWhatTheMerchantDid()
    {
        Shipments shipments(m_database);
        const qint64 damaged = shipped("colissimo", "domicile", at(11, 19));
        const qint64 lost = shipped("dpd", "predict", at(11, 18));
        const qint64 returned = shipped("gls", "business", at(11, 17));
        const qint64 failed = shipped("ups", "standard", at(11, 19));
        const qint64 fine = shipped("colissimo", "domicile", at(11, 21));
        QVERIFY(shipments.updateExpectedDates());

        QVERIFY(add(damaged, event(TrackingState::Damaged, at(11, 20), "PB1")));
        QVERIFY(add(damaged, event(TrackingState::Delivered, at(11, 21), "DI1")));
        QCOMPARE(parcel(damaged).problem, Problem::Damaged); // delivered, but damaged on the way
        QVERIFY(add(lost, event(TrackingState::Lost, at(11, 20))));
        QVERIFY(add(returned, event(TrackingState::Returned, at(11, 20), "RE1")));
        QVERIFY(add(failed, event(TrackingState::DeliveryFailed, at(11, 20))));
        QCOMPARE(parcel(lost).problem, Problem::Lost);
        QCOMPARE(parcel(returned).problem, Problem::Returned);
        QCOMPARE(parcel(failed).problem, Problem::DeliveryFailed);
        QCOMPARE(parcel(fine).problem, Problem::None);

        const QList<qint64> needing = attention();
        QVERIFY(!needing.contains(fine));
        for (qint64 id : {damaged, lost, returned, failed})
            QVERIFY(needing.contains(id));
        QVERIFY(needing.indexOf(lost) < needing.indexOf(damaged)); // worst first
        QVERIFY(needing.indexOf(damaged) < needing.indexOf(failed));
        const ProblemCounts counts = shipments.countProblems(m_clock.now().date()).value();
        QCOMPARE(counts.byProblem.value(Problem::Lost), 1);
        QCOMPARE(counts.byProblem.value(Problem::Damaged), 1);
        QCOMPARE(counts.total(), needing.size());

        // Handled: it leaves the list with what was done; reopened, it comes back.
        QVERIFY(!shipments.markHandled(lost, "  ").ok()); // say what was done
        QVERIFY(shipments.markHandled(lost, "Reshipped, claim filed with DPD").ok());
        QCOMPARE(parcel(lost).problem, Problem::None);
        QCOMPARE(parcel(lost).handledNote, QStringLiteral("Reshipped, claim filed with DPD"));
        QVERIFY(!attention().contains(lost));
        QVERIFY(shipments.reopen(lost).ok());
        QVERIFY(attention().contains(lost));
        QVERIFY(shipments.markHandled(lost, "Refunded").ok());

        // Delivered but not received, says the customer.
        const Status early = shipments.markNotReceived(fine, "Customer called");
        QVERIFY(!early.ok());
        QVERIFY(early.error().message.contains("not delivered yet"));
        QVERIFY(add(fine, event(TrackingState::Delivered, at(11, 22))));
        QVERIFY(!attention().contains(fine));
        QVERIFY(shipments.markNotReceived(fine, "Customer called: nothing in the letterbox").ok());
        QCOMPARE(parcel(fine).problem, Problem::NotReceived);
        QVERIFY(attention().contains(fine));
        QVERIFY(shipments.markCustomerTold(fine).ok());
        QCOMPARE(parcel(fine).customerToldAt, m_clock.now());
    }

    void watchingStopsAfterTheWindowAndWhenTheMerchantKnows()
    {
        Shipments shipments(m_database);
        const qint64 old = shipped("colissimo", "domicile", at(8, 3));
        const qint64 recent = shipped("colissimo", "domicile", at(11, 9));
        QVERIFY(shipments.updateExpectedDates());
        QVERIFY(!attention().contains(old)); // shipped 112 days ago: no longer watched
        QVERIFY(attention().contains(recent));
        QVERIFY(storage::execute(m_database->connection(), "INSERT INTO settings (key, value) VALUES (?, '120')",
            {QString::fromLatin1(Shipments::kWatchDaysKey)})
                    .ok());
        QVERIFY(attention().contains(old));
        // The merchant marks the order delivered: its parcel is delivered too.
        QVERIFY(OrderBook(m_database).changeStatus(parcel(recent).orderId, OrderStatus::Delivered).ok());
        QCOMPARE(parcel(recent).state, TrackingState::Delivered);
        QVERIFY(!attention().contains(recent));
        QVERIFY(storage::execute(m_database->connection(), "DELETE FROM settings WHERE key = ?",
            {QString::fromLatin1(Shipments::kWatchDaysKey)})
                    .ok());
    }

    void shippingChecksTheParcel()
    {
        Shipments shipments(m_database);
        const QString onShelf = QStringLiteral("SELECT sum(quantity) FROM stock_movements WHERE variant_id = ?");
        const qint64 before = storage::scalar(m_database->connection(), onShelf, {m_mug}).value().toLongLong();
        const qint64 order = paidOrder();
        orders::Shipment parcel;

        // A wrong check digit: nothing ships, the stock stays.
        parcel.carrier = QStringLiteral("Colissimo");
        parcel.trackingNumber = QStringLiteral("CB123456784FR");
        const Status wrong = shipments.ship(order, parcel);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().where, QStringLiteral("Tracking number"));
        QVERIFY(wrong.error().message.contains("check digit"));
        QCOMPARE(OrderBook(m_database).load(order).value().status, OrderStatus::Paid);
        QCOMPARE(storage::scalar(m_database->connection(), onShelf, {m_mug}).value().toLongLong(), before);

        // Unknown carrier, unknown service, a number of no known shape.
        parcel.carrier = QStringLiteral("Pigeon voyageur");
        QVERIFY(shipments.ship(order, parcel).error().message.contains("not one of the shop's carriers"));
        parcel.carrier = QStringLiteral("colissimo");
        parcel.service = QStringLiteral("Téléportation");
        parcel.trackingNumber = QStringLiteral("6A12345678901");
        QVERIFY(shipments.ship(order, parcel).error().message.contains("no service called"));
        parcel.carrier.clear();
        parcel.service.clear();
        parcel.trackingNumber = QStringLiteral("??");
        QVERIFY(shipments.ship(order, parcel).error().message.startsWith("Which carrier?"));
        QCOMPARE(OrderBook(m_database).load(order).value().status, OrderStatus::Paid);

        // No carrier given: recognised from the number, stored by key, the number normalized.
        parcel.trackingNumber = QStringLiteral("6a 5555 0000 111");
        QVERIFY(shipments.ship(order, parcel).ok());
        QList<Parcel> parcels = shipments.forOrder(order).value();
        QCOMPARE(parcels.size(), 1);
        QCOMPARE(parcels[0].carrier, QStringLiteral("colissimo"));
        QCOMPARE(parcels[0].trackingNumber, QStringLiteral("6A55550000111"));
        QCOMPARE(storage::scalar(m_database->connection(), onShelf, {m_mug}).value().toLongLong(), before - 1);

        // The same number scanned for another order is refused, naming the order that has it.
        const qint64 other = paidOrder();
        const Status twice = shipments.ship(other, parcel);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(OrderBook(m_database).load(order).value().number));
        QVERIFY(!shipments.addParcel(other, parcel)); // not shipped yet either
        QVERIFY(shipments.addParcel(other, orders::Shipment {}).error().message.contains("ship it before"));

        // A second parcel of a shipped order: no stock moves, the history says so.
        parcel.carrier = QStringLiteral("Mondial Relay");
        parcel.trackingNumber = QStringLiteral("12345678");
        parcel.weightGrams = 850;
        auto second = shipments.addParcel(order, parcel);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        parcels = shipments.forOrder(order).value();
        QCOMPARE(parcels.size(), 2);
        QCOMPARE(parcels[1].id, *second);
        QCOMPARE(parcels[1].carrier, QStringLiteral("mondial-relay"));
        QCOMPARE(parcels[1].weightGrams, 850);
        QCOMPARE(storage::scalar(m_database->connection(), onShelf, {m_mug}).value().toLongLong(), before - 1);
        const auto history = OrderBook(m_database).history(order).value();
        QCOMPARE(history.last().kind, orders::EventKind::Shipment);
        QVERIFY(history.last().note.contains("12345678"));
        QVERIFY(shipments.updateExpectedDates().value() >= 2);

        // Correcting a parcel keeps its own number acceptable.
        QVERIFY(shipments.setTracking(*second, "mondial-relay", {}, "12345678").ok());
        QVERIFY(!shipments.setTracking(*second, "colissimo", {}, "6A55550000111").ok());
        QVERIFY(OrderBook(m_database).cancel(other, QStringLiteral("test")).ok());
    }

    void badInputIsRefused()
    {
        Shipments shipments(m_database);
        const qint64 id = shipped("colissimo", "domicile", at(11, 20));
        const qint64 events
            = storage::scalar(m_database->connection(), "SELECT count(*) FROM tracking_events").value().toLongLong();
        auto future = shipments.addEvent(id, event(TrackingState::Delivered, at(11, 25)));
        QVERIFY(!future);
        QVERIFY(future.error().message.contains("future"));
        QVERIFY(!shipments.addEvent(id, event(TrackingState::Delivered, QDateTime())));
        QCOMPARE(shipments.addEvent(987654, event(TrackingState::Delivered, at(11, 22))).error().code,
            Error::Code::NotFound);
        QCOMPARE(storage::scalar(m_database->connection(), "SELECT count(*) FROM tracking_events").value().toLongLong(),
            events);

        const Status wrong = shipments.setTracking(id, "colissimo", "domicile", "CB123456784FR");
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains("check digit"));
        QVERIFY(!shipments.setTracking(id, "pigeon", {}, "1234").ok());
        QVERIFY(shipments.setTracking(id, "ups", "standard", "1z5r 8939 0357 5671 27").ok());
        QCOMPARE(parcel(id).carrier, QStringLiteral("ups"));
        QCOMPARE(parcel(id).trackingNumber, QStringLiteral("1Z5R89390357567127"));
        QVERIFY(!parcel(id).expectedOn.isValid()); // computed again for the new carrier
        QVERIFY(shipments.updateExpectedDates().value() >= 1);
        QCOMPARE(parcel(id).expectedOn, QDate(2026, 11, 24)); // UPS Standard, 2 days from Friday
    }
};

QTEST_GUILESS_MAIN(TestShipments)
#include "TestShipments.moc"
