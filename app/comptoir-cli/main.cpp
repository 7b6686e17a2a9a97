#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // Documents lay text out with fonts, which takes a QGuiApplication; headless, on the offscreen
    // platform unless told otherwise. The other commands stay plain QCoreApplication programs.
    const bool documents = argc > 1
        && (std::strcmp(argv[1], "slips") == 0 || std::strcmp(argv[1], "picklist") == 0
            || std::strcmp(argv[1], "return-form") == 0 || std::strcmp(argv[1], "report") == 0);
    if (documents && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app
        = documents ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationName(QStringLiteral("comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));

    QTranslator translator;
    // The user's language, else English (whose file holds the plural forms: "1 variant", "2 variants").
    if (translator.load(QLocale(), QStringLiteral("comptoir"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("comptoir_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
