#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

#include <limits>
#include <utility>

namespace comptoir::io {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";
constexpr qsizetype kBomSize = 3;
// The header line is searched this far for delimiters; a longer one is cut short.
constexpr qsizetype kDetectionLimit = CsvReader::kChunkSize;

// Windows-1252 for 0x80–0x9F; the five bytes it leaves undefined keep their C1 code point (what the
// WHATWG encoding standard does). 0xA0–0xFF are Latin-1.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
};

void appendWindows1252(QString& text, const QByteArray& bytes)
{
    const qsizetype start = text.size();
    text.resize(start + bytes.size());
    QChar* out = text.data() + start;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        out[i] = QChar(byte >= 0x80 && byte < 0xA0 ? kWindows1252High[byte - 0x80] : char16_t(byte));
    }
}

struct Utf8Scan
{
    qsizetype valid = 0; // leading bytes forming complete, well-formed sequences
    bool truncated = false; // the bytes after `valid` begin a well-formed sequence the input cuts short
    bool nonAscii = false; // the valid part holds a multi-byte sequence
};

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), per RFC 3629.
Utf8Scan scanUtf8(const QByteArray& bytes)
{
    Utf8Scan scan;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char secondLow = 0x80;
        unsigned char secondHigh = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                secondLow = 0xA0; // overlong
            else if (lead == 0xED)
                secondHigh = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                secondLow = 0x90; // overlong
            else if (lead == 0xF4)
                secondHigh = 0x8F; // above U+10FFFF
        } else {
            break;
        }
        bool wellFormed = true;
        int k = 1;
        for (; k < length && i + k < size; ++k) {
            const unsigned char next = data[i + k];
            const unsigned char low = k == 1 ? secondLow : 0x80;
            const unsigned char high = k == 1 ? secondHigh : 0xBF;
            if (next < low || next > high) {
                wellFormed = false;
                break;
            }
        }
        if (!wellFormed)
            break;
        if (k < length) {
            scan.truncated = true;
            break;
        }
        scan.nonAscii = true;
        i += length;
    }
    scan.valid = i;
    return scan;
}

QString place(qint64 line, qint64 column)
{
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// A field as the reader returns it: an empty field is an empty string, never a null one.
void appendField(QStringList& fields, QString& field)
{
    fields.append(field.isNull() ? QString(QLatin1String("")) : std::move(field));
    field = QString();
}

Error invalidInteger(QStringView text, const QString& message)
{
    return Error(Error::Code::InvalidInput, message, {}, text.toString());
}

} // namespace

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{ }

void CsvReader::setDelimiter(QChar delimiter)
{
    Q_ASSERT(delimiter != u'"' && !isLineBreak(delimiter));
    m_delimiter = delimiter;
    m_delimiterForced = true;
}

