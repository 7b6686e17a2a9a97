#pragma once

#include "settings/SecretStore.h"

namespace comptoir::settings {

// Secrets in the computer's keychain through QtKeychain (Secret Service or KWallet on Linux, the
// Keychain on macOS, the Credential Manager on Windows), under one service name. Never falls back to
// a plain file: without a keychain every call fails with Error::Code::Unavailable.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr auto kDefaultService = "Comptoir";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(kDefaultService), QObject* parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& value, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;

private:
    QString m_service;
};

} // namespace comptoir::settings
