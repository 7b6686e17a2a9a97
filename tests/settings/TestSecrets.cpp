#include "settings/KeychainSecretStore.h"
#include "settings/MemorySecretStore.h"
#include "settings/Secrets.h"
#include "support/TempShop.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace comptoir;
using namespace comptoir::settings;

namespace {

// The answer of one asynchronous call, waited for with QTRY_VERIFY.
template <typename T> struct Answer
{
    std::optional<T> value;
    std::function<void(const T&)> callback()
    {
        return [this](const T& answer) { value = answer; };
    }
};

} // namespace

// Secrets kept in the keychain, in memory for the session when there is none, never elsewhere.
class TestSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No Secret Service can answer: the keychain must say it is missing, not crash or hang.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/comptoir-test-bus");
    }

    void memoryStoreRoundTrip()
    {
        MemorySecretStore store;
        Answer<Result<QString>> none;
        store.read(QStringLiteral("laposte.api_key/a"), this, none.callback());
        QVERIFY(!none.value); // later, never from inside the call
        QTRY_VERIFY(none.value);
        QVERIFY(none.value->ok());
        QCOMPARE(none.value->value(), QString());

        Answer<Status> written;
        store.write(QStringLiteral("laposte.api_key/a"), QStringLiteral("secret-a"), this, written.callback());
        QTRY_VERIFY(written.value);
        QVERIFY(written.value->ok());
        Answer<Result<QString>> read;
        store.read(QStringLiteral("laposte.api_key/a"), this, read.callback());
        QTRY_VERIFY(read.value);
        QCOMPARE(read.value->value(), QStringLiteral("secret-a"));

        Answer<Status> removed;
        store.remove(QStringLiteral("laposte.api_key/a"), this, removed.callback());
        QTRY_VERIFY(removed.value);
        QVERIFY(removed.value->ok());
        QVERIFY(!store.contains(QStringLiteral("laposte.api_key/a")));
        Answer<Status> removedAgain;
        store.remove(QStringLiteral("laposte.api_key/a"), this, removedAgain.callback());
        QTRY_VERIFY(removedAgain.value);
        QVERIFY(removedAgain.value->ok());
    }

    void noAnswerOnceTheContextIsGone()
    {
        MemorySecretStore store;
        auto* context = new QObject;
        bool called = false;
        store.read(QStringLiteral("k"), context, [&called](const Result<QString>&) { called = true; });
        delete context;
        Answer<Result<QString>> after;
        store.read(QStringLiteral("k"), this, after.callback());
        QTRY_VERIFY(after.value); // answers come in order: the first one would have come by now
        QVERIFY(!called);
    }

    void secretsKeptInTheStore()
    {
        auto* memory = new MemorySecretStore;
        Secrets secrets {std::unique_ptr<SecretStore>(memory)};
        Answer<Result<Secrets::Kept>> written;
        secrets.write(QStringLiteral("smtp.password/x"), QStringLiteral("p4ss"), this, written.callback());
        QTRY_VERIFY(written.value);
        QVERIFY(written.value->ok());
        QCOMPARE(written.value->value(), Secrets::Kept::Keychain);
        QCOMPARE(memory->value(QStringLiteral("smtp.password/x")), QStringLiteral("p4ss"));
        QVERIFY(secrets.keychainAvailable());

        Answer<Status> removed;
        secrets.remove(QStringLiteral("smtp.password/x"), this, removed.callback());
        QTRY_VERIFY(removed.value);
        QVERIFY(removed.value->ok());
        QVERIFY(!memory->contains(QStringLiteral("smtp.password/x")));
    }

    void withoutKeychainKeptForTheSessionOnly()
    {
        auto* memory = new MemorySecretStore;
        memory->setAvailable(false);
        Secrets secrets {std::unique_ptr<SecretStore>(memory)};
        QSignalSpy availability(&secrets, &Secrets::keychainAvailabilityChanged);

        Answer<Result<QString>> none;
        secrets.read(QStringLiteral("laposte.api_key/s"), this, none.callback());
        QTRY_VERIFY(none.value);
        QVERIFY(none.value->ok()); // nothing kept: not an error
        QCOMPARE(none.value->value(), QString());
        QVERIFY(!secrets.keychainAvailable());
        QCOMPARE(availability.count(), 1);

        Answer<Result<Secrets::Kept>> written;
        secrets.write(QStringLiteral("laposte.api_key/s"), QStringLiteral("k3y"), this, written.callback());
        QTRY_VERIFY(written.value);
        QVERIFY(written.value->ok());
        QCOMPARE(written.value->value(), Secrets::Kept::SessionOnly);
        QVERIFY(!memory->contains(QStringLiteral("laposte.api_key/s")));

        Answer<Result<QString>> read;
        secrets.read(QStringLiteral("laposte.api_key/s"), this, read.callback());
        QTRY_VERIFY(read.value);
        QCOMPARE(read.value->value(), QStringLiteral("k3y"));

        // The keychain comes back (unlocked, started): the secret goes there and the session forgets it.
        memory->setAvailable(true);
        Answer<Result<Secrets::Kept>> again;
        secrets.write(QStringLiteral("laposte.api_key/s"), QStringLiteral("k3y2"), this, again.callback());
        QTRY_VERIFY(again.value);
        QCOMPARE(again.value->value(), Secrets::Kept::Keychain);
        QVERIFY(secrets.keychainAvailable());
        QCOMPARE(availability.count(), 2);
        memory->setAvailable(false);
        Answer<Result<QString>> gone;
        secrets.read(QStringLiteral("laposte.api_key/s"), this, gone.callback());
        QTRY_VERIFY(gone.value);
        QCOMPARE(gone.value->value(), QString());

        Answer<Status> removed;
        secrets.write(QStringLiteral("laposte.api_key/t"), QStringLiteral("t"), this, {});
        secrets.remove(QStringLiteral("laposte.api_key/t"), this, removed.callback());
        QTRY_VERIFY(removed.value);
        QVERIFY(removed.value->ok());
        Answer<Result<QString>> afterRemove;
        secrets.read(QStringLiteral("laposte.api_key/t"), this, afterRemove.callback());
        QTRY_VERIFY(afterRemove.value);
        QCOMPARE(afterRemove.value->value(), QString());
    }

    void otherFailuresAreReported()
    {
        // A refusal that is not a missing keychain is an error, and nothing is kept in its place.
        class RefusingStore final : public SecretStore
        {
        public:
            void read(const QString&, QObject*, ReadDone done) override { done(refused()); }
            void write(const QString&, const QString&, QObject*, Done done) override { done(refused()); }
            void remove(const QString&, QObject*, Done done) override { done(refused()); }
            static Error refused() { return Error(Error::Code::Generic, QStringLiteral("refused")); }
        };
        Secrets secrets {std::make_unique<RefusingStore>()};
        Answer<Result<Secrets::Kept>> written;
        secrets.write(QStringLiteral("k"), QStringLiteral("v"), this, written.callback());
        QTRY_VERIFY(written.value);
        QVERIFY(!written.value->ok());
        QCOMPARE(written.value->error().message, QStringLiteral("refused"));
        QVERIFY(secrets.keychainAvailable());
        Answer<Result<QString>> read;
        secrets.read(QStringLiteral("k"), this, read.callback());
        QTRY_VERIFY(read.value);
        QVERIFY(!read.value->ok());
    }

    void keychainWithoutServiceSaysSo()
    {
        KeychainSecretStore store(QStringLiteral("ComptoirTest"));
        Answer<Status> written;
        store.write(QStringLiteral("test.secret/none"), QStringLiteral("v"), this, written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.value, 30000);
        QVERIFY(!written.value->ok());
        QCOMPARE(written.value->error().code, Error::Code::Unavailable);
        QVERIFY(!written.value->error().message.isEmpty());

        Answer<Result<QString>> read;
        store.read(QStringLiteral("test.secret/none"), this, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.value, 30000);
        QVERIFY(!read.value->ok());
        QCOMPARE(read.value->error().code, Error::Code::Unavailable);

        // Through Secrets: kept for the session, and said so.
        Secrets secrets {std::make_unique<KeychainSecretStore>(QStringLiteral("ComptoirTest"))};
        Answer<Result<Secrets::Kept>> kept;
        secrets.write(QStringLiteral("test.secret/none"), QStringLiteral("v"), this, kept.callback());
        QTRY_VERIFY_WITH_TIMEOUT(kept.value, 30000);
        QVERIFY(kept.value->ok());
        QCOMPARE(kept.value->value(), Secrets::Kept::SessionOnly);
        QVERIFY(!secrets.keychainAvailable());
    }

    void shopKeysAreTheShopsOwn()
    {
        TempShop first;
        TempShop second;
        auto a = first.open();
        auto b = second.open();
        QVERIFY(a && b);
        auto keyA = Secrets::shopKey(a, QStringLiteral("laposte.api_key"));
        QVERIFY(keyA);
        QVERIFY(keyA->startsWith(QStringLiteral("laposte.api_key/")));
        QVERIFY(keyA->size() > QStringLiteral("laposte.api_key/").size());
        auto keyB = Secrets::shopKey(b, QStringLiteral("laposte.api_key"));
        QVERIFY(keyB);
        QVERIFY(*keyA != *keyB);
        a->close();
        auto reopened = first.open();
        auto again = Secrets::shopKey(reopened, QStringLiteral("laposte.api_key"));
        QVERIFY(again);
        QCOMPARE(*again, *keyA); // the same shop finds its secrets again
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "TestSecrets.moc"
