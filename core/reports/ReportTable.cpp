#include "reports/ReportTable.h"

namespace comptoir::reports {

int ReportTable::columnIndex(QStringView key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].key == key)
            return i;
    }
    return -1;
}

qint64 ReportTable::number(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
        return 0;
    const QVariant& value = rows[row][column];
    return value.isNull() || value.typeId() == QMetaType::QString ? 0 : value.toLongLong();
}

QString ReportTable::text(int row, QStringView key) const
{
    const int column = columnIndex(key);
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
        return {};
    return rows[row][column].toString();
}

QString ReportTable::displayText(const QVariant& value, int column, const QLocale& locale) const
{
    if (value.isNull() || column < 0 || column >= columns.size())
        return {};
    const ReportColumn& c = columns[column];
    switch (c.kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Count:
        return locale.toString(value.toLongLong());
    case ColumnKind::Money:
        return Money(value.toLongLong(), currency).format(locale);
    case ColumnKind::Percent:
        return scaledDecimal(value.toLongLong(), 2, locale.decimalPoint().front()) + QStringLiteral("\u00a0%");
    case ColumnKind::Decimal:
        return scaledDecimal(value.toLongLong(), c.decimals, locale.decimalPoint().front());
    case ColumnKind::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    }
    return value.toString();
}

QString scaledDecimal(qint64 value, int decimals, QChar decimalPoint)
{
    if (decimals <= 0)
        return QString::number(value);
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString out = QString::number(magnitude / scale) + decimalPoint
        + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}

qint64 percentOf(qint64 part, qint64 whole)
{
    return whole == 0 ? 0 : roundedDivision(part * 10000, whole, Rounding::HalfUp);
}

qint64 averageOf(qint64 sum, qint64 count, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return count == 0 ? 0 : roundedDivision(sum * scale, count, Rounding::HalfUp);
}

} // namespace comptoir::reports
