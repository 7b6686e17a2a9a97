#pragma once

#include "messages/MailSync.h"
#include "storage/Database.h"

#include <QWidget>

class MessageBar;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

// Settings ▸ Mail: where the shop's mail is sent (SMTP) and fetched (IMAP), the folders, and the
// passwords, kept in the keychain (never in the shop or the settings file). "Test" logs in to both
// servers and sends a test mail to the shop's own address, saying plainly what failed.
class MailAccountSettings final : public QWidget
{
    Q_OBJECT

public:
    MailAccountSettings(MessageBar* messages, QWidget* parent = nullptr);
    ~MailAccountSettings() override;

    void setDatabase(comptoir::storage::DatabasePtr database);
    comptoir::messages::MailAccount account() const;
    // Saves the account and its passwords; false (and why in the message bar) when it cannot.
    bool save();
    // Tries the account as typed, in the background; testFinished() says how it went.
    void test();
    QLabel* testResult() const { return m_result; }

Q_SIGNALS:
    void saved();
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslate();
    void fillSecurity(QComboBox* combo);

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QLineEdit* m_smtpHost;
    QSpinBox* m_smtpPort;
    QComboBox* m_smtpSecurity;
    QLineEdit* m_smtpUser;
    QLineEdit* m_smtpPassword;
    QLineEdit* m_imapHost;
    QSpinBox* m_imapPort;
    QComboBox* m_imapSecurity;
    QLineEdit* m_imapUser;
    QLineEdit* m_imapPassword;
    QLineEdit* m_inbox;
    QLineEdit* m_sent;
    QPushButton* m_save;
    QPushButton* m_test;
    QLabel* m_result;
    QLabel* m_hint;
    QThread* m_testThread = nullptr;
    QString m_caFile; // kept as set (not edited here)
};
