#pragma once

#include "settings/SecretStore.h"

#include <QHash>

namespace comptoir::settings {

// Secrets in memory, for tests and headless runs: gone when the process ends. It can play a
// computer without a keychain (setAvailable(false)), to test what the application does then.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& value, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;

    // Unavailable: every call fails with Error::Code::Unavailable, as a keychain the computer lacks.
    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString& key) const { return m_secrets.contains(key); }
    QString value(const QString& key) const { return m_secrets.value(key); }

private:
    Status availability() const;

    QHash<QString, QString> m_secrets;
    bool m_available = true;
};

} // namespace comptoir::settings
