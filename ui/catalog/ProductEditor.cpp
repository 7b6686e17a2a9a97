#include "catalog/ProductEditor.h"

#include "catalog/commands/VariantTableCommands.h"
#include "reviews/ReviewStats.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using comptoir::Money;
using comptoir::catalog::ProductCatalog;
using comptoir::catalog::ProductDraft;
using comptoir::catalog::VariantDraft;

namespace {
// French VAT rates, in basis points, and the standard rate first.
constexpr int kVatRates[] = {2000, 1000, 550, 210, 0};

// The `field` names ProductCatalog uses in errors, by column.
const char* const kColumnFields[] = {"Options", "Options", "SKU", "Barcode", "Price", "Compare-at price", "Cost",
    "Weight", nullptr, nullptr, "Lead time", nullptr};
} // namespace

ProductEditor::ProductEditor(comptoir::storage::DatabasePtr database, ProductDraft draft, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_original(std::move(draft))
    , m_currency(ProductCatalog(m_database).currency())
    , m_messages(new MessageBar(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_category(new QComboBox(this))
    , m_supplier(new QComboBox(this))
    , m_vat(new QComboBox(this))
    , m_archived(new QCheckBox(tr("Archived: hidden from sale, kept with its history"), this))
    , m_image(new QLineEdit(this))
    , m_thumbnail(new QLabel(this))
    , m_variants(new QTableWidget(0, VariantColumnCount, this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("productEditor"));
    setWindowTitle(m_original.id ? tr("Edit product – %1").arg(m_original.name) : tr("New product"));
    m_name->setObjectName(QStringLiteral("productName"));
    m_description->setObjectName(QStringLiteral("productDescription"));
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_supplier->setObjectName(QStringLiteral("productSupplier"));
    m_vat->setObjectName(QStringLiteral("productVat"));
    m_archived->setObjectName(QStringLiteral("productArchived"));
    m_image->setObjectName(QStringLiteral("productImage"));
    m_thumbnail->setObjectName(QStringLiteral("productThumbnail"));
    m_thumbnail->setFixedSize(120, 120);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setWordWrap(true);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_image->setPlaceholderText(tr("A picture file on this computer (JPEG, PNG, WebP)"));
    m_image->setClearButtonEnabled(true);
    m_variants->setObjectName(QStringLiteral("variantTable"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5);

    ProductCatalog catalog(m_database);
    m_category->addItem(tr("No category"), qint64(0));
    if (auto categories = catalog.categories())
        for (const auto& category : *categories)
            m_category->addItem(category.name, category.id);
    m_supplier->addItem(tr("No supplier"), qint64(0));
    if (auto suppliers = catalog.suppliers())
        for (const auto& supplier : *suppliers)
            m_supplier->addItem(supplier.name, supplier.id);
    for (int rate : kVatRates)
        m_vat->addItem(QStringLiteral("%1 %").arg(QLocale().toString(rate / 100.0, 'f', rate % 100 ? 1 : 0)), rate);

    m_name->setText(m_original.name);
    m_description->setPlainText(m_original.description);
    m_category->setCurrentIndex(std::max(0, m_category->findData(m_original.categoryId)));
    m_supplier->setCurrentIndex(std::max(0, m_supplier->findData(m_original.supplierId)));
    if (m_vat->findData(m_original.vatRateBasisPoints) < 0)
        m_vat->addItem(QStringLiteral("%1 %").arg(QLocale().toString(m_original.vatRateBasisPoints / 100.0, 'f', 2)),
            m_original.vatRateBasisPoints);
    m_vat->setCurrentIndex(m_vat->findData(m_original.vatRateBasisPoints));
    m_archived->setChecked(m_original.archived);
    m_image->setText(QDir::toNativeSeparators(m_original.imagePath));

    m_variants->setHorizontalHeaderLabels(
        {tr("Size / option 1"), tr("Colour / option 2"), tr("SKU"), tr("Barcode (EAN)"), tr("Price"), tr("Compare-at"),
            tr("Cost"), tr("Weight (g)"), tr("Bin"), tr("Supplier ref."), tr("Lead time (days)"), tr("Stock")});
    m_variants->verticalHeader()->hide();
    m_variants->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_variants->horizontalHeader()->setStretchLastSection(true);
    m_variants->setAccessibleName(tr("Variants"));
    for (const VariantDraft& variant : std::as_const(m_original.variants))
        fillVariantRow(m_variants->rowCount(), variant);
    if (m_variants->rowCount() == 0)
        insertRowWith(0, QStringList(VariantColumnCount, QString()), 0);
    connect(m_variants, &QTableWidget::itemChanged, this, &ProductEditor::recordCellEdit);
    // Undo and redo in the table; a cell being typed in has its own undo first.
    auto* undo = m_undo->createUndoAction(m_variants);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetShortcut);
    auto* redo = m_undo->createRedoAction(m_variants);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setShortcutContext(Qt::WidgetShortcut);
    m_variants->addAction(undo);
    m_variants->addAction(redo);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("Su&pplier:"), m_supplier);
    form->addRow(tr("&VAT rate:"), m_vat);
    auto* chooseImage = new QPushButton(tr("C&hoose…"), this);
    chooseImage->setObjectName(QStringLiteral("chooseImage"));
    auto* imageRow = new QHBoxLayout;
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(chooseImage);
    form->addRow(tr("&Picture:"), imageRow);
    form->addRow(QString(), m_archived);
    // What customers say of it, for a product already in the catalog.
    if (m_original.id > 0 && m_database) {
        auto* reviews = new QLabel(this);
        reviews->setObjectName(QStringLiteral("reviewSummary"));
        reviews->setWordWrap(true);
        reviews->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (auto summary = comptoir::reviews::ReviewStats(m_database).summary(m_original.id); summary) {
            if (summary->count == 0) {
                reviews->setText(tr("No review yet."));
            } else {
                QString text = tr("%1 ★ from %n review(s)", nullptr, summary->count)
                                   .arg(QLocale().toString(summary->average, 'f', 1));
                if (summary->unhappy > 0) {
                    QList<std::pair<int, comptoir::reviews::Cause>> causes;
                    for (auto it = summary->causes.cbegin(); it != summary->causes.cend(); ++it)
                        causes.append({it.value(), it.key()});
                    std::sort(
                        causes.begin(), causes.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
                    QStringList named;
                    for (const auto& [count, cause] : causes)
                        named << tr("%1 %2").arg(comptoir::reviews::causeLabel(cause)).arg(count);
                    text += QStringLiteral(" · ") + tr("%n unhappy", nullptr, summary->unhappy);
                    if (!named.isEmpty())
                        text += QStringLiteral(" (") + named.join(QStringLiteral(", ")) + QLatin1Char(')');
                }
                if (summary->waiting > 0)
                    text += QStringLiteral(" · ") + tr("%n waiting for an answer", nullptr, summary->waiting);
                reviews->setText(text);
            }
        } else {
            reviews->setText(summary.error().toString());
        }
        form->addRow(tr("Reviews:"), reviews);
    }
    m_image->setAccessibleName(tr("Picture file"));
    m_thumbnail->setAccessibleName(tr("Picture"));
    const auto showThumbnail = [this] {
        const QString path = QDir::fromNativeSeparators(m_image->text().trimmed());
        if (path.isEmpty()) {
            m_thumbnail->setPixmap({});
            m_thumbnail->setText(tr("No picture"));
            return;
        }
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(m_thumbnail->size() - QSize(4, 4), Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (image.isNull()) {
            m_thumbnail->setPixmap({});
            m_thumbnail->setText(
                QFileInfo::exists(path) ? tr("Not a picture Comptoir can read") : tr("File not found"));
            return;
        }
        m_thumbnail->setPixmap(QPixmap::fromImage(image));
    };
    connect(m_image, &QLineEdit::textChanged, this, showThumbnail);
    connect(chooseImage, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose the product's picture"),
            QFileInfo(QDir::fromNativeSeparators(m_image->text())).absolutePath(),
            tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp);;All files (*)"));
        if (!chosen.isEmpty())
            m_image->setText(QDir::toNativeSeparators(chosen));
    });
    showThumbnail();
    m_name->setAccessibleName(tr("Name"));
    m_description->setAccessibleName(tr("Description"));
    m_category->setAccessibleName(tr("Category"));
    m_supplier->setAccessibleName(tr("Supplier"));
    m_vat->setAccessibleName(tr("VAT rate"));

    auto* add = new QPushButton(tr("&Add a variant"), this);
    add->setObjectName(QStringLiteral("addVariant"));
    auto* remove = new QPushButton(tr("&Remove the variant"), this);
    remove->setObjectName(QStringLiteral("removeVariant"));
    auto* variantButtons = new QHBoxLayout;
    variantButtons->addWidget(add);
    variantButtons->addWidget(remove);
    variantButtons->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveProduct"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_thumbnail, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_variants, 1);
    layout->addLayout(variantButtons);
    layout->addWidget(buttons);
    resize(1000, 560);

    connect(add, &QPushButton::clicked, this, &ProductEditor::addVariant);
    connect(remove, &QPushButton::clicked, this, &ProductEditor::removeVariant);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ProductEditor::save);
    m_name->setFocus();
}

void ProductEditor::fillVariantRow(int row, const VariantDraft& v)
{
    const QLocale locale;
    QStringList cells(VariantColumnCount, QString());
    cells[Option1] = v.option1;
    cells[Option2] = v.option2;
    cells[Sku] = v.sku;
    cells[Barcode] = v.barcode;
    cells[Price] = v.price.currency().isValid() ? v.price.toLocaleDecimalString(locale) : QString();
    cells[CompareAt] = v.compareAtPrice ? v.compareAtPrice->toLocaleDecimalString(locale) : QString();
    cells[Cost] = v.cost.currency().isValid() ? v.cost.toLocaleDecimalString(locale) : QString();
    cells[Weight] = v.weightGrams ? locale.toString(v.weightGrams) : QString();
    cells[Bin] = v.binLocation;
    cells[SupplierSku] = v.supplierSku;
    cells[LeadTime] = v.leadTimeDays ? locale.toString(*v.leadTimeDays) : QString();
    cells[Stock] = locale.toString(v.onHand);
    insertRowWith(row, cells, v.id);
}

void ProductEditor::addVariant()
{
    // A new size usually costs what its siblings cost: start from the current (or last) row.
    const int source = m_variants->currentRow() >= 0 ? m_variants->currentRow() : m_variants->rowCount() - 1;
    QStringList cells(VariantColumnCount, QString());
    if (source >= 0) {
        for (int column : {int(Option2), int(Price), int(CompareAt), int(Cost), int(Weight), int(Bin), int(LeadTime)})
            cells[column] = m_variants->item(source, column)->text();
    }
    cells[Stock] = QLocale().toString(0);
    const int row = m_variants->rowCount();
    m_undo->push(new InsertVariantRow(this, row, cells, 0, false));
    m_variants->setCurrentCell(row, Option1);
    m_variants->editItem(m_variants->item(row, Option1));
}

void ProductEditor::removeVariant()
{
    const int row = m_variants->currentRow();
    if (row < 0)
        return;
    m_undo->push(new InsertVariantRow(
        this, row, rowCells(row), m_variants->item(row, Sku)->data(Qt::UserRole).toLongLong(), true));
}

QStringList ProductEditor::rowCells(int row) const
{
    QStringList cells;
    for (int column = 0; column < VariantColumnCount; ++column)
        cells << m_variants->item(row, column)->text();
    return cells;
}

void ProductEditor::recordCellEdit(QTableWidgetItem* item)
{
    if (m_applyingUndo)
        return;
    const QString before = item->data(Qt::UserRole + 1).toString();
    if (before == item->text())
        return;
    item->setData(Qt::UserRole + 1, item->text());
    m_undo->push(new EditVariantCell(this, item->row(), item->column(), before, item->text()));
}

void ProductEditor::setCellText(int row, int column, const QString& text)
{
    m_applyingUndo = true;
    if (auto* item = m_variants->item(row, column)) {
        item->setText(text);
        item->setData(Qt::UserRole + 1, text);
    }
    m_applyingUndo = false;
    m_variants->setCurrentCell(row, column);
}

void ProductEditor::insertRowWith(int row, const QStringList& cells, qint64 variantId)
{
    m_applyingUndo = true;
    m_variants->insertRow(row);
    for (int column = 0; column < VariantColumnCount; ++column) {
        auto* item = new QTableWidgetItem(cells.value(column));
        item->setData(Qt::UserRole, variantId);
        item->setData(Qt::UserRole + 1, cells.value(column));
        if (column == Stock)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        if ((column >= Price && column <= Weight) || column == LeadTime)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_variants->setItem(row, column, item);
    }
    m_applyingUndo = false;
}

void ProductEditor::removeRowAt(int row)
{
    m_applyingUndo = true;
    m_variants->removeRow(row);
    m_applyingUndo = false;
}

QString ProductEditor::errorText() const
{
    return m_messages->isVisible() ? m_messages->text() : QString();
}

comptoir::Result<ProductDraft> ProductEditor::draftFromForm() const
{
    ProductDraft draft;
    draft.id = m_original.id;
    draft.name = m_name->text();
    draft.description = m_description->toPlainText();
    draft.categoryId = m_category->currentData().toLongLong();
    draft.supplierId = m_supplier->currentData().toLongLong();
    draft.vatRateBasisPoints = m_vat->currentData().toInt();
    draft.archived = m_archived->isChecked();
    draft.imagePath = QDir::fromNativeSeparators(m_image->text().trimmed());
    const QLocale locale;
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        const auto cell = [&](int column) { return m_variants->item(row, column)->text().trimmed(); };
        const auto money = [&](int column, bool required) -> comptoir::Result<std::optional<Money>> {
            if (cell(column).isEmpty()) {
                if (required)
                    return comptoir::Error(comptoir::Error::Code::InvalidInput, tr("Enter an amount."),
                        ProductCatalog::variantField(row, kColumnFields[column]));
                return std::optional<Money>();
            }
            auto parsed = Money::parse(cell(column), m_currency, locale);
            if (!parsed) {
                comptoir::Error error = parsed.error();
                error.where = ProductCatalog::variantField(row, kColumnFields[column]);
                return error;
            }
            return std::optional<Money>(*parsed);
        };
        VariantDraft v;
        v.id = m_variants->item(row, Sku)->data(Qt::UserRole).toLongLong();
        v.option1 = cell(Option1);
        v.option2 = cell(Option2);
        v.sku = cell(Sku);
        v.barcode = cell(Barcode);
        auto price = money(Price, true);
        if (!price)
            return price.error();
        v.price = **price;
        auto compareAt = money(CompareAt, false);
        if (!compareAt)
            return compareAt.error();
        v.compareAtPrice = *compareAt;
        auto cost = money(Cost, false);
        if (!cost)
            return cost.error();
        v.cost = cost->value_or(Money::zero(m_currency));
        bool ok = true;
        v.weightGrams = cell(Weight).isEmpty() ? 0 : locale.toInt(cell(Weight), &ok);
        if (!ok)
            return comptoir::Error(comptoir::Error::Code::InvalidInput,
                tr("“%1” is not a weight in grams.").arg(cell(Weight)), ProductCatalog::variantField(row, "Weight"));
        v.binLocation = cell(Bin);
        v.supplierSku = cell(SupplierSku);
        if (!cell(LeadTime).isEmpty()) {
            v.leadTimeDays = locale.toInt(cell(LeadTime), &ok);
            if (!ok)
                return comptoir::Error(comptoir::Error::Code::InvalidInput,
                    tr("“%1” is not a number of days; leave it empty to use the supplier's lead time.")
                        .arg(cell(LeadTime)),
                    ProductCatalog::variantField(row, "Lead time"));
        }
        for (const VariantDraft& original : m_original.variants)
            if (original.id == v.id && v.id != 0)
                v.onHand = original.onHand;
        draft.variants.append(v);
    }
    return draft;
}

void ProductEditor::showError(const comptoir::Error& error)
{
    m_messages->showMessage(error.toString(), MessageBar::Kind::Error);
    // Put the cursor where the message points: a product field or a variant cell.
    if (error.where == QCoreApplication::translate("ProductCatalog", "Name")) {
        m_name->setFocus();
        return;
    }
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        for (int column = 0; column < VariantColumnCount; ++column) {
            if (kColumnFields[column] && error.where == ProductCatalog::variantField(row, kColumnFields[column])) {
                m_variants->setFocus();
                m_variants->setCurrentCell(row, column);
                return;
            }
        }
    }
}

bool ProductEditor::save()
{
    auto draft = draftFromForm();
    if (!draft) {
        showError(draft.error());
        return false;
    }
    auto saved = ProductCatalog(m_database).save(*draft);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    m_savedId = *saved;
    accept();
    return true;
}
