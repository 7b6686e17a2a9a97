#include "common/Money.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

using namespace comptoir;
using namespace comptoir::io;

namespace {

QString dataDir()
{
    return QString::fromUtf8(COMPTOIR_TEST_DATA) + QStringLiteral("/csv");
}

// A sequential device handing out at most `step` bytes per read: every chunk boundary the reader
// can meet (inside a UTF-8 sequence, a BOM, a CRLF, a doubled quote) happens somewhere.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray bytes, qint64 step)
        : m_bytes(std::move(bytes))
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_step, qint64(m_bytes.size()) - m_pos});
        std::memcpy(data, m_bytes.constData() + m_pos, size_t(count));
        m_pos += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step = 1;
    qint64 m_pos = 0;
};

// A device that fails every read and write, like a file on a full or vanished disk.
class RefusingDevice final : public QIODevice
{
protected:
    qint64 readData(char*, qint64) override
    {
        setErrorString(QStringLiteral("Input/output error"));
        return -1;
    }
    qint64 writeData(const char*, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

// A record as the fixtures write it: fields joined with " | ", line breaks escaped.
QString fixtureLine(const QStringList& fields)
{
    QString line = fields.join(QStringLiteral(" | "));
    line.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    line.replace(QStringLiteral("\n"), QStringLiteral("\\n"));
    line.replace(QStringLiteral("\r"), QStringLiteral("\\r"));
    return line;
}

QString readTextFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// QVERIFY2 builds its message even when the check passes: never ask an ok Result for its error.
template <typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

// Every record the reader gives, until it stops.
QList<QStringList> readEverything(CsvReader& reader)
{
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append(fields);
    return records;
}

QList<QStringList> readEverything(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    return readEverything(reader);
}

} // namespace

// CsvReader / CsvWriter: RFC 4180 with the encodings, delimiters and mistakes shops' files have.
class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each directory of tests/data/csv is a case: input.csv, with expected.txt (one record a line,
    // fields joined with " | ") and/or error.txt ("line:column word-of-the-message").
    void fixtures_data()
    {
        QTest::addColumn<QString>("caseDir");
        QTest::addColumn<qint64>("step"); // 0: read from the file; n: a device giving n bytes per read

        const QDir root(dataDir());
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 11, qPrintable(root.path()));
        for (const QString& name : cases) {
            QTest::newRow(qPrintable(name)) << root.filePath(name) << qint64(0);
            QTest::newRow(qPrintable(name + QStringLiteral(" (1-byte reads)"))) << root.filePath(name) << qint64(1);
            QTest::newRow(qPrintable(name + QStringLiteral(" (7-byte reads)"))) << root.filePath(name) << qint64(7);
        }
    }

    void fixtures()
    {
        QFETCH(QString, caseDir);
        QFETCH(qint64, step);
        const QDir dir(caseDir);
        QVERIFY(dir.exists(QStringLiteral("input.csv")));
        const bool expectsRecords = dir.exists(QStringLiteral("expected.txt"));
        const bool expectsError = dir.exists(QStringLiteral("error.txt"));
        QVERIFY2(expectsRecords || expectsError, "a case needs expected.txt or error.txt");

        QFile file(dir.filePath(QStringLiteral("input.csv")));
        TrickleDevice trickle(readBytes(file.fileName()), step);
        QIODevice* device = &trickle;
        if (step == 0) {
            QVERIFY(file.open(QIODevice::ReadOnly));
            device = &file;
        }
        CsvReader reader(device);
        QStringList actual;
        for (const QStringList& record : readEverything(reader))
            actual.append(fixtureLine(record));

        if (expectsRecords) {
            QStringList expected = readTextFile(dir.filePath(QStringLiteral("expected.txt"))).split(u'\n');
            QCOMPARE(expected.takeLast(), QString()); // the file ends with a line break
            QCOMPARE(actual, expected);
        }
        if (expectsError) {
            const QString spec = readTextFile(dir.filePath(QStringLiteral("error.txt"))).trimmed();
            const QString where = spec.section(u' ', 0, 0);
            const QString word = spec.section(u' ', 1);
            QVERIFY(reader.hasError());
            QCOMPARE(reader.error().code, Error::Code::InvalidInput);
            QCOMPARE(reader.error().where, where);
            QVERIFY2(reader.error().message.contains(word, Qt::CaseInsensitive), qPrintable(reader.error().message));
            QVERIFY(reader.atEnd());
            // The error is sticky.
            QStringList fields;
            QVERIFY(!reader.readRecord(fields));
            QVERIFY(fields.isEmpty());
            QCOMPARE(reader.error().where, where);
        } else {
            QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
            QVERIFY(reader.atEnd());
            QCOMPARE(reader.bytesRead(), file.size());
        }
    }

