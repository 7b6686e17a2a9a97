#include "io/ColumnNames.h"

#include "io/CellReader.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace comptoir::io {

QString foldedColumnName(const QString& name)
{
    QString decomposed = name.trimmed().toLower();
    decomposed.replace(QChar(0x2019), QLatin1Char('\'')); // ’
    decomposed.replace(QChar(0x00BA), QChar(0x00B0)); // º → °
    decomposed = decomposed.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : std::as_const(decomposed)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace() || c == QLatin1Char('_')) {
            space = true;
            continue;
        }
        if (space && !result.isEmpty())
            result += QLatin1Char(' ');
        space = false;
        result += c;
    }
    return result;
}

int findColumn(const QStringList& header, QStringView names)
{
    QStringList folded;
    for (const QString& name : header)
        folded << foldedColumnName(name);
    // The names in their order, most telling first: "Order number" wins over a "Reference" of products.
    for (QStringView name : names.split(QLatin1Char('|'))) {
        const auto found = std::find(folded.cbegin(), folded.cend(), name);
        if (found != folded.cend())
            return int(found - folded.cbegin());
    }
    return -1;
}

QDateTime parseFileDate(QStringView text)
{
    // 20/11/2026, 20/11/2026 14:03, 20.11.2026 14h03: the computer's time zone, the shop's.
    static const QRegularExpression french(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T]+(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?)?$"));
    const auto match = french.match(text.trimmed().toString());
    if (!match.hasMatch())
        return io::CellReader::parseDateTime(text);
    const QDate date(match.capturedView(3).toInt(), match.capturedView(2).toInt(), match.capturedView(1).toInt());
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(), match.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QDateTime at(date, time, QTimeZone::systemTimeZone());
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace comptoir::io
