#pragma once

#include "reviews/Reviews.h"

#include <QList>
#include <QString>

namespace comptoir::reviews {

// The causes a review's words point to, in French and English: "colis arrivé cassé" → damaged
// parcel, "trop petit" → sizing. Accents and case ignored; a keyword matches at the start of a word
// ("retard" finds "retardée"); a negation right before a delay word is not a delay ("pas de retard").
// Suggestions only: the merchant confirms them.
QList<Cause> suggestCauses(const QString& text);

// Lower case, accents removed, every run of non-letters one space, with a space at each end:
// " colis arrive casse ".
QString foldedWords(const QString& text);

} // namespace comptoir::reviews
