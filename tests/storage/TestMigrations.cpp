#include "health/ShopCheck.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "support/TempShop.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::storage;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A raw connection for setting up fixtures behind Comptoir's back.
class RawConnection
{
public:
    explicit RawConnection(const QString& path, const QString& options = {})
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(options);
        m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    bool exec(const QString& sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql);
    }
    QSqlDatabase& db() { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace

// Schema versions: creation, step-by-step upgrades, refusals that leave files untouched.
class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsStatementsAndTriggers()
    {
        const auto statements = Migrator::splitStatements(QStringLiteral(
            "-- a comment\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
            "  UPDATE a SET x = 'y';\n  SELECT 1;\nEND;\nCREATE INDEX i ON a(x);\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements[1].endsWith(QStringLiteral("END;")));
    }

    void createsFromEmpty()
    {
        TempShop shop;
        auto database = shop.open();
        QVERIFY(database);
        QCOMPARE(schemaVersion(database->connection()).value(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(scalar(database->connection(), QStringLiteral("PRAGMA application_id")).value().toInt(),
            Database::kApplicationId);
        QCOMPARE(scalar(database->connection(), QStringLiteral("PRAGMA journal_mode")).value().toString(),
            QStringLiteral("wal"));
        QCOMPARE(scalar(database->connection(), QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
        // A new shop has no backup: there is nothing to lose yet.
        QVERIFY(Backups(*database).list().isEmpty());
    }

    void upgradesFromEveryOlderVersion()
    {
        const Migrator builtIn = Migrator::builtIn();
        for (int from = 1; from < builtIn.latestVersion(); ++from) {
            TempShop shop;
            {
                RawConnection raw(shop.path());
                QVERIFY(builtIn.migrate(raw.db(), from).ok());
                QCOMPARE(schemaVersion(raw.db()).value(), from);
            }
            auto database = shop.open();
            QVERIFY2(database, qPrintable(QStringLiteral("from version %1").arg(from)));
            QCOMPARE(schemaVersion(database->connection()).value(), builtIn.latestVersion());
            // The file was backed up before the update.
            const auto backups = Backups(*database).list();
            QVERIFY(std::any_of(backups.begin(), backups.end(),
                [](const Backups::Entry& e) { return e.kind == Backups::Kind::BeforeMigration; }));
        }
        // Migrations are numbered without gaps from 1.
        int expected = 1;
        for (const auto& migration : builtIn.migrations())
            QCOMPARE(migration.version, expected++);
    }

    // Shops saved by every released schema version (tests/data/schema/vN.db, a small demo shop
    // each) open with the current one, keep their data and pass the health check.
    void upgradesReleasedFixtures()
    {
        const QDir fixtures(QStringLiteral(COMPTOIR_TEST_DATA "/schema"));
        const QStringList files = fixtures.entryList({QStringLiteral("v*.db")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= Migrator::builtIn().latestVersion() - 1);
        for (const QString& file : files) {
            TempShop shop;
            QVERIFY(QFile::copy(fixtures.filePath(file), shop.path()));
            QFile::setPermissions(shop.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            qint64 variants = 0, movements = 0, orders = 0;
            {
                RawConnection raw(shop.path());
                variants = scalar(raw.db(), QStringLiteral("SELECT count(*) FROM variants")).value().toLongLong();
                movements
                    = scalar(raw.db(), QStringLiteral("SELECT count(*) FROM stock_movements")).value().toLongLong();
                orders = scalar(raw.db(), QStringLiteral("SELECT count(*) FROM orders")).value().toLongLong();
            }
            QVERIFY(variants > 0 && movements > 0 && orders > 0);
            auto database = shop.open();
            QVERIFY2(database, qPrintable(file));
            const auto db = database->connection();
            QCOMPARE(schemaVersion(db).value(), Migrator::builtIn().latestVersion());
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM variants")).value().toLongLong(), variants);
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements")).value().toLongLong(), movements);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM orders")).value().toLongLong(), orders);
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
            const auto ftsCheck = execute(
                db, QStringLiteral("INSERT INTO variants_fts(variants_fts, rank) VALUES ('integrity-check', 1)"));
            QVERIFY2(ftsCheck.ok(), qPrintable(ftsCheck.ok() ? QString() : ftsCheck.error().toString()));
            // Every variant is in the search index, now with its product's description.
            const qint64 described = scalar(db,
                QStringLiteral("SELECT count(*) FROM variants_fts WHERE variants_fts MATCH 'description:fabrication'"))
                                         .value()
                                         .toLongLong();
            QCOMPARE(described, variants);
            if (file == QLatin1String("v2.db")) {
                // Its open orders (a paid one, one on hold) now hold their stock line by line.
                QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM order_reservations")).value().toLongLong(), 2);
                QCOMPARE(scalar(db, QStringLiteral("SELECT held_from FROM orders WHERE status = 'on_hold'"))
                             .value()
                             .toString(),
                    QStringLiteral("paid"));
            }
            if (file == QLatin1String("v3.db")) {
                // Parcels of delivered orders were delivered that day; the one still on its way is watched.
                QCOMPARE(scalar(db,
                             QStringLiteral("SELECT count(*) FROM shipments s JOIN orders o ON o.id = s.order_id "
                                            "WHERE s.state = 'delivered' AND s.delivered_at = o.delivered_at"))
                             .value()
                             .toLongLong(),
                    9);
                QCOMPARE(scalar(db,
                             QStringLiteral("SELECT count(*) FROM shipments WHERE state = 'label_created' AND "
                                            "delivered_at IS NULL AND handled_at IS NULL"))
                             .value()
                             .toLongLong(),
                    1);
                QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tracking_events")).value().toLongLong(), 0);
            }
            if (file == QLatin1String("v4.db")) {
                // Parcels and their tracking kept; no conversation yet, the messages search ready.
                QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM shipments")).value().toLongLong(), 88);
                QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tracking_events")).value().toLongLong(), 9);
                QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM threads")).value().toLongLong(), 0);
                QVERIFY(execute(db,
                    QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES "
                                   "('integrity-check', 1)"))
                            .ok());
            }
            if (file == QLatin1String("v5.db")) {
                // Conversations kept; no review yet, the reviews search ready.
                QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM threads")).value().toLongLong(), 3);
                QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")).value().toLongLong(), 6);
                QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM reviews")).value().toLongLong(), 0);
                QVERIFY(execute(
                    db, QStringLiteral("INSERT INTO reviews_fts(reviews_fts, rank) VALUES ('integrity-check', 1)"))
                            .ok());
            }
            auto problems = health::ShopCheck(database).run();
            QVERIFY(problems);
            QVERIFY2(problems->isEmpty(), qPrintable(problems->isEmpty() ? QString() : problems->first().what));
        }
    }

    void failingMigrationRollsBack()
    {
        TempShop shop;
        RawConnection raw(shop.path());
        Migrator migrator({{1, QStringLiteral("first"), {QStringLiteral("CREATE TABLE one (x INTEGER)")}},
            {2, QStringLiteral("broken"),
                {QStringLiteral("CREATE TABLE two (x INTEGER)"), QStringLiteral("INSERT INTO nowhere VALUES (1)")}}});
        const Status status = migrator.migrate(raw.db());
        QVERIFY(!status.ok());
        QVERIFY2(
            status.error().where.contains(QStringLiteral("0002_broken.sql")), qPrintable(status.error().toString()));
        QCOMPARE(schemaVersion(raw.db()).value(), 1);
        QVERIFY(raw.exec(QStringLiteral("SELECT * FROM one")));
        QVERIFY(!raw.exec(QStringLiteral("SELECT * FROM two"))); // created inside the failed step: rolled back
    }

    void refusesNewerSchema()
    {
        TempShop shop;
        {
            auto database = shop.open();
            QVERIFY(database);
            QVERIFY(execute(database->connection(), QStringLiteral("PRAGMA user_version = 999")).ok());
            database->close();
        }
        const QByteArray before = fileHash(shop.path());
        auto reopened = Database::open(shop.path());
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().code, Error::Code::NewerSchema);
        QVERIFY(reopened.error().message.contains(QStringLiteral("newer version")));
        QVERIFY(reopened.error().where.endsWith(QStringLiteral("shop.db")));
        QCOMPARE(fileHash(shop.path()), before);
    }

    void refusesForeignSqliteFile()
    {
        TempShop shop;
        {
            RawConnection raw(shop.path());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        }
        const QByteArray before = fileHash(shop.path());
        auto opened = Database::open(shop.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotAComptoirDatabase);
        QCOMPARE(fileHash(shop.path()), before);
    }

    void refusesTextFile()
    {
        TempShop shop;
        QFile file(shop.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SKU;Name\nA;B\n");
        file.close();
        auto opened = Database::open(shop.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotAComptoirDatabase);
        QVERIFY(opened.error().message.contains(QStringLiteral("not a Comptoir")));
    }

    void refusesCorruptFile()
    {
        TempShop shop;
        {
            auto database = shop.openDemo(20, 40);
            QVERIFY(database);
            database->close();
        }
        // Keep the SQLite header, destroy the pages that follow it.
        QFile file(shop.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(8192, '\xAB'));
        file.close();
        const QByteArray before = fileHash(shop.path());
        auto opened = Database::open(shop.path());
        QVERIFY(!opened);
        QVERIFY2(
            opened.error().code == Error::Code::Corrupt || opened.error().code == Error::Code::NotAComptoirDatabase,
            qPrintable(opened.error().toString()));
        QCOMPARE(fileHash(shop.path()), before);
    }

    void readOnlyFileIsReported()
    {
        TempShop shop;
        {
            auto database = shop.open();
            QVERIFY(database);
            database->close();
        }
        QFile::setPermissions(shop.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        auto opened = Database::open(shop.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::ReadOnly);
        QVERIFY(opened.error().message.contains(QStringLiteral("read-only")));
        QFile::setPermissions(shop.path(), QFile::ReadOwner | QFile::WriteOwner);
    }

    void lockedFileIsReported()
    {
        TempShop shop;
        {
            auto database = shop.open();
            QVERIFY(database);
            database->close();
        }
        // Another program holds an exclusive lock (rollback journal mode, exclusive locking).
        RawConnection other(shop.path());
        QVERIFY(other.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        Database::Options options;
        options.busyTimeoutMs = 100;
        auto opened = Database::open(shop.path(), options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Locked);
        QVERIFY(opened.error().message.contains(QStringLiteral("in use by another program")));
        other.exec(QStringLiteral("ROLLBACK"));
    }

    void missingFileWhenOpeningExisting()
    {
        TempShop shop;
        Database::Options options;
        options.mode = Database::OpenMode::OpenExisting;
        auto opened = Database::open(shop.path(), options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(shop.path()));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
