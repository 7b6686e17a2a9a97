#include "widgets/LazyTableModel.h"

LazyTableModel::LazyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int LazyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

bool LazyTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_notifying;
}

void LazyTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // Views and testers call fetchMore again from the signals below: one page at a time.
    m_notifying = true;
    auto loaded = loadPage(kPageSize);
    if (!loaded) {
        m_more = false;
        m_notifying = false;
        m_lastError = loaded.error().toString();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_more = *loaded == kPageSize;
    if (*loaded > 0) {
        beginInsertRows({}, m_rowCount, m_rowCount + *loaded - 1);
        commitPage();
        m_rowCount += *loaded;
        endInsertRows();
    }
    m_notifying = false;
}

void LazyTableModel::reload()
{
    // The first page is read inside the reset, so views see the new rows in one step.
    beginResetModel();
    clearRows();
    m_rowCount = 0;
    m_lastError.clear();
    m_more = false;
    if (hasSource()) {
        auto loaded = loadPage(kPageSize);
        if (loaded) {
            commitPage();
            m_rowCount = *loaded;
            m_more = *loaded == kPageSize;
        } else {
            m_lastError = loaded.error().toString();
        }
    }
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
    Q_EMIT reloaded();
}
