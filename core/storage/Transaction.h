#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace comptoir::storage {

// Every write happens inside one of these: BEGIN IMMEDIATE on construction, ROLLBACK on destruction
// unless commit() succeeded, so an early return or an error never leaves half a change behind.
class Transaction final
{
public:
    enum class Lock
    {
        // Takes the shop's write lock at once: for every change to the shop.
        Write,
        // Reads the shop from one snapshot and writes only the connection's TEMP tables (a dry run):
        // never takes the write lock, so other windows and seats keep writing meanwhile.
        Snapshot,
    };

    explicit Transaction(QSqlDatabase db, Lock lock = Lock::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; when false, error() says why (locked, read-only…).
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Error m_error;
    bool m_active = false;
};

} // namespace comptoir::storage
