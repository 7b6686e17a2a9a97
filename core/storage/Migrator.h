#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "storage/Dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace comptoir::storage {

// One schema step: the SQL that takes a database from version - 1 to version.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// Applies numbered migrations one by one, each in its own transaction together with the new
// PRAGMA user_version, so a failure leaves the database at the last complete version.
class Migrator final
{
public:
    explicit Migrator(QList<Migration> migrations);
    // The migrations shipped in the resources for this engine (0001_name.sql, 0002_…).
    static Migrator builtIn(const Dialect& dialect = Dialect());
    static QStringList splitStatements(const QString& script);

    int latestVersion() const;
    const QList<Migration>& migrations() const { return m_migrations; }
    // Migrates from the current user_version up to `target` (the latest by default).
    Status migrate(const QSqlDatabase& db, int target = -1, JobControl& control = JobControl::none()) const;

private:
    QList<Migration> m_migrations;
};

Result<int> schemaVersion(const QSqlDatabase& db);

} // namespace comptoir::storage
