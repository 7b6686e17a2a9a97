#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

#include <utility>

namespace comptoir::io {

CsvWriter::CsvWriter(QIODevice* device, CsvWriterOptions options)
    : m_device(device)
    , m_options(std::move(options))
{ }

QString CsvWriter::escapedField(const QString& field) const
{
    const bool needsQuotes = field.contains(m_options.delimiter) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n')) || field.startsWith(QLatin1Char(' '))
        || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
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
    if (!m_device || !m_device->isWritable()) {
        const auto* file = qobject_cast<const QFileDevice*>(m_device);
        return Error(Error::Code::Io, QCoreApplication::translate("CsvWriter", "The file is not open for writing."),
            file ? file->fileName() : QString());
    }
    QString line;
    if (fields.size() == 1 && fields.first().isEmpty()) {
        line = QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += m_options.delimiter;
            line += escapedField(fields.at(i));
        }
    }
    line += m_options.lineEnding;

    QByteArray bytes;
    if (!m_started && m_options.byteOrderMark)
        bytes = QByteArray("\xEF\xBB\xBF");
    bytes += line.toUtf8();
    if (m_device->write(bytes) != bytes.size())
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

} // namespace comptoir::io
