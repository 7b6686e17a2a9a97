#include "MainWindow.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ProductEditor.h"
#include "catalog/ProductTableModel.h"
#include "catalog/ProductsPage.h"
#include "inventory/StockChangeDialog.h"
#include "inventory/StockPanel.h"
#include "io/CatalogExportDialog.h"
#include "io/CatalogImportDialog.h"
#include "io/ColumnMappingDialog.h"
#include "io/OrderImportDialog.h"
#include "orders/OrderTableModel.h"
#include "orders/OrdersPage.h"
#include "settings/SettingsPage.h"
#include "storage/Backups.h"
#include "storage/Sql.h"
#include "support/TempShop.h"
#include "widgets/JobStatusWidget.h"
#include "widgets/MessageBar.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace comptoir;

namespace {

void clickHeader(QTableView* table, int column)
{
    QHeaderView* header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

void clickSidebar(MainWindow& window, int row)
{
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(sidebar->item(row)).center());
}

QStringList column(QTableView* table, int column)
{
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values << table->model()->index(row, column).data().toString();
    return values;
}

// Opens the shop in a shown, active main window, as a user starting Comptoir.
bool openShown(MainWindow& window, const QString& path)
{
    if (!window.openDatabase(path))
        return false;
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

} // namespace

// Drives the real main window on a demo shop, as a user would.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // Orders up to today, so there is work "to prepare".
        auto options = TempShop::demoOptions(400, 1500, 21);
        options.until = QDate::currentDate();
        QVERIFY(demo::DemoShop::createFile(m_shop.path(), options));
    }

    void modelsPassTheModelTester()
    {
        auto database = m_shop.open();
        QVERIFY(database);
        ProductTableModel products;
        QAbstractItemModelTester productTester(&products, QAbstractItemModelTester::FailureReportingMode::QtTest);
        products.setDatabase(database);
        const int firstPages = products.rowCount();
        QVERIFY(firstPages >= LazyTableModel::kPageSize);
        products.fetchMore({});
        QCOMPARE(products.rowCount(), firstPages + LazyTableModel::kPageSize);
        products.sort(ProductTableModel::Stock, Qt::DescendingOrder);
        products.setFilter(QStringLiteral("pull"));
        QVERIFY(products.rowCount() > 0);
        QCOMPARE(products.indexOf(products.variantAt(products.index(3, 0))->id).row(), 3);

        OrderTableModel orders;
        QAbstractItemModelTester orderTester(&orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        orders.setDatabase(database);
        orders.setFilters(comptoir::orders::OrderList::StatusFilter::All, {}, {}, {});
        QVERIFY(orders.rowCount() >= LazyTableModel::kPageSize);
        for (int column = 0; column < OrderTableModel::ColumnCount; ++column)
            orders.sort(column, Qt::DescendingOrder);
        while (orders.canFetchMore({}))
            orders.fetchMore({});
        QCOMPARE(orders.rowCount(), 1500);
    }

    void visitsEveryPage()
    {
        MainWindow window;
        QVERIFY(openShown(window, m_shop.path()));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->count(), int(MainWindow::PageCount));
        for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
            clickSidebar(window, page);
            QCOMPARE(stack->currentIndex(), page);
            QVERIFY(stack->currentWidget()->isVisible());
        }
        // Keyboard: Ctrl+0 goes to the Dashboard, Ctrl+3 to Products, Ctrl+F puts the cursor in its filter.
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::DashboardPageIndex);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::ProductsPageIndex);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window.findChild<QLineEdit*>(QStringLiteral("productFilter")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Comptoir de Camille")));
    }

    void productsSortFilterAndScroll()
    {
        MainWindow window;
        QVERIFY(openShown(window, m_shop.path()));
        clickSidebar(window, MainWindow::ProductsPageIndex);
        auto* table = window.findChild<QTableView*>(QStringLiteral("productTable"));
        auto* model = window.productsPage()->model();
        QVERIFY(model->rowCount() >= LazyTableModel::kPageSize);
        QVERIFY(model->rowCount() < 2000); // pages, not the catalog

        // Sort by price: ascending, then descending on a second click.
        clickHeader(table, ProductTableModel::Price);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ProductTableModel::Price));
        const auto firstPrice = [&](int row) { return model->variantAt(model->index(row, 0))->price.minorUnits(); };
        QVERIFY(firstPrice(0) <= firstPrice(1) && firstPrice(1) <= firstPrice(50));
        const Qt::SortOrder order = table->horizontalHeader()->sortIndicatorOrder();
        clickHeader(table, ProductTableModel::Price);
        QVERIFY(table->horizontalHeader()->sortIndicatorOrder() != order);
        QVERIFY(firstPrice(0) >= firstPrice(1) && firstPrice(1) >= firstPrice(50));

        // Scrolling to the end loads the next page from the database.
        const int loaded = model->rowCount();
        table->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > loaded);

        // Typing in the filter narrows the list, accents ignored.
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("productFilter"));
        QTest::keyClicks(filter, QStringLiteral("bottines"));
        QTRY_COMPARE(model->filter(), QStringLiteral("bottines"));
        QVERIFY(model->rowCount() > 0);
        for (const QString& title : column(table, ProductTableModel::Title))
            QVERIFY2(title.startsWith(QStringLiteral("Bottines")), qPrintable(title));
        auto* count = window.findChild<QLabel*>(QStringLiteral("productCount"));
        QTRY_VERIFY(count->text().contains(QString::number(model->rowCount())));

        // A filter too broad to sort lists matches in search order and says so.
        model->setSortableMatches(10);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("b"));
        QTRY_COMPARE(model->filter(), QStringLiteral("b"));
        QVERIFY(model->isSortedByMatch());
        QVERIFY(!table->horizontalHeader()->isSortIndicatorShown());
        QVERIFY2(count->text().contains(QStringLiteral("type more")), qPrintable(count->text()));
        model->setSortableMatches(comptoir::catalog::VariantList::kSortableMatches);

        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("eco"));
        QTRY_COMPARE(model->filter(), QStringLiteral("eco"));
        QVERIFY(model->rowCount() > 0);
        for (const QString& title : column(table, ProductTableModel::Title))
            QVERIFY2(title.contains(QStringLiteral("Éco")), qPrintable(title));
        QVERIFY(table->horizontalHeader()->isSortIndicatorShown());
    }

    void changeStockFromTheProductsPage()
    {
        MainWindow window;
        QVERIFY(openShown(window, m_shop.path()));
        clickSidebar(window, MainWindow::ProductsPageIndex);
        auto* table = window.findChild<QTableView*>(QStringLiteral("productTable"));
        auto* model = window.productsPage()->model();
        auto* panel = window.productsPage()->stockPanel();

        // Pick the third row with the keyboard: the panel follows.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Down);
        const auto* variant = model->variantAt(table->currentIndex());
        QVERIFY(variant);
        const qint64 id = variant->id, before = variant->onHand;
        QCOMPARE(panel->variant(), id);
        auto* history = panel->findChild<QTableWidget*>(QStringLiteral("stockHistory"));
        const int movements = history->rowCount();

        // Ctrl+Shift+S opens the dialog; removing stock without saying why is refused in place.
        QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<StockChangeDialog> dialog = panel->findChild<StockChangeDialog*>(QStringLiteral("stockChangeDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setAction(StockChangeDialog::Action::Receive);
        auto* quantity = dialog->findChild<QSpinBox*>(QStringLiteral("stockQuantity"));
        quantity->setValue(5);
        auto* correct = dialog->findChild<QComboBox*>(QStringLiteral("stockAction"));
        correct->setCurrentIndex(correct->findData(int(StockChangeDialog::Action::Remove)));
        quantity->setValue(1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("stockApply")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("a note is required")), qPrintable(dialog->errorText()));
        QCOMPARE(model->variantAt(table->currentIndex())->onHand, before);

        // Receiving 5 with a note goes through: the table, the levels and the history show it.
        correct->setCurrentIndex(correct->findData(int(StockChangeDialog::Action::Receive)));
        quantity->setValue(5);
        QTest::keyClicks(
            dialog->findChild<QLineEdit*>(QStringLiteral("stockNote")), QStringLiteral("Delivery note 4411"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("stockApply")), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(model->variantAt(model->indexOf(id))->onHand, before + 5);
        QCOMPARE(model->indexOf(id).siblingAtColumn(ProductTableModel::Stock).data().toString(),
            QLocale().toString(before + 5));
        QCOMPARE(history->rowCount(), movements + 1);
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("+5"));
        QCOMPARE(history->item(0, 4)->text(), QStringLiteral("Delivery note 4411"));
    }

    void editAndCreateProducts()
    {
        MainWindow window;
        QVERIFY(openShown(window, m_shop.path()));
        clickSidebar(window, MainWindow::ProductsPageIndex);
        auto* page = window.productsPage();
        auto* table = window.findChild<QTableView*>(QStringLiteral("productTable"));
        table->setFocus();
        const qint64 productId = page->model()->variantAt(table->currentIndex())->productId;

        // F2 edits the current product; a mistyped barcode is refused and the cell is selected.
        QTest::keyClick(table, Qt::Key_F2);
        QPointer<ProductEditor> editor = page->findChild<ProductEditor*>(QStringLiteral("productEditor"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QApplication::setActiveWindow(editor);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("productName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Bottines Margaux"));
        QTableWidget* variants = editor->variantTable();
        variants->item(0, ProductEditor::Barcode)->setText(QStringLiteral("4006381333932"));
        variants->item(0, ProductEditor::Price)->setText(QStringLiteral("99.90"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveProduct")), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QVERIFY2(
            editor->errorText().startsWith(QStringLiteral("Variant 1 – Barcode:")), qPrintable(editor->errorText()));
        QCOMPARE(variants->currentRow(), 0);
        QCOMPARE(variants->currentColumn(), int(ProductEditor::Barcode));

        variants->item(0, ProductEditor::Barcode)->setText(QStringLiteral("4006381333931"));
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor);
        const auto* saved = page->model()->variantAt(table->currentIndex());
        QVERIFY(saved);
        QCOMPARE(saved->productId, productId);
        QVERIFY2(saved->title.startsWith(QStringLiteral("Bottines Margaux")), qPrintable(saved->title));

        // Insert creates a product; it is found by its SKU at once.
        QApplication::setActiveWindow(&window);
        QTRY_VERIFY(window.isActiveWindow());
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Insert);
        editor = page->findChild<ProductEditor*>(QStringLiteral("productEditor"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        name = editor->findChild<QLineEdit*>(QStringLiteral("productName"));
        QTest::keyClicks(name, QStringLiteral("Tablier en lin lave"));
        QTest::keyClick(name, Qt::Key_Backspace);
        name->insert(QStringLiteral("é")); // QTest types ASCII only
        variants = editor->variantTable();
        variants->item(0, ProductEditor::Sku)->setText(QStringLiteral("TAB-LIN-01"));
        variants->item(0, ProductEditor::Price)->setText(QStringLiteral("34.50"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveProduct")), Qt::LeftButton);
        QTRY_VERIFY(!editor);
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("productFilter"));
        QTest::keyClicks(filter, QStringLiteral("TAB-LIN"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->variantAt(page->model()->index(0, 0))->price.minorUnits(), 3450);
        QCOMPARE(page->model()->variantAt(page->model()->index(0, 0))->title, QStringLiteral("Tablier en lin lavé"));
    }

    void productEditorUndoesUntilSaved()
    {
        auto database = m_shop.open();
        auto draft = comptoir::catalog::ProductCatalog(database).load(3);
        QVERIFY(draft);
        ProductEditor editor(database, *draft);
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QTableWidget* variants = editor.variantTable();
        const int rows = variants->rowCount();
        const QString price = variants->item(0, ProductEditor::Price)->text();

        variants->item(0, ProductEditor::Price)->setText(QStringLiteral("1.00"));
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addVariant")), Qt::LeftButton);
        QCOMPARE(variants->rowCount(), rows + 1);
        QCOMPARE(editor.undoStack()->count(), 2);

        // Ctrl+Z in the table takes back the new row, then the price; Ctrl+Shift+Z redoes.
        variants->setFocus();
        QTest::keyClick(variants, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(variants->rowCount(), rows);
        QTest::keyClick(variants, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(variants->item(0, ProductEditor::Price)->text(), price);
        QTest::keyClick(variants, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(variants->item(0, ProductEditor::Price)->text(), QStringLiteral("1.00"));

        // Removing a row is undone with its values.
        const QString sku = variants->item(0, ProductEditor::Sku)->text();
        variants->setCurrentCell(0, ProductEditor::Sku);
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("removeVariant")), Qt::LeftButton);
        QCOMPARE(variants->rowCount(), rows - 1);
        editor.undoStack()->undo();
        QCOMPARE(variants->rowCount(), rows);
        QCOMPARE(variants->item(0, ProductEditor::Sku)->text(), sku);
        // Nothing reached the shop: all of this happened before Save.
        QCOMPARE(comptoir::catalog::ProductCatalog(database).load(3).value(), *draft);
    }

    void productPictureAndLeadTime()
    {
        auto database = m_shop.open();
        auto draft = comptoir::catalog::ProductCatalog(database).load(4);
        QVERIFY(draft);
        ProductEditor editor(database, *draft);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QLabel* thumbnail = editor.thumbnail();
        QCOMPARE(thumbnail->text(), QStringLiteral("No picture"));

        auto* path = editor.findChild<QLineEdit*>(QStringLiteral("productImage"));
        QTest::keyClicks(path, QStringLiteral("/nowhere/pull.jpg"));
        QCOMPARE(thumbnail->text(), QStringLiteral("File not found"));
        QImage picture(400, 200, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        const QString file = QDir(m_shop.folder()).filePath(QStringLiteral("pull.png"));
        QVERIFY(picture.save(file));
        path->clear();
        QTest::keyClicks(path, file);
        QVERIFY(!thumbnail->pixmap().isNull());
        QCOMPARE(thumbnail->pixmap().width(), 116); // scaled into the frame, proportions kept
        QCOMPARE(thumbnail->pixmap().height(), 58);

        // A lead time of its own for the first variant; a word is refused with the cell named.
        QTableWidget* variants = editor.variantTable();
        variants->item(0, ProductEditor::LeadTime)->setText(QStringLiteral("soon"));
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("saveProduct")), Qt::LeftButton);
        QVERIFY(editor.isVisible());
        QVERIFY(editor.errorText().contains(QStringLiteral("Lead time")));
        QCOMPARE(variants->currentColumn(), int(ProductEditor::LeadTime));
        variants->item(0, ProductEditor::LeadTime)->setText(QStringLiteral("21"));
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("saveProduct")), Qt::LeftButton);
        QVERIFY(!editor.isVisible());
        const auto saved = comptoir::catalog::ProductCatalog(database).load(4).value();
        QCOMPARE(saved.imagePath, file);
        QCOMPARE(saved.variants.first().leadTimeDays, std::optional<int>(21));
    }

    void scanningABarcodeSelectsTheVariant()
    {
        auto database = m_shop.open();
        const QString barcode
            = storage::scalar(database->connection(), QStringLiteral("SELECT barcode FROM variants WHERE id = 77"))
                  .value()
                  .toString();
        MainWindow window;
        QVERIFY(openShown(window, m_shop.path()));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        // A keyboard-wedge scanner types the digits quickly, then Enter.
        QTest::keyClicks(QApplication::focusWidget(), barcode);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto* table = window.findChild<QTableView*>(QStringLiteral("productTable"));
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(window.productsPage()->model()->variantAt(table->currentIndex())->id, 77);
        QCOMPARE(window.productsPage()->stockPanel()->variant(), 77);
    }

    void ordersChipsDatesAndSort()
    {
        MainWindow window;
        QVERIFY(openShown(window, m_shop.path()));
        clickSidebar(window, MainWindow::OrdersPageIndex);
        auto* table = window.findChild<QTableView*>(QStringLiteral("orderTable"));
        auto* model = window.ordersPage()->model();

        // The page opens on the orders to prepare, oldest first.
        QVERIFY(model->rowCount() > 0);
        for (const QString& status : column(table, OrderTableModel::Status))
            QVERIFY2(status == QStringLiteral("Paid") || status == QStringLiteral("Preparing"), qPrintable(status));
        const int toPrepare = model->rowCount();

        QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("chipShipped")), Qt::LeftButton);
        QVERIFY(model->rowCount() > 0);
        for (const QString& status : column(table, OrderTableModel::Status))
            QVERIFY2(status == QStringLiteral("Shipped") || status == QStringLiteral("Delivered"), qPrintable(status));

        QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("chipAll")), Qt::LeftButton);
        QVERIFY(model->rowCount() > toPrepare);
        auto* count = window.findChild<QLabel*>(QStringLiteral("orderCount"));
        QTRY_COMPARE(count->text(), QStringLiteral("1500 orders"));

        // Sort by total, largest first.
        clickHeader(table, OrderTableModel::Total);
        if (table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder)
            clickHeader(table, OrderTableModel::Total);
        const auto total = [&](int row) { return model->orderAt(model->index(row, 0))->total.minorUnits(); };
        QVERIFY(total(0) >= total(1) && total(1) >= total(100));

        // A custom date range keeps only orders placed within it.
        const QDate from = QDate::currentDate().addDays(-40), to = QDate::currentDate().addDays(-10);
        window.ordersPage()->setCustomRange(from, to);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QDate day = model->orderAt(model->index(row, 0))->placedAt.toLocalTime().date();
            QVERIFY(day >= from && day <= to);
        }
        auto* period = window.findChild<QComboBox*>(QStringLiteral("periodCombo"));
        QCOMPARE(period->currentData().toInt(), int(OrdersPage::Period::Custom));

        // Searching an order number finds it.
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("orderSearch"));
        window.ordersPage()->setPeriod(OrdersPage::Period::AllDates);
        QTest::keyClicks(search, QStringLiteral("1234"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, OrderTableModel::Number).data().toString(), QStringLiteral("#1234"));
    }

    void settingsPersistAfterReopening()
    {
        {
            MainWindow window;
            QVERIFY(openShown(window, m_shop.path()));
            clickSidebar(window, MainWindow::SettingsPageIndex);
            auto* name = window.findChild<QLineEdit*>(QStringLiteral("shopName"));
            auto* vat = window.findChild<QLineEdit*>(QStringLiteral("shopVatNumber"));
            auto* save = window.findChild<QPushButton*>(QStringLiteral("saveSettings"));
            auto* bar = window.settingsPage()->findChild<MessageBar*>(QStringLiteral("messageBar"));
            QCOMPARE(name->text(), QStringLiteral("Comptoir de Camille"));

            // A mistyped VAT number is refused inline, naming the field, and nothing is saved.
            vat->selectAll();
            QTest::keyClicks(vat, QStringLiteral("FR41303265045"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Ne doit pas rester"));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(bar->isVisible());
            QCOMPARE(bar->kind(), MessageBar::Kind::Error);
            QVERIFY2(bar->text().startsWith(QStringLiteral("VAT number:")), qPrintable(bar->text()));
            QCOMPARE(QApplication::focusWidget(), vat);

            vat->selectAll();
            QTest::keyClicks(vat, QStringLiteral("FR40303265045"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Atelier Margot"));
            QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
            QVERIFY2(bar->kind() == MessageBar::Kind::Positive, qPrintable(bar->text()));
            QVERIFY(window.windowTitle().startsWith(QStringLiteral("Atelier Margot")));
        }
        MainWindow reopened;
        QVERIFY(reopened.openDatabase(m_shop.path()));
        QCOMPARE(reopened.findChild<QLineEdit*>(QStringLiteral("shopName"))->text(), QStringLiteral("Atelier Margot"));
    }

    void languageChangesWithoutRestart()
    {
        MainWindow window;
        QVERIFY(openShown(window, m_shop.path()));
        clickSidebar(window, MainWindow::SettingsPageIndex);
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        auto* language = window.findChild<QComboBox*>(QStringLiteral("language"));
        auto* save = window.findChild<QPushButton*>(QStringLiteral("saveSettings"));
        QCOMPARE(sidebar->item(MainWindow::OrdersPageIndex)->text(), QStringLiteral("Orders"));

        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(sidebar->item(MainWindow::OrdersPageIndex)->text(), QStringLiteral("Commandes"));
        QCOMPARE(window.findChild<QToolButton*>(QStringLiteral("chipToPrepare"))->text(), QStringLiteral("À préparer"));
        QCOMPARE(window.ordersPage()->model()->headerData(OrderTableModel::Total, Qt::Horizontal).toString(),
            QStringLiteral("Total"));
        QCOMPARE(save->text().remove(QLatin1Char('&')), QStringLiteral("Enregistrer"));
        // Qt's own strings follow too (standard dialog buttons).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));

        // The choice is stored in the shop and applied when it is opened again.
        language->setCurrentIndex(language->findData(QString()));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(sidebar->item(MainWindow::OrdersPageIndex)->text(), QStringLiteral("Orders"));
    }

    void opensOnTheDashboardAndRemembersRecentShops()
    {
        {
            MainWindow window;
            QVERIFY(openShown(window, m_shop.path()));
            clickSidebar(window, MainWindow::ProductsPageIndex);
            window.close();
        }
        // The day starts on the Dashboard, whatever page was left open; a page remembered by its
        // position before the Dashboard came first is forgotten.
        QSettings().setValue(QStringLiteral("window/page"), 2);
        MainWindow reopened;
        QCOMPARE(reopened.currentPage(), MainWindow::DashboardPageIndex);
        reopened.close();
        QVERIFY(!QSettings().contains(QStringLiteral("window/page")));
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), m_shop.path());
        auto* recent = reopened.findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(recent->isEnabled());
        QCOMPARE(recent->actions().value(0)->text(), QDir::toNativeSeparators(m_shop.path()));
    }

    void openingABadFileSaysWhyAndKeepsTheShop()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_shop.path()));
        const QString text = m_shop.folder() + QStringLiteral("/notes.txt");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a shop");
        file.close();
        MessageBox::setNextAnswer(QMessageBox::Ok); // answers the error box
        QVERIFY(!window.openDatabase(text));
        QCOMPARE(window.database()->path(), m_shop.path());
        QVERIFY(window.ordersPage()->model()->rowCount() > 0);
    }

    void backupNowRunsInTheBackground()
    {
        MainWindow window;
        QVERIFY(openShown(window, m_shop.path()));
        // The day's backup starts shortly after opening; make it start now.
        QVERIFY(window.dailyBackupTimer()->isActive());
        window.dailyBackupTimer()->setInterval(0);
        window.dailyBackupTimer()->start();
        QTRY_VERIFY(window.jobs()->isBusy());
        QTRY_VERIFY(!window.jobs()->isBusy());
        const auto daily = storage::Backups::listFor(m_shop.path());
        QVERIFY(std::any_of(
            daily.begin(), daily.end(), [](const auto& e) { return e.kind == storage::Backups::Kind::Daily; }));
        const int before = int(storage::Backups::listFor(m_shop.path()).size());
        window.findChild<QAction*>(QStringLiteral("actionBackup"))->trigger();
        QVERIFY(window.jobs()->isBusy());
        QTRY_VERIFY(!window.jobs()->isBusy());
        const auto backups = storage::Backups::listFor(m_shop.path());
        QCOMPARE(int(backups.size()), before + 1);
        QVERIFY(std::any_of(
            backups.begin(), backups.end(), [](const auto& e) { return e.kind == storage::Backups::Kind::Manual; }));
    }

    void restoreFromBackup()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_shop.path()));
        auto backups = storage::Backups::listFor(m_shop.path());
        QVERIFY(!backups.isEmpty());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.restoreBackup(backups.first().path);
        QVERIFY(window.database());
        QCOMPARE(window.database()->path(), m_shop.path());
        QVERIFY(window.ordersPage()->model()->rowCount() > 0);
        // The replaced file is kept among the backups.
        backups = storage::Backups::listFor(m_shop.path());
        QVERIFY(std::any_of(backups.begin(), backups.end(),
            [](const auto& e) { return e.kind == storage::Backups::Kind::BeforeRestore; }));
    }

    void importAndExportProducts()
    {
        TempShop shop;
        QVERIFY(demo::DemoShop::createFile(shop.path(), TempShop::demoOptions(40, 20, 3)));
        QString known;
        qint64 knownStock = 0;
        {
            auto database = shop.open();
            auto row = storage::run(database->connection(),
                QStringLiteral("SELECT v.sku, l.on_hand FROM variants v JOIN stock_levels l ON l.variant_id = v.id "
                               "AND l.location_id = 1 ORDER BY v.id LIMIT 1"));
            QVERIFY(row && row->next());
            known = row->value(0).toString();
            knownStock = row->value(1).toLongLong();
            database->close();
        }
        MainWindow window;
        QVERIFY(openShown(window, shop.path()));

        // File ▸ Import products opens the dialog over the Products page.
        window.findChild<QAction*>(QStringLiteral("actionImportProducts"))->trigger();
        QCOMPARE(window.currentPage(), MainWindow::ProductsPageIndex);
        QPointer<CatalogImportDialog> dialog
            = window.productsPage()->findChild<CatalogImportDialog*>(QStringLiteral("catalogImportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("importFile"));
        auto* detected = dialog->findChild<QLabel*>(QStringLiteral("importDetected"));
        auto* problems = dialog->findChild<QListWidget*>(QStringLiteral("importProblems"));
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));

        // A file with mistakes: the check shows each one with its line and column, and imports nothing.
        const QString bad = shop.folder() + QStringLiteral("/bad.csv");
        {
            QFile out(bad);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("SKU;Name;Price;Stock\r\nNEW-1;Tablier;12,5x;3\r\nNEW-2;Torchon;6,00;-1\r\n");
        }
        file->setFocus();
        QTest::keyClicks(file, bad);
        QTest::keyClick(file, Qt::Key_Return);
        QTRY_VERIFY2(detected->text().contains(QStringLiteral("Detected: Comptoir")), qPrintable(detected->text()));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importCheck")), Qt::LeftButton);
        QTRY_COMPARE(problems->count(), 2);
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY2(problems->item(0)->text().startsWith(QStringLiteral("2:3: Price: “12,5x” is not a number")),
            qPrintable(problems->item(0)->text()));
        QVERIFY2(problems->item(1)->text().startsWith(QStringLiteral("3:4: Stock: stock cannot be negative")),
            qPrintable(problems->item(1)->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("2 problem")), qPrintable(summary->text()));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("importCopyProblems"))->isEnabled());
        // Import checks first, and stops on the same problems.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importRun")), Qt::LeftButton);
        QTRY_VERIFY(dialog->isBusy());
        QTRY_VERIFY(!dialog->isBusy());
        QCOMPARE(problems->count(), 2);
        QCOMPARE(storage::scalar(window.database()->connection(),
                     QStringLiteral("SELECT count(*) FROM variants WHERE sku LIKE 'NEW-%'"))
                     .value()
                     .toInt(),
            0);

        // A good file: a new product, and a counted stock for a variant the shop has, which the
        // dialog asks about before changing it.
        const QString good = shop.folder() + QStringLiteral("/good.csv");
        {
            QFile out(good);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QStringLiteral("SKU;Name;Price;Stock\r\nNEW-1;Tablier en lin;12,50;3\r\n%1;;;%2\r\n")
                          .arg(known)
                          .arg(knownStock + 5)
                          .toUtf8());
        }
        file->selectAll();
        QTest::keyClicks(file, good);
        QTest::keyClick(file, Qt::Key_Return);
        QTRY_VERIFY(problems->count() == 0 && detected->text().contains(QStringLiteral("Detected: Comptoir")));
        MessageBox::setNextAnswer(QMessageBox::Yes); // "This file changes 1 product(s) or variant(s)…"
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importRun")), Qt::LeftButton);
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("Imported.")), qPrintable(summary->text()));
        QVERIFY2(
            summary->text().contains(QStringLiteral("Variants: 1 created, 1 updated")), qPrintable(summary->text()));
        QCOMPARE(problems->count(), 0);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);

        // The page says so, and the new product is in the list.
        auto* page = window.productsPage();
        auto* message = page->findChild<MessageBar*>(QStringLiteral("messageBar"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("Products imported.")), qPrintable(message->text()));
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("productFilter"));
        QTest::keyClicks(filter, QStringLiteral("NEW-1"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->variantAt(page->model()->index(0, 0))->onHand, 3);
        QCOMPARE(storage::scalar(window.database()->connection(),
                     QStringLiteral("SELECT on_hand FROM stock_levels WHERE location_id = 1 AND variant_id = (SELECT "
                                    "id FROM variants WHERE sku = ?)"),
                     {known})
                     .value()
                     .toLongLong(),
            knownStock + 5);

        // Export for Excel in French, from the Products page.
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("exportProducts")), Qt::LeftButton);
        QPointer<CatalogExportDialog> exporter
            = page->findChild<CatalogExportDialog*>(QStringLiteral("catalogExportDialog"));
        QVERIFY(exporter);
        QTRY_VERIFY(exporter->isVisible());
        exporter->findChild<QCheckBox*>(QStringLiteral("exportExcelFr"))->setChecked(true);
        QVERIFY(!exporter->findChild<QComboBox*>(QStringLiteral("exportDelimiter"))->isEnabled());
        QCOMPARE(exporter->findChild<QComboBox*>(QStringLiteral("exportDelimiter"))->currentData().toString(),
            QStringLiteral(";"));
        const QString csv = shop.folder() + QStringLiteral("/catalogue.csv");
        auto* target = exporter->findChild<QLineEdit*>(QStringLiteral("exportFile"));
        target->selectAll();
        QTest::keyClicks(target, csv);
        QTest::mouseClick(exporter->findChild<QPushButton*>(QStringLiteral("exportRun")), Qt::LeftButton);
        auto* exported = exporter->findChild<QLabel*>(QStringLiteral("exportSummary"));
        QTRY_VERIFY2(exported->text().startsWith(QStringLiteral("Exported 41 products")), qPrintable(exported->text()));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("\xEF\xBB\xBFProduct;SKU;Name;"));
        exporter->reject();
        QTRY_VERIFY(!exporter);
    }

    void importOrdersFromTheFileMenu()
    {
        TempShop shop;
        QVERIFY(demo::DemoShop::createFile(shop.path(), TempShop::demoOptions(40, 20, 3)));
        QString sku; // a variant with two free in the warehouse
        {
            auto database = shop.open();
            sku = storage::scalar(database->connection(),
                QStringLiteral("SELECT v.sku FROM variants v JOIN stock_levels l ON l.variant_id = v.id AND "
                               "l.location_id = 1 WHERE l.on_hand - l.reserved >= 2 ORDER BY v.id LIMIT 1"))
                      .value()
                      .toString();
            database->close();
        }
        QVERIFY(!sku.isEmpty());
        const QByteArray header = "Name,Email,Financial Status,Fulfillment Status,Currency,Total,Created at,"
                                  "Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku\n";
        const QString bad = shop.folder() + QStringLiteral("/orders-bad.csv");
        const QString good = shop.folder() + QStringLiteral("/orders.csv");
        for (const auto& [path, lines] :
            {std::pair {bad,
                 QStringLiteral("#9001,ana@example.fr,paid,unfulfilled,EUR,25.00,2026-11-20 10:00:00 +0100,2,Article,"
                                "12.50,%1\n#9002,bo@example.fr,pending,unfulfilled,EUR,5.00,2026-11-20 11:00:00 +0100,"
                                "1,Inconnu,5.00,NOPE-404\n")},
                {good,
                    QStringLiteral("#9001,ana@example.fr,paid,unfulfilled,EUR,30.00,2026-11-20 10:00:00 +0100,2,"
                                   "Article,12.50,%1\n#9002,bo@example.fr,pending,unfulfilled,EUR,12.50,2026-11-20 "
                                   "11:00:00 +0100,1,Article,12.50,%1\n")}}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(header + lines.arg(sku).toUtf8());
        }
        MainWindow window;
        QVERIFY(openShown(window, shop.path()));

        // The Orders page has the button; File ▸ Import orders opens the same dialog over the page.
        window.showPage(MainWindow::OrdersPageIndex);
        QTest::mouseClick(
            window.ordersPage()->findChild<QToolButton*>(QStringLiteral("importOrdersButton")), Qt::LeftButton);
        QPointer<OrderImportDialog> dialog
            = window.ordersPage()->findChild<OrderImportDialog*>(QStringLiteral("orderImportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!dialog);
        window.showPage(MainWindow::ProductsPageIndex);
        window.findChild<QAction*>(QStringLiteral("actionImportOrders"))->trigger();
        QCOMPARE(window.currentPage(), MainWindow::OrdersPageIndex);
        dialog = window.ordersPage()->findChild<OrderImportDialog*>(QStringLiteral("orderImportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("orderImportFile"));
        auto* detected = dialog->findChild<QLabel*>(QStringLiteral("orderImportDetected"));
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("orderImportList"));
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("orderImportSummary"));
        auto* check = dialog->findChild<QPushButton*>(QStringLiteral("orderImportCheck"));
        auto* import = dialog->findChild<QPushButton*>(QStringLiteral("orderImportRun"));

        // An unknown SKU: the check says where, and nothing can be imported.
        file->setFocus();
        QTest::keyClicks(file, bad);
        QTest::keyClick(file, Qt::Key_Return);
        QTRY_VERIFY2(
            detected->text().contains(QStringLiteral("Detected: Shopify orders")), qPrintable(detected->text()));
        QVERIFY(!import->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isBusy() && list->count() > 0);
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().startsWith(
                     QStringLiteral("Problem: 3:11: Lineitem sku: “NOPE-404” is not a SKU of the shop")),
            qPrintable(list->item(0)->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("nothing was imported")), qPrintable(summary->text()));
        QVERIFY(!import->isEnabled());

        // A good file with a total that does not add up: a warning, and Import once checked.
        file->selectAll();
        QTest::keyClicks(file, good);
        QTest::keyClick(file, Qt::Key_Return);
        QTRY_VERIFY(list->count() == 0 && detected->text().contains(QStringLiteral("Detected: Shopify orders")));
        QVERIFY(!import->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("No problem found.")), qPrintable(summary->text()));
        QVERIFY(import->isEnabled());
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Warning: 2:6: Total:")),
            qPrintable(list->item(0)->text()));
        // Another choice for shipped orders is another check.
        auto* shipped = dialog->findChild<QComboBox*>(QStringLiteral("orderImportShipped"));
        shipped->setCurrentIndex(1);
        QVERIFY(!import->isEnabled());
        shipped->setCurrentIndex(0);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("Imported.")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("created: 1 new, 1 paid")), qPrintable(summary->text()));
        QVERIFY(!import->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);

        // The page says so and lists the new orders; the paid one holds its stock.
        auto* page = window.ordersPage();
        auto* message = page->findChild<MessageBar*>(QStringLiteral("messageBar"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("Orders imported.")), qPrintable(message->text()));
        page->setStatusFilter(comptoir::orders::OrderList::StatusFilter::All);
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("orderSearch")), QStringLiteral("#900"));
        QTRY_COMPARE(page->model()->rowCount(), 2);
        QCOMPARE(storage::scalar(window.database()->connection(),
                     QStringLiteral("SELECT count(*) FROM order_reservations r JOIN order_lines l ON l.id = "
                                    "r.order_line_id JOIN orders o ON o.id = l.order_id WHERE o.number = '#9001'"))
                     .value()
                     .toInt(),
            1);
    }

    void mapsTheColumnsOfAnotherToolsFile()
    {
        TempShop shop;
        QVERIFY(demo::DemoShop::createFile(shop.path(), TempShop::demoOptions(20, 10, 3)));
        const QString path = shop.folder() + QStringLiteral("/supplier.csv");
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("Code;Libelle;Tarif;Remarque\r\nSAV-01;Savon au lait d'anesse;6,90;bio\r\n");
        }
        MainWindow window;
        QVERIFY(openShown(window, shop.path()));
        window.productsPage()->importProducts();
        QPointer<CatalogImportDialog> dialog
            = window.productsPage()->findChild<CatalogImportDialog*>(QStringLiteral("catalogImportDialog"));
        QVERIFY(dialog);
        dialog->setFile(path);
        auto* detected = dialog->findChild<QLabel*>(QStringLiteral("importDetected"));
        QTRY_VERIFY2(
            detected->text().contains(QStringLiteral("the SKU column is required")), qPrintable(detected->text()));
        auto* columns = dialog->findChild<QPushButton*>(QStringLiteral("importMapping"));
        QVERIFY(columns->isEnabled());

        // The user says which column is which; "Remarque" stays ignored.
        QTest::mouseClick(columns, Qt::LeftButton);
        QPointer<ColumnMappingDialog> mapping
            = dialog->findChild<ColumnMappingDialog*>(QStringLiteral("columnMappingDialog"));
        QVERIFY(mapping);
        QTRY_VERIFY(mapping->isVisible());
        QTableWidget* table = mapping->table();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Savon au lait d'anesse"));
        const auto choose = [&](int row, const char* key) {
            auto* field = qobject_cast<QComboBox*>(table->cellWidget(row, 2));
            field->setCurrentIndex(field->findData(QString::fromLatin1(key)));
        };
        choose(0, "sku");
        choose(1, "name");
        choose(2, "price");
        QTest::mouseClick(mapping->findChild<QPushButton*>(QStringLiteral("mappingOk")), Qt::LeftButton);
        QTRY_VERIFY(!mapping);
        QVERIFY2(detected->text().contains(QStringLiteral("the SKU in “Code”")), qPrintable(detected->text()));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importRun")), Qt::LeftButton);
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("Imported.")), qPrintable(summary->text()));
        QCOMPARE(storage::scalar(window.database()->connection(),
                     QStringLiteral("SELECT price_minor FROM variants WHERE sku = 'SAV-01'"))
                     .value()
                     .toInt(),
            690);
        dialog->reject();
        QTRY_VERIFY(!dialog);

        // The next file with these columns is mapped the same way at once.
        window.productsPage()->importProducts();
        dialog = window.productsPage()->findChild<CatalogImportDialog*>(QStringLiteral("catalogImportDialog"));
        QVERIFY(dialog);
        dialog->setFile(path);
        detected = dialog->findChild<QLabel*>(QStringLiteral("importDetected"));
        QTRY_VERIFY2(
            detected->text().contains(QStringLiteral("mapped, the SKU in “Code”")), qPrintable(detected->text()));
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    // Ctrl+N on the Orders page types a new order: the page's shortcut is not shadowed by a menu's.
    void ctrlNWritesANewOrder()
    {
        MainWindow window;
        QVERIFY(openShown(window, m_shop.path()));
        window.showPage(MainWindow::OrdersPageIndex);
        QString opened;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                poll.stop();
                opened = QString::fromLatin1(dialog->metaObject()->className());
                dialog->reject();
            }
        });
        poll.start();
        window.ordersPage()->setFocus();
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(opened, QStringLiteral("OrderEditor"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
