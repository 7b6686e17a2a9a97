#pragma once

#include "common/Result.h"

#include <QAbstractTableModel>

// Base of the big list models: rows arrive page by page from the database as the view scrolls
// (canFetchMore/fetchMore), sorting and filtering are redone by the database with reload().
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    explicit LazyTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Drops the rows and reads the first page again (after a sort, a filter or a new database).
    void reload();
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString& message);
    void reloaded();

protected:
    // Reads the next page into a staging area; returns how many rows it holds.
    virtual comptoir::Result<int> loadPage(int limit) = 0;
    // Moves the staged rows to the end of the visible rows.
    virtual void commitPage() = 0;
    // Forgets every row and the paging cursor.
    virtual void clearRows() = 0;
    // Whether a database is attached; without one the model is empty.
    virtual bool hasSource() const = 0;

private:
    int m_rowCount = 0;
    bool m_more = false;
    bool m_notifying = false; // no nested fetching while views react to a reset or an insertion
    QString m_lastError;
};
