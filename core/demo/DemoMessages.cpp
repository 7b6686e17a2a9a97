#include "demo/DemoMessages.h"

#include "demo/DemoRandom.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir::demo {

namespace {

constexpr std::uint64_t kStream = 0x4D455353; // "MESS"
constexpr qint64 kDay = 86400;

struct Exchange
{
    const char* subject; // %1: the order number
    const char* question; // %1: order number, %2: first name
    const char* answer; // %1: order number, %2: first name, empty: none
    bool aboutOrder;
    bool photo;
};

// French customers write in French, the others in English.
const Exchange kFrench[] = {
    {"Commande %1 : où en est-elle ?",
        "Bonjour,\n\nJ'ai passé la commande %1 il y a quelques jours et je n'ai pas encore de nouvelles. "
        "Pouvez-vous me dire quand elle partira ?\n\nMerci,\n%2",
        "Bonjour %2,\n\nVotre commande %1 est partie ce matin : vous recevrez le lien de suivi dans la journée.\n\n"
        "Bonne journée,\nCamille",
        true, false},
    {"Erreur d'adresse",
        "Bonjour,\n\nJe me suis trompée d'adresse pour la commande %1 : pouvez-vous l'envoyer au 8 rue des Lilas, "
        "69003 Lyon ?\n\nMerci beaucoup,\n%2",
        "Bonjour %2,\n\nC'est corrigé : la commande %1 partira à votre nouvelle adresse.\n\nBelle journée,\nCamille",
        true, false},
    {"Facture commande %1", "Bonjour,\n\nPourriez-vous m'envoyer la facture de la commande %1 ?\n\nCordialement,\n%2",
        "Bonjour %2,\n\nVoici la facture de votre commande %1 en pièce jointe.\n\nBien cordialement,\nCamille", true,
        false},
    {"Article abîmé",
        "Bonjour,\n\nLe colis de la commande %1 est bien arrivé mais le mug a l'anse cassée. Je vous joins une "
        "photo. Que peut-on faire ?\n\n%2",
        "Bonjour %2,\n\nDésolée pour ce mug ! Je vous en renvoie un aujourd'hui, inutile de nous retourner "
        "l'autre.\n\nCamille",
        true, true},
    {"Merci !", "Bonjour,\n\nBien reçu, tout est parfait, et merci pour le petit mot dans le colis !\n\n%2", "", true,
        false},
    {"Question sur une taille", "Bonjour,\n\nLe tablier taille-t-il grand ? Je fais habituellement du M.\n\nMerci,\n%2",
        "Bonjour %2,\n\nIl taille normalement : prenez votre taille habituelle.\n\nCamille", false, false},
    {"Livraison avant Noël ?", "Bonjour,\n\nSi je commande aujourd'hui, serai-je livré avant le 24 ?\n\n%2",
        "Bonjour %2,\n\nOui, pour toute commande passée avant le 20 décembre en Colissimo.\n\nCamille", false, false},
};

const Exchange kEnglish[] = {
    {"Order %1: any news?",
        "Hello,\n\nI ordered a few days ago (order %1) and have not heard anything yet. When will it ship?\n\n"
        "Thanks,\n%2",
        "Hello %2,\n\nYour order %1 left this morning: you will get the tracking link today.\n\nBest regards,\n"
        "Camille",
        true, false},
    {"Broken item",
        "Hello,\n\nThe parcel of order %1 arrived but the mug's handle is broken. Photo attached. What can we "
        "do?\n\n%2",
        "Hello %2,\n\nSorry about that mug! A new one leaves today; no need to send the broken one back.\n\nCamille",
        true, true},
    {"Thank you!", "Hello,\n\nReceived today, everything is lovely. Thank you!\n\n%2", "", true, false},
};

const char* const kNotices[][2] = {
    // subject, body; %1: order number, %2: first name, %3: tracking number
    {"Votre commande %1 : le colis a du retard",
        "Bonjour %2,\n\nVotre colis (commande %1, suivi %3) n'est pas encore livré. Nous suivons le colis de près "
        "et relançons le transporteur ; s'il n'est pas arrivé dans quelques jours, nous vous en renverrons un "
        "autre ou vous rembourserons, à votre choix.\n\nToutes nos excuses,\nComptoir de Camille"},
    {"Your order %1: the parcel is running late",
        "Hello %2,\n\nYour parcel (order %1, tracking %3) has not been delivered yet. We are chasing the carrier; "
        "if it has not arrived within a few days, we will send another one or refund you, as you prefer.\n\n"
        "Our apologies,\nComptoir de Camille"},
};

// A few bytes standing for the customer's photo.
QByteArray photoBytes()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

// Fills %1, %2, %3 wherever they are (a text may leave one out).
QString fill(const char* text, const QString& one, const QString& two = {}, const QString& three = {})
{
    return QString::fromUtf8(text)
        .replace(QLatin1String("%1"), one)
        .replace(QLatin1String("%2"), two)
        .replace(QLatin1String("%3"), three);
}

bool french(const QString& country)
{
    return country == QLatin1String("FR") || country == QLatin1String("BE") || country == QLatin1String("CH")
        || country == QLatin1String("LU");
}

} // namespace

