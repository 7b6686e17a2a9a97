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
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

struct Sample
{
    double seconds = 0;
    long maxRssKb = 0;
    int status = -1;
    std::string output;
};

// Runs a program, capturing its standard output, and returns its wall time and peak memory.
Sample runOnce(const std::vector<std::string>& argv)
{
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    Sample sample;
    char buffer[4096];
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        sample.output.append(buffer, std::size_t(n));
    close(pipeFds[0]);
    if (spawned != 0)
        return sample;
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    sample.seconds = double(timer.nsecsElapsed()) / 1e9;
    sample.maxRssKb = usage.ru_maxrss;
    sample.status = status;
    return sample;
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
                              "WHERE o.status IN ('paid', 'preparing') ORDER BY +o.placed_at, +o.id LIMIT 200;";
    std::vector<double> firstRows, whole, reference;
    long maxRss = 0;
    runOnce({"sqlite3", shop, query}); // warm the page cache for both
    for (int i = 0; i < runs; ++i) {
        const Sample a = runOnce({COMPTOIR_APP_PATH, "--database", shop, "--quit-after-first-rows"});
        const auto at = a.output.find("first-rows-ms ");
        if (a.status != 0 || at == std::string::npos) {
            std::fprintf(stderr, "comptoir exited with status %d without showing rows\n", a.status);
            return 1;
        }
        firstRows.push_back(std::atof(a.output.c_str() + at + 14) / 1000.0);
        whole.push_back(a.seconds);
        maxRss = std::max(maxRss, a.maxRssKb);
        reference.push_back(runOnce({"sqlite3", shop, query}).seconds);
    }
    const double f = median(firstRows), r = median(reference);
    std::printf("process start to first Orders rows: median %.3f s over %d runs (min %.3f, max %.3f)\n", f, runs,
        *std::min_element(firstRows.begin(), firstRows.end()), *std::max_element(firstRows.begin(), firstRows.end()));
    std::printf("whole run including quitting: median %.3f s; peak resident memory %.1f MB\n", median(whole),
        double(maxRss) / 1024.0);
    std::printf("reference: sqlite3 shell process answering the same first-page query: median %.3f s; ratio %.1f\n", r,
        r > 0 ? f / r : 0.0);
    return 0;
}
