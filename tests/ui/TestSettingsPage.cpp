#include "MainWindow.h"
#include "catalog/ProductsPage.h"
#include "documents/DocumentSettings.h"
#include "documents/Letterhead.h"
#include "documents/PackingSlip.h"
#include "documents/PageFormat.h"
#include "inventory/StockPanel.h"
#include "orders/OrderBook.h"
#include "orders/OrdersPage.h"
#include "settings/LocationTableModel.h"
#include "settings/SettingsPage.h"
#include "storage/Sql.h"
#include "support/TempShop.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace comptoir;

namespace {

void clickSidebar(MainWindow& window, int row)
{
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(sidebar->item(row)).center());
}

// Clicks the check box drawn in a cell, where the style puts it.
void clickCheckBox(QTableView* table, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.initFrom(table->viewport());
    option.rect = table->visualRect(index);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, table);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, box.center());
}

// Types text key by key, accented letters included (QTest::keyClicks takes ASCII only).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QStringList column(QTableWidget* table, int column)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row)
        values << table->item(row, column)->text();
    return values;
}

} // namespace

// The stock locations on the Settings page, as a merchant sets them up: rename one in place, stop
// selling the counter's stock online, add a storeroom, choose where counter sales take stock from;
// what cannot be done is said in the page's message bar and changes nothing.
class TestSettingsPage final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    storage::DatabasePtr m_database; // the test's own connection, to check what was written

    QString text(const QString& sql) { return storage::scalar(m_database->connection(), sql).value().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(demo::DemoShop::createFile(m_shop.path(), TempShop::demoOptions(40, 20, 3)));
        m_database = m_shop.open();
        QVERIFY(m_database);
    }

    void locationModelPassesTheModelTester()
    {
        LocationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_database);
        QCOMPARE(model.rowCount(), 0); // read when the page is shown
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.locationAt(model.index(0, 0))->name, QStringLiteral("Entrepôt"));
        QCOMPARE(model.indexOf(2).row(), 1);
        QCOMPARE(
            model.index(1, LocationTableModel::SoldOnlineColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(1, LocationTableModel::StockColumn).data().toString(), QStringLiteral("Holds stock"));
    }

    void setUpLocationsInSettings()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_shop.path()));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The Products page shows a variant's stock per location.
        clickSidebar(window, MainWindow::ProductsPageIndex);
        auto* products = window.findChild<QTableView*>(QStringLiteral("productTable"));
        products->setFocus();
        QTest::keyClick(products, Qt::Key_Down);
        auto* levels = window.productsPage()->stockPanel()->findChild<QTableWidget*>(QStringLiteral("stockLevels"));
        QTRY_COMPARE(column(levels, 0), QStringList({"Entrepôt", "Boutique"}));

        clickSidebar(window, MainWindow::SettingsPageIndex);
        SettingsPage* page = window.settingsPage();
        auto* table = page->findChild<QTableView*>(QStringLiteral("locationTable"));
        auto* counter = page->findChild<QComboBox*>(QStringLiteral("counterLocation"));
        auto* bar = page->findChild<MessageBar*>(QStringLiteral("messageBar"));
        QAbstractItemModel* model = table->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(counter->currentText(), QStringLiteral("Boutique"));

        // Rename "Boutique" in its cell: F2, type, Enter.
        table->setFocus();
        table->setCurrentIndex(model->index(1, LocationTableModel::StockColumn));
        QTest::keyClick(table, Qt::Key_F2);
        QPointer<QLineEdit> editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("Boutique"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Magasin rue des Halles"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!editor || !editor->isVisible());
        QCOMPARE(
            text(QStringLiteral("SELECT name FROM locations WHERE id = 2")), QStringLiteral("Magasin rue des Halles"));
        QCOMPARE(model->index(1, LocationTableModel::NameColumn).data().toString(),
            QStringLiteral("Magasin rue des Halles"));
        QCOMPARE(counter->currentText(), QStringLiteral("Magasin rue des Halles"));

        // Its stock is for walk-in customers only: Space unticks "Sold online".
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(text(QStringLiteral("SELECT sells_online FROM locations WHERE id = 2")), QStringLiteral("0"));
        QCOMPARE(
            model->index(1, LocationTableModel::SoldOnlineColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // Unticking the warehouse too would leave the website without stock: refused, said, unchanged.
        clickCheckBox(table, model->index(0, LocationTableModel::SoldOnlineColumn));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().startsWith(QStringLiteral("“Entrepôt” is the only location sold online")),
            qPrintable(bar->text()));
        QCOMPARE(text(QStringLiteral("SELECT sells_online FROM locations WHERE id = 1")), QStringLiteral("1"));
        QCOMPARE(
            model->index(0, LocationTableModel::SoldOnlineColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // A name already taken, in another case, is refused and the cell keeps its name.
        table->setCurrentIndex(model->index(0, LocationTableModel::NameColumn));
        QTest::keyClick(table, Qt::Key_F2);
        editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("MAGASIN RUE DES HALLES"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!editor || !editor->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QCOMPARE(
            bar->text(), QStringLiteral("Location name: Another location is already called “Magasin rue des Halles”."));
        QCOMPARE(text(QStringLiteral("SELECT name FROM locations WHERE id = 1")), QStringLiteral("Entrepôt"));
        QCOMPARE(model->index(0, LocationTableModel::NameColumn).data().toString(), QStringLiteral("Entrepôt"));

        // Add a location with the button; a clashing name keeps the dialog open to correct it.
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addLocation")), Qt::LeftButton);
        QPointer<QDialog> dialog = page->findChild<QDialog*>(QStringLiteral("addLocationDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("newLocationName"));
        QTRY_COMPARE(QApplication::focusWidget(), name);
        typeText(name, QStringLiteral(" entrepôt "));
        auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addLocationOk"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(bar->text(), QStringLiteral("Location name: Another location is already called “Entrepôt”."));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM locations")), QStringLiteral("2"));
        typeText(name, QStringLiteral("Réserve")); // replaces the selected name
        QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("newLocationSoldOnline")), Qt::LeftButton);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(text(QStringLiteral("SELECT name || '/' || sells_online FROM locations WHERE id = 3")),
            QStringLiteral("Réserve/0"));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(table->currentIndex().row(), 2);
        QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
        QCOMPARE(counter->count(), 3);
        // The offscreen platform does not give the window back its activation as a desktop does.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(QApplication::focusWidget(), table);

        // Counter sales take stock from the warehouse now: chosen with the keyboard.
        counter->setFocus();
        QTest::keyClick(counter, Qt::Key_Up);
        QCOMPARE(counter->currentText(), QStringLiteral("Entrepôt"));
        QCOMPARE(text(QStringLiteral("SELECT value FROM settings WHERE key = 'stock.counter_location'")),
            QStringLiteral("1"));

        // The new, unused location goes with Delete; the warehouse, with its history, stays.
        table->setFocus();
        table->setCurrentIndex(model->index(2, LocationTableModel::NameColumn));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM locations")), QStringLiteral("2"));
        QCOMPARE(model->rowCount(), 2);
        table->setCurrentIndex(model->index(0, LocationTableModel::NameColumn));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("removeLocation")), Qt::LeftButton);
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().startsWith(QStringLiteral("“Entrepôt” cannot be removed:")), qPrintable(bar->text()));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM locations")), QStringLiteral("2"));

        // Back on the Products page, the same variant's stock shows the new name.
        clickSidebar(window, MainWindow::ProductsPageIndex);
        QCOMPARE(column(levels, 0), QStringList({"Entrepôt", "Magasin rue des Halles"}));
    }

    void documentsSettingsDecideHowSlipsComeOut()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_shop.path()));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        clickSidebar(window, MainWindow::SettingsPageIndex);
        SettingsPage* page = window.settingsPage();
        auto* paper = page->findChild<QComboBox*>(QStringLiteral("pageFormat"));
        auto* prices = page->findChild<QCheckBox*>(QStringLiteral("slipPrices"));
        auto* instructions = page->findChild<QPlainTextEdit*>(QStringLiteral("returnInstructions"));
        auto* save = page->findChild<QPushButton*>(QStringLiteral("saveSettings"));
        auto* bar = page->findChild<MessageBar*>(QStringLiteral("messageBar"));
        QVERIFY(paper && prices && instructions && save && bar);

        // A new shop: A4 with prices, and the default return text shown in grey, with the shop's e-mail.
        QCOMPARE(paper->currentText(), QStringLiteral("A4"));
        QCOMPARE(paper->count(), 3);
        QVERIFY(prices->isChecked());
        QVERIFY(instructions->toPlainText().isEmpty());
        const QString email = page->findChild<QLineEdit*>(QStringLiteral("shopEmail"))->text();
        QVERIFY(!email.isEmpty());
        QVERIFY(instructions->placeholderText().contains(email));
        QVERIFY(instructions->placeholderText().contains(QStringLiteral("within 14 days")));
        QCOMPARE(paper->accessibleName(), QStringLiteral("Paper size"));
        QCOMPARE(instructions->accessibleName(), QStringLiteral("Return instructions"));

        // 4×6 labels, chosen with the keyboard: prices go off, as labels have no room for them.
        paper->setFocus();
        QTest::keyClick(paper, Qt::Key_Down);
        QTest::keyClick(paper, Qt::Key_Down);
        QCOMPARE(paper->currentText(), QStringLiteral("4×6 in label"));
        QVERIFY(!prices->isChecked());

        // Return instructions far too long for a slip: refused, the field named and focused, nothing saved.
        instructions->setFocus();
        instructions->setPlainText(QString(documents::DocumentSettings::kMaxReturnInstructions + 40, QLatin1Char('x')));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().startsWith(QStringLiteral("Return instructions: Keep the return instructions to 800 "
                                                       "characters")),
            qPrintable(bar->text()));
        QCOMPARE(QApplication::focusWidget(), instructions);
        QCOMPARE(
            text(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'documents.%'")), QStringLiteral("0"));

        // The shop's own text, two lines typed in, then Ctrl+S.
        instructions->clear();
        typeText(instructions, QStringLiteral("Retours gratuits sous 30 jours."));
        QTest::keyClick(instructions, Qt::Key_Return);
        typeText(instructions, QStringLiteral("Écrivez-nous avec votre numéro de commande."));
        QTest::keyClick(instructions, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
        QCOMPARE(text(QStringLiteral("SELECT value FROM settings WHERE key = 'documents.page_format'")),
            QStringLiteral("4x6"));
        QCOMPARE(text(QStringLiteral("SELECT value FROM settings WHERE key = 'documents.slip_prices'")),
            QStringLiteral("0"));
        const QString own
            = QStringLiteral("Retours gratuits sous 30 jours.\nÉcrivez-nous avec votre numéro de commande.");
        QCOMPARE(text(QStringLiteral("SELECT value FROM settings WHERE key = 'documents.return_instructions'")), own);

        // Slips printed afterwards from the Orders page come out on 4×6 in labels (288 × 432 pt)…
        clickSidebar(window, MainWindow::OrdersPageIndex);
        OrdersPage* orders = window.ordersPage();
        QTest::mouseClick(orders->findChild<QToolButton*>(QStringLiteral("chipAll")), Qt::LeftButton);
        QTRY_VERIFY(orders->table()->model()->rowCount() > 0);
        orders->table()->selectRow(0);
        const QString pdf = m_shop.folder() + QStringLiteral("/label.pdf");
        QVERIFY(orders->saveDocuments(OrdersPage::Documents::Slips, pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString bytes = QString::fromLatin1(file.readAll());
        static const QRegularExpression mediaBox(
            QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)"));
        const auto box = mediaBox.match(bytes);
        QVERIFY(box.hasMatch());
        QCOMPARE(qRound(box.captured(1).toDouble()), 288);
        QCOMPARE(qRound(box.captured(2).toDouble()), 432);

        // …without prices, and with the shop's own return text.
        const qint64 orderId = orders->chosenOrders().value(0);
        auto order = comptoir::orders::OrderBook(m_database).load(orderId);
        QVERIFY(order);
        const auto settings = documents::DocumentSettings::read(m_database).value();
        const QImage label = documents::blankPage(settings.pageFormat, 150);
        const documents::PackingSlip slip(
            *order, documents::Letterhead::read(m_database).value(), settings.pageFormat, settings.slipPrices);
        const auto laidOut = slip.layout(&label, documents::imageGeometry(label, settings.pageFormat));
        QStringList lines;
        for (const documents::PrintedPage& onePage : laidOut)
            lines << onePage.texts();
        const QString printed = lines.join(QLatin1Char('\n'));
        QVERIFY2(printed.contains(QStringLiteral("Retours gratuits sous 30 jours.")), qPrintable(printed));
        QVERIFY(!printed.contains(QStringLiteral("within 14 days")));
        QVERIFY(!printed.contains(QStringLiteral("Unit price")));

        // The page shows what was saved when the shop is opened again.
        MainWindow again;
        QVERIFY(again.openDatabase(m_shop.path()));
        SettingsPage* reopened = again.settingsPage();
        QCOMPARE(reopened->findChild<QComboBox*>(QStringLiteral("pageFormat"))->currentText(),
            QStringLiteral("4×6 in label"));
        QVERIFY(!reopened->findChild<QCheckBox*>(QStringLiteral("slipPrices"))->isChecked());
        QCOMPARE(reopened->findChild<QPlainTextEdit*>(QStringLiteral("returnInstructions"))->toPlainText(), own);

        // Back to A4: prices come back, and the box still decides.
        paper->setFocus();
        QTest::keyClick(paper, Qt::Key_Home);
        QCOMPARE(paper->currentText(), QStringLiteral("A4"));
        QVERIFY(prices->isChecked());
        QTest::keyClick(paper, Qt::Key_Down); // US Letter: a sheet too, the box is left alone
        QVERIFY(prices->isChecked());
        prices->setFocus();
        QTest::keyClick(prices, Qt::Key_Space);
        QVERIFY(!prices->isChecked());
        instructions->clear();
        QVERIFY(page->save());
        const auto saved = documents::DocumentSettings::read(m_database).value();
        QCOMPARE(saved.pageFormat, documents::PageFormat::Letter);
        QVERIFY(!saved.slipPrices);
        QVERIFY(saved.returnInstructions.isEmpty());
        QVERIFY(documents::Letterhead::read(m_database)->returnInstructions.contains(QStringLiteral("within 14 days")));
    }

    void locationsAreReadAgainWhenThePageIsShown()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_shop.path()));
        window.showPage(MainWindow::OrdersPageIndex);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Changed elsewhere (comptoir-cli, another window) while the page was hidden.
        QVERIFY(storage::execute(
            m_database->connection(), QStringLiteral("UPDATE locations SET name = 'Atelier' WHERE id = 1"))
                    .ok());
        clickSidebar(window, MainWindow::SettingsPageIndex);
        auto* table = window.settingsPage()->findChild<QTableView*>(QStringLiteral("locationTable"));
        QCOMPARE(table->model()->index(0, LocationTableModel::NameColumn).data().toString(), QStringLiteral("Atelier"));
        auto* counter = window.settingsPage()->findChild<QComboBox*>(QStringLiteral("counterLocation"));
        QCOMPARE(counter->itemText(counter->findData(1)), QStringLiteral("Atelier"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
