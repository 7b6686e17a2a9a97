#include "Cli.h"

#include "demo/DemoShop.h"
#include "documents/Letterhead.h"
#include "documents/PackingSlipDocument.h"
#include "documents/PickListDocument.h"
#include "documents/ReturnFormDocument.h"
#include "health/ShopCheck.h"
#include "io/CatalogExport.h"
#include "io/CatalogImport.h"
#include "io/CsvWriter.h"
#include "io/OrderExport.h"
#include "io/OrderImport.h"
#include "messages/Templates.h"
#include "orders/OrderBook.h"
#include "orders/PickList.h"
#include "orders/Returns.h"
#include "purchasing/ReorderPlanner.h"
#include "reports/ReportExport.h"
#include "reports/Reports.h"
#include "reviews/ReviewExport.h"
#include "reviews/ReviewImport.h"
#include "reviews/ReviewRequests.h"
#include "settings/ShopSettings.h"
#include "shipping/LaPosteTracking.h"
#include "shipping/Shipments.h"
#include "shipping/TrackingEventImport.h"
#include "shipping/TrackingImport.h"
#include "shipping/TrackingRefresh.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTranslator>

#include <algorithm>
#include <limits>

using namespace comptoir;

namespace {

QString defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("COMPTOIR_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("shop.db"));
}

struct Command
{
    const char* name;
    const char* summary;
};

const Command kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("Cli", "Create a new, empty shop database")},
    {"demo", QT_TRANSLATE_NOOP("Cli", "Create a demo shop with products, customers and orders")},
    {"backup", QT_TRANSLATE_NOOP("Cli", "Back up the shop database now, or list its backups")},
    {"restore", QT_TRANSLATE_NOOP("Cli", "Replace the shop database with a verified backup")},
    {"check", QT_TRANSLATE_NOOP("Cli", "Check the shop database for damage and inconsistencies")},
    {"import", QT_TRANSLATE_NOOP("Cli", "Import products, variants and stock from a CSV file")},
    {"import-orders", QT_TRANSLATE_NOOP("Cli", "Import orders from a Shopify, WooCommerce or Comptoir CSV file")},
    {"reorder", QT_TRANSLATE_NOOP("Cli", "List what to reorder from suppliers, as CSV")},
    {"export", QT_TRANSLATE_NOOP("Cli", "Export the products as a CSV file")},
    {"slips", QT_TRANSLATE_NOOP("Cli", "Write the packing slips of orders as one PDF")},
    {"picklist", QT_TRANSLATE_NOOP("Cli", "Write the pick list of orders as PDF or CSV")},
    {"return-form", QT_TRANSLATE_NOOP("Cli", "Write the return forms of returns as one PDF")},
    {"export-orders", QT_TRANSLATE_NOOP("Cli", "Export the orders as a CSV file in Comptoir's format")},
    {"track", QT_TRANSLATE_NOOP("Cli", "Fetch the tracking of parcels on their way from La Poste")},
    {"import-tracking", QT_TRANSLATE_NOOP("Cli", "Ship orders from a CSV of order numbers and tracking numbers")},
    {"import-tracking-events", QT_TRANSLATE_NOOP("Cli", "Record the tracking events of a carrier's CSV export")},
    {"import-reviews",
        QT_TRANSLATE_NOOP("Cli", "Import reviews from a Judge.me, Trustpilot, WooCommerce or Comptoir CSV")},
    {"export-reviews", QT_TRANSLATE_NOOP("Cli", "Export the reviews and their replies as a CSV file")},
    {"review-requests",
        QT_TRANSLATE_NOOP("Cli", "List the delivered orders to ask for a review, or draft the requests")},
    {"report", QT_TRANSLATE_NOOP("Cli", "Write a report (sales, margin, VAT, stock…) as CSV or PDF")},
    {"version", QT_TRANSLATE_NOOP("Cli", "Print the version of Comptoir")},
};

// A parser with the options every command shares.
void addCommonOptions(QCommandLineParser& parser, const QString& command, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"),
        QCoreApplication::translate("Cli", "Shop database file (default: %1, or $COMPTOIR_DATABASE).")
            .arg(QDir::toNativeSeparators(defaultDatabasePath())),
        QCoreApplication::translate("Cli", "path")});
    parser.addPositionalArgument(command, QCoreApplication::translate("Cli", "The command."), command);
}

QString databaseOption(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database")) : defaultDatabasePath();
}

// Parses the command's arguments; returns -1 to continue, or an exit code.
int parse(
    QCommandLineParser& parser, const QStringList& args, QTextStream& out, QTextStream& err, int maxPositional = 0)
{
    if (!parser.parse(QStringList {QStringLiteral("comptoir-cli")} + args)) {
        err << parser.errorText() << Qt::endl
            << QCoreApplication::translate("Cli", "Try “comptoir-cli %1 --help”.").arg(args.value(0)) << Qt::endl;
        return Cli::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QLatin1String("[options] "), QString());
        return Cli::Ok;
    }
    if (parser.positionalArguments().size() - 1 > maxPositional) {
        err << QCoreApplication::translate("Cli", "Unexpected argument “%1”.")
                   .arg(parser.positionalArguments().value(maxPositional + 1))
            << Qt::endl
            << QCoreApplication::translate("Cli", "Try “comptoir-cli %1 --help”.").arg(args.value(0)) << Qt::endl;
        return Cli::Usage;
    }
    return -1;
}

// The problems of a tracking import as compilers print theirs, "file:line:column: message", then
// their count; false when there are none.
bool printFileProblems(QTextStream& err, const io::ImportProblems& problems, const QString& file)
{
    const QString name = QDir::toNativeSeparators(file);
    for (const auto& problem : problems.problems)
        err << name << QLatin1Char(':') << problem.toString() << Qt::endl;
    if (!problems.hasProblems())
        return false;
    if (problems.problemCount > problems.problems.size())
        err << QCoreApplication::translate("Cli", "… and %1 more problems (the first %2 are listed).")
                   .arg(problems.problemCount - problems.problems.size())
                   .arg(problems.problems.size())
            << Qt::endl;
    err << QCoreApplication::translate(
        "Cli", "%1: %n problem(s) found; nothing was imported.", nullptr, int(problems.problemCount))
               .arg(name)
        << Qt::endl;
    return true;
}

// Progress on stderr, one line rewritten in place, unless quiet.
JobControl::ProgressCallback progressPrinter(QTextStream& err, bool quiet, int& lastPercent)
{
    return [&err, quiet, &lastPercent](qint64 done, qint64 total, const QString& step) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (!quiet && percent != lastPercent) {
            lastPercent = percent;
            err << QStringLiteral("\r%1 %2 %").arg(step).arg(percent, 3) << Qt::flush;
        }
    };
}

// Prints the problems of an import file on stderr, one per line as "line:column: what is wrong",
// then how many there are. Returns whether there were any.
bool printProblems(QTextStream& err, const io::ImportProblems& problems, const QString& file)
{
    for (const auto& problem : problems.problems)
        err << problem.toString() << Qt::endl;
    if (!problems.hasProblems())
        return false;
    if (problems.problemCount > problems.problems.size())
        err << QCoreApplication::translate("Cli", "… and %1 more problems (the first %2 are listed).")
                   .arg(problems.problemCount - problems.problems.size())
                   .arg(problems.problems.size())
            << Qt::endl;
    err << QCoreApplication::translate(
        "Cli", "%1: %n problem(s) found; nothing was imported.", nullptr, int(problems.problemCount))
               .arg(QDir::toNativeSeparators(file))
        << Qt::endl;
    return true;
}

Result<storage::DatabasePtr> openShop(const QString& path, bool mustExist, bool dailyBackup = true)
{
    storage::Database::Options options;
    options.mode = mustExist ? storage::Database::OpenMode::OpenExisting : storage::Database::OpenMode::CreateIfMissing;
    options.dailyBackup = dailyBackup;
    return storage::Database::open(path, options);
}

// Documents for customers are in the shop's language when the shop has chosen one (as in the app).
void applyShopLanguage(const storage::DatabasePtr& database)
{
    const QString language = settings::ShopSettings(database).language();
    if (language.isEmpty())
        return;
    static QTranslator translator;
    QCoreApplication::removeTranslator(&translator);
    if (translator.load(QStringLiteral("comptoir_") + language, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(language + QLatin1Char('_') + QLocale::territoryToCode(QLocale::system().territory())));
}

// The options that choose orders for the documents commands.
void addOrderOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("status"),
        QCoreApplication::translate(
            "Cli", "The orders in these statuses, oldest first, e.g. paid or paid,preparing (statuses: %1).")
            .arg(QStringList {QStringLiteral("new"), QStringLiteral("paid"), QStringLiteral("preparing"),
                QStringLiteral("packed"), QStringLiteral("shipped"), QStringLiteral("delivered"),
                QStringLiteral("on_hold"), QStringLiteral("cancelled"), QStringLiteral("returned")}
                     .join(QStringLiteral(", "))),
        QCoreApplication::translate("Cli", "statuses")});
    parser.addOption({QStringLiteral("orders"),
        QCoreApplication::translate("Cli", "These orders, by number, in this order, e.g. 1001,1002."),
        QCoreApplication::translate("Cli", "numbers")});
    parser.addOption({QStringLiteral("size"),
        QCoreApplication::translate("Cli", "Paper: a4 (default), letter or 4x6 (a 4×6 in label)."),
        QCoreApplication::translate("Cli", "size"), QStringLiteral("a4")});
}

// The orders chosen by --status or --orders.
struct OrderChoice
{
    QList<orders::OrderStatus> statuses; // chosen by status, oldest first
    QStringList numbers; // chosen by number, in this order
    QList<qint64> ids; // once resolved in the shop
};