QString CsvReader::encodingName() const
{
    switch (m_encoding) {
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::Undecided:
    case Encoding::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

bool CsvReader::atEnd() const
{
    if (m_failed || m_finished)
        return true;
    if (m_pendingBlankLines > 0 || m_pos < m_text.size())
        return false;
    switch (m_input) {
    case Input::Finished:
        return true;
    case Input::Reading:
        return m_pending.isEmpty() && m_device && m_device->isReadable() && m_device->atEnd();
    case Input::MixedEncoding:
    case Input::ReadFailed:
        break; // readRecord() still has to report it
    }
    return false;
}

Error CsvReader::readError(const QString& message) const
{
    const auto* file = qobject_cast<const QFileDevice*>(m_device);
    return Error(
        Error::Code::Io, message, file ? file->fileName() : QString(), m_device ? m_device->errorString() : QString());
}

void CsvReader::readChunk()
{
    if (m_input != Input::Reading)
        return;
    if (!m_device || !m_device->isReadable()) {
        m_input = Input::ReadFailed;
        m_inputError = readError(QCoreApplication::translate("CsvReader", "The file is not open for reading."));
        return;
    }
    // What was consumed is dropped before reading more: the text never holds more than the record
    // being parsed and the chunk after it.
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype before = m_pending.size();
    m_pending.resize(before + kChunkSize);
    const qint64 got = m_device->read(m_pending.data() + before, kChunkSize);
    if (got < 0) {
        m_pending.resize(before);
        m_input = Input::ReadFailed;
        m_inputError = readError(QCoreApplication::translate("CsvReader", "The file could not be read."));
        return;
    }
    m_pending.resize(before + got);
    m_bytesRead += got;
    decodePending(got == 0);
}

void CsvReader::decodePending(bool endOfInput)
{
    if (m_encoding == Encoding::Undecided) {
        if (m_pending.startsWith(kBom)) {
            m_encoding = Encoding::Utf8WithBom;
            m_pending.remove(0, kBomSize);
        } else if (!endOfInput && QByteArray::fromRawData(kBom, kBomSize).startsWith(m_pending)) {
            return; // too few bytes yet to tell whether a BOM starts the file
        } else {
            m_encoding = Encoding::Utf8; // until bytes prove otherwise, below
        }
    }

    if (m_encoding != Encoding::Windows1252) {
        const Utf8Scan scan = scanUtf8(m_pending);
        const bool valid = scan.valid == m_pending.size() || (scan.truncated && !endOfInput);
        if (valid) {
            m_text.append(QString::fromUtf8(m_pending.constData(), scan.valid));
            m_sawNonAscii = m_sawNonAscii || scan.nonAscii;
            m_pending.remove(0, scan.valid);
        } else if (m_encoding == Encoding::Utf8 && !m_sawNonAscii) {
            // Nothing decoded so far depends on the choice: the whole file is Windows-1252.
            m_encoding = Encoding::Windows1252;
        } else {
            // Text already read as UTF-8 (or a BOM) says UTF-8, these bytes say otherwise: decode up
            // to them and let the parser report the place.
            m_text.append(QString::fromUtf8(m_pending.constData(), scan.valid));
            m_pending.clear();
            m_input = Input::MixedEncoding;
            return;
        }
    }
    if (m_encoding == Encoding::Windows1252) {
        appendWindows1252(m_text, m_pending);
        m_pending.clear();
    }
    if (endOfInput)
        m_input = Input::Finished;
}

bool CsvReader::ensureAvailable(qsizetype count)
{
    while (m_text.size() - m_pos < count) {
        if (m_input != Input::Reading)
            return false;
        readChunk();
    }
    return true;
}

void CsvReader::advance()
{
    const QChar c = m_text.at(m_pos++);
    if (c == u'\r') {
        ++m_line;
        m_column = 0;
        m_afterCr = true;
        return;
    }
    if (c == u'\n') {
        if (!m_afterCr) // CRLF is one line break
            ++m_line;
        m_column = 0;
    } else if (!c.isLowSurrogate()) {
        ++m_column;
    }
    m_afterCr = false;
}

// Consumes LF, CRLF or CR at m_pos.
void CsvReader::consumeLineBreak()
{
    const bool cr = m_text.at(m_pos) == u'\r';
    advance();
    if (cr && hasChar() && m_text.at(m_pos) == u'\n')
        advance();
}

// Appends the character at m_pos and those after it up to the next one the parser must look at.
void CsvReader::takeRun(QString& field, bool quoted)
{
    const qsizetype start = m_pos;
    qsizetype end = start + 1;
    qint64 columns = m_text.at(start).isLowSurrogate() ? 0 : 1;
    for (; end < m_text.size(); ++end) {
        const QChar c = m_text.at(end);
        if (c == u'"' || isLineBreak(c) || (!quoted && c == m_delimiter))
            break;
        if (!c.isLowSurrogate())
            ++columns;
    }
    field.append(QStringView(m_text).mid(start, end - start));
    m_pos = end;
    m_column += columns;
    m_afterCr = false;
}

// Counts the candidate delimiters outside quotes on the first line; the most frequent wins, ',' when
// none is or when two are equally frequent.
void CsvReader::detectDelimiter()
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype offset = 0; offset < kDetectionLimit && ensureAvailable(offset + 1); ++offset) {
        const QChar c = m_text.at(m_pos + offset);
        if (c == u'"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (quoted)
            continue;
        else if (isLineBreak(c))
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons > tabs)
        m_delimiter = QLatin1Char(';');
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = QLatin1Char('\t');
    else
        m_delimiter = QLatin1Char(',');
}

bool CsvReader::fail(QStringList& fields, Error error)
{
    fields.clear();
    m_failed = true;
    m_error = std::move(error);
    return false;
}

// The decoded text ran out where a record may start or continue: the end of the file, or a failure.
bool CsvReader::stopAtEndOfInput(QStringList& fields)
{
    switch (m_input) {
    case Input::MixedEncoding:
        return fail(fields,
            Error(Error::Code::InvalidInput,
                QCoreApplication::translate("CsvReader",
                    "The text is not valid UTF-8 from here on although the lines before were read as UTF-8: the "
                    "file mixes two encodings. Save it again as UTF-8."),
                place(m_line, m_column + 1)));
    case Input::ReadFailed:
        return fail(fields, m_inputError);
    case Input::Reading:
    case Input::Finished:
        break;
    }
    fields.clear();
    m_finished = true;
    return false;
}

bool CsvReader::readRecord(QStringList& fields)
{
    fields.clear();
    if (m_failed || m_finished)
        return false;
    if (!m_started) {
        m_started = true;
        if (!m_delimiterForced)
            detectDelimiter();
    }
    if (m_pendingBlankLines > 0) {
        --m_pendingBlankLines;
        m_recordLine = m_nextBlankLine++;
        fields.append(QString(QLatin1String("")));
        return true;
    }

    // Blank lines are counted rather than returned at once: only what follows them tells whether they
    // are records (text follows) or the end of the file.
    const qint64 firstBlankLine = m_line;
    qint64 blankLines = 0;
    while (hasChar() && isLineBreak(m_text.at(m_pos))) {
        consumeLineBreak();
        ++blankLines;
    }
    if (!hasChar())
        return stopAtEndOfInput(fields);
    if (blankLines > 0) {
        m_pendingBlankLines = blankLines - 1;
        m_nextBlankLine = firstBlankLine + 1;
        m_recordLine = firstBlankLine;
        fields.append(QString(QLatin1String("")));
        return true;
    }
    m_recordLine = m_line;
    return parseRecord(fields);
}

bool CsvReader::parseRecord(QStringList& fields)
{
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote,
    };
    State state = State::FieldStart;
    QString field;
    qint64 quoteLine = 0;
    qint64 quoteColumn = 0;

    while (true) {
        if (!hasChar()) {
            if (m_input != Input::Finished)
                return stopAtEndOfInput(fields);
            if (state == State::Quoted) {
                return fail(fields,
                    Error(Error::Code::InvalidInput,
                        QCoreApplication::translate("CsvReader",
                            "The quoted field opened at line %1, column %2 is never closed: a closing quote (\") is "
                            "missing.")
                            .arg(quoteLine)
                            .arg(quoteColumn),
                        place(quoteLine, quoteColumn)));
            }
            appendField(fields, field); // the last record has no line break
            return true;
        }

        const QChar c = m_text.at(m_pos);
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                quoteLine = m_line;
                quoteColumn = m_column + 1;
                advance();
                state = State::Quoted;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == m_delimiter) {
                advance();
                appendField(fields, field);
                state = State::FieldStart;
            } else if (isLineBreak(c)) {
                consumeLineBreak();
                appendField(fields, field);
                return true;
            } else if (c == u'"') {
                return fail(fields,
                    Error(Error::Code::InvalidInput,
                        QCoreApplication::translate("CsvReader",
                            "A quote (\") appears in the middle of a field that does not start with one. Put the "
                            "whole field in quotes and double the quotes inside it."),
                        place(m_line, m_column + 1)));
            } else {
                takeRun(field, false);
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                advance();
                if (hasChar() && m_text.at(m_pos) == u'"') {
                    advance(); // "" is one quote
                    field.append(QLatin1Char('"'));
                } else {
                    state = State::AfterQuote;
                }
            } else if (c == u'\r') {
                advance();
                if (hasChar() && m_text.at(m_pos) == u'\n') {
                    advance();
                    field.append(QLatin1Char('\n')); // CRLF inside a field becomes LF
                } else {
                    field.append(QLatin1Char('\r'));
                }
            } else if (c == u'\n') {
                advance();
                field.append(QLatin1Char('\n'));
            } else {
                takeRun(field, true);
            }
            break;
        case State::AfterQuote:
            if (c == m_delimiter) {
                advance();
                appendField(fields, field);
                state = State::FieldStart;
            } else if (isLineBreak(c)) {
                consumeLineBreak();
                appendField(fields, field);
                return true;
            } else {
                return fail(fields,
                    Error(Error::Code::InvalidInput,
                        QCoreApplication::translate("CsvReader",
                            "Unexpected text after the closing quote of a field: a quoted field must be followed "
                            "by the delimiter or the end of the line."),
                        place(m_line, m_column + 1)));
            }
            break;
        }
    }
}

