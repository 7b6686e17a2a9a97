// bench_demo: demo-shop generation throughput.
// Usage: bench_demo OUT.db PRODUCTS ORDERS
// Prints rows written per second and, as a reference measured in the same run, how long the sqlite3
// shell takes to copy the finished file (VACUUM INTO): the raw speed of writing the same data.
#include "demo/DemoShop.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_demo OUT.db PRODUCTS ORDERS\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    comptoir::demo::DemoShop::Options options;
    options.products = QByteArray(argv[2]).toLongLong();
    options.orders = QByteArray(argv[3]).toLongLong();
    options.until = QDate(2026, 11, 23);
    QFile::remove(path);
    QElapsedTimer timer;
    timer.start();
    auto summary = comptoir::demo::DemoShop::createFile(path, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
        return 1;
    }
    const qint64 rows
        = summary->products + summary->variants * 3 + summary->customers + summary->orders + summary->orderLines;
    std::printf("demo %lld products (%lld variants), %lld customers, %lld orders (%lld lines): %.1f s, ~%.0f rows/s, "
                "file %.0f MB\n",
        summary->products, summary->variants, summary->customers, summary->orders, summary->orderLines, seconds,
        double(rows) / seconds, double(QFile(path).size()) / 1048576.0);

    const QString copy = path + QStringLiteral(".copy");
    QFile::remove(copy);
    timer.restart();
    QProcess::execute(QStringLiteral("sqlite3"), {path, QStringLiteral("VACUUM INTO '%1'").arg(copy)});
    const double reference = double(timer.nsecsElapsed()) / 1e9;
    QFile::remove(copy);
    std::printf("reference sqlite3 shell VACUUM INTO of the result: %.1f s; ratio generation/copy = %.1f\n", reference,
        reference > 0 ? seconds / reference : 0.0);
    return 0;
}
