#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QIODevice>
#include <QSaveFile>

#include <cstring>
#include <utility>

namespace comptoir::io {

CsvWriter::CsvWriter(QIODevice* device, CsvWriterOptions options)
    : m_device(device)
    , m_options(std::move(options))
{ }

void CsvWriter::appendField(QString& line, QStringView field) const
{
    // One pass tells whether the field needs quotes; most fields do not.
    bool needsQuotes = !field.isEmpty() && (field.front() == u' ' || field.back() == u' ');
    bool hasQuote = false;
    for (const QChar c : field) {
        if (c == u'"')
            hasQuote = true;
        else if (c == m_options.delimiter || c == u'\r' || c == u'\n')
            needsQuotes = true;
    }
    if (!needsQuotes && !hasQuote) {
        line += field;
        return;
    }
    line += QLatin1Char('"');
    if (hasQuote) {
        for (const QChar c : field) {
            if (c == u'"')
                line += QLatin1Char('"');
            line += c;
        }
    } else {
        line += field;
    }
    line += QLatin1Char('"');
}

QString CsvWriter::escapedField(const QString& field) const
{
    QString escaped;
    appendField(escaped, field);
    return escaped;
}

Error CsvWriter::writeError() const
{
    const auto* file = qobject_cast<const QFileDevice*>(m_device);
    return Error(Error::Code::Io,
        QCoreApplication::translate("CsvWriter", "The CSV file could not be written (is the disk full?)."),
        file ? file->fileName() : QString(), m_device ? m_device->errorString() : QString());
}

Status CsvWriter::writeRecord(const QStringList& fields)
{
    return write(fields);
}

Status CsvWriter::writeFields(const QList<QStringView>& fields)
{
    return write(fields);
}

template <typename Fields> Status CsvWriter::write(const Fields& fields)
{
    if (!m_device || !m_device->isWritable()) {
        const auto* file = qobject_cast<const QFileDevice*>(m_device);
        return Error(Error::Code::Io, QCoreApplication::translate("CsvWriter", "The file is not open for writing."),
            file ? file->fileName() : QString());
    }
    m_line.truncate(0);
    if (fields.size() == 1 && fields.first().isEmpty()) {
        m_line += QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_line += m_options.delimiter;
            appendField(m_line, fields.at(i));
        }
    }
    m_line += m_options.lineEnding;

    // UTF-8 takes at most three bytes per UTF-16 unit.
    const qsizetype bom = !m_started && m_options.byteOrderMark ? 3 : 0;
    if (m_bytes.size() < bom + m_line.size() * 3)
        m_bytes.resize(bom + m_line.size() * 3);
    char* out = m_bytes.data();
    if (bom > 0)
        std::memcpy(out, "\xEF\xBB\xBF", 3);
    const qint64 size = m_encoder.appendToBuffer(out + bom, m_line) - out;
    if (m_device->write(out, size) != size)
        return writeError();
    m_started = true;
    return {};
}

Status CsvWriter::flush()
{
    if (auto* file = qobject_cast<QFileDevice*>(m_device); file && !file->flush())
        return writeError();
    return {};
}

Status writeWholeFile(const QString& path, const std::function<Status(QIODevice*)>& write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, QCoreApplication::translate("CatalogExport", "The file could not be created."),
            QDir::toNativeSeparators(path), file.errorString());
    if (auto written = write(&file); !written)
        return written; // the temporary file is removed with `file`
    if (!file.commit())
        return Error(Error::Code::Io,
            QCoreApplication::translate("CatalogExport", "The file could not be written (is the disk full?)."),
            QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace comptoir::io
