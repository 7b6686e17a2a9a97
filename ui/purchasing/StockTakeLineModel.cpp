#include "purchasing/StockTakeLineModel.h"

#include "settings/ShopSettings.h"

#include <QLocale>
#include <QPalette>

using namespace comptoir;
using namespace comptoir::inventory;

StockTakeLineModel::StockTakeLineModel(QObject* parent)
    : LazyTableModel(parent)
{ }

void StockTakeLineModel::setTake(storage::DatabasePtr database, qint64 takeId, bool editable, StockTakes::Filter filter)
{
    m_database = std::move(database);
    m_takeId = takeId;
    m_editable = editable;
    m_filter = filter;
    m_currency = m_database ? settings::ShopSettings(m_database).currency() : Currency::euro();
    reload();
}

void StockTakeLineModel::setFilter(StockTakes::Filter filter)
{
    m_filter = filter;
    reload();
}

Result<int> StockTakeLineModel::loadPage(int limit)
{
    const auto spec = StockTakes(m_database).linesSpec(m_takeId, m_filter);
    auto rows = storage::KeysetQuery::fetch(m_database->connection(), spec, m_cursor, limit);
    if (!rows)
        return rows.error();
    m_staged.clear();
    for (const auto& row : *rows)
        m_staged << StockTakes::lineFrom(row, m_currency);
    if (!rows->isEmpty())
        m_cursor = storage::KeysetQuery::cursorAfter(spec, rows->last());
    return int(m_staged.size());
}

void StockTakeLineModel::commitPage()
{
    m_rows += m_staged;
    m_staged.clear();
}

void StockTakeLineModel::clearRows()
{
    m_rows.clear();
    m_staged.clear();
    m_cursor.clear();
}

const StockTakeLine* StockTakeLineModel::lineAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int StockTakeLineModel::refreshLine(qint64 variantId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].variantId != variantId)
            continue;
        if (auto line = StockTakes(m_database).line(m_takeId, variantId))
            m_rows[row] = *line;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return row;
    }
    return -1;
}

int StockTakeLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockTakeLineModel::data(const QModelIndex& index, int role) const
{
    const StockTakeLine* line = lineAt(index.row());
    if (!line)
        return {};
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case SkuColumn:
            return line->sku;
        case TitleColumn:
            return line->title;
        case BinColumn:
            return line->bin;
        case OnHandColumn:
            return locale.toString(line->current);
        case CountedColumn:
            return line->counted ? (role == Qt::EditRole ? QVariant(*line->counted) : locale.toString(*line->counted))
                                 : QVariant(role == Qt::EditRole ? QVariant(line->current) : QVariant());
        case VarianceColumn:
            if (!line->counted)
                return {};
            return line->variance() > 0 ? QStringLiteral("+%1").arg(locale.toString(line->variance()))
                                        : locale.toString(line->variance());
        case ValueColumn:
            return line->counted && line->variance() != 0 ? line->varianceValue().format(locale) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= OnHandColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() >= VarianceColumn && line->counted && line->variance() < 0)
        return QPalette().brush(QPalette::Link);
    if (role == Qt::ToolTipRole && index.column() == OnHandColumn && line->current != line->expected)
        return tr("%1 when the count started").arg(locale.toString(line->expected));
    return {};
}

QVariant StockTakeLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazyTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case TitleColumn:
        return tr("Product");
    case BinColumn:
        return tr("Bin");
    case OnHandColumn:
        return tr("On hand");
    case CountedColumn:
        return tr("Counted");
    case VarianceColumn:
        return tr("Variance");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

Qt::ItemFlags StockTakeLineModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = LazyTableModel::flags(index);
    if (m_editable && index.column() == CountedColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StockTakeLineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const StockTakeLine* line = lineAt(index.row());
    if (!line || role != Qt::EditRole || index.column() != CountedColumn)
        return false;
    std::optional<qint64> counted;
    const QString text = value.toString().trimmed();
    if (!text.isEmpty()) {
        bool ok = false;
        const qint64 number = QLocale().toLongLong(text, &ok);
        if (!ok) {
            Q_EMIT editFailed(tr("“%1” is not a whole number.").arg(text));
            return false;
        }
        counted = number;
    }
    if (auto saved = StockTakes(m_database).setCounted(m_takeId, line->variantId, counted); !saved) {
        Q_EMIT editFailed(saved.error().toString());
        return false;
    }
    refreshLine(line->variantId);
    Q_EMIT countChanged();
    return true;
}
