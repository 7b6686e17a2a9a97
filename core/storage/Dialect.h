#pragma once

#include <QString>
#include <QStringList>

namespace comptoir::storage {

// The few places where SQLite and PostgreSQL SQL differ, so modules never branch on the engine.
class Dialect final
{
public:
    enum class Engine
    {
        SQLite,
        PostgreSQL,
    };

    explicit Dialect(Engine engine = Engine::SQLite)
        : m_engine(engine)
    { }
    Engine engine() const { return m_engine; }
    // Folder of numbered migration files in the resources.
    QString migrationFolder() const;
    // INSERT … ON CONFLICT (keys) DO UPDATE SET …: the same syntax on both engines.
    QString upsert(const QString& table, const QStringList& columns, const QStringList& keys) const;
    // Full-text condition on the catalog search index, bound to one parameter.
    QString variantSearchCondition(const QString& idColumn) const;
    // The catalog's search index joined to its variants (alias v), for results in index order; the
    // search term binds to the one parameter of variantSearchMatch().
    QString variantSearchFrom() const;
    QString variantSearchMatch() const;
    QString variantSearchOrderColumn() const;
    // Matches of a search term, at most `cap` of them counted (one parameter, then the cap inlined).
    QString variantSearchCountCapped(int cap) const;
    // Turns what the user typed into the engine's full-text query: every word is a prefix, all must match.
    QString fullTextQuery(const QString& typed) const;

private:
    Engine m_engine;
};

} // namespace comptoir::storage
