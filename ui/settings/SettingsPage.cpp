#include "settings/SettingsPage.h"

#include "storage/Backups.h"
#include "widgets/MessageBar.h"

#include <QBuffer>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

using comptoir::settings::ShopIdentity;
using comptoir::settings::ShopSettings;

namespace {
// Countries a French shop ships to most, first; the rest of the EU after.
const char* const kCountries[] = {"FR", "BE", "CH", "LU", "MC", "DE", "ES", "IT", "NL", "PT", "AT", "IE", "DK", "SE",
    "FI", "PL", "CZ", "GR", "HU", "RO", "BG", "HR", "SI", "SK", "EE", "LV", "LT", "CY", "MT", "GB", "US", "CA"};
} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_name(new QLineEdit)
    , m_address1(new QLineEdit)
    , m_address2(new QLineEdit)
    , m_postcode(new QLineEdit)
    , m_city(new QLineEdit)
    , m_country(new QComboBox)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_vat(new QLineEdit)
    , m_currency(new QComboBox)
    , m_logo(new QLabel)
    , m_chooseLogo(new QPushButton)
    , m_clearLogo(new QPushButton)
    , m_language(new QComboBox)
    , m_keepBackups(new QSpinBox)
    , m_save(new QPushButton)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_name->setObjectName(QStringLiteral("shopName"));
    m_address1->setObjectName(QStringLiteral("shopAddress1"));
    m_address2->setObjectName(QStringLiteral("shopAddress2"));
    m_postcode->setObjectName(QStringLiteral("shopPostcode"));
    m_city->setObjectName(QStringLiteral("shopCity"));
    m_country->setObjectName(QStringLiteral("shopCountry"));
    m_email->setObjectName(QStringLiteral("shopEmail"));
    m_phone->setObjectName(QStringLiteral("shopPhone"));
    m_vat->setObjectName(QStringLiteral("shopVatNumber"));
    m_currency->setObjectName(QStringLiteral("shopCurrency"));
    m_logo->setObjectName(QStringLiteral("shopLogo"));
    m_language->setObjectName(QStringLiteral("language"));
    m_keepBackups->setObjectName(QStringLiteral("keepBackups"));
    m_save->setObjectName(QStringLiteral("saveSettings"));

    for (const char* code : kCountries)
        m_country->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    for (const auto& currency : comptoir::Currency::all())
        m_currency->addItem(QStringLiteral("%1 (%2)").arg(currency.code(), currency.symbol()), currency.code());
    m_logo->setFixedSize(160, 80);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    m_keepBackups->setRange(1, 365);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);

    auto* identity = new QFormLayout;
    const auto addRow = [&](QFormLayout* form, QWidget* field) {
        auto* label = new QLabel;
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    addRow(identity, m_name);
    addRow(identity, m_address1);
    addRow(identity, m_address2);
    auto* cityRow = new QHBoxLayout;
    cityRow->addWidget(m_postcode, 1);
    cityRow->addWidget(m_city, 3);
    auto* cityField = new QWidget;
    cityField->setLayout(cityRow);
    cityRow->setContentsMargins(0, 0, 0, 0);
    addRow(identity, cityField);
    m_labels.last()->setBuddy(m_postcode);
    addRow(identity, m_country);
    addRow(identity, m_email);
    addRow(identity, m_phone);
    addRow(identity, m_vat);
    addRow(identity, m_currency);
    auto* logoRow = new QHBoxLayout;
    logoRow->setContentsMargins(0, 0, 0, 0);
    logoRow->addWidget(m_logo);
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_clearLogo);
    logoButtons->addStretch();
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();
    auto* logoField = new QWidget;
    logoField->setLayout(logoRow);
    addRow(identity, logoField);
    m_labels.last()->setBuddy(m_chooseLogo);

    auto* application = new QFormLayout;
    addRow(application, m_language);
    addRow(application, m_keepBackups);

    auto* identityBox = new QGroupBox;
    identityBox->setObjectName(QStringLiteral("identityBox"));
    identityBox->setLayout(identity);
    auto* applicationBox = new QGroupBox;
    applicationBox->setObjectName(QStringLiteral("applicationBox"));
    applicationBox->setLayout(application);

    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(identityBox);
    formLayout->addWidget(applicationBox);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    formLayout->addLayout(buttons);
    formLayout->addStretch();
    form->setMaximumWidth(720);
    auto* scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(scroll, 1);

    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    // Ctrl+S anywhere on the page; the button keeps its Alt mnemonic.
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &SettingsPage::save);
    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    connect(m_clearLogo, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    retranslate();
}

void SettingsPage::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = std::move(database);
    load();
}

