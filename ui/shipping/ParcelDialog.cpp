#include "shipping/ParcelDialog.h"

#include "shipping/TrackingNumber.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::shipping;

ParcelDialog::ParcelDialog(storage::DatabasePtr database, Mode mode, const orders::Order& order, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_mode(mode)
    , m_order(order)
    , m_messages(new MessageBar(this))
    , m_carrier(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_weight(new QDoubleSpinBox(this))
    , m_cost(new QLineEdit(this))
    , m_shippedAt(new QDateTimeEdit(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("parcelDialog"));
    m_carrier->setObjectName(QStringLiteral("carrierCombo"));
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_number->setObjectName(QStringLiteral("trackingField"));
    m_hint->setObjectName(QStringLiteral("trackingHint"));
    m_weight->setObjectName(QStringLiteral("weightField"));
    m_cost->setObjectName(QStringLiteral("costField"));
    m_shippedAt->setObjectName(QStringLiteral("shippedAtField"));

    if (auto carriers = Carriers(m_database).list())
        m_carriers = *carriers;
    else
        m_messages->showMessage(carriers.error().toString(), MessageBar::Kind::Error);
    for (const Carrier& carrier : std::as_const(m_carriers))
        m_carrier->addItem(carrier.name, carrier.key);
    m_carrier->setAccessibleName(tr("Carrier"));
    m_defaultCarrier = Shipments(m_database).lastCarrier().value_or(QString());
    if (m_carrier->findData(m_defaultCarrier) < 0 && !m_carriers.isEmpty())
        m_defaultCarrier = m_carriers.first().key;
    selectCarrier(m_defaultCarrier);

    m_number->setPlaceholderText(tr("Scan or type the tracking number"));
    m_number->setAccessibleName(tr("Tracking number"));
    m_number->setClearButtonEnabled(true);
    m_hint->setWordWrap(true);
    // Room for the longest message, so the dialog does not jump while a number is typed.
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing() * 3);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setTextFormat(Qt::PlainText);
    m_weight->setRange(0, 1000);
    m_weight->setDecimals(3);
    m_weight->setSingleStep(0.1);
    m_weight->setSuffix(tr(" kg"));
    m_weight->setSpecialValueText(tr("Not weighed"));
    m_weight->setAccessibleName(tr("Weight"));
    m_cost->setPlaceholderText(Money(0, m_order.currency).format());
    m_cost->setAccessibleName(tr("What the label cost"));
    m_cost->setToolTip(tr("What the carrier charges the shop for this parcel"));
    const QDateTime now = m_database->clock().now().toLocalTime();
    m_shippedAt->setDateTime(now);
    m_shippedAt->setMaximumDateTime(now);
    m_shippedAt->setCalendarPopup(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Carrier:"), m_carrier);
    form->addRow(tr("Ser&vice:"), m_service);
    form->addRow(tr("&Tracking number:"), m_number);
    form->addRow(QString(), m_hint);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("Label c&ost:"), m_cost);
    form->addRow(tr("S&hipped:"), m_shippedAt);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QString intro;
    switch (m_mode) {
    case Mode::Ship:
        setWindowTitle(tr("Ship order %1").arg(m_order.number));
        m_ok = buttons->addButton(tr("&Ship"), QDialogButtonBox::AcceptRole);
        intro = tr("The items leave the stock now.");
        break;
    case Mode::AddParcel:
        setWindowTitle(tr("Another parcel for order %1").arg(m_order.number));
        m_ok = buttons->addButton(tr("&Add parcel"), QDialogButtonBox::AcceptRole);
        intro = tr("A parcel sent in addition to the first (split shipment, replacement). The stock does not change.");
        break;
    case Mode::Correct:
        setWindowTitle(tr("Correct the parcel of order %1").arg(m_order.number));
        m_ok = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
        intro = tr("A new carrier or service means a new expected delivery day.");
        for (QWidget* field :
            {static_cast<QWidget*>(m_weight), static_cast<QWidget*>(m_cost), static_cast<QWidget*>(m_shippedAt)})
            field->setEnabled(false);
        break;
    }
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_messages->hide();

    connect(m_carrier, &QComboBox::activated, this, [this] {
        m_carrierChosen = true;
        fillServices();
        checkNumber();
    });
    connect(m_number, &QLineEdit::textChanged, this, &ParcelDialog::checkNumber);
    fillServices();
    checkNumber();
    m_number->setFocus();
    setMinimumWidth(460);
}

void ParcelDialog::setParcel(const Parcel& parcel)
{
    selectCarrier(parcel.carrier);
    m_carrierChosen = true;
    fillServices();
    if (const int index = m_service->findData(parcel.service); index >= 0)
        m_service->setCurrentIndex(index);
    m_number->setText(parcel.trackingNumber);
    m_weight->setValue(parcel.weightGrams / 1000.0);
    if (parcel.cost.minorUnits() != 0)
        m_cost->setText(parcel.cost.format());
    if (parcel.shippedAt.isValid()) {
        m_shippedAt->setMaximumDateTime(QDateTime());
        m_shippedAt->setDateTime(parcel.shippedAt.toLocalTime());
    }
    checkNumber();
}

void ParcelDialog::selectCarrier(const QString& key)
{
    int index = m_carrier->findData(key);
    if (index < 0) // parcels entered before carriers had keys store a name
        index = m_carrier->findText(key, Qt::MatchFixedString);
    if (index >= 0)
        m_carrier->setCurrentIndex(index);
}

const Carrier* ParcelDialog::currentCarrier() const
{
    const int index = m_carrier->currentIndex();
    return index >= 0 && index < m_carriers.size() ? &m_carriers[index] : nullptr;
}

void ParcelDialog::fillServices()
{
    const QString previous = m_service->currentData().toString();
    m_service->clear();
    m_service->addItem(tr("Usual service"), QString());
    if (const Carrier* carrier = currentCarrier())
        for (const CarrierService& service : carrier->services)
            m_service->addItem(service.name, service.key);
    if (const int index = m_service->findData(previous); index >= 0)
        m_service->setCurrentIndex(index);
}

void ParcelDialog::setHint(const QString& text, const QString& color)
{
    m_hint->setText(text);
    m_hint->setStyleSheet(QStringLiteral("color: %1").arg(color));
}

QString ParcelDialog::hint() const
{
    return m_hint->text();
}

// As the number is typed or scanned: says whether it fits the carrier; while the user has not
// picked a carrier, the carrier follows the number.
void ParcelDialog::checkNumber()
{
    const QString number = tracking::normalized(m_number->text());
    const Carrier* carrier = currentCarrier();
    if (number.isEmpty()) {
        setHint(tr("Without a number, the parcel cannot be followed."), QStringLiteral("#666666"));
        return;
    }
    if (carrier && carrier->accepts(number)) {
        setHint(tr("✓ A %1 number.").arg(carrier->name), QStringLiteral("#1d6b35"));
        return;
    }
    QList<Carrier> guesses;
    if (auto recognised = Carriers(m_database).recognise(number))
        guesses = *recognised;
    if (!m_carrierChosen) {
        // The carrier follows the number; a number in the shape of a carrier's with a wrong check
        // digit names that carrier, so the message says what is wrong with it.
        const Carrier* guess = guesses.isEmpty() ? nullptr : &guesses.first();
        for (const Carrier& candidate : std::as_const(m_carriers))
            if (!guess && candidate.mistyped(number))
                guess = &candidate;
        selectCarrier(guess ? guess->key : m_defaultCarrier);
        fillServices();
        carrier = currentCarrier();
        if (carrier && carrier->accepts(number)) {
            setHint(tr("✓ A %1 number.").arg(carrier->name), QStringLiteral("#1d6b35"));
            return;
        }
    } else if (!guesses.isEmpty() && carrier) {
        setHint(tr("This looks like a %1 number, not a %2 one.").arg(guesses.first().name, carrier->name),
            QStringLiteral("#b01e1e"));
        return;
    }
    const Status checked = carrier ? carrier->checkNumber(number) : Status();
    setHint(checked ? QString() : checked.error().message, QStringLiteral("#b01e1e"));
}

orders::Shipment ParcelDialog::shipment() const
{
    orders::Shipment parcel;
    parcel.carrier = m_carrier->currentData().toString();
    parcel.service = m_service->currentData().toString();
    parcel.trackingNumber = m_number->text();
    parcel.weightGrams = qRound(m_weight->value() * 1000);
    parcel.shippedAt = m_mode == Mode::Correct ? QDateTime() : m_shippedAt->dateTime().toUTC();
    parcel.cost = Money(0, m_order.currency);
    return parcel;
}

void ParcelDialog::accept()
{
    orders::Shipment parcel = shipment();
    const QString costText = m_cost->text().trimmed();
    if (!costText.isEmpty()) {
        auto cost = Money::parse(costText, m_order.currency, QLocale());
        if (!cost) {
            m_messages->showMessage(tr("Label cost: %1").arg(cost.error().message), MessageBar::Kind::Error);
            m_cost->setFocus();
            return;
        }
        parcel.cost = *cost;
    }
    if (m_apply) {
        if (const Status applied = m_apply(parcel); !applied) {
            m_messages->showMessage(applied.error().toString(), MessageBar::Kind::Error);
            const QString where = applied.error().where;
            if (where == QCoreApplication::translate("Shipments", "Carrier"))
                m_carrier->setFocus();
            else if (where == QCoreApplication::translate("Shipments", "Service"))
                m_service->setFocus();
            else {
                m_number->setFocus();
                m_number->selectAll(); // the next scan replaces a wrong one
            }
            return;
        }
    }
    QDialog::accept();
}
