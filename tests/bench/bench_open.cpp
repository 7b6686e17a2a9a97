// bench_open: time from process start to the Orders page showing its first rows, and peak memory.
// Usage: bench_open SHOP.db [RUNS]
// Runs the real app offscreen with --quit-after-first-rows, RUNS times (default 5), and, as a
// reference measured in the same run, the sqlite3 shell answering the same first-page query.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace {

struct Sample
{
    double seconds = 0;
    long maxRssKb = 0;
    int status = -1;
};

Sample runOnce(const std::vector<std::string>& argv)
{
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0)
        return {};
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return {double(timer.nsecsElapsed()) / 1e9, usage.ru_maxrss, status};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_open SHOP.db [RUNS]\n");
        return 2;
    }
    const std::string shop = argv[1];
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    setenv("QT_QPA_PLATFORM", "offscreen", 1);

    // The first page of "to prepare" orders, oldest first: what the Orders page asks for.
    const std::string query = "SELECT o.id, o.number, o.placed_at, o.customer_name, o.status, o.channel, o.item_count, "
                              "o.total_minor, o.currency, o.ship_country, o.placed_at FROM orders o "
                              "WHERE o.status IN ('paid', 'preparing') ORDER BY o.placed_at, o.id LIMIT 200;";
    std::vector<double> app_s, ref_s;
    long maxRss = 0;
    runOnce({"sqlite3", shop, query}); // warm the page cache for both
    for (int i = 0; i < runs; ++i) {
        const Sample a = runOnce({COMPTOIR_APP_PATH, "--database", shop, "--quit-after-first-rows"});
        if (a.status != 0) {
            std::fprintf(stderr, "comptoir exited with status %d\n", a.status);
            return 1;
        }
        app_s.push_back(a.seconds);
        maxRss = std::max(maxRss, a.maxRssKb);
        const Sample r = runOnce({"sqlite3", shop, query});
        ref_s.push_back(r.seconds);
    }
    const double a = median(app_s), r = median(ref_s);
    std::printf("open to first Orders rows: median %.3f s over %d runs (min %.3f, max %.3f); peak RSS %.1f MB\n", a, runs,
                *std::min_element(app_s.begin(), app_s.end()), *std::max_element(app_s.begin(), app_s.end()),
                double(maxRss) / 1024.0);
    std::printf("reference sqlite3 shell, same query: median %.3f s; ratio app/sqlite3 = %.1f\n", r, r > 0 ? a / r : 0.0);
    return 0;
}
