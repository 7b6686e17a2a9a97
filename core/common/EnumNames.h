#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>

namespace comptoir {

// One row of an enum's table: the value, the key stored in the database and files (never
// translated), and the label shown to the user (marked with QT_TRANSLATE_NOOP in the table's
// translation context).
template <typename E> struct EnumName
{
    E value;
    const char* key;
    const char* label;
};

template <typename E, std::size_t N> QString enumKey(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E>& row : table)
        if (row.value == value)
            return QLatin1String(row.key);
    return {};
}

template <typename E, std::size_t N> bool enumFromKey(const EnumName<E> (&table)[N], const QString& key, E& value)
{
    for (const EnumName<E>& row : table) {
        if (key == QLatin1String(row.key)) {
            value = row.value;
            return true;
        }
    }
    return false;
}

template <typename E, std::size_t N> QString enumLabel(const EnumName<E> (&table)[N], E value, const char* context)
{
    for (const EnumName<E>& row : table)
        if (row.value == value)
            return QCoreApplication::translate(context, row.label);
    return {};
}

// Every value of the table, in its order.
template <typename E, std::size_t N> QList<E> enumValues(const EnumName<E> (&table)[N])
{
    QList<E> values;
    values.reserve(qsizetype(N));
    for (const EnumName<E>& row : table)
        values.append(row.value);
    return values;
}

} // namespace comptoir