// Reads --status or --orders; returns -1, or the usage exit code after saying what is wrong.
int parseOrderChoice(const QCommandLineParser& parser, const QString& command, QTextStream& err, OrderChoice& choice)
{
    const auto usage = [&](const QString& message) {
        err << message << Qt::endl
            << QCoreApplication::translate("Cli", "Try “comptoir-cli %1 --help”.").arg(command) << Qt::endl;
        return int(Cli::Usage);
    };
    const bool byStatus = parser.isSet(QStringLiteral("status"));
    if (byStatus == parser.isSet(QStringLiteral("orders")))
        return usage(QCoreApplication::translate("Cli", "Choose the orders with either --status or --orders."));
    if (byStatus) {
        for (const QString& key : parser.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            orders::OrderStatus status;
            if (!orders::statusFromKey(key.trimmed().toLower(), status))
                return usage(QCoreApplication::translate(
                    "Cli", "--status takes order statuses such as paid or preparing, not “%1”.")
                                 .arg(key.trimmed()));
            if (!choice.statuses.contains(status))
                choice.statuses << status;
        }
        if (choice.statuses.isEmpty())
            return usage(QCoreApplication::translate("Cli", "--status needs at least one status."));
        return -1;
    }
    for (const QString& number : parser.value(QStringLiteral("orders")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!number.trimmed().isEmpty())
            choice.numbers << number.trimmed();
    if (choice.numbers.isEmpty())
        return usage(QCoreApplication::translate("Cli", "--orders needs at least one order number."));
    return -1;
}

// Finds the chosen orders in the shop; returns -1, or the failure exit code after saying why.
int resolveOrderChoice(const storage::DatabasePtr& database, QTextStream& err, OrderChoice& choice)
{
    const auto failed = [&](const QString& message) {
        err << message << Qt::endl;
        return int(Cli::Failure);
    };
    if (!choice.statuses.isEmpty()) {
        auto ids = orders::PickList::ordersInStatuses(database, choice.statuses);
        if (!ids)
            return failed(ids.error().toString());
        choice.ids = *ids;
    }
    orders::OrderBook book(database);
    for (const QString& number : std::as_const(choice.numbers)) {
        auto id = book.idForNumber(number);
        if (!id)
            return failed(id.error().toString());
        if (*id == 0)
            return failed(QCoreApplication::translate("Cli", "There is no order %1 in this shop.").arg(number));
        if (!choice.ids.contains(*id))
            choice.ids << *id;
    }
    if (choice.ids.isEmpty())
        return failed(QCoreApplication::translate("Cli", "No order matches: there is nothing to print."));
    return -1;
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

int Cli::usageError(const QString& command, const QString& message)
{
    m_err << message << Qt::endl
          << QCoreApplication::translate("Cli", "Try “comptoir-cli %1 --help”.").arg(command) << Qt::endl;
    return Usage;
}

int Cli::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        help({});
        return Usage;
    }
    const QString command = arguments.first();
    if (command.startsWith(QLatin1Char('-')) && command != QLatin1String("--help") && command != QLatin1String("-h")
        && command != QLatin1String("--version")) {
        m_err << QCoreApplication::translate("Cli", "Name a command first: comptoir-cli <command> [options].")
              << Qt::endl
              << QCoreApplication::translate("Cli", "Run “comptoir-cli --help” to list the commands.") << Qt::endl;
        return Usage;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return help(arguments.mid(1));
    if (command == QLatin1String("--version") || command == QLatin1String("version"))
        return version(arguments);
    if (command == QLatin1String("init"))
        return init(arguments);
    if (command == QLatin1String("demo"))
        return demo(arguments);
    if (command == QLatin1String("backup"))
        return backup(arguments);
    if (command == QLatin1String("restore"))
        return restore(arguments);
    if (command == QLatin1String("check"))
        return check(arguments);
    if (command == QLatin1String("import"))
        return importProducts(arguments);
    if (command == QLatin1String("import-orders"))
        return importOrders(arguments);
    if (command == QLatin1String("reorder"))
        return reorder(arguments);
    if (command == QLatin1String("export"))
        return exportProducts(arguments);
    if (command == QLatin1String("slips"))
        return slips(arguments);
    if (command == QLatin1String("picklist"))
        return pickList(arguments);
    if (command == QLatin1String("return-form"))
        return returnForm(arguments);
    if (command == QLatin1String("export-orders"))
        return exportOrders(arguments);
    if (command == QLatin1String("track"))
        return track(arguments);
    if (command == QLatin1String("import-tracking"))
        return importTracking(arguments);
    if (command == QLatin1String("import-tracking-events"))
        return importTrackingEvents(arguments);
    if (command == QLatin1String("import-reviews"))
        return importReviews(arguments);
    if (command == QLatin1String("export-reviews"))
        return exportReviews(arguments);
    if (command == QLatin1String("review-requests"))
        return reviewRequests(arguments);
    if (command == QLatin1String("report"))
        return report(arguments);
    m_err << QCoreApplication::translate("Cli", "Unknown command “%1”.").arg(command) << Qt::endl
          << QCoreApplication::translate("Cli", "Run “comptoir-cli --help” to list the commands.") << Qt::endl;
    return Usage;
}

int Cli::help(const QStringList& args)
{
    if (!args.isEmpty())
        return run({args.first(), QStringLiteral("--help")});
    m_out << QCoreApplication::translate("Cli", "Usage: comptoir-cli <command> [--database PATH] [options]") << Qt::endl
          << Qt::endl
          << QCoreApplication::translate("Cli", "Commands:") << Qt::endl;
    // The summaries in one column, after the longest name.
    int width = 0;
    for (const Command& command : kCommands)
        width = std::max(width, int(qstrlen(command.name)));
    for (const Command& command : kCommands)
        m_out << QStringLiteral("  %1").arg(QString::fromLatin1(command.name), -(width + 1))
              << QCoreApplication::translate("Cli", command.summary) << Qt::endl;
    m_out << Qt::endl
          << QCoreApplication::translate("Cli", "Run “comptoir-cli <command> --help” for the options of a command.")
          << Qt::endl
          << QCoreApplication::translate("Cli", "Exit codes: 0 success, 1 failure, 2 wrong usage.") << Qt::endl;
    return Ok;
}

int Cli::version(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(
        parser, QStringLiteral("version"), QCoreApplication::translate("Cli", "Print the version of Comptoir."));
    if (args.value(0) != QLatin1String("--version")) {
        if (const int code = parse(parser, args, m_out, m_err); code >= 0)
            return code;
    }
    m_out << QStringLiteral("comptoir-cli %1 (%2), schema %3, Qt %4")
                 .arg(QStringLiteral(COMPTOIR_VERSION), QStringLiteral(COMPTOIR_GIT_COMMIT))
                 .arg(storage::Database::latestSchemaVersion())
                 .arg(QString::fromLatin1(qVersion()))
          << Qt::endl;
    return Ok;
}

int Cli::init(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(
        parser, QStringLiteral("init"), QCoreApplication::translate("Cli", "Create a new, empty shop database."));
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "The shop's name."),
        QCoreApplication::translate("Cli", "name")});
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;
    const QString path = databaseOption(parser);
    if (QFileInfo::exists(path)) {
        m_err << QCoreApplication::translate("Cli", "%1: a file already exists here; “init” only creates new shops.")
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return Failure;
    }
    auto database = openShop(path, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("name"))) {
        settings::ShopSettings shopSettings(*database);
        settings::ShopIdentity identity;
        identity.name = parser.value(QStringLiteral("name"));
        if (auto saved = shopSettings.setIdentity(identity); !saved) {
            m_err << saved.error().toString() << Qt::endl;
            return Failure;
        }
    }
    m_out << QCoreApplication::translate("Cli", "Created %1 (schema %2).")
                 .arg(QDir::toNativeSeparators((*database)->path()))
                 .arg(storage::Database::latestSchemaVersion())
          << Qt::endl;
    return Ok;
}

