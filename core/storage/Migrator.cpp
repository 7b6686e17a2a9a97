#include "storage/Migrator.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace comptoir::storage {

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

Migrator Migrator::builtIn(const Dialect& dialect)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> migrations;
    const QDir folder(dialect.migrationFolder());
    for (const QString& entry : folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(folder.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append(
            {match.captured(1).toInt(), match.captured(2), splitStatements(QString::fromUtf8(file.readAll()))});
    }
    return Migrator(migrations);
}

QStringList Migrator::splitStatements(const QString& script)
{
    // Statements end with ';' at the end of a line; trigger bodies (BEGIN … END;) are kept whole.
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        QString line = rawLine;
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0 && !line.left(comment).contains(QLatin1Char('\'')))
            line.truncate(comment);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += line + QLatin1Char('\n');
        const bool ends = inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> schemaVersion(const QSqlDatabase& db)
{
    auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Status Migrator::migrate(const QSqlDatabase& db, int target, JobControl& control) const
{
    if (target < 0)
        target = latestVersion();
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    int done = 0;
    const auto total = std::count_if(m_migrations.begin(), m_migrations.end(),
        [&](const Migration& m) { return m.version > *current && m.version <= target; });
    for (const Migration& migration : m_migrations) {
        if (migration.version <= *current || migration.version > target)
            continue;
        if (!control.progress(done, total,
                QCoreApplication::translate("Migrator", "Updating the database to version %1").arg(migration.version)))
            return Error(Error::Code::Cancelled, QCoreApplication::translate("Migrator", "Update cancelled."));
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        for (const QString& statement : migration.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                Error error = sqlError(query,
                    QCoreApplication::translate("Migrator",
                        "Updating the database to version "
                        "%1 (%2) failed; nothing was changed.")
                        .arg(migration.version)
                        .arg(migration.name));
                error.where
                    = QStringLiteral("%1_%2.sql").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name);
                return error;
            }
        }
        if (auto set = execute(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !set)
            return set.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        ++done;
    }
    control.progress(done, total);
    return {};
}

} // namespace comptoir::storage
