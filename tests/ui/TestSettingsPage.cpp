#include "MainWindow.h"
#include "catalog/ProductsPage.h"
#include "inventory/StockPanel.h"
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
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

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
