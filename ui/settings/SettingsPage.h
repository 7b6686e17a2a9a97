#pragma once

#include "settings/ShopSettings.h"
#include "storage/Database.h"

#include <QWidget>

class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The Settings page: the shop's identity printed on documents, its currency and country, the
// language of Comptoir and how many daily backups to keep. Saved into the shop database.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    // Saves the form; returns false and shows why when a field is wrong.
    bool save();

Q_SIGNALS:
    // The language chosen and saved: "" (system), "en" or "fr".
    void languageChanged(const QString& code);
    void identityChanged(const comptoir::settings::ShopIdentity& identity);

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void chooseLogo();
    void showLogo();
    void retranslate();

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
    QComboBox* m_language;
    QSpinBox* m_keepBackups;
    QPushButton* m_save;
    QList<QLabel*> m_labels;
};
