#include "catalog/ProductEditor.h"

#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

using comptoir::Money;
using comptoir::catalog::ProductCatalog;
using comptoir::catalog::ProductDraft;
using comptoir::catalog::VariantDraft;

namespace {
// French VAT rates, in basis points, and the standard rate first.
constexpr int kVatRates[] = {2000, 1000, 550, 210, 0};

// The `field` names ProductCatalog uses in errors, by column.
const char* const kColumnFields[] = {
    "Options", "Options", "SKU", "Barcode", "Price", "Compare-at price", "Cost", "Weight", nullptr, nullptr, nullptr};
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
    , m_variants(new QTableWidget(0, VariantColumnCount, this))
{
    setObjectName(QStringLiteral("productEditor"));
    setWindowTitle(m_original.id ? tr("Edit product – %1").arg(m_original.name) : tr("New product"));
    m_name->setObjectName(QStringLiteral("productName"));
    m_description->setObjectName(QStringLiteral("productDescription"));
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_supplier->setObjectName(QStringLiteral("productSupplier"));
    m_vat->setObjectName(QStringLiteral("productVat"));
    m_archived->setObjectName(QStringLiteral("productArchived"));
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

    m_variants->setHorizontalHeaderLabels(
        {tr("Size / option 1"), tr("Colour / option 2"), tr("SKU"), tr("Barcode (EAN)"), tr("Price"), tr("Compare-at"),
            tr("Cost"), tr("Weight (g)"), tr("Bin"), tr("Supplier ref."), tr("Stock")});
    m_variants->verticalHeader()->hide();
    m_variants->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_variants->horizontalHeader()->setStretchLastSection(true);
    m_variants->setAccessibleName(tr("Variants"));
    for (const VariantDraft& variant : std::as_const(m_original.variants)) {
        m_variants->insertRow(m_variants->rowCount());
        fillVariantRow(m_variants->rowCount() - 1, variant);
    }
    if (m_variants->rowCount() == 0)
        addVariant();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("Su&pplier:"), m_supplier);
    form->addRow(tr("&VAT rate:"), m_vat);
    form->addRow(QString(), m_archived);
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
    layout->addLayout(form);
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
    const auto set = [&](int column, const QString& text, bool editable = true) {
        auto* item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, v.id);
        if (!editable)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        if (column >= Price && column <= Weight)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_variants->setItem(row, column, item);
    };
    set(Option1, v.option1);
    set(Option2, v.option2);
    set(Sku, v.sku);
    set(Barcode, v.barcode);
    set(Price, v.price.currency().isValid() ? v.price.toLocaleDecimalString(locale) : QString());
    set(CompareAt, v.compareAtPrice ? v.compareAtPrice->toLocaleDecimalString(locale) : QString());
    set(Cost, v.cost.currency().isValid() ? v.cost.toLocaleDecimalString(locale) : QString());
    set(Weight, v.weightGrams ? locale.toString(v.weightGrams) : QString());
    set(Bin, v.binLocation);
    set(SupplierSku, v.supplierSku);
    set(Stock, locale.toString(v.onHand), false);
}

void ProductEditor::addVariant()
{
    VariantDraft variant;
    const int source = m_variants->currentRow() >= 0 ? m_variants->currentRow() : m_variants->rowCount() - 1;
    const int row = m_variants->rowCount();
    m_variants->insertRow(row);
    fillVariantRow(row, variant);
    // A new size usually costs what its siblings cost: start from the row it was added after.
    if (source >= 0) {
        for (int column : {int(Option2), int(Price), int(CompareAt), int(Cost), int(Weight), int(Bin)})
            m_variants->item(row, column)->setText(m_variants->item(source, column)->text());
    }
    m_variants->setCurrentCell(row, Option1);
    m_variants->editItem(m_variants->item(row, Option1));
}

void ProductEditor::removeVariant()
{
    const int row = m_variants->currentRow();
    if (row >= 0)
        m_variants->removeRow(row);
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
        for (const VariantDraft& original : m_original.variants) {
            if (original.id == v.id && v.id != 0) {
                v.leadTimeDays = original.leadTimeDays;
                v.onHand = original.onHand;
            }
        }
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
