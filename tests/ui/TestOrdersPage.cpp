#include "documents/DocumentSettings.h"
#include "orders/OrderBook.h"
#include "orders/OrderDialog.h"
#include "orders/OrderEditor.h"
#include "orders/OrderTableModel.h"
#include "orders/OrdersPage.h"
#include "orders/PackingPage.h"
#include "orders/ReturnDialog.h"
#include "orders/ReturnFormActions.h"
#include "orders/Returns.h"
#include "orders/ReturnsListDialog.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace comptoir;
using namespace comptoir::orders;
using inventory::MovementReason;
using stockchecks::number;
using stockchecks::onHand;

namespace {

int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

// A PDF text string as Qt writes the document's title: UTF-16 big-endian after a byte order mark.
QByteArray pdfString(const QString& text)
{
    QByteArray bytes("\xfe\xff");
    for (const QChar c : text)
        bytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    return bytes;
}

} // namespace

// The Orders page as a merchant uses it: a phone order typed and scanned in, opened from the list,
// prepared, held, released and shipped from its dialog; a counter sale; a scanned slip number
// opening its order; bad input said in the dialog, which stays open.
class TestOrdersPage final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime::currentDateTimeUtc()};
    storage::DatabasePtr m_database;
    qint64 m_mug = 0; // barcode 4006381333931; 5 in the warehouse, 2 at the counter
    qint64 m_bowl = 0; // 1 in the warehouse

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

    static int rowsShown(OrdersPage& page) { return page.model()->rowCount(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400, QStringLiteral("4006381333931"));
        m_bowl = build.variant(QStringLiteral("BOWL"), 0, 600);
        inventory::StockLedger ledger(m_database);
        QVERIFY(ledger.record(m_mug, 1, 5, MovementReason::Receipt, {}).ok());
        QVERIFY(ledger.record(m_mug, 2, 2, MovementReason::Receipt, {}).ok());
        QVERIFY(ledger.record(m_bowl, 1, 1, MovementReason::Receipt, {}).ok());
    }

    void cleanup() { stockchecks::verifyConsistent(m_database); }

    void phoneOrderFromTypingToShipment()
    {
        OrdersPage page;
        page.setDatabase(m_database);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(rowsShown(page), 0);

        // New order: the customer typed, the mug scanned twice, the bowl found by its SKU.
        const bool typed = withDialog<OrderEditor>(
            [&] { QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("newOrderButton")), Qt::LeftButton); },
            [&](OrderEditor* editor) {
                QTest::keyClicks(
                    editor->findChild<QLineEdit*>(QStringLiteral("customerName")), QStringLiteral("Lea Martin"));
                QTest::keyClicks(
                    editor->findChild<QLineEdit*>(QStringLiteral("customerEmail")), QStringLiteral("lea@example"));
                auto* add = editor->findChild<QLineEdit*>(QStringLiteral("addProductField"));
                for (const char* code : {"4006381333931", "4006381333931", "bowl"}) {
                    QTest::keyClicks(add, QString::fromLatin1(code));
                    QTest::keyClick(add, Qt::Key_Return);
                }
                QCOMPARE(editor->lineCount(), 2);
                QCOMPARE(editor->order().lines[0].quantity, 2);
                QVERIFY(editor->isVisible()); // Enter in the scan field never closes the dialog
                QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("ship0"))->text(), QStringLiteral("Lea Martin"));
                for (auto [field, text] :
                    {std::pair {"ship2", "3 rue des Lilas"}, std::pair {"ship4", "69003"}, std::pair {"ship5", "Lyon"}})
                    QTest::keyClicks(editor->findChild<QLineEdit*>(QLatin1String(field)), QString::fromUtf8(text));

                // A wrong e-mail address is said and nothing is saved.
                QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveOrder")), Qt::LeftButton);
                QVERIFY(editor->isVisible());
                QCOMPARE(editor->messages()->kind(), MessageBar::Kind::Error);
                QVERIFY(editor->messages()->text().contains(QStringLiteral("lea@example")));
                QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM orders")), 0);

                QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("customerEmail")), QStringLiteral(".fr"));
                QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveOrder")), Qt::LeftButton);
                QVERIFY(!editor->isVisible());
            });
        QVERIFY(typed);
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM orders")), 1);
        QCOMPARE(number(m_database, QStringLiteral("SELECT reserved FROM variants WHERE sku = 'MUG'")), 2);
        QCOMPARE(rowsShown(page), 1); // paid: to prepare
        QVERIFY(page.findChild<MessageBar*>()->text().contains(QStringLiteral("C-1001")));

        // Enter on the row opens it: prepare, hold, release, ship.
        page.table()->setFocus();
        page.table()->selectRow(0);
        const bool handled = withDialog<OrderDialog>([&] { QTest::keyClick(page.table(), Qt::Key_Return); },
            [&](OrderDialog* dialog) {
                QCOMPARE(dialog->order().number, QStringLiteral("C-1001"));
                auto* lines = dialog->findChild<QTableWidget*>(QStringLiteral("orderLines"));
                QCOMPARE(lines->rowCount(), 2);
                QCOMPARE(lines->item(0, 5)->text(), QStringLiteral("Reserved"));
                QVERIFY(
                    dialog->findChild<QLabel*>(QStringLiteral("shipToLabel"))->text().contains(QStringLiteral("Lyon")));
                QVERIFY(dialog->stepButton(QStringLiteral("moveToPreparing")));
                QVERIFY(!dialog->stepButton(QStringLiteral("moveToDelivered")));
                QTest::mouseClick(dialog->stepButton(QStringLiteral("moveToPreparing")), Qt::LeftButton);
                QCOMPARE(dialog->order().status, OrderStatus::Preparing);
                QVERIFY(dialog->hold(QStringLiteral("address to check")));
                QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("orderStatus"))
                            ->text()
                            .contains(QStringLiteral("address to check")));
                QVERIFY(!dialog->stepButton(QStringLiteral("shipButton")));
                QTest::mouseClick(dialog->stepButton(QStringLiteral("releaseButton")), Qt::LeftButton);
                QCOMPARE(dialog->order().status, OrderStatus::Preparing);

                auto* note = dialog->findChild<QLineEdit*>(QStringLiteral("noteField"));
                QTest::keyClicks(note, QStringLiteral("Called back, address fine"));
                QTest::keyClick(note, Qt::Key_Return);
                QVERIFY(note->text().isEmpty());

                Shipment parcel;
                parcel.carrier = QStringLiteral("Colissimo");
                parcel.trackingNumber = QStringLiteral("6A12345678901");
                QVERIFY(dialog->ship(parcel));
                QCOMPARE(dialog->order().status, OrderStatus::Shipped);
                QVERIFY(!dialog->stepButton(QStringLiteral("editButton")));
                auto* history = dialog->findChild<QTreeWidget*>(QStringLiteral("orderHistory"));
                QCOMPARE(history->topLevelItemCount(), 7); // placed, paid, preparing, hold, release, note, shipped
                QCOMPARE(history->topLevelItem(5)->text(2), QStringLiteral("Called back, address fine"));
            });
        QVERIFY(handled);
        QCOMPARE(onHand(m_database, m_mug, 1), 3);
        QCOMPARE(onHand(m_database, m_bowl, 1), 0);
        QCOMPARE(rowsShown(page), 0); // no longer to prepare

        // The tracking number finds it among shipped orders.
        QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("chipShipped")), Qt::LeftButton);
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("orderSearch")), QStringLiteral("6a1234"));
        QTRY_COMPARE(rowsShown(page), 1);
    }

    void aScannedSlipOpensItsOrder()
    {
        OrdersPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("orderSearch"));
        QString opened;
        const bool handled = withDialog<OrderDialog>(
            [&] {
                QTest::keyClicks(search, QStringLiteral("C-1001"));
                QTest::keyClick(search, Qt::Key_Return);
            },
            [&](OrderDialog* dialog) { opened = dialog->order().number; });
        QVERIFY(handled);
        QCOMPARE(opened, QStringLiteral("C-1001"));
    }

    void aCounterSaleTakesTheShelfsStock()
    {
        OrdersPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const bool sold = withDialog<OrderEditor>(
            [&] {
                QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("counterSaleButton")), Qt::LeftButton);
            },
            [&](OrderEditor* editor) {
                QVERIFY(!editor->findChild<QLineEdit*>(QStringLiteral("ship0"))->isVisible());
                auto* add = editor->findChild<QLineEdit*>(QStringLiteral("addProductField"));
                QCOMPARE(editor->focusWidget(), add); // ready for the scanner
                QTest::keyClicks(add, QStringLiteral("NOTHING-LIKE-THIS"));
                QTest::keyClick(add, Qt::Key_Return);
                QCOMPARE(editor->messages()->kind(), MessageBar::Kind::Error);
                QCOMPARE(editor->lineCount(), 0);
                add->clear();
                QTest::keyClicks(add, QStringLiteral("4006381333931"));
                QTest::keyClick(add, Qt::Key_Return);
                editor->setQuantity(0, 9); // more than the 5 left: refused, the dialog stays
                QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
                QVERIFY(editor->isVisible());
                QVERIFY(editor->messages()->text().contains(QStringLiteral("Only 5 of MUG")));
                editor->setQuantity(0, 2);
                QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
                QVERIFY(!editor->isVisible());
            });
        QVERIFY(sold);
        QCOMPARE(onHand(m_database, m_mug, 2), 0); // both from the counter's shelf
        QCOMPARE(onHand(m_database, m_mug, 1), 3);
        QVERIFY(page.findChild<MessageBar*>()->text().contains(QStringLiteral("C-1002")));
        QCOMPARE(OrderBook(m_database)
                     .load(OrderBook(m_database).idForNumber(QStringLiteral("C-1002")).value())
                     .value()
                     .status,
            OrderStatus::Delivered);
    }

    void ordersLackingStockAreProblems()
    {
        Order order;
        order.status = OrderStatus::Paid;
        order.customerName = QStringLiteral("Paul");
        OrderLine line;
        line.variantId = m_bowl; // none left
        line.quantity = 2;
        line.unitPrice = Money(1200, Currency::euro());
        order.lines << line;
        QVERIFY(OrderBook(m_database).create(order));
        OrdersPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::keyClick(&page, Qt::Key_4, Qt::AltModifier);
        QTRY_COMPARE(rowsShown(page), 1);
        const QModelIndex status = page.model()->index(0, OrderTableModel::Status);
        QVERIFY(status.data().toString().contains(QStringLiteral("2 missing")));
    }

    void packingStationByScanner()
    {
        Order order;
        order.status = OrderStatus::Paid;
        order.customerName = QStringLiteral("Inès");
        for (auto [variant, quantity] : {std::pair {m_mug, qint64(2)}}) {
            OrderLine line;
            line.variantId = variant;
            line.quantity = quantity;
            line.unitPrice = Money(900, Currency::euro());
            order.lines << line;
        }
        const qint64 id = OrderBook(m_database).create(order).value();
        const QString number = OrderBook(m_database).load(id).value().number;

        PackingPage page;
        page.setDatabase(m_database);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QLineEdit* scan = page.scanField();
        const auto scanCode = [&](const QString& code) {
            QTest::keyClicks(scan, code);
            QTest::keyClick(scan, Qt::Key_Return);
        };
        scanCode(QStringLiteral("4006381333931")); // an item before any slip
        QCOMPARE(page.feedback(), PackingPage::Feedback::Bad);
        QCOMPARE(page.currentOrderId(), 0);

        scanCode(number);
        QCOMPARE(page.currentOrderId(), id);
        QCOMPARE(page.lines()->rowCount(), 1);
        scanCode(QStringLiteral("4006381333931"));
        QCOMPARE(page.feedback(), PackingPage::Feedback::Good);
        QCOMPARE(page.lines()->item(0, 3)->text(), QStringLiteral("1 / 2"));
        scanCode(QStringLiteral("BOWL")); // not in this order: red, nothing counted
        QCOMPARE(page.feedback(), PackingPage::Feedback::Bad);
        QVERIFY(page.feedbackText().contains(QStringLiteral("Wrong item")));
        QCOMPARE(page.lines()->item(0, 3)->text(), QStringLiteral("1 / 2"));
        QTest::keyClick(scan, Qt::Key_Return); // Enter while incomplete does nothing
        QCOMPARE(OrderBook(m_database).load(id).value().status, OrderStatus::Preparing);
        QTest::keyClick(scan, Qt::Key_Z, Qt::ControlModifier); // undo the scan
        QCOMPARE(page.lines()->item(0, 3)->text(), QStringLiteral("0 / 2"));
        scanCode(QStringLiteral("MUG"));
        scanCode(QStringLiteral("mug"));
        QVERIFY(page.feedbackText().contains(QStringLiteral("complete")));
        scanCode(QStringLiteral("MUG")); // one too many
        QCOMPARE(page.feedback(), PackingPage::Feedback::Bad);
        QVERIFY(page.feedbackText().contains(QStringLiteral("One too many")));
        QTest::keyClick(scan, Qt::Key_Return); // complete: Enter marks it packed
        QCOMPARE(OrderBook(m_database).load(id).value().status, OrderStatus::Packed);
        QCOMPARE(page.currentOrderId(), 0);
        QVERIFY(page.feedbackText().contains(number));
        QCOMPARE(page.feedback(), PackingPage::Feedback::Good);
    }

    void aReturnFromOpeningToClosing()
    {
        Order order;
        order.status = OrderStatus::Paid;
        order.customerName = QStringLiteral("Hugo");
        OrderLine line;
        line.variantId = m_mug;
        line.quantity = 1;
        line.unitPrice = Money(900, Currency::euro());
        order.lines << line;
        OrderBook book(m_database);
        const qint64 id = book.create(order).value();
        QVERIFY(book.ship(id).ok());
        const qint64 before = onHand(m_database, m_mug, 1);

        OrderDialog dialog(m_database, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.stepButton(QStringLiteral("editButton")));
        const bool opened = withDialog<ReturnDialog>(
            [&] { QTest::mouseClick(dialog.stepButton(QStringLiteral("returnButton")), Qt::LeftButton); },
            [&](ReturnDialog* form) {
                QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("returnOk")), Qt::LeftButton);
                QVERIFY(form->isVisible()); // nothing chosen: said, not saved
                QCOMPARE(form->messages()->kind(), MessageBar::Kind::Error);
                form->setQuantity(0, 1);
                form->setReason(0, ReturnReason::TooSmall);
                QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("returnOk")), Qt::LeftButton);
                QVERIFY(!form->isVisible());
            });
        QVERIFY(opened);
        QVERIFY(dialog.stepButton(QStringLiteral("receiveReturn")));
        QVERIFY(dialog.findChild<QTreeWidget*>(QStringLiteral("orderHistory"))
                    ->findItems(QStringLiteral("R-"), Qt::MatchContains, 2)
                    .size()
            == 1);

        const bool received = withDialog<ReturnDialog>(
            [&] { QTest::mouseClick(dialog.stepButton(QStringLiteral("receiveReturn")), Qt::LeftButton); },
            [&](ReturnDialog* form) {
                form->setWriteOff(0, false);
                form->setRefund(QStringLiteral("9"));
                QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("returnOk")), Qt::LeftButton);
                QVERIFY(!form->isVisible());
            });
        QVERIFY(received);
        QCOMPARE(onHand(m_database, m_mug, 1), before + 1);
        QCOMPARE(dialog.order().status, OrderStatus::Returned);

        ReturnsListDialog list(m_database);
        list.show();
        auto* filter = list.findChild<QComboBox*>(QStringLiteral("returnStatusFilter"));
        filter->setCurrentIndex(1); // received
        list.reload();
        QCOMPARE(list.list()->topLevelItemCount(), 1);
        QCOMPARE(list.list()->topLevelItem(0)->text(5), Money(900, Currency::euro()).format());
        QTest::mouseClick(list.findChild<QPushButton*>(QStringLiteral("closeReturn")), Qt::LeftButton);
        QCOMPARE(list.list()->topLevelItemCount(), 0);
        QCOMPARE(Returns(m_database).list(ReturnStatus::Closed).value().size(), 1);
    }

    void batchSlipsToPdf()
    {
        OrdersPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("chipAll")), Qt::LeftButton);
        const int listed = page.model()->rowCount();
        QVERIFY(listed >= 3);
        page.table()->clearSelection();
        QCOMPARE(page.chosenOrders().size(), listed); // nothing selected: every order listed
        const QString pdf = m_shop.folder() + QStringLiteral("/batch.pdf");
        QVERIFY(page.saveDocuments(OrdersPage::Documents::PickListAndSlips, pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ")
            >= listed + 1); // the pick list, then a slip per order
        QVERIFY(page.findChild<MessageBar*>()->text().contains(QStringLiteral("batch.pdf")));

        // Two rows selected: just those two.
        page.table()->selectRow(0);
        page.table()->selectionModel()->select(
            page.model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page.chosenOrders().size(), 2);
        QVERIFY(page.saveDocuments(OrdersPage::Documents::Slips, m_shop.folder() + QStringLiteral("/two.pdf")));
        QVERIFY(!page.saveDocuments(OrdersPage::Documents::Slips, QStringLiteral("/nonexistent/dir/x.pdf")));
        QCOMPARE(page.findChild<MessageBar*>()->kind(), MessageBar::Kind::Error);
    }

    // The return form from the returns list (Save as PDF, through the file dialog) and from the
    // dialog receiving the return (Ctrl+P: the print preview, one page).
    void aReturnFormPrintedAndSaved()
    {
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, 2, MovementReason::Receipt, {}).ok());
        Order order;
        order.status = OrderStatus::Paid;
        order.customerName = QStringLiteral("Inès");
        OrderLine line;
        line.variantId = m_mug;
        line.quantity = 2;
        line.unitPrice = Money(900, Currency::euro());
        order.lines << line;
        OrderBook book(m_database);
        const qint64 id = book.create(order).value();
        QVERIFY(book.ship(id).ok());
        ReturnLine back;
        back.orderLineId = book.load(id).value().lines.first().id;
        back.quantity = 1;
        back.reason = ReturnReason::Damaged;
        const qint64 returnId = Returns(m_database).open(id, {back}).value();
        const QString number = Returns(m_database).load(returnId).value().number;

        ReturnsListDialog list(m_database);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QCOMPARE(list.list()->topLevelItem(0)->text(0), number); // the newest first, and current
        auto* button = list.findChild<QPushButton*>(QStringLiteral("returnFormButton"));
        QVERIFY(button && button->isEnabled() && button->menu());
        QAction* save = nullptr;
        for (QAction* action : button->menu()->actions())
            if (action->objectName() == QLatin1String("saveReturnForm"))
                save = action;
        QVERIFY(save);
        const QString pdf = m_shop.folder() + QStringLiteral("/return-form.pdf");
        const bool asked = withDialog<QFileDialog>([&] { save->trigger(); },
            [&](QFileDialog* dialog) {
                QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral("return-form-%1.pdf").arg(number)));
                dialog->selectFile(pdf);
                static_cast<QDialog*>(dialog)->accept(); // public in QDialog, QFileDialog's own runs
            });
        QVERIFY(asked);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
        QCOMPARE(list.messages()->kind(), MessageBar::Kind::Information);
        QVERIFY(list.messages()->text().contains(QStringLiteral("return-form.pdf")));

        // Receiving it: Ctrl+P previews its form; opening a return has no form yet.
        std::unique_ptr<ReturnDialog> receive(ReturnDialog::toReceive(m_database, returnId, nullptr));
        receive->show();
        receive->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(receive.get()));
        QVERIFY(receive->findChild<QPushButton*>(QStringLiteral("returnFormButton")));
        int pages = -1;
        const bool previewed
            = withDialog<QPrintPreviewDialog>([&] { QTest::keyClick(receive.get(), Qt::Key_P, Qt::ControlModifier); },
                [&](QPrintPreviewDialog* preview) { pages = preview->findChild<QPrintPreviewWidget*>()->pageCount(); });
        QVERIFY(previewed);
        QCOMPARE(pages, 1);
        QCOMPARE(receive->messages()->isVisible(), false); // nothing went wrong
        std::unique_ptr<ReturnDialog> opening(ReturnDialog::forOrder(m_database, id, nullptr));
        QVERIFY(!opening->returnForm());
        QVERIFY(!opening->findChild<QPushButton*>(QStringLiteral("returnFormButton")));
    }

    void orderWindowPrintsItsSlip()
    {
        const qint64 id = number(m_database, QStringLiteral("SELECT min(id) FROM orders"));
        const QString orderNumber = OrderBook(m_database).load(id).value().number;
        OrderDialog dialog(m_database, id);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        // Ctrl+Shift+S: "Save slip as PDF…", the file chosen in the (answered) save dialog.
        const QString pdf = m_shop.folder() + QStringLiteral("/slip.pdf");
        FileDialog::setNextFileName(pdf);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QFile file(pdf);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(dialog.messages()->text()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(pdfPages(bytes), 1);
        // The PDF is titled after the order, as readers show it (its page text is glyph codes).
        QVERIFY(bytes.contains(pdfString(QStringLiteral("Packing slip %1").arg(orderNumber))));
        QCOMPARE(dialog.messages()->kind(), MessageBar::Kind::Information);
        QVERIFY(dialog.messages()->text().contains(QStringLiteral("slip.pdf")));
        QVERIFY(dialog.messages()->text().contains(orderNumber));

        // A folder that does not exist: said in the window, no file.
        QVERIFY(!dialog.saveSlip(QStringLiteral("/nonexistent/dir/slip.pdf")));
        QCOMPARE(dialog.messages()->kind(), MessageBar::Kind::Error);

        // Ctrl+P: the slip in a print preview, one page, on the paper chosen in Settings.
        documents::DocumentSettings settings;
        settings.pageFormat = documents::PageFormat::Letter;
        QVERIFY(settings.write(m_database).ok());
        dialog.messages()->hide();
        int pages = 0;
        QPageSize::PageSizeId paper = QPageSize::Custom;
        const bool previewed
            = withDialog<QPrintPreviewDialog>([&] { QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier); },
                [&](QPrintPreviewDialog* preview) {
                    QTRY_VERIFY(preview->findChild<QPrintPreviewWidget*>()->pageCount() > 0);
                    pages = preview->findChild<QPrintPreviewWidget*>()->pageCount();
                    paper = preview->printer()->pageLayout().pageSize().id();
                    QCOMPARE(preview->windowTitle(), QStringLiteral("Packing slip %1").arg(orderNumber));
                });
        QVERIFY(previewed);
        QCOMPARE(pages, 1);
        QCOMPARE(paper, QPageSize::Letter);
        QVERIFY(dialog.messages()->isHidden()); // closed without printing: nothing to say
        QVERIFY(documents::DocumentSettings().write(m_database).ok());
    }
};

QTEST_MAIN(TestOrdersPage)
#include "TestOrdersPage.moc"
