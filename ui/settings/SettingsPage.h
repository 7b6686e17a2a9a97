#pragma once

#include "documents/PageFormat.h"
#include "settings/ShopSettings.h"
#include "storage/Database.h"

#include <QWidget>

class CarriersSettings;
class MailAccountSettings;
class TemplatesSettings;
class TrackingServicesSettings;
class LocationTableModel;
class MessageBar;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableView;

// The Settings page: the shop's identity printed on documents, its currency and country, how its
// packing slips are printed (paper, prices, return instructions), the language of Comptoir and how
// many daily backups to keep, saved into the shop database with Save; and its stock locations (which
// are sold online, which one counter sales take stock from) and its carriers, each change saved at once.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Section
    {
        Shop,
        Documents,
        Application,
        Locations,
        Carriers,
        Mail,
        Templates,
    };

    explicit SettingsPage(QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    // Saves the form; returns false and shows why when a field is wrong.
    bool save();
    LocationTableModel* locationModel() const { return m_locationModel; }
    CarriersSettings* carriers() const { return m_carriers; }
    MailAccountSettings* mailAccount() const { return m_mailAccount; }
    TemplatesSettings* templates() const { return m_templates; }
    TrackingServicesSettings* trackingServices() const { return m_trackingServices; }
    // Opens the dialog that names a new stock location (window-modal, not blocking).
    void addLocation();
    // Removes the selected location, or says why it cannot be.
    void removeLocation();
    // Scrolls the page to a section.
    void showSection(Section section);

Q_SIGNALS:
    // The language chosen and saved: "" (system), "en" or "fr".
    void languageChanged(const QString& code);
    void identityChanged(const comptoir::settings::ShopIdentity& identity);
    // A stock location was added, renamed, removed or ticked: pages that show locations read them again.
    void locationsChanged();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void chooseLogo();
    void showLogo();
    // The default return instructions, greyed in the empty field: what the slips say without the shop's own.
    void showDefaultReturnInstructions();
    comptoir::documents::PageFormat chosenPageFormat() const;
    void retranslate();
    // Reads the locations again (on showing the page: stock may have moved since) and keeps the
    // selected one selected.
    void reloadLocations();
    void showCounterLocation();
    void chooseCounterLocation(int index);
    void fitLocationTable();
    void selectLocation(qint64 id);
    qint64 selectedLocation() const;

    comptoir::storage::DatabasePtr m_database;
    QByteArray m_logoPng;
    MessageBar* m_messages;
    QLineEdit* m_name;
    QLineEdit* m_address1;
    QLineEdit* m_address2;
    QLineEdit* m_postcode;
    QLineEdit* m_city;
    QComboBox* m_country;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_vat;
    QComboBox* m_currency;
    QLabel* m_logo;
    QPushButton* m_chooseLogo;
    QPushButton* m_clearLogo;
    QComboBox* m_pageFormat;
    QCheckBox* m_slipPrices;
    QPlainTextEdit* m_returnInstructions;
    QLabel* m_returnInstructionsHint;
    comptoir::documents::PageFormat m_shownPageFormat = comptoir::documents::PageFormat::A4;
    QComboBox* m_language;
    QSpinBox* m_keepBackups;
    QPushButton* m_save;
    LocationTableModel* m_locationModel;
    QTableView* m_locations;
    QPushButton* m_addLocation;
    QPushButton* m_removeLocation;
    QComboBox* m_counterLocation;
    QLabel* m_locationsHint;
    CarriersSettings* m_carriers;
    MailAccountSettings* m_mailAccount;
    TemplatesSettings* m_templates;
    TrackingServicesSettings* m_trackingServices;
    QScrollArea* m_scroll;
    QList<QGroupBox*> m_sections; // in Section order
    QList<QLabel*> m_labels;
};
