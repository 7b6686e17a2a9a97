#include "settings/SettingsPage.h"

#include "documents/DocumentSettings.h"
#include "documents/Letterhead.h"
#include "inventory/Locations.h"
#include "messages/MailAccountSettings.h"
#include "messages/TemplatesSettings.h"
#include "settings/LocationTableModel.h"
#include "shipping/CarriersSettings.h"
#include "shipping/TrackingServicesSettings.h"
#include "storage/Backups.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using comptoir::documents::DocumentSettings;
using comptoir::documents::PageFormat;
using comptoir::inventory::Locations;
using comptoir::settings::ShopIdentity;
using comptoir::settings::ShopSettings;

namespace {
// The locations table shows this many rows without scrolling: a shop has a handful.
constexpr int kVisibleLocations = 6;
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
    , m_pageFormat(new QComboBox)
    , m_slipPrices(new QCheckBox)
    , m_returnInstructions(new QPlainTextEdit)
    , m_returnInstructionsHint(new QLabel)
    , m_language(new QComboBox)
    , m_keepBackups(new QSpinBox)
    , m_save(new QPushButton)
    , m_locationModel(new LocationTableModel(this))
    , m_locations(new QTableView)
    , m_addLocation(new QPushButton)
    , m_removeLocation(new QPushButton)
    , m_counterLocation(new QComboBox)
    , m_locationsHint(new QLabel)
    , m_carriers(new CarriersSettings(m_messages, this))
    , m_mailAccount(new MailAccountSettings(m_messages, this))
    , m_templates(new TemplatesSettings(m_messages, this))
    , m_trackingServices(new TrackingServicesSettings(this))
    , m_scroll(new QScrollArea)
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
    m_pageFormat->setObjectName(QStringLiteral("pageFormat"));
    m_slipPrices->setObjectName(QStringLiteral("slipPrices"));
    m_returnInstructions->setObjectName(QStringLiteral("returnInstructions"));
    m_returnInstructionsHint->setObjectName(QStringLiteral("returnInstructionsHint"));
    m_language->setObjectName(QStringLiteral("language"));
    m_keepBackups->setObjectName(QStringLiteral("keepBackups"));
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_locations->setObjectName(QStringLiteral("locationTable"));
    m_addLocation->setObjectName(QStringLiteral("addLocation"));
    m_removeLocation->setObjectName(QStringLiteral("removeLocation"));
    m_counterLocation->setObjectName(QStringLiteral("counterLocation"));
    m_locationsHint->setObjectName(QStringLiteral("locationsHint"));

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

    // How packing slips come out; the identity above is their letterhead.
    for (const PageFormat format : comptoir::documents::allPageFormats())
        m_pageFormat->addItem(QString(), comptoir::documents::pageFormatKey(format));
    // Tab moves on; the text is a few lines, seen whole without scrolling.
    m_returnInstructions->setTabChangesFocus(true);
    m_returnInstructions->setFixedHeight(m_returnInstructions->fontMetrics().lineSpacing() * 5
        + 2 * (m_returnInstructions->frameWidth() + int(m_returnInstructions->document()->documentMargin())));
    m_returnInstructionsHint->setWordWrap(true);
    auto* documents = new QFormLayout;
    addRow(documents, m_pageFormat);
    documents->addRow(QString(), m_slipPrices);
    addRow(documents, m_returnInstructions);
    documents->addRow(QString(), m_returnInstructionsHint);

    auto* application = new QFormLayout;
    addRow(application, m_language);
    addRow(application, m_keepBackups);

