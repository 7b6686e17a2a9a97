#include "settings/SettingsPage.h"
#include "shipping/CarrierDialog.h"
#include "shipping/Carriers.h"
#include "shipping/CarriersSettings.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace comptoir;
using namespace comptoir::shipping;

// Settings ▸ Carriers: a built-in carrier edited and reset, a carrier of the shop's own added and
// removed, mistakes refused where they are, and the list exported and imported as JSON.
class TestCarriersSettings final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;

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

    static void select(CarriersSettings& settings, const QString& name)
    {
        for (int row = 0; row < settings.table()->rowCount(); ++row)
            if (settings.table()->item(row, CarriersSettings::NameColumn)->text() == name)
                settings.table()->selectRow(row);
    }

    static QString version(CarriersSettings& settings, const QString& name)
    {
        for (int row = 0; row < settings.table()->rowCount(); ++row)
            if (settings.table()->item(row, CarriersSettings::NameColumn)->text() == name)
                return settings.table()->item(row, CarriersSettings::OriginColumn)->text();
        return {};
    }

    Carrier carrier(const QString& key) { return Carriers(m_database).find(key).value().value_or(Carrier {}); }

    static void save(CarrierDialog* dialog)
    {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
    }

    void editAndResetABuiltInCarrier()
    {
        MessageBar bar;
        CarriersSettings settings(&bar);
        settings.setDatabase(m_database);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QCOMPARE(settings.table()->rowCount(), int(Carriers::builtIn().size()));
        QCOMPARE(version(settings, "Colissimo"), QStringLiteral("Comptoir's"));
        select(settings, "Colissimo");
        QCOMPARE(settings.currentKey(), QStringLiteral("colissimo"));
        QVERIFY(!settings.findChild<QPushButton*>(QStringLiteral("resetCarrier"))->isEnabled());

        QVERIFY(withDialog<CarrierDialog>([&] { settings.editCurrent(); },
            [&](CarrierDialog* dialog) {
                dialog->findChild<QSpinBox*>(QStringLiteral("lostAfterDays"))->setValue(7);
                // A shape of the shop's contract numbers, tried before saving.
                dialog->findChild<QPushButton*>(QStringLiteral("numberShapesAdd"))->click();
                auto* shapes = dialog->findChild<QTableWidget*>(QStringLiteral("numberShapes"));
                const int row = shapes->rowCount() - 1;
                shapes->item(row, 0)->setText(QStringLiteral("ZZ[0-9]{6}"));
                shapes->item(row, 2)->setText(QStringLiteral("ZZ123456"));
                auto* tryField = dialog->findChild<QLineEdit*>(QStringLiteral("tryNumber"));
                auto* result = dialog->findChild<QLabel*>(QStringLiteral("tryResult"));
                QTest::keyClicks(tryField, QStringLiteral("zz 654 321"));
                QCOMPARE(result->text(), QStringLiteral("✓ Accepted."));
                tryField->setText(QStringLiteral("ZZ65432"));
                QVERIFY(result->text().contains("not a Colissimo tracking number"));
                dialog->grab().save(QStringLiteral("/tmp/carrier-dialog.png"));
                save(dialog);
                QVERIFY(!dialog->isVisible());
            }));
        QCOMPARE(carrier("colissimo").lostAfterDays, 7);
        QVERIFY(carrier("colissimo").accepts(QStringLiteral("ZZ654321")));
        QCOMPARE(version(settings, "Colissimo"), QStringLiteral("Edited"));
        QCOMPARE(bar.kind(), MessageBar::Kind::Positive);

        // Reset brings Comptoir's version back.
        select(settings, "Colissimo");
        auto* reset = settings.findChild<QPushButton*>(QStringLiteral("resetCarrier"));
        QVERIFY(reset->isEnabled());
        QCOMPARE(reset->text(), QStringLiteral("Reset"));
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(carrier("colissimo").lostAfterDays, 5);
        QCOMPARE(version(settings, "Colissimo"), QStringLiteral("Comptoir's"));
    }

    void mistakesAreRefusedWhereTheyAre()
    {
        MessageBar bar;
        CarriersSettings settings(&bar);
        settings.setDatabase(m_database);
        select(settings, "DPD");
        const Carrier before = carrier("dpd");
        QVERIFY(withDialog<CarrierDialog>([&] { settings.editCurrent(); },
            [&](CarrierDialog* dialog) {
                dialog->findChild<QLineEdit*>(QStringLiteral("carrierUrl"))
                    ->setText(QStringLiteral("https://tracking.dpd.fr/"));
                save(dialog);
                QVERIFY(dialog->isVisible());
                auto* messages = dialog->findChild<MessageBar*>();
                QVERIFY2(messages->text().contains("{number}"), qPrintable(messages->text()));
                dialog->findChild<QLineEdit*>(QStringLiteral("carrierUrl"))
                    ->setText(QStringLiteral("https://tracking.dpd.fr/{number}"));
                auto* shapes = dialog->findChild<QTableWidget*>(QStringLiteral("numberShapes"));
                shapes->item(0, 0)->setText(QStringLiteral("[0-9{14"));
                save(dialog);
                QVERIFY(dialog->isVisible());
                QVERIFY(messages->text().contains("not a valid regular expression"));
                // A new carrier may not take an existing one's name.
            }));
        QCOMPARE(carrier("dpd"), before);
        QVERIFY(withDialog<CarrierDialog>([&] { settings.addCarrier(); },
            [&](CarrierDialog* dialog) {
                dialog->findChild<QLineEdit*>(QStringLiteral("carrierName"))->setText(QStringLiteral("GLS"));
                save(dialog);
                QVERIFY(dialog->isVisible());
                QVERIFY(dialog->findChild<MessageBar*>()->text().contains("already has a carrier called GLS"));
            }));
        QCOMPARE(settings.table()->rowCount(), int(Carriers::builtIn().size()));
    }

    void addAndRemoveTheShopsOwnCarrier()
    {
        MessageBar bar;
        CarriersSettings settings(&bar);
        settings.setDatabase(m_database);
        QVERIFY(withDialog<CarrierDialog>([&] { settings.addCarrier(); },
            [&](CarrierDialog* dialog) {
                dialog->findChild<QLineEdit*>(QStringLiteral("carrierName"))->setText(QStringLiteral("Coursier Vélo"));
                dialog->findChild<QLineEdit*>(QStringLiteral("carrierUrl"))
                    ->setText(QStringLiteral("https://coursier.example/suivi/{number}"));
                dialog->findChild<QCheckBox*>(QStringLiteral("saturdayDelivery"))->setChecked(true);
                dialog->findChild<QPushButton*>(QStringLiteral("servicesAdd"))->click();
                auto* services = dialog->findChild<QTableWidget*>(QStringLiteral("services"));
                services->item(0, 0)->setText(QStringLiteral("Express"));
                services->item(0, 1 + int(Zone::Mainland))->setText(QStringLiteral("1"));
                save(dialog);
                QVERIFY2(!dialog->isVisible(), qPrintable(dialog->findChild<MessageBar*>()->text()));
            }));
        const Carrier velo = carrier("coursier-velo");
        QCOMPARE(velo.name, QStringLiteral("Coursier Vélo"));
        QVERIFY(velo.saturdayDelivery);
        QCOMPARE(velo.transit(QStringLiteral("express"), Zone::Mainland), std::optional<int>(1));
        QCOMPARE(velo.transit(QStringLiteral("express"), Zone::Corsica), std::nullopt);
        QCOMPARE(version(settings, "Coursier Vélo"), QStringLiteral("The shop's own"));
        QCOMPARE(settings.currentKey(), QStringLiteral("coursier-velo"));
        auto* remove = settings.findChild<QPushButton*>(QStringLiteral("resetCarrier"));
        QCOMPARE(remove->text(), QStringLiteral("Remove"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(carrier("coursier-velo").key.isEmpty());
        QCOMPARE(settings.table()->rowCount(), int(Carriers::builtIn().size()));
    }

    void exportAndImport()
    {
        MessageBar bar;
        CarriersSettings settings(&bar);
        settings.setDatabase(m_database);
        const QString path = m_shop.path() + QStringLiteral(".carriers.json");
        QVERIFY(settings.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        // Importing the export as it is changes nothing.
        QVERIFY(settings.importFrom(path));
        QVERIFY(bar.text().startsWith("0 carrier"));
        QCOMPARE(version(settings, "UPS"), QStringLiteral("Comptoir's"));
        // Edited outside: UPS is lost after 9 days.
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray list = root.value("carriers").toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject c = list[i].toObject();
            if (c.value("key").toString() == "ups") {
                c.insert("lostAfterDays", 9);
                list[i] = c;
            }
        }
        root.insert("carriers", list);
        json = QJsonDocument(root).toJson();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        QVERIFY2(settings.importFrom(path), qPrintable(bar.text()));
        QVERIFY(bar.text().startsWith("1 carrier"));
        QCOMPARE(carrier("ups").lostAfterDays, 9);
        QCOMPARE(version(settings, "UPS"), QStringLiteral("Edited"));
        // A broken file is refused, naming it; nothing changes.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json.left(json.size() / 2));
        file.close();
        QVERIFY(!settings.importFrom(path));
        QCOMPARE(bar.kind(), MessageBar::Kind::Error);
        QVERIFY(bar.text().contains(path));
        QCOMPARE(carrier("ups").lostAfterDays, 9);
    }

    void settingsPageShowsTheCarriers()
    {
        SettingsPage page;
        page.setDatabase(m_database);
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showSection(SettingsPage::Section::Carriers);
        QCOMPARE(page.carriers()->table()->rowCount(), int(Carriers::builtIn().size()));
        QVERIFY(page.carriers()->isVisibleTo(&page));
    }
};

QTEST_MAIN(TestCarriersSettings)
#include "TestCarriersSettings.moc"
