#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace comptoir::settings {

// Where secrets (API keys, mail passwords) are kept for good: the computer's keychain, or memory in
// tests. Each call answers once through `done`, later (never from inside the call), and not at all
// once `context` is gone. A store the computer does not have answers Error::Code::Unavailable.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    // The secret, or an empty string when none is kept under the key.
    using ReadDone = std::function<void(const Result<QString>&)>;
    using Done = std::function<void(const Status&)>;

    using QObject::QObject;

    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& value, QObject* context, Done done) = 0;
    // Removing a key that holds nothing succeeds.
    virtual void remove(const QString& key, QObject* context, Done done) = 0;
};

} // namespace comptoir::settings
