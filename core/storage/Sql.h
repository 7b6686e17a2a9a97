#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace comptoir::storage {

// A QString bound as a value: a null QString would be stored as SQL NULL, this stores ''.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// An Error from a failed query: the translated `what` for the user, the driver text as detail.
Error sqlError(const QSqlQuery& query, const QString& what);
Error sqlError(const QSqlDatabase& db, const QString& what);

// Prepares and runs one statement with positional values.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});
Status execute(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});
// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

} // namespace comptoir::storage
