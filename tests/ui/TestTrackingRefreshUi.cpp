#include "MainWindow.h"
#include "inventory/StockLedger.h"
#include "orders/OrderBook.h"
#include "orders/OrderDialog.h"
#include "settings/MemorySecretStore.h"
#include "settings/Secrets.h"
#include "settings/SettingsPage.h"
#include "shipping/LaPosteTracking.h"
#include "shipping/Shipments.h"
#include "shipping/ShipmentsPage.h"
#include "shipping/TrackingRefreshBar.h"
#include "shipping/TrackingServicesSettings.h"
#include "storage/Sql.h"
#include "support/FakeHttpServer.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace comptoir;
using namespace comptoir::shipping;
using comptoir::settings::MemorySecretStore;
using comptoir::settings::Secrets;
using orders::OrderBook;
using orders::OrderStatus;

// Fetching La Poste tracking from the application: the key in Settings ▸ Carriers (kept among the
// secrets, tried with Test), Refresh tracking on the Shipments page and in the order's Parcels tab,
// against a local fake of La Poste's API.
class TestTrackingRefreshUi final : public QObject
{
    Q_OBJECT

private:
    // Monday 23 November 2026, 8 a.m.
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<TempShop> m_shop;
    storage::DatabasePtr m_database;
    std::unique_ptr<FakeHttpServer> m_server;
    MemorySecretStore* m_secrets = nullptr; // owned by Secrets::application()
    qint64 m_mug = 0;

    static QDateTime at(int month, int day, int hour = 10)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
    }

    static QByteArray body(const QString& file, const QString& number)
    {
        QFile json(QStringLiteral(COMPTOIR_TEST_DATA "/laposte/") + file);
        if (!json.open(QIODevice::ReadOnly))
            qWarning("cannot read %s", qPrintable(json.fileName()));
        return json.readAll().replace("{number}", number.toUtf8());
    }

    static QByteArray errorBody(int code, const char* message)
    {
        return QStringLiteral(R"({"returnCode": %1, "returnMessage": "%2", "lang": "fr_FR"})")
            .arg(code)
            .arg(QString::fromUtf8(message))
            .toUtf8();
    }

    // A paid order for one mug shipped with `carrier` on `shippedAt`; returns the parcel's id.
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

    // Keeps `key` as the shop's La Poste key, as Settings ▸ Carriers would.
    void setKey(const QString& key)
    {
        const QString name = Secrets::shopKey(m_database, QString::fromLatin1(LaPosteTracking::kSecretName)).value();
        bool written = false;
        Secrets::application().write(name, key, this, [&written](const Result<Secrets::Kept>&) { written = true; });
        QTRY_VERIFY(written);
        QVERIFY(m_secrets->contains(name));
    }

    static QString messageOf(ShipmentsPage& page)
    {
        return page.messages()->isVisible() ? page.messages()->text() : QString();
    }