void SettingsPage::load()
{
    m_messages->hide();
    if (!m_database)
        return;
    ShopSettings settings(m_database);
    auto identity = settings.identity();
    if (!identity) {
        m_messages->showMessage(identity.error().toString(), MessageBar::Kind::Error);
        return;
    }
    m_name->setText(identity->name);
    m_address1->setText(identity->address1);
    m_address2->setText(identity->address2);
    m_postcode->setText(identity->postcode);
    m_city->setText(identity->city);
    m_country->setCurrentIndex(std::max(0, m_country->findData(identity->country)));
    m_email->setText(identity->email);
    m_phone->setText(identity->phone);
    m_vat->setText(identity->vatNumber);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(identity->currency)));
    m_logoPng = identity->logoPng;
    showLogo();
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    auto keep = settings.value(QString::fromLatin1(comptoir::storage::Backups::kKeepSettingKey));
    m_keepBackups->setValue(keep && keep->toInt() > 0 ? keep->toInt() : comptoir::storage::Backups::kDefaultKeep);
}

bool SettingsPage::save()
{
    if (!m_database)
        return false;
    ShopIdentity identity;
    identity.name = m_name->text();
    identity.address1 = m_address1->text();
    identity.address2 = m_address2->text();
    identity.postcode = m_postcode->text();
    identity.city = m_city->text();
    identity.country = m_country->currentData().toString();
    identity.email = m_email->text();
    identity.phone = m_phone->text();
    identity.vatNumber = m_vat->text();
    identity.currency = m_currency->currentData().toString();
    identity.logoPng = m_logoPng;
    ShopSettings settings(m_database);
    const QString previousLanguage = settings.language();
    auto saved = settings.setIdentity(identity);
    if (saved)
        saved = settings.setLanguage(m_language->currentData().toString());
    if (saved)
        saved = settings.setValue(
            QString::fromLatin1(comptoir::storage::Backups::kKeepSettingKey), QString::number(m_keepBackups->value()));
    if (!saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        // Put the cursor in the field the message names.
        const QString where = saved.error().where;
        const std::pair<const char*, QWidget*> fields[]
            = {{"Shop name", m_name}, {"VAT number", m_vat}, {"Currency", m_currency}, {"Country", m_country}};
        for (const auto& [name, field] : fields) {
            if (where == QCoreApplication::translate("ShopSettings", name))
                field->setFocus();
        }
        return false;
    }
    Q_EMIT identityChanged(identity);
    if (previousLanguage != m_language->currentData().toString())
        Q_EMIT languageChanged(m_language->currentData().toString());
    m_messages->showMessage(tr("Settings saved."), MessageBar::Kind::Positive);
    return true;
}

void SettingsPage::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the shop logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    QImage image = reader.read();
    if (image.isNull()) {
        m_messages->showMessage(
            tr("%1: this image cannot be read (%2).").arg(QDir::toNativeSeparators(path), reader.errorString()),
            MessageBar::Kind::Error);
        return;
    }
    // Documents print the logo small; 600 px keeps it sharp at 300 dpi without bloating the shop file.
    if (image.width() > 600 || image.height() > 600)
        image = image.scaled(600, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&m_logoPng);
    m_logoPng.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    showLogo();
}

void SettingsPage::showLogo()
{
    QPixmap pixmap;
    if (!m_logoPng.isEmpty() && pixmap.loadFromData(m_logoPng, "PNG")) {
        m_logo->setPixmap(pixmap.scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
    }
    m_clearLogo->setEnabled(!m_logoPng.isEmpty());
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    const char* const labels[] = {QT_TR_NOOP("Shop &name:"), QT_TR_NOOP("&Address:"), QT_TR_NOOP("Address &line 2:"),
        QT_TR_NOOP("&Postcode and city:"), QT_TR_NOOP("C&ountry:"), QT_TR_NOOP("&E-mail:"), QT_TR_NOOP("P&hone:"),
        QT_TR_NOOP("&VAT number:"), QT_TR_NOOP("C&urrency:"), QT_TR_NOOP("Lo&go:"), QT_TR_NOOP("La&nguage:"),
        QT_TR_NOOP("&Daily backups to keep:")};
    for (int i = 0; i < m_labels.size() && i < int(std::size(labels)); ++i) {
        m_labels[i]->setText(tr(labels[i]));
        if (QWidget* buddy = m_labels[i]->buddy())
            buddy->setAccessibleName(tr(labels[i]).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    }
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("identityBox")))
        box->setTitle(tr("Shop identity (printed on packing slips)"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("applicationBox")))
        box->setTitle(tr("Comptoir"));
    for (int i = 0; i < m_country->count(); ++i) {
        const QLocale locale(QLocale::AnyLanguage, QLocale::codeToTerritory(m_country->itemData(i).toString()));
        m_country->setItemText(i,
            QStringLiteral("%1 (%2)").arg(
                QLocale::territoryToString(locale.territory()), m_country->itemData(i).toString()));
    }
    const QString language = m_language->currentData().toString();
    m_language->clear();
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_vat->setPlaceholderText(tr("e.g. FR40303265045"));
    m_chooseLogo->setText(tr("Choose…"));
    m_clearLogo->setText(tr("Remove"));
    m_keepBackups->setSuffix(tr(" days"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the settings (Ctrl+S)"));
    showLogo();
}
