#include "common/Clock.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/TempShop.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

using namespace comptoir;
using namespace comptoir::storage;

// Backups: consistent copies, daily rotation, restore that verifies before it swaps.
class TestBackups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupAndRestoreRoundTrip()
    {
        TempShop shop;
        auto database = shop.openDemo(30, 60);
        QVERIFY(database);
        const qint64 orders
            = scalar(database->connection(), QStringLiteral("SELECT count(*) FROM orders")).value().toLongLong();
        auto backup = Backups(*database).create(Backups::Kind::Manual);
        QVERIFY2(backup, qPrintable(backup.ok() ? QString() : backup.error().toString()));
        QVERIFY(QFileInfo(*backup).fileName().endsWith(QStringLiteral("-manual.db")));
        QVERIFY(Backups::verify(*backup).ok());

        // Lose data after the backup, then restore it.
        for (const char* table :
            {"review_photos", "review_causes", "review_requests", "reviews", "message_attachments", "messages",
                "threads", "return_lines", "returns", "order_reservations", "tracking_events", "shipments"})
            QVERIFY(execute(database->connection(), QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))).ok());
        QVERIFY(execute(database->connection(), QStringLiteral("DELETE FROM order_lines")).ok());
        QVERIFY(execute(database->connection(), QStringLiteral("DELETE FROM orders")).ok());
        database->close();
        database.reset();
        auto kept
            = Backups::restore(shop.path(), *backup, QDateTime(QDate(2026, 11, 21), QTime(8, 0), QTimeZone::utc()));
        QVERIFY2(kept, qPrintable(kept.ok() ? QString() : kept.error().toString()));
        QVERIFY(QFile::exists(*kept)); // the replaced file is kept, so a restore can be undone
        QVERIFY(kept->endsWith(QStringLiteral("-before-restore.db")));

        auto reopened = shop.open();
        QVERIFY(reopened);
        QCOMPARE(
            scalar(reopened->connection(), QStringLiteral("SELECT count(*) FROM orders")).value().toLongLong(), orders);
        QVERIFY(orders > 0);
    }

    void corruptBackupIsRefused()
    {
        TempShop shop;
        auto database = shop.openDemo(20, 30);
        QVERIFY(database);
        auto backup = Backups(*database).create(Backups::Kind::Manual);
        QVERIFY(backup);
        QFile file(*backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(4096 * 3, '\x5A'));
        file.close();
        const Status verified = Backups::verify(*backup);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, Error::Code::Corrupt);
        QVERIFY(verified.error().where.endsWith(QFileInfo(*backup).fileName()));

        // Restoring it fails and leaves the shop as it was.
        database->close();
        database.reset();
        auto restored = Backups::restore(shop.path(), *backup, QDateTime::currentDateTimeUtc());
        QVERIFY(!restored);
        auto reopened = shop.open();
        QVERIFY(reopened);
        QVERIFY(
            scalar(reopened->connection(), QStringLiteral("SELECT count(*) FROM variants")).value().toLongLong() > 0);
    }

    void foreignFileIsRefused()
    {
        TempShop shop;
        const QString text = shop.folder() + QStringLiteral("/notes.db");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        const Status verified = Backups::verify(text);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, Error::Code::NotAComptoirDatabase);
    }

    void dailyBackupsRotate()
    {
        TempShop shop;
        FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc()));
        Database::Options options;
        options.clock = &clock;
        auto database = shop.open(options);
        QVERIFY(database);
        QVERIFY(execute(
            database->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup.keep', '3')"))
                    .ok());
        Backups backups(*database);
        for (int day = 0; day < 6; ++day) {
            clock.set(QDateTime(QDate(2026, 11, 1 + day), QTime(12, 0), QTimeZone::utc()));
            QVERIFY(backups.ensureDaily().ok());
            QVERIFY(backups.ensureDaily().ok()); // twice the same day: still one backup for that day
        }
        const auto entries = backups.list();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().createdAt.date(), QDate(2026, 11, 6));
        QCOMPARE(entries.last().createdAt.date(), QDate(2026, 11, 4));
        for (const auto& entry : entries)
            QCOMPARE(entry.kind, Backups::Kind::Daily);

        // Manual backups are never rotated away.
        QVERIFY(backups.create(Backups::Kind::Manual));
        clock.set(QDateTime(QDate(2026, 11, 9), QTime(12, 0), QTimeZone::utc()));
        QVERIFY(backups.ensureDaily().ok());
        const auto after = backups.list();
        QCOMPARE(
            std::count_if(after.begin(), after.end(), [](const auto& e) { return e.kind == Backups::Kind::Manual; }),
            1);
        QCOMPARE(
            std::count_if(after.begin(), after.end(), [](const auto& e) { return e.kind == Backups::Kind::Daily; }), 3);
    }

    void backupIntoReadOnlyFolderFails()
    {
        TempShop shop;
        auto database = shop.open();
        QVERIFY(database);
        // A file where the backup folder should be: the folder cannot be created.
        QFile blocker(Backups::folderFor(shop.path()));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto made = Backups(*database).create(Backups::Kind::Manual);
        QVERIFY(!made);
        QCOMPARE(made.error().code, Error::Code::Io);
        QVERIFY(!made.error().where.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "TestBackups.moc"
