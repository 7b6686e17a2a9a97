// bench_messages: the Messages page of a shop with many conversations.
// Usage: bench_messages SHOP.db [THREADS] [REPEATS]
//
// 1. Tops the shop up to THREADS conversations (default 100,000; written into the file, once): two
//    messages each, one customer question and the shop's answer, a few percent waiting for an answer;
// 2. opens the Messages page REPEATS times (default 7): a new page on the shop, its first rows read
//    ("To answer" first, then every conversation) and its chips counted — what the merchant waits for;
// 3. a search by a word (FTS5) through the same list;
// 4. the reference, in the same run on the same file: the first 200 conversations read with one
//    plain SQL query through QSqlQuery, every column fetched.
#include "messages/MessagesPage.h"
#include "messages/ThreadList.h"
#include "messages/ThreadTableModel.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace comptoir;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

qint64 count(const storage::DatabasePtr& shop, const char* sql)
{
    QSqlQuery q(shop->connection());
    q.exec(QString::fromLatin1(sql));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_messages SHOP.db [THREADS] [REPEATS]\n");
        return 2;
    }
    const qint64 wanted = argc > 2 ? std::atoll(argv[2]) : 100000;
    const int repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 7;
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::OpenExisting;
    options.dailyBackup = false;
    auto database = storage::Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    const storage::DatabasePtr shop = *database;

    const qint64 existing = count(shop, "SELECT count(*) FROM threads");
    if (existing < wanted) {
        QElapsedTimer fill;
        fill.start();
        storage::Transaction transaction(shop->connection());
        QSqlQuery thread(shop->connection());
        thread.prepare(QStringLiteral(
            "INSERT INTO threads (subject, customer_email, customer_name, status, unread, message_count, "
            "last_message_at, last_direction, snippet, created_at) VALUES (?, ?, ?, ?, ?, 2, ?, ?, ?, ?)"));
        QSqlQuery message(shop->connection());
        message.prepare(QStringLiteral(
            "INSERT INTO messages (thread_id, direction, state, message_id, from_address, from_name, subject, body, "
            "written_at, read_at, sent_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        static const char* const words[] = {"colis", "retard", "taille", "facture", "adresse", "cadeau", "échange",
            "remboursement", "livraison", "couleur"};
        for (qint64 i = existing; i < wanted; ++i) {
            const qint64 at = now - (wanted - i) * 600; // one every ten minutes, back in time
            const bool open = i % 25 == 0;
            const QString email = QStringLiteral("client%1@example.fr").arg(i);
            const QString name = QStringLiteral("Client %1").arg(i);
            const QString subject = QStringLiteral("Question %1 : %2").arg(i).arg(QString::fromUtf8(words[i % 10]));
            const QString body = QStringLiteral("Bonjour, une question sur mon %1, merci. %2")
                                     .arg(QString::fromUtf8(words[(i / 10) % 10]))
                                     .arg(i);
            thread.bindValue(0, subject);
            thread.bindValue(1, email);
            thread.bindValue(2, name);
            thread.bindValue(3, open ? QStringLiteral("open") : QStringLiteral("answered"));
            thread.bindValue(4, open ? 1 : 0);
            thread.bindValue(5, open ? at : at + 1800);
            thread.bindValue(6, open ? QStringLiteral("in") : QStringLiteral("out"));
            thread.bindValue(7, body);
            thread.bindValue(8, at);
            thread.exec();
            const qint64 id = thread.lastInsertId().toLongLong();
            for (int m = 0; m < (open ? 1 : 2); ++m) {
                const bool in = m == 0;
                message.bindValue(0, id);
                message.bindValue(1, in ? QStringLiteral("in") : QStringLiteral("out"));
                message.bindValue(2, in ? QStringLiteral("received") : QStringLiteral("sent"));
                message.bindValue(3, QStringLiteral("<bench-%1-%2@example.fr>").arg(id).arg(m));
                message.bindValue(4, in ? email : QStringLiteral("bonjour@shop.fr"));
                message.bindValue(5, in ? name : QStringLiteral("Shop"));
                message.bindValue(6, subject);
                message.bindValue(7, in ? body : QStringLiteral("Bonjour, voici la réponse."));
                message.bindValue(8, in ? at : at + 1800);
                message.bindValue(9, in && !open ? QVariant(at + 600) : QVariant(QMetaType::fromType<qint64>()));
                message.bindValue(10, in ? QVariant(QMetaType::fromType<qint64>()) : QVariant(at + 1800));
                message.bindValue(11, at);
                message.exec();
            }
        }
        if (!transaction.commit().ok()) {
            std::fprintf(stderr, "could not add conversations\n");
            return 1;
        }
        QSqlQuery(shop->connection()).exec(QStringLiteral("ANALYZE"));
        std::printf("added %lld conversations in %.1f s\n", wanted - existing, fill.elapsed() / 1000.0);
    }
    std::printf("%s: %lld conversations, %lld messages\n", argv[1], count(shop, "SELECT count(*) FROM threads"),
        count(shop, "SELECT count(*) FROM messages"));

    std::vector<double> opens, alls, searches, references;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        {
            MessagesPage page;
            page.setDatabase(shop); // "To answer": the first rows and the chips' counts
            if (page.model()->rowCount() == 0)
                std::fprintf(stderr, "no row?\n");
            opens.push_back(timer.nsecsElapsed() / 1e6);
            timer.restart();
            page.setFilter(messages::ThreadList::Filter::All);
            alls.push_back(timer.nsecsElapsed() / 1e6);
            timer.restart();
            page.setSearchText(QStringLiteral("rembours"));
            searches.push_back(timer.nsecsElapsed() / 1e6);
        }
        timer.restart();
        QSqlQuery q(shop->connection());
        q.exec(QStringLiteral("SELECT * FROM threads ORDER BY last_message_at DESC, id DESC LIMIT 200"));
        int rows = 0;
        while (q.next()) {
            for (int c = 0; c < 15; ++c)
                q.value(c);
            ++rows;
        }
        references.push_back(timer.nsecsElapsed() / 1e6);
    }
    const double open = median(opens);
    const double reference = median(references);
    std::printf("Messages page opened (To answer, first rows + counts): median %.1f ms over %d\n", open, repeats);
    std::printf("All conversations, first rows + counts: median %.1f ms\n", median(alls));
    std::printf("Search \"rembours\" (FTS5), first rows + counts: median %.1f ms\n", median(searches));
    std::printf("Reference, the first 200 conversations by plain SQL: median %.2f ms; page/reference = %.1f\n",
        reference, reference > 0 ? open / reference : 0);
    return 0;
}
