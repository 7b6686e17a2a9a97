#pragma once

#include <QStringList>
#include <QTextStream>

// The headless front end: parses `comptoir-cli <command> [options]` and runs core services.
// Exit codes: 0 success, 1 failure, 2 usage error; messages go to stderr.
class Cli final
{
public:
    enum ExitCode
    {
        Ok = 0,
        Failure = 1,
        Usage = 2,
    };

    Cli(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    int init(const QStringList& args);
    int demo(const QStringList& args);
    int backup(const QStringList& args);
    int restore(const QStringList& args);
    int check(const QStringList& args);
    int importProducts(const QStringList& args);
    int importOrders(const QStringList& args);
    int exportProducts(const QStringList& args);
    int exportOrders(const QStringList& args);
    int reorder(const QStringList& args);
    int slips(const QStringList& args);
    int pickList(const QStringList& args);
    int returnForm(const QStringList& args);
    int track(const QStringList& args);
    int importTracking(const QStringList& args);
    int importTrackingEvents(const QStringList& args);
    int importReviews(const QStringList& args);
    int exportReviews(const QStringList& args);
    int reviewRequests(const QStringList& args);
    int report(const QStringList& args);
    int version(const QStringList& args);
    int help(const QStringList& args);
    int usageError(const QString& command, const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};