int Cli::demo(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("demo"),
        QCoreApplication::translate("Cli",
            "Create a demo shop in a new file: a French shop with products and variants, stock, "
            "customers and two years of orders. The same seed always gives the same shop."));
    parser.addOption({QStringLiteral("scale"), QCoreApplication::translate("Cli", "Number of products (default 2000)."),
        QCoreApplication::translate("Cli", "N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("orders"),
        QCoreApplication::translate(
            "Cli", "Number of orders (default: 2.5 × products up to 10,000, then 2 × products)."),
        QCoreApplication::translate("Cli", "N")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("Cli", "Random seed (default 1)."),
        QCoreApplication::translate("Cli", "S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("until"),
        QCoreApplication::translate("Cli", "Date of the last orders, YYYY-MM-DD (default: today)."),
        QCoreApplication::translate("Cli", "date")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Do not print progress.")});
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;

    bool ok = false;
    demo::DemoShop::Options options;
    options.products = parser.value(QStringLiteral("scale")).toLongLong(&ok);
    if (!ok || options.products < 1 || options.products > 10000000)
        return usageError(QStringLiteral("demo"),
            QCoreApplication::translate("Cli", "--scale must be a whole number from 1 to 10,000,000, not “%1”.")
                .arg(parser.value(QStringLiteral("scale"))));
    options.orders
        = options.products <= 10000 ? options.products * 5 / 2 : std::max<qint64>(25000, options.products * 2);
    if (parser.isSet(QStringLiteral("orders"))) {
        options.orders = parser.value(QStringLiteral("orders")).toLongLong(&ok);
        if (!ok || options.orders < 0 || options.orders > 50000000)
            return usageError(QStringLiteral("demo"),
                QCoreApplication::translate("Cli", "--orders must be a whole number from 0 to 50,000,000, not “%1”.")
                    .arg(parser.value(QStringLiteral("orders"))));
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("demo"),
            QCoreApplication::translate("Cli", "--seed must be a whole number, not “%1”.")
                .arg(parser.value(QStringLiteral("seed"))));
    if (parser.isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid())
            return usageError(QStringLiteral("demo"),
                QCoreApplication::translate("Cli", "--until must be a date written YYYY-MM-DD, not “%1”.")
                    .arg(parser.value(QStringLiteral("until"))));
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const QString path = databaseOption(parser);
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    QString lastStep;
    JobControl control([&](qint64 done, qint64 total, const QString& step) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        // A new step shows even at 0 % (indexes, messages, reviews: steps without a count).
        if (!quiet && (percent != lastPercent || step != lastStep)) {
            lastPercent = percent;
            lastStep = step;
            m_err << QStringLiteral("\r%1 %2 %").arg(step).arg(percent, 3) << Qt::flush;
        }
    });
    auto summary = demo::DemoShop::createFile(path, options, control);
    if (!quiet)
        m_err << Qt::endl;
    if (!summary) {
        m_err << summary.error().toString() << Qt::endl;
        return Failure;
    }
    m_out << QCoreApplication::translate(
        "Cli", "Created the demo shop %1: %2 products (%3 variants), %4 customers, %5 orders (%6 lines) in %7 s.")
                 .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                 .arg(summary->products)
                 .arg(summary->variants)
                 .arg(summary->customers)
                 .arg(summary->orders)
                 .arg(summary->orderLines)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Ok;
}

int Cli::backup(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("backup"),
        QCoreApplication::translate(
            "Cli", "Back up the shop database into the backup folder beside it, or list its backups."));
    parser.addOption(
        {QStringLiteral("list"), QCoreApplication::translate("Cli", "List the backups instead of making one.")});
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;
    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    storage::Backups backups(**database);
    if (parser.isSet(QStringLiteral("list"))) {
        for (const auto& entry : backups.list())
            m_out << entry.createdAt.toLocalTime().toString(Qt::ISODate) << '\t'
                  << storage::Backups::kindName(entry.kind) << '\t' << entry.size << '\t'
                  << QDir::toNativeSeparators(entry.path) << Qt::endl;
        return Ok;
    }
    auto made = backups.create(storage::Backups::Kind::Manual);
    if (!made) {
        m_err << made.error().toString() << Qt::endl;
        return Failure;
    }
    m_out << QCoreApplication::translate("Cli", "Backed up to %1").arg(QDir::toNativeSeparators(*made)) << Qt::endl;
    return Ok;
}

int Cli::restore(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("restore"),
        QCoreApplication::translate("Cli",
            "Replace the shop database with a backup, after checking the backup is intact. The "
            "replaced file is kept in the backup folder."));
    parser.addPositionalArgument(QStringLiteral("backup"),
        QCoreApplication::translate("Cli", "The backup file to restore."),
        QCoreApplication::translate("Cli", "BACKUP"));
    if (const int code = parse(parser, args, m_out, m_err, 1); code >= 0)
        return code;
    const QString backupPath = parser.positionalArguments().value(1);
    if (backupPath.isEmpty())
        return usageError(
            QStringLiteral("restore"), QCoreApplication::translate("Cli", "Name the backup file to restore."));
    auto restored = storage::Backups::restore(
        QFileInfo(databaseOption(parser)).absoluteFilePath(), backupPath, QDateTime::currentDateTimeUtc());
    if (!restored) {
        m_err << restored.error().toString() << Qt::endl;
        return Failure;
    }
    m_out << QCoreApplication::translate("Cli", "Restored %1; the replaced file was kept as %2.")
                 .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(*restored))
          << Qt::endl;
    return Ok;
}

int Cli::check(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("check"),
        QCoreApplication::translate("Cli",
            "Check the shop database: file integrity, links between records, stock against its ledger, "
            "order totals against their lines. Exits with 1 when a problem is found."));
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;
    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    auto problems = health::ShopCheck(*database).run();
    if (!problems) {
        m_err << problems.error().toString() << Qt::endl;
        return Failure;
    }
    for (const auto& problem : *problems)
        m_err << QStringLiteral("%1: %2 [%3]").arg(problem.where, problem.what, problem.check) << Qt::endl;
    if (!problems->isEmpty()) {
        m_err << QCoreApplication::translate("Cli", "%n problem(s) found.", nullptr, int(problems->size())) << Qt::endl;
        return Failure;
    }
    m_out << QCoreApplication::translate("Cli", "No problem found in %1.")
                 .arg(QDir::toNativeSeparators((*database)->path()))
          << Qt::endl;
    return Ok;
}