private Q_SLOTS:
    // No translator is installed: plural forms read "(s)" as in the sources.
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_clock.set(at(11, 23, 8));
        m_shop = std::make_unique<TempShop>();
        m_database = ShopBuilder::openEmpty(*m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400);
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, 100, inventory::MovementReason::Receipt, {}).ok());
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->isListening());
        qputenv(LaPosteTracking::kBaseUrlVariable, (m_server->url().toString() + QStringLiteral("/suivi/v2")).toUtf8());
        auto store = std::make_unique<MemorySecretStore>();
        m_secrets = store.get();
        Secrets::setApplicationStore(std::move(store));
    }

    void cleanup()
    {
        Secrets::setApplicationStore(std::make_unique<MemorySecretStore>());
        m_secrets = nullptr;
        qunsetenv(LaPosteTracking::kBaseUrlVariable);
        m_server.reset();
        m_database.reset();
        m_shop.reset();
    }

    void refreshFromTheShipmentsPage()
    {
        const qint64 rennes = shipped(QStringLiteral("colissimo"), at(11, 16));
        const qint64 unknown = shipped(QStringLiteral("chronopost"), at(11, 19));
        const qint64 letter = shipped(QStringLiteral("lettre-suivie"), at(11, 19));
        const qint64 dpd = shipped(QStringLiteral("dpd"), at(11, 19)); // not La Poste's: not asked about
        m_server->script(pathFor(parcel(rennes)), 200, body("delivered.json", parcel(rennes).trackingNumber));
        m_server->script(pathFor(parcel(unknown)), 404, errorBody(404, "Not found"));
        m_server->script(pathFor(parcel(letter)), 200, body("in-transit.json", parcel(letter).trackingNumber));
        setKey(QStringLiteral("okapi-key-42"));

        ShipmentsPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* button = page.findChild<QToolButton*>(QStringLiteral("refreshTrackingButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QCOMPARE(button->shortcut(), QKeySequence(Qt::Key_F5));
        QSignalSpy finished(page.trackingRefresh(), &TrackingRefreshBar::finished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(page.trackingRefresh()->isVisible()); // progress and Cancel while it runs
        QVERIFY(!button->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY(!page.trackingRefresh()->isVisible());
        QVERIFY(button->isEnabled());

        QCOMPARE(page.messages()->text(),
            QStringLiteral("Tracking refreshed: 3 parcel(s) checked, 7 new event(s), 1 delivered, 1 error(s)."));
        QCOMPARE(page.messages()->kind(), MessageBar::Kind::Information);
        QCOMPARE(m_server->requests().size(), 3);
        for (const auto& request : m_server->requests())
            QCOMPARE(request.header("X-Okapi-Key"), QByteArray("okapi-key-42"));
        QCOMPARE(parcel(rennes).state, TrackingState::Delivered);
        QCOMPARE(OrderBook(m_database).load(parcel(rennes).orderId).value().status, OrderStatus::Delivered);
        QCOMPARE(Shipments(m_database).events(rennes).value().size(), 5);
        QCOMPARE(parcel(letter).state, TrackingState::InTransit);
        QVERIFY(Shipments(m_database).events(dpd).value().isEmpty());

        // The failure, listed with its reason.
        QCOMPARE(page.trackingRefresh()->failures().size(), 1);
        QPushButton* details = page.messages()->actionButton();
        QVERIFY(details->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.window()->findChild<QDialog*>(QStringLiteral("trackingFailuresDialog"))));
        auto* failures = dialog->findChild<QTreeWidget*>(QStringLiteral("trackingFailures"));
        QCOMPARE(failures->topLevelItemCount(), 1);
        QCOMPARE(failures->topLevelItem(0)->text(0), parcel(unknown).orderNumber);
        QCOMPARE(failures->topLevelItem(0)->text(1), QStringLiteral("Chronopost"));
        QCOMPARE(failures->topLevelItem(0)->text(2), parcel(unknown).trackingNumber);
        QVERIFY(failures->topLevelItem(0)->text(3).contains(QStringLiteral("does not know")));
        dialog->close();

        // Again: nothing new; the delivered parcel is no longer asked about.
        m_server->clearRequests();
        finished.clear();
        page.refreshTracking();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(page.messages()->text(),
            QStringLiteral("Tracking refreshed: 2 parcel(s) checked, 0 new event(s), 0 delivered, 1 error(s)."));
    }

    void aRefusedKeyStopsTheRefreshAndSaysWhy()
    {
        const qint64 a = shipped(QStringLiteral("colissimo"), at(11, 18));
        const qint64 b = shipped(QStringLiteral("colissimo"), at(11, 19));
        m_server->script(pathFor(parcel(a)), 401, errorBody(401, "Invalid API key"));
        m_server->script(pathFor(parcel(b)), 200, body("in-transit.json", parcel(b).trackingNumber));
        setKey(QStringLiteral("wrong-key"));

        ShipmentsPage page;
        page.setDatabase(m_database);
        QSignalSpy finished(page.trackingRefresh(), &TrackingRefreshBar::finished);
        page.refreshTracking();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server->requests().size(), 1); // stopped at the first parcel
        QCOMPARE(page.messages()->kind(), MessageBar::Kind::Error);
        QVERIFY2(page.messages()->text().startsWith(QStringLiteral("Tracking refresh stopped: ")),
            qPrintable(page.messages()->text()));
        QVERIFY2(page.messages()->text().contains(QStringLiteral("key")), qPrintable(page.messages()->text()));
        QVERIFY(Shipments(m_database).events(b).value().isEmpty());
    }

    void cancelStopsAndKeepsWhatCame()
    {
        const qint64 first = shipped(QStringLiteral("colissimo"), at(11, 18));
        const qint64 slow = shipped(QStringLiteral("colissimo"), at(11, 19));
        const qint64 last = shipped(QStringLiteral("colissimo"), at(11, 20));
        m_server->script(pathFor(parcel(first)), 200, body("in-transit.json", parcel(first).trackingNumber));
        m_server->script(pathFor(parcel(slow)), 200, body("in-transit.json", parcel(slow).trackingNumber), {}, 5000);
        m_server->script(pathFor(parcel(last)), 200, body("in-transit.json", parcel(last).trackingNumber));
        setKey(QStringLiteral("okapi-key-42"));

        ShipmentsPage page;
        page.setDatabase(m_database);
        page.show();
        QSignalSpy finished(page.trackingRefresh(), &TrackingRefreshBar::finished);
        page.refreshTracking();
        QTRY_COMPARE(m_server->requests().size(), 2); // the second one is waiting for its answer
        QPushButton* cancel = page.trackingRefresh()->cancelButton();
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000); // well before the slow answer
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(page.messages()->text(),
            QStringLiteral(
                "Tracking refresh cancelled: 1 parcel(s) checked, 2 new event(s), 0 delivered, 0 error(s)."));
        QCOMPARE(Shipments(m_database).events(first).value().size(), 2);
        QVERIFY(Shipments(m_database).events(slow).value().isEmpty());
        QVERIFY(!page.trackingRefresh()->isVisible());
    }

    void withoutAKeyOffersTheCarrierSettings()
    {
        shipped(QStringLiteral("colissimo"), at(11, 18));
        MainWindow window;
        QVERIFY(window.openDatabase(m_shop->path()));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::ShipmentsPageIndex);
        ShipmentsPage* page = window.shipmentsPage();
        auto* button = page->findChild<QToolButton*>(QStringLiteral("refreshTrackingButton"));
        QVERIFY(button && button->isEnabled());
        // F5, as the merchant would: no other page's F5 gets in the way.
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY(page->messages()->isVisible());
        QVERIFY2(page->messages()->text().startsWith(QStringLiteral("No La Poste API key is set for this shop")),
            qPrintable(page->messages()->text()));
        QVERIFY(m_server->requests().isEmpty());
        QVERIFY(button->isEnabled());
        QPushButton* open = page->messages()->actionButton();
        QVERIFY(open->isVisible());
        QCOMPARE(open->text(), QStringLiteral("Open Settings ▸ Carriers"));
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::SettingsPageIndex);
        QVERIFY(window.settingsPage()->trackingServices()->isVisible());
    }

    void theKeyInSettings()
    {
        TrackingServicesSettings settings;
        QSignalSpy answered(&settings, &TrackingServicesSettings::answered);
        settings.setDatabase(m_database);
        settings.show();
        QVERIFY(answered.wait(5000));
        QCOMPARE(settings.statusText(), QStringLiteral("No La Poste key yet."));
        auto* edit = settings.findChild<QLineEdit*>(QStringLiteral("laPosteKeyEdit"));
        auto* show = settings.findChild<QToolButton*>(QStringLiteral("showLaPosteKey"));
        auto* test = settings.findChild<QPushButton*>(QStringLiteral("testLaPosteKey"));
        auto* save = settings.findChild<QPushButton*>(QStringLiteral("saveLaPosteKey"));
        auto* remove = settings.findChild<QPushButton*>(QStringLiteral("removeLaPosteKey"));
        auto* hint = settings.findChild<QLabel*>(QStringLiteral("laPosteKeyHint"));
        QVERIFY(edit && show && test && save && remove && hint);
        QVERIFY(hint->text().contains(QStringLiteral("https://developer.laposte.fr")));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!save->isEnabled() && !remove->isEnabled() && !test->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("bad-key"));
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);

        // Test: refused, then accepted (La Poste does not know the number but took the key).
        const QByteArray checkPath = QByteArray("/suivi/v2/idships/") + LaPosteTracking::kKeyCheckNumber;
        m_server->script(checkPath, 401, errorBody(401, "Invalid API key"));
        m_server->script(checkPath, 404, errorBody(404, "Not found"));
        answered.clear();
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(answered.wait(10000));
        QVERIFY2(settings.statusText().startsWith(QStringLiteral("La Poste refused this key")),
            qPrintable(settings.statusText()));
        QCOMPARE(m_server->requests().last().header("X-Okapi-Key"), QByteArray("bad-key"));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("good-key"));
        answered.clear();
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(answered.wait(10000));
        QCOMPARE(settings.statusText(), QStringLiteral("La Poste accepted the key: parcels can be tracked."));

        // Saved among the secrets, not in the shop.
        const QString name = Secrets::shopKey(m_database, QString::fromLatin1(LaPosteTracking::kSecretName)).value();
        QVERIFY(save->isEnabled());
        answered.clear();
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(answered.wait(5000));
        QCOMPARE(settings.statusText(), QStringLiteral("La Poste key saved in the keychain."));
        QCOMPARE(m_secrets->value(name), QStringLiteral("good-key"));
        QCOMPARE(
            storage::scalar(m_database->connection(), "SELECT count(*) FROM settings WHERE value LIKE '%good-key%'")
                .value()
                .toInt(),
            0);
        QVERIFY(!save->isEnabled());
        QVERIFY(remove->isEnabled());

        // Opened again, the key is there.
        TrackingServicesSettings again;
        QSignalSpy loaded(&again, &TrackingServicesSettings::answered);
        again.setDatabase(m_database);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("laPosteKeyEdit"))->text(), QStringLiteral("good-key"));

        answered.clear();
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(answered.wait(5000));
        QCOMPARE(settings.statusText(), QStringLiteral("La Poste key removed."));
        QVERIFY(!m_secrets->contains(name));
        QVERIFY(edit->text().isEmpty());
    }

    void withoutKeychainTheKeyLastsTheSession()
    {
        m_secrets->setAvailable(false);
        TrackingServicesSettings settings;
        QSignalSpy answered(&settings, &TrackingServicesSettings::answered);
        settings.setDatabase(m_database);
        settings.show();
        QVERIFY(answered.wait(5000));
        auto* warning = settings.findChild<QLabel*>(QStringLiteral("keychainWarning"));
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->text(),
            QStringLiteral("No keychain available on this computer: the key is kept for this session only."));
        auto* edit = settings.findChild<QLineEdit*>(QStringLiteral("laPosteKeyEdit"));
        QTest::keyClicks(edit, QStringLiteral("session-key"));
        answered.clear();
        QTest::mouseClick(settings.findChild<QPushButton*>(QStringLiteral("saveLaPosteKey")), Qt::LeftButton);
        QVERIFY(answered.wait(5000));
        QCOMPARE(settings.statusText(), QStringLiteral("La Poste key kept for this session only."));
        const QString name = Secrets::shopKey(m_database, QString::fromLatin1(LaPosteTracking::kSecretName)).value();
        QVERIFY(!m_secrets->contains(name));

        // It works for the session: the Shipments page uses it.
        const qint64 id = shipped(QStringLiteral("colissimo"), at(11, 19));
        m_server->script(pathFor(parcel(id)), 200, body("in-transit.json", parcel(id).trackingNumber));
        ShipmentsPage page;
        page.setDatabase(m_database);
        QSignalSpy finished(page.trackingRefresh(), &TrackingRefreshBar::finished);
        page.refreshTracking();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server->requests().last().header("X-Okapi-Key"), QByteArray("session-key"));
        QCOMPARE(Shipments(m_database).events(id).value().size(), 2);
    }

    void refreshOneParcelFromItsOrder()
    {
        const qint64 rennes = shipped(QStringLiteral("colissimo"), at(11, 16));
        const qint64 dpd = shipped(QStringLiteral("dpd"), at(11, 16));
        m_server->script(pathFor(parcel(rennes)), 200, body("delivered.json", parcel(rennes).trackingNumber));
        setKey(QStringLiteral("okapi-key-42"));

        {
            OrderDialog other(m_database, parcel(dpd).orderId);
            other.showParcels();
            auto* button = other.findChild<QPushButton*>(QStringLiteral("refreshTrackingButton"));
            QVERIFY(button);
            QVERIFY(!button->isEnabled()); // DPD is not tracked by La Poste
        }

        OrderDialog dialog(m_database, parcel(rennes).orderId);
        dialog.show();
        dialog.showParcels();
        QCOMPARE(dialog.currentParcel(), rennes);
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("refreshTrackingButton"));
        QVERIFY(button->isEnabled());
        QCOMPARE(dialog.trackingEvents()->topLevelItemCount(), 1); // "No tracking news yet"
        QSignalSpy finished(dialog.trackingRefresh(), &TrackingRefreshBar::finished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(dialog.messages()->text(), QStringLiteral("Tracking refreshed: 5 new event(s)."));
        QCOMPARE(dialog.trackingEvents()->topLevelItemCount(), 5);
        QCOMPARE(dialog.trackingEvents()->topLevelItem(0)->text(1), stateLabel(TrackingState::Delivered));
        QCOMPARE(dialog.order().status, OrderStatus::Delivered);
    }
};

QTEST_MAIN(TestTrackingRefreshUi)
#include "TestTrackingRefreshUi.moc"
