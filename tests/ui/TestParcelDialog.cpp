#include "orders/OrderBook.h"
#include "orders/OrderDialog.h"
#include "shipping/ParcelDialog.h"
#include "shipping/Shipments.h"
#include "shipping/ShipmentsPage.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace comptoir;
using namespace comptoir::shipping;
using orders::OrderBook;
using orders::OrderStatus;

// Shipping from the order window: the parcel dialog checks the number as it is scanned and
// recognises the carrier from it, refuses what the carrier would not accept, and the Parcels tab
// shows the parcels, their tracking and their problems, with another parcel, a correction, a
// tracking event and the carrier's page one click away.
class TestParcelDialog final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    // Monday 23 November 2026, 8 a.m.
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_mug = 0;

    // Runs `check` on the modal dialog of type T that `open` shows, then lets it close.
    template <typename T> bool withDialog(const std::function<void()>& open, const std::function<void(T*)>& check)
    {
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ran = true;
            check(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        open();
        return ran;
    }

    // A packed order for one mug; returns its id.
    qint64 packedOrder()
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
        if (!created)
            return 0;
        if (!book.changeStatus(*created, OrderStatus::Preparing).ok()
            || !book.changeStatus(*created, OrderStatus::Packed).ok())
            return 0;
        return *created;
    }

    static void type(ParcelDialog* dialog, const QString& number)
    {
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("trackingField"));
        field->selectAll();
        QTest::keyClicks(field, number);
    }

    static QString carrierOf(ParcelDialog* dialog)
    {
        return dialog->findChild<QComboBox*>(QStringLiteral("carrierCombo"))->currentData().toString();
    }

    static QStringList parcelColumn(OrderDialog& dialog, int column)
    {
        QStringList texts;
        for (int i = 0; i < dialog.parcelList()->topLevelItemCount(); ++i)
            texts << dialog.parcelList()->topLevelItem(i)->text(column);
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400);
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, 100, inventory::MovementReason::Receipt, {}).ok());
    }

    void cleanupTestCase()
    {
        ShipmentsPage::setUrlOpener({});
        stockchecks::verifyConsistent(m_database);
    }

    void scanningRecognisesTheCarrierAndChecksTheNumber()
    {
        const qint64 id = packedOrder();
        QVERIFY(id);
        OrderDialog window(m_database, id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(withDialog<ParcelDialog>(
            [&] { QTest::mouseClick(window.stepButton(QStringLiteral("shipButton")), Qt::LeftButton); },
            [&](ParcelDialog* dialog) {
                QVERIFY(dialog->windowTitle().contains(window.order().number));
                // Nothing shipped yet in this shop: the first carrier is offered.
                QCOMPARE(carrierOf(dialog), QStringLiteral("colissimo"));
                QVERIFY(dialog->hint().contains("cannot be followed"));
                // A Chronopost number scanned: the carrier follows it.
                type(dialog, QStringLiteral("XY746876977FR"));
                QCOMPARE(carrierOf(dialog), QStringLiteral("chronopost"));
                QCOMPARE(dialog->hint(), QStringLiteral("✓ A Chronopost number."));
                // A wrong check digit says so at once, and refuses to ship.
                type(dialog, QStringLiteral("XY746876978FR"));
                QVERIFY2(dialog->hint().contains("check digit"), qPrintable(dialog->hint()));
                dialog->grab().save(QStringLiteral("/tmp/parcel-dialog-wrong.png"));
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
                QVERIFY(dialog->isVisible());
                auto* bar = dialog->findChild<MessageBar*>();
                QCOMPARE(bar->kind(), MessageBar::Kind::Error);
                QVERIFY(bar->text().contains("check digit"));
                QCOMPARE(OrderBook(m_database).load(id).value().status, OrderStatus::Packed);
                // Scanned again, right this time, with Enter as scanners send it: shipped.
                type(dialog, QStringLiteral("XY746876977FR"));
                QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("trackingField")), Qt::Key_Return);
                QVERIFY(!dialog->isVisible());
            }));
        QCOMPARE(OrderBook(m_database).load(id).value().status, OrderStatus::Shipped);
        QCOMPARE(window.order().status, OrderStatus::Shipped);
        // The Parcels tab lists it, with its expected day.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("orderTabs"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Parcels (1)"));
        QCOMPARE(parcelColumn(window, 0), QStringList {"Chronopost"});
        QCOMPARE(parcelColumn(window, 1), QStringList {"XY746876977FR"});
        QVERIFY(!parcelColumn(window, 4).first().isEmpty());
        QCOMPARE(Shipments(m_database).forOrder(id).value().first().expectedOn, QDate(2026, 11, 24));
    }

    void theCarrierTheUserPickedStays()
    {
        const qint64 id = packedOrder();
        OrderDialog window(m_database, id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(withDialog<ParcelDialog>(
            [&] { QTest::mouseClick(window.stepButton(QStringLiteral("shipButton")), Qt::LeftButton); },
            [&](ParcelDialog* dialog) {
                // The last carrier used comes first.
                QCOMPARE(carrierOf(dialog), QStringLiteral("chronopost"));
                auto* carrier = dialog->findChild<QComboBox*>(QStringLiteral("carrierCombo"));
                carrier->setFocus();
                const int relay = carrier->findData(QStringLiteral("mondial-relay"));
                while (carrier->currentIndex() != relay)
                    QTest::keyClick(carrier, carrier->currentIndex() < relay ? Qt::Key_Down : Qt::Key_Up);
                type(dialog, QStringLiteral("6A12345678901"));
                QCOMPARE(carrierOf(dialog), QStringLiteral("mondial-relay"));
                QCOMPARE(
                    dialog->hint(), QStringLiteral("This looks like a Colissimo number, not a Mondial Relay one."));
                // Its services are offered.
                auto* service = dialog->findChild<QComboBox*>(QStringLiteral("serviceCombo"));
                QVERIFY(service->count() > 1);
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
                QVERIFY(dialog->isVisible());
                type(dialog, QStringLiteral("12345678"));
                QCOMPARE(dialog->hint(), QStringLiteral("✓ A Mondial Relay number."));
                dialog->findChild<QLineEdit*>(QStringLiteral("costField"))->setText(QStringLiteral("4,95"));
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
                QVERIFY(!dialog->isVisible());
            }));
        const Parcel parcel = Shipments(m_database).forOrder(id).value().first();
        QCOMPARE(parcel.carrier, QStringLiteral("mondial-relay"));
        QCOMPARE(parcel.cost.minorUnits(), 495);
    }

    void parcelsTabAddsCorrectsAndFollows()
    {
        const qint64 id = packedOrder();
        orders::Shipment first;
        first.carrier = QStringLiteral("colissimo");
        first.trackingNumber = QStringLiteral("6A00000000001");
        QVERIFY(Shipments(m_database).ship(id, first).ok());
        OrderDialog window(m_database, id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A shipped order opens on its parcels.
        QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("orderTabs"))->currentIndex(), 1);

        // Another parcel: the stock does not move.
        const QString onShelf = QStringLiteral("SELECT sum(quantity) FROM stock_movements WHERE variant_id = ?");
        const qint64 before = storage::scalar(m_database->connection(), onShelf, {m_mug}).value().toLongLong();
        QVERIFY(withDialog<ParcelDialog>(
            [&] {
                QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("addParcelButton")), Qt::LeftButton);
            },
            [&](ParcelDialog* dialog) {
                QVERIFY(dialog->windowTitle().startsWith("Another parcel"));
                // Scanned twice: the first parcel has it already.
                type(dialog, QStringLiteral("6A00000000001"));
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
                QVERIFY(dialog->findChild<MessageBar*>()->text().contains("scanned twice"));
                type(dialog, QStringLiteral("6A00000000002"));
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
                QVERIFY(!dialog->isVisible());
            }));
        QCOMPARE(parcelColumn(window, 1), QStringList({"6A00000000001", "6A00000000002"}));
        QCOMPARE(storage::scalar(m_database->connection(), onShelf, {m_mug}).value().toLongLong(), before);

        // Correcting the second parcel's number.
        window.parcelList()->setCurrentItem(window.parcelList()->topLevelItem(1));
        QVERIFY(withDialog<ParcelDialog>(
            [&] {
                QTest::mouseClick(
                    window.findChild<QPushButton*>(QStringLiteral("correctParcelButton")), Qt::LeftButton);
            },
            [&](ParcelDialog* dialog) {
                QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("trackingField"))->text(), "6A00000000002");
                type(dialog, QStringLiteral("6A00000000003"));
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
            }));
        QCOMPARE(parcelColumn(window, 1), QStringList({"6A00000000001", "6A00000000003"}));
        QCOMPARE(window.currentParcel(), Shipments(m_database).forOrder(id).value().at(1).id);

        // A tracking event (Ctrl+E) lands in the timeline; delivered, the order is delivered.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(withDialog<QDialog>([&] { QTest::keyClick(window.parcelList(), Qt::Key_E, Qt::ControlModifier); },
            [&](QDialog* dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("trackingEventDialog"));
                dialog->findChild<QLineEdit*>(QStringLiteral("eventLocation"))->setText(QStringLiteral("Rennes"));
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            }));
        QCOMPARE(window.trackingEvents()->topLevelItemCount(), 1);
        QCOMPARE(window.trackingEvents()->topLevelItem(0)->text(1), QStringLiteral("Delivered"));
        QCOMPARE(window.trackingEvents()->topLevelItem(0)->text(2), QStringLiteral("Rennes"));
        QCOMPARE(window.order().status, OrderStatus::Delivered);

        // Ctrl+O: the carrier's page of the current parcel.
        QList<QUrl> opened;
        ShipmentsPage::setUrlOpener([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.parcelList(), Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().toString(),
            QStringLiteral("https://www.laposte.fr/outils/suivre-vos-envois?code=6A00000000003"));
        window.grab().save(QStringLiteral("/tmp/parcel-tab.png"));
    }
};

QTEST_MAIN(TestParcelDialog)
#include "TestParcelDialog.moc"
