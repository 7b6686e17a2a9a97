#include "purchasing/PurchasingPage.h"

#include "purchasing/PurchaseOrdersView.h"
#include "purchasing/ReorderView.h"
#include "purchasing/StockExcessView.h"
#include "purchasing/StockTakesView.h"
#include "purchasing/SuppliersView.h"
#include "widgets/MessageBar.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

PurchasingPage::PurchasingPage(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_reorder(new ReorderView(m_messages, this))
    , m_orders(new PurchaseOrdersView(m_messages, this))
    , m_suppliers(new SuppliersView(m_messages, this))
    , m_stockTakes(new StockTakesView(m_messages, this))
    , m_overstock(new StockExcessView(StockExcessView::Kind::Overstock, m_messages, this))
    , m_dead(new StockExcessView(StockExcessView::Kind::DeadStock, m_messages, this))
    , m_computed(DeadStockTab + 1, false)
{
    setObjectName(QStringLiteral("purchasingPage"));
    m_tabs->setObjectName(QStringLiteral("purchasingTabs"));
    m_tabs->addTab(m_reorder, QString());
    m_tabs->addTab(m_orders, QString());
    m_tabs->addTab(m_suppliers, QString());
    m_tabs->addTab(m_stockTakes, QString());
    m_tabs->addTab(m_overstock, QString());
    m_tabs->addTab(m_dead, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);
    m_messages->hide();
    // Overstock and dead stock are computed when first looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == OverstockTab && !m_computed[OverstockTab]) {
            m_computed[OverstockTab] = true;
            m_overstock->refresh();
        } else if (index == DeadStockTab && !m_computed[DeadStockTab]) {
            m_computed[DeadStockTab] = true;
            m_dead->refresh();
        }
    });
    connect(m_reorder, &ReorderView::purchaseOrdersCreated, this, [this](const QList<qint64>& ids) {
        m_orders->refresh();
        showTab(PurchaseOrdersTab);
        if (!ids.isEmpty())
            m_orders->select(ids.first());
    });
    connect(m_suppliers, &SuppliersView::suppliersChanged, this, [this] {
        m_reorder->refresh();
        m_orders->refresh();
    });
    retranslate();
}

void PurchasingPage::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_messages->hide();
    m_computed.fill(false);
    m_reorder->setDatabase(database);
    m_orders->setDatabase(database);
    m_suppliers->setDatabase(database);
    m_stockTakes->setDatabase(database);
    m_overstock->setDatabase(database);
    m_dead->setDatabase(database);
    const int current = m_tabs->currentIndex();
    if (current == OverstockTab || current == DeadStockTab)
        Q_EMIT m_tabs->currentChanged(current);
}

void PurchasingPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void PurchasingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PurchasingPage::retranslate()
{
    m_tabs->setTabText(ReorderTab, tr("To &reorder"));
    m_tabs->setTabText(PurchaseOrdersTab, tr("&Purchase orders"));
    m_tabs->setTabText(SuppliersTab, tr("S&uppliers"));
    m_tabs->setTabText(StockTakesTab, tr("S&tock takes"));
    m_tabs->setTabText(OverstockTab, tr("&Overstock"));
    m_tabs->setTabText(DeadStockTab, tr("&Dead stock"));
}
