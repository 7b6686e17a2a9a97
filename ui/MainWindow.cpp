#include "MainWindow.h"

#include "Language.h"
#include "catalog/ProductTableModel.h"
#include "catalog/ProductsPage.h"
#include "common/Job.h"
#include "inventory/StockPanel.h"
#include "messages/MailAccountSettings.h"
#include "messages/MailService.h"
#include "messages/MessagesPage.h"
#include "orders/OrderDialog.h"
#include "orders/OrderTableModel.h"
#include "orders/OrdersPage.h"
#include "orders/PackingPage.h"
#include "purchasing/PurchaseOrdersView.h"
#include "purchasing/PurchasingPage.h"
#include "purchasing/StockTakesView.h"
#include "reports/ReportsPage.h"
#include "reviews/ReviewsPage.h"
#include "settings/RestoreDialog.h"
#include "settings/SettingsPage.h"
#include "settings/ShopSettings.h"
#include "shipping/ShipmentsPage.h"
#include "shipping/TrackingServicesSettings.h"
#include "storage/Backups.h"
#include "widgets/JobStatusWidget.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QTime>
#include <QTimer>

using comptoir::storage::Backups;
using comptoir::storage::Database;

namespace {
constexpr int kMaxRecent = 8;
constexpr int kDailyBackupDelayMs = 20000;
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_dashboard(new DashboardPage(this))
    , m_orders(new OrdersPage(this))
    , m_packing(new PackingPage(this))
    , m_products(new ProductsPage(this))
    , m_purchasing(new PurchasingPage(this))
    , m_shipments(new ShipmentsPage(this))
    , m_messagesPage(new MessagesPage(this))
    , m_reviews(new ReviewsPage(this))
    , m_reports(new ReportsPage(this))
    , m_mailService(new MailService(this))
    , m_settings(new SettingsPage(this))
    , m_jobs(new JobStatusWidget(this))
    , m_shopLabel(new QLabel(this))
    , m_dailyBackup(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_stack->setObjectName(QStringLiteral("pages"));
    m_shopLabel->setObjectName(QStringLiteral("shopLabel"));

    const QStyle* s = style();
    const QIcon icons[PageCount] = {s->standardIcon(QStyle::SP_DesktopIcon),
        s->standardIcon(QStyle::SP_FileDialogDetailedView), s->standardIcon(QStyle::SP_DialogApplyButton),
        s->standardIcon(QStyle::SP_DirIcon), s->standardIcon(QStyle::SP_ArrowDown),
        s->standardIcon(QStyle::SP_ArrowRight), s->standardIcon(QStyle::SP_MessageBoxInformation),
        s->standardIcon(QStyle::SP_DialogYesButton), s->standardIcon(QStyle::SP_FileDialogContentsView),
        s->standardIcon(QStyle::SP_FileDialogInfoView)};
    for (int i = 0; i < PageCount; ++i)
        new QListWidgetItem(icons[i], QString(), m_sidebar);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMaximumWidth(200);
    m_sidebar->setMinimumWidth(140);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_orders);
    m_stack->addWidget(m_packing);
    m_stack->addWidget(m_products);
    m_stack->addWidget(m_purchasing);
    m_stack->addWidget(m_shipments);
    m_stack->addWidget(m_messagesPage);
    m_stack->addWidget(m_reviews);
    m_stack->addWidget(m_reports);
    m_stack->addWidget(m_settings);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 1100});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    statusBar()->addWidget(m_shopLabel, 1);
    statusBar()->addPermanentWidget(m_jobs);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_packing, &PackingPage::orderChanged, m_orders->model(), &LazyTableModel::reload);
    connect(m_dashboard, &DashboardPage::tileActivated, this, &MainWindow::openDashboardTile);
    // "Write to the customer" in an order's window: its conversation on the Messages page.
    OrderDialog::setMessageComposer([this](qint64 orderId) {
        showPage(MessagesPageIndex);
        m_messagesPage->composeForOrder(orderId);
    });
    // Mail goes out as soon as it is queued; fetched every few minutes or when asked.
    connect(m_messagesPage, &MessagesPage::messageQueued, m_mailService, &MailService::syncNow);
    connect(m_messagesPage, &MessagesPage::syncRequested, m_mailService, &MailService::syncNow);
    connect(m_settings->mailAccount(), &MailAccountSettings::saved, m_mailService, &MailService::syncNow);
    connect(m_mailService, &MailService::started, this, [this] { m_messagesPage->setSyncing(true); });
    connect(m_mailService, &MailService::finished, this,
        [this](const comptoir::messages::SendReport& sent, const comptoir::messages::FetchReport& fetched,
            const QString& error) {
            m_messagesPage->setSyncing(false);
            QString text = tr("Mail at %1: %n new", nullptr, fetched.added)
                               .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
            if (sent.sent > 0)
                text += QStringLiteral(", ") + tr("%n sent", nullptr, sent.sent);
            if (!error.isEmpty())
                text += QStringLiteral(" · ") + error;
            m_messagesPage->showMailStatus(text, !error.isEmpty());
            if (fetched.added > 0 || sent.sent > 0 || sent.failed > 0)
                m_messagesPage->refresh();
        });
    // A review's order, conversation and product, one click away.
    connect(m_reviews, &ReviewsPage::orderRequested, this, [this](qint64 orderId) {
        OrderDialog dialog(m_database, orderId, this);
        dialog.exec();
        m_reviews->refresh();
    });
    connect(m_reviews, &ReviewsPage::conversationRequested, this, [this](qint64 threadId) {
        showPage(MessagesPageIndex);
        m_messagesPage->openThread(threadId);
    });
    connect(m_reviews, &ReviewsPage::writeRequested, this, [this](qint64 orderId) {
        showPage(MessagesPageIndex);
        m_messagesPage->composeForOrder(orderId);
    });
    connect(m_reviews, &ReviewsPage::requestsDrafted, m_messagesPage, &MessagesPage::refresh);
    connect(m_reviews, &ReviewsPage::productRequested, this, [this](qint64 productId) {
        showPage(ProductsPageIndex);
        m_products->openProduct(productId);
    });
    // A parcel's problem told to its customer: written on the Messages page, to review and send.
    connect(m_shipments, &ShipmentsPage::noticeRequested, this, [this](qint64 shipmentId) {
        showPage(MessagesPageIndex);
        m_messagesPage->composeNotice(shipmentId);
    });
    m_dailyBackup->setObjectName(QStringLiteral("dailyBackupTimer"));
    m_dailyBackup->setSingleShot(true);
    m_dailyBackup->setInterval(kDailyBackupDelayMs);
    connect(m_dailyBackup, &QTimer::timeout, this, [this] {
        if (!m_database)
            return;
        const auto database = m_database;
        m_jobs->run(new comptoir::Job(tr("Daily backup"), [database](comptoir::JobControl&) -> QString {
            auto made = Backups(*database).ensureDaily();
            database->releaseThreadConnection();
            return made ? QString() : made.error().toString();
        }));
    });
    connect(m_jobs, &JobStatusWidget::jobFinished, this, [this](const QString& title, bool ok, const QString& error) {
        if (ok)
            statusBar()->showMessage(tr("%1: done.").arg(title), 8000);
        else
            MessageBox::critical(this, title, error);
    });
    connect(m_settings, &SettingsPage::languageChanged, this, [](const QString& code) { Language::apply(code); });
    connect(m_settings, &SettingsPage::identityChanged, this, &MainWindow::updateTitle);
    connect(m_shipments, &ShipmentsPage::carrierSettingsRequested, this, [this] {
        showPage(SettingsPageIndex);
        m_settings->showSection(SettingsPage::Section::Carriers);
        m_settings->trackingServices()->focusKey();
    });
    // Pages that keep location names on screen show the new ones; dialogs read them when opened.
    connect(m_settings, &SettingsPage::locationsChanged, this, [this] {
        m_products->stockPanel()->refresh();
        m_purchasing->purchaseOrders()->refresh();
        m_purchasing->stockTakes()->refresh();
    });

    // Menus.
    m_fileMenu = menuBar()->addMenu(QString());
    const auto addAction = [this](QMenu* menu, const QKeySequence& shortcut, auto slot, const char* name) {
        auto* action = menu->addAction(QString());
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions << action;
        return action;
    };
    // No Ctrl+N: on a page it makes a new order (product…), far more often than a new shop.
    addAction(m_fileMenu, QKeySequence(), &MainWindow::newShop, "actionNew");
    addAction(m_fileMenu, QKeySequence::Open, &MainWindow::openShop, "actionOpen");
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    addAction(
        m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
        [this] {
            showPage(ProductsPageIndex);
            m_products->importProducts();
        },
        "actionImportProducts");
    addAction(
        m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        [this] {
            showPage(OrdersPageIndex);
            m_orders->importOrders();
        },
        "actionImportOrders");
    addAction(
        m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        [this] {
            showPage(ProductsPageIndex);
            m_products->exportProducts();
        },
        "actionExportProducts");
    m_fileMenu->addSeparator();
    addAction(m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &MainWindow::backupNow, "actionBackup");
    addAction(
        m_fileMenu, QKeySequence(), [this] { restoreBackup(); }, "actionRestore");
    m_fileMenu->addSeparator();
    addAction(m_fileMenu, QKeySequence::Quit, &QWidget::close, "actionQuit");

    m_goMenu = menuBar()->addMenu(QString());
    addAction(
        m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_0), [this] { showPage(DashboardPageIndex); }, "actionGoDashboard");
    addAction(
        m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_1), [this] { showPage(OrdersPageIndex); }, "actionGoOrders");
    addAction(
        m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_2), [this] { showPage(PackingPageIndex); }, "actionGoPacking");
    addAction(
        m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_3), [this] { showPage(ProductsPageIndex); }, "actionGoProducts");
    addAction(
        m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_4), [this] { showPage(PurchasingPageIndex); }, "actionGoPurchasing");
    addAction(
        m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_5), [this] { showPage(ShipmentsPageIndex); }, "actionGoShipments");
    addAction(
        m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_6), [this] { showPage(MessagesPageIndex); }, "actionGoMessages");
    addAction(
        m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_7), [this] { showPage(ReviewsPageIndex); }, "actionGoReviews");
    addAction(
        m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_8), [this] { showPage(ReportsPageIndex); }, "actionGoReports");
    addAction(
        m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { showPage(SettingsPageIndex); }, "actionGoSettings");
    m_goMenu->addSeparator();
    addAction(
        m_goMenu, QKeySequence::Find,
        [this] {
            if (currentPage() == ProductsPageIndex) {
                m_products->focusFilter();
            } else if (currentPage() == MessagesPageIndex) {
                m_messagesPage->searchEdit()->setFocus();
                m_messagesPage->searchEdit()->selectAll();
            } else if (currentPage() == ReviewsPageIndex) {
                m_reviews->searchEdit()->setFocus();
                m_reviews->searchEdit()->selectAll();
            } else {
                showPage(OrdersPageIndex);
                m_orders->focusSearch();
            }
        },
        "actionFind");

    m_helpMenu = menuBar()->addMenu(QString());
    addAction(m_helpMenu, QKeySequence(), &MainWindow::about, "actionAbout");

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    // The day starts on the Dashboard: what needs doing, one click from its page.
    showPage(DashboardPageIndex);
    retranslate();
    rebuildRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow()
{
    OrderDialog::setMessageComposer(nullptr);
    // Background work (a backup, a count) uses the shop's connections: let it end first.
    m_jobs->waitForIdle();
    QThreadPool::globalInstance()->waitForDone();
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

bool MainWindow::openDatabase(const QString& path, bool createIfMissing)
{
    Database::Options options;
    options.mode = createIfMissing ? Database::OpenMode::CreateIfMissing : Database::OpenMode::OpenExisting;
    auto database = Database::open(path, options);
    if (!database) {
        MessageBox::critical(this, tr("Cannot open the shop"), database.error().toString());
        return false;
    }
    setDatabase(*database);
    rememberRecent((*database)->path());
    return true;
}

void MainWindow::setDatabase(comptoir::storage::DatabasePtr database)
{
    // The previous shop closes when its last user lets go: a background count may still hold it.
    m_database = std::move(database);
    if (m_database) {
        Language::apply(comptoir::settings::ShopSettings(m_database).language());
        // The day's backup is a full copy: seconds for a big shop. It runs in the background, a
        // little after opening so that it does not compete with the first screen for the disk.
        m_dailyBackup->start();
    }
    m_dashboard->setDatabase(m_database);
    m_orders->setDatabase(m_database);
    m_packing->setDatabase(m_database);
    m_products->setDatabase(m_database);
    m_purchasing->setDatabase(m_database);
    m_shipments->setDatabase(m_database);
    m_messagesPage->setDatabase(m_database);
    m_reviews->setDatabase(m_database);
    m_reports->setDatabase(m_database);
    m_mailService->setDatabase(m_database);
    m_settings->setDatabase(m_database);
    for (QAction* action : std::as_const(m_actions)) {
        const QString name = action->objectName();
        if (name == QLatin1String("actionBackup") || name == QLatin1String("actionRestore")
            || name == QLatin1String("actionImportProducts") || name == QLatin1String("actionImportOrders")
            || name == QLatin1String("actionExportProducts"))
            action->setEnabled(m_database != nullptr);
    }
    updateTitle();
}

void MainWindow::newShop()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New shop"), QDir(folder).filePath(tr("my-shop.db")),
        tr("Comptoir shops (*.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    if (QFileInfo::exists(path)) {
        MessageBox::critical(this, tr("New shop"),
            tr("%1 already exists. Choose another name, or use File ▸ Open to open it.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (openDatabase(path, true))
        showPage(SettingsPageIndex); // a new shop starts by saying who it is
}

void MainWindow::openShop()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath()
                                     : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open a shop"), start, tr("Comptoir shops (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(QStringLiteral("lastDatabase"), path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        auto* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        auto* clear = m_recentMenu->addAction(tr("Clear the list"));
        connect(clear, &QAction::triggered, this, [this] {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::backupNow()
{
    if (!m_database)
        return;
    const auto database = m_database;
    auto* job = new comptoir::Job(tr("Backing up"), [database](comptoir::JobControl&) -> QString {
        Backups backups(*database);
        auto made = backups.create(Backups::Kind::Manual);
        database->releaseThreadConnection();
        return made ? QString() : made.error().toString();
    });
    m_jobs->run(job);
}

void MainWindow::restoreBackup(const QString& chosen)
{
    if (!m_database)
        return;
    QString backupPath = chosen;
    if (backupPath.isEmpty()) {
        RestoreDialog dialog(m_database->path(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        backupPath = dialog.selectedBackup();
    }
    if (MessageBox::question(this, tr("Restore from a backup"),
            tr("Replace the current shop with the backup %1?\n\nThe current file is kept in the "
               "backup folder.")
                .arg(QFileInfo(backupPath).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (auto verified = Backups::verify(backupPath); !verified) {
        MessageBox::critical(this, tr("Restore from a backup"), verified.error().toString());
        return;
    }
    const QString path = m_database->path();
    // Every connection must be closed before the file is swapped: finish background work first.
    m_jobs->waitForIdle();
    QThreadPool::globalInstance()->waitForDone();
    const auto previous = m_database;
    setDatabase(nullptr);
    previous->close();
    auto restored = Backups::restore(path, backupPath, QDateTime::currentDateTimeUtc());
    if (!restored)
        MessageBox::critical(this, tr("Restore from a backup"), restored.error().toString());
    if (openDatabase(path) && restored)
        statusBar()->showMessage(tr("Restored %1.").arg(QFileInfo(backupPath).fileName()), 10000);
}

void MainWindow::updateTitle()
{
    QString shopName;
    if (m_database) {
        auto identity = comptoir::settings::ShopSettings(m_database).identity();
        shopName = identity ? identity->name : QString();
        if (shopName.isEmpty())
            shopName = QFileInfo(m_database->path()).completeBaseName();
        m_shopLabel->setText(QStringLiteral("%1 — %2").arg(shopName, QDir::toNativeSeparators(m_database->path())));
    } else {
        m_shopLabel->setText(tr("No shop open"));
    }
    setWindowTitle(shopName.isEmpty() ? tr("Comptoir") : tr("%1 – Comptoir").arg(shopName));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Comptoir"),
        tr("<h3>Comptoir %1</h3><p>The back office of one-person online shops: products, stock, "
           "orders, parcels, messages and reviews, on your own computer.</p><p>Build %2, Qt %3, "
           "database schema %4.</p>")
            .arg(QStringLiteral(COMPTOIR_VERSION), QStringLiteral(COMPTOIR_GIT_COMMIT), QString::fromLatin1(qVersion()))
            .arg(Database::latestSchemaVersion()));
}

void MainWindow::openDashboardTile(DashboardPage::Tile tile)
{
    using comptoir::orders::OrderList;
    switch (tile) {
    case DashboardPage::Tile::ToPrepare:
    case DashboardPage::Tile::OnHold:
        showPage(OrdersPageIndex);
        // The tile counts every order of its chip: no search, channel or date may narrow the list.
        if (auto* search = m_orders->findChild<QLineEdit*>(QStringLiteral("orderSearch")))
            search->clear();
        if (auto* channel = m_orders->findChild<QComboBox*>(QStringLiteral("channelFilter")))
            channel->setCurrentIndex(0);
        m_orders->setPeriod(OrdersPage::Period::AllDates);
        m_orders->setStatusFilter(tile == DashboardPage::Tile::ToPrepare ? OrderList::StatusFilter::ToPrepare
                                                                         : OrderList::StatusFilter::OnHold);
        m_orders->table()->setFocus();
        break;
    case DashboardPage::Tile::Parcels:
        showPage(ShipmentsPageIndex);
        m_shipments->setProblemFilter(-1);
        m_shipments->table()->setFocus();
        break;
    case DashboardPage::Tile::Messages:
        showPage(MessagesPageIndex);
        m_messagesPage->setSearchText({});
        m_messagesPage->setFilter(comptoir::messages::ThreadList::Filter::ToAnswer);
        break;
    case DashboardPage::Tile::Reviews:
        showPage(ReviewsPageIndex);
        m_reviews->tabs()->setCurrentIndex(0);
        m_reviews->setSearchText({});
        m_reviews->setFilter(comptoir::reviews::ReviewList::Filter::Queue);
        m_reviews->table()->setFocus();
        break;
    case DashboardPage::Tile::Reorder:
        showPage(PurchasingPageIndex);
        m_purchasing->showTab(PurchasingPage::ReorderTab);
        break;
    case DashboardPage::Tile::StockOuts:
        showPage(ProductsPageIndex);
        // Out of stock first: the products sorted by stock, lowest first.
        if (auto* filter = m_products->findChild<QLineEdit*>(QStringLiteral("productFilter")))
            filter->clear();
        m_products->table()->sortByColumn(ProductTableModel::Stock, Qt::AscendingOrder);
        m_products->table()->setFocus();
        break;
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // Pages were remembered by their position before the Dashboard came first; it now opens every time.
    settings.remove(QStringLiteral("window/page"));
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const char* const pages[PageCount] = {QT_TR_NOOP("Dashboard"), QT_TR_NOOP("Orders"), QT_TR_NOOP("Packing"),
        QT_TR_NOOP("Products"), QT_TR_NOOP("Stock"), QT_TR_NOOP("Shipments"), QT_TR_NOOP("Messages"),
        QT_TR_NOOP("Reviews"), QT_TR_NOOP("Reports"), QT_TR_NOOP("Settings")};
    for (int i = 0; i < PageCount; ++i)
        m_sidebar->item(i)->setText(tr(pages[i]));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    const struct
    {
        const char* name;
        const char* text;
    } texts[] = {
        {"actionNew", QT_TR_NOOP("&New shop…")},
        {"actionOpen", QT_TR_NOOP("&Open shop…")},
        {"actionImportProducts", QT_TR_NOOP("&Import products…")},
        {"actionImportOrders", QT_TR_NOOP("Import or&ders…")},
        {"actionExportProducts", QT_TR_NOOP("&Export products…")},
        {"actionBackup", QT_TR_NOOP("&Back up now")},
        {"actionRestore", QT_TR_NOOP("&Restore from a backup…")},
        {"actionQuit", QT_TR_NOOP("&Quit")},
        {"actionGoDashboard", QT_TR_NOOP("&Dashboard")},
        {"actionGoOrders", QT_TR_NOOP("&Orders")},
        {"actionGoPacking", QT_TR_NOOP("P&acking")},
        {"actionGoProducts", QT_TR_NOOP("&Products")},
        {"actionGoPurchasing", QT_TR_NOOP("S&tock")},
        {"actionGoShipments", QT_TR_NOOP("S&hipments")},
        {"actionGoMessages", QT_TR_NOOP("&Messages")},
        {"actionGoReviews", QT_TR_NOOP("Re&views")},
        {"actionGoReports", QT_TR_NOOP("&Reports")},
        {"actionGoSettings", QT_TR_NOOP("&Settings")},
        {"actionFind", QT_TR_NOOP("&Find…")},
        {"actionAbout", QT_TR_NOOP("&About Comptoir")},
    };
    for (QAction* action : std::as_const(m_actions)) {
        for (const auto& t : texts) {
            if (action->objectName() == QLatin1String(t.name))
                action->setText(tr(t.text));
        }
    }
    rebuildRecentMenu();
    updateTitle();
}
