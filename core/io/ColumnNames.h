#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace comptoir::io {

// Finding the columns of files other tools export by their names, whatever their order, case or
// accents, and reading the dates those files write. Shared by the tracking and review imports.

// Folds a column name for comparison: lower case, no accents, "N°"/"n°"/"no" kept as "n°", spaces
// and underscores collapsed to one space. "Numéro de suivi " → "numero de suivi", "review_date" →
// "review date".
QString foldedColumnName(const QString& name);
// The index of the column named by the first of `names` ('|'-separated, folded, most telling first) that
// the header has; -1 when none.
int findColumn(const QStringList& header, QStringView names);
// A date as files write it, in UTC: "2026-11-20", "2026-11-20 14:03", ISO 8601 with an offset (see
// CellReader::parseDateTime()), "20/11/2026", "20/11/2026 14:03"; without an offset, in the computer's
// time zone (the shop's). Invalid when the text is not a date.
QDateTime parseFileDate(QStringView text);

} // namespace comptoir::io
