#include "orders/OrderBook.h"
#include "shipping/LaPosteTracking.h"
#include "shipping/Shipments.h"
#include "shipping/TrackingRefresh.h"
#include "storage/Sql.h"
#include "support/FakeHttpServer.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace comptoir;
using namespace comptoir::shipping;
using namespace std::chrono_literals;
using orders::OrderBook;
using orders::OrderStatus;

// La Poste's tracking: the answer read whatever it holds, requests against a local fake of the API
// (key header, path, 401, 404, 429 and Retry-After, timeouts, no server), and the refresh that records
// each parcel's new events once, moves delivered orders, stops on a refused key and can be cancelled.
class TestLaPosteTracking final : public QObject
{
    Q_OBJECT

private:
    // An answer of La Poste's Suivi v2 from tests/data/laposte, for a tracking number.
    static QByteArray body(const QString& file, const QString& number)
    {
        QFile json(QStringLiteral(COMPTOIR_TEST_DATA "/laposte/") + file);
        if (!json.open(QIODevice::ReadOnly))
            qWarning("cannot read %s", qPrintable(json.fileName()));
        return json.readAll().replace("{number}", number.toUtf8());
    }
    // A delivered Colissimo: events newest first, French times.
    static QByteArray deliveredBody(const QString& number) { return body("delivered.json", number); }

    static QByteArray inTransitBody(const QString& number) { return body("in-transit.json", number); }

    static QByteArray errorBody(int code, const char* message)
    {
        return QStringLiteral(R"({"returnCode": %1, "returnMessage": "%2", "lang": "fr_FR"})")
            .arg(code)
            .arg(QString::fromUtf8(message))
            .toUtf8();
    }

    // Monday 23 November 2026, 8 a.m.
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<TempShop> m_shop;
    storage::DatabasePtr m_database;
    qint64 m_mug = 0;

