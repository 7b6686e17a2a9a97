#include "purchasing/SuppliersView.h"

#include "settings/ShopSettings.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::purchasing;

SuppliersView::SuppliersView(MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_messages(messages)
    , m_list(new QListWidget(this))
    , m_showArchived(new QCheckBox(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_name(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_website(new QLineEdit(this))
    , m_leadTime(new QSpinBox(this))
    , m_minimum(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_archived(new QCheckBox(this))
{
    m_list->setObjectName(QStringLiteral("supplierList"));
    m_new->setObjectName(QStringLiteral("newSupplier"));
    m_save->setObjectName(QStringLiteral("saveSupplier"));
    m_name->setObjectName(QStringLiteral("supplierName"));
    m_email->setObjectName(QStringLiteral("supplierEmail"));
    m_leadTime->setObjectName(QStringLiteral("supplierLeadTime"));
    m_minimum->setObjectName(QStringLiteral("supplierMinimum"));
    m_leadTime->setRange(0, 365);
    m_address->setTabChangesFocus(true);
    m_note->setTabChangesFocus(true);
    m_address->setMaximumHeight(70);
    m_note->setMaximumHeight(70);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_showArchived);
    leftLayout->addWidget(m_new);

    auto* right = new QWidget(this);
    auto* form = new QFormLayout;
    const auto row = [&](QWidget* field) {
        auto* label = new QLabel(right);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    for (QWidget* field :
        {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_contact), static_cast<QWidget*>(m_email),
            static_cast<QWidget*>(m_phone), static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_website),
            static_cast<QWidget*>(m_leadTime), static_cast<QWidget*>(m_minimum), static_cast<QWidget*>(m_note)})
        row(field);
    form->addRow(QString(), m_archived);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    rightLayout->addLayout(buttons);
    rightLayout->addStretch(1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this,
        [this](int row) { showSupplier(row >= 0 ? m_list->item(row)->data(Qt::UserRole).toLongLong() : 0); });
    connect(m_showArchived, &QCheckBox::toggled, this, &SuppliersView::refresh);
    connect(m_new, &QPushButton::clicked, this, &SuppliersView::newSupplier);
    connect(m_save, &QPushButton::clicked, this, &SuppliersView::save);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &SuppliersView::save);
    auto* newKey = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, &SuppliersView::newSupplier);
    retranslate();
}

void SuppliersView::setDatabase(storage::DatabasePtr database)
{
    m_database = std::move(database);
    m_current = 0;
    refresh();
}

void SuppliersView::refresh()
{
    const qint64 keep = m_current;
    m_list->clear();
    if (!m_database)
        return;
    auto suppliers = SupplierBook(m_database).list(m_showArchived->isChecked());
    if (!suppliers) {
        m_messages->showMessage(suppliers.error().toString(), MessageBar::Kind::Error);
        return;
    }
    int select = -1;
    for (const auto& supplier : *suppliers) {
        auto* item
            = new QListWidgetItem(supplier.archived ? tr("%1 (archived)").arg(supplier.name) : supplier.name, m_list);
        item->setData(Qt::UserRole, supplier.id);
        if (supplier.id == keep)
            select = m_list->count() - 1;
    }
    if (select >= 0)
        m_list->setCurrentRow(select);
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showSupplier(0);
}

void SuppliersView::showSupplier(qint64 id)
{
    Supplier supplier;
    supplier.minimumOrder = Money::zero(m_database ? settings::ShopSettings(m_database).currency() : Currency::euro());
    if (id != 0) {
        auto loaded = SupplierBook(m_database).load(id);
        if (!loaded) {
            m_messages->showMessage(loaded.error().toString(), MessageBar::Kind::Error);
            return;
        }
        supplier = *loaded;
    }
    m_current = id;
    m_name->setText(supplier.name);
    m_contact->setText(supplier.contactName);
    m_email->setText(supplier.email);
    m_phone->setText(supplier.phone);
    m_address->setPlainText(supplier.address);
    m_website->setText(supplier.website);
    m_leadTime->setValue(supplier.leadTimeDays);
    m_minimum->setText(supplier.minimumOrder.isZero() ? QString() : supplier.minimumOrder.toLocaleDecimalString());
    m_note->setPlainText(supplier.note);
    m_archived->setChecked(supplier.archived);
}

void SuppliersView::newSupplier()
{
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    showSupplier(0);
    m_name->setFocus();
}

bool SuppliersView::save()
{
    if (!m_database)
        return false;
    const Currency currency = settings::ShopSettings(m_database).currency();
    Supplier supplier;
    supplier.id = m_current;
    supplier.name = m_name->text();
    supplier.contactName = m_contact->text();
    supplier.email = m_email->text();
    supplier.phone = m_phone->text();
    supplier.address = m_address->toPlainText();
    supplier.website = m_website->text();
    supplier.leadTimeDays = m_leadTime->value();
    supplier.note = m_note->toPlainText();
    supplier.archived = m_archived->isChecked();
    supplier.minimumOrder = Money::zero(currency);
    if (!m_minimum->text().trimmed().isEmpty()) {
        auto minimum = Money::parse(m_minimum->text(), currency, QLocale());
        if (!minimum) {
            m_messages->showMessage(tr("Minimum order: %1").arg(minimum.error().message), MessageBar::Kind::Error);
            m_minimum->setFocus();
            return false;
        }
        supplier.minimumOrder = *minimum;
    }
    auto saved = SupplierBook(m_database).save(supplier);
    if (!saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_current = *saved;
    m_messages->showMessage(tr("Supplier %1 saved.").arg(supplier.name.trimmed()), MessageBar::Kind::Positive);
    refresh();
    Q_EMIT suppliersChanged();
    return true;
}

void SuppliersView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SuppliersView::retranslate()
{
    const char* const labels[] = {QT_TR_NOOP("&Name:"), QT_TR_NOOP("&Contact:"), QT_TR_NOOP("&E-mail:"),
        QT_TR_NOOP("&Phone:"), QT_TR_NOOP("&Address:"), QT_TR_NOOP("&Website:"), QT_TR_NOOP("&Lead time:"),
        QT_TR_NOOP("&Minimum order:"), QT_TR_NOOP("N&ote:")};
    for (int i = 0; i < m_labels.size(); ++i)
        static_cast<QLabel*>(m_labels[i])->setText(tr(labels[i]));
    m_leadTime->setSuffix(tr(" days"));
    m_leadTime->setToolTip(tr("From ordering to goods on the shelf; a product can say otherwise."));
    m_minimum->setPlaceholderText(tr("none"));
    m_archived->setText(tr("Archived: no longer ordered from"));
    m_showArchived->setText(tr("Show archived suppliers"));
    m_new->setText(tr("New supplier"));
    m_new->setToolTip(QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    m_list->setAccessibleName(tr("Suppliers"));
}
