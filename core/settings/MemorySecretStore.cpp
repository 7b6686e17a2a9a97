#include "settings/MemorySecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace comptoir::settings {

namespace {

// Answers later, as a real store does, so callers never depend on an answer given inside the call;
// not at all once the store or the caller's context is gone.
template <typename Answer>
void answerLater(QObject* store, QObject* context, std::function<void(const Answer&)> done, Answer answer)
{
    QTimer::singleShot(0, store,
        [guard = QPointer<QObject>(context), hadContext = context != nullptr, done = std::move(done),
            answer = std::move(answer)] {
            if (done && (guard || !hadContext))
                done(answer);
        });
}

} // namespace

Status MemorySecretStore::availability() const
{
    if (m_available)
        return {};
    return Error(Error::Code::Unavailable,
        QCoreApplication::translate("Secrets", "No keychain is available on this computer."), {},
        QStringLiteral("memory store set unavailable"));
}

void MemorySecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    const Status available = availability();
    answerLater<Result<QString>>(
        this, context, std::move(done), available ? Result<QString>(m_secrets.value(key)) : available.error());
}

void MemorySecretStore::write(const QString& key, const QString& value, QObject* context, Done done)
{
    const Status available = availability();
    if (available)
        m_secrets.insert(key, value);
    answerLater<Status>(this, context, std::move(done), available);
}

void MemorySecretStore::remove(const QString& key, QObject* context, Done done)
{
    const Status available = availability();
    if (available)
        m_secrets.remove(key);
    answerLater<Status>(this, context, std::move(done), available);
}

} // namespace comptoir::settings
