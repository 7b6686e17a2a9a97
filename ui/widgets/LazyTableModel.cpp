#include "widgets/LazyTableModel.h"

LazyTableModel::LazyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int LazyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

bool LazyTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void LazyTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more)
        return;
    auto loaded = loadPage(kPageSize);
    if (!loaded) {
        m_more = false;
        m_lastError = loaded.error().toString();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_more = *loaded == kPageSize;
    if (*loaded == 0)
        return;
    beginInsertRows({}, m_rowCount, m_rowCount + *loaded - 1);
    commitPage();
    m_rowCount += *loaded;
    endInsertRows();
}

void LazyTableModel::reload()
{
    beginResetModel();
    clearRows();
    m_rowCount = 0;
    m_more = hasSource();
    m_lastError.clear();
    endResetModel();
    fetchMore({});
    Q_EMIT reloaded();
}