int Cli::importProducts(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("import"),
        QCoreApplication::translate("Cli",
            "Import products, variants and stock from a CSV file: Comptoir's own columns, Shopify's or "
            "WooCommerce's product export. Variants are matched by SKU: known ones are updated, new ones "
            "created. The whole file is checked first; when a line is wrong, every problem is listed as "
            "line:column and nothing is written."));
    parser.addOption({QStringLiteral("format"),
        QCoreApplication::translate("Cli", "auto (default), comptoir, shopify or woocommerce."),
        QCoreApplication::translate("Cli", "format"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("dry-run"),
        QCoreApplication::translate("Cli", "Check the file and say what would change, without writing anything.")});
    parser.addOption({QStringLiteral("location"),
        QCoreApplication::translate("Cli", "Stock location whose quantities the file sets (default: the first)."),
        QCoreApplication::translate("Cli", "name")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Do not print progress.")});
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("Cli", "The CSV file."), QStringLiteral("FILE"));
    if (const int code = parse(parser, args, m_out, m_err, 1); code >= 0)
        return code;
    const QString file = parser.positionalArguments().value(1);
    if (file.isEmpty())
        return usageError(QStringLiteral("import"), QCoreApplication::translate("Cli", "Name the CSV file to import."));
    io::ImportOptions options;
    if (!io::formatFromKey(parser.value(QStringLiteral("format")), options.format)
        || options.format == io::CatalogFormat::Generic)
        return usageError(QStringLiteral("import"),
            QCoreApplication::translate("Cli", "--format is auto, comptoir, shopify or woocommerce, not “%1”.")
                .arg(parser.value(QStringLiteral("format"))));
    options.location = parser.value(QStringLiteral("location"));
    auto database = openShop(databaseOption(parser), true);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    int lastPercent = -1;
    JobControl control(progressPrinter(m_err, quiet, lastPercent));
    io::CatalogImport import(*database);
    auto report = dryRun ? import.check(file, options, control) : import.run(file, options, control);
    if (!quiet)
        m_err << Qt::endl;
    if (!report) {
        m_err << report.error().toString() << Qt::endl;
        return Failure;
    }
    if (printProblems(m_err, *report, file))
        return Failure;
    m_out << (dryRun ? QCoreApplication::translate("Cli", "Dry run of %1 (%2, %3): nothing was written.")
                     : QCoreApplication::translate("Cli", "Imported %1 (%2, %3)."))
                 .arg(QDir::toNativeSeparators(file), io::formatLabel(report->format), report->encoding)
          << Qt::endl
          << report->summary() << Qt::endl;
    return Ok;
}

int Cli::importOrders(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("import-orders"),
        QCoreApplication::translate("Cli",
            "Import orders from a CSV file: Shopify's orders export, WooCommerce's (Customer/Order CSV Export, one "
            "row per item) or Comptoir's own. Lines are found by SKU; an unknown SKU is a problem, never a new "
            "product. Orders the shop already has are left as they are. The whole file is checked first; when "
            "something is wrong, every problem is listed as line:column and nothing is written."));
    parser.addOption({QStringLiteral("format"),
        QCoreApplication::translate("Cli", "auto (default), comptoir, shopify or woocommerce."),
        QCoreApplication::translate("Cli", "format"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("shipped"),
        QCoreApplication::translate("Cli",
            "Orders already shipped: skip (default; their stock is left alone) or deduct (import them and take "
            "their items out of stock)."),
        QCoreApplication::translate("Cli", "what"), QStringLiteral("skip")});
    parser.addOption({QStringLiteral("dry-run"),
        QCoreApplication::translate("Cli", "Check the file and say what would change, without writing anything.")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Do not print progress.")});
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("Cli", "The CSV file."), QStringLiteral("FILE"));
    if (const int code = parse(parser, args, m_out, m_err, 1); code >= 0)
        return code;
    const QString file = parser.positionalArguments().value(1);
    if (file.isEmpty())
        return usageError(
            QStringLiteral("import-orders"), QCoreApplication::translate("Cli", "Name the CSV file to import."));
    io::OrderImportOptions options;
    if (!io::formatFromKey(parser.value(QStringLiteral("format")), options.format))
        return usageError(QStringLiteral("import-orders"),
            QCoreApplication::translate("Cli", "--format is auto, comptoir, shopify or woocommerce, not “%1”.")
                .arg(parser.value(QStringLiteral("format"))));
    if (!io::shippedOrdersFromKey(parser.value(QStringLiteral("shipped")), options.shipped))
        return usageError(QStringLiteral("import-orders"),
            QCoreApplication::translate("Cli", "--shipped is skip or deduct, not “%1”.")
                .arg(parser.value(QStringLiteral("shipped"))));
    auto database = openShop(databaseOption(parser), true);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    int lastPercent = -1;
    JobControl control(progressPrinter(m_err, quiet, lastPercent));
    io::OrderImport import(*database);
    auto report = dryRun ? import.check(file, options, control) : import.run(file, options, control);
    if (!quiet)
        m_err << Qt::endl;
    if (!report) {
        m_err << report.error().toString() << Qt::endl;
        return Failure;
    }
    for (const auto& warning : report->warnings.problems)
        m_err << QCoreApplication::translate("Cli", "%1: warning: %2").arg(warning.where(), warning.message)
              << Qt::endl;
    if (printProblems(m_err, *report, file))
        return Failure;
    for (const auto& skipped : report->skipped.problems)
        m_out << QCoreApplication::translate("Cli", "%1: skipped: %2").arg(skipped.where(), skipped.message)
              << Qt::endl;
    m_out << (dryRun ? QCoreApplication::translate("Cli", "Dry run of %1 (%2, %3): nothing was written.")
                     : QCoreApplication::translate("Cli", "Imported %1 (%2, %3)."))
                 .arg(QDir::toNativeSeparators(file), io::formatLabel(report->format), report->encoding)
          << Qt::endl
          << report->summary() << Qt::endl;
    return Ok;
}

int Cli::importTracking(const QStringList& args)
{
    const QString command = QStringLiteral("import-tracking");
    QCommandLineParser parser;
    addCommonOptions(parser, command,
        QCoreApplication::translate("Cli",
            "Ship orders from a CSV file of order numbers and tracking numbers, as label tools export it "
            "(columns such as Order number or N° commande, Tracking number or Numéro de suivi, and optionally "
            "Carrier, Service, Weight, Cost, Date). An order not shipped yet is shipped with its parcel and its "
            "stock leaves; a shipped order gets another parcel; a parcel already recorded is left alone. The "
            "whole file is checked first; when a row is wrong, every problem is listed as file:line:column and "
            "nothing is written."));
    parser.addOption({QStringLiteral("dry-run"),
        QCoreApplication::translate("Cli", "Check the file and say what would change, without writing anything.")});
    parser.addOption({QStringLiteral("carrier"),
        QCoreApplication::translate(
            "Cli", "The carrier of rows that name none (default: recognised from each tracking number)."),
        QCoreApplication::translate("Cli", "key")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Do not print progress.")});
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("Cli", "The CSV file."), QStringLiteral("FILE"));
    if (const int code = parse(parser, args, m_out, m_err, 1); code >= 0)
        return code;
    const QString file = parser.positionalArguments().value(1);
    if (file.isEmpty())
        return usageError(command, QCoreApplication::translate("Cli", "Name the CSV file to import."));
    auto database = openShop(databaseOption(parser), true);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    shipping::TrackingImportOptions options;
    if (parser.isSet(QStringLiteral("carrier"))) {
        options.carrier = parser.value(QStringLiteral("carrier"));
        auto carrier = shipping::Carriers(*database).find(options.carrier);
        if (!carrier) {
            m_err << carrier.error().toString() << Qt::endl;
            return Failure;
        }
        if (!*carrier)
            return usageError(command,
                QCoreApplication::translate("Cli", "--carrier: the shop has no carrier “%1” (see Settings ▸ Carriers).")
                    .arg(options.carrier));
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    int lastPercent = -1;
    JobControl control(progressPrinter(m_err, quiet, lastPercent));
    shipping::TrackingImport import(*database);
    auto report = dryRun ? import.check(file, options, control) : import.run(file, options, control);
    if (!quiet)
        m_err << Qt::endl;
    if (!report) {
        m_err << report.error().toString() << Qt::endl;
        return Failure;
    }
    if (printFileProblems(m_err, *report, file))
        return Failure;
    for (const auto& row : std::as_const(report->lines))
        m_out << QCoreApplication::translate("Cli", "%1: order %2, %3: %4")
                     .arg(row.line)
                     .arg(row.orderNumber, row.trackingNumber, shipping::trackingRowActionLabel(row.action))
              << Qt::endl;
    m_out << (dryRun ? QCoreApplication::translate("Cli", "Dry run of %1 (%2): nothing was written.")
                     : QCoreApplication::translate("Cli", "Imported %1 (%2)."))
                 .arg(QDir::toNativeSeparators(file), report->encoding)
          << Qt::endl
          << report->summary() << Qt::endl;
    return Ok;
}

int Cli::importTrackingEvents(const QStringList& args)
{
    const QString command = QStringLiteral("import-tracking-events");
    QCommandLineParser parser;
    addCommonOptions(parser, command,
        QCoreApplication::translate("Cli",
            "Record the tracking events of a carrier's CSV export: tracking number, status (Delivered, Livré, En "
            "cours d'acheminement, Avisé…), date and time, and optionally location, description and code. Events "
            "a parcel already has are skipped; a delivered parcel moves its order to delivered. The whole file "
            "is checked first; when a row is wrong, every problem is listed as file:line:column and nothing is "
            "written."));
    parser.addOption({QStringLiteral("dry-run"),
        QCoreApplication::translate("Cli", "Check the file and say what would change, without writing anything.")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Do not print progress.")});
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("Cli", "The CSV file."), QStringLiteral("FILE"));
    if (const int code = parse(parser, args, m_out, m_err, 1); code >= 0)
        return code;
    const QString file = parser.positionalArguments().value(1);
    if (file.isEmpty())
        return usageError(command, QCoreApplication::translate("Cli", "Name the CSV file to import."));
    auto database = openShop(databaseOption(parser), true);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    int lastPercent = -1;
    JobControl control(progressPrinter(m_err, quiet, lastPercent));
    shipping::TrackingEventImport import(*database);
    auto report = dryRun ? import.check(file, control) : import.run(file, control);
    if (!quiet)
        m_err << Qt::endl;
    if (!report) {
        m_err << report.error().toString() << Qt::endl;
        return Failure;
    }
    if (printFileProblems(m_err, *report, file))
        return Failure;
    m_out << (dryRun ? QCoreApplication::translate("Cli", "Dry run of %1 (%2): nothing was written.")
                     : QCoreApplication::translate("Cli", "Imported %1 (%2)."))
                 .arg(QDir::toNativeSeparators(file), report->encoding)
          << Qt::endl
          << report->summary() << Qt::endl;
    return Ok;
}

int Cli::importReviews(const QStringList& args)
{
    const QString command = QStringLiteral("import-reviews");
    QCommandLineParser parser;
    addCommonOptions(parser, command,
        QCoreApplication::translate("Cli",
            "Import the reviews of a CSV file exported from Judge.me, Trustpilot or WooCommerce, or written by "
            "“comptoir-cli export-reviews”; the format is recognised from the header line. Products are found by "
            "SKU, handle or name; a row without product is a review of the shop. A review the shop has already "
            "is left alone, so importing the same file again adds nothing. The whole file is checked first; when "
            "a row is wrong, every problem is listed as file:line:column and nothing is written."));
    parser.addOption({QStringLiteral("dry-run"),
        QCoreApplication::translate("Cli", "Check the file and say what would change, without writing anything.")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Do not print progress.")});
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("Cli", "The CSV file."), QStringLiteral("FILE"));
    if (const int code = parse(parser, args, m_out, m_err, 1); code >= 0)
        return code;
    const QString file = parser.positionalArguments().value(1);
    if (file.isEmpty())
        return usageError(command, QCoreApplication::translate("Cli", "Name the CSV file to import."));
    auto database = openShop(databaseOption(parser), true);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    int lastPercent = -1;
    JobControl control(progressPrinter(m_err, quiet, lastPercent));
    reviews::ReviewImport import(*database);
    auto report = dryRun ? import.check(file, control) : import.run(file, control);
    if (!quiet)
        m_err << Qt::endl;
    if (!report) {
        m_err << report.error().toString() << Qt::endl;
        return Failure;
    }
    if (printFileProblems(m_err, *report, file))
        return Failure;
    for (const auto& row : std::as_const(report->lines))
        m_out << QCoreApplication::translate("Cli", "%1: %2, %3★: %4")
                     .arg(row.line)
                     .arg(row.author)
                     .arg(row.rating)
                     .arg(reviews::reviewRowActionLabel(row.action))
              << Qt::endl;
    m_out << (dryRun ? QCoreApplication::translate("Cli", "Dry run of %1 (%2, %3): nothing was written.")
                     : QCoreApplication::translate("Cli", "Imported %1 (%2, %3)."))
                 .arg(QDir::toNativeSeparators(file), reviews::reviewFileFormatLabel(report->format), report->encoding)
          << Qt::endl
          << report->summary() << Qt::endl;
    return Ok;
}

int Cli::exportReviews(const QStringList& args)
{
    const QString command = QStringLiteral("export-reviews");
    QCommandLineParser parser;
    addCommonOptions(parser, command,
        QCoreApplication::translate("Cli",
            "Export the reviews with their replies as a CSV file, oldest first: in Comptoir's format, which "
            "“comptoir-cli import-reviews” reads back, or in Judge.me's. With --unpublished, only the replies "
            "still to publish on their platform; with --mark-published, they count as published once the file "
            "is written."));
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "comptoir (default) or judgeme."),
        QCoreApplication::translate("Cli", "format"), QStringLiteral("comptoir")});
    parser.addOption({QStringLiteral("source"),
        QCoreApplication::translate(
            "Cli", "Only the reviews from this platform: website, google, trustpilot, judgeme, woocommerce…"),
        QCoreApplication::translate("Cli", "key")});
    parser.addOption({QStringLiteral("unpublished"),
        QCoreApplication::translate("Cli", "Only the reviews answered whose reply is not published yet.")});
    parser.addOption({QStringLiteral("mark-published"),
        QCoreApplication::translate("Cli", "Mark the replies written to the file as published.")});
    parser.addOption({QStringLiteral("bom"), QCoreApplication::translate("Cli", "Start the file with a UTF-8 BOM.")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Do not print progress.")});
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("Cli", "The CSV file to write."), QStringLiteral("FILE"));
    if (const int code = parse(parser, args, m_out, m_err, 1); code >= 0)
        return code;
    const QString file = parser.positionalArguments().value(1);
    if (file.isEmpty())
        return usageError(command, QCoreApplication::translate("Cli", "Name the CSV file to write."));
    reviews::ReviewExportOptions options;
    if (!reviews::reviewFileFormatFromKey(parser.value(QStringLiteral("format")), options.format)
        || (options.format != reviews::ReviewFileFormat::Comptoir
            && options.format != reviews::ReviewFileFormat::JudgeMe))
        return usageError(command,
            QCoreApplication::translate("Cli", "--format is comptoir or judgeme, not “%1”.")
                .arg(parser.value(QStringLiteral("format"))));
    if (parser.isSet(QStringLiteral("source"))) {
        reviews::Source source = reviews::Source::Website;
        if (!reviews::sourceFromKey(parser.value(QStringLiteral("source")).toLower(), source))
            return usageError(command,
                QCoreApplication::translate("Cli",
                    "--source is website, google, trustpilot, judgeme, woocommerce, marketplace or other, not “%1”.")
                    .arg(parser.value(QStringLiteral("source"))));
        options.source = source;
    }
    options.unpublishedOnly = parser.isSet(QStringLiteral("unpublished"));
    options.markPublished = parser.isSet(QStringLiteral("mark-published"));
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    int lastPercent = -1;
    JobControl control(progressPrinter(m_err, quiet, lastPercent));
    auto summary = reviews::ReviewExport(*database).writeFile(file, options, control);
    if (!quiet)
        m_err << Qt::endl;
    if (!summary) {
        m_err << summary.error().toString() << Qt::endl;
        return Failure;
    }
    m_out << QCoreApplication::translate("Cli", "Exported %1 reviews (%2 with a reply) to %3.")
                 .arg(summary->reviews)
                 .arg(summary->replies)
                 .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
          << Qt::endl;
    // Counted outside the translate() call: lupdate's parser never ends on a template argument there.
    const int marked = int(std::min<qint64>(summary->markedPublished, std::numeric_limits<int>::max()));
    if (options.markPublished)
        m_out << QCoreApplication::translate("Cli", "%n reply(ies) marked as published.", nullptr, marked) << Qt::endl;
    return Ok;
}

int Cli::exportProducts(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("export"),
        QCoreApplication::translate("Cli",
            "Export the products, their variants and the stock of one location as a CSV file that "
            "“comptoir-cli import” reads back."));
    parser.addOption(
        {QStringLiteral("format"), QCoreApplication::translate("Cli", "comptoir (default), shopify or woocommerce."),
            QCoreApplication::translate("Cli", "format"), QStringLiteral("comptoir")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The CSV file to write."),
        QCoreApplication::translate("Cli", "file")});
    parser.addOption({QStringLiteral("excel-fr"),
        QCoreApplication::translate("Cli", "For Excel in French: ';', decimal comma, UTF-8 with BOM, CRLF.")});
    parser.addOption(
        {QStringLiteral("delimiter"), QCoreApplication::translate("Cli", "Field delimiter: ',', ';' or tab."),
            QCoreApplication::translate("Cli", "character")});
    parser.addOption({QStringLiteral("decimal-comma"),
        QCoreApplication::translate("Cli", "Write amounts with a decimal comma (12,50).")});
    parser.addOption({QStringLiteral("bom"), QCoreApplication::translate("Cli", "Start the file with a UTF-8 BOM.")});
    parser.addOption({QStringLiteral("location"),
        QCoreApplication::translate("Cli", "Stock location whose quantities are written (default: the first)."),
        QCoreApplication::translate("Cli", "name")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Do not print progress.")});
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;
    io::CatalogFormat format = io::CatalogFormat::Comptoir;
    if (!io::formatFromKey(parser.value(QStringLiteral("format")), format) || !io::exportFormats().contains(format))
        return usageError(QStringLiteral("export"),
            QCoreApplication::translate("Cli", "--format is comptoir, shopify or woocommerce, not “%1”.")
                .arg(parser.value(QStringLiteral("format"))));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(
            QStringLiteral("export"), QCoreApplication::translate("Cli", "Name the file to write with --out FILE."));
    io::ExportOptions options = parser.isSet(QStringLiteral("excel-fr")) ? io::ExportOptions::frenchExcel(format)
                                                                         : io::ExportOptions::forFormat(format);
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
            options.delimiter = QLatin1Char('\t');
        else if (delimiter == QLatin1String(",") || delimiter == QLatin1String(";"))
            options.delimiter = delimiter.at(0);
        else
            return usageError(QStringLiteral("export"),
                QCoreApplication::translate("Cli", "--delimiter is ',', ';' or tab, not “%1”.").arg(delimiter));
    }
    if (parser.isSet(QStringLiteral("decimal-comma")))
        options.decimalComma = true;
    if (parser.isSet(QStringLiteral("bom")))
        options.byteOrderMark = true;
    options.location = parser.value(QStringLiteral("location"));
    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    int lastPercent = -1;
    JobControl control(progressPrinter(m_err, quiet, lastPercent));
    auto summary = io::CatalogExport(*database).writeFile(out, options, control);
    if (!quiet)
        m_err << Qt::endl;
    if (!summary) {
        m_err << summary.error().toString() << Qt::endl;
        return Failure;
    }
    m_out << QCoreApplication::translate("Cli", "Exported %1 products (%2 variants) to %3.")
                 .arg(summary->products)
                 .arg(summary->variants)
                 .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
          << Qt::endl;
    return Ok;
}

int Cli::exportOrders(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("export-orders"),
        QCoreApplication::translate("Cli",
            "Export every order, one row per order line, in Comptoir's order format that "
            "“comptoir-cli import-orders” reads back into another shop."));
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The CSV file to write."),
        QCoreApplication::translate("Cli", "file")});
    parser.addOption({QStringLiteral("excel-fr"),
        QCoreApplication::translate("Cli", "For Excel in French: ';', decimal comma, UTF-8 with BOM, CRLF.")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Do not print progress.")});
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(QStringLiteral("export-orders"),
            QCoreApplication::translate("Cli", "Name the file to write with --out FILE."));
    const io::ExportOptions options = parser.isSet(QStringLiteral("excel-fr"))
        ? io::ExportOptions::frenchExcel(io::CatalogFormat::Comptoir)
        : io::ExportOptions::forFormat(io::CatalogFormat::Comptoir);
    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    int lastPercent = -1;
    JobControl control(progressPrinter(m_err, quiet, lastPercent));
    auto summary = io::OrderExport(*database).writeFile(out, options, control);
    if (!quiet)
        m_err << Qt::endl;
    if (!summary) {
        m_err << summary.error().toString() << Qt::endl;
        return Failure;
    }
    m_out << QCoreApplication::translate("Cli", "Exported %1 orders (%2 lines) to %3.")
                 .arg(summary->orders)
                 .arg(summary->lines)
                 .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
          << Qt::endl;
    return Ok;
}

int Cli::reorder(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("reorder"),
        QCoreApplication::translate("Cli",
            "List the variants to reorder (available and incoming stock at or below the reorder point), with the "
            "quantity to order, as CSV on the standard output, grouped by supplier. Uses the reorder settings "
            "saved in the shop."));
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "Write the CSV to this file."),
        QCoreApplication::translate("Cli", "file")});
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;
    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    auto settings = purchasing::ReorderSettings::load(*database);
    if (!settings) {
        m_err << settings.error().toString() << Qt::endl;
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    auto list = purchasing::ReorderPlanner(*database, *settings).toReorder();
    if (!list) {
        m_err << list.error().toString() << Qt::endl;
        return Failure;
    }
    const qint64 elapsed = timer.elapsed();

    QFile file;
    if (parser.isSet(QStringLiteral("out"))) {
        file.setFileName(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_err << QCoreApplication::translate("Cli", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())
                  << Qt::endl;
            return Failure;
        }
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return Failure;
    }
    io::CsvWriter csv(&file);
    Status written = csv.writeRecord({QStringLiteral("supplier"), QStringLiteral("sku"), QStringLiteral("title"),
        QStringLiteral("supplier_sku"), QStringLiteral("on_hand"), QStringLiteral("reserved"),
        QStringLiteral("incoming"), QStringLiteral("sold"), QStringLiteral("in_stock_days"), QStringLiteral("per_day"),
        QStringLiteral("lead_time_days"), QStringLiteral("safety_stock"), QStringLiteral("reorder_point"),
        QStringLiteral("order_quantity"), QStringLiteral("unit_cost")});
    for (const auto& demand : *list) {
        if (!written)
            break;
        written = csv.writeRecord({demand.supplierName, demand.sku, demand.title, demand.supplierSku,
            QString::number(demand.onHand), QString::number(demand.reserved), QString::number(demand.incoming),
            QString::number(demand.sold), QString::number(demand.inStockDays, 'f', 1),
            QString::number(demand.velocity, 'f', 3), QString::number(demand.leadTimeDays),
            QString::number(demand.safetyStock), QString::number(demand.reorderPoint),
            QString::number(demand.suggestedQuantity), demand.cost.toDecimalString()});
    }
    if (written)
        written = csv.flush();
    if (!written) {
        m_err << written.error().toString() << Qt::endl;
        return Failure;
    }
    m_err << QCoreApplication::translate(
        "Cli", "%n variant(s) to reorder, computed in %1 s.", nullptr, int(list->size()))
                 .arg(double(elapsed) / 1000, 0, 'f', 2)
          << Qt::endl;
    return Ok;
}

