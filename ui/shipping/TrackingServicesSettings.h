#pragma once

#include "storage/Database.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace comptoir::shipping {
class LaPosteTracking;
}

// The tracking services in Settings ▸ Carriers: the shop's La Poste API key, entered hidden (Show
// reveals it), tried against La Poste with Test, saved in the computer's keychain (for this session
// only when there is none, and said so) and removed; never in the shop file or the settings file.
class TrackingServicesSettings final : public QGroupBox
{
    Q_OBJECT

public:
    explicit TrackingServicesSettings(QWidget* parent = nullptr);
    ~TrackingServicesSettings() override;

    // Reads the shop's key from its secrets.
    void setDatabase(comptoir::storage::DatabasePtr database);

    // Puts the cursor in the key field (when asked for from the Shipments page).
    void focusKey();
    void testKey();
    void saveKey();
    void removeKey();
    // What the last load, test, save or remove came to.
    QString statusText() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The key was saved or removed.
    void keyChanged();
    // A load, test, save or remove answered.
    void answered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void say(const QString& text, bool error);
    void sayKeychain();

    comptoir::storage::DatabasePtr m_database;
    QString m_secretKey; // "laposte.api_key/<shop>"
    QString m_stored; // the key kept now
    bool m_busy = false;
    QLabel* m_keyLabel;
    QLineEdit* m_key;
    QToolButton* m_show;
    QPushButton* m_test;
    QPushButton* m_save;
    QPushButton* m_remove;
    QLabel* m_hint;
    QLabel* m_status;
    QLabel* m_keychain;
    QPointer<comptoir::shipping::LaPosteTracking> m_laPoste;
};
