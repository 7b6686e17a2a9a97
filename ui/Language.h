#pragma once

#include <QString>

// Switches Comptoir's language at run time: "" follows the system, "en" or "fr". Installs Comptoir's
// own translation and Qt's (dialog buttons, dates); open windows retranslate on LanguageChange.
class Language final
{
public:
    static void apply(const QString& code);
    // The language actually in use after apply(): "en" or "fr".
    static QString current();
};
