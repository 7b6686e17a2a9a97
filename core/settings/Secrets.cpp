#include "settings/Secrets.h"

#include "settings/KeychainSecretStore.h"
#include "settings/ShopSettings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace comptoir::settings {

namespace {

constexpr auto kShopIdKey = "shop.secrets_id";

std::unique_ptr<Secrets>& applicationSecrets()
{
    static std::unique_ptr<Secrets> secrets;
    // Gone with the application object rather than after it: keychain jobs still running are Qt objects.
    static const bool cleanedUp = [] {
        qAddPostRoutine([] { applicationSecrets().reset(); });
        return true;
    }();
    Q_UNUSED(cleanedUp);
    return secrets;
}

// Calls `done` later, unless `context` went away meanwhile, as the stores do.
template <typename Answer> void answerLater(QObject* context, std::function<void(const Answer&)> done, Answer answer)
{
    QTimer::singleShot(0, context, [done = std::move(done), answer = std::move(answer)] {
        if (done)
            done(answer);
    });
}

} // namespace

Secrets::Secrets(std::unique_ptr<SecretStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
{ }

Secrets::~Secrets() = default;

Secrets& Secrets::application()
{
    auto& secrets = applicationSecrets();
    if (!secrets)
        secrets = std::make_unique<Secrets>(std::make_unique<KeychainSecretStore>());
    return *secrets;
}

void Secrets::setApplicationStore(std::unique_ptr<SecretStore> store)
{
    applicationSecrets()
        = std::make_unique<Secrets>(store ? std::move(store) : std::make_unique<KeychainSecretStore>());
}

Result<QString> Secrets::shopKey(const storage::DatabasePtr& database, const QString& name)
{
    ShopSettings settings(database);
    auto id = settings.value(QString::fromLatin1(kShopIdKey));
    if (!id)
        return id.error();
    QString shopId = *id;
    if (shopId.isEmpty()) {
        // Kept in the shop rather than derived from its path, so a moved or restored shop finds its secrets.
        shopId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto saved = settings.setValue(QString::fromLatin1(kShopIdKey), shopId); !saved)
            return saved.error();
    }
    return QString(name + QLatin1Char('/') + shopId);
}

void Secrets::noteAvailability(const Status& status)
{
    const bool available = status.ok() || status.error().code != Error::Code::Unavailable;
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT keychainAvailabilityChanged(m_available);
}

void Secrets::read(const QString& key, QObject* context, ReadDone done)
{
    if (m_session.contains(key)) {
        answerLater<Result<QString>>(context, std::move(done), m_session.value(key));
        return;
    }
    m_store->read(key, context, [this, done = std::move(done)](const Result<QString>& secret) {
        if (secret.ok() || secret.error().code != Error::Code::Unavailable) {
            noteAvailability({});
            if (done)
                done(secret);
            return;
        }
        noteAvailability(secret.error());
        if (done)
            done(QString());
    });
}

void Secrets::write(const QString& key, const QString& value, QObject* context, WriteDone done)
{
    const int change = ++m_changes[key];
    m_store->write(key, value, context, [this, key, value, change, done = std::move(done)](const Status& written) {
        noteAvailability(written);
        // A later write or remove of the same key has the last word.
        const bool latest = m_changes.value(key) == change;
        if (written) {
            if (latest)
                m_session.remove(key);
            if (done)
                done(Kept::Keychain);
        } else if (written.error().code == Error::Code::Unavailable) {
            if (latest)
                m_session.insert(key, value);
            if (done)
                done(Kept::SessionOnly);
        } else if (done) {
            done(written.error());
        }
    });
}

void Secrets::remove(const QString& key, QObject* context, Done done)
{
    ++m_changes[key];
    m_session.remove(key);
    m_store->remove(key, context, [this, done = std::move(done)](const Status& removed) {
        noteAvailability(removed);
        // Nothing can be in a keychain the computer does not have: what the session kept is gone.
        if (done)
            done(removed || removed.error().code == Error::Code::Unavailable ? Status() : removed);
    });
}

} // namespace comptoir::settings
