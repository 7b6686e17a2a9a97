#include "orders/OrderEditor.h"

#include "catalog/ProductCatalog.h"
#include "catalog/VariantList.h"
#include "orders/OrderBook.h"
#include "storage/Sql.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::orders;

namespace {

enum Column
{
    SkuColumn,
    TitleColumn,
    QuantityColumn,
    PriceColumn,
    VatColumn,
    TotalColumn,
    ColumnCount
};

Address addressFrom(QLineEdit* const fields[7])
{
    Address a;
    a.name = fields[0]->text().trimmed();
    a.company = fields[1]->text().trimmed();
    a.address1 = fields[2]->text().trimmed();
    a.address2 = fields[3]->text().trimmed();
    a.postcode = fields[4]->text().trimmed();
    a.city = fields[5]->text().trimmed();
    a.country = fields[6]->text().trimmed().toUpper();
    return a;
}

void fillAddress(QLineEdit* const fields[7], const Address& a)
{
    const QString values[7] = {a.name, a.company, a.address1, a.address2, a.postcode, a.city, a.country};
    for (int i = 0; i < 7; ++i)
        fields[i]->setText(values[i]);
}

} // namespace

OrderEditor::OrderEditor(storage::DatabasePtr database, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_mode(mode)
    , m_messages(new MessageBar(this))
    , m_add(new QLineEdit(this))
    , m_lines(new QTableWidget(0, ColumnCount, this))
    , m_totals(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_paid(new QCheckBox(tr("&Paid"), this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_shipBox(new QGroupBox(tr("Deliver to"), this))
    , m_billBox(new QGroupBox(tr("Bill to"), this))
    , m_billDiffers(new QCheckBox(tr("&Billing address differs from delivery"), this))
    , m_shipping(new QLineEdit(this))
    , m_discount(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_gift(new QLineEdit(this))
{
    setObjectName(QStringLiteral("orderEditor"));
    m_order.currency = catalog::ProductCatalog(m_database).currency();
    m_order.shipping = Money::zero(m_order.currency);
    m_order.discount = Money::zero(m_order.currency);
    m_order.status = OrderStatus::Paid;
    switch (mode) {
    case Mode::NewOrder:
        setWindowTitle(tr("New order"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit order"));
        break;
    case Mode::CounterSale:
        setWindowTitle(tr("Counter sale"));
        m_order.channel = Channel::Counter;
        break;
    }

    m_add->setObjectName(QStringLiteral("addProductField"));
    m_add->setPlaceholderText(tr("Scan a barcode, or type a SKU or a name, then Enter"));
    m_add->setAccessibleName(tr("Add a product"));
    connect(m_add, &QLineEdit::returnPressed, this, [this] {
        if (addCode(m_add->text()))
            m_add->clear();
    });

    m_lines->setObjectName(QStringLiteral("editorLines"));
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Qty"), tr("Unit price"), tr("VAT %"), tr("Total")});
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_lines->setAccessibleName(tr("Order lines"));
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        const int row = item->row();
        if (row < 0 || row >= m_order.lines.size())
            return;
        OrderLine& line = m_order.lines[row];
        const QLocale locale;
        bool ok = true;
        switch (item->column()) {
        case TitleColumn:
            line.title = item->text();
            break;
        case QuantityColumn: {
            const qint64 quantity = locale.toLongLong(item->text(), &ok);
            if (ok && quantity > 0)
                line.quantity = quantity;
            else
                m_messages->showMessage(tr("Line %1: the quantity must be a whole number of at least 1.").arg(row + 1),
                    MessageBar::Kind::Error);
            break;
        }
        case PriceColumn: {
            auto price = Money::parse(item->text(), m_order.currency, locale);
            if (price && !price->isNegative())
                line.unitPrice = *price;
            else
                m_messages->showMessage(
                    tr("Line %1: “%2” is not a price.").arg(row + 1).arg(item->text()), MessageBar::Kind::Error);
            break;
        }
        case VatColumn: {
            const double rate = locale.toDouble(item->text(), &ok);
            if (ok && rate >= 0 && rate <= 100)
                line.vatRateBp = int(qRound(rate * 100));
            else
                m_messages->showMessage(
                    tr("Line %1: the VAT rate is a percentage, e.g. 20 or 5,5.").arg(row + 1), MessageBar::Kind::Error);
            break;
        }
        default:
            break;
        }
        refreshTable();
    });

    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (Channel channel : {Channel::Phone, Channel::Website, Channel::Marketplace})
        m_channel->addItem(channelLabel(channel), int(channel));
    m_paid->setObjectName(QStringLiteral("paidCheck"));
    m_paid->setChecked(true);
    m_paid->setToolTip(tr("A paid order reserves its stock at once."));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_shipping->setObjectName(QStringLiteral("shippingField"));
    m_discount->setObjectName(QStringLiteral("discountField"));
    m_note->setObjectName(QStringLiteral("orderNote"));
    m_gift->setObjectName(QStringLiteral("giftMessage"));
    for (QLineEdit* money : {m_shipping, m_discount}) {
        money->setText(Money::zero(m_order.currency).toLocaleDecimalString());
        money->setAlignment(Qt::AlignRight);
        connect(money, &QLineEdit::editingFinished, this, &OrderEditor::refreshTotals);
    }

    const char* addressLabels[7] = {QT_TR_NOOP("Name"), QT_TR_NOOP("Company"), QT_TR_NOOP("Address"),
        QT_TR_NOOP("Address (continued)"), QT_TR_NOOP("Postcode"), QT_TR_NOOP("City"), QT_TR_NOOP("Country")};
    const auto addressForm = [&](QGroupBox* box, QLineEdit** fields, const QString& prefix) {
        auto* form = new QFormLayout(box);
        for (int i = 0; i < 7; ++i) {
            fields[i] = new QLineEdit(box);
            fields[i]->setObjectName(prefix + QString::number(i));
            form->addRow(tr(addressLabels[i]), fields[i]);
        }
        fields[6]->setMaxLength(2);
        fields[6]->setPlaceholderText(tr("FR"));
        fields[6]->setToolTip(tr("Two-letter country code: FR, BE, CH, DE…"));
    };
    addressForm(m_shipBox, m_ship, QStringLiteral("ship"));
    addressForm(m_billBox, m_bill, QStringLiteral("bill"));
    m_ship[6]->setText(QStringLiteral("FR"));
    m_billBox->setVisible(false);
    m_billDiffers->setObjectName(QStringLiteral("billDiffers"));
    connect(m_billDiffers, &QCheckBox::toggled, m_billBox, &QWidget::setVisible);
    // The customer's name is the delivery name unless typed otherwise.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_ship[0]->text().isEmpty() || m_ship[0]->property("followsName").toBool()) {
            m_ship[0]->setText(text);
            m_ship[0]->setProperty("followsName", true);
        }
    });
    connect(m_ship[0], &QLineEdit::textEdited, this, [this] { m_ship[0]->setProperty("followsName", false); });

    auto* customer = new QGroupBox(tr("Customer"), this);
    auto* customerForm = new QFormLayout(customer);
    customerForm->addRow(tr("&Name:"), m_name);
    customerForm->addRow(tr("&E-mail:"), m_email);
    customerForm->addRow(tr("P&hone:"), m_phone);
    if (mode == Mode::NewOrder) {
        customerForm->addRow(tr("&Channel:"), m_channel);
        customerForm->addRow(QString(), m_paid);
    }
    customerForm->addRow(tr("N&ote:"), m_note);
    customerForm->addRow(tr("&Gift message:"), m_gift);
    customerForm->addRow(QString(), m_billDiffers);

    auto* top = new QHBoxLayout;
    top->addWidget(customer, 1);
    top->addWidget(m_shipBox, 1);
    top->addWidget(m_billBox, 1);
    if (mode == Mode::CounterSale) {
        m_shipBox->hide();
        m_billDiffers->hide();
        m_gift->hide();
        customerForm->labelForField(m_gift)->hide();
    }

    auto* addRow = new QHBoxLayout;
    auto* addLabel = new QLabel(tr("&Add:"), this);
    addLabel->setBuddy(m_add);
    addRow->addWidget(addLabel);
    addRow->addWidget(m_add, 1);

    auto* money = new QFormLayout;
    money->addRow(tr("Shipping charged:"), m_shipping);
    money->addRow(tr("Discount:"), m_discount);
    if (mode == Mode::CounterSale) {
        m_shipping->hide();
        money->labelForField(m_shipping)->hide();
    }
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(money);
    bottom->addStretch(1);
    m_totals->setObjectName(QStringLiteral("editorTotals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_totals->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_totals->setFont(bold);
    bottom->addWidget(m_totals);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* save = buttons->addButton(
        mode == Mode::CounterSale ? tr("Complete &sale") : tr("&Save order"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveOrder"));
    save->setToolTip(tr("Ctrl+Enter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto* button : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addLayout(addRow);
    layout->addWidget(m_lines, 1);
    layout->addLayout(bottom);
    layout->addWidget(buttons);
    m_messages->hide();
    resize(mode == Mode::CounterSale ? 760 : 1000, mode == Mode::CounterSale ? 560 : 680);
    refreshTable();
    (mode == Mode::CounterSale ? m_add : m_name)->setFocus();
}

void OrderEditor::setOrder(const Order& order)
{
    m_order = order;
    m_name->setText(order.customerName);
    m_email->setText(order.email);
    m_phone->setText(order.phone);
    fillAddress(m_ship, order.shipTo);
    fillAddress(m_bill, order.billTo);
    m_billDiffers->setChecked(!order.billTo.isEmpty());
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(int(order.channel))));
    m_paid->setChecked(order.status != OrderStatus::New);
    m_shipping->setText(order.shipping.toLocaleDecimalString());
    m_discount->setText(order.discount.toLocaleDecimalString());
    m_note->setText(order.note);
    m_gift->setText(order.giftMessage);
    if (m_mode == Mode::Edit)
        setWindowTitle(tr("Edit order %1").arg(order.number));
    refreshTable();
}

int OrderEditor::lineCount() const
{
    return int(m_order.lines.size());
}

void OrderEditor::setQuantity(int row, qint64 quantity)
{
    m_lines->item(row, QuantityColumn)->setText(QLocale().toString(quantity));
}

bool OrderEditor::addCode(const QString& code)
{
    const QString text = code.trimmed();
    if (text.isEmpty())
        return false;
    auto exact = catalog::ProductCatalog(m_database).variantForCode(text);
    if (!exact) {
        m_messages->showMessage(exact.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    if (*exact != 0) {
        addVariant(*exact);
        return true;
    }
    // Not a code: search the catalog by name and let the user pick.
    catalog::VariantList list(m_database);
    list.setFilter(text);
    QVariantList cursor;
    auto found = list.fetch(12, cursor);
    if (!found) {
        m_messages->showMessage(found.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    if (found->isEmpty()) {
        QApplication::beep();
        m_messages->showMessage(tr("No product matches “%1”.").arg(text), MessageBar::Kind::Error);
        return false;
    }
    if (found->size() == 1) {
        addVariant(found->first().id);
        return true;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("productChoices"));
    for (const auto& row : *found) {
        QAction* action = menu.addAction(
            tr("%1 – %2 (%3 available)").arg(row.sku, row.title).arg(QLocale().toString(row.available())));
        action->setData(row.id);
    }
    QAction* chosen = menu.exec(m_add->mapToGlobal(QPoint(0, m_add->height())));
    if (!chosen)
        return false;
    addVariant(chosen->data().toLongLong());
    return true;
}

void OrderEditor::addVariant(qint64 variantId)
{
    for (int row = 0; row < m_order.lines.size(); ++row) {
        if (m_order.lines[row].variantId == variantId && m_order.lines[row].id == 0) {
            ++m_order.lines[row].quantity;
            refreshTable();
            m_lines->selectRow(row);
            return;
        }
    }
    auto variant = storage::run(m_database->connection(),
        QStringLiteral("SELECT v.sku, v.title, v.price_minor, v.currency, p.vat_rate_bp FROM variants v "
                       "JOIN products p ON p.id = v.product_id WHERE v.id = ?"),
        {variantId});
    if (!variant || !variant->next()) {
        m_messages->showMessage(tr("This product is no longer in the catalog."), MessageBar::Kind::Error);
        return;
    }
    OrderLine line;
    line.variantId = variantId;
    line.sku = variant->value(0).toString();
    line.title = variant->value(1).toString();
    line.quantity = 1;
    line.unitPrice = Money(variant->value(2).toLongLong(), m_order.currency);
    line.vatRateBp = variant->value(4).toInt();
    m_order.lines.append(line);
    m_messages->hide();
    refreshTable();
    m_lines->selectRow(int(m_order.lines.size()) - 1);
}

void OrderEditor::refreshTable()
{
    m_filling = true;
    const QLocale locale;
    m_lines->setRowCount(int(m_order.lines.size()));
    for (int r = 0; r < m_order.lines.size(); ++r) {
        const OrderLine& line = m_order.lines[r];
        const auto cell = [&](int column, const QString& text, bool editable, bool right) {
            auto* item = new QTableWidgetItem(text);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(r, column, item);
        };
        cell(SkuColumn, line.sku, false, false);
        cell(TitleColumn, line.title, line.variantId == 0, false);
        cell(QuantityColumn, locale.toString(line.quantity), true, true);
        cell(PriceColumn, line.unitPrice.toLocaleDecimalString(locale), true, true);
        cell(VatColumn, locale.toString(line.vatRateBp / 100.0, 'g', 4), true, true);
        cell(TotalColumn, line.total().format(locale), false, true);
    }
    for (int column : {SkuColumn, QuantityColumn, PriceColumn, VatColumn, TotalColumn})
        m_lines->resizeColumnToContents(column);
    m_filling = false;
    refreshTotals();
}

bool OrderEditor::readMoney(QLineEdit* field, Money& money) const
{
    const QString text = field->text().trimmed();
    if (text.isEmpty()) {
        money = Money::zero(m_order.currency);
        return true;
    }
    auto parsed = Money::parse(text, m_order.currency, QLocale());
    if (!parsed || parsed->isNegative())
        return false;
    money = *parsed;
    return true;
}

void OrderEditor::refreshTotals()
{
    const Order o = order();
    m_totals->setText(tr("%n item(s) · Total %1", nullptr, int(o.itemCount())).arg(o.total().format(QLocale())));
}

Order OrderEditor::order() const
{
    Order o = m_order;
    o.customerName = m_name->text().trimmed();
    o.email = m_email->text().trimmed();
    o.phone = m_phone->text().trimmed();
    if (m_mode != Mode::CounterSale) {
        o.shipTo = addressFrom(m_ship);
        o.billTo = m_billDiffers->isChecked() ? addressFrom(m_bill) : Address();
    }
    if (m_mode == Mode::NewOrder) {
        o.channel = Channel(m_channel->currentData().toInt());
        o.status = m_paid->isChecked() ? OrderStatus::Paid : OrderStatus::New;
    }
    Money shipping, discount;
    if (readMoney(m_shipping, shipping))
        o.shipping = shipping;
    if (readMoney(m_discount, discount))
        o.discount = discount;
    o.note = m_note->text().trimmed();
    o.giftMessage = m_gift->text().trimmed();
    return o;
}

void OrderEditor::accept()
{
    Money unused;
    for (QLineEdit* field : {m_shipping, m_discount}) {
        if (!readMoney(field, unused)) {
            m_messages->showMessage(tr("“%1” is not an amount.").arg(field->text()), MessageBar::Kind::Error);
            field->setFocus();
            return;
        }
    }
    const Order o = order();
    if (m_mode != Mode::CounterSale && o.customerName.isEmpty() && o.shipTo.name.isEmpty()) {
        m_messages->showMessage(tr("Who is the order for? Type the customer's name."), MessageBar::Kind::Error);
        m_name->setFocus();
        return;
    }
    OrderBook book(m_database);
    Status saved;
    switch (m_mode) {
    case Mode::NewOrder: {
        auto id = book.create(o);
        if (id)
            m_savedId = *id;
        else
            saved = id.error();
        break;
    }
    case Mode::Edit:
        saved = book.save(o);
        m_savedId = o.id;
        break;
    case Mode::CounterSale: {
        auto id = book.sellAtCounter(o);
        if (id)
            m_savedId = *id;
        else
            saved = id.error();
        break;
    }
    }
    if (!saved) {
        QApplication::beep();
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        return;
    }
    QDialog::accept();
}

void OrderEditor::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers().testFlag(Qt::ControlModifier)) {
        accept();
        return;
    }
    if (event->key() == Qt::Key_Delete && m_lines->hasFocus() && m_lines->currentRow() >= 0) {
        m_order.lines.removeAt(m_lines->currentRow());
        refreshTable();
        return;
    }
    // Enter in a field never closes the dialog by accident: it belongs to the scan field.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        return;
    QDialog::keyPressEvent(event);
}
