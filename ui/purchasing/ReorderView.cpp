#include "purchasing/ReorderView.h"

#include "inventory/StockLedger.h"
#include "purchasing/PurchaseOrders.h"
#include "purchasing/ReorderSettingsDialog.h"
#include "purchasing/SupplierBook.h"
#include "widgets/Async.h"
#include "widgets/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::purchasing;

namespace {

QStandardItem* number(qint64 value)
{
    auto* item = new QStandardItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

QStandardItem* label(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem* money(const Money& value)
{
    auto* item = label(value.format(QLocale()));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReorderView::ReorderView(MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_messages(messages)
    , m_summary(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_settings(new QPushButton(this))
    , m_create(new QPushButton(this))
    , m_tree(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
{
    m_summary->setObjectName(QStringLiteral("reorderSummary"));
    m_refresh->setObjectName(QStringLiteral("refreshReorder"));
    m_settings->setObjectName(QStringLiteral("reorderSettings"));
    m_create->setObjectName(QStringLiteral("createPurchaseOrders"));
    m_tree->setObjectName(QStringLiteral("reorderTree"));
    m_create->setDefault(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_settings);
    bar->addWidget(m_refresh);
    bar->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    m_model->setColumnCount(ColumnCount);
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);

    connect(m_refresh, &QPushButton::clicked, this, &ReorderView::refresh);
    connect(m_create, &QPushButton::clicked, this, [this] { createPurchaseOrders(); });
    connect(m_settings, &QPushButton::clicked, this, [this] {
        if (!m_database)
            return;
        ReorderSettingsDialog dialog(m_database, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    auto* create = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(create, &QShortcut::activated, m_create, &QPushButton::click);
    auto* reload = new QShortcut(QKeySequence::Refresh, this);
    connect(reload, &QShortcut::activated, this, &ReorderView::refresh);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
        if (m_updating)
            return;
        m_updating = true;
        if (!item->parent() && item->column() == SkuColumn) {
            // A supplier's box ticks or unticks all of its lines.
            for (int row = 0; row < item->rowCount(); ++row)
                item->child(row, SkuColumn)->setCheckState(item->checkState());
        } else if (item->parent() && item->column() == QuantityColumn) {
            bool ok = false;
            const qint64 quantity = QLocale().toLongLong(item->text(), &ok);
            item->setText(QLocale().toString(ok && quantity > 0 ? quantity : 1));
        }
        m_updating = false;
        updateTotals();
    });
    connect(&m_watcher, &QFutureWatcher<Result<QList<VariantDemand>>>::finished, this, [this] {
        m_refresh->setEnabled(true);
        const auto result = m_watcher.result();
        if (!result)
            m_messages->showMessage(result.error().toString(), MessageBar::Kind::Error);
        else
            showDemand(*result);
        Q_EMIT computed();
    });
    retranslate();
}

void ReorderView::setDatabase(storage::DatabasePtr database)
{
    m_database = std::move(database);
    m_model->removeRows(0, m_model->rowCount());
    refresh();
}

void ReorderView::refresh()
{
    if (!m_database || m_watcher.isRunning())
        return;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Computing sales velocity…"));
    const auto database = m_database;
    m_watcher.setFuture(runAsync<Result<QList<VariantDemand>>>([database]() -> Result<QList<VariantDemand>> {
        auto settings = ReorderSettings::load(database);
        Result<QList<VariantDemand>> list = settings ? ReorderPlanner(database, *settings).toReorder()
                                                     : Result<QList<VariantDemand>>(settings.error());
        database->releaseThreadConnection();
        return list;
    }));
}

void ReorderView::showDemand(const QList<VariantDemand>& list)
{
    m_updating = true;
    m_model->removeRows(0, m_model->rowCount());
    QHash<qint64, Supplier> suppliers;
    if (auto all = SupplierBook(m_database).list(true))
        for (const auto& supplier : *all)
            suppliers.insert(supplier.id, supplier);
    QStandardItem* group = nullptr;
    qint64 groupSupplier = -1;
    for (const auto& demand : list) {
        if (!group || demand.supplierId != groupSupplier) {
            groupSupplier = demand.supplierId;
            group = label(demand.supplierId ? demand.supplierName : tr("No supplier"));
            group->setData(demand.supplierId, kSupplierRole);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            QList<QStandardItem*> row {group};
            for (int c = 1; c < ColumnCount; ++c)
                row << label(QString());
            if (demand.supplierId) {
                group->setCheckable(true);
                group->setCheckState(Qt::Checked);
                group->setAutoTristate(false);
                const Supplier supplier = suppliers.value(demand.supplierId);
                if (!supplier.minimumOrder.isZero())
                    row[TitleColumn]->setData(QVariant::fromValue(supplier.minimumOrder.minorUnits()), kSupplierRole);
                row[LeadTimeColumn]->setText(tr("%n day(s)", nullptr, supplier.leadTimeDays));
            } else {
                row[TitleColumn]->setText(tr("Give these products a supplier to order them."));
            }
            m_model->appendRow(row);
        }
        auto* sku = label(demand.sku);
        sku->setData(demand.variantId, kVariantRole);
        if (demand.supplierId) {
            sku->setCheckable(true);
            sku->setCheckState(Qt::Checked);
        }
        auto* velocity = label(QLocale().toString(demand.velocity, 'f', demand.velocity < 1 ? 2 : 1));
        velocity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        velocity->setToolTip(demand.velocityFromBeforeStockOut
                ? tr("Out of stock for the whole window: %1 sold in the %2 days before it ran out.")
                      .arg(demand.sold)
                      .arg(qRound(demand.inStockDays))
                : tr("%1 sold in %2 days in stock.").arg(demand.sold).arg(qRound(demand.inStockDays)));
        auto* quantity = number(demand.suggestedQuantity);
        quantity->setEditable(demand.supplierId != 0);
        quantity->setToolTip(tr("Type the quantity to order"));
        auto* available = number(demand.available());
        if (demand.available() <= 0)
            available->setForeground(palette().brush(QPalette::Link));
        group->appendRow({sku, label(demand.title), available, number(demand.incoming), velocity,
            number(demand.leadTimeDays), number(demand.reorderPoint), quantity, money(demand.cost),
            money(demand.cost * demand.suggestedQuantity)});
        group->child(group->rowCount() - 1, CostColumn)->setData(qint64(demand.cost.minorUnits()), kCostRole);
        m_model->setProperty("currency", demand.cost.currency().code());
    }
    m_tree->expandAll();
    for (int c = 0; c < ColumnCount; ++c)
        if (c != TitleColumn)
            m_tree->resizeColumnToContents(c);
    m_updating = false;
    updateTotals();
    if (list.isEmpty())
        m_summary->setText(tr("Nothing to reorder: every product that sells has enough stock or is on order."));
}

void ReorderView::updateTotals()
{
    if (m_updating)
        return;
    m_updating = true;
    int lines = 0, suppliers = 0;
    const Currency currency = Currency::fromCode(m_model->property("currency").toString());
    Money grand = Money::zero(currency);
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem* group = m_model->item(g, SkuColumn);
        Money total = Money::zero(currency);
        int ticked = 0;
        for (int r = 0; r < group->rowCount(); ++r) {
            const Money unit(group->child(r, CostColumn)->data(kCostRole).toLongLong(), currency);
            const Money line = unit * QLocale().toLongLong(group->child(r, QuantityColumn)->text());
            group->child(r, TotalColumn)->setText(line.format(QLocale()));
            if (group->child(r, SkuColumn)->checkState() != Qt::Checked)
                continue;
            ++ticked;
            total += line;
        }
        QStandardItem* totalItem = m_model->item(g, TotalColumn);
        totalItem->setText(ticked > 0 ? total.format(QLocale()) : QString());
        const qint64 minimum = m_model->item(g, TitleColumn)->data(kSupplierRole).toLongLong();
        if (ticked > 0 && minimum > total.minorUnits()) {
            m_model->item(g, TitleColumn)
                ->setText(
                    tr("Below the supplier's minimum order of %1").arg(Money(minimum, currency).format(QLocale())));
            totalItem->setForeground(palette().brush(QPalette::Link));
        } else if (group->data(kSupplierRole).toLongLong() != 0) {
            m_model->item(g, TitleColumn)->setText(tr("%n line(s)", nullptr, group->rowCount()));
            totalItem->setForeground(palette().brush(QPalette::Text));
        }
        if (ticked > 0 && group->data(kSupplierRole).toLongLong() != 0) {
            ++suppliers;
            lines += ticked;
            grand += total;
        }
    }
    if (m_model->rowCount() > 0)
        m_summary->setText(tr("%n line(s) to order", nullptr, lines) + QStringLiteral(" · ")
            + tr("%n supplier(s)", nullptr, suppliers) + QStringLiteral(" · ")
            + tr("%1 at cost").arg(grand.format(QLocale())));
    m_create->setEnabled(lines > 0);
    m_updating = false;
}

QList<qint64> ReorderView::createPurchaseOrders()
{
    QList<qint64> created;
    if (!m_database)
        return created;
    // Goods arrive at the first location: the warehouse of a new shop, or what took its place.
    const auto locations = inventory::StockLedger(m_database).locations().value_or({});
    const qint64 location = locations.isEmpty() ? 0 : locations.first().id; // 0: create() says there is none
    PurchaseOrders orders(m_database);
    QStringList numbers;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem* group = m_model->item(g, SkuColumn);
        const qint64 supplier = group->data(kSupplierRole).toLongLong();
        if (supplier == 0)
            continue;
        QList<OrderedItem> items;
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r, SkuColumn)->checkState() != Qt::Checked)
                continue;
            items.append({group->child(r, SkuColumn)->data(kVariantRole).toLongLong(),
                QLocale().toLongLong(group->child(r, QuantityColumn)->text()), {}});
        }
        if (items.isEmpty())
            continue;
        auto id = orders.create(supplier, location, items);
        if (!id) {
            m_messages->showMessage(tr("%1: %2").arg(group->text(), id.error().toString()), MessageBar::Kind::Error);
            break;
        }
        created << *id;
        numbers << orders.load(*id).value().number;
    }
    if (!created.isEmpty()) {
        m_messages->showMessage(tr("Created %n draft purchase order(s): %1. Check them and send them to the suppliers.",
                                    nullptr, int(created.size()))
                                    .arg(QLocale().createSeparatedList(numbers)),
            MessageBar::Kind::Positive);
        Q_EMIT purchaseOrdersCreated(created);
        refresh();
    }
    return created;
}

void ReorderView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReorderView::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Compute again from the latest sales and stock (F5)"));
    m_settings->setText(tr("Reorder settings…"));
    m_create->setText(tr("Create purchase orders"));
    m_create->setToolTip(tr("One draft purchase order per supplier with the ticked lines (Ctrl+Enter)"));
    m_model->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Available"), tr("Incoming"), tr("Sold per day"),
        tr("Lead time"), tr("Reorder point"), tr("To order"), tr("Unit cost"), tr("Total")});
    m_tree->setAccessibleName(tr("Products to reorder"));
}
