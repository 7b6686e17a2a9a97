#include "shipping/CarrierDialog.h"

#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::shipping;

namespace {

constexpr int kPatternColumn = 0;
constexpr int kCheckColumn = 1;
constexpr int kExampleColumn = 2;

const CheckDigit kChecks[]
    = {CheckDigit::None, CheckDigit::S10, CheckDigit::Ups, CheckDigit::Mod7, CheckDigit::Mod37_36};

QString checkLabel(CheckDigit check)
{
    switch (check) {
    case CheckDigit::None:
        return QCoreApplication::translate("CarrierDialog", "None");
    case CheckDigit::S10:
        return QCoreApplication::translate("CarrierDialog", "UPU S10 (La Poste, Chronopost, international)");
    case CheckDigit::Ups:
        return QCoreApplication::translate("CarrierDialog", "UPS 1Z");
    case CheckDigit::Mod7:
        return QCoreApplication::translate("CarrierDialog", "Modulo 7 (DHL Express)");
    case CheckDigit::Mod37_36:
        return QCoreApplication::translate("CarrierDialog", "ISO 7064 MOD 37,36 (DPD barcode)");
    }
    return {};
}

// A key for a new carrier from its name: "Colis Express 44" → "colis-express-44".
QString keyFromName(const QString& name)
{
    QString key = name.normalized(QString::NormalizationForm_KD).toLower();
    key.remove(QRegularExpression(QStringLiteral("[^a-z0-9\\s-]")));
    key = key.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    return key.left(40);
}

} // namespace

