#include "reviews/CauseTagger.h"

#include <iterator>

namespace comptoir::reviews {

namespace {

struct Keywords
{
    Cause cause;
    // Folded (see foldedWords), each matched at the start of a word; several words in a row allowed;
    // a trailing space asks for the whole word ("sav " is not "savon").
    std::initializer_list<const char*> words;
};

// French first, then English. Kept short and telling: a suggestion a merchant rejects costs a
// keystroke, a missing one costs a lesson.
const Keywords kKeywords[] = {
    {Cause::DeliveryDelay,
        {"retard", "toujours pas recu", "jamais recu", "pas recu", "jamais arrive", "pas arrive", "toujours rien",
            "j attends", "livraison lente", "trop long", "semaines pour", "late ", "delay", "never arrived",
            "never received", "not received", "still waiting", "took weeks", "slow delivery", "slow shipping",
            "weeks to arrive", "lost in the post", "colis perdu"}},
    {Cause::DamagedParcel,
        {"casse ", "cassee", "casses ", "abime", "endommage", "ecrase", "brise", "fele", "ebreche", "colis ouvert",
            "en morceaux", "broken", "damaged", "smashed", "crushed", "cracked", "shattered", "chipped",
            "arrived in pieces"}},
    {Cause::ProductQuality,
        {"qualite", "defectueu", "defaut", "se decolle", "decoud", "deteint", "ne fonctionne", "ne marche", "fragile",
            "bas de gamme", "camelote", "s use", "quality", "defective", "faulty", "fell apart", "flimsy",
            "cheaply made", "stopped working", "doesn t work", "does not work", "poorly made"}},
    {Cause::Sizing,
        {"taille", "trop petit", "trop grand", "trop serre", "trop large", "pointure", "etroit", "size", "sizing",
            "too small", "too big", "too large", "too tight", "too loose", "runs small", "runs large", "doesn t fit",
            "does not fit"}},
    {Cause::NotAsDescribed,
        {"pas conforme", "non conforme", "ne correspond", "rien a voir", "pas comme sur", "sur la photo",
            "couleur differente", "different de", "trompeu", "not as described", "not as pictured", "nothing like",
            "misleading", "different colour", "different color", "not what i ordered", "looks different"}},
    {Cause::CustomerService,
        {"service client", "sav ", "aucune reponse", "pas de reponse", "sans reponse", "injoignable", "impoli",
            "personne ne repond", "customer service", "no answer", "no reply", "no response", "rude ", "rudely",
            "unhelpful", "support", "never replied", "never answered"}},
    {Cause::Price,
        {"trop cher", "cher pour", "prix ", "frais de port", "hors de prix", "expensive", "overpriced", "price ",
            "prices ", "pricey", "shipping cost", "not worth"}},
};

// "pas de retard", "aucun retard", "no delay": the customer says there was none.
bool negated(const QString& folded, qsizetype at)
{
    static const QLatin1String kBefore[]
        = {QLatin1String(" pas de"), QLatin1String(" aucun"), QLatin1String(" sans"), QLatin1String(" no"),
            QLatin1String(" not"), QLatin1String(" without"), QLatin1String(" jamais de"), QLatin1String(" pas un")};
    const QStringView head = QStringView(folded).left(at);
    for (const QLatin1String& before : kBefore)
        if (head.endsWith(before))
            return true;
    return false;
}

} // namespace

QString foldedWords(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString folded;
    folded.reserve(decomposed.size() + 2);
    folded.append(QLatin1Char(' '));
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            folded.append(c);
        else if (!folded.endsWith(QLatin1Char(' ')))
            folded.append(QLatin1Char(' '));
    }
    if (!folded.endsWith(QLatin1Char(' ')))
        folded.append(QLatin1Char(' '));
    return folded;
}

QList<Cause> suggestCauses(const QString& text)
{
    const QString folded = foldedWords(text);
    QList<Cause> found;
    for (const Keywords& keywords : kKeywords) {
        bool matched = false;
        for (const char* word : keywords.words) {
            const QString needle = QLatin1Char(' ') + QLatin1String(word);
            for (qsizetype at = folded.indexOf(needle); at >= 0 && !matched; at = folded.indexOf(needle, at + 1)) {
                // A negation only undoes a delay ("pas de retard"), not a broken item.
                if (keywords.cause == Cause::DeliveryDelay && negated(folded, at))
                    continue;
                matched = true;
            }
            if (matched)
                break;
        }
        if (matched)
            found.append(keywords.cause);
    }
    return found;
}

} // namespace comptoir::reviews
