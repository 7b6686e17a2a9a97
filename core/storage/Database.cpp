#include "storage/Database.h"

#include "storage/Backups.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace comptoir::storage {

namespace {

// Reads the first bytes of an existing file: an SQLite database starts with this header.
enum class FileKind
{
    Missing,
    Empty,
    SQLite,
    Other,
    Unreadable
};

FileKind inspect(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return FileKind::Missing;
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return FileKind::Empty;
    return header == QByteArray("SQLite format 3\0", 16) ? FileKind::SQLite : FileKind::Other;
}

Error openError(const Error& cause, const QString& path)
{
    Error error = cause;
    error.where = QDir::toNativeSeparators(path);
    switch (cause.code) {
    case Error::Code::Locked:
        error.message = QCoreApplication::translate("Database",
            "The shop file is in use by another program (it is locked). Close the other program "
            "or Comptoir window and try again.");
        break;
    case Error::Code::Corrupt:
        error.message = QCoreApplication::translate(
            "Database", "The shop file is damaged and cannot be opened. Restore it from a backup.");
        break;
    case Error::Code::ReadOnly:
        error.message = QCoreApplication::translate(
            "Database", "The shop file is read-only; Comptoir needs to write to it. Check its permissions.");
        break;
    default:
        break;
    }
    return error;
}

} // namespace

int Database::latestSchemaVersion()
{
    static const int latest = Migrator::builtIn().latestVersion();
    return latest;
}

Database::Database(QString path, const Options& options)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("comptoir-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_clock(options.clock)
    , m_busyTimeoutMs(options.busyTimeoutMs)
{ }

Database::~Database()
{
    close();
}

Result<QSqlDatabase> Database::openConnection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open())
        return openError(
            sqlError(db, QCoreApplication::translate("Database", "Could not open the shop file.")), m_path);
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY",
             "PRAGMA cache_size = -32000", "PRAGMA mmap_size = 268435456"}) {
        if (auto done = execute(db, QString::fromLatin1(pragma)); !done)
            return openError(done.error(), m_path);
    }
    return db;
}

namespace {

// The connections this thread opened, by shop; closed when the thread ends.
struct ThreadConnections
{
    QHash<QString, QString> byShop; // connection prefix of the shop → connection name
    ~ThreadConnections()
    {
        for (const QString& name : std::as_const(byShop)) {
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
    }
};
thread_local ThreadConnections t_connections;
std::atomic<quint64> s_connectionCounter {0};

} // namespace

QSqlDatabase Database::connection() const
{
    QString& name = t_connections.byShop[m_connectionPrefix];
    if (!name.isEmpty() && QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    name = m_connectionPrefix + QStringLiteral("-%1").arg(++s_connectionCounter);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.append(name);
    }
    auto db = openConnection(name);
    if (!db)
        qWarning("comptoir: %s", qPrintable(db.error().toString()));
    return QSqlDatabase::database(name, false);
}

void Database::releaseThreadConnection() const
{
    const QString name = t_connections.byShop.take(m_connectionPrefix);
    if (name.isEmpty())
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_connections.removeAll(name);
    }
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

void Database::close()
{
    releaseThreadConnection();
    QMutexLocker lock(&m_mutex);
    // Connections of other threads: removing them closes the driver once nobody holds them.
    for (const QString& name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
}

Result<DatabasePtr> Database::open(const QString& rawPath, const Options& options)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const FileKind kind = inspect(path);
    switch (kind) {
    case FileKind::Missing:
        if (options.mode == OpenMode::OpenExisting)
            return Error(Error::Code::NotFound, QCoreApplication::translate("Database", "There is no shop file here."),
                QDir::toNativeSeparators(path));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error(Error::Code::Io,
                QCoreApplication::translate("Database", "Could not create the folder for the shop file."),
                QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        break;
    case FileKind::Unreadable:
        return Error(Error::Code::ReadOnly,
            QCoreApplication::translate("Database", "The shop file cannot be read. Check its permissions."),
            QDir::toNativeSeparators(path));
    case FileKind::Other:
        return Error(Error::Code::NotAComptoirDatabase,
            QCoreApplication::translate("Database", "This file is not a Comptoir shop database."),
            QDir::toNativeSeparators(path));
    case FileKind::Empty:
    case FileKind::SQLite:
        break;
    }
    // The owner's write bit too: an administrator may write anywhere, but a file its owner made
    // read-only is meant to stay as it is.
    if (kind != FileKind::Missing
        && (!QFileInfo(path).isWritable() || !(QFileInfo(path).permissions() & QFileDevice::WriteOwner)))
        return openError(Error(Error::Code::ReadOnly, {}), path);
    if (kind != FileKind::Missing && !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return Error(Error::Code::ReadOnly,
            QCoreApplication::translate(
                "Database", "The folder of the shop file is read-only; Comptoir needs to write its journal there."),
            QDir::toNativeSeparators(QFileInfo(path).absolutePath()));

    DatabasePtr database(new Database(path, options));
    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return openError(sqlError(db, QCoreApplication::translate("Database", "Could not open the shop file.")), path);

    // Look before touching anything: a foreign or newer file must stay byte for byte as it was.
    auto applicationId = scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return openError(applicationId.error(), path);
    auto version = schemaVersion(db);
    if (!version)
        return openError(version.error(), path);
    auto tableCount = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!tableCount)
        return openError(tableCount.error(), path);
    const bool fresh = tableCount->toInt() == 0 && *version == 0;
    if (!fresh && applicationId->toInt() != kApplicationId)
        return Error(Error::Code::NotAComptoirDatabase,
            QCoreApplication::translate(
                "Database", "This SQLite file was not made by Comptoir; it was left untouched."),
            QDir::toNativeSeparators(path));
    const int latest = latestSchemaVersion();
    if (*version > latest)
        return Error(Error::Code::NewerSchema,
            QCoreApplication::translate("Database",
                "This shop was saved by a newer version of Comptoir (schema %1; this version reads up to %2). "
                "Update Comptoir to open it; the file was left untouched.")
                .arg(*version)
                .arg(latest),
            QDir::toNativeSeparators(path));

    if (auto wal = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
        return openError(wal.error(), path);
    else if (wal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return openError(Error(Error::Code::Locked, {}, {}, wal->toString()), path);

    if (*version < latest) {
        Backups backups(*database);
        if (!fresh) {
            auto saved = backups.create(Backups::Kind::BeforeMigration);
            if (!saved)
                return saved.error();
        }
        if (auto migrated = Migrator::builtIn().migrate(db); !migrated)
            return openError(migrated.error(), path);
    }
    if (options.dailyBackup && !fresh) {
        Backups backups(*database);
        if (auto daily = backups.ensureDaily(); !daily)
            qWarning("comptoir: daily backup failed: %s", qPrintable(daily.error().toString()));
    }
    return database;
}

} // namespace comptoir::storage
