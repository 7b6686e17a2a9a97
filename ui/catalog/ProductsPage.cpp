#include "catalog/ProductsPage.h"

#include "catalog/ProductEditor.h"
#include "catalog/ProductTableModel.h"
#include "inventory/StockPanel.h"
#include "io/CatalogExportDialog.h"
#include "io/CatalogImportDialog.h"
#include "widgets/Async.h"
#include "widgets/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ProductsPage::ProductsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ProductTableModel(this))
    , m_messages(new MessageBar(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_stock(new StockPanel(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("productsPage"));
    m_filter->setObjectName(QStringLiteral("productFilter"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("productCount"));
    m_table->setObjectName(QStringLiteral("productTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicator(ProductTableModel::Title, Qt::AscendingOrder);
    m_table->setColumnWidth(
        ProductTableModel::Sku, m_table->fontMetrics().horizontalAdvance(QStringLiteral("BAS-000000-00-XXX")) + 16);
    m_table->setColumnWidth(
        ProductTableModel::Price, m_table->fontMetrics().horizontalAdvance(QStringLiteral("€0,000.00")) + 16);
    m_table->setColumnWidth(
        ProductTableModel::Stock, m_table->fontMetrics().horizontalAdvance(QStringLiteral("000,000")) + 16);
    m_table->setColumnWidth(ProductTableModel::Supplier,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("Manufacture Lyonnaise")) + 16);

    m_new->setObjectName(QStringLiteral("newProduct"));
    m_edit->setObjectName(QStringLiteral("editProduct"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProduct"));
    m_import->setObjectName(QStringLiteral("importProducts"));
    m_export->setObjectName(QStringLiteral("exportProducts"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_duplicate);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    connect(m_new, &QPushButton::clicked, this, &ProductsPage::newProduct);
    connect(m_edit, &QPushButton::clicked, this, &ProductsPage::editProduct);
    connect(m_duplicate, &QPushButton::clicked, this, &ProductsPage::duplicateProduct);
    connect(m_import, &QPushButton::clicked, this, &ProductsPage::importProducts);
    connect(m_export, &QPushButton::clicked, this, &ProductsPage::exportProducts);
    connect(m_table, &QTableView::activated, this, &ProductsPage::editProduct); // double-click or Enter
    const auto pageShortcut = [this](const QKeySequence& keys, void (ProductsPage::*slot)()) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    pageShortcut(QKeySequence(Qt::Key_Insert), &ProductsPage::newProduct);
    pageShortcut(QKeySequence(Qt::Key_F2), &ProductsPage::editProduct);
    pageShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), &ProductsPage::duplicateProduct);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_stock);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(true);
    splitter->setSizes({900, 380});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // The stock panel follows the current row.
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const auto* variant = m_model->variantAt(current);
            m_stock->setVariant(variant ? variant->id : 0,
                variant ? QStringLiteral("%1 – %2").arg(variant->sku, variant->title) : QString());
        });
    // After a sort or a filter the first row is current, so the arrow keys and the panel start there.
    connect(m_model, &LazyTableModel::reloaded, this, [this] {
        m_table->setCurrentIndex(m_model->index(0, ProductTableModel::Sku));
        if (m_model->rowCount() == 0)
            m_stock->setVariant(0, {});
    });
    connect(m_stock, &StockPanel::stockChanged, m_model, &ProductTableModel::updateStock);
    auto* changeStock = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    changeStock->setContext(Qt::WidgetWithChildrenShortcut);
    connect(changeStock, &QShortcut::activated, m_stock, &StockPanel::changeStock);

    // Filter while typing, once the typing pauses: each keystroke does not need its own query.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(120);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_model->setFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        m_model->setFilter(m_filter->text());
        m_table->setFocus();
        m_table->selectRow(0);
    });
    connect(m_model, &LazyTableModel::reloaded, this, &ProductsPage::refreshCount);
    connect(m_model, &LazyTableModel::loadFailed, this,
        [this](const QString& message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
    connect(&m_countWatcher, &QFutureWatcher<qint64>::finished, this, [this] {
        if (m_countWatcher.future().resultCount() == 0)
            return;
        const qint64 count = m_countWatcher.result();
        m_count->setText(count < 0 ? QString() : tr("%n variant(s)", nullptr, int(std::min<qint64>(count, INT_MAX))));
    });
    retranslate();
}

void ProductsPage::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = database;
    m_stock->setDatabase(database);
    m_model->setDatabase(std::move(database));
}

void ProductsPage::newProduct()
{
    if (!m_database)
        return;
    comptoir::catalog::ProductDraft draft;
    comptoir::catalog::VariantDraft variant;
    variant.price = comptoir::Money::zero(comptoir::catalog::ProductCatalog(m_database).currency());
    draft.variants.append(variant);
    openEditor(draft);
}

void ProductsPage::editProduct()
{
    const auto* variant = m_model->variantAt(m_table->currentIndex());
    if (!m_database || !variant)
        return;
    auto draft = comptoir::catalog::ProductCatalog(m_database).load(variant->productId);
    if (!draft) {
        m_messages->showMessage(draft.error().toString(), MessageBar::Kind::Error);
        return;
    }
    openEditor(*draft);
}

void ProductsPage::openProduct(qint64 productId)
{
    if (!m_database)
        return;
    auto draft = comptoir::catalog::ProductCatalog(m_database).load(productId);
    if (!draft) {
        m_messages->showMessage(draft.error().toString(), MessageBar::Kind::Error);
        return;
    }
    openEditor(*draft);
}

void ProductsPage::duplicateProduct()
{
    const auto* variant = m_model->variantAt(m_table->currentIndex());
    if (!m_database || !variant)
        return;
    auto draft = comptoir::catalog::ProductCatalog(m_database).duplicate(variant->productId);
    if (!draft) {
        m_messages->showMessage(draft.error().toString(), MessageBar::Kind::Error);
        return;
    }
    openEditor(*draft);
}

void ProductsPage::openEditor(const comptoir::catalog::ProductDraft& draft)
{
    auto* editor = new ProductEditor(m_database, draft, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const qint64 product = editor->savedProductId();
        m_messages->showMessage(tr("Product saved."), MessageBar::Kind::Positive);
        m_model->reload();
        // Back on the saved product when it is in the loaded rows.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->variantAt(m_model->index(row, 0))->productId == product) {
                m_table->setCurrentIndex(m_model->index(row, ProductTableModel::Sku));
                break;
            }
        }
    });
    editor->open();
}

