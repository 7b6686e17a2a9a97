#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace comptoir::storage {

static Error::Code codeFor(const QSqlError& error)
{
    const QString text = error.text();
    if (error.nativeErrorCode() == QLatin1String("5") || text.contains(QLatin1String("locked")))
        return Error::Code::Locked;
    if (error.nativeErrorCode() == QLatin1String("8") || text.contains(QLatin1String("readonly")))
        return Error::Code::ReadOnly;
    if (error.nativeErrorCode() == QLatin1String("11") || error.nativeErrorCode() == QLatin1String("26"))
        return Error::Code::Corrupt;
    return Error::Code::Sql;
}

Error sqlError(const QSqlQuery& query, const QString& what)
{
    return Error(codeFor(query.lastError()), what, {}, query.lastError().text().trimmed());
}

Error sqlError(const QSqlDatabase& db, const QString& what)
{
    return Error(codeFor(db.lastError()), what, {}, db.lastError().text().trimmed());
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return sqlError(query, QCoreApplication::translate("Sql", "The database refused a request."));
    int i = 0;
    for (const auto& v : values)
        query.bindValue(i++, v);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("Sql", "The database refused a request."));
    return query;
}

Status execute(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    auto result = run(db, sql, values);
    if (!result)
        return result.error();
    return {};
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    auto result = run(db, sql, values);
    if (!result)
        return result.error();
    if (!result->next())
        return QVariant();
    return result->value(0);
}

} // namespace comptoir::storage
