#include "reviews/ReviewTableModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using comptoir::reviews::Cause;
using comptoir::reviews::ReviewList;
using comptoir::reviews::ReviewRow;
using comptoir::reviews::ReviewStatus;

ReviewTableModel::ReviewTableModel(QObject* parent)
    : LazyTableModel(parent)
{ }

void ReviewTableModel::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_list = database ? std::make_unique<ReviewList>(std::move(database)) : nullptr;
    applyFilters();
}

void ReviewTableModel::setFilters(
    ReviewList::Filter filter, const QString& text, std::optional<Cause> cause, qint64 productId)
{
    m_filter = filter;
    m_text = text.trimmed();
    m_cause = cause;
    m_productId = productId;
    applyFilters();
}

void ReviewTableModel::applyFilters()
{
    if (m_list) {
        m_list->setFilter(m_filter);
        m_list->setText(m_text);
        m_list->setCause(m_cause);
        m_list->setProduct(m_productId);
    }
    reload();
}

QString ReviewTableModel::stars(int rating)
{
    rating = std::clamp(rating, 0, 5);
    return QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
}

int ReviewTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTableModel::data(const QModelIndex& index, int role) const
{
    const ReviewRow* row = reviewAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rating:
            return stars(row->rating);
        case Review: {
            const QString text
                = row->title.isEmpty() ? row->snippet : row->title + QStringLiteral(" — ") + row->snippet;
            return text.simplified();
        }
        case Product:
            return row->productId > 0 ? row->productName : tr("The shop");
        case Author:
            return row->author;
        case Date:
            return QLocale().toString(row->writtenAt.toLocalTime().date(), QLocale::ShortFormat);
        case Causes: {
            QStringList labels;
            for (Cause cause : row->causes)
                labels << comptoir::reviews::causeLabel(cause);
            return labels.join(QStringLiteral(", "));
        }
        case Status:
            return comptoir::reviews::reviewStatusLabel(row->status);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Rating:
            return tr("%n star(s)", nullptr, row->rating);
        case Review:
            return row->snippet;
        case Author:
            return row->verified ? tr("Verified buyer") : QVariant();
        case Date:
            return tr("%1, on %2")
                .arg(QLocale().toString(row->writtenAt.toLocalTime(), QLocale::LongFormat),
                    comptoir::reviews::sourceLabel(row->source));
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == Rating)
            return tr("%n star(s)", nullptr, row->rating);
        break;
    case Qt::FontRole:
        if (row->status == ReviewStatus::New) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Rating)
            return row->rating <= comptoir::reviews::kUnhappyAtMost ? QColor(0xb0, 0x1e, 0x1e)
                                                                    : QColor(0xc8, 0x8a, 0x00);
        if (row->status == ReviewStatus::Ignored)
            return QColor(0x70, 0x70, 0x70);
        break;
    case Qt::UserRole:
        return row->id;
    }
    return {};
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazyTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rating:
        return tr("Rating");
    case Review:
        return tr("Review");
    case Product:
        return tr("Product");
    case Author:
        return tr("Author");
    case Date:
        return tr("Date");
    case Causes:
        return tr("Causes");
    case Status:
        return tr("Status");
    }
    return {};
}

const ReviewRow* ReviewTableModel::reviewAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()];
}

int ReviewTableModel::rowOf(qint64 reviewId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == reviewId)
            return i;
    return -1;
}

void ReviewTableModel::updateReview(qint64 reviewId, ReviewStatus status, const QList<Cause>& causes)
{
    const int row = rowOf(reviewId);
    if (row < 0)
        return;
    m_rows[row].status = status;
    m_rows[row].causes = causes;
    std::sort(m_rows[row].causes.begin(), m_rows[row].causes.end());
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

comptoir::Result<int> ReviewTableModel::loadPage(int limit)
{
    auto rows = m_list->fetch(limit, m_cursor);
    if (!rows)
        return rows.error();
    m_staged = std::move(*rows);
    return int(m_staged.size());
}

void ReviewTableModel::commitPage()
{
    m_rows.append(std::move(m_staged));
    m_staged.clear();
}

void ReviewTableModel::clearRows()
{
    m_rows.clear();
    m_staged.clear();
    m_cursor.clear();
}
