#include "inventory/Locations.h"
#include "purchasing/PurchaseOrders.h"
#include "purchasing/PurchaseOrdersView.h"
#include "purchasing/PurchasingPage.h"
#include "purchasing/ReceiveDialog.h"
#include "purchasing/ReorderView.h"
#include "purchasing/StockExcessView.h"
#include "purchasing/StockTakeLineModel.h"
#include "purchasing/StockTakesView.h"
#include "purchasing/SupplierBook.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"
#include "widgets/MessageBar.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

using namespace comptoir;
using inventory::MovementReason;

// The Purchasing page as a merchant uses it: see what to reorder, adjust and untick lines, create
// the purchase order, send it, receive the delivery by scanning, look at the overstock.
class TestPurchasingPage final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC)};
    // The clock of a test's own shop: background work may read it after the test function returns.
    FixedClock m_otherClock {QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_steady = 0;
    qint64 m_ranOut = 0;

    qint64 onHand(qint64 variant)
    {
        return storage::scalar(
            m_database->connection(), QStringLiteral("SELECT on_hand FROM variants WHERE id = ?"), {variant})
            .value()
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        const qint64 linen = build.supplier(QStringLiteral("Atelier Lin"), 10);
        m_steady = build.variant(QStringLiteral("STEADY"), linen, 1000, QStringLiteral("3700000000013"));
        m_ranOut = build.variant(QStringLiteral("RANOUT"), linen, 500);
        const qint64 slow = build.variant(QStringLiteral("SLOW"), linen, 100);
        QVERIFY(build.move(m_steady, 100, MovementReason::Receipt, 0));
        QVERIFY(build.move(m_ranOut, 45, MovementReason::Receipt, 20));
        QVERIFY(build.move(slow, 500, MovementReason::Receipt, 0));
        for (int day = 30; day < 120; ++day) {
            QVERIFY(build.move(m_steady, -1, MovementReason::Sale, day));
            if (day <= 74)
                QVERIFY(build.move(m_ranOut, -1, MovementReason::Sale, day));
            if (day % 10 == 0)
                QVERIFY(build.move(slow, -1, MovementReason::Sale, day));
        }
        build.setDay(120);
    }

    void reorderToPurchaseOrderToReceipt()
    {
        PurchasingPage page;
        QSignalSpy computed(page.reorder(), &ReorderView::computed);
        page.setDatabase(m_database);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!computed.isEmpty() || computed.wait(5000)); // it may have come while the window appeared

        // One supplier, two lines to order, each with its suggested quantity.
        QTreeView* tree = page.reorder()->tree();
        QStandardItemModel* model = page.reorder()->model();
        QCOMPARE(model->rowCount(), 1);
        QStandardItem* group = model->item(0, ReorderView::SkuColumn);
        QCOMPARE(group->text(), QStringLiteral("Atelier Lin"));
        QCOMPARE(group->rowCount(), 2);
        QCOMPARE(group->child(0, ReorderView::SkuColumn)->text(), QStringLiteral("RANOUT")); // nothing left
        QCOMPARE(group->child(1, ReorderView::SkuColumn)->text(), QStringLiteral("STEADY"));
        QCOMPARE(group->child(1, ReorderView::QuantityColumn)->text(), QStringLiteral("37"));
        auto* summary = page.findChild<QLabel*>(QStringLiteral("reorderSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("2 line")));

        // Type another quantity for STEADY, untick RANOUT with the space bar.
        tree->setFocus();
        tree->setCurrentIndex(model->indexFromItem(group->child(1, ReorderView::QuantityColumn)));
        QTest::keyClick(tree, Qt::Key_F2);
        QPointer<QLineEdit> editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("50"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!editor || !editor->isVisible()); // the delegate commits once back in the event loop
        QCOMPARE(group->child(1, ReorderView::QuantityColumn)->text(), QStringLiteral("50"));
        QCOMPARE(group->child(1, ReorderView::TotalColumn)->text(), Money(50000, Currency::euro()).format(QLocale()));
        tree->setCurrentIndex(model->indexFromItem(group->child(0, ReorderView::SkuColumn)));
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(group->child(0, ReorderView::SkuColumn)->checkState(), Qt::Unchecked);
        QVERIFY(summary->text().contains(QStringLiteral("1 line")));

        // Ctrl+Enter: the draft purchase order, shown at once.
        computed.clear();
        QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(page.messages()->text().contains(QStringLiteral("PO-000001")));
        QCOMPARE(page.findChild<QTabWidget*>(QStringLiteral("purchasingTabs"))->currentIndex(),
            int(PurchasingPage::PurchaseOrdersTab));
        PurchaseOrdersView* orders = page.purchaseOrders();
        QVERIFY(orders->currentId() != 0);
        QCOMPARE(orders->lines()->model()->rowCount(), 1);
        QCOMPARE(orders->lines()->model()->index(0, 0).data().toString(), QStringLiteral("STEADY"));
        QCOMPARE(orders->lines()->model()->index(0, 3).data().toString(), QStringLiteral("50"));
        // The reorder list now counts the 50 as incoming.
        QVERIFY(!computed.isEmpty() || computed.wait(5000)); // it may have come while the window appeared
        QCOMPARE(model->item(0, ReorderView::SkuColumn)->rowCount(), 1);

        // Send it, then receive 3 by scanning the barcode.
        auto* send = page.findChild<QPushButton*>(QStringLiteral("markSent"));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(!send->isEnabled());
        QVERIFY(
            page.findChild<QLabel*>(QStringLiteral("purchaseOrderHeader"))->text().contains(QStringLiteral("Sent")));
        const qint64 before = onHand(m_steady);
        bool scanned = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ReceiveDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (int i = 0; i < 3; ++i) {
                QTest::keyClicks(dialog->scanField(), QStringLiteral("3700000000013"));
                QTest::keyClick(dialog->scanField(), Qt::Key_Return);
            }
            QTest::keyClicks(dialog->scanField(), QStringLiteral("NOPE"));
            QTest::keyClick(dialog->scanField(), Qt::Key_Return);
            QCOMPARE(dialog->messages()->kind(), MessageBar::Kind::Error); // unknown code: said, not counted
            QVERIFY(dialog->isVisible()); // Enter never closes the dialog
            QCOMPARE(dialog->table()->model()->index(0, ReceiveDialog::ArrivingColumn).data().toString(),
                QStringLiteral("3"));
            scanned = true;
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("receiveButton")), Qt::LeftButton);
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("receive")), Qt::LeftButton);
        QVERIFY(scanned);
        QCOMPARE(onHand(m_steady), before + 3);
        const auto order = purchasing::PurchaseOrders(m_database).load(orders->currentId()).value();
        QCOMPARE(order.status, purchasing::PurchaseStatus::PartlyReceived);
        QCOMPARE(order.lines.first().received, 3);
        QCOMPARE(orders->lines()->model()->index(0, 5).data().toString(), QStringLiteral("47"));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("closeOrder"))->isEnabled());

        // The order as a PDF for the supplier.
        const QString pdf = m_shop.folder() + QStringLiteral("/order.pdf");
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("savePdf"))->isEnabled());
        QVERIFY(orders->savePdf(pdf));
        QVERIFY(QFile(pdf).size() > 1000);
        QVERIFY(page.messages()->text().contains(QStringLiteral("order.pdf")));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("cancelOrder"))->isEnabled());
    }

    void suppliersTab()
    {
        PurchasingPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showTab(PurchasingPage::SuppliersTab);
        auto* list = page.findChild<QListWidget*>(QStringLiteral("supplierList"));
        QCOMPARE(list->count(), 1);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newSupplier")), Qt::LeftButton);
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("supplierName"));
        QVERIFY(name->hasFocus());
        name->insert(QStringLiteral("Céramiques du Sud")); // QTest types ASCII only
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("supplierEmail")), QStringLiteral("pas-un-email"));
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(page.messages()->kind(), MessageBar::Kind::Error);
        QVERIFY(page.messages()->text().contains(QStringLiteral("E-mail")));
        QCOMPARE(list->count(), 1); // nothing saved
        auto* email = page.findChild<QLineEdit*>(QStringLiteral("supplierEmail"));
        email->clear();
        QTest::keyClicks(email, QStringLiteral("pro@ceramiques.fr"));
        auto* minimum = page.findChild<QLineEdit*>(QStringLiteral("supplierMinimum"));
        QTest::keyClicks(minimum, QLocale().toString(150.5, 'f', 2));
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(page.messages()->kind(), MessageBar::Kind::Positive);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Céramiques du Sud"));
        const auto saved
            = purchasing::SupplierBook(m_database).load(list->currentItem()->data(Qt::UserRole).toLongLong());
        QCOMPARE(saved.value().email, QStringLiteral("pro@ceramiques.fr"));
        QCOMPARE(saved.value().minimumOrder, Money(15050, Currency::euro()));
    }

    void stockTakeTab()
    {
        PurchasingPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showTab(PurchasingPage::StockTakesTab);
        StockTakesView* view = page.stockTakes();
        QVERIFY(!view->scanField()->isEnabled()); // nothing to count yet
        QVERIFY(view->start({1, 0, {}, {}}, QStringLiteral("Inventaire")));
        QVERIFY(view->scanField()->hasFocus());
        QCOMPARE(view->model()->rowCount(), 3);
        const qint64 before = onHand(m_steady);
        for (int i = 0; i < 2; ++i) {
            QTest::keyClicks(view->scanField(), QStringLiteral("3700000000013"));
            QTest::keyClick(view->scanField(), Qt::Key_Return);
        }
        // Type a count in the table for RANOUT (bins are equal: by SKU, RANOUT comes first).
        QTableView* table = view->table();
        const QModelIndex counted = view->model()->index(0, StockTakeLineModel::CountedColumn);
        QCOMPARE(view->model()->index(0, StockTakeLineModel::SkuColumn).data().toString(), QStringLiteral("RANOUT"));
        table->setFocus();
        table->setCurrentIndex(counted);
        QTest::keyClicks(table, QStringLiteral("4"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(counted.data().toString(), QStringLiteral("4"));
        QVERIFY(view->summary()->text().startsWith(QStringLiteral("2 of 3 counted")));
        QCOMPARE(view->model()->index(2, StockTakeLineModel::CountedColumn).data().toString(), QStringLiteral("2"));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("applyStockTake")), Qt::LeftButton);
        QCOMPARE(page.messages()->kind(), MessageBar::Kind::Positive);
        QCOMPARE(onHand(m_steady), 2);
        QVERIFY(before != 2);
        QCOMPARE(onHand(m_ranOut), 4);
        QVERIFY(!view->scanField()->isEnabled()); // applied: read only
    }

    void overstockTab()
    {
        PurchasingPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy computed(page.overstock(), &StockExcessView::computed);
        page.showTab(PurchasingPage::OverstockTab);
        QVERIFY(!computed.isEmpty() || computed.wait(5000)); // it may have come while the window appeared
        QTableView* table = page.overstock()->table();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, StockExcessView::SkuColumn).data().toString(), QStringLiteral("SLOW"));
        QVERIFY(page.overstock()->summary()->text().contains(Money(49100, Currency::euro()).format(QLocale())));
    }

    // A shop that removed the warehouse it never used: its orders go to the first location left.
    void purchaseOrdersGoToTheFirstLocation()
    {
        TempShop shop;
        auto database = ShopBuilder::openEmpty(shop, m_otherClock);
        QVERIFY(database);
        QVERIFY(inventory::Locations(database).remove(1));
        ShopBuilder build(database, m_otherClock);
        const qint64 variant
            = build.variant(QStringLiteral("COUNTER"), build.supplier(QStringLiteral("Atelier Lin"), 10), 1000);
        inventory::StockLedger ledger(database);
        for (int day = 0; day <= 40; ++day) {
            build.setDay(day);
            QVERIFY(ledger.record(
                variant, 2, day == 0 ? 41 : -1, day == 0 ? MovementReason::Receipt : MovementReason::Sale, {}));
        }
        PurchasingPage page;
        QSignalSpy computed(page.reorder(), &ReorderView::computed);
        page.setDatabase(database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!computed.isEmpty() || computed.wait(5000));
        const auto created = page.reorder()->createPurchaseOrders();
        QVERIFY2(created.size() == 1, qPrintable(page.messages()->text()));
        QCOMPARE(purchasing::PurchaseOrders(database).load(created.first())->locationName, QStringLiteral("Boutique"));
        QThreadPool::globalInstance()->waitForDone(); // the reorder list computed again reads this shop
    }
};

QTEST_MAIN(TestPurchasingPage)
#include "TestPurchasingPage.moc"
