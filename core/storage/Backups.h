#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir::storage {

class Database;

// Copies of the shop file in a folder beside it: daily (rotated), manual, and before every schema
// update or restore. Backups are consistent snapshots taken with VACUUM INTO while the shop is open.
class Backups final
{
public:
    enum class Kind
    {
        Daily,
        Manual,
        BeforeMigration,
        BeforeRestore,
    };

    struct Entry
    {
        QString path;
        Kind kind = Kind::Manual;
        QDateTime createdAt; // UTC
        qint64 size = 0;
    };

    static constexpr int kDefaultKeep = 7;
    static constexpr auto kKeepSettingKey = "backup.keep";

    explicit Backups(const Database& database);

    // "<folder of the shop>/<shop name>-backups".
    static QString folderFor(const QString& databasePath);
    QString folder() const;

    Result<QString> create(Kind kind);
    // Makes today's daily backup unless there is one, then keeps only the newest `keep` daily ones
    // (the number stored in the settings, 7 by default).
    Status ensureDaily();
    Status rotate(int keep) const;
    QList<Entry> list() const { return listFor(databasePath()); }
    // The backups of the shop file at `databasePath`, newest first.
    static QList<Entry> listFor(const QString& databasePath);

    // Checks that `backupPath` is an intact Comptoir database this version can open.
    static Status verify(const QString& backupPath);
    // Replaces the (closed) shop file with a verified backup; the replaced file is kept in the backup
    // folder as a "before-restore" copy. Returns the path of that copy.
    static Result<QString> restore(const QString& databasePath, const QString& backupPath, const QDateTime& now);

    static QString kindName(Kind kind);

private:
    QString databasePath() const;
    const Database& m_database;
};

} // namespace comptoir::storage
