#include "inventory/StockChangeDialog.h"

#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using comptoir::inventory::MovementReason;
using comptoir::inventory::StockLedger;

StockChangeDialog::StockChangeDialog(
    comptoir::storage::DatabasePtr database, qint64 variantId, const QString& variantName, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_variantId(variantId)
    , m_action(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_destination(new QComboBox(this))
    , m_destinationLabel(new QLabel(tr("&To:"), this))
    , m_quantity(new QSpinBox(this))
    , m_quantityLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_error(new MessageBar(this))
{
    setObjectName(QStringLiteral("stockChangeDialog"));
    setWindowTitle(tr("Change stock – %1").arg(variantName));
    m_action->setObjectName(QStringLiteral("stockAction"));
    m_location->setObjectName(QStringLiteral("stockLocation"));
    m_destination->setObjectName(QStringLiteral("stockDestination"));
    m_quantity->setObjectName(QStringLiteral("stockQuantity"));
    m_note->setObjectName(QStringLiteral("stockNote"));
    m_error->setObjectName(QStringLiteral("stockError"));

    m_action->addItem(tr("Receive goods"), int(Action::Receive));
    m_action->addItem(tr("Customer return put back on the shelf"), int(Action::CustomerReturn));
    m_action->addItem(tr("Remove: damaged, lost or stolen"), int(Action::Remove));
    m_action->addItem(tr("Correct by a quantity (+ or −)"), int(Action::Correct));
    m_action->addItem(tr("Set the quantity counted on the shelf"), int(Action::Count));
    m_action->addItem(tr("Transfer to another location"), int(Action::Transfer));
    const auto locations = StockLedger(m_database).locations();
    if (locations) {
        for (const auto& location : *locations) {
            m_location->addItem(location.name, location.id);
            m_destination->addItem(location.name, location.id);
        }
    }
    if (m_destination->count() > 1)
        m_destination->setCurrentIndex(1);
    m_quantity->setRange(-1000000, 1000000);
    m_note->setPlaceholderText(tr("Why, e.g. “box crushed by the carrier”, “delivery note 4411”"));

    auto* form = new QFormLayout;
    auto* actionLabel = new QLabel(tr("&Change:"), this);
    actionLabel->setBuddy(m_action);
    form->addRow(actionLabel, m_action);
    auto* locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, m_location);
    m_destinationLabel->setBuddy(m_destination);
    form->addRow(m_destinationLabel, m_destination);
    m_quantityLabel->setBuddy(m_quantity);
    form->addRow(m_quantityLabel, m_quantity);
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    m_action->setAccessibleName(tr("Change"));
    m_location->setAccessibleName(tr("Location"));
    m_destination->setAccessibleName(tr("To"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_note->setAccessibleName(tr("Note"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("stockApply"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_action, &QComboBox::currentIndexChanged, this, &StockChangeDialog::updateFields);
    connect(buttons, &QDialogButtonBox::accepted, this, &StockChangeDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
    m_quantity->setFocus();
}

void StockChangeDialog::setAction(Action action)
{
    m_action->setCurrentIndex(m_action->findData(int(action)));
}

QString StockChangeDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void StockChangeDialog::updateFields()
{
    const auto action = Action(m_action->currentData().toInt());
    const bool transfer = action == Action::Transfer;
    m_destination->setVisible(transfer);
    m_destinationLabel->setVisible(transfer);
    switch (action) {
    case Action::Correct:
        m_quantityLabel->setText(tr("&Quantity (+/−):"));
        m_quantity->setMinimum(-1000000);
        m_quantity->setValue(0);
        break;
    case Action::Count:
        m_quantityLabel->setText(tr("&Quantity counted:"));
        m_quantity->setMinimum(0);
        break;
    default:
        m_quantityLabel->setText(tr("&Quantity:"));
        m_quantity->setMinimum(1);
        break;
    }
    m_error->hide();
}

void StockChangeDialog::apply()
{
    StockLedger ledger(m_database);
    const qint64 location = m_location->currentData().toLongLong();
    const qint64 quantity = m_quantity->value();
    const QString note = m_note->text();
    comptoir::Status status;
    switch (Action(m_action->currentData().toInt())) {
    case Action::Receive:
        if (auto done = ledger.record(m_variantId, location, quantity, MovementReason::Receipt, note); !done)
            status = done.error();
        break;
    case Action::CustomerReturn:
        if (auto done = ledger.record(m_variantId, location, quantity, MovementReason::Return, note); !done)
            status = done.error();
        break;
    case Action::Remove:
        if (auto done = ledger.record(m_variantId, location, -quantity, MovementReason::Damage, note); !done)
            status = done.error();
        break;
    case Action::Correct:
        if (auto done = ledger.record(m_variantId, location, quantity, MovementReason::Adjustment, note); !done)
            status = done.error();
        break;
    case Action::Count:
        if (auto done = ledger.count(m_variantId, location, quantity, note); !done)
            status = done.error();
        break;
    case Action::Transfer:
        status = ledger.transfer(m_variantId, location, m_destination->currentData().toLongLong(), quantity, note);
        break;
    }
    if (!status) {
        m_error->showMessage(status.error().toString(), MessageBar::Kind::Error);
        if (status.error().where == QCoreApplication::translate("StockLedger", "Note"))
            m_note->setFocus();
        else
            m_quantity->setFocus();
        return;
    }
    accept();
}