void ProductsPage::importProducts()
{
    if (!m_database)
        return;
    auto* dialog = new CatalogImportDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CatalogImportDialog::imported, this, [this](const comptoir::io::ImportReport& report) {
        m_messages->showMessage(tr("Products imported. %1").arg(report.summary()), MessageBar::Kind::Positive);
        m_model->reload();
    });
    dialog->open();
}

void ProductsPage::exportProducts()
{
    if (!m_database)
        return;
    auto* dialog = new CatalogExportDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProductsPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void ProductsPage::refreshCount()
{
    if (!m_database)
        return;
    // A broad filter is not counted: the number is large, and counting it would cost more than
    // listing it. The column sort comes back as soon as the filter narrows.
    m_table->horizontalHeader()->setSortIndicatorShown(!m_model->isSortedByMatch());
    if (m_model->isSortedByMatch()) {
        m_countWatcher.setFuture(QFuture<qint64>()); // a count still running for a narrower filter is dropped
        m_count->setText(
            tr("Over %L1 variants: type more to sort them").arg(comptoir::catalog::VariantList::kSortableMatches));
        return;
    }
    const auto database = m_database;
    const QString filter = m_model->filter();
    m_count->setText(tr("Counting…"));
    m_countWatcher.setFuture(runAsync<qint64>([database, filter]() -> qint64 {
        comptoir::catalog::VariantList list(database);
        list.setFilter(filter);
        auto count = list.count();
        database->releaseThreadConnection();
        return count ? *count : -1;
    }));
}

void ProductsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProductsPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by SKU, name, barcode or supplier reference (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Product filter"));
    m_new->setText(tr("&New product"));
    m_new->setToolTip(tr("Create a product with its variants (Insert)"));
    m_edit->setText(tr("&Edit"));
    m_edit->setToolTip(tr("Edit the selected product and its variants (F2, Enter or double-click)"));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(tr("Start a new product from a copy of the selected one (Ctrl+D)"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Import products, variants and stock from a CSV file: Comptoir's, Shopify's, "
                            "WooCommerce's or another tool's (Ctrl+Shift+I)"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr(
        "Export the products as a CSV file for Excel, Shopify or WooCommerce, or to import elsewhere (Ctrl+Shift+E)"));
    m_table->setAccessibleName(tr("Products"));
}