int Cli::slips(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("slips"),
        QCoreApplication::translate("Cli",
            "Write the packing slips of the chosen orders as one PDF, one slip per order (long orders take more "
            "pages): the shop, the order number as a barcode, the addresses, the lines with their SKU and bin, "
            "and prices unless told not to."));
    addOrderOptions(parser);
    parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("Cli", "The PDF file to write."),
        QCoreApplication::translate("Cli", "file")});
    parser.addOption({QStringLiteral("no-prices"),
        QCoreApplication::translate("Cli", "Leave the prices out (the default on 4×6 labels).")});
    parser.addOption(
        {QStringLiteral("prices"), QCoreApplication::translate("Cli", "Print the prices on 4×6 labels too.")});
    parser.addOption({QStringLiteral("with-pick-list"),
        QCoreApplication::translate("Cli", "Start with the pick list of the same orders.")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Do not print progress.")});
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;
    documents::PageFormat format = documents::PageFormat::A4;
    if (!documents::pageFormatFromKey(parser.value(QStringLiteral("size")), format))
        return usageError(QStringLiteral("slips"),
            QCoreApplication::translate("Cli", "--size is a4, letter or 4x6, not “%1”.")
                .arg(parser.value(QStringLiteral("size"))));
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usageError(
            QStringLiteral("slips"), QCoreApplication::translate("Cli", "Name the PDF file to write with --pdf FILE."));
    if (parser.isSet(QStringLiteral("prices")) && parser.isSet(QStringLiteral("no-prices")))
        return usageError(
            QStringLiteral("slips"), QCoreApplication::translate("Cli", "Choose --prices or --no-prices, not both."));
    auto options = documents::PackingSlipDocument::Options::forFormat(format);
    if (parser.isSet(QStringLiteral("prices")))
        options.prices = true;
    if (parser.isSet(QStringLiteral("no-prices")))
        options.prices = false;
    options.pickListFirst = parser.isSet(QStringLiteral("with-pick-list"));
    OrderChoice chosen;
    if (const int code = parseOrderChoice(parser, QStringLiteral("slips"), m_err, chosen); code >= 0)
        return code;

    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    if (const int code = resolveOrderChoice(*database, m_err, chosen); code >= 0)
        return code;
    applyShopLanguage(*database);

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    int lastPercent = -1;
    JobControl control(progressPrinter(m_err, quiet, lastPercent));
    QElapsedTimer timer;
    timer.start();
    auto written = documents::PackingSlipDocument(*database).writePdf(chosen.ids, pdf, options, control);
    if (!quiet)
        m_err << Qt::endl;
    if (!written) {
        m_err << written.error().toString() << Qt::endl;
        return Failure;
    }
    m_out << QCoreApplication::translate("Cli", "Packing slips written to %1 (orders: %2, %3 s).")
                 .arg(QDir::toNativeSeparators(QFileInfo(pdf).absoluteFilePath()))
                 .arg(chosen.ids.size())
                 .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
          << Qt::endl;
    return Ok;
}

int Cli::pickList(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("picklist"),
        QCoreApplication::translate("Cli",
            "Write what to take from the shelves for the chosen orders: every variant once with its total "
            "quantity, by bin then SKU, with the stock on hand and the orders it goes to; items outside the "
            "catalog after them."));
    addOrderOptions(parser);
    parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("Cli", "The PDF file to write."),
        QCoreApplication::translate("Cli", "file")});
    parser.addOption({QStringLiteral("csv"),
        QCoreApplication::translate("Cli", "The CSV file to write (- for the standard output)."),
        QCoreApplication::translate("Cli", "file")});
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;
    documents::PageFormat format = documents::PageFormat::A4;
    if (!documents::pageFormatFromKey(parser.value(QStringLiteral("size")), format))
        return usageError(QStringLiteral("picklist"),
            QCoreApplication::translate("Cli", "--size is a4, letter or 4x6, not “%1”.")
                .arg(parser.value(QStringLiteral("size"))));
    const QString pdf = parser.value(QStringLiteral("pdf"));
    const QString csv = parser.value(QStringLiteral("csv"));
    if (pdf.isEmpty() && csv.isEmpty())
        return usageError(QStringLiteral("picklist"),
            QCoreApplication::translate("Cli", "Name the file to write with --pdf FILE or --csv FILE."));
    OrderChoice chosen;
    if (const int code = parseOrderChoice(parser, QStringLiteral("picklist"), m_err, chosen); code >= 0)
        return code;

    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    if (const int code = resolveOrderChoice(*database, m_err, chosen); code >= 0)
        return code;
    applyShopLanguage(*database);
    auto list = chosen.statuses.isEmpty() ? orders::PickList::forOrders(*database, chosen.ids)
                                          : orders::PickList::forStatuses(*database, chosen.statuses);
    if (!list) {
        m_err << list.error().toString() << Qt::endl;
        return Failure;
    }

    if (!pdf.isEmpty()) {
        auto letterhead = documents::Letterhead::read(*database);
        if (!letterhead) {
            m_err << letterhead.error().toString() << Qt::endl;
            return Failure;
        }
        if (auto written = documents::PickListDocument(*list, *letterhead, format).writePdf(pdf); !written) {
            m_err << written.error().toString() << Qt::endl;
            return Failure;
        }
    }
    if (!csv.isEmpty()) {
        QFile file;
        if (csv == QLatin1String("-")) {
            if (!file.open(stdout, QIODevice::WriteOnly))
                return Failure;
        } else {
            file.setFileName(csv);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                m_err << QCoreApplication::translate("Cli", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())
                      << Qt::endl;
                return Failure;
            }
        }
        io::CsvWriter writer(&file);
        Status written = writer.writeRecord(
            {QStringLiteral("bin"), QStringLiteral("sku"), QStringLiteral("title"), QStringLiteral("barcode"),
                QStringLiteral("quantity"), QStringLiteral("on_hand"), QStringLiteral("orders")});
        for (const auto* rows : {&list->rows(), &list->customItems()}) {
            for (const orders::PickRow& row : *rows) {
                if (!written)
                    break;
                QStringList shares;
                for (const orders::PickOrder& order : row.orders)
                    shares << QStringLiteral("%1:%2").arg(order.number).arg(order.quantity);
                written = writer.writeRecord({row.bin, row.sku, row.title, row.barcode, QString::number(row.quantity),
                    row.variantId != 0 ? QString::number(row.onHand) : QString(), shares.join(QLatin1Char(' '))});
            }
        }
        if (written)
            written = writer.flush();
        if (!written) {
            m_err << written.error().toString() << Qt::endl;
            return Failure;
        }
    }
    m_err << QCoreApplication::translate("Cli", "Pick list: orders %1, items to pick %2.")
                 .arg(list->orders().size())
                 .arg(list->itemCount())
          << Qt::endl;
    if (!pdf.isEmpty())
        (csv == QLatin1String("-") ? m_err : m_out)
            << QCoreApplication::translate("Cli", "Pick list written to %1.")
                   .arg(QDir::toNativeSeparators(QFileInfo(pdf).absoluteFilePath()))
            << Qt::endl;
    return Ok;
}

