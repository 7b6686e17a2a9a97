#include "messages/MailService.h"

#include "settings/Secrets.h"

#include <QThread>
#include <QTimer>

using comptoir::messages::MailAccount;
using comptoir::messages::MailSync;
using comptoir::settings::Secrets;

MailService::MailService(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &MailService::syncNow);
}

MailService::~MailService()
{
    if (m_thread) {
        if (m_cancel)
            m_cancel->store(true);
        m_thread->wait();
    }
}

void MailService::setDatabase(comptoir::storage::DatabasePtr database)
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
    m_database = std::move(database);
    m_recovered = false;
    m_again = false;
    if (m_database) {
        m_timer->start();
        QTimer::singleShot(0, this, &MailService::syncNow);
    } else {
        m_timer->stop();
    }
}

void MailService::syncNow()
{
    if (!m_database)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    auto account = MailAccount::load(m_database);
    if (!account || (!account->canSend() && !account->canFetch()))
        return; // no account: nothing to do, quietly
    m_running = true;
    Q_EMIT started();
    auto smtpKey = Secrets::shopKey(m_database, QString::fromLatin1(kSmtpSecret));
    auto imapKey = Secrets::shopKey(m_database, QString::fromLatin1(kImapSecret));
    if (!smtpKey || !imapKey) {
        m_running = false;
        Q_EMIT finished({}, {}, (!smtpKey ? smtpKey.error() : imapKey.error()).toString());
        return;
    }
    Secrets::application().read(*smtpKey, this, [this, imapKey = *imapKey](const comptoir::Result<QString>& smtp) {
        const QString smtpPassword = smtp ? *smtp : QString();
        Secrets::application().read(imapKey, this, [this, smtpPassword](const comptoir::Result<QString>& imap) {
            begin(smtpPassword, imap ? *imap : QString());
        });
    });
}

void MailService::begin(const QString& smtpPassword, const QString& imapPassword)
{
    auto account = MailAccount::load(m_database);
    if (!account) {
        m_running = false;
        Q_EMIT finished({}, {}, account.error().toString());
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto database = m_database;
    const bool recover = !m_recovered;
    m_recovered = true;
    auto cancel = m_cancel;
    m_sent = {};
    m_fetched = {};
    m_error.clear();
    m_thread = QThread::create([this, database, account = *account, smtpPassword, imapPassword, recover, cancel] {
        MailSync sync(database, account, smtpPassword, imapPassword);
        QStringList errors;
        if (recover && account.canFetch()) {
            if (auto recovered = sync.recoverInterrupted(cancel.get()); !recovered)
                errors << recovered.error().toString();
        }
        if (account.canSend()) {
            if (auto sent = sync.sendDue(cancel.get()); sent) {
                m_sent = *sent;
                if (!sent->lastError.isEmpty())
                    errors << sent->lastError;
            } else {
                errors << sent.error().toString();
            }
        }
        if (account.canFetch() && !cancel->load()) {
            if (auto fetched = sync.fetchNew(200, cancel.get()); fetched)
                m_fetched = *fetched;
            else
                errors << fetched.error().toString();
        }
        m_error = errors.join(QLatin1Char('\n'));
        database->releaseThreadConnection();
    });
    connect(m_thread, &QThread::finished, this, &MailService::done);
    m_thread->start();
}

void MailService::done()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_running = false;
    m_lastRound = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(m_sent, m_fetched, m_error);
    if (m_again || m_fetched.more) {
        m_again = false;
        QTimer::singleShot(0, this, &MailService::syncNow);
    }
}