    // Stock locations: saved as they change, so they sit below the Save button of the fields above.
    m_locations->setModel(m_locationModel);
    m_locations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_locations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_locations->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_locations->setTabKeyNavigation(false); // Tab moves on to the buttons; arrows move in the table
    m_locations->setAlternatingRowColors(true);
    m_locations->setWordWrap(false);
    m_locations->verticalHeader()->hide();
    m_locations->verticalHeader()->setDefaultSectionSize(m_locations->fontMetrics().height() + 10);
    m_locations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_locations->horizontalHeader()->setSectionResizeMode(LocationTableModel::NameColumn, QHeaderView::Stretch);
    m_locations->horizontalHeader()->setHighlightSections(false);
    m_locations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_counterLocation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_locationsHint->setWordWrap(true);
    // The keys work on the row, whichever of its cells is current.
    const auto addTableKey = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(m_locations);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_locations->addAction(action);
    };
    addTableKey(QKeySequence(Qt::Key_F2), [this] {
        const QModelIndex name = m_locations->currentIndex().siblingAtColumn(LocationTableModel::NameColumn);
        if (!name.isValid())
            return;
        m_locations->setCurrentIndex(name);
        m_locations->edit(name);
    });
    addTableKey(QKeySequence(Qt::Key_Space), [this] {
        const QModelIndex online = m_locations->currentIndex().siblingAtColumn(LocationTableModel::SoldOnlineColumn);
        if (const auto* location = m_locationModel->locationAt(online))
            m_locationModel->setData(online, location->sellsOnline ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    addTableKey(QKeySequence::Delete, &SettingsPage::removeLocation);
    addTableKey(QKeySequence(Qt::Key_Insert), &SettingsPage::addLocation);

    auto* locationButtons = new QVBoxLayout;
    locationButtons->addWidget(m_addLocation);
    locationButtons->addWidget(m_removeLocation);
    locationButtons->addStretch();
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_locations, 1);
    locationRow->addLayout(locationButtons);
    auto* counter = new QFormLayout;
    addRow(counter, m_counterLocation);
    auto* locationsBox = new QGroupBox;
    locationsBox->setObjectName(QStringLiteral("locationsBox"));
    auto* locationsLayout = new QVBoxLayout(locationsBox);
    locationsLayout->addLayout(locationRow);
    locationsLayout->addLayout(counter);
    locationsLayout->addWidget(m_locationsHint);

    auto* identityBox = new QGroupBox;
    identityBox->setObjectName(QStringLiteral("identityBox"));
    identityBox->setLayout(identity);
    auto* documentsBox = new QGroupBox;
    documentsBox->setObjectName(QStringLiteral("documentsBox"));
    documentsBox->setLayout(documents);
    auto* applicationBox = new QGroupBox;
    applicationBox->setObjectName(QStringLiteral("applicationBox"));
    applicationBox->setLayout(application);
    auto* carriersBox = new QGroupBox;
    carriersBox->setObjectName(QStringLiteral("carriersBox"));
    auto* carriersLayout = new QVBoxLayout(carriersBox);
    carriersLayout->addWidget(m_carriers);
    carriersLayout->addWidget(m_trackingServices);
    auto* mailBox = new QGroupBox;
    mailBox->setObjectName(QStringLiteral("mailBox"));
    auto* mailLayout = new QVBoxLayout(mailBox);
    mailLayout->addWidget(m_mailAccount);
    auto* templatesBox = new QGroupBox;
    templatesBox->setObjectName(QStringLiteral("templatesBox"));
    auto* templatesLayout = new QVBoxLayout(templatesBox);
    templatesLayout->addWidget(m_templates);
    m_sections = {identityBox, documentsBox, applicationBox, locationsBox, carriersBox, mailBox, templatesBox};

    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(identityBox);
    formLayout->addWidget(documentsBox);
    formLayout->addWidget(applicationBox);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    formLayout->addLayout(buttons);
    formLayout->addWidget(locationsBox);
    formLayout->addWidget(carriersBox);
    formLayout->addWidget(mailBox);
    formLayout->addWidget(templatesBox);
    formLayout->addStretch();
    form->setMaximumWidth(720);
    m_scroll->setWidget(form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_scroll, 1);

    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    // Ctrl+S anywhere on the page; the button keeps its Alt mnemonic.
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &SettingsPage::save);
    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    connect(m_email, &QLineEdit::textChanged, this, &SettingsPage::showDefaultReturnInstructions);
    // Labels leave prices out, sheets show them: choosing the other kind of paper proposes its
    // default, which the box can then override.
    connect(m_pageFormat, &QComboBox::activated, this, [this] {
        using Options = comptoir::documents::PackingSlipDocument::Options;
        const PageFormat format = chosenPageFormat();
        if (Options::forFormat(format).prices != Options::forFormat(m_shownPageFormat).prices)
            m_slipPrices->setChecked(Options::forFormat(format).prices);
        m_shownPageFormat = format;
    });
    connect(m_addLocation, &QPushButton::clicked, this, &SettingsPage::addLocation);
    connect(m_removeLocation, &QPushButton::clicked, this, &SettingsPage::removeLocation);
    connect(m_counterLocation, &QComboBox::activated, this, &SettingsPage::chooseCounterLocation);
    connect(m_locationModel, &LocationTableModel::editFailed, this,
        [this](const QString& message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
    connect(m_locationModel, &LocationTableModel::locationsChanged, this, [this] {
        m_messages->hide(); // an earlier refusal no longer applies
        showCounterLocation();
        fitLocationTable();
        Q_EMIT locationsChanged();
    });
    const auto updateRemove = [this] { m_removeLocation->setEnabled(selectedLocation() != 0); };
    connect(m_locations->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateRemove);
    connect(m_locationModel, &QAbstractItemModel::modelReset, this, updateRemove);
    setTabOrder(m_save, m_locations);
    setTabOrder(m_locations, m_addLocation);
    setTabOrder(m_addLocation, m_removeLocation);
    setTabOrder(m_removeLocation, m_counterLocation);
    updateRemove();
    fitLocationTable();
    connect(m_clearLogo, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    retranslate();
}

void SettingsPage::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = std::move(database);
    m_locationModel->setDatabase(m_database);
    m_carriers->setDatabase(m_database);
    m_mailAccount->setDatabase(m_database);
    m_templates->setDatabase(m_database);
    m_trackingServices->setDatabase(m_database);
    load();
    // Hidden, the locations are read when the page is shown.
    if (isVisible())
        reloadLocations();
    else
        showCounterLocation();
}

void SettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reloadLocations();
}

void SettingsPage::reloadLocations()
{
    const qint64 keep = selectedLocation();
    if (auto read = m_locationModel->reload(); !read)
        m_messages->showMessage(read.error().toString(), MessageBar::Kind::Error);
    selectLocation(keep);
    showCounterLocation();
    fitLocationTable();
}

void SettingsPage::showCounterLocation()
{
    const QSignalBlocker blocker(m_counterLocation);
    m_counterLocation->clear();
    for (const auto& location : m_locationModel->locations())
        m_counterLocation->addItem(location.name, location.id);
    m_counterLocation->setEnabled(m_counterLocation->count() > 0);
    if (!m_database || m_counterLocation->count() == 0)
        return;
    auto counter = Locations(m_database).counterLocation();
    if (!counter) {
        m_messages->showMessage(counter.error().toString(), MessageBar::Kind::Error);
        return;
    }
    m_counterLocation->setCurrentIndex(std::max(0, m_counterLocation->findData(*counter)));
}

void SettingsPage::chooseCounterLocation(int index)
{
    if (!m_database || index < 0)
        return;
    const qint64 id = m_counterLocation->itemData(index).toLongLong();
    if (auto saved = Locations(m_database).setCounterLocation(id); !saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        showCounterLocation();
        return;
    }
    m_messages->showMessage(tr("Counter sales now take stock from “%1”.").arg(m_counterLocation->itemText(index)),
        MessageBar::Kind::Positive);
}

void SettingsPage::fitLocationTable()
{
    const int rows = std::clamp(m_locationModel->rowCount(), 2, kVisibleLocations);
    m_locations->setFixedHeight(m_locations->horizontalHeader()->sizeHint().height()
        + m_locations->verticalHeader()->defaultSectionSize() * rows + 2 * m_locations->frameWidth());
}

void SettingsPage::selectLocation(qint64 id)
{
    const QModelIndex index = m_locationModel->indexOf(id);
    if (index.isValid())
        m_locations->setCurrentIndex(index);
}

qint64 SettingsPage::selectedLocation() const
{
    const auto* location = m_locationModel->locationAt(m_locations->currentIndex());
    return location ? location->id : 0;
}

void SettingsPage::addLocation()
{
    if (!m_database)
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addLocationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add a stock location"));
    auto* name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("newLocationName"));
    name->setAccessibleName(tr("Name"));
    name->setPlaceholderText(tr("e.g. Stockroom, Market stall"));
    auto* online = new QCheckBox(tr("&Sold online: its stock is offered on your website"), dialog);
    online->setObjectName(QStringLiteral("newLocationSoldOnline"));
    online->setChecked(true);
    auto* nameLabel = new QLabel(tr("&Name:"), dialog);
    nameLabel->setBuddy(name);
    auto* form = new QFormLayout;
    form->addRow(nameLabel, name);
    form->addRow(QString(), online);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addLocationOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(dialog->sizeHint().width() + 80);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, online] {
        auto added = m_locationModel->addLocation(name->text(), online->isChecked());
        if (!added) {
            // The dialog stays open with the name selected, to be corrected.
            m_messages->showMessage(added.error().toString(), MessageBar::Kind::Error);
            name->setFocus();
            name->selectAll();
            return;
        }
        selectLocation(*added);
        m_messages->showMessage(tr("Location “%1” added.").arg(name->text().trimmed()), MessageBar::Kind::Positive);
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, m_locations, [this] { m_locations->setFocus(); });
    dialog->open();
}