    static QDateTime at(int month, int day, int hour = 10)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
    }

    // A paid order for one mug, shipped on `shippedAt`; returns the parcel's id.
    qint64 shipped(const QString& carrier, const QDateTime& shippedAt)
    {
        orders::Order order;
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
        OrderBook book(m_database);
        auto created = book.create(order);
        if (!created) {
            qWarning("%s", qPrintable(created.error().toString()));
            return 0;
        }
        orders::Shipment parcel;
        parcel.carrier = carrier;
        parcel.trackingNumber = QStringLiteral("6A%1").arg(*created, 11, 10, QLatin1Char('0'));
        parcel.shippedAt = shippedAt;
        if (auto ok = book.ship(*created, parcel); !ok) {
            qWarning("%s", qPrintable(ok.error().toString()));
            return 0;
        }
        return storage::scalar(m_database->connection(), "SELECT max(id) FROM shipments").value().toLongLong();
    }

    Parcel parcel(qint64 id) { return Shipments(m_database).load(id).value(); }

    static QByteArray pathFor(const Parcel& parcel) { return "/suivi/v2/idships/" + parcel.trackingNumber.toLatin1(); }

    static std::unique_ptr<LaPosteTracking> provider(const FakeHttpServer& server)
    {
        auto laPoste = std::make_unique<LaPosteTracking>(QStringLiteral("test-key-123"));
        laPoste->setBaseUrl(QUrl(server.url().toString() + QStringLiteral("/suivi/v2")));
        return laPoste;
    }

    // Fetches one number and waits for the answer.
    static TrackingFetch fetch(LaPosteTracking& laPoste, const QString& number, int waitMs = 4000)
    {
        std::unique_ptr<TrackingRequest> request(laPoste.fetch(number, nullptr));
        QSignalSpy finished(request.get(), &TrackingRequest::finished);
        if (!finished.wait(waitMs))
            qWarning("no answer");
        return request->result();
    }

    // Runs a refresh to its end; returns its summary, and the parcels' outcomes in `refreshed`/`failed`.
    struct Run
    {
        RefreshSummary summary;
        QList<ParcelRefresh> refreshed;
        QList<QPair<ParcelRefresh, Error>> failed;
        int progressCalls = 0;
    };

    Run refresh(TrackingProvider& laPoste, const QList<qint64>& ids = {}, bool all = true,
        std::function<void(TrackingRefresh&)> onProgress = {})
    {
        Run run;
        TrackingRefresh running(m_database, &laPoste);
        bool finished = false;
        connect(&running, &TrackingRefresh::parcelRefreshed, this,
            [&run](const ParcelRefresh& parcel) { run.refreshed << parcel; });
        connect(&running, &TrackingRefresh::parcelFailed, this,
            [&run](const ParcelRefresh& parcel, const Error& error) { run.failed << qMakePair(parcel, error); });
        connect(&running, &TrackingRefresh::progress, this, [&] {
            ++run.progressCalls;
            if (onProgress)
                onProgress(running);
        });
        connect(&running, &TrackingRefresh::finished, this, [&](const RefreshSummary& summary) {
            run.summary = summary;
            finished = true;
        });
        const Status started = all ? running.start() : running.start(ids);
        if (!started) {
            qWarning("%s", qPrintable(started.error().toString()));
            return run;
        }
        if (!QTest::qWaitFor([&] { return finished; }, 8000))
            qWarning("the refresh did not finish");
        return run;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(at(11, 23, 8));
        m_shop = std::make_unique<TempShop>();
        m_database = ShopBuilder::openEmpty(*m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400);
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, 100, inventory::MovementReason::Receipt, {}).ok());
    }

    void cleanup()
    {
        m_database.reset();
        m_shop.reset();
    }

    void readsADeliveredParcel()
    {
        auto answer = parseLaPosteAnswer(deliveredBody("6A12345678901"), 200);
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().toString()));
        QCOMPARE(answer->returnCode, 200);
        const TrackingAnswer& tracking = answer->tracking;
        QCOMPARE(tracking.number, "6A12345678901");
        QCOMPARE(tracking.product, "colissimo");
        QVERIFY(tracking.isFinal);
        QCOMPARE(tracking.expectedOn, QDate(2026, 11, 18));
        QCOMPARE(tracking.deliveredAt, QDateTime(QDate(2026, 11, 18), QTime(10, 42), Qt::UTC));
        QCOMPARE(tracking.url.host(), "www.laposte.fr");
        QCOMPARE(tracking.events.size(), 5);
        const TrackingEvent& delivered = tracking.events.first();
        QCOMPARE(delivered.state, TrackingState::Delivered);
        QCOMPARE(delivered.code, "DI1");
        QCOMPARE(delivered.description, "Votre colis est livré.");
        QCOMPARE(delivered.source, EventSource::Carrier);
        QCOMPARE(delivered.at, QDateTime(QDate(2026, 11, 18), QTime(10, 42), Qt::UTC)); // stored in UTC
        QCOMPARE(delivered.at.timeSpec(), Qt::UTC);
        QCOMPARE(tracking.events.at(1).state, TrackingState::OutForDelivery);
        QCOMPARE(tracking.events.at(2).state, TrackingState::InTransit);
        QCOMPARE(tracking.events.at(3).state, TrackingState::InTransit);
        QCOMPARE(tracking.events.last().state, TrackingState::LabelCreated);
        QCOMPARE(tracking.events.last().at, QDateTime(QDate(2026, 11, 16), QTime(8, 30), Qt::UTC));
    }

    void readsAReturnedParcel()
    {
        const QByteArray body = R"({"returnCode": 200, "shipment": {"idShip": "1K00000000001", "product": "courrier",
            "isFinal": true, "event": [
            {"code": "DI2", "label": "Distribué à l'expéditeur.", "date": "2026-11-21T10:00:00+01:00"},
            {"code": "RE1", "label": "Retourné à l'expéditeur.", "date": "2026-11-20T10:00:00+01:00"},
            {"code": "ND1", "label": "Non distribuable.", "date": "2026-11-19T10:00:00+01:00"},
            {"code": "AG1", "label": "En attente au guichet.", "date": "2026-11-18T10:00:00+01:00"},
            {"code": "pb1", "label": "Problème en cours.", "date": "2026-11-17T10:00:00Z"},
            {"code": "ZZ9", "label": "Un code inconnu.", "date": "2026-11-16T10:00:00+01:00"}]}})";
        auto answer = parseLaPosteAnswer(body, 200);
        QVERIFY(answer.ok());
        const QList<TrackingEvent>& events = answer->tracking.events;
        QCOMPARE(events.size(), 6);
        QCOMPARE(events.at(0).state, TrackingState::Returned);
        QCOMPARE(events.at(1).state, TrackingState::Returned);
        QCOMPARE(events.at(2).state, TrackingState::DeliveryFailed);
        QCOMPARE(events.at(3).state, TrackingState::AwaitingPickup);
        QCOMPARE(events.at(4).state, TrackingState::Exception);
        QCOMPARE(events.at(4).code, "PB1");
        QCOMPARE(events.at(4).at, QDateTime(QDate(2026, 11, 17), QTime(10, 0), Qt::UTC));
        // An unknown code is kept, with its label, as in transit.
        QCOMPARE(events.at(5).state, TrackingState::InTransit);
        QCOMPARE(events.at(5).code, "ZZ9");
        QCOMPARE(events.at(5).description, "Un code inconnu.");
        QVERIFY(!answer->tracking.deliveredAt.isValid());
        QVERIFY(!answer->tracking.expectedOn.isValid());
    }

    void mapsEveryDocumentedCode()
    {
        const QList<QPair<const char*, TrackingState>> codes = {{"DR1", TrackingState::LabelCreated},
            {"PC1", TrackingState::InTransit}, {"PC2", TrackingState::InTransit}, {"ET1", TrackingState::InTransit},
            {"ET2", TrackingState::InTransit}, {"ET3", TrackingState::InTransit}, {"ET4", TrackingState::InTransit},
            {"EP1", TrackingState::InTransit}, {"DO1", TrackingState::InTransit}, {"DO2", TrackingState::InTransit},
            {"DO3", TrackingState::Exception}, {"PB1", TrackingState::Exception}, {"PB2", TrackingState::InTransit},
            {"MD2", TrackingState::OutForDelivery}, {"AG1", TrackingState::AwaitingPickup},
            {"ND1", TrackingState::DeliveryFailed}, {"DI1", TrackingState::Delivered}, {"DI2", TrackingState::Returned},
            {"RE1", TrackingState::Returned}, {"LIVCFM", TrackingState::InTransit}, {"", TrackingState::InTransit}};
        for (const auto& [code, state] : codes)
            QVERIFY2(laPosteState(QString::fromLatin1(code)) == state, code);
    }

    void refusesWhatCannotBeRead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "could not be read";
        QTest::newRow("not JSON") << QByteArray("<html>Bad gateway</html>") << "could not be read";
        QTest::newRow("truncated") << deliveredBody("6A12345678901").left(300) << "could not be read";
        QTest::newRow("an array") << QByteArray("[1, 2]") << "could not be read";
        QTest::newRow("no shipment") << QByteArray(R"({"returnCode": 200})") << "holds no parcel";
        QTest::newRow("shipment a string") << QByteArray(R"({"shipment": "6A"})") << "holds no parcel";
        QTest::newRow("events an object") << QByteArray(R"({"shipment": {"event": {"code": "DI1"}}})") << "not a list";
        QTest::newRow("event a number") << QByteArray(R"({"shipment": {"event": [42]}})") << "event 1 is not";
        QTest::newRow("event without date")
            << QByteArray(R"({"shipment": {"event": [{"code": "DI1", "label": "Livré"}]}})")
            << "event 1 (DI1) has no valid date";
        QTest::newRow("event with a bad date")
            << QByteArray(R"({"shipment": {"event": [{"code": "ET1", "date": "2026-11-18T11:42:00+01:00"},
                {"code": "DI1", "date": "hier"}]}})")
            << "event 2 (DI1) has no valid date";
        QTest::newRow("date a number") << QByteArray(R"({"shipment": {"event": [{"code": 7, "date": 1763460000}]}})")
                                       << "event 1 (?) has no valid date";
    }

    void refusesWhatCannotBeRead()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        auto answer = parseLaPosteAnswer(body, 200);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains(message), qPrintable(answer.error().toString()));
    }

    // What the fuzzer will do, in small: every cut of a real answer, and every byte of it changed, is
    // either read or refused with a message; never a crash, never an event without its time.
    void survivesDamagedAnswers()
    {
        const QByteArray body = deliveredBody("6A12345678901");
        int read = 0;
        for (qsizetype length = 0; length <= body.size(); ++length) {
            auto answer = parseLaPosteAnswer(body.left(length), 200);
            QVERIFY(answer.ok() || !answer.error().message.isEmpty());
        }
        for (qsizetype i = 0; i < body.size(); ++i) {
            for (char replacement : {'\0', '"', '}', '9', '\xff'}) {
                QByteArray damaged = body;
                damaged[i] = replacement;
                auto answer = parseLaPosteAnswer(damaged, 200);
                if (!answer.ok()) {
                    QVERIFY(!answer.error().message.isEmpty());
                    continue;
                }
                ++read;
                for (const TrackingEvent& event : std::as_const(answer->tracking.events))
                    QVERIFY(event.at.isValid() && event.at.timeSpec() == Qt::UTC);
            }
        }
        QVERIFY(read > 0); // most changes in labels still read
    }

    void toleratesMissingDetails()
    {
        // No events yet, no dates, no product: a parcel only announced.
        auto bare = parseLaPosteAnswer(R"({"shipment": {}})", 200);
        QVERIFY(bare.ok());
        QVERIFY(bare->tracking.events.isEmpty());
        QVERIFY(!bare->tracking.isFinal);
        // An event without label or code is kept as in transit.
        auto anonymous = parseLaPosteAnswer(R"json({"shipment": {"isFinal": "yes", "url": "javascript:alert(1)",
            "estimDate": "soon", "event": [{"date": "2026-11-20T08:00:00+01:00"}]}})json",
            200);
        QVERIFY(anonymous.ok());
        QCOMPARE(anonymous->tracking.events.size(), 1);
        QCOMPARE(anonymous->tracking.events.first().state, TrackingState::InTransit);
        QVERIFY(anonymous->tracking.events.first().description.isEmpty());
        QVERIFY(!anonymous->tracking.isFinal);
        QVERIFY(anonymous->tracking.url.isEmpty());
        QVERIFY(!anonymous->tracking.expectedOn.isValid());
        // A time without its offset is French time (summer: UTC+2).
        auto local
            = parseLaPosteAnswer(R"({"shipment": {"event": [{"code": "PC1", "date": "2026-07-01T12:00:00"}]}})", 200);
        QVERIFY(local.ok());
        QCOMPARE(local->tracking.events.first().at, QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC));
        // Events out of order come back newest first.
        auto unordered = parseLaPosteAnswer(R"({"shipment": {"event": [
            {"code": "PC1", "date": "2026-11-19T17:00:00+01:00"}, {"code": "DI1", "date": "2026-11-21T09:00:00+01:00"}]}})",
            200);
        QVERIFY(unordered.ok());
        QCOMPARE(unordered->tracking.events.first().code, "DI1");
    }

    void saysWhatAnErrorAnswerMeans_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::newRow("401") << 401 << errorBody(401, "Unauthorized") << "refused the API key"
                             << "Unauthorized";
        QTest::newRow("403") << 403 << QByteArray("Forbidden") << "refused the API key"
                             << "HTTP 403";
        QTest::newRow("404") << 404 << errorBody(404, "Numéro inconnu") << "does not know this tracking number"
                             << "Numéro inconnu";
        QTest::newRow("400") << 400 << errorBody(400, "Format invalide") << "malformed"
                             << "Format invalide";
        QTest::newRow("429") << 429 << QByteArray() << "too many requests"
                             << "HTTP 429";
        QTest::newRow("503") << 503 << QByteArray("<html>") << "not working right now"
                             << "HTTP 503";
        QTest::newRow("302") << 302 << QByteArray() << "unexpected answer (HTTP status 302)"
                             << "HTTP 302";
        // Several parcels (207): the parcel's own code counts.
        QTest::newRow("207 with 404 inside")
            << 207 << errorBody(404, "Not found") << "does not know this tracking number"
            << "HTTP 404";
    }

    void saysWhatAnErrorAnswerMeans()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        auto answer = parseLaPosteAnswer(body, status);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains(message), qPrintable(answer.error().toString()));
        QVERIFY2(answer.error().detail.contains(detail), qPrintable(answer.error().toString()));
    }

    void fetchesOneNumberWithTheKey()
    {
        FakeHttpServer server;
        QVERIFY(server.isListening());
        server.script("/suivi/v2/idships/6A12345678901", 200, deliveredBody("6A12345678901"));
        auto laPoste = provider(server);
        const TrackingFetch fetched = fetch(*laPoste, "6A12345678901");
        QVERIFY2(fetched.ok(), qPrintable(fetched.answer ? QString() : fetched.answer.error().toString()));
        QCOMPARE(fetched.number, "6A12345678901");
        QCOMPARE(fetched.answer->events.size(), 5);
        QCOMPARE(fetched.answer->events.first().state, TrackingState::Delivered);
        QCOMPARE(server.requests().size(), 1);
        const FakeHttpServer::Request& request = server.requests().first();
        QCOMPARE(request.method, "GET");
        QCOMPARE(request.path, "/suivi/v2/idships/6A12345678901");
        QCOMPARE(request.query, "lang=fr_FR");
        QCOMPARE(request.header("X-Okapi-Key"), "test-key-123");
        QCOMPARE(request.header("Accept"), "application/json");
        QVERIFY(laPoste->serves("colissimo"));
        QVERIFY(laPoste->serves("chronopost"));
        QVERIFY(laPoste->serves("lettre-suivie"));
        QVERIFY(!laPoste->serves("dpd"));
        QCOMPARE(LaPosteTracking(QString()).urlFor("6A1").toString(),
            "https://api.laposte.fr/suivi/v2/idships/6A1?lang=fr_FR");
    }

    void refusedKeyAndUnknownNumber()
    {
        FakeHttpServer server;
        server.script("/suivi/v2/idships/6A00000000001", 401, errorBody(401, "Invalid API key"));
        server.script("/suivi/v2/idships/6A00000000002", 404, errorBody(404, "Not found"));
        auto laPoste = provider(server);
        const TrackingFetch refused = fetch(*laPoste, "6A00000000001");
        QCOMPARE(refused.failure, FetchFailure::KeyRefused);
        QVERIFY(refused.answer.error().message.contains("La Poste refused the API key"));
        QVERIFY(failsEveryParcel(refused.failure));
        const TrackingFetch unknown = fetch(*laPoste, "6A00000000002");
        QCOMPARE(unknown.failure, FetchFailure::UnknownNumber);
        QVERIFY(unknown.answer.error().message.contains("does not know this tracking number"));
        QVERIFY(!failsEveryParcel(unknown.failure));
        // No key at all: nothing is sent.
        LaPosteTracking keyless(QStringLiteral("  "));
        keyless.setBaseUrl(server.url());
        server.clearRequests();
        const TrackingFetch keyMissing = fetch(keyless, "6A00000000001");
        QCOMPARE(keyMissing.failure, FetchFailure::KeyRefused);
        QVERIFY(keyMissing.answer.error().message.contains("no API key"));
        QVERIFY(server.requests().isEmpty());
    }

    void waitsAsAskedAfterTooManyRequests()
    {
        FakeHttpServer server;
        const QByteArray path = "/suivi/v2/idships/6A12345678901";
        server.script(path, 429, errorBody(429, "Too many requests"), {{"Retry-After", "1"}});
        server.script(path, 200, deliveredBody("6A12345678901"));
        auto laPoste = provider(server);
        QElapsedTimer clock;
        clock.start();
        const TrackingFetch fetched = fetch(*laPoste, "6A12345678901");
        QVERIFY(fetched.ok());
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.requests().size(), 2);

        // Throttled twice: given up after the one retry.
        FakeHttpServer busy;
        busy.script(path, 429, errorBody(429, "Too many requests"), {{"Retry-After", "0"}});
        auto throttled = provider(busy);
        const TrackingFetch refused = fetch(*throttled, "6A12345678901");
        QCOMPARE(refused.failure, FetchFailure::Throttled);
        QVERIFY(refused.answer.error().message.contains("too many requests"));
        QCOMPARE(busy.requests().size(), 2);

        // A wait longer than allowed is not waited for.
        FakeHttpServer slow;
        slow.script(path, 429, QByteArray(), {{"Retry-After", "3600"}});
        auto impatient = provider(slow);
        impatient->setMaxRetryWait(5s);
        clock.restart();
        QCOMPARE(fetch(*impatient, "6A12345678901").failure, FetchFailure::Throttled);
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(slow.requests().size(), 1);
    }

    void givesUpOnASlowServer()
    {
        FakeHttpServer server;
        server.script("/suivi/v2/idships/6A12345678901", 200, deliveredBody("6A12345678901"), {}, 3000);
        auto laPoste = provider(server);
        laPoste->setTimeout(300ms);
        QElapsedTimer clock;
        clock.start();
        const TrackingFetch fetched = fetch(*laPoste, "6A12345678901");
        QCOMPARE(fetched.failure, FetchFailure::Timeout);
        QVERIFY2(fetched.answer.error().message.contains("did not answer within 1 second"),
            qPrintable(fetched.answer.error().toString()));
        QVERIFY(clock.elapsed() < 2500);
    }

    void saysWhenNoServerAnswers()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        LaPosteTracking laPoste(QStringLiteral("key"));
        laPoste.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/suivi/v2").arg(port)));
        const TrackingFetch refused = fetch(laPoste, "6A12345678901");
        QCOMPARE(refused.failure, FetchFailure::Network);
        QVERIFY2(refused.answer.error().message.contains("Could not connect to La Poste's server (127.0.0.1)"),
            qPrintable(refused.answer.error().toString()));
        laPoste.setBaseUrl(QUrl(QStringLiteral("http://no-such-host.invalid/suivi/v2")));
        const TrackingFetch unknownHost = fetch(laPoste, "6A12345678901");
        QCOMPARE(unknownHost.failure, FetchFailure::Network);
        QVERIFY2(unknownHost.answer.error().message.contains("could not be found"),
            qPrintable(unknownHost.answer.error().toString()));
    }

    void refreshRecordsEventsOnceAndDelivers()
    {
        const qint64 rennes = shipped("colissimo", at(11, 16));
        const qint64 unknown = shipped("chronopost", at(11, 19));
        const qint64 byName = shipped("La Poste Lettre suivie", at(11, 19)); // stored by name
        const qint64 dpd = shipped("dpd", at(11, 19)); // not La Poste's
        const qint64 old = shipped("colissimo", at(8, 1)); // no longer watched (60 days)
        const qint64 handled = shipped("colissimo", at(11, 18));
        QVERIFY(Shipments(m_database).markHandled(handled, "Reshipped").ok());
        FakeHttpServer server;
        server.script(pathFor(parcel(rennes)), 200, deliveredBody(parcel(rennes).trackingNumber));
        server.script(pathFor(parcel(unknown)), 404, errorBody(404, "Not found"));
        server.script(pathFor(parcel(byName)), 200, inTransitBody(parcel(byName).trackingNumber));
        auto laPoste = provider(server);

        TrackingRefresh selection(m_database, laPoste.get());
        QCOMPARE(selection.parcelsToRefresh().value(), (QList<qint64> {rennes, unknown, byName}));
        Q_UNUSED(dpd);
        Q_UNUSED(old);

        const Run first = refresh(*laPoste);
        QCOMPARE(first.summary.total, 3);
        QCOMPARE(first.summary.checked, 3);
        QCOMPARE(first.summary.newEvents, 7);
        QCOMPARE(first.summary.delivered, 1);
        QCOMPARE(first.summary.errors, 1);
        QVERIFY(!first.summary.cancelled);
        QVERIFY(!first.summary.stoppedBy);
        QCOMPARE(first.progressCalls, 3);
        QCOMPARE(first.failed.size(), 1);
        QCOMPARE(first.failed.first().first.shipmentId, unknown);
        QVERIFY(first.failed.first().second.message.contains("does not know"));
        QCOMPARE(first.refreshed.size(), 2);
        QCOMPARE(first.refreshed.first().newEvents, 5);
        QVERIFY(first.refreshed.first().delivered);
        QCOMPARE(first.refreshed.first().state, TrackingState::Delivered);
        QCOMPARE(first.refreshed.last().state, TrackingState::InTransit);

        const Parcel delivered = parcel(rennes);
        QCOMPARE(delivered.state, TrackingState::Delivered);
        QCOMPARE(delivered.deliveredAt, QDateTime(QDate(2026, 11, 18), QTime(10, 42), Qt::UTC));
        QCOMPARE(OrderBook(m_database).load(delivered.orderId).value().status, OrderStatus::Delivered);
        const QList<TrackingEvent> events = Shipments(m_database).events(rennes).value();
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.first().code, "DI1");
        QCOMPARE(events.first().description, "Votre colis est livré.");
        QCOMPARE(events.first().source, EventSource::Carrier);
        QCOMPARE(parcel(byName).state, TrackingState::InTransit);
        QCOMPARE(OrderBook(m_database).load(parcel(byName).orderId).value().status, OrderStatus::Shipped);

        // Again: the delivered parcel is no longer asked about, the other one brings nothing new.
        server.clearRequests();
        const Run second = refresh(*laPoste);
        QCOMPARE(second.summary.checked, 2);
        QCOMPARE(second.summary.newEvents, 0);
        QCOMPARE(second.summary.delivered, 0);
        QCOMPARE(server.requests().size(), 2);
        // Asked for explicitly, the delivered one is fetched again and adds nothing either.
        const Run explicitly = refresh(*laPoste, {rennes, dpd}, false);
        QCOMPARE(explicitly.summary.checked, 1);
        QCOMPARE(explicitly.summary.newEvents, 0);
        QCOMPARE(explicitly.summary.delivered, 0);
        QCOMPARE(explicitly.summary.errors, 1); // DPD is not La Poste's
        QVERIFY(explicitly.failed.first().second.message.contains("does not track parcels sent with DPD"));
        QCOMPARE(Shipments(m_database).events(rennes).value().size(), 5);
    }

    void aParcelsEventsLandAllOrNone()
    {
        const qint64 id = shipped("colissimo", at(11, 16));
        const QString number = parcel(id).trackingNumber;
        // The newest event is in the future for the shop's clock: refused, and nothing of it is written.
        QByteArray body = deliveredBody(number);
        body.replace("\"date\": \"2026-11-18T11:42:00+01:00\"", "\"date\": \"2026-12-25T11:42:00+01:00\"");
        FakeHttpServer server;
        server.script(pathFor(parcel(id)), 200, body);
        auto laPoste = provider(server);
        const Run run = refresh(*laPoste, {id}, false);
        QCOMPARE(run.summary.errors, 1);
        QCOMPARE(run.summary.newEvents, 0);
        QVERIFY(run.failed.first().second.message.contains("future"));
        QVERIFY(Shipments(m_database).events(id).value().isEmpty());
        QCOMPARE(parcel(id).state, TrackingState::LabelCreated);
    }

    void stopsWhenTheKeyIsRefused()
    {
        const qint64 a = shipped("colissimo", at(11, 19));
        const qint64 b = shipped("colissimo", at(11, 20));
        FakeHttpServer server;
        server.script(pathFor(parcel(a)), 401, errorBody(401, "Invalid key"));
        server.script(pathFor(parcel(b)), 200, inTransitBody(parcel(b).trackingNumber));
        auto laPoste = provider(server);
        const Run run = refresh(*laPoste);
        QVERIFY(run.summary.stoppedBy);
        QVERIFY(run.summary.stoppedBy->message.contains("refused the API key"));
        QCOMPARE(run.summary.checked, 1);
        QCOMPARE(run.summary.errors, 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void cancelStopsBeforeTheRest()
    {
        QList<qint64> ids;
        FakeHttpServer server;
        for (int day : {17, 18, 19}) {
            const qint64 id = shipped("colissimo", at(11, day));
            ids << id;
            server.script(pathFor(parcel(id)), 200, inTransitBody(parcel(id).trackingNumber));
        }
        auto laPoste = provider(server);
        const Run run = refresh(*laPoste, {}, true, [](TrackingRefresh& running) { running.cancel(); });
        QVERIFY(run.summary.cancelled);
        QCOMPARE(run.summary.total, 3);
        QCOMPARE(run.summary.checked, 1);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(Shipments(m_database).events(ids.at(0)).value().size(), 2);
        QVERIFY(Shipments(m_database).events(ids.at(1)).value().isEmpty());

        // Cancelled while the request is in flight: nothing is written for it.
        FakeHttpServer slow;
        slow.script(pathFor(parcel(ids.at(1))), 200, inTransitBody(parcel(ids.at(1)).trackingNumber), {}, 3000);
        auto slowPoste = provider(slow);
        TrackingRefresh inFlight(m_database, slowPoste.get());
        QSignalSpy finished(&inFlight, &TrackingRefresh::finished);
        QVERIFY(inFlight.start({ids.at(1), ids.at(2)}).ok());
        QVERIFY(QTest::qWaitFor([&] { return !slow.requests().isEmpty(); }, 3000));
        inFlight.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!inFlight.isRunning());
        QVERIFY(Shipments(m_database).events(ids.at(1)).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLaPosteTracking)
#include "TestLaPosteTracking.moc"