int Cli::returnForm(const QStringList& args)
{
    const QString command = QStringLiteral("return-form");
    QCommandLineParser parser;
    addCommonOptions(parser, command,
        QCoreApplication::translate("Cli",
            "Write the return forms of the given returns as one PDF, one form per return: the shop, the return "
            "number as a barcode, the order, the customer, the lines coming back with their reason, room for the "
            "condition on receipt, the refund once recorded, and how to send it back."));
    parser.addPositionalArgument(QStringLiteral("returns"),
        QCoreApplication::translate("Cli", "The returns, by number, e.g. R-1001 R-1002."),
        QCoreApplication::translate("Cli", "R-1001 [R-1002…]"));
    parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("Cli", "The PDF file to write."),
        QCoreApplication::translate("Cli", "file")});
    parser.addOption({QStringLiteral("size"),
        QCoreApplication::translate("Cli", "Paper: a4 (default), letter or 4x6 (a 4×6 in label)."),
        QCoreApplication::translate("Cli", "size"), QStringLiteral("a4")});
    if (const int code = parse(parser, args, m_out, m_err, std::numeric_limits<int>::max()); code >= 0)
        return code;
    documents::PageFormat format = documents::PageFormat::A4;
    if (!documents::pageFormatFromKey(parser.value(QStringLiteral("size")), format))
        return usageError(command,
            QCoreApplication::translate("Cli", "--size is a4, letter or 4x6, not “%1”.")
                .arg(parser.value(QStringLiteral("size"))));
    const QStringList numbers = parser.positionalArguments().mid(1);
    if (numbers.isEmpty())
        return usageError(command,
            QCoreApplication::translate("Cli", "Name at least one return, e.g. comptoir-cli return-form R-1001."));
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usageError(command, QCoreApplication::translate("Cli", "Name the PDF file to write with --pdf FILE."));

    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    orders::Returns returns(*database);
    QList<qint64> ids;
    for (const QString& number : numbers) {
        auto id = returns.idForNumber(number);
        if (!id) {
            m_err << id.error().toString() << Qt::endl;
            return Failure;
        }
        if (*id == 0) {
            m_err << QCoreApplication::translate("Cli", "There is no return %1 in this shop.").arg(number) << Qt::endl;
            return Failure;
        }
        if (!ids.contains(*id))
            ids << *id;
    }
    applyShopLanguage(*database);
    if (auto written = documents::ReturnFormDocument(*database).writePdf(ids, pdf, format); !written) {
        m_err << written.error().toString() << Qt::endl;
        return Failure;
    }
    m_out << QCoreApplication::translate("Cli", "Return forms written to %1 (returns: %2).")
                 .arg(QDir::toNativeSeparators(QFileInfo(pdf).absoluteFilePath()))
                 .arg(ids.size())
          << Qt::endl;
    return Ok;
}