Result<DemoMessagesSummary> writeDemoMessages(const QSqlDatabase& db, std::uint64_t seed, const QDate& until)
{
    DemoMessagesSummary summary;
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 end = QDateTime(until.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const QString shopEmail = QStringLiteral("bonjour@comptoir-de-camille.fr");

    QSqlQuery thread(db);
    thread.prepare(QStringLiteral(
        "INSERT INTO threads (subject, customer_email, customer_name, customer_id, order_id, status, unread, "
        "message_count, last_message_at, last_direction, snippet, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, substr(?, 1, 400), ?)"));
    QSqlQuery message(db);
    message.prepare(QStringLiteral(
        "INSERT INTO messages (thread_id, direction, state, message_id, in_reply_to, refs, from_address, from_name, "
        "to_addresses, subject, body, written_at, read_at, sent_at, shipment_id, user_name, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery attachment(db);
    attachment.prepare(QStringLiteral("INSERT INTO message_attachments (message_id, file_name, mime_type, size, data) "
                                      "VALUES (?, 'photo.png', 'image/png', ?, ?)"));
    QSqlQuery told(db);
    told.prepare(QStringLiteral("UPDATE shipments SET customer_told_at = ? WHERE id = ?"));

    qint64 threadCount = 0;
    const auto fail = [](const QSqlQuery& q) {
        return storage::sqlError(q, QCoreApplication::translate("DemoShop", "The demo shop could not be written."));
    };
    // Writes one message; returns its id, or 0 on failure.
    const auto addMessage = [&](qint64 threadId, bool in, const QString& from, const QString& fromName,
                                const QString& to, const QString& subject, const QString& body, qint64 at, bool read,
                                qint64 shipmentId, const QString& replyTo) -> qint64 {
        const QString id = QStringLiteral("<demo-%1-%2@%3>")
                               .arg(threadId)
                               .arg(at)
                               .arg(in ? QStringLiteral("example.fr") : QStringLiteral("comptoir-de-camille.fr"));
        message.bindValue(0, threadId);
        message.bindValue(1, in ? QStringLiteral("in") : QStringLiteral("out"));
        message.bindValue(2, in ? QStringLiteral("received") : QStringLiteral("sent"));
        message.bindValue(3, id);
        message.bindValue(4, storage::text(replyTo));
        message.bindValue(5, storage::text(replyTo));
        message.bindValue(6, from);
        message.bindValue(7, fromName);
        message.bindValue(8, to);
        message.bindValue(9, subject);
        message.bindValue(10, body);
        message.bindValue(11, at);
        message.bindValue(12, in && read ? QVariant(at + 3600) : QVariant(QMetaType::fromType<qint64>()));
        message.bindValue(13, in ? QVariant(QMetaType::fromType<qint64>()) : QVariant(at));
        message.bindValue(14, shipmentId > 0 ? QVariant(shipmentId) : QVariant(QMetaType::fromType<qint64>()));
        message.bindValue(15, in ? QStringLiteral("") : QStringLiteral("camille"));
        message.bindValue(16, at);
        if (!message.exec())
            return 0;
        ++summary.messages;
        return message.lastInsertId().toLongLong();
    };

    // Conversations about the orders of the last four months: about one order in twelve.
    auto orders = storage::run(db,
        QStringLiteral("SELECT o.id, o.number, o.customer_id, o.customer_name, o.email, o.placed_at, o.ship_country "
                       "FROM orders o WHERE o.placed_at >= ? AND o.email <> '' ORDER BY o.id"),
        {end - 120 * kDay});
    if (!orders)
        return orders.error();
    while (orders->next()) {
        const qint64 orderId = orders->value(0).toLongLong();
        DemoRandom r = DemoRandom::forItem(seed, kStream, std::uint64_t(orderId));
        if (!r.chance(8))
            continue;
        const QString number = orders->value(1).toString();
        const QString name = orders->value(3).toString();
        const QString first = name.section(QLatin1Char(' '), 0, 0);
        const QString email = orders->value(4).toString().toLower();
        const bool fr = french(orders->value(6).toString());
        const auto& table = fr ? kFrench : kEnglish;
        const std::size_t size = fr ? std::size(kFrench) : std::size(kEnglish);
        const Exchange& exchange = table[r.below(size)];
        const qint64 asked = std::min(end - 600, orders->value(5).toLongLong() + r.between(1, 8) * kDay / 2);
        const bool recent = end - asked < 7 * kDay;
        // Recent questions often wait; older ones were answered, some closed.
        const bool answered = QLatin1String(exchange.answer).size() > 0 && (!recent || r.chance(30));
        const QString subject = fill(exchange.subject, number);
        const QString question = fill(exchange.question, number, first);
        const bool read = answered || !recent || r.chance(30);
        QString status = answered ? QStringLiteral("answered") : QStringLiteral("open");
        if (QLatin1String(exchange.answer).isEmpty() || (answered && r.chance(25)))
            status = QStringLiteral("closed");
        const qint64 replyAt = std::min(end - 60, asked + r.between(1, 20) * 1800);
        const qint64 last = answered ? replyAt : asked;
        const QString answer = answered ? fill(exchange.answer, number, first) : QString();
        thread.bindValue(0, subject);
        thread.bindValue(1, email);
        thread.bindValue(2, name);
        thread.bindValue(3, orders->value(2));
        thread.bindValue(4, exchange.aboutOrder ? QVariant(orderId) : QVariant(QMetaType::fromType<qint64>()));
        thread.bindValue(5, status);
        thread.bindValue(6, read ? 0 : 1);
        thread.bindValue(7, answered ? 2 : 1);
        thread.bindValue(8, last);
        thread.bindValue(9, answered ? QStringLiteral("out") : QStringLiteral("in"));
        thread.bindValue(10, answered ? answer : question);
        thread.bindValue(11, asked);
        if (!thread.exec())
            return fail(thread);
        const qint64 threadId = thread.lastInsertId().toLongLong();
        ++threadCount;
        const qint64 questionId
            = addMessage(threadId, true, email, name, shopEmail, subject, question, asked, read, 0, {});
        if (questionId == 0)
            return fail(message);
        if (exchange.photo) {
            const QByteArray photo = photoBytes();
            attachment.bindValue(0, questionId);
            attachment.bindValue(1, qint64(photo.size()));
            attachment.bindValue(2, photo);
            if (!attachment.exec())
                return fail(attachment);
        }
        if (answered
            && addMessage(threadId, false, shopEmail, QStringLiteral("Comptoir de Camille"), email,
                   QStringLiteral("Re: ") + subject, answer, replyAt, true, 0,
                   QStringLiteral("<demo-%1-%2@example.fr>").arg(threadId).arg(asked))
                == 0)
            return fail(message);
    }

    // The notices sent about parcels in trouble: half of them were told already.
    auto parcels = storage::run(db,
        QStringLiteral("SELECT s.id, o.id, o.number, o.customer_id, o.customer_name, o.email, o.ship_country, "
                       "s.tracking_number, coalesce(s.last_event_at, s.shipped_at) FROM shipments s "
                       "JOIN orders o ON o.id = s.order_id WHERE s.handled_at IS NULL AND o.email <> '' AND "
                       "s.state IN ('lost', 'returned', 'damaged', 'delivery_failed', 'exception') ORDER BY s.id"));
    if (!parcels)
        return parcels.error();
    while (parcels->next()) {
        const qint64 shipmentId = parcels->value(0).toLongLong();
        DemoRandom r = DemoRandom::forItem(seed, kStream + 1, std::uint64_t(shipmentId));
        if (!r.chance(50))
            continue;
        const bool fr = french(parcels->value(6).toString());
        const QString number = parcels->value(2).toString();
        const QString name = parcels->value(4).toString();
        const QString email = parcels->value(5).toString().toLower();
        const QString subject = fill(kNotices[fr ? 0 : 1][0], number);
        const QString body
            = fill(kNotices[fr ? 0 : 1][1], number, name.section(QLatin1Char(' '), 0, 0), parcels->value(7).toString());
        const qint64 at = std::min(end - 60, parcels->value(8).toLongLong() + kDay);
        thread.bindValue(0, subject);
        thread.bindValue(1, email);
        thread.bindValue(2, name);
        thread.bindValue(3, parcels->value(3));
        thread.bindValue(4, parcels->value(1));
        thread.bindValue(5, QStringLiteral("answered"));
        thread.bindValue(6, 0);
        thread.bindValue(7, 1);
        thread.bindValue(8, at);
        thread.bindValue(9, QStringLiteral("out"));
        thread.bindValue(10, body);
        thread.bindValue(11, at);
        if (!thread.exec())
            return fail(thread);
        const qint64 threadId = thread.lastInsertId().toLongLong();
        ++threadCount;
        if (addMessage(threadId, false, shopEmail, QStringLiteral("Comptoir de Camille"), email, subject, body, at,
                true, shipmentId, {})
            == 0)
            return fail(message);
        told.bindValue(0, at);
        told.bindValue(1, shipmentId);
        if (!told.exec())
            return fail(told);
    }
    summary.threads = threadCount;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace comptoir::demo
