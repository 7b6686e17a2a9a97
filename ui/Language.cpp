#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QTranslator* s_comptoir = nullptr;
QTranslator* s_qt = nullptr;
QString s_current = QStringLiteral("en");
} // namespace

void Language::apply(const QString& code)
{
    QString language = code;
    if (language.isEmpty()) {
        language = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
        // A machine with no locale set ("C") gets European English rather than raw C formats.
        QLocale::setDefault(QLocale::system().language() == QLocale::C
                ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                : QLocale::system());
    } else {
        // Numbers and dates follow the chosen language, in the system's country.
        QLocale::setDefault(
            QLocale(language + QLatin1Char('_') + QLocale::territoryToCode(QLocale::system().territory())));
    }
    for (QTranslator** translator : {&s_comptoir, &s_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    s_current = language;
    // English is the sources' language; its file only holds the plural forms ("1 line", "2 lines").
    s_comptoir = new QTranslator;
    if (s_comptoir->load(QStringLiteral("comptoir_") + language, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(s_comptoir);
    if (language == QLatin1String("en"))
        return;
    s_qt = new QTranslator;
    if (s_qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
}

QString Language::current()
{
    return s_current;
}
