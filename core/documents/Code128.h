#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace comptoir::documents {

// A Code 128 symbol as its dark bars, for drawing at whatever module width the printer needs.
// Encoded with ZXing-C++; the quiet zones on either side are the caller's to leave blank.
class Code128 final
{
public:
    // Empty when the text cannot be written in Code 128 (characters outside ASCII, too long).
    static Code128 encode(const QString& text);

    bool isEmpty() const { return m_modules == 0; }
    int modules() const { return m_modules; } // width of the symbol in modules
    // Dark bars as [start module, width in modules), left to right.
    const QList<std::pair<int, int>>& bars() const { return m_bars; }

    static constexpr int kQuietZone = 10; // modules of blank space required on each side

private:
    int m_modules = 0;
    QList<std::pair<int, int>> m_bars;
};

} // namespace comptoir::documents
