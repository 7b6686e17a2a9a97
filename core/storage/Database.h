#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Dialect.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace comptoir::storage {

// A shop database: the SQLite file (or, later, a PostgreSQL server) with its schema brought up to
// date. Each thread gets its own connection; the object itself is shared between threads.
class Database final
{
public:
    // Comptoir's PRAGMA application_id: 'Comp'.
    static constexpr int kApplicationId = 0x436F6D70;

    enum class OpenMode
    {
        OpenExisting, // the file must exist
        CreateIfMissing // a missing file becomes a new, empty shop
    };

    struct Options
    {
        OpenMode mode = OpenMode::CreateIfMissing;
        // Make the day's rotating backup while opening. The desktop app leaves this off and runs
        // Backups::ensureDaily() in the background instead: a large shop takes seconds to copy.
        bool dailyBackup = false;
        int busyTimeoutMs = 5000; // how long to wait for another program's write lock
        const Clock* clock = &Clock::system();
    };

    // Opens (or creates) the shop file at `path`, refusing with a clear message a file that is not a
    // Comptoir database, was written by a newer Comptoir, is corrupt, read-only or locked; such a
    // file is left untouched.
    static Result<std::shared_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::shared_ptr<Database>> open(const QString& path) { return open(path, Options()); }
    static int latestSchemaVersion();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    const Dialect& dialect() const { return m_dialect; }
    const Clock& clock() const { return *m_clock; }
    int busyTimeoutMs() const { return m_busyTimeoutMs; }

    // This thread's connection, opened on first use; a thread's connections close when it ends.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection now (pooled threads outlive the job that used them).
    void releaseThreadConnection() const;
    // Closes every connection. Only when no other thread is using the shop (the destructor does it too).
    void close();

private:
    Database(QString path, const Options& options);
    Result<QSqlDatabase> openConnection(const QString& name) const;

    QString m_path;
    QString m_connectionPrefix;
    Dialect m_dialect;
    const Clock* m_clock;
    int m_busyTimeoutMs;
    mutable QMutex m_mutex;
    mutable QStringList m_connections; // every connection opened, in any thread
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace comptoir::storage
