#include "storage/Transaction.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace comptoir::storage {

Transaction::Transaction(QSqlDatabase db, Lock lock)
    : m_db(std::move(db))
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery query(m_db);
    // IMMEDIATE takes the write lock now, so the busy timeout applies here and not at a later write.
    if (query.exec(sqlite && lock == Lock::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        m_active = true;
    else
        m_error
            = sqlError(query, QCoreApplication::translate("Transaction", "Could not start writing to the database."));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        Error error = sqlError(query, QCoreApplication::translate("Transaction", "Could not save the changes."));
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace comptoir::storage