int Cli::track(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("track"),
        QCoreApplication::translate("Cli",
            "Fetch the tracking of the parcels on their way (shipped within the days watched, 60 unless set "
            "otherwise; not delivered, not handled) from La Poste's tracking API: Colissimo, Chronopost and Lettre "
            "suivie. New events are "
            "recorded; a delivered parcel marks its order delivered. Exits with 1 when a parcel could not be "
            "checked."));
    parser.addOption({QStringLiteral("order"),
        QCoreApplication::translate("Cli", "Only the parcels of this order, whatever their state."),
        QCoreApplication::translate("Cli", "number")});
    parser.addOption({QStringLiteral("api-key-env"),
        QCoreApplication::translate(
            "Cli", "The environment variable holding the La Poste API key (default LAPOSTE_API_KEY)."),
        QCoreApplication::translate("Cli", "variable"), QStringLiteral("LAPOSTE_API_KEY")});
    parser.addOption({QStringLiteral("base-url"),
        QCoreApplication::translate("Cli", "The address of La Poste's API (default %1).")
            .arg(QString::fromLatin1(shipping::LaPosteTracking::kDefaultBaseUrl)),
        QCoreApplication::translate("Cli", "url")});
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;
    // The key is a secret: read from the environment, never from the command line (which other
    // users of the computer can see).
    const QString keyVariable = parser.value(QStringLiteral("api-key-env")).trimmed();
    const QString apiKey = keyVariable.isEmpty() ? QString() : qEnvironmentVariable(qPrintable(keyVariable)).trimmed();
    if (apiKey.isEmpty())
        return usageError(QStringLiteral("track"),
            QCoreApplication::translate("Cli",
                "No La Poste API key: set the environment variable %1 to the key of the “Suivi v2” API "
                "(developer.laposte.fr), or name another variable with --api-key-env.")
                .arg(keyVariable.isEmpty() ? QStringLiteral("LAPOSTE_API_KEY") : keyVariable));
    QUrl baseUrl(QString::fromLatin1(shipping::LaPosteTracking::kDefaultBaseUrl));
    if (parser.isSet(QStringLiteral("base-url"))) {
        baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!baseUrl.isValid() || baseUrl.host().isEmpty()
            || (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http")))
            return usageError(QStringLiteral("track"),
                QCoreApplication::translate("Cli", "--base-url must be an http or https address, not “%1”.")
                    .arg(parser.value(QStringLiteral("base-url"))));
    }
    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }

    QList<qint64> parcelIds;
    const bool oneOrder = parser.isSet(QStringLiteral("order"));
    if (oneOrder) {
        const QString number = parser.value(QStringLiteral("order"));
        auto orderId = orders::OrderBook(*database).idForNumber(number);
        if (!orderId) {
            m_err << orderId.error().toString() << Qt::endl;
            return Failure;
        }
        if (*orderId == 0) {
            m_err << QCoreApplication::translate("Cli", "There is no order %1 in this shop.").arg(number) << Qt::endl;
            return Failure;
        }
        auto parcels = shipping::Shipments(*database).forOrder(*orderId);
        if (!parcels) {
            m_err << parcels.error().toString() << Qt::endl;
            return Failure;
        }
        for (const shipping::Parcel& parcel : std::as_const(*parcels))
            parcelIds << parcel.id;
        if (parcelIds.isEmpty()) {
            m_err << QCoreApplication::translate("Cli", "Order %1 has no parcel to track.").arg(number) << Qt::endl;
            return Failure;
        }
    }

    shipping::LaPosteTracking laPoste(apiKey);
    laPoste.setBaseUrl(baseUrl);
    shipping::TrackingRefresh refresh(*database, &laPoste);
    const auto parcelName = [](const shipping::ParcelRefresh& parcel) {
        return QCoreApplication::translate("Cli", "Order %1, parcel %2")
            .arg(parcel.orderNumber, parcel.trackingNumber.isEmpty() ? QStringLiteral("—") : parcel.trackingNumber);
    };
    QObject::connect(&refresh, &shipping::TrackingRefresh::parcelRefreshed, &refresh,
        [this, parcelName](const shipping::ParcelRefresh& parcel) {
            // No plural form here: the line reads the same for any count, in every language.
            QString line = parcelName(parcel) + QStringLiteral(": ")
                + QCoreApplication::translate("Cli", "%1 (new events: %2)")
                      .arg(shipping::stateLabel(parcel.state))
                      .arg(parcel.newEvents);
            if (parcel.delivered)
                line += QStringLiteral(" — ") + QCoreApplication::translate("Cli", "order marked delivered");
            m_out << line << Qt::endl;
        });
    QObject::connect(&refresh, &shipping::TrackingRefresh::parcelFailed, &refresh,
        [this, parcelName](const shipping::ParcelRefresh& parcel, const Error& error) {
            m_err << parcelName(parcel) << QStringLiteral(": ") << error.toString() << Qt::endl;
        });
    QEventLoop loop;
    shipping::RefreshSummary summary;
    QObject::connect(
        &refresh, &shipping::TrackingRefresh::finished, &loop, [&](const shipping::RefreshSummary& finished) {
            summary = finished;
            loop.quit();
        });
    const Status started = oneOrder ? refresh.start(parcelIds) : refresh.start();
    if (!started) {
        m_err << started.error().toString() << Qt::endl;
        return Failure;
    }
    loop.exec();

    if (summary.stoppedBy)
        m_err << QCoreApplication::translate("Cli", "Stopped: %1").arg(summary.stoppedBy->message) << Qt::endl;
    m_out << QCoreApplication::translate("Cli", "Parcels checked: %1 of %2; new events: %3; delivered: %4; errors: %5.")
                 .arg(summary.checked)
                 .arg(summary.total)
                 .arg(summary.newEvents)
                 .arg(summary.delivered)
                 .arg(summary.errors)
          << Qt::endl;
    return summary.errors > 0 || summary.stoppedBy ? Failure : Ok;
}

int Cli::reviewRequests(const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("review-requests"),
        QCoreApplication::translate("Cli",
            "List the delivered orders whose customer is due a request for a review (some days after delivery, "
            "not reviewed nor asked yet), or write the requests as drafts in the orders' conversations, to be "
            "checked and sent from the Messages page."));
    parser.addOption({QStringLiteral("draft"), QCoreApplication::translate("Cli", "Draft the requests due.")});
    parser.addOption({QStringLiteral("today"),
        QCoreApplication::translate("Cli", "The day to count from, YYYY-MM-DD (default: today)."),
        QCoreApplication::translate("Cli", "date")});
    parser.addOption({QStringLiteral("days"),
        QCoreApplication::translate("Cli", "Save the number of days after delivery before asking (0: never)."),
        QCoreApplication::translate("Cli", "N")});
    parser.addOption({QStringLiteral("url"),
        QCoreApplication::translate("Cli", "Save the address of the page where customers review the shop."),
        QCoreApplication::translate("Cli", "address")});
    if (const int code = parse(parser, args, m_out, m_err); code >= 0)
        return code;
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return usageError(QStringLiteral("review-requests"),
                QCoreApplication::translate("Cli", "--today must be a date written YYYY-MM-DD, not “%1”.")
                    .arg(parser.value(QStringLiteral("today"))));
    }
    int days = -1;
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 0 || days > 365)
            return usageError(QStringLiteral("review-requests"),
                QCoreApplication::translate("Cli", "--days must be a whole number from 0 to 365, not “%1”.")
                    .arg(parser.value(QStringLiteral("days"))));
    }
    auto database = openShop(databaseOption(parser), true);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    reviews::ReviewRequests requests(*database);
    if (days >= 0) {
        if (auto saved = requests.setRequestDays(days); !saved) {
            m_err << saved.error().toString() << Qt::endl;
            return Failure;
        }
    }
    if (parser.isSet(QStringLiteral("url"))) {
        if (auto saved = settings::ShopSettings(*database).setValue(
                QString::fromLatin1(messages::Templates::kReviewUrlKey), parser.value(QStringLiteral("url")).trimmed());
            !saved) {
            m_err << saved.error().toString() << Qt::endl;
            return Failure;
        }
    }
    if (parser.isSet(QStringLiteral("draft"))) {
        auto drafted = requests.draftAll(today);
        if (!drafted) {
            m_err << drafted.error().toString() << Qt::endl;
            return Failure;
        }
        for (const QString& failure : std::as_const(drafted->failures))
            m_err << failure << Qt::endl;
        m_out << QCoreApplication::translate("Cli",
            "%n review request(s) drafted: check and send them from the Messages page (Drafts).", nullptr,
            drafted->drafted)
              << Qt::endl;
        return drafted->failures.isEmpty() ? Ok : Failure;
    }
    QVariantList cursor;
    int listed = 0;
    for (;;) {
        auto page = requests.due(today, 500, cursor);
        if (!page) {
            m_err << page.error().toString() << Qt::endl;
            return Failure;
        }
        if (page->isEmpty())
            break;
        for (const reviews::DueRequest& request : std::as_const(*page)) {
            m_out << request.orderNumber << '\t' << request.deliveredAt.date().toString(Qt::ISODate) << '\t'
                  << request.customerName << '\t' << request.email << Qt::endl;
            ++listed;
        }
    }
    m_err << QCoreApplication::translate("Cli", "%n order(s) due for a review request.", nullptr, listed) << Qt::endl;
    return Ok;
}