CarrierDialog::CarrierDialog(storage::DatabasePtr database, const Carrier& carrier, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_original(carrier)
    , m_messages(new MessageBar(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_lostAfter(new QSpinBox(this))
    , m_saturday(new QCheckBox(tr("Delivers on &Saturdays (they count as working days)"), this))
    , m_numbers(new QTableWidget(0, 3, this))
    , m_services(new QTableWidget(0, 1 + int(allZones().size()), this))
    , m_try(new QLineEdit(this))
    , m_tryResult(new QLabel(this))
{
    setObjectName(QStringLiteral("carrierDialog"));
    setWindowTitle(carrier.key.isEmpty() ? tr("New carrier") : tr("Carrier %1").arg(carrier.name));
    m_name->setObjectName(QStringLiteral("carrierName"));
    m_url->setObjectName(QStringLiteral("carrierUrl"));
    m_lostAfter->setObjectName(QStringLiteral("lostAfterDays"));
    m_saturday->setObjectName(QStringLiteral("saturdayDelivery"));
    m_numbers->setObjectName(QStringLiteral("numberShapes"));
    m_services->setObjectName(QStringLiteral("services"));
    m_try->setObjectName(QStringLiteral("tryNumber"));
    m_tryResult->setObjectName(QStringLiteral("tryResult"));

    m_name->setText(carrier.name);
    m_url->setText(carrier.trackingUrl);
    m_url->setPlaceholderText(QStringLiteral("https://…?code={number}"));
    m_url->setToolTip(tr("{number} is replaced by the tracking number, {postcode} by the delivery postcode."));
    m_lostAfter->setRange(1, 60);
    m_lostAfter->setValue(carrier.key.isEmpty() ? 5 : carrier.lostAfterDays);
    m_lostAfter->setSuffix(tr(" working days"));
    m_lostAfter->setToolTip(tr("Without news from the carrier for this long, an undelivered parcel is possibly lost."));
    m_saturday->setChecked(carrier.saturdayDelivery);

    m_numbers->setHorizontalHeaderLabels({tr("Shape (regular expression)"), tr("Check digit"), tr("Example")});
    m_numbers->horizontalHeader()->setSectionResizeMode(kPatternColumn, QHeaderView::Stretch);
    m_numbers->verticalHeader()->hide();
    m_numbers->setAccessibleName(tr("Tracking number shapes"));
    for (const NumberFormat& format : carrier.numbers)
        addNumberRow(format);

    QStringList serviceHeaders {tr("Service")};
    for (Zone zone : allZones())
        serviceHeaders << zoneLabel(zone);
    m_services->setHorizontalHeaderLabels(serviceHeaders);
    m_services->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_services->verticalHeader()->hide();
    m_services->setAccessibleName(tr("Services and transit days per zone"));
    m_services->setToolTip(tr("Transit in working days; empty: the service does not go there."));
    for (const CarrierService& service : carrier.services)
        addServiceRow(service);

    const auto rowButtons = [this](QTableWidget* table, const QString& addText, auto addRow) {
        auto* add = new QPushButton(addText, this);
        auto* remove = new QPushButton(tr("Remove"), this);
        add->setAutoDefault(false);
        remove->setAutoDefault(false);
        add->setObjectName(table->objectName() + QStringLiteral("Add"));
        remove->setObjectName(table->objectName() + QStringLiteral("Remove"));
        connect(add, &QPushButton::clicked, this, addRow);
        connect(remove, &QPushButton::clicked, this, [table] {
            if (table->currentRow() >= 0)
                table->removeRow(table->currentRow());
        });
        auto* row = new QHBoxLayout;
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch(1);
        return row;
    };

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Tracking page:"), m_url);
    form->addRow(tr("Possibly &lost after:"), m_lostAfter);
    form->addRow(QString(), m_saturday);

    auto* tryRow = new QHBoxLayout;
    m_try->setPlaceholderText(tr("Try a tracking number"));
    m_try->setAccessibleName(tr("Try a tracking number"));
    tryRow->addWidget(m_try, 1);
    tryRow->addWidget(m_tryResult, 2);
    m_tryResult->setWordWrap(true);
    m_tryResult->setMinimumHeight(m_tryResult->fontMetrics().lineSpacing() * 3);
    connect(m_try, &QLineEdit::textChanged, this, &CarrierDialog::tryNumber);
    connect(m_numbers, &QTableWidget::itemChanged, this, &CarrierDialog::tryNumber);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    auto* numbersLabel = new QLabel(tr("Tracking &numbers: a number is accepted when it has one of these shapes "
                                       "(and its check digit is right). None: any number is accepted."),
        this);
    numbersLabel->setWordWrap(true);
    numbersLabel->setBuddy(m_numbers);
    layout->addWidget(numbersLabel);
    layout->addWidget(m_numbers, 1);
    layout->addLayout(rowButtons(m_numbers, tr("Add a shape"), [this] {
        addNumberRow({});
        m_numbers->setCurrentCell(m_numbers->rowCount() - 1, kPatternColumn);
        m_numbers->editItem(m_numbers->item(m_numbers->rowCount() - 1, kPatternColumn));
    }));
    layout->addLayout(tryRow);
    auto* servicesLabel = new QLabel(tr("Ser&vices and their transit time in working days, per zone:"), this);
    servicesLabel->setBuddy(m_services);
    layout->addWidget(servicesLabel);
    layout->addWidget(m_services, 1);
    layout->addLayout(rowButtons(m_services, tr("Add a service"), [this] {
        addServiceRow({});
        m_services->setCurrentCell(m_services->rowCount() - 1, 0);
        m_services->editItem(m_services->item(m_services->rowCount() - 1, 0));
    }));
    layout->addWidget(buttons);
    m_messages->hide();
    resize(820, 640);
    tryNumber();
}

void CarrierDialog::addNumberRow(const NumberFormat& format)
{
    const int row = m_numbers->rowCount();
    m_numbers->insertRow(row);
    m_numbers->setItem(row, kPatternColumn, new QTableWidgetItem(format.pattern));
    auto* check = new QComboBox(m_numbers);
    for (CheckDigit c : kChecks)
        check->addItem(checkLabel(c), int(c));
    check->setCurrentIndex(check->findData(int(format.check)));
    connect(check, &QComboBox::currentIndexChanged, this, &CarrierDialog::tryNumber);
    m_numbers->setItem(row, kCheckColumn, new QTableWidgetItem);
    m_numbers->setCellWidget(row, kCheckColumn, check);
    m_numbers->setItem(row, kExampleColumn, new QTableWidgetItem(format.example));
    m_numbers->resizeColumnToContents(kCheckColumn);
    m_numbers->resizeColumnToContents(kExampleColumn);
}

void CarrierDialog::addServiceRow(const CarrierService& service)
{
    const int row = m_services->rowCount();
    m_services->insertRow(row);
    auto* name = new QTableWidgetItem(service.name);
    name->setData(Qt::UserRole, service.key);
    m_services->setItem(row, 0, name);
    const QList<Zone> zones = allZones();
    for (int z = 0; z < zones.size(); ++z) {
        const auto days = service.transit(zones[z]);
        auto* item = new QTableWidgetItem(days ? QString::number(*days) : QString());
        item->setTextAlignment(Qt::AlignCenter);
        m_services->setItem(row, 1 + z, item);
    }
}

Carrier CarrierDialog::carrier() const
{
    Carrier c = m_original;
    c.name = m_name->text().trimmed();
    if (c.key.isEmpty())
        c.key = keyFromName(c.name);
    c.trackingUrl = m_url->text().trimmed();
    c.lostAfterDays = m_lostAfter->value();
    c.saturdayDelivery = m_saturday->isChecked();
    c.numbers.clear();
    for (int row = 0; row < m_numbers->rowCount(); ++row) {
        NumberFormat format;
        format.pattern = m_numbers->item(row, kPatternColumn)->text().trimmed();
        if (auto* check = qobject_cast<QComboBox*>(m_numbers->cellWidget(row, kCheckColumn)))
            format.check = CheckDigit(check->currentData().toInt());
        format.example = m_numbers->item(row, kExampleColumn)->text().trimmed();
        if (!format.pattern.isEmpty())
            c.numbers << format;
    }
    c.services.clear();
    const QList<Zone> zones = allZones();
    for (int row = 0; row < m_services->rowCount(); ++row) {
        CarrierService service;
        service.name = m_services->item(row, 0)->text().trimmed();
        service.key = m_services->item(row, 0)->data(Qt::UserRole).toString();
        if (service.key.isEmpty())
            service.key = keyFromName(service.name);
        for (int z = 0; z < zones.size(); ++z) {
            bool ok = false;
            const int days = m_services->item(row, 1 + z)->text().trimmed().toInt(&ok);
            if (ok)
                service.transitDays.insert(zones[z], days);
            else if (!m_services->item(row, 1 + z)->text().trimmed().isEmpty())
                service.transitDays.insert(zones[z], -1); // refused by validate(), named there
        }
        if (!service.name.isEmpty())
            c.services << service;
    }
    return c;
}

void CarrierDialog::tryNumber()
{
    const QString number = m_try->text().trimmed();
    if (number.isEmpty()) {
        m_tryResult->clear();
        return;
    }
    const Carrier c = carrier();
    const Status checked = c.checkNumber(number);
    m_tryResult->setText(checked ? tr("✓ Accepted.") : checked.error().message);
    m_tryResult->setStyleSheet(checked ? QStringLiteral("color: #1d6b35") : QStringLiteral("color: #b01e1e"));
}

void CarrierDialog::accept()
{
    const Carrier c = carrier();
    if (m_original.key.isEmpty()) {
        if (auto existing = Carriers(m_database).find(c.key); existing && *existing) {
            m_messages->showMessage(
                tr("The shop already has a carrier called %1: edit it instead.").arg((*existing)->name),
                MessageBar::Kind::Error);
            return;
        }
    }
    Status saved = Carriers::validate(c);
    if (saved)
        saved = Carriers(m_database).save(c);
    if (!saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        return;
    }
    QDialog::accept();
}
