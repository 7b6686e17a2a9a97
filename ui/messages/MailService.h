#pragma once

#include "messages/MailSync.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

// Sends and fetches the shop's mail in the background: at start (after checking sends a stop
// interrupted), every few minutes, and at once when a message is queued or the merchant asks. The
// work runs on a thread of its own with its own database connection; the passwords come from the
// keychain. One round at a time; a round asked for meanwhile follows the current one.
class MailService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 5 * 60 * 1000;
    // The secrets' names (see settings::Secrets::shopKey).
    static constexpr auto kSmtpSecret = "mail.smtp.password";
    static constexpr auto kImapSecret = "mail.imap.password";

    explicit MailService(QObject* parent = nullptr);
    ~MailService() override;

    void setDatabase(comptoir::storage::DatabasePtr database);
    // Starts a round now (or right after the current one).
    void syncNow();
    bool isRunning() const { return m_running; }
    QDateTime lastRound() const { return m_lastRound; }

Q_SIGNALS:
    void started();
    // After each round: what was sent and fetched; `error` says why a part could not be done.
    void finished(const comptoir::messages::SendReport& sent, const comptoir::messages::FetchReport& fetched,
        const QString& error);

private:
    void begin(const QString& smtpPassword, const QString& imapPassword);
    void done();

    comptoir::storage::DatabasePtr m_database;
    QTimer* m_timer;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_again = false;
    bool m_recovered = false; // interrupted sends checked once per shop
    QDateTime m_lastRound;
    comptoir::messages::SendReport m_sent;
    comptoir::messages::FetchReport m_fetched;
    QString m_error;
};
