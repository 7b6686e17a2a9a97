#include "storage/KeysetQuery.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace comptoir::storage {

QString KeysetQuery::sql(const Spec& spec, bool hasCursor, int limit)
{
    QStringList keys = spec.sortColumns;
    keys << spec.idColumn;
    QStringList conditions = spec.conditions;
    if (hasCursor) {
        QStringList placeholders;
        for (qsizetype i = 0; i < keys.size(); ++i)
            placeholders << QStringLiteral("?");
        conditions << QStringLiteral("(%1) %2 (%3)")
                          .arg(keys.join(QStringLiteral(", ")),
                              spec.descending ? QStringLiteral("<") : QStringLiteral(">"),
                              placeholders.join(QStringLiteral(", ")));
    }
    QStringList order;
    const QString prefix = spec.selectiveConditions ? QStringLiteral("+") : QString(); // '+' hides the index
    for (const auto& key : keys)
        order << prefix + key + (spec.descending ? QStringLiteral(" DESC") : QString());
    QString text = QStringLiteral("SELECT %1, %2 FROM %3")
                       .arg(spec.select, spec.sortColumns.join(QStringLiteral(", ")), spec.from);
    if (spec.sortColumns.isEmpty())
        text = QStringLiteral("SELECT %1 FROM %2").arg(spec.select, spec.from);
    if (!conditions.isEmpty())
        text += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    text += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT %1").arg(limit);
    return text;
}

Result<qint64> KeysetQuery::count(const QSqlDatabase& db, const Spec& spec)
{
    QString text = QStringLiteral("SELECT count(*) FROM ") + spec.from;
    if (!spec.conditions.isEmpty())
        text += QStringLiteral(" WHERE ") + spec.conditions.join(QStringLiteral(" AND "));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(text);
    for (int i = 0; i < spec.conditionValues.size(); ++i)
        query.bindValue(i, spec.conditionValues[i]);
    if (!query.exec() || !query.next())
        return sqlError(query, QCoreApplication::translate("KeysetQuery", "The list could not be counted."));
    return query.value(0).toLongLong();
}

Result<QList<QVariantList>> KeysetQuery::fetch(
    const QSqlDatabase& db, const Spec& spec, const QVariantList& after, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql(spec, !after.isEmpty(), limit)))
        return sqlError(query, QCoreApplication::translate("KeysetQuery", "The list could not be read."));
    int i = 0;
    for (const auto& value : spec.conditionValues)
        query.bindValue(i++, value);
    for (const auto& value : after)
        query.bindValue(i++, value);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("KeysetQuery", "The list could not be read."));
    QList<QVariantList> rows;
    rows.reserve(limit);
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(query.value(c));
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace comptoir::storage
