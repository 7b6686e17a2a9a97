#include "storage/Backups.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace comptoir::storage {

namespace {

const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

Backups::Backups(const Database& database)
    : m_database(database)
{ }

QString Backups::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString Backups::folder() const
{
    return folderFor(m_database.path());
}

QString Backups::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::Manual:
        return QStringLiteral("manual");
    case Kind::BeforeMigration:
        return QStringLiteral("before-update");
    case Kind::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return {};
}

Result<QString> Backups::create(Kind kind)
{
    if (!QDir().mkpath(folder()))
        return Error(Error::Code::Io, QCoreApplication::translate("Backups", "Could not create the backup folder."),
            QDir::toNativeSeparators(folder()));
    const QString stamp = m_database.clock().now().toUTC().toString(kTimeFormat);
    const QString base = QFileInfo(m_database.path()).completeBaseName();
    QString target = QDir(folder()).filePath(QStringLiteral("%1-%2-%3.db").arg(base, stamp, kindName(kind)));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder()).filePath(QStringLiteral("%1-%2-%3-%4.db").arg(base, stamp, kindName(kind)).arg(n));
    // VACUUM INTO writes a consistent, compact copy while readers and writers carry on. It writes
    // under a temporary name, renamed once complete: a copy cut short (full disk, the app quitting)
    // is never taken for a backup.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        Error error = sqlError(
            query, QCoreApplication::translate("Backups", "The backup could not be written (is the disk full?)."));
        error.where = QDir::toNativeSeparators(target);
        return error;
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error(Error::Code::Io,
            QCoreApplication::translate("Backups", "The backup could not be written (is the disk full?)."),
            QDir::toNativeSeparators(target));
    }
    return target;
}

QString Backups::databasePath() const
{
    return m_database.path();
}

QList<Backups::Entry> Backups::listFor(const QString& databasePath)
{
    static const QRegularExpression pattern(QStringLiteral("-(\\d{8}-\\d{6})-([a-z-]+?)(?:-\\d+)?\\.db$"));
    QList<Entry> entries;
    const QDir dir(folderFor(databasePath));
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.db")}, QDir::Files)) {
        const auto match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        Entry entry;
        entry.path = info.absoluteFilePath();
        entry.createdAt = QDateTime::fromString(match.captured(1), kTimeFormat);
        entry.createdAt.setTimeZone(QTimeZone::utc());
        entry.size = info.size();
        const QString kind = match.captured(2);
        for (Kind k : {Kind::Daily, Kind::Manual, Kind::BeforeMigration, Kind::BeforeRestore}) {
            if (kind == kindName(k))
                entry.kind = k;
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return entries;
}

Status Backups::ensureDaily()
{
    const QDate today = m_database.clock().now().toLocalTime().date();
    for (const Entry& entry : list()) {
        if (entry.kind == Kind::Daily && entry.createdAt.toLocalTime().date() == today)
            return {};
    }
    if (auto made = create(Kind::Daily); !made)
        return made.error();
    int keep = kDefaultKeep;
    auto stored = scalar(m_database.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"),
        {QString::fromLatin1(kKeepSettingKey)});
    if (stored && stored->isValid() && stored->toInt() > 0)
        keep = stored->toInt();
    return rotate(keep);
}

Status Backups::rotate(int keep) const
{
    int seen = 0;
    for (const Entry& entry : list()) {
        if (entry.kind != Kind::Daily)
            continue;
        if (++seen > keep && !QFile::remove(entry.path))
            return Error(Error::Code::Io, QCoreApplication::translate("Backups", "Could not remove an old backup."),
                QDir::toNativeSeparators(entry.path));
    }
    return {};
}

Status Backups::verify(const QString& backupPath)
{
    const QString where = QDir::toNativeSeparators(backupPath);
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            Error::Code::NotFound, QCoreApplication::translate("Backups", "The backup cannot be read."), where);
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error(Error::Code::NotAComptoirDatabase,
            QCoreApplication::translate("Backups", "This file is not a Comptoir backup."), where);
    file.close();

    Status status;
    const QString name = QStringLiteral("comptoir-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(backupPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            status = sqlError(db, QCoreApplication::translate("Backups", "The backup cannot be opened."));
        } else {
            auto id = scalar(db, QStringLiteral("PRAGMA application_id"));
            auto version = schemaVersion(db);
            auto check = scalar(db, QStringLiteral("PRAGMA integrity_check"));
            if (!id || !version || !check)
                status = Error(Error::Code::Corrupt,
                    QCoreApplication::translate("Backups", "The backup is damaged and cannot be restored."), where,
                    !id            ? id.error().detail
                        : !version ? version.error().detail
                                   : check.error().detail);
            else if (id->toInt() != Database::kApplicationId)
                status = Error(Error::Code::NotAComptoirDatabase,
                    QCoreApplication::translate("Backups", "This file is not a Comptoir backup."), where);
            else if (*version > Database::latestSchemaVersion())
                status = Error(Error::Code::NewerSchema,
                    QCoreApplication::translate("Backups", "This backup was made by a newer version of Comptoir."),
                    where);
            else if (check->toString() != QLatin1String("ok"))
                status = Error(Error::Code::Corrupt,
                    QCoreApplication::translate("Backups", "The backup is damaged and cannot be restored."), where,
                    check->toString());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!status.ok() && status.error().where.isEmpty()) {
        Error error = status.error();
        error.where = where;
        return error;
    }
    return status;
}

Result<QString> Backups::restore(const QString& databasePath, const QString& backupPath, const QDateTime& now)
{
    if (auto verified = verify(backupPath); !verified)
        return verified.error();
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return Error(Error::Code::Io, QCoreApplication::translate("Backups", "Could not create the backup folder."),
            QDir::toNativeSeparators(folder));

    // Copy first, then swap with renames: the shop file is never half-written.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error(Error::Code::Io,
            QCoreApplication::translate("Backups", "Could not copy the backup (is the disk full?)."),
            QDir::toNativeSeparators(incoming));
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    const QString base = QFileInfo(databasePath).completeBaseName();
    const QString kept = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.db").arg(base, now.toUTC().toString(kTimeFormat), kindName(Kind::BeforeRestore)));
    if (QFileInfo::exists(databasePath)) {
        QFile::remove(kept);
        if (!QFile::rename(databasePath, kept)) {
            QFile::remove(incoming);
            return Error(Error::Code::Io,
                QCoreApplication::translate("Backups", "Could not set the current shop file aside."),
                QDir::toNativeSeparators(databasePath));
        }
    }
    // A cleanly closed database has no -wal file; after a crash it may hold committed changes, so it
    // goes along with the set-aside copy and can never be replayed onto the restored file.
    for (const auto* suffix : {"-wal", "-shm"}) {
        const QString journal = databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(journal)) {
            QFile::remove(kept + QLatin1String(suffix));
            QFile::rename(journal, kept + QLatin1String(suffix));
        }
    }
    if (!QFile::rename(incoming, databasePath)) {
        QFile::rename(kept, databasePath);
        return Error(Error::Code::Io, QCoreApplication::translate("Backups", "Could not put the backup in place."),
            QDir::toNativeSeparators(databasePath));
    }
    return kept;
}

} // namespace comptoir::storage
