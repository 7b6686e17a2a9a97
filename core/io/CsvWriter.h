#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringConverter>
#include <QStringList>

#include <functional>

class QIODevice;

namespace comptoir::io {

// How CsvWriter lays records out. The defaults are RFC 4180; Excel in French wants ';' and a BOM.
struct CsvWriterOptions
{
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = false; // a UTF-8 BOM before the first record, so Excel reads UTF-8
    QString lineEnding = QStringLiteral("\r\n");
};

// Writes CSV records as UTF-8 to a device (not owned, already open for writing). A field is quoted
// only when it has to be: it holds the delimiter, a quote, CR or LF, or starts or ends with a space.
// A record made of one empty field is written as "" so that it is not read back as a blank line.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice* device, CsvWriterOptions options = {});
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    const CsvWriterOptions& options() const { return m_options; }

    // Code::Io (where = the file name for a file) when the device refuses the bytes.
    Status writeRecord(const QStringList& fields);
    // The same from views, for writers that keep their text elsewhere (no copy per field).
    Status writeFields(const QList<QStringView>& fields);
    // Pushes a file's buffered bytes to the disk: a full disk may only show here.
    Status flush();

    // The field as written: quoted and with its quotes doubled when needed.
    QString escapedField(const QString& field) const;

private:
    Error writeError() const;
    // Appends the field as written to `line`, quoted when needed.
    void appendField(QString& line, QStringView field) const;
    template <typename Fields> Status write(const Fields& fields);

    QIODevice* m_device = nullptr;
    CsvWriterOptions m_options;
    bool m_started = false;
    // Reused from record to record: a big export allocates nothing per line.
    QString m_line;
    QByteArray m_bytes;
    QStringEncoder m_encoder {QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

// Creates the file at `path` and has `write` fill it; the file appears only when `write` succeeded
// and every byte is on the disk (a QSaveFile): a failure or a cancel leaves any older file as it was.
Status writeWholeFile(const QString& path, const std::function<Status(QIODevice*)>& write);

} // namespace comptoir::io
