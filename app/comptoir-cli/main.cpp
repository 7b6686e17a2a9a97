#include "Cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
