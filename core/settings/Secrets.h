#pragma once

#include "common/Result.h"
#include "settings/SecretStore.h"
#include "storage/Database.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace comptoir::settings {

// The application's secrets: kept in the keychain (a SecretStore); on a computer without one, kept in
// memory for this session only and said so, never written anywhere else. Keys are namespaced per
// shop with shopKey(), so two shops on one computer keep their own La Poste key or mail password.
class Secrets final : public QObject
{
    Q_OBJECT

public:
    // Where a written secret went.
    enum class Kept
    {
        Keychain,
        SessionOnly, // no keychain: forgotten when Comptoir closes
    };
    using ReadDone = SecretStore::ReadDone;
    using WriteDone = std::function<void(const Result<Kept>&)>;
    using Done = SecretStore::Done;

    // `store`: where secrets are kept for good (the keychain; a MemorySecretStore in tests).
    explicit Secrets(std::unique_ptr<SecretStore> store, QObject* parent = nullptr);
    ~Secrets() override;

    // The application's secrets, in the keychain unless setApplicationStore() said otherwise.
    static Secrets& application();
    // Replaces where the application keeps its secrets (tests: a MemorySecretStore); null: the keychain.
    // Secrets kept for the session are forgotten.
    static void setApplicationStore(std::unique_ptr<SecretStore> store);

    // The key of a shop's secret: "<name>/<shop id>" ("laposte.api_key/3f2a…"); the shop id is made
    // and saved in the shop the first time.
    static Result<QString> shopKey(const storage::DatabasePtr& database, const QString& name);

    // The secret kept for this session, else the store's; an empty string when there is none. A
    // store found missing answers empty (and keychainAvailable() turns false), not an error.
    void read(const QString& key, QObject* context, ReadDone done);
    void write(const QString& key, const QString& value, QObject* context, WriteDone done);
    void remove(const QString& key, QObject* context, Done done);

    // False once the store answered that the computer has no keychain.
    bool keychainAvailable() const { return m_available; }
    SecretStore* store() const { return m_store.get(); }

Q_SIGNALS:
    void keychainAvailabilityChanged(bool available);

private:
    void noteAvailability(const Status& status);

    std::unique_ptr<SecretStore> m_store;
    QHash<QString, QString> m_session; // kept only while Comptoir runs, when there is no keychain
    QHash<QString, int> m_changes; // writes and removes asked per key, so the last one asked wins
    bool m_available = true;
};

} // namespace comptoir::settings
