#include "orders/OrderBook.h"
#include "orders/OrderDialog.h"
#include "shipping/Shipments.h"
#include "shipping/ShipmentsPage.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace comptoir;
using namespace comptoir::shipping;
using orders::OrderBook;
using orders::OrderStatus;

// The Shipments page: the parcels needing attention worst first, a count per problem that filters
// them, Enter opening the order, Ctrl+O the carrier's page, tracking events and handling from the page.
class TestShipmentsPage final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    // Monday 23 November 2026, 8 a.m.
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_mug = 0;
    qint64 m_late = 0, m_lost = 0, m_damaged = 0, m_fine = 0;

    static QDateTime at(int month, int day, int hour = 10)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
    }

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

    // A paid order for one mug to `customer`, shipped with Colissimo on `shippedAt`; returns the parcel's id.
    qint64 shipped(const QString& customer, const QDateTime& shippedAt)
    {
        orders::Order order;
        order.status = OrderStatus::Paid;
        order.customerName = customer;
        order.email = QStringLiteral("client@example.fr");
        order.shipTo.name = customer;
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
        parcel.carrier = QStringLiteral("colissimo");
        parcel.service = QStringLiteral("domicile");
        parcel.trackingNumber = QStringLiteral("6A%1").arg(*created, 11, 10, QLatin1Char('0'));
        parcel.shippedAt = shippedAt;
        [&] { QVERIFY(book.ship(*created, parcel).ok()); }();
        return storage::scalar(m_database->connection(), "SELECT max(id) FROM shipments").value().toLongLong();
    }

    void addEvent(qint64 id, TrackingState state, const QDateTime& when)
    {
        TrackingEvent e;
        e.state = state;
        e.at = when;
        e.location = QStringLiteral("Rennes PPDC");
        QVERIFY(Shipments(m_database).addEvent(id, e).ok());
    }

    Parcel parcel(qint64 id) { return Shipments(m_database).load(id).value(); }

    static QToolButton* chip(ShipmentsPage& page, Problem problem)
    {
        return page.findChild<QToolButton*>(QStringLiteral("chip_%1").arg(problemKey(problem)));
    }

    static QStringList column(ShipmentsPage& page, int column)
    {
        QStringList texts;
        for (int row = 0; row < page.table()->rowCount(); ++row)
            texts << page.table()->item(row, column)->text();
        return texts;
    }

    static void selectOrder(ShipmentsPage& page, const QString& number)
    {
        for (int row = 0; row < page.table()->rowCount(); ++row)
            if (page.table()->item(row, ShipmentsPage::OrderColumn)->text() == number)
                page.table()->setCurrentCell(row, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400);
        m_clock.set(at(11, 1));
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, 100, inventory::MovementReason::Receipt, {}).ok());
        // Late: shipped Monday 16, expected Wednesday 18, in transit since Saturday.
        m_late = shipped(QStringLiteral("Anna Late"), at(11, 16));
        // Possibly lost: no news since Wednesday 11.
        m_lost = shipped(QStringLiteral("Bruno Lost"), at(11, 10));
        // Damaged on Friday 20.
        m_damaged = shipped(QStringLiteral("Chloé Damaged"), at(11, 19));
        // Fine: shipped Sunday 22, expected Tuesday.
        m_fine = shipped(QStringLiteral("Denis Fine"), at(11, 22));
        QVERIFY(m_late && m_lost && m_damaged && m_fine);
        m_clock.set(at(11, 23, 8)); // events in the future are refused
        addEvent(m_late, TrackingState::InTransit, at(11, 21));
        addEvent(m_lost, TrackingState::InTransit, at(11, 11));
        addEvent(m_damaged, TrackingState::Damaged, at(11, 20));
        m_clock.set(at(11, 23, 8));
    }

    void cleanupTestCase()
    {
        ShipmentsPage::setUrlOpener({});
        stockchecks::verifyConsistent(m_database);
    }

    void listsParcelsNeedingAttention()
    {
        ShipmentsPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Worst first: possibly lost, damaged, late; the fine parcel is not listed.
        QCOMPARE(
            column(page, ShipmentsPage::CustomerColumn), QStringList({"Bruno Lost", "Chloé Damaged", "Anna Late"}));
        QCOMPARE(column(page, ShipmentsPage::ProblemColumn), QStringList({"Possibly lost", "Damaged", "Late"}));
        QCOMPARE(column(page, ShipmentsPage::CarrierColumn), QStringList({"Colissimo", "Colissimo", "Colissimo"}));
        QCOMPARE(page.table()->item(2, ShipmentsPage::TrackingColumn)->text(), parcel(m_late).trackingNumber);
        QVERIFY(page.table()->item(2, ShipmentsPage::LastNewsColumn)->text().startsWith("In transit"));
        QVERIFY(!page.table()->item(2, ShipmentsPage::ExpectedColumn)->text().isEmpty());
        QVERIFY(page.table()->item(2, ShipmentsPage::CustomerToldColumn)->text().isEmpty());

        // The counts per problem; problems no parcel has are not offered.
        QCOMPARE(chip(page, Problem::PossiblyLost)->text(), QStringLiteral("Possibly lost 1"));
        QCOMPARE(chip(page, Problem::Damaged)->text(), QStringLiteral("Damaged 1"));
        QCOMPARE(chip(page, Problem::Late)->text(), QStringLiteral("Late 1"));
        QVERIFY(chip(page, Problem::Lost)->isHidden());
        auto* all = page.findChild<QToolButton*>(QStringLiteral("chipAllProblems"));
        QCOMPARE(all->text(), QStringLiteral("All problems 3"));

        // Choosing one filters the list; "All problems" shows them all again.
        QTest::mouseClick(chip(page, Problem::Damaged), Qt::LeftButton);
        QCOMPARE(column(page, ShipmentsPage::CustomerColumn), QStringList({"Chloé Damaged"}));
        QCOMPARE(page.problemFilter(), int(Problem::Damaged));
        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(page.table()->rowCount(), 3);
    }

    void enterOpensTheOrder()
    {
        ShipmentsPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Parcel late = parcel(m_late);
        selectOrder(page, late.orderNumber);
        page.table()->setFocus();
        QSignalSpy opened(&page, &ShipmentsPage::orderOpened);
        QVERIFY(withDialog<OrderDialog>([&] { QTest::keyClick(page.table(), Qt::Key_Return); },
            [&](OrderDialog* dialog) { QVERIFY(dialog->windowTitle().contains(late.orderNumber)); }));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), late.orderId);
    }

    void ctrlOOpensTheCarrierPage()
    {
        QList<QUrl> opened;
        ShipmentsPage::setUrlOpener([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        ShipmentsPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Parcel late = parcel(m_late);
        selectOrder(page, late.orderNumber);
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).toString(),
            QStringLiteral("https://www.laposte.fr/outils/suivre-vos-envois?code=%1").arg(late.trackingNumber));
        // The button does the same.
        QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("carrierPageButton")), Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        ShipmentsPage::setUrlOpener({});
    }

    void deliveredEventTakesTheParcelOffTheList()
    {
        ShipmentsPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        selectOrder(page, parcel(m_late).orderNumber);
        QVERIFY(withDialog<QDialog>(
            [&] { QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("addEventButton")), Qt::LeftButton); },
            [&](QDialog* dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("trackingEventDialog"));
                auto* state = dialog->findChild<QComboBox*>(QStringLiteral("eventState"));
                state->setCurrentIndex(state->findData(int(TrackingState::Delivered)));
                dialog->findChild<QLineEdit*>(QStringLiteral("eventLocation"))->setText(QStringLiteral("Rennes"));
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            }));
        QCOMPARE(parcel(m_late).state, TrackingState::Delivered);
        QCOMPARE(OrderBook(m_database).load(parcel(m_late).orderId).value().status, OrderStatus::Delivered);
        QCOMPARE(page.messages()->kind(), MessageBar::Kind::Positive);
        QCOMPARE(column(page, ShipmentsPage::CustomerColumn), QStringList({"Bruno Lost", "Chloé Damaged"}));
        QVERIFY(chip(page, Problem::Late)->isHidden());
    }

    void markHandledNeedsWhatWasDone()
    {
        ShipmentsPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (const qint64 id : {m_damaged, m_lost}) {
            selectOrder(page, parcel(id).orderNumber);
            QVERIFY(withDialog<QDialog>(
                [&] {
                    QTest::mouseClick(
                        page.findChild<QToolButton*>(QStringLiteral("markHandledButton")), Qt::LeftButton);
                },
                [&](QDialog* dialog) {
                    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
                    QVERIFY(!ok->isEnabled()); // saying what was done is required
                    dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))
                        ->setPlainText(QStringLiteral("Sent again"));
                    QVERIFY(ok->isEnabled());
                    ok->click();
                }));
            QCOMPARE(parcel(id).handledNote, QStringLiteral("Sent again"));
        }
        QCOMPARE(page.table()->rowCount(), 0);
        auto* empty = page.findChild<QLabel*>(QStringLiteral("emptyLabel"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No parcel needs attention."));
    }
};

QTEST_MAIN(TestShipmentsPage)
#include "TestShipmentsPage.moc"
