#include "purchasing/ReorderSettingsDialog.h"

#include "purchasing/ReorderPlanner.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace comptoir::purchasing;

ReorderSettingsDialog::ReorderSettingsDialog(comptoir::storage::DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_messages(new MessageBar(this))
    , m_window(new QSpinBox(this))
    , m_cover(new QSpinBox(this))
    , m_rule(new QComboBox(this))
    , m_safetyDays(new QSpinBox(this))
    , m_serviceLevel(new QSpinBox(this))
    , m_defaultLead(new QSpinBox(this))
    , m_overstock(new QSpinBox(this))
    , m_dead(new QSpinBox(this))
{
    setObjectName(QStringLiteral("reorderSettingsDialog"));
    setWindowTitle(tr("Reorder settings"));
    const ReorderSettings settings = ReorderSettings::load(m_database).value_or(ReorderSettings());
    const auto days = [this](QSpinBox* box, int minimum, int maximum, int value, const char* name) {
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(minimum, maximum);
        box->setValue(value);
        box->setSuffix(tr(" days"));
    };
    days(m_window, 7, 730, settings.windowDays, "windowDays");
    days(m_cover, 1, 365, settings.coverDays, "coverDays");
    days(m_safetyDays, 0, 365, settings.safetyDays, "safetyDays");
    days(m_defaultLead, 0, 365, settings.defaultLeadTimeDays, "defaultLeadTime");
    days(m_overstock, 30, 3650, settings.overstockDays, "overstockDays");
    days(m_dead, 7, 3650, settings.deadStockDays, "deadStockDays");
    m_serviceLevel->setObjectName(QStringLiteral("serviceLevel"));
    m_serviceLevel->setRange(50, 99);
    m_serviceLevel->setValue(settings.serviceLevelPercent);
    m_serviceLevel->setSuffix(QStringLiteral(" %"));
    m_rule->setObjectName(QStringLiteral("safetyRule"));
    m_rule->addItem(tr("Days of sales"));
    m_rule->addItem(tr("Service level (from how much daily sales vary)"));
    m_rule->setCurrentIndex(settings.safetyRule == SafetyStockRule::ServiceLevel ? 1 : 0);
    const auto showRule = [this] {
        m_safetyDays->setEnabled(m_rule->currentIndex() == 0);
        m_serviceLevel->setEnabled(m_rule->currentIndex() == 1);
    };
    connect(m_rule, &QComboBox::currentIndexChanged, this, showRule);
    showRule();

    auto* form = new QFormLayout;
    form->addRow(tr("Sales &window:"), m_window);
    form->addRow(tr("&Order enough for:"), m_cover);
    form->addRow(tr("Safety stock &rule:"), m_rule);
    form->addRow(tr("Safety stock in &days:"), m_safetyDays);
    form->addRow(tr("Service &level:"), m_serviceLevel);
    form->addRow(tr("&Lead time without a supplier:"), m_defaultLead);
    form->addRow(tr("O&verstock above:"), m_overstock);
    form->addRow(tr("&Dead stock after:"), m_dead);
    m_window->setToolTip(tr("Sales of this many days give the velocity; days out of stock are left out."));
    m_cover->setToolTip(tr("How long an order should last once it arrives, beyond the lead time."));
    m_overstock->setToolTip(tr("More days of cover than this, at the current velocity, is overstock."));
    m_dead->setToolTip(tr("A product in stock that did not sell for this long is dead stock."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_messages->hide();
}

void ReorderSettingsDialog::accept()
{
    ReorderSettings settings;
    settings.windowDays = m_window->value();
    settings.coverDays = m_cover->value();
    settings.safetyRule = m_rule->currentIndex() == 1 ? SafetyStockRule::ServiceLevel : SafetyStockRule::DaysOfCover;
    settings.safetyDays = m_safetyDays->value();
    settings.serviceLevelPercent = m_serviceLevel->value();
    settings.defaultLeadTimeDays = m_defaultLead->value();
    settings.overstockDays = m_overstock->value();
    settings.deadStockDays = m_dead->value();
    if (auto saved = settings.save(m_database); !saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        return;
    }
    QDialog::accept();
}
