#include "demo/DemoReviews.h"

#include "demo/DemoRandom.h"
#include "reviews/CauseTagger.h"
#include "reviews/Reviews.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <span>

namespace comptoir::demo {

using reviews::Cause;
using reviews::ReviewStatus;
using reviews::Source;

namespace {

constexpr std::uint64_t kStream = 0x52455649; // "REVI"
constexpr qint64 kDay = 86400;
// Out of a thousand shipped orders, those whose customer writes a review of their own accord.
constexpr int kReviewPerMille = 90;
// Of the orders returned, the share (percent) whose customer says why in a review.
constexpr int kReturnedReviewPercent = 12;

struct Text
{
    const char* title;
    const char* body;
};

// What a customer writes, by what happened. Unhappy texts are written so that the cause tagger
// finds what the parcel or the return says (damaged, late, sizing…).
struct Texts
{
    std::span<const Text> five, four, three, sizing, quality, notAsDescribed, service, price, damaged, notReceived;
    const char* thanks; // the shop's reply to a happy review; %1: first name
    const char* sorry; // to an unhappy one
    const char* sorryParcel; // to a parcel that never came or came broken
};

const Text kFrFive[] = {{"Parfait", "Très joli, conforme à la photo et bien emballé. Je recommande !"},
    {"Superbe", "Magnifique, encore plus beau en vrai. Envoi rapide, merci !"},
    {"Ravie de mon achat", "Belles finitions, livraison rapide et un petit mot adorable dans le colis."},
    {"Top", "Deuxième commande et toujours aussi contente. Merci Camille !"},
    {"Cadeau réussi", "Offert pour un anniversaire : gros succès. Emballage soigné."}, {"", "Parfait, rien à redire."},
    {"Très belle pièce", "On sent le travail artisanal. Je reviendrai."}};
const Text kFrFour[] = {{"Très bien", "Joli produit. Livraison un peu longue mais rien de grave."},
    {"Bon achat", "Bien reçu, joli. Le coloris est un peu plus foncé que sur le site."},
    {"Satisfaite", "Beau produit ; 4 étoiles car l'emballage était un peu léger."},
    {"", "Bien, comme je l'attendais."}};
const Text kFrThree[] = {{"Mitigée", "Joli mais la qualité est moyenne pour le prix."},
    {"Correct", "Produit correct, sans plus. Couleur différente de la photo."},
    {"Bof", "Un peu déçue, la qualité n'est pas celle que j'espérais."}};
const Text kFrSizing[] = {{"Taille petit", "Joli pull mais il taille petit : prenez une taille au-dessus."},
    {"Trop petit", "Le tablier est trop petit, impossible de le nouer. Dommage."},
    {"Trop grand", "Beaucoup trop grand, j'ai dû le renvoyer."}};
const Text kFrQuality[] = {{"Déçue", "L'anse s'est détachée au bout de deux semaines. Qualité décevante."},
    {"Défectueux", "Le couvercle ne ferme pas, produit défectueux."}};
const Text kFrNotAsDescribed[] = {{"Pas conforme", "Rien à voir avec la photo : la couleur est bien plus terne."},
    {"Décevant", "Ne correspond pas du tout à la description."}};
const Text kFrService[] = {{"Aucune réponse", "J'ai écrit deux fois au service client, aucune réponse."}};
const Text kFrPrice[] = {{"Un peu cher", "Joli mais trop cher pour ce que c'est."}};
const Text kFrDamaged[]
    = {{"Colis arrivé abîmé", "Colis arrivé abîmé, le carton était écrasé et le mug cassé. Très déçue."},
        {"Arrivé cassé", "Le colis a été endommagé pendant le transport : le vase est arrivé en morceaux."},
        {"Emballage insuffisant", "Bol ébréché à l'arrivée, le colis était abîmé."}};
const Text kFrNotReceived[]
    = {{"Toujours rien", "Commande passée il y a deux semaines, toujours pas reçue et aucune nouvelle."},
        {"Colis perdu", "Le suivi ne bouge plus depuis dix jours, j'attends toujours mon colis."},
        {"Livraison en retard", "Gros retard de livraison, le colis n'est jamais arrivé chez moi."}};

const Texts kFrench {
    kFrFive,
    kFrFour,
    kFrThree,
    kFrSizing,
    kFrQuality,
    kFrNotAsDescribed,
    kFrService,
    kFrPrice,
    kFrDamaged,
    kFrNotReceived,
    "Merci beaucoup %1 pour votre avis, à bientôt !\nCamille",
    "Bonjour %1, merci d'avoir pris le temps de nous écrire, et désolée que ce ne soit pas parfait. Je vous ai "
    "écrit pour trouver une solution ensemble.\nCamille",
    "Bonjour %1, toutes nos excuses pour ce colis. Nous vous avons renvoyé votre commande (ou remboursé, selon "
    "votre choix) et avons signalé le problème au transporteur.\nCamille",
};

const Text kEnFive[] = {{"Lovely", "Beautiful and well packed. Arrived quickly, thank you!"},
    {"Perfect gift", "Bought as a present, she loved it."},
    {"Great shop", "Second order, as good as the first. Highly recommended."},
    {"", "Exactly as pictured, very happy."}};
const Text kEnFour[] = {{"Very nice", "Nice piece, a little smaller than I expected but lovely."},
    {"Good", "Good product; shipping abroad took a while."}};
const Text kEnThree[] = {{"OK", "Nice, but the quality is average for the price."},
    {"Hmm", "Looks different from the photos, a bit disappointed."}};
const Text kEnSizing[] = {{"Too small", "Runs small, I had to give it away."}};
const Text kEnQuality[] = {{"Poor quality", "The handle came off after a week. Poorly made."}};
const Text kEnNotAsDescribed[] = {{"Not as pictured", "Not as pictured: the colour is much paler."}};
const Text kEnService[] = {{"No reply", "Emailed twice about my order, no reply at all."}};
const Text kEnPrice[] = {{"Overpriced", "Pretty, but overpriced for what it is."}};
const Text kEnDamaged[] = {{"Arrived broken", "The parcel arrived damaged and the mug was broken. Very disappointed."},
    {"Damaged", "Box crushed, the bowl was cracked."}};
const Text kEnNotReceived[] = {{"Still waiting", "Ordered two weeks ago, still waiting for my parcel."},
    {"Never arrived", "My parcel never arrived and the tracking has not moved for a week."}};

const Texts kEnglish {
    kEnFive,
    kEnFour,
    kEnThree,
    kEnSizing,
    kEnQuality,
    kEnNotAsDescribed,
    kEnService,
    kEnPrice,
    kEnDamaged,
    kEnNotReceived,
    "Thank you so much %1 for your review!\nCamille",
    "Hello %1, thank you for telling us, and sorry it was not perfect. I have emailed you so that we can put it "
    "right.\nCamille",
    "Hello %1, we are so sorry about this parcel. We have sent your order again (or refunded you, as you "
    "preferred) and told the carrier.\nCamille",
};

bool french(const QString& country)
{
    return country == QLatin1String("FR") || country == QLatin1String("BE") || country == QLatin1String("CH")
        || country == QLatin1String("LU");
}

// What the review is about.
enum class Story
{
    Usual, // a delivered order like the others
    Damaged, // the parcel was damaged on the way
    NotReceived, // late, lost, failed or back to the shop
    Returned, // the customer sent it back (too small, not as described…)
};

const Text& pick(DemoRandom& r, std::span<const Text> texts)
{
    return texts[r.below(texts.size())];
}

} // namespace

Result<DemoReviewsSummary> writeDemoReviews(const QSqlDatabase& db, std::uint64_t seed, const QDate& until)
{
    DemoReviewsSummary summary;
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 end = QDateTime(until.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const auto fail = [](const QSqlQuery& q) {
        return storage::sqlError(q, QCoreApplication::translate("DemoShop", "The demo shop could not be written."));
    };

    QSqlQuery review(db);
    review.prepare(QStringLiteral(
        "INSERT INTO reviews (source, external_id, product_id, variant_id, order_id, customer_id, rating, title, "
        "body, author, author_email, language, verified, written_at, reply, replied_at, reply_published_at, status, "
        "queue, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery photo(db);
    photo.prepare(QStringLiteral("INSERT INTO review_photos (review_id, position, path) VALUES (?, ?, ?)"));
    QSqlQuery cause(db);
    cause.prepare(QStringLiteral(
        "INSERT INTO review_causes (review_id, cause, state, rating, written_at) VALUES (?, ?, ?, ?, ?)"));

    // The orders that get a review, chosen in SQL so that the million others are never fetched:
    // every parcel damaged, late, lost or returned to the shop, a share of the returned orders, and
    // about one shipped order in eleven (a hash of its id and the seed). The conditions name the
    // parcel only, so SQLite looks up an order only once its parcel is chosen.
    const QString sample = QStringLiteral("((s.order_id * 2654435761 + ?) % 1000) < %1").arg(kReviewPerMille);
    QSqlQuery orders(db);
    orders.setForwardOnly(true);
    orders.prepare(
        QStringLiteral(
            "SELECT x.*, v.product_id FROM (SELECT o.id, o.customer_id, o.customer_name, o.email, o.ship_country, "
            "o.status, coalesce(o.delivered_at, s.delivered_at, s.shipped_at + 2 * 86400), s.shipped_at, "
            "s.damaged_at IS NOT NULL, s.delivered_at IS NULL, "
            "(SELECT l.variant_id FROM order_lines l WHERE l.order_id = o.id ORDER BY l.id LIMIT 1) AS variant_id, "
            "CASE WHEN o.status = 'returned' THEN (SELECT rl.reason FROM returns rt JOIN return_lines rl "
            "ON rl.return_id = rt.id WHERE rt.order_id = o.id ORDER BY rl.id LIMIT 1) END "
            "FROM shipments s JOIN orders o ON o.id = s.order_id "
            "WHERE (s.damaged_at IS NOT NULL "
            "OR (s.delivered_at IS NULL AND s.last_event_at IS NOT NULL AND s.shipped_at < ? "
            "AND s.state NOT IN ('awaiting_pickup', 'out_for_delivery')) "
            "OR (s.order_id IN (SELECT order_id FROM returns) AND ((s.order_id * 40503 + ?) % 100) < ?) "
            "OR ")
        + sample + QStringLiteral(") AND o.email <> '' ORDER BY s.id) x LEFT JOIN variants v ON v.id = x.variant_id"));
    const qint64 salt = qint64(seed % 1000003);
    orders.addBindValue(end - 7 * kDay);
    orders.addBindValue(salt);
    orders.addBindValue(kReturnedReviewPercent);
    orders.addBindValue(salt);
    if (!orders.exec())
        return fail(orders);

    // The causes the tagger finds in each text, found once per text.
    QHash<const char*, QList<Cause>> causesOf;
    const QString photoAddress = QStringLiteral("https://photos.comptoir-de-camille.fr/avis/%1-%2.jpg");
    const QVariant noId(QMetaType::fromType<qint64>());
    while (orders.next()) {
        const qint64 orderId = orders.value(0).toLongLong();
        DemoRandom r = DemoRandom::forItem(seed, kStream, std::uint64_t(orderId));
        const QString status = orders.value(5).toString();
        const QString reason = orders.value(11).toString();
        const bool damaged = orders.value(8).toBool();
        const bool received = !orders.value(9).toBool();
        Story story = Story::Usual;
        if (damaged)
            story = Story::Damaged;
        else if (!received)
            story = Story::NotReceived;
        else if (status == QLatin1String("returned") && !reason.isEmpty())
            story = Story::Returned;
        // Not every unlucky customer writes: most of the damaged ones do, fewer of the others.
        if ((story == Story::Damaged && !r.chance(65)) || (story == Story::NotReceived && !r.chance(45)))
            continue;

        const bool fr = french(orders.value(4).toString());
        const Texts& texts = fr ? kFrench : kEnglish;
        int rating = 5;
        const Text* text = nullptr;
        switch (story) {
        case Story::Damaged:
            rating = r.chance(60) ? 1 : 2;
            text = &pick(r, texts.damaged);
            break;
        case Story::NotReceived:
            rating = r.chance(70) ? 1 : 2;
            text = &pick(r, texts.notReceived);
            break;
        case Story::Returned:
            rating = r.chance(75) ? 3 : 2;
            if (reason == QLatin1String("too_small") || reason == QLatin1String("too_large"))
                text = &pick(r, texts.sizing);
            else if (reason == QLatin1String("not_as_described") || reason == QLatin1String("wrong_item"))
                text = &pick(r, texts.notAsDescribed);
            else if (reason == QLatin1String("damaged"))
                text = &pick(r, texts.quality);
            else { // changed their mind: the product was fine
                rating = 4;
                text = &pick(r, texts.four);
            }
            break;
        case Story::Usual: {
            // 5 stars 78 %, 4 stars 16.5 %, then a thin tail about sizing, quality, photos, price, service.
            const auto roll = r.below(1000);
            if (roll < 780) {
                text = &pick(r, texts.five);
            } else if (roll < 945) {
                rating = 4;
                text = &pick(r, texts.four);
            } else if (roll < 992) {
                rating = 3;
                const auto which = r.below(10);
                text = which < 5 ? &pick(r, texts.three)
                    : which < 7  ? &pick(r, texts.sizing)
                    : which < 9  ? &pick(r, texts.price)
                                 : &pick(r, texts.notAsDescribed);
            } else {
                rating = roll < 997 ? 2 : 1;
                const auto which = r.below(10);
                text = which < 4 ? &pick(r, texts.quality)
                    : which < 7  ? &pick(r, texts.notAsDescribed)
                    : which < 9  ? &pick(r, texts.sizing)
                                 : &pick(r, texts.service);
            }
            break;
        }
        }

        // Written some days after delivery (a damaged parcel: at once); an undelivered one, once
        // the customer has waited a week or two. What would be written after the demo's end is not.
        const qint64 delivered = orders.value(6).toLongLong();
        qint64 writtenAt = 0;
        if (story == Story::NotReceived)
            writtenAt = orders.value(7).toLongLong() + r.between(8, 16) * kDay;
        else if (story == Story::Damaged)
            writtenAt = delivered + r.between(0, 2) * kDay;
        else
            writtenAt = delivered + (r.chance(65) ? r.between(1, 6) : r.between(7, 30)) * kDay;
        writtenAt += r.between(2, 14) * 3600 + r.between(0, 3599);
        if (writtenAt > end - 3600)
            continue;

        // Where: products on Judge.me and the website, the shop on Google and Trustpilot; a parcel
        // that never came is told to Google or Trustpilot more than anywhere else.
        const auto where = r.below(100);
        Source source = Source::JudgeMe;
        if (story == Story::NotReceived)
            source = where < 45 ? Source::Google : where < 75 ? Source::Trustpilot : Source::JudgeMe;
        else
            source = where < 50 ? Source::JudgeMe
                : where < 72    ? Source::Website
                : where < 88    ? Source::Google
                                : Source::Trustpilot;
        const bool aboutProduct = source == Source::JudgeMe || source == Source::Website;

        const QString name = orders.value(2).toString();
        const QString first = name.section(QLatin1Char(' '), 0, 0);
        const QString last = name.section(QLatin1Char(' '), 1);
        const QString author = source == Source::Google || last.isEmpty()
            ? name
            : first + QLatin1Char(' ') + last.left(1) + QLatin1Char('.');
        const bool unhappy = rating <= reviews::kUnhappyAtMost;

        // The older ones were dealt with: unhappy ones answered, happy ones thanked or set aside.
        // The last month's wait in the triage queue, some already answered.
        const qint64 age = end - writtenAt;
        ReviewStatus reviewStatus = ReviewStatus::New;
        const auto handling = r.below(100);
        if (age > 30 * kDay) {
            if (unhappy)
                reviewStatus = handling < 88 ? ReviewStatus::Answered
                    : handling < 93          ? ReviewStatus::ToAnswer
                                             : ReviewStatus::Ignored;
            else
                reviewStatus = handling < 35 ? ReviewStatus::Answered : ReviewStatus::Ignored;
        } else if (unhappy) {
            reviewStatus = handling < 45 ? ReviewStatus::New
                : handling < 70          ? ReviewStatus::ToAnswer
                                         : ReviewStatus::Answered;
        } else {
            reviewStatus = handling < 60 ? ReviewStatus::New
                : handling < 80          ? ReviewStatus::Answered
                                         : ReviewStatus::Ignored;
        }
        QString reply;
        qint64 repliedAt = 0;
        if (reviewStatus == ReviewStatus::Answered) {
            const char* model = !unhappy                                 ? texts.thanks
                : story == Story::Damaged || story == Story::NotReceived ? texts.sorryParcel
                                                                         : texts.sorry;
            reply = QString::fromUtf8(model).arg(first);
            repliedAt = std::min(end - 60, writtenAt + r.between(2, 48) * 3600);
        }
        const bool published = repliedAt != 0 && r.chance(85) && repliedAt + 600 < end;
        const qint64 createdAt = std::min(end - 30, writtenAt + r.between(10, 120) * 60);

        const qint64 productId = orders.value(12).toLongLong();
        const qint64 variantId = orders.value(10).toLongLong();
        const QString email = orders.value(3).toString().toLower();
        review.bindValue(0, sourceKey(source));
        review.bindValue(1, QStringLiteral("demo-%1").arg(orderId));
        review.bindValue(2, aboutProduct && productId > 0 ? QVariant(productId) : noId);
        review.bindValue(3, aboutProduct && variantId > 0 ? QVariant(variantId) : noId);
        review.bindValue(4, orderId);
        review.bindValue(5, orders.value(1).toLongLong() > 0 ? orders.value(1) : noId);
        review.bindValue(6, rating);
        review.bindValue(7, QString::fromUtf8(text->title));
        review.bindValue(8, QString::fromUtf8(text->body));
        review.bindValue(9, author);
        review.bindValue(10, source == Source::Google ? QStringLiteral("") : email);
        review.bindValue(11, fr ? QStringLiteral("fr") : QStringLiteral("en"));
        review.bindValue(12, aboutProduct ? 1 : 0);
        review.bindValue(13, writtenAt);
        review.bindValue(14, storage::text(reply));
        review.bindValue(15, repliedAt ? QVariant(repliedAt) : noId);
        review.bindValue(16, published ? QVariant(repliedAt + 600) : noId);
        review.bindValue(17, reviews::reviewStatusKey(reviewStatus));
        review.bindValue(18, reviews::queueOf(reviewStatus, rating));
        review.bindValue(19, createdAt);
        review.bindValue(20, std::max(createdAt, repliedAt));
        if (!review.exec())
            return fail(review);
        const qint64 reviewId = review.lastInsertId().toLongLong();
        ++summary.reviews;

        // A photo of the broken parcel often, of the product now and then.
        const int photos = story == Story::Damaged ? (r.chance(55) ? 1 + int(r.below(2)) : 0)
            : r.chance(unhappy ? 10 : 4)           ? 1
                                                   : 0;
        for (int p = 0; p < photos; ++p) {
            photo.bindValue(0, reviewId);
            photo.bindValue(1, p);
            photo.bindValue(2, photoAddress.arg(orderId).arg(p + 1));
            if (!photo.exec())
                return fail(photo);
        }
        // As the review book does: an unhappy review's causes suggested from its words; the merchant
        // confirmed most of those of the reviews answered.
        if (!unhappy)
            continue;
        ++summary.unhappy;
        auto found = causesOf.find(text->body);
        if (found == causesOf.end())
            found = causesOf.insert(text->body,
                reviews::suggestCauses(
                    QString::fromUtf8(text->title) + QLatin1Char('\n') + QString::fromUtf8(text->body)));
        const bool confirmed = reviewStatus == ReviewStatus::Answered && r.chance(70);
        for (Cause c : std::as_const(*found)) {
            cause.bindValue(0, reviewId);
            cause.bindValue(1, reviews::causeKey(c));
            cause.bindValue(2, confirmed ? QStringLiteral("confirmed") : QStringLiteral("suggested"));
            cause.bindValue(3, rating);
            cause.bindValue(4, writtenAt);
            if (!cause.exec())
                return fail(cause);
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace comptoir::demo
