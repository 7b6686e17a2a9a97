#include "storage/Dialect.h"

#include <QRegularExpression>

namespace comptoir::storage {

QString Dialect::migrationFolder() const
{
    return m_engine == Engine::SQLite ? QStringLiteral(":/migrations/sqlite")
                                      : QStringLiteral(":/migrations/postgresql");
}

QString Dialect::upsert(const QString& table, const QStringList& columns, const QStringList& keys) const
{
    QStringList placeholders, updates;
    for (const auto& column : columns) {
        placeholders << QStringLiteral("?");
        if (!keys.contains(column))
            updates << column + QStringLiteral(" = excluded.") + column;
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) ")
                      .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                          keys.join(QStringLiteral(", ")));
    sql += updates.isEmpty() ? QStringLiteral("DO NOTHING")
                             : QStringLiteral("DO UPDATE SET ") + updates.join(QStringLiteral(", "));
    return sql;
}

QString Dialect::variantSearchCondition(const QString& idColumn) const
{
    if (m_engine == Engine::SQLite)
        return idColumn + QStringLiteral(" IN (SELECT rowid FROM variants_fts WHERE variants_fts MATCH ?)");
    return idColumn
        + QStringLiteral(" IN (SELECT id FROM variants WHERE search_vector @@ to_tsquery('simple', unaccent(?)))");
}

QString Dialect::variantSearchFrom() const
{
    if (m_engine == Engine::SQLite)
        return QStringLiteral("variants_fts f JOIN variants v ON v.id = f.rowid");
    return QStringLiteral("variants v");
}

QString Dialect::variantSearchMatch() const
{
    if (m_engine == Engine::SQLite)
        return QStringLiteral("f.variants_fts MATCH ?");
    return QStringLiteral("v.search_vector @@ to_tsquery('simple', unaccent(?))");
}

QString Dialect::variantSearchOrderColumn() const
{
    return m_engine == Engine::SQLite ? QStringLiteral("f.rowid") : QStringLiteral("v.id");
}

QString Dialect::variantSearchCountCapped(int cap) const
{
    if (m_engine == Engine::SQLite)
        return QStringLiteral(
            "SELECT count(*) FROM (SELECT rowid FROM variants_fts WHERE variants_fts MATCH ? LIMIT %1)")
            .arg(cap);
    return QStringLiteral("SELECT count(*) FROM (SELECT id FROM variants WHERE search_vector @@ to_tsquery('simple', "
                          "unaccent(?)) LIMIT %1) matches")
        .arg(cap);
}

QString Dialect::fullTextQuery(const QString& typed) const
{
    // Keep letters, digits and the token characters of the index; each word becomes a quoted prefix
    // term so that punctuation typed by the user can never be read as FTS syntax.
    static const QRegularExpression separators(
        QStringLiteral("[^\\w\\-]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = typed.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const auto& word : words) {
        if (m_engine == Engine::SQLite)
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        else
            terms << word + QStringLiteral(":*");
    }
    return terms.join(m_engine == Engine::SQLite ? QStringLiteral(" ") : QStringLiteral(" & "));
}

} // namespace comptoir::storage
