#include "orders/OrderBook.h"
#include "shipping/Shipments.h"
#include "shipping/ShipmentsPage.h"
#include "shipping/TrackingImportDialog.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace comptoir;
using orders::OrderBook;
using orders::OrderStatus;

// The tracking import dialogs of the Shipments page, driven as the merchant does: the file checked at
// once, its rows listed with what will happen or what is wrong, Apply refused while a row is wrong,
// then the file applied and the page showing what the carrier's events changed.
class TestTrackingImportDialog final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    // Monday 23 November 2026, 8 a.m.
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_mug = 0;
    QHash<QString, qint64> m_orders;

    QString write(const QString& name, const QByteArray& csv)
    {
        const QString path = m_shop.folder() + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qWarning("could not write %s", qPrintable(path));
        return path;
    }

    static QStringList column(const QTableWidget* table, int column)
    {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts << table->item(row, column)->text();
        return texts;
    }

    // The dialog the page opened, once its check or import returned.
    static TrackingImportDialog* waitForDialog(const ShipmentsPage& page)
    {
        auto* dialog = page.findChild<TrackingImportDialog*>();
        if (!dialog)
            return nullptr;
        if (!QTest::qWaitFor([&] { return !dialog->isBusy() && !dialog->summaryText().isEmpty(); }, 20000))
            return nullptr;
        return dialog;
    }

    OrderStatus status(const QString& order)
    {
        return OrderBook(m_database).load(m_orders.value(order)).value().status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400);
        m_clock.set(QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, 100, inventory::MovementReason::Receipt, {}).ok());
        for (const char* number : {"#1001", "#1002"}) {
            orders::Order order;
            order.number = QString::fromLatin1(number);
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
            QVERIFY(created);
            m_orders.insert(order.number, *created);
        }
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    }

    void cleanupTestCase() { stockchecks::verifyConsistent(m_database); }

    void trackingNumbersAreCheckedThenApplied()
    {
        ShipmentsPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* button = page.findChild<QToolButton*>(QStringLiteral("importTrackingNumbersButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Import tracking numbers…"));

        // A file with an unknown order: its row says so, Apply stays disabled.
        const QString bad = write("bad.csv", "N° commande;Numéro de suivi\n1001;6A12345678901\n9999;6A12345678999\n");
        page.importTrackingNumbers(bad);
        TrackingImportDialog* dialog = waitForDialog(page);
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), TrackingImportDialog::Kind::TrackingNumbers);
        QTableWidget* table = dialog->table();
        QCOMPARE(column(table, TrackingImportDialog::LineColumn), QStringList({"2", "3"}));
        QCOMPARE(column(table, TrackingImportDialog::OrderColumn), QStringList({"1001", "9999"}));
        QCOMPARE(table->item(0, TrackingImportDialog::OutcomeColumn)->text(), QStringLiteral("Ship the order"));
        QVERIFY2(table->item(1, TrackingImportDialog::OutcomeColumn)->text().contains("9999"),
            qPrintable(table->item(1, TrackingImportDialog::OutcomeColumn)->text()));
        QVERIFY2(dialog->summaryText().contains(QRegularExpression("^1 problem(\\(s\\))? found")),
            qPrintable(dialog->summaryText()));
        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("trackingImportApply"));
        QVERIFY(apply);
        QVERIFY(!apply->isEnabled());
        dialog->grab().save(QStringLiteral("/tmp/tracking-import-errors.png"));
        dialog->applyFile(); // refused too
        QVERIFY(!dialog->isBusy());
        QCOMPARE(status("#1001"), OrderStatus::Paid);

        // The corrected file: every row ships its order, Apply is offered and applies it.
        const QString good = write("good.csv",
            "N° commande;Numéro de suivi;Date\n1001;6A12345678901;20/11/2026\n1002;6A12345678902;20/11/2026\n");
        dialog->setFile(good);
        QVERIFY(waitForDialog(page));
        QCOMPARE(column(table, TrackingImportDialog::TrackingColumn), QStringList({"6A12345678901", "6A12345678902"}));
        QCOMPARE(column(table, TrackingImportDialog::OutcomeColumn), QStringList({"Ship the order", "Ship the order"}));
        QVERIFY(dialog->summaryText().startsWith("No problem found."));
        QVERIFY(apply->isEnabled());
        dialog->grab().save(QStringLiteral("/tmp/tracking-import-ready.png"));
        QCOMPARE(status("#1001"), OrderStatus::Paid); // the check wrote nothing
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(waitForDialog(page));
        QVERIFY2(dialog->summaryText().startsWith("Imported"), qPrintable(dialog->summaryText()));
        QVERIFY(!apply->isEnabled()); // not twice
        QCOMPARE(status("#1001"), OrderStatus::Shipped);
        QCOMPARE(status("#1002"), OrderStatus::Shipped);
        QCOMPARE(page.messages()->text(), dialog->summaryText());
        dialog->reject();
    }

    void carrierEventsRefreshThePage()
    {
        ShipmentsPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.table()->rowCount(), 0);

        const QString events = write("events.csv",
            "Numéro de suivi;Statut;Date;Lieu\n"
            "6A12345678901;Pris en charge;21/11/2026 09:10;Rennes\n"
            "6A12345678901;Avisé;22/11/2026 11:00;Rennes\n"
            "6A12345678902;Livré;22/11/2026 12:30;Paris\n");
        page.importCarrierEvents(events);
        TrackingImportDialog* dialog = waitForDialog(page);
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), TrackingImportDialog::Kind::CarrierEvents);
        QCOMPARE(column(dialog->table(), TrackingImportDialog::OrderColumn), QStringList({"#1001", "#1001", "#1002"}));
        QVERIFY(
            dialog->table()->item(2, TrackingImportDialog::OutcomeColumn)->text().startsWith("New event — Delivered"));
        dialog->grab().save(QStringLiteral("/tmp/tracking-import-events.png"));
        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("trackingImportApply"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(waitForDialog(page));
        QVERIFY2(dialog->summaryText().startsWith("Imported"), qPrintable(dialog->summaryText()));
        QCOMPARE(status("#1002"), OrderStatus::Delivered);

        // The page shows the missed delivery at once.
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, ShipmentsPage::OrderColumn)->text(), QStringLiteral("#1001"));
        QCOMPARE(page.table()->item(0, ShipmentsPage::ProblemColumn)->text(), QStringLiteral("Delivery failed"));

        // Again: every event is known; a wrong status blocks Apply.
        dialog->setFile(events);
        QVERIFY(waitForDialog(page));
        QVERIFY(dialog->table()->item(0, TrackingImportDialog::OutcomeColumn)->text().startsWith("Already known"));
        const QString wrong = write("wrong.csv", "Tracking number,Status,Date\n6A12345678901,Teleported,2026-11-22\n");
        dialog->setFile(wrong);
        QVERIFY(waitForDialog(page));
        QVERIFY(dialog->table()->item(0, TrackingImportDialog::OutcomeColumn)->text().contains("Teleported"));
        QVERIFY(!apply->isEnabled());
        dialog->reject();
    }
};

QTEST_MAIN(TestTrackingImportDialog)
#include "TestTrackingImportDialog.moc"
