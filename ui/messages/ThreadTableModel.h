#pragma once

#include "messages/ThreadList.h"
#include "widgets/LazyTableModel.h"

#include <memory>

// The conversations of the Messages page, newest first, read page by page; unread ones in bold.
class ThreadTableModel final : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Customer,
        Subject,
        Order,
        Date,
        Status,
        ColumnCount
    };

    explicit ThreadTableModel(QObject* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    void setFilters(comptoir::messages::ThreadList::Filter filter, const QString& text);
    comptoir::messages::ThreadList::Filter filter() const { return m_filter; }
    QString text() const { return m_text; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const comptoir::messages::Thread* threadAt(const QModelIndex& index) const;
    // The row of a thread among those loaded; -1 when not loaded.
    int rowOf(qint64 threadId) const;

protected:
    comptoir::Result<int> loadPage(int limit) override;
    void commitPage() override;
    void clearRows() override;
    bool hasSource() const override { return m_list != nullptr; }

private:
    std::unique_ptr<comptoir::messages::ThreadList> m_list;
    comptoir::messages::ThreadList::Filter m_filter = comptoir::messages::ThreadList::Filter::All;
    QString m_text;
    QList<comptoir::messages::Thread> m_rows;
    QList<comptoir::messages::Thread> m_staged;
    QVariantList m_cursor;
};
