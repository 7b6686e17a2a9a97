#include "messages/ThreadTableModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using comptoir::messages::Direction;
using comptoir::messages::Thread;
using comptoir::messages::ThreadList;
using comptoir::messages::ThreadStatus;

ThreadTableModel::ThreadTableModel(QObject* parent)
    : LazyTableModel(parent)
{ }

void ThreadTableModel::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_list = database ? std::make_unique<ThreadList>(std::move(database)) : nullptr;
    if (m_list) {
        m_list->setFilter(m_filter);
        m_list->setText(m_text);
    }
    reload();
}

void ThreadTableModel::setFilters(ThreadList::Filter filter, const QString& text)
{
    m_filter = filter;
    m_text = text.trimmed();
    if (m_list) {
        m_list->setFilter(m_filter);
        m_list->setText(m_text);
    }
    reload();
}

int ThreadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreadTableModel::data(const QModelIndex& index, int role) const
{
    const Thread* row = threadAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Customer:
            return row->customerName.isEmpty() ? row->customerEmail : row->customerName;
        case Subject:
            return row->unread > 1 ? tr("%1 (%2)").arg(row->subject).arg(row->unread) : row->subject;
        case Order:
            return row->orderNumber;
        case Date: {
            const QDateTime local = row->lastMessageAt.toLocalTime();
            if (local.date() == QDate::currentDate())
                return QLocale().toString(local.time(), QLocale::ShortFormat);
            return QLocale().toString(local.date(), QLocale::ShortFormat);
        }
        case Status:
            return comptoir::messages::threadStatusLabel(row->status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return row->customerEmail;
        if (index.column() == Subject)
            return row->snippet;
        if (index.column() == Date)
            return QLocale().toString(row->lastMessageAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::FontRole:
        if (row->unread > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status && row->status == ThreadStatus::Open)
            return QColor(0xb0, 0x5a, 0x00);
        if (row->status == ThreadStatus::Closed)
            return QColor(0x70, 0x70, 0x70);
        break;
    case Qt::UserRole:
        return row->id;
    }
    return {};
}

QVariant ThreadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazyTableModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case Subject:
        return tr("Subject");
    case Order:
        return tr("Order");
    case Date:
        return tr("Last message");
    case Status:
        return tr("Status");
    }
    return {};
}

const Thread* ThreadTableModel::threadAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()];
}

int ThreadTableModel::rowOf(qint64 threadId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == threadId)
            return i;
    return -1;
}

comptoir::Result<int> ThreadTableModel::loadPage(int limit)
{
    auto rows = m_list->fetch(limit, m_cursor);
    if (!rows)
        return rows.error();
    m_staged = std::move(*rows);
    return int(m_staged.size());
}

void ThreadTableModel::commitPage()
{
    m_rows.append(std::move(m_staged));
    m_staged.clear();
}

void ThreadTableModel::clearRows()
{
    m_rows.clear();
    m_staged.clear();
    m_cursor.clear();
}
