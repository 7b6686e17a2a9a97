#include "settings/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace comptoir::settings {

namespace {

// What a finished keychain job came to. A missing entry is no error: nothing is kept under the key.
Status outcome(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(Error::Code::Unavailable,
            QCoreApplication::translate("Secrets", "No keychain is available on this computer."), {},
            job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(Error::Code::Generic,
            QCoreApplication::translate("Secrets", "The keychain refused access to Comptoir's secrets."), {},
            job.errorString());
    case QKeychain::CouldNotDeleteEntry:
        return Error(Error::Code::Generic,
            QCoreApplication::translate("Secrets", "The keychain could not remove the secret."), {}, job.errorString());
    case QKeychain::OtherError:
        break;
    }
    // On Linux a computer without a Secret Service (no D-Bus session, nothing answering on it) ends
    // here: the keychain cannot be reached at all, which is the same as having none.
    return Error(Error::Code::Unavailable,
        QCoreApplication::translate("Secrets", "The keychain could not be reached: %1").arg(job.errorString()), {},
        job.errorString());
}

// Runs `job` and calls `finish` with it once it is done, unless `context` is gone by then.
void runJob(QKeychain::Job* job, const QString& key, QObject* context, std::function<void(QKeychain::Job&)> finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a secret is never written to a plain file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
        [guard = QPointer<QObject>(context), hadContext = context != nullptr, finish = std::move(finish)](
            QKeychain::Job* done) {
            if (hadContext && !guard)
                return;
            finish(*done);
        });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

void KeychainSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    runJob(job, key, context, [done = std::move(done)](QKeychain::Job& finished) {
        const Status status = outcome(finished);
        if (!status)
            done(status.error());
        else
            done(finished.error() == QKeychain::NoError ? static_cast<QKeychain::ReadPasswordJob&>(finished).textData()
                                                        : QString());
    });
}

void KeychainSecretStore::write(const QString& key, const QString& value, QObject* context, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(value);
    runJob(job, key, context, [done = std::move(done)](QKeychain::Job& finished) { done(outcome(finished)); });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    runJob(job, key, context, [done = std::move(done)](QKeychain::Job& finished) { done(outcome(finished)); });
}

} // namespace comptoir::settings