Result<QHash<QString, int>> CsvReader::headerIndex(const QStringList& header)
{
    if (header.isEmpty()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("CsvReader", "The file has no header line."), place(1, 1));
    }
    QHash<QString, int> index;
    index.reserve(header.size());
    for (int column = 0; column < header.size(); ++column) {
        const QString name = header.at(column).trimmed();
        if (name.isEmpty()) {
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("CsvReader", "Column %1 of the header has no name.").arg(column + 1),
                place(1, column + 1));
        }
        const auto existing = index.constFind(name);
        if (existing != index.constEnd()) {
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate(
                    "CsvReader", "The column “%1” appears twice in the header (columns %2 and %3).")
                    .arg(name)
                    .arg(existing.value() + 1)
                    .arg(column + 1),
                place(1, column + 1));
        }
        index.insert(name, column);
    }
    return index;
}

Result<qint64> CsvReader::parseInteger(QStringView text)
{
    const auto isGroupSpace = [](QChar c) { return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F); };
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalidInteger(text, QCoreApplication::translate("CsvReader", "A whole number is expected here."));

    qsizetype i = 0;
    bool negative = false;
    if (trimmed.at(0) == u'-' || trimmed.at(0) == QChar(0x2212) || trimmed.at(0) == u'+') {
        negative = trimmed.at(0) != u'+';
        ++i;
    }
    constexpr quint64 kMaxPositive = quint64(std::numeric_limits<qint64>::max());
    const quint64 limit = negative ? kMaxPositive + 1 : kMaxPositive;
    quint64 magnitude = 0;
    int digitsInGroup = 0;
    bool grouped = false;
    bool tooLarge = false;
    bool digitSeen = false;
    for (; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c >= u'0' && c <= u'9') {
            const auto digit = quint64(c.unicode() - u'0');
            if (magnitude > (limit - digit) / 10)
                tooLarge = true;
            else
                magnitude = magnitude * 10 + digit;
            ++digitsInGroup;
            digitSeen = true;
            continue;
        }
        if (isGroupSpace(c) && digitSeen && (!grouped || digitsInGroup == 3) && digitsInGroup <= 3) {
            grouped = true;
            digitsInGroup = 0;
            continue;
        }
        if ((c == u'.' || c == u',') && digitSeen) {
            return invalidInteger(text,
                QCoreApplication::translate("CsvReader", "“%1” has a decimal part; a whole number is expected here.")
                    .arg(text.toString()));
        }
        return invalidInteger(
            text, QCoreApplication::translate("CsvReader", "“%1” is not a whole number.").arg(text.toString()));
    }
    if (!digitSeen || (grouped && digitsInGroup != 3)) {
        return invalidInteger(
            text, QCoreApplication::translate("CsvReader", "“%1” is not a whole number.").arg(text.toString()));
    }
    if (tooLarge) {
        return invalidInteger(text,
            QCoreApplication::translate("CsvReader", "“%1” is too large for a whole number.").arg(text.toString()));
    }
    if (negative)
        return magnitude == kMaxPositive + 1 ? std::numeric_limits<qint64>::min() : -qint64(magnitude);
    return qint64(magnitude);
}

} // namespace comptoir::io
