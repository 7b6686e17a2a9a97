#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

class QIODevice;

namespace comptoir::io {

// Reads CSV (RFC 4180) from a device one record at a time, in bounded memory: the device is read
// in chunks of kChunkSize bytes and only the text of the record being parsed is kept, so a file of
// a million lines costs a few chunks. Handles what shops actually receive: Excel's French export
// (';', UTF-8 BOM, CRLF), Windows-1252 files, tab-separated exports, quoted multi-line fields.
//
//     CsvReader reader(&file);
//     QStringList fields;
//     while (reader.readRecord(fields)) { … }
//     if (reader.hasError()) return reader.error();
//
// The device must be open for reading and deliver its data synchronously (a file, a buffer); a
// read returning no bytes is the end of the input. Encoding and delimiter are detected by the first
// readRecord(); encodingName() and delimiter() tell what was chosen.
class CsvReader final
{
public:
    static constexpr qint64 kChunkSize = 64 * 1024;

    explicit CsvReader(QIODevice* device);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Forces the delimiter instead of detecting it (',', ';' or '\t' in practice).
    void setDelimiter(QChar delimiter);
    QChar delimiter() const { return m_delimiter; }
    // "UTF-8", "UTF-8 with BOM" or "Windows-1252": a technical name, not translated.
    QString encodingName() const;

    // The next record's fields. False at the end of the input or on an error (see hasError()); once
    // an error was met it stays false. A blank line is a record of one empty field, except blank
    // lines at the end of the file, which are no records.
    bool readRecord(QStringList& fields);
    // True once every record was read or reading stopped on an error. Blank lines at the end of the
    // file are only known to be no records by reading them: readRecord() may still return false.
    bool atEnd() const;
    // The 1-based physical line where the last record read (or the one that failed) starts.
    qint64 lineNumber() const { return m_recordLine; }
    bool hasError() const { return m_failed; }
    // Code::InvalidInput with where = "line:column" for malformed CSV; Code::Io when the device fails.
    const Error& error() const { return m_error; }
    // Bytes taken from the device so far, for a progress bar.
    qint64 bytesRead() const { return m_bytesRead; }

    // Column name (trimmed) → index. Refuses an empty or repeated name with where = "1:<column>".
    static Result<QHash<QString, int>> headerIndex(const QStringList& header);
    // A whole number as a cell holds it: "42", "-7", "+3", "1 234", "1 234 567" (spaces, no-break
    // spaces or narrow no-break spaces grouping thousands). Decimals and anything else are refused;
    // the error's where is empty (the caller knows the cell) and its detail is the text.
    static Result<qint64> parseInteger(QStringView text);

private:
    enum class Encoding
    {
        Undecided,
        Utf8,
        Utf8WithBom,
        Windows1252,
    };
    // What happens when the decoded text runs out.
    enum class Input
    {
        Reading, // more chunks may come
        Finished, // the device is exhausted and every byte decoded
        MixedEncoding, // the next bytes are not UTF-8 although earlier text was
        ReadFailed, // the device failed (m_inputError)
    };

    void readChunk();
    void decodePending(bool endOfInput);
    // Makes at least `count` characters available after m_pos; false when the input has fewer.
    bool ensureAvailable(qsizetype count);
    bool hasChar() { return m_pos < m_text.size() || ensureAvailable(1); }
    void advance();
    void consumeLineBreak();
    void takeRun(QString& field, bool quoted);
    void detectDelimiter();
    bool parseRecord(QStringList& fields);
    bool stopAtEndOfInput(QStringList& fields);
    bool fail(QStringList& fields, Error error);
    Error readError(const QString& message) const;

    QIODevice* m_device = nullptr;
    QByteArray m_pending; // bytes read but not decoded yet (an incomplete UTF-8 sequence)
    QString m_text; // decoded text; everything before m_pos was consumed
    qsizetype m_pos = 0;
    Encoding m_encoding = Encoding::Undecided;
    Input m_input = Input::Reading;
    Error m_inputError;
    bool m_sawNonAscii = false;
    qint64 m_bytesRead = 0;

    QChar m_delimiter = QLatin1Char(',');
    bool m_delimiterForced = false;
    bool m_started = false;

    qint64 m_line = 1; // physical line of the next character
    qint64 m_column = 0; // characters consumed on that line
    bool m_afterCr = false;
    qint64 m_recordLine = 0;
    qint64 m_pendingBlankLines = 0; // blank lines already consumed, still to be returned
    qint64 m_nextBlankLine = 0;

    bool m_finished = false;
    bool m_failed = false;
    Error m_error;
};

} // namespace comptoir::io
