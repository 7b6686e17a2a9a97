#include "MainWindow.h"
#include "catalog/ProductsPage.h"
#include "demo/DemoShop.h"
#include "orders/OrdersPage.h"
#include "orders/PackingPage.h"
#include "purchasing/PurchasingPage.h"
#include "reports/ReportsPage.h"
#include "reviews/ReviewsPage.h"
#include "settings/SettingsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace {

QString dataPath(const QString& fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(fileName);
}

// Milliseconds since this process started (Linux: from /proc, so dynamic loading counts too).
qint64 msSinceProcessStart(const QElapsedTimer& sinceMain)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (stat.open(QIODevice::ReadOnly) && uptime.open(QIODevice::ReadOnly)) {
        // Field 22 is the start time in clock ticks since boot; fields follow the ")" of the name.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const double startSeconds = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
        const double nowSeconds = uptime.readAll().split(' ').value(0).toDouble();
        if (startSeconds > 0 && nowSeconds > startSeconds)
            return qint64((nowSeconds - startSeconds) * 1000.0);
    }
#endif
    return sinceMain.elapsed();
}

// Saves what the window shows to a PNG: how docs/screenshots are made from the real app.
void saveScreenshot(QWidget* window, const QString& path)
{
    if (!window->grab().save(path))
        std::fprintf(stderr, "comptoir: could not write %s\n", qPrintable(path));
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QApplication::setApplicationName(QStringLiteral("comptoir"));
    QApplication::setApplicationDisplayName(QStringLiteral("Comptoir"));
    QApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Comptoir, the back office of one-person online shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"), QApplication::translate("main", "Open this shop file."),
        QApplication::translate("main", "path")});
    parser.addOption({QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo shop, creating it first if needed (%1).")
            .arg(QDir::toNativeSeparators(dataPath(QStringLiteral("demo-shop.db"))))});
    parser.addOption({QStringLiteral("page"),
        QApplication::translate("main",
            "Page to show: dashboard, orders, packing, products, stock, shipments, messages, reviews, reports or "
            "settings; reports:sales-by-period (or another report's name) for a report; stock:reorder, "
            "stock:purchase-orders, "
            "stock:suppliers, "
            "stock:stock-takes, stock:overstock or stock:dead-stock for a tab of the Stock page; settings:documents, "
            "settings:carriers, settings:mail or settings:templates for a section of Settings."),
        QApplication::translate("main", "page")});
    parser.addOption({QStringLiteral("order"),
        QApplication::translate("main",
            "Open this order (its number, as on the packing slip), or \"new\" for a new order, or \"counter\" "
            "for a counter sale."),
        QApplication::translate("main", "number")});
    parser.addOption({QStringLiteral("import-orders"),
        QApplication::translate("main", "Open the order import on this CSV file and check it."),
        QApplication::translate("main", "file")});
    parser.addOption({QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to this PNG file and quit."),
        QApplication::translate("main", "file")});
    parser.addOption({QStringLiteral("quit-after-first-rows"),
        QApplication::translate("main", "Quit once the Orders page shows its first rows (benchmarks).")});
    parser.process(app);

    QString path = parser.value(QStringLiteral("database"));
    if (parser.isSet(QStringLiteral("demo"))) {
        path = dataPath(QStringLiteral("demo-shop.db"));
        if (!QFileInfo::exists(path)) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "Creating the demo shop in %1…")
                               .arg(QDir::toNativeSeparators(path))));
            comptoir::demo::DemoShop::Options options;
            auto created = comptoir::demo::DemoShop::createFile(path, options);
            if (!created) {
                std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
                return 1;
            }
        }
    }
    bool create = false;
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            path = dataPath(QStringLiteral("shop.db")); // first start: a new, empty shop
            create = true;
        }
    }

    MainWindow window;
    if (parser.isSet(QStringLiteral("page"))) {
        // "stock:suppliers" opens the Stock page on its Suppliers tab.
        const QStringList parts = parser.value(QStringLiteral("page")).split(QLatin1Char(':'));
        const QString page = parts.value(0);
        window.showPage(page == QLatin1String("dashboard") ? MainWindow::DashboardPageIndex
                : page == QLatin1String("products")        ? MainWindow::ProductsPageIndex
                : page == QLatin1String("packing")         ? MainWindow::PackingPageIndex
                : page == QLatin1String("stock") || page == QLatin1String("purchasing")
                ? MainWindow::PurchasingPageIndex
                : page == QLatin1String("shipments") ? MainWindow::ShipmentsPageIndex
                : page == QLatin1String("messages")  ? MainWindow::MessagesPageIndex
                : page == QLatin1String("reviews")   ? MainWindow::ReviewsPageIndex
                : page == QLatin1String("reports")   ? MainWindow::ReportsPageIndex
                : page == QLatin1String("settings")  ? MainWindow::SettingsPageIndex
                                                     : MainWindow::OrdersPageIndex);
        const QStringList tabs {QStringLiteral("reorder"), QStringLiteral("purchase-orders"),
            QStringLiteral("suppliers"), QStringLiteral("stock-takes"), QStringLiteral("overstock"),
            QStringLiteral("dead-stock")};
        if (const qsizetype tab = tabs.indexOf(parts.value(1)); tab >= 0)
            window.purchasingPage()->showTab(PurchasingPage::Tab(tab));
        if (page == QLatin1String("reviews") && parts.value(1) == QLatin1String("insights"))
            window.reviewsPage()->tabs()->setCurrentIndex(1);
        if (page == QLatin1String("reports") && !parts.value(1).isEmpty()
            && !window.reportsPage()->showReport(parts.value(1)))
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "There is no report called \"%1\".").arg(parts.value(1))));
        if (page == QLatin1String("settings") && parts.value(1) == QLatin1String("documents"))
            window.settingsPage()->showSection(SettingsPage::Section::Documents);
        if (page == QLatin1String("settings") && parts.value(1) == QLatin1String("carriers"))
            window.settingsPage()->showSection(SettingsPage::Section::Carriers);
        if (page == QLatin1String("settings") && parts.value(1) == QLatin1String("mail"))
            window.settingsPage()->showSection(SettingsPage::Section::Mail);
        if (page == QLatin1String("settings") && parts.value(1) == QLatin1String("templates"))
            window.settingsPage()->showSection(SettingsPage::Section::Templates);
    }
    const bool benchmark = parser.isSet(QStringLiteral("quit-after-first-rows"));
    if (benchmark) {
        window.showPage(MainWindow::OrdersPageIndex);
        QObject::connect(window.ordersPage(), &OrdersPage::firstRowsShown, &app, [&sinceMain] {
            std::printf("first-rows-ms %lld\n", static_cast<long long>(msSinceProcessStart(sinceMain)));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        });
    }
    window.show();
    if (!window.openDatabase(path, create) && benchmark)
        return 1;
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(1500, &window, [&window, file] {
            // A dialog opened with --order or --import-orders is what the user looks at.
            QWidget* shown = QApplication::activeModalWidget();
            saveScreenshot(shown ? shown : &window, file);
            QApplication::quit();
        });
    }
    if (parser.isSet(QStringLiteral("order"))) {
        const QString order = parser.value(QStringLiteral("order"));
        QTimer::singleShot(0, &window, [&window, order] {
            if (window.currentPage() == MainWindow::PackingPageIndex) {
                window.packingPage()->handleScan(order); // as if its slip were scanned
                return;
            }
            window.showPage(MainWindow::OrdersPageIndex);
            if (order == QLatin1String("new"))
                window.ordersPage()->newOrder();
            else if (order == QLatin1String("counter"))
                window.ordersPage()->counterSale();
            else
                window.ordersPage()->openOrderNumber(order);
        });
    }
    if (parser.isSet(QStringLiteral("import-orders"))) {
        const QString file = QFileInfo(parser.value(QStringLiteral("import-orders"))).absoluteFilePath();
        QTimer::singleShot(0, &window, [&window, file] {
            window.showPage(MainWindow::OrdersPageIndex);
            window.ordersPage()->importOrders(file);
        });
    }
    return app.exec();
}