    void smallReadsStayUnderTheRecord()
    {
        // The reader takes what a read gives: with 1-byte reads it has read the header line and no more.
        TrickleDevice trickle(QByteArray("sku,name,quantity\nA,B,1\n"), 1);
        CsvReader reader(&trickle);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, (QStringList {"sku", "name", "quantity"}));
        QCOMPARE(reader.bytesRead(), qint64(18));
        QVERIFY(!reader.atEnd());
        QVERIFY(reader.readRecord(fields));
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(reader.atEnd());
        QCOMPARE(reader.bytesRead(), qint64(24));
    }

    void detection_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("Simple") << "Simple"
                                << "UTF-8" << QChar(u',');
        QTest::newRow("SemicolonFrenchExcel") << "SemicolonFrenchExcel"
                                              << "UTF-8 with BOM" << QChar(u';');
        QTest::newRow("Windows1252") << "Windows1252"
                                     << "Windows-1252" << QChar(u';');
        QTest::newRow("TabSeparated") << "TabSeparated"
                                      << "UTF-8" << QChar(u'\t');
        QTest::newRow("DoubledQuotes") << "DoubledQuotes"
                                       << "UTF-8" << QChar(u',');
    }

    void detection()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, encoding);
        QFETCH(QChar, delimiter);
        QFile file(dataDir() + u'/' + caseName + QStringLiteral("/input.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(reader.encodingName(), encoding);
        QCOMPARE(reader.delimiter(), delimiter);
        // The BOM is not part of the first column's name.
        QVERIFY(!fields.first().startsWith(QChar(0xFEFF)));
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QChar>("expected");
        QTest::addColumn<QStringList>("header");
        QTest::newRow("commas") << QByteArray("a,b,c\n") << QChar(u',') << QStringList {"a", "b", "c"};
        QTest::newRow("semicolons win") << QByteArray("a;b;c,d\n") << QChar(u';') << QStringList {"a", "b", "c,d"};
        QTest::newRow("tabs win") << QByteArray("a\tb\tc;d\n") << QChar(u'\t') << QStringList {"a", "b", "c;d"};
        QTest::newRow("tie is a comma") << QByteArray("a;b,c\n") << QChar(u',') << QStringList {"a;b", "c"};
        QTest::newRow("none is a comma") << QByteArray("sku\n") << QChar(u',') << QStringList {"sku"};
        QTest::newRow("quoted ones do not count")
            << QByteArray("\"a;b;c\",d\n") << QChar(u',') << QStringList {"a;b;c", "d"};
        QTest::newRow("only the first line counts")
            << QByteArray("a,b\nc;d;e;f\n") << QChar(u',') << QStringList {"a", "b"};
        QTest::newRow("empty file") << QByteArray() << QChar(u',') << QStringList();
    }

    void delimiterDetection()
    {
        QFETCH(QByteArray, input);
        QFETCH(QChar, expected);
        QFETCH(QStringList, header);
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QStringList fields;
        QCOMPARE(reader.readRecord(fields), !header.isEmpty());
        QCOMPARE(reader.delimiter(), expected);
        QCOMPARE(fields, header);
    }

    void forcedDelimiter()
    {
        QByteArray input("a;b,c\n1;2,3\n");
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        reader.setDelimiter(u';');
        QCOMPARE(readEverything(reader), (QList<QStringList> {{"a", "b,c"}, {"1", "2,3"}}));
        QCOMPARE(reader.delimiter(), QChar(u';'));
    }

    void lineNumbers_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QList<qint64>>("lines");
        // Quoted line breaks are physical lines too; a lone CR is a line break.
        QTest::newRow("QuotedNewlines") << "QuotedNewlines" << QList<qint64> {1, 2, 4, 6, 8};
        QTest::newRow("BlankLines") << "BlankLines" << QList<qint64> {1, 2, 3};
        QTest::newRow("OldMacLineEnds") << "OldMacLineEnds" << QList<qint64> {1, 2, 3};
        QTest::newRow("SemicolonFrenchExcel") << "SemicolonFrenchExcel" << QList<qint64> {1, 2, 3, 4};
    }

    void lineNumbers()
    {
        QFETCH(QString, caseName);
        QFETCH(QList<qint64>, lines);
        QFile file(dataDir() + u'/' + caseName + QStringLiteral("/input.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QList<qint64> actual;
        QStringList fields;
        while (reader.readRecord(fields))
            actual.append(reader.lineNumber());
        QCOMPARE(actual, lines);
    }

    void blankLines()
    {
        // Blank lines inside the file are records of one empty field; trailing ones are not records.
        QCOMPARE(readEverything(QByteArray("a\n\n\nb\n\n")), (QList<QStringList> {{"a"}, {""}, {""}, {"b"}}));
        QCOMPARE(readEverything(QByteArray("\n\r\n\r")), QList<QStringList>());
        QCOMPARE(readEverything(QByteArray("")), QList<QStringList>());
        QCOMPARE(readEverything(QByteArray("\xEF\xBB\xBF")), QList<QStringList>());
        QCOMPARE(readEverything(QByteArray("x")), (QList<QStringList> {{"x"}}));
        // Fields are empty strings, never null ones (a null QString is stored as SQL NULL).
        const QList<QStringList> records = readEverything(QByteArray("a,,\n\n\"\"\n"));
        QCOMPARE(records.size(), 3);
        for (const QStringList& record : records) {
            for (const QString& field : record)
                QVERIFY(!field.isNull());
        }
    }

    void atEndAndProgress()
    {
        QByteArray input("a,b\nc,d\n");
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QVERIFY(!reader.atEnd());
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QVERIFY(!reader.atEnd());
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, (QStringList {"c", "d"}));
        QVERIFY(reader.atEnd());
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(fields.isEmpty());
        QVERIFY(!reader.hasError());
        QCOMPARE(reader.bytesRead(), input.size());
    }

    void frenchExcelCells()
    {
        // What an import does with Excel's French export: header names, amounts, quantities.
        QFile file(dataDir() + QStringLiteral("/SemicolonFrenchExcel/input.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        const auto columns = CsvReader::headerIndex(fields);
        QVERIFY(columns.ok());
        const int price = columns->value(QStringLiteral("Prix TTC"), -1);
        const int quantity = columns->value(QStringLiteral("Quantité"), -1);
        QCOMPARE(price, 2);
        QCOMPARE(quantity, 3);

        QList<qint64> cents;
        QList<qint64> quantities;
        while (reader.readRecord(fields)) {
            const auto amount = Money::parse(fields.at(price), Currency::euro(), QLocale(QLocale::French));
            QVERIFY2(amount.ok(), why(amount).constData());
            cents.append(amount->minorUnits());
            const auto count = CsvReader::parseInteger(fields.at(quantity));
            QVERIFY2(count.ok(), why(count).constData());
            quantities.append(*count);
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(cents, (QList<qint64> {1990, 850, -200}));
        QCOMPARE(quantities, (QList<qint64> {1200, 3, 0}));
    }

    void largeFile()
    {
        // 200,000 lines (about 7 MB) stream through: records and line numbers come out right and the
        // reader only ever asks the device for a chunk at a time.
        constexpr int kLines = 200000;
        QByteArray input;
        input.reserve(kLines * 40);
        input += "sku,title,note,quantity\n";
        for (int i = 1; i < kLines; ++i)
            input += "SKU-" + QByteArray::number(i) + ",Article n°" + QByteArray::number(i) + ",\"a, \"\"b\"\"\","
                + QByteArray::number(i % 97) + '\n';
        QVERIFY(input.size() > 10 * CsvReader::kChunkSize);

        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QVERIFY(reader.bytesRead() <= CsvReader::kChunkSize);
        qint64 records = 1;
        qint64 lastProgress = reader.bytesRead();
        bool progressNeverGoesBack = true;
        QStringList last;
        while (reader.readRecord(fields)) {
            ++records;
            progressNeverGoesBack = progressNeverGoesBack && reader.bytesRead() >= lastProgress;
            lastProgress = reader.bytesRead();
            if (fields.size() != 4)
                QFAIL(qPrintable(QStringLiteral("record %1 has %2 fields").arg(records).arg(fields.size())));
            last = fields;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
        QVERIFY(progressNeverGoesBack);
        QCOMPARE(records, qint64(kLines));
        QCOMPARE(reader.lineNumber(), qint64(kLines));
        QCOMPARE(reader.bytesRead(), input.size());
        QCOMPARE(last, (QStringList {"SKU-199999", "Article n°199999", "a, \"b\"", QString::number(199999 % 97)}));
        QCOMPARE(reader.encodingName(), QStringLiteral("UTF-8"));
    }

    void lateWindows1252Switches()
    {
        // More than a chunk of ASCII, then a Windows-1252 byte: nothing decoded depended on the
        // choice, so the whole file is read as Windows-1252.
        QByteArray input = "name\n";
        for (int i = 0; i < 20000; ++i)
            input += "abc\n";
        input += "caf\xE9\n";
        QVERIFY(input.size() > CsvReader::kChunkSize);
        const QList<QStringList> records = readEverything(input);
        QCOMPARE(records.size(), 20002);
        QCOMPARE(records.last(), QStringList {"café"});
    }

    void mixedEncodingIsAnError()
    {
        // UTF-8 accents in the first chunk, a Windows-1252 byte later: reported where it is.
        QByteArray input = "name\n";
        for (int i = 0; i < 20000; ++i)
            input += "caf\xC3\xA9\n"; // 6 bytes
        input += "caf\xE9\n";
        QVERIFY(input.size() - 6 > CsvReader::kChunkSize);
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        const QList<QStringList> records = readEverything(reader);
        QCOMPARE(records.size(), 20001);
        QCOMPARE(records.last(), QStringList {"café"});
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error().code, Error::Code::InvalidInput);
        QCOMPARE(reader.error().where, QStringLiteral("20002:4"));
        QVERIFY(reader.error().message.contains(QStringLiteral("UTF-8")));
        QCOMPARE(reader.encodingName(), QStringLiteral("UTF-8"));
    }

    void bomThenInvalidBytesIsAnError()
    {
        // A BOM declares UTF-8: bytes that are not are an error, not a reason to switch.
        QByteArray input("\xEF\xBB\xBF"
                         "a,b\n"
                         "c\xE9,d\n");
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QCOMPARE(readEverything(reader), (QList<QStringList> {{"a", "b"}}));
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error().where, QStringLiteral("2:2"));
        QCOMPARE(reader.encodingName(), QStringLiteral("UTF-8 with BOM"));
    }

    void unreadableDevice()
    {
        RefusingDevice failing;
        QVERIFY(failing.open(QIODevice::ReadOnly));
        CsvReader reader(&failing);
        QStringList fields;
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error().code, Error::Code::Io);
        QCOMPARE(reader.error().detail, QStringLiteral("Input/output error"));

        QFile closed(dataDir() + QStringLiteral("/Simple/input.csv"));
        CsvReader notOpen(&closed);
        QVERIFY(!notOpen.atEnd());
        QVERIFY(!notOpen.readRecord(fields));
        QCOMPARE(notOpen.error().code, Error::Code::Io);
        QCOMPARE(notOpen.error().where, closed.fileName());
    }

    void writerQuoting()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeRecord({"a", "b,c", "d\"e", " lead", "trail ", "", "x\ny", "semi;colon", "é"}).ok());
        QVERIFY(writer.writeRecord({""}).ok());
        QVERIFY(writer.writeRecord({"", ""}).ok());
        QCOMPARE(buffer.data(),
            QByteArray("a,\"b,c\",\"d\"\"e\",\" lead\",\"trail \",,\"x\ny\",semi;colon,\xC3\xA9\r\n"
                       "\"\"\r\n"
                       ",\r\n"));

        QBuffer excel;
        QVERIFY(excel.open(QIODevice::WriteOnly));
        CsvWriter french(&excel, {.delimiter = u';', .byteOrderMark = true, .lineEnding = QStringLiteral("\n")});
        QVERIFY(french.writeRecord({"Prix", "19,90", "a;b"}).ok());
        QVERIFY(french.writeRecord({"x"}).ok());
        QCOMPARE(excel.data(), QByteArray("\xEF\xBB\xBFPrix;19,90;\"a;b\"\nx\n"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("lineEnding");
        QTest::newRow("comma") << QChar(u',') << false << "\r\n";
        QTest::newRow("comma, BOM") << QChar(u',') << true << "\r\n";
        QTest::newRow("semicolon") << QChar(u';') << false << "\r\n";
        QTest::newRow("semicolon, BOM") << QChar(u';') << true << "\r\n";
        QTest::newRow("semicolon, LF") << QChar(u';') << false << "\n";
        QTest::newRow("tab, BOM") << QChar(u'\t') << true << "\r\n";
    }

    void roundTrip()
    {
        QFETCH(QChar, delimiter);
        QFETCH(bool, bom);
        QFETCH(QString, lineEnding);
        const QList<QStringList> records = {
            {"sku", "name", "note", "price"},
            {"A\"1", "Mug \"XL\", blue", "two\nlines", "19,90"},
            {"  lead", "trail  ", "", "semi;colon"},
            {"", "", "", ""},
            {"\"", "\"\"", "a\tb", "Crème brûlée — 12 € ’"},
            {"cr\ronly", " ", ",;", "end"},
            {""},
            {"𝄞 clef", "x", "y", "z"},
            {""},
        };
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, {.delimiter = delimiter, .byteOrderMark = bom, .lineEnding = lineEnding});
        for (const QStringList& record : records)
            QVERIFY(writer.writeRecord(record).ok());
        QVERIFY(writer.flush().ok());
        buffer.close();

        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QCOMPARE(readEverything(reader), records);
        QVERIFY(!reader.hasError());
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(reader.encodingName(), bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8"));
    }

    void roundTripNormalisesCrlfInsideFields()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadWrite));
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeRecord({"one\r\ntwo", "x"}).ok());
        buffer.seek(0);
        CsvReader reader(&buffer);
        QCOMPARE(readEverything(reader), (QList<QStringList> {{"one\ntwo", "x"}}));
    }

    void writerRefusedWrites()
    {
        RefusingDevice failing;
        QVERIFY(failing.open(QIODevice::WriteOnly));
        CsvWriter writer(&failing);
        const Status status = writer.writeRecord({"a", "b"});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Code::Io);
        QCOMPARE(status.error().where, QString());
        QCOMPARE(status.error().detail, QStringLiteral("No space left on device"));
        QVERIFY(!status.error().message.isEmpty());

        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QCOMPARE(CsvWriter(&readOnly).writeRecord({"a"}).error().code, Error::Code::Io);
    }

    void writerOnFullDisk()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("needs /dev/full");
        // Unbuffered, the write itself fails; buffered, the flush does. Both name the file.
        QFile unbuffered(QStringLiteral("/dev/full"));
        QVERIFY(unbuffered.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const Status direct = CsvWriter(&unbuffered).writeRecord({"a", "b"});
        QVERIFY(!direct.ok());
        QCOMPARE(direct.error().code, Error::Code::Io);
        QCOMPARE(direct.error().where, QStringLiteral("/dev/full"));

        QFile buffered(QStringLiteral("/dev/full"));
        QVERIFY(buffered.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffered);
        Status status = writer.writeRecord({"a", "b"});
        if (status.ok())
            status = writer.flush();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Code::Io);
        QCOMPARE(status.error().where, QStringLiteral("/dev/full"));
    }

    void headerIndex_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("where"); // empty when the header is valid
        QTest::addColumn<QStringList>("names"); // in column order, when valid
        QTest::newRow("plain") << QStringList {"sku", "name", "qty"} << QString() << QStringList {"sku", "name", "qty"};
        QTest::newRow("trimmed") << QStringList {" sku", "name ", "\tqty "} << QString()
                                 << QStringList {"sku", "name", "qty"};
        QTest::newRow("one column") << QStringList {"sku"} << QString() << QStringList {"sku"};
        QTest::newRow("case matters") << QStringList {"SKU", "sku"} << QString() << QStringList {"SKU", "sku"};
        QTest::newRow("empty name") << QStringList {"sku", "", "qty"} << "1:2" << QStringList();
        QTest::newRow("blank name") << QStringList {"sku", "name", "  "} << "1:3" << QStringList();
        QTest::newRow("first empty") << QStringList {""} << "1:1" << QStringList();
        QTest::newRow("duplicate") << QStringList {"sku", "name", "sku"} << "1:3" << QStringList();
        QTest::newRow("duplicate once trimmed")
            << QStringList {"sku", "name", "qty", " name "} << "1:4" << QStringList();
        QTest::newRow("no columns") << QStringList() << "1:1" << QStringList();
    }

    void headerIndex()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, where);
        QFETCH(QStringList, names);
        const auto index = CsvReader::headerIndex(header);
        if (!where.isEmpty()) {
            QVERIFY(!index.ok());
            QCOMPARE(index.error().code, Error::Code::InvalidInput);
            QCOMPARE(index.error().where, where);
            QVERIFY(!index.error().message.isEmpty());
            return;
        }
        QVERIFY2(index.ok(), why(index).constData());
        QCOMPARE(index->size(), names.size());
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(index->value(names.at(i), -1), i);
    }

    void headerIndexMessages()
    {
        const auto duplicate = CsvReader::headerIndex({"sku", "name", "sku"});
        QVERIFY(duplicate.error().message.contains(QStringLiteral("“sku”")));
        QVERIFY(duplicate.error().message.contains(QStringLiteral("twice")));
        const auto empty = CsvReader::headerIndex({"sku", ""});
        QVERIFY(empty.error().message.contains(QStringLiteral("no name")));
    }

    void parseInteger_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("word"); // a word of the message when invalid

        QTest::newRow("zero") << "0" << true << qint64(0) << QString();
        QTest::newRow("plain") << "42" << true << qint64(42) << QString();
        QTest::newRow("minus") << "-7" << true << qint64(-7) << QString();
        QTest::newRow("unicode minus") << "\u22127" << true << qint64(-7) << QString();
        QTest::newRow("plus") << "+3" << true << qint64(3) << QString();
        QTest::newRow("leading zeros") << "007" << true << qint64(7) << QString();
        QTest::newRow("surrounding spaces") << "  12 " << true << qint64(12) << QString();
        QTest::newRow("space groups") << "1 234 567" << true << qint64(1234567) << QString();
        QTest::newRow("narrow nbsp groups") << "-1\u202F234" << true << qint64(-1234) << QString();
        QTest::newRow("nbsp groups") << "12\u00A0345" << true << qint64(12345) << QString();
        QTest::newRow("max") << "9223372036854775807" << true << qint64(9223372036854775807LL) << QString();
        QTest::newRow("min") << "-9 223 372 036 854 775 808" << true << std::numeric_limits<qint64>::min() << QString();

        QTest::newRow("empty") << "" << false << qint64(0) << "whole number";
        QTest::newRow("spaces only") << "   " << false << qint64(0) << "whole number";
        QTest::newRow("decimal point") << "12.5" << false << qint64(0) << "decimal";
        QTest::newRow("decimal comma") << "12,50" << false << qint64(0) << "decimal";
        QTest::newRow("comma grouping") << "1,234" << false << qint64(0) << "decimal";
        QTest::newRow("letters") << "abc" << false << qint64(0) << "not a whole number";
        QTest::newRow("trailing letter") << "12a" << false << qint64(0) << "not a whole number";
        QTest::newRow("sign alone") << "-" << false << qint64(0) << "not a whole number";
        QTest::newRow("two signs") << "--1" << false << qint64(0) << "not a whole number";
        QTest::newRow("sign after digits") << "1-" << false << qint64(0) << "not a whole number";
        QTest::newRow("short group") << "1 23" << false << qint64(0) << "not a whole number";
        QTest::newRow("long first group") << "1234 567" << false << qint64(0) << "not a whole number";
        QTest::newRow("double space") << "1  234" << false << qint64(0) << "not a whole number";
        QTest::newRow("two numbers") << "12 34" << false << qint64(0) << "not a whole number";
        QTest::newRow("currency") << "12 €" << false << qint64(0) << "not a whole number";
        QTest::newRow("too large") << "9223372036854775808" << false << qint64(0) << "too large";
        QTest::newRow("too small") << "-9223372036854775809" << false << qint64(0) << "too large";
    }

    void parseInteger()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        QFETCH(QString, word);
        const Result<qint64> result = CsvReader::parseInteger(text);
        if (valid) {
            QVERIFY2(result.ok(), why(result).constData());
            QCOMPARE(*result, expected);
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QCOMPARE(result.error().where, QString()); // the caller knows the cell
        QCOMPARE(result.error().detail, text);
        QVERIFY2(result.error().message.contains(word, Qt::CaseInsensitive), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
