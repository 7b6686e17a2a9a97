#pragma once

#include <QString>

namespace comptoir {

// A failure the user can act on: what went wrong, where, and a technical detail for logs.
struct Error
{
    enum class Code
    {
        Generic,
        NotFound,
        InvalidInput,
        NotAComptoirDatabase,
        NewerSchema,
        Corrupt,
        ReadOnly,
        Locked,
        Io,
        Sql,
        Cancelled,
        Unavailable, // a service of the computer is missing (no keychain)
    };

    Code code = Code::Generic;
    QString message; // translated, for the user: what and why
    QString where; // file:line:column, a field name, a path; empty when it does not apply
    QString detail; // technical detail (driver text, errno); not translated

    Error() = default;
    Error(Code c, QString msg, QString w = {}, QString d = {})
        : code(c)
        , message(std::move(msg))
        , where(std::move(w))
        , detail(std::move(d))
    { }

    // "where: message" when a place is known; what the CLI prints and the UI shows.
    QString toString() const
    {
        QString text = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
        if (!detail.isEmpty())
            text += QStringLiteral(" (") + detail + QLatin1Char(')');
        return text;
    }
};

} // namespace comptoir
