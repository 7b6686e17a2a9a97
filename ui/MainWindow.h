#pragma once

#include "dashboard/DashboardPage.h"
#include "storage/Database.h"

#include <QMainWindow>

class JobStatusWidget;
class OrdersPage;
class PackingPage;
class ProductsPage;
class PurchasingPage;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class SettingsPage;
class ShipmentsPage;
class MessagesPage;
class ReviewsPage;
class ReportsPage;
class MailService;

// The main window: a sidebar of pages (Dashboard, Orders, Packing, Products, Stock, Shipments, Messages, Reviews,
// Settings), the File menu that opens, creates, backs up and restores shops, and a status bar with the running
// background job. It opens on the Dashboard.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        DashboardPageIndex,
        OrdersPageIndex,
        PackingPageIndex,
        ProductsPageIndex,
        PurchasingPageIndex,
        ShipmentsPageIndex,
        MessagesPageIndex,
        ReviewsPageIndex,
        ReportsPageIndex,
        SettingsPageIndex,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the shop file; on failure says why and keeps the current shop.
    bool openDatabase(const QString& path, bool createIfMissing = false);
    comptoir::storage::DatabasePtr database() const { return m_database; }

    void showPage(Page page);
    Page currentPage() const;
    DashboardPage* dashboardPage() const { return m_dashboard; }
    OrdersPage* ordersPage() const { return m_orders; }
    PackingPage* packingPage() const { return m_packing; }
    ProductsPage* productsPage() const { return m_products; }
    PurchasingPage* purchasingPage() const { return m_purchasing; }
    ShipmentsPage* shipmentsPage() const { return m_shipments; }
    MessagesPage* messagesPage() const { return m_messagesPage; }
    ReviewsPage* reviewsPage() const { return m_reviews; }
    ReportsPage* reportsPage() const { return m_reports; }
    MailService* mailService() const { return m_mailService; }
    SettingsPage* settingsPage() const { return m_settings; }
    JobStatusWidget* jobs() const { return m_jobs; }
    // Fires a little after a shop is opened to make the day's backup in the background.
    QTimer* dailyBackupTimer() const { return m_dailyBackup; }

    void backupNow();
    // Restores `backupPath` over the current shop after asking; empty: let the user choose.
    void restoreBackup(const QString& backupPath = {});

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setDatabase(comptoir::storage::DatabasePtr database);
    void newShop();
    void openShop();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void updateTitle();
    void retranslate();
    void about();
    // A dashboard tile followed: its page, showing exactly what the tile counted.
    void openDashboardTile(DashboardPage::Tile tile);

    comptoir::storage::DatabasePtr m_database;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    DashboardPage* m_dashboard;
    OrdersPage* m_orders;
    PackingPage* m_packing;
    ProductsPage* m_products;
    PurchasingPage* m_purchasing;
    ShipmentsPage* m_shipments;
    MessagesPage* m_messagesPage;
    ReviewsPage* m_reviews;
    ReportsPage* m_reports;
    MailService* m_mailService;
    SettingsPage* m_settings;
    JobStatusWidget* m_jobs;
    QLabel* m_shopLabel;
    QTimer* m_dailyBackup;
    QMenu* m_fileMenu;
    QMenu* m_recentMenu;
    QMenu* m_goMenu;
    QMenu* m_helpMenu;
    QList<QAction*> m_actions;
};