void SettingsPage::removeLocation()
{
    const QModelIndex current = m_locations->currentIndex();
    const auto* location = m_locationModel->locationAt(current);
    if (!location)
        return;
    const QString name = location->name;
    if (auto removed = m_locationModel->removeLocation(location->id); !removed) {
        m_messages->showMessage(removed.error().toString(), MessageBar::Kind::Error);
        return;
    }
    const int row = std::min(current.row(), m_locationModel->rowCount() - 1);
    if (row >= 0)
        m_locations->setCurrentIndex(m_locationModel->index(row, LocationTableModel::NameColumn));
    m_messages->showMessage(tr("Location “%1” removed.").arg(name), MessageBar::Kind::Positive);
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
    // Unreadable values are read as their defaults; only a database error is said.
    const auto documents = DocumentSettings::read(m_database);
    if (!documents)
        m_messages->showMessage(documents.error().toString(), MessageBar::Kind::Error);
    const DocumentSettings shown = documents.value_or(DocumentSettings());
    m_pageFormat->setCurrentIndex(
        std::max(0, m_pageFormat->findData(comptoir::documents::pageFormatKey(shown.pageFormat))));
    m_shownPageFormat = shown.pageFormat;
    m_slipPrices->setChecked(shown.slipPrices);
    m_returnInstructions->setPlainText(shown.returnInstructions);
    showDefaultReturnInstructions();
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
    DocumentSettings documents;
    documents.pageFormat = chosenPageFormat();
    documents.slipPrices = m_slipPrices->isChecked();
    documents.returnInstructions = m_returnInstructions->toPlainText();
    // Checked first: return instructions too long leave every setting as it was.
    if (auto valid = documents.validate(); !valid) {
        m_messages->showMessage(valid.error().toString(), MessageBar::Kind::Error);
        m_returnInstructions->setFocus();
        return false;
    }
    ShopSettings settings(m_database);
    const QString previousLanguage = settings.language();
    auto saved = settings.setIdentity(identity);
    if (saved)
        saved = settings.setLanguage(m_language->currentData().toString());
    if (saved)
        saved = settings.setValue(
            QString::fromLatin1(comptoir::storage::Backups::kKeepSettingKey), QString::number(m_keepBackups->value()));
    if (saved)
        saved = documents.write(m_database);
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

PageFormat SettingsPage::chosenPageFormat() const
{
    PageFormat format = PageFormat::A4;
    comptoir::documents::pageFormatFromKey(m_pageFormat->currentData().toString(), format);
    return format;
}

void SettingsPage::showDefaultReturnInstructions()
{
    ShopIdentity shop;
    shop.email = m_email->text();
    m_returnInstructions->setPlaceholderText(comptoir::documents::Letterhead::defaultReturnInstructions(shop));
}

void SettingsPage::showSection(Section section)
{
    QWidget* box = m_sections.value(int(section));
    if (!box)
        return;
    // Once laid out: the box's top at the top of the page.
    QTimer::singleShot(0, this,
        [this, box] { m_scroll->verticalScrollBar()->setValue(box->mapTo(m_scroll->widget(), QPoint(0, 0)).y()); });
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
        QT_TR_NOOP("&VAT number:"), QT_TR_NOOP("C&urrency:"), QT_TR_NOOP("Lo&go:"), QT_TR_NOOP("Paper si&ze:"),
        QT_TR_NOOP("Re&turn instructions:"), QT_TR_NOOP("La&nguage:"), QT_TR_NOOP("&Daily backups to keep:"),
        QT_TR_NOOP("Counter sales take stock &from:")};
    for (int i = 0; i < m_labels.size() && i < int(std::size(labels)); ++i) {
        m_labels[i]->setText(tr(labels[i]));
        if (QWidget* buddy = m_labels[i]->buddy())
            buddy->setAccessibleName(tr(labels[i]).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    }
    // The fields of the shop, documents and Comptoir boxes start at one place, whatever the language.
    int labelWidth = 0;
    for (QLabel* label : std::as_const(m_labels))
        if (label->buddy() != m_counterLocation)
            labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel* label : std::as_const(m_labels))
        if (label->buddy() != m_counterLocation)
            label->setMinimumWidth(labelWidth);
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("identityBox")))
        box->setTitle(tr("Shop identity (printed on packing slips)"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("documentsBox")))
        box->setTitle(tr("Documents: packing slips and pick lists"));
    for (int i = 0; i < m_pageFormat->count(); ++i) {
        PageFormat format = PageFormat::A4;
        comptoir::documents::pageFormatFromKey(m_pageFormat->itemData(i).toString(), format);
        m_pageFormat->setItemText(i, comptoir::documents::pageFormatLabel(format));
    }
    m_pageFormat->setToolTip(tr("The paper packing slips and pick lists are printed on, or laid out for in a PDF"));
    m_slipPrices->setText(tr("Show pri&ces on packing slips"));
    m_slipPrices->setToolTip(tr("Unit prices, line totals, shipping, discount and total. Labels usually leave them "
                                "out; so do shops that ship gifts."));
    m_returnInstructionsHint->setText(
        tr("Printed at the foot of every packing slip, at most %1 characters. Leave it empty to print the text "
           "shown in grey.")
            .arg(QLocale().toString(DocumentSettings::kMaxReturnInstructions)));
    showDefaultReturnInstructions();
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("applicationBox")))
        box->setTitle(tr("Comptoir"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("locationsBox")))
        box->setTitle(tr("Stock locations"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("carriersBox")))
        box->setTitle(tr("Carriers"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("mailBox")))
        box->setTitle(tr("Mail"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("templatesBox")))
        box->setTitle(tr("Message templates"));
    m_locations->setAccessibleName(tr("Stock locations"));
    m_locationModel->retranslate();
    m_addLocation->setText(tr("Add locat&ion…"));
    m_addLocation->setToolTip(tr("Add a stock location (Insert)"));
    m_removeLocation->setText(tr("&Remove"));
    m_removeLocation->setToolTip(
        tr("Remove the selected location (Delete); only one where stock was never kept can be removed"));
    m_locationsHint->setText(tr("Stock in a location marked “Sold online” is offered on your website. Untick the "
                                "shop counter to keep its stock for walk-in customers only. Changes to locations "
                                "are saved at once; F2 renames, Space ticks or unticks."));
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