int Cli::report(const QStringList& args)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    addCommonOptions(parser, command,
        QCoreApplication::translate("Cli",
            "Write a report as CSV or PDF, the same as the Reports page. Without a name, list the reports. "
            "The period is --from and --to (YYYY-MM-DD, both included) or --period; CSV goes to the standard "
            "output when --out is not given."));
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("Cli", "First day (YYYY-MM-DD)."),
        QCoreApplication::translate("Cli", "date")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("Cli", "Last day (YYYY-MM-DD, included)."),
        QCoreApplication::translate("Cli", "date")});
    parser.addOption({QStringLiteral("period"),
        QCoreApplication::translate("Cli", "A named period instead of --from and --to: %1.")
            .arg(reports::periodNames().join(QStringLiteral(", "))),
        QCoreApplication::translate("Cli", "name")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "csv (default) or pdf."),
        QCoreApplication::translate("Cli", "format"), QStringLiteral("csv")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The file to write."),
        QCoreApplication::translate("Cli", "file")});
    parser.addOption(
        {QStringLiteral("group-by"), QCoreApplication::translate("Cli", "day, week, month (default), quarter or year."),
            QCoreApplication::translate("Cli", "period"), QStringLiteral("month")});
    parser.addOption({QStringLiteral("channel"),
        QCoreApplication::translate("Cli", "Only this sales channel: website, counter, marketplace or phone."),
        QCoreApplication::translate("Cli", "channel")});
    parser.addOption({QStringLiteral("location"),
        QCoreApplication::translate("Cli", "Only this stock location (its name or number)."),
        QCoreApplication::translate("Cli", "location")});
    parser.addOption({QStringLiteral("top"), QCoreApplication::translate("Cli", "At most this many rows (0: all)."),
        QCoreApplication::translate("Cli", "count"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("vat-rounding"),
        QCoreApplication::translate("Cli", "line (default: as on the orders) or order (once per order and rate)."),
        QCoreApplication::translate("Cli", "how"), QStringLiteral("line")});
    parser.addOption({QStringLiteral("csv"),
        QCoreApplication::translate("Cli",
            "standard (default: ',', '.', ISO dates, no BOM) or excel-fr (';', decimal comma, BOM, dd/MM/yyyy)."),
        QCoreApplication::translate("Cli", "preset"), QStringLiteral("standard")});
    parser.addOption({QStringLiteral("delimiter"),
        QCoreApplication::translate("Cli", "The CSV delimiter: ',', ';' or 'tab' (overrides the preset)."),
        QCoreApplication::translate("Cli", "char")});
    parser.addOption({QStringLiteral("decimal"),
        QCoreApplication::translate("Cli", "The decimal separator: '.' or ',' (overrides the preset)."),
        QCoreApplication::translate("Cli", "char")});
    parser.addOption({QStringLiteral("bom"), QCoreApplication::translate("Cli", "Start the CSV with a UTF-8 BOM.")});
    parser.addOption({QStringLiteral("no-bom"), QCoreApplication::translate("Cli", "No UTF-8 BOM.")});
    parser.addOption({QStringLiteral("date-format"),
        QCoreApplication::translate("Cli", "The dates' format, e.g. yyyy-MM-dd or dd/MM/yyyy (overrides the preset)."),
        QCoreApplication::translate("Cli", "format")});
    parser.addPositionalArgument(QStringLiteral("name"),
        QCoreApplication::translate("Cli", "The report, e.g. sales-by-period."), QStringLiteral("[NAME]"));
    if (const int code = parse(parser, args, m_out, m_err, 1); code >= 0)
        return code;

    const QString name = parser.positionalArguments().value(1);
    if (name.isEmpty()) {
        qsizetype width = 0;
        for (const reports::ReportInfo& info : reports::Reports::all())
            width = std::max(width, info.name.size());
        for (const reports::ReportInfo& info : reports::Reports::all())
            m_out << "  " << info.name.leftJustified(width + 2) << info.description << Qt::endl;
        return Ok;
    }
    if (!reports::Reports::find(name))
        return usageError(command,
            QCoreApplication::translate(
                "Cli", "There is no report called “%1”. Run “comptoir-cli report” to list them.")
                .arg(name));

    reports::ReportParameters parameters;
    const auto dateOption = [&](const QString& option, QDate& date) {
        if (!parser.isSet(option))
            return true;
        date = QDate::fromString(parser.value(option), Qt::ISODate);
        return date.isValid();
    };
    if (parser.isSet(QStringLiteral("period"))) {
        if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")))
            return usageError(
                command, QCoreApplication::translate("Cli", "Give --period or --from and --to, not both."));
        const auto period = reports::namedPeriod(parser.value(QStringLiteral("period")), QDate::currentDate());
        if (!period)
            return usageError(command,
                QCoreApplication::translate("Cli", "--period is one of %1, not “%2”.")
                    .arg(reports::periodNames().join(QStringLiteral(", ")), parser.value(QStringLiteral("period"))));
        std::tie(parameters.from, parameters.to) = *period;
    } else {
        if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
            return usageError(
                command, QCoreApplication::translate("Cli", "Give the period: --from and --to, or --period."));
        for (const auto& [option, date] :
            {std::pair {QStringLiteral("from"), &parameters.from}, std::pair {QStringLiteral("to"), &parameters.to}}) {
            if (!dateOption(option, *date))
                return usageError(command,
                    QCoreApplication::translate("Cli", "--%1 “%2” is not a day: write it YYYY-MM-DD, e.g. 2026-01-31.")
                        .arg(option, parser.value(option)));
        }
    }
    const auto grouping = reports::groupingFromKey(parser.value(QStringLiteral("group-by")));
    if (!grouping)
        return usageError(command,
            QCoreApplication::translate("Cli", "--group-by is day, week, month, quarter or year, not “%1”.")
                .arg(parser.value(QStringLiteral("group-by"))));
    parameters.grouping = *grouping;
    parameters.channel = parser.value(QStringLiteral("channel")).toLower();
    bool topOk = false;
    parameters.limit = parser.value(QStringLiteral("top")).toInt(&topOk);
    if (!topOk || parameters.limit < 0)
        return usageError(command,
            QCoreApplication::translate("Cli", "--top is a number of rows, 0 for all, not “%1”.")
                .arg(parser.value(QStringLiteral("top"))));
    const QString rounding = parser.value(QStringLiteral("vat-rounding")).toLower();
    if (rounding != QLatin1String("line") && rounding != QLatin1String("order"))
        return usageError(
            command, QCoreApplication::translate("Cli", "--vat-rounding is line or order, not “%1”.").arg(rounding));
    parameters.vatPerOrder = rounding == QLatin1String("order");

    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return usageError(command, QCoreApplication::translate("Cli", "--format is csv or pdf, not “%1”.").arg(format));
    const QString out = parser.value(QStringLiteral("out"));
    if (format == QLatin1String("pdf") && out.isEmpty())
        return usageError(command, QCoreApplication::translate("Cli", "A PDF needs a file: name it with --out."));

    const QString preset = parser.value(QStringLiteral("csv")).toLower();
    reports::CsvExportOptions csv;
    if (preset == QLatin1String("excel-fr"))
        csv = reports::CsvExportOptions::frenchExcel();
    else if (preset != QLatin1String("standard"))
        return usageError(
            command, QCoreApplication::translate("Cli", "--csv is standard or excel-fr, not “%1”.").arg(preset));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
            csv.delimiter = QLatin1Char('\t');
        else if (delimiter.size() == 1)
            csv.delimiter = delimiter.front();
        else
            return usageError(command,
                QCoreApplication::translate("Cli", "--delimiter is one character or tab, not “%1”.").arg(delimiter));
    }
    if (parser.isSet(QStringLiteral("decimal"))) {
        const QString decimal = parser.value(QStringLiteral("decimal"));
        if (decimal != QLatin1String(".") && decimal != QLatin1String(","))
            return usageError(
                command, QCoreApplication::translate("Cli", "--decimal is '.' or ',', not “%1”.").arg(decimal));
        csv.decimalSeparator = decimal.front();
    }
    if (parser.isSet(QStringLiteral("bom")))
        csv.byteOrderMark = true;
    if (parser.isSet(QStringLiteral("no-bom")))
        csv.byteOrderMark = false;
    if (parser.isSet(QStringLiteral("date-format")))
        csv.dateFormat = parser.value(QStringLiteral("date-format"));
    if (Status valid = csv.validate(); !valid)
        return usageError(command, valid.error().message);

    auto database = openShop(databaseOption(parser), true, false);
    if (!database) {
        m_err << database.error().toString() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("location"))) {
        const QString location = parser.value(QStringLiteral("location"));
        auto id = storage::scalar((*database)->connection(),
            QStringLiteral("SELECT id FROM locations WHERE name = ? OR CAST(id AS TEXT) = ?"), {location, location});
        if (!id || !id->isValid())
            return usageError(
                command, QCoreApplication::translate("Cli", "There is no stock location called “%1”.").arg(location));
        parameters.locationId = id->toLongLong();
    }
    auto table = reports::Reports::run(*database, name, parameters);
    if (!table) {
        m_err << table.error().toString() << Qt::endl;
        return table.error().code == Error::Code::InvalidInput ? Usage : Failure;
    }
    Status written;
    if (format == QLatin1String("pdf")) {
        written = reports::writePdfFile(*table, out);
    } else if (out.isEmpty() || out == QLatin1String("-")) {
        QFile standardOutput;
        m_out.flush();
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return Failure;
        written = reports::writeCsv(*table, &standardOutput, csv);
        standardOutput.flush();
    } else {
        written = reports::writeCsvFile(*table, out, csv);
    }
    if (!written) {
        m_err << written.error().toString() << Qt::endl;
        return Failure;
    }
    if (!out.isEmpty() && out != QLatin1String("-"))
        m_err << QCoreApplication::translate("Cli", "Wrote %1 (%2, %n row(s)).", nullptr, int(table->rows.size()))
                     .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()), table->title)
              << Qt::endl;
    return Ok;
}
