#include "reviews/ReviewImport.h"

#include "io/CellReader.h"
#include "io/ColumnNames.h"
#include "io/CsvNumber.h"
#include "io/CsvReader.h"
#include "orders/OrderBook.h"
#include "reviews/Reviews.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <array>
#include <climits>

namespace comptoir::reviews {

using namespace comptoir::storage;

namespace {

constexpr int kProgressTotal = 1000;

// What a column of a review file holds, in Comptoir's terms.
enum Field
{
    ExternalIdField,
    WrittenAtField,
    TitleField,
    BodyField,
    RatingField,
    AuthorField,
    AuthorEmailField,
    ProductField, // a SKU, a handle or a name
    ProductIdField, // the platform's product id: looked for as a SKU only
    OrderNumberField,
    ReplyField,
    RepliedAtField,
    ReplyPublishedAtField,
    StatusField,
    CausesField,
    PhotosField,
    LanguageField,
    VerifiedField,
    SourceField,
    FieldCount
};

// The column names of each format, folded (see io::foldedColumnName()), most telling first; empty:
// the format has no such column.
using ColumnNames = std::array<QStringView, FieldCount>;

constexpr ColumnNames kComptoirNames = {u"external id", u"written at", u"title", u"body", u"rating", u"author",
    u"author email", u"product sku", u"", u"order number", u"reply", u"replied at", u"reply published at", u"status",
    u"causes", u"photos", u"language", u"verified", u"source"};
constexpr ColumnNames kJudgeMeNames = {u"review id|id", u"review date", u"title", u"body", u"rating", u"reviewer name",
    u"reviewer email", u"product handle", u"product id", u"", u"reply", u"reply date", u"", u"curated", u"",
    u"picture urls", u"", u"", u""};
constexpr ColumnNames kTrustpilotNames = {u"review id", u"review created (utc)|review created|review date",
    u"review title", u"review content", u"review stars", u"review username|consumer name|review consumer name",
    u"review consumer email|consumer email", u"", u"", u"reference id",
    u"reply content|company reply content|business reply content",
    u"company reply date (utc)|business reply date (utc)|reply date", u"", u"", u"", u"", u"review language", u"", u""};
constexpr ColumnNames kWooCommerceNames
    = {u"id", u"date created gmt|date created", u"", u"review", u"rating", u"reviewer", u"reviewer email",
        u"product name|product sku", u"product id", u"", u"", u"", u"", u"status", u"", u"", u"", u"verified", u""};

const ColumnNames& namesOf(ReviewFileFormat format)
{
    switch (format) {
    case ReviewFileFormat::Comptoir:
        return kComptoirNames;
    case ReviewFileFormat::JudgeMe:
        return kJudgeMeNames;
    case ReviewFileFormat::Trustpilot:
        return kTrustpilotNames;
    case ReviewFileFormat::WooCommerce:
        return kWooCommerceNames;
    }
    return kComptoirNames;
}

Error cancelled()
{
    return Error(Error::Code::Cancelled,
        QCoreApplication::translate("ReviewImport", "Import cancelled: nothing was changed in the shop."));
}

// One import or dry run of a review file, from the device to the report.
class ReviewImportRun
{
public:
    ReviewImportRun(const DatabasePtr& database, JobControl& control, bool apply)
        : m_database(database)
        , m_db(database->connection())
        , m_control(control)
        , m_apply(apply)
        , m_cells(m_report, Currency::euro())
    { }

    Result<ReviewImportReport> run(QIODevice* device);

private:
    bool findColumns(const QStringList& header);
    Status readRow(const QStringList& cells, qint64 line);
    // The text of a field's cell, spreadsheet guards removed; empty when the file has no such column.
    QString cell(const QStringList& cells, Field field) const;
    void problem(Field field, const QString& why);
    // A date of the row; an invalid one (with its problem) when the cell is not a date.
    QDateTime date(const QStringList& cells, Field field);
    std::optional<int> rating(const QStringList& cells);
    ReviewStatus status(const QStringList& cells);
    QList<CauseTag> causes(const QStringList& cells);
    // The product the row names (0: none), with its problem when the shop has no such product.
    Result<qint64> product(const QStringList& cells);
    Status loadProducts();
    // The column a refusal of ReviewBook is about, from its `where`.
    Field fieldOf(const Error& error) const;

    DatabasePtr m_database;
    QSqlDatabase m_db;
    JobControl& m_control;
    bool m_apply;
    ReviewImportReport m_report;
    io::CellReader m_cells;
    const Transaction* m_transaction = nullptr;

    QStringList m_header;
    std::array<int, FieldCount> m_columns {};
    bool m_productsLoaded = false;
    QHash<QString, qint64> m_productBySku; // lower case
    QHash<QString, qint64> m_productByHandle;
    QHash<QString, qint64> m_productByName; // lower case
    QHash<qint64, QString> m_productNames;
};

Result<ReviewImportReport> ReviewImportRun::run(QIODevice* device)
{
    io::CsvReader reader(device);
    auto header = io::readImportHeader(reader, m_report);
    if (!header)
        return header.error();
    m_report.encoding = reader.encodingName();
    m_report.delimiter = reader.delimiter();
    if (header->isEmpty() || !findColumns(*header))
        return m_report;

    // The dry run adds every review as the import would, then rolls back: it meets what the import
    // would meet, a review given twice in the file included.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    m_transaction = &transaction;
    auto read = io::readImportRecords(reader, device->size(), m_report, m_report.rows, m_control,
        QCoreApplication::translate("ReviewImport", "Reading reviews"),
        QCoreApplication::translate("ReviewImport", "The file has no reviews under its header."),
        [this](const QStringList& cells, qint64 line) { return readRow(cells, line); });
    if (!read)
        return read.error();
    if (!*read)
        return cancelled();
    m_report.sortProblems();
    if (!m_apply || m_report.hasProblems())
        return m_report; // the transaction rolls back: nothing was written
    if (!m_control.progress(kProgressTotal - 1, kProgressTotal, QCoreApplication::translate("ReviewImport", "Saving")))
        return cancelled();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_report.applied = true;
    m_control.progress(kProgressTotal, kProgressTotal, QCoreApplication::translate("ReviewImport", "Done"));
    return m_report;
}

bool ReviewImportRun::findColumns(const QStringList& header)
{
    m_header = header;
    if (!detectReviewFileFormat(header, m_report.format)) {
        m_report.addProblem(1, 1,
            QCoreApplication::translate("ReviewImport",
                "These columns are not those of a review file Comptoir knows: export the reviews from Judge.me, "
                "Trustpilot or WooCommerce, or use Comptoir's own columns (see the documentation)."));
        return false;
    }
    const ColumnNames& names = namesOf(m_report.format);
    for (int field = 0; field < FieldCount; ++field)
        m_columns[field] = names[field].isEmpty() ? -1 : io::findColumn(header, names[field]);
    return true;
}

QString ReviewImportRun::cell(const QStringList& cells, Field field) const
{
    const int column = m_columns[field];
    if (column < 0)
        return {};
    // Comptoir guards "'=…" as "''=…" so that it reads back exactly.
    return io::CellReader::text(
        io::CellReader::unguarded(cells.at(column), m_report.format == ReviewFileFormat::Comptoir));
}

void ReviewImportRun::problem(Field field, const QString& why)
{
    const int column = std::max(m_columns[field], 0);
    m_cells.problem(column + 1, m_header.value(column), why);
}

QDateTime ReviewImportRun::date(const QStringList& cells, Field field)
{
    const QString text = cell(cells, field);
    if (text.isEmpty())
        return {};
    // A column in UTC ("Review Created (UTC)", WooCommerce's date_created_gmt) writes no offset.
    const QString name = io::foldedColumnName(m_header.value(m_columns[field]));
    QDateTime at;
    if (name.contains(QLatin1String("utc")) || name.contains(QLatin1String("gmt")))
        at = io::CellReader::parseDateTime(QString(text + QLatin1Char('Z')));
    if (!at.isValid())
        at = io::parseFileDate(text);
    if (!at.isValid())
        problem(field,
            QCoreApplication::translate(
                "ReviewImport", "“%1” is not a date: write it as 2026-11-20, 2026-11-20T14:03:00Z or 20/11/2026.")
                .arg(text));
    return at;
}

std::optional<int> ReviewImportRun::rating(const QStringList& cells)
{
    const QString text = cell(cells, RatingField);
    if (text.isEmpty()) {
        problem(RatingField, QCoreApplication::translate("ReviewImport", "Give the rating, 1 to 5 stars."));
        return std::nullopt;
    }
    // "4" or "4.0", as some platforms write whole stars.
    auto tenths = io::CsvNumber::parseDecimal(text, 1);
    if (!tenths || *tenths % 10 != 0 || *tenths < 10 || *tenths > 50) {
        problem(RatingField,
            QCoreApplication::translate("ReviewImport", "“%1” is not a rating: give 1 to 5 stars.").arg(text));
        return std::nullopt;
    }
    return int(*tenths / 10);
}

ReviewStatus ReviewImportRun::status(const QStringList& cells)
{
    const QString text = cell(cells, StatusField).toLower();
    switch (m_report.format) {
    case ReviewFileFormat::Comptoir: {
        ReviewStatus status = ReviewStatus::New;
        if (!text.isEmpty() && !reviewStatusFromKey(text, status))
            problem(StatusField,
                QCoreApplication::translate(
                    "ReviewImport", "“%1” is not a status: write new, to_answer, answered or ignored.")
                    .arg(cell(cells, StatusField)));
        return status;
    }
    case ReviewFileFormat::JudgeMe: // curated: ok, spam, not-yet…
    case ReviewFileFormat::WooCommerce: // approved, hold, spam, trash
        return text == QLatin1String("spam") || text == QLatin1String("trash") ? ReviewStatus::Ignored
                                                                               : ReviewStatus::New;
    case ReviewFileFormat::Trustpilot:
        break;
    }
    return ReviewStatus::New;
}

QList<CauseTag> ReviewImportRun::causes(const QStringList& cells)
{
    QList<CauseTag> tags;
    const QString text = cell(cells, CausesField);
    for (QString key : text.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        key = key.trimmed();
        CauseTag tag {Cause::DeliveryDelay, CauseState::Confirmed};
        if (key.startsWith(QLatin1Char('-'))) {
            tag.state = CauseState::Rejected;
            key = key.mid(1);
        } else if (key.endsWith(QLatin1Char('?'))) {
            tag.state = CauseState::Suggested;
            key.chop(1);
        }
        if (!causeFromKey(key.trimmed(), tag.cause)) {
            problem(CausesField,
                QCoreApplication::translate("ReviewImport",
                    "“%1” is not a cause: write delivery_delay, damaged_parcel, product_quality, sizing, "
                    "not_as_described, customer_service or price.")
                    .arg(key));
            continue;
        }
        tags.append(tag);
    }
    return tags;
}

Status ReviewImportRun::loadProducts()
{
    m_productsLoaded = true;
    auto products = storage::run(m_db, QStringLiteral("SELECT id, name FROM products ORDER BY archived, id"));
    if (!products)
        return products.error();
    while (products->next()) {
        const qint64 id = products->value(0).toLongLong();
        const QString name = products->value(1).toString();
        m_productNames.insert(id, name);
        // The first product of a name wins, those on sale before the archived ones.
        if (!m_productByName.contains(name.trimmed().toLower()))
            m_productByName.insert(name.trimmed().toLower(), id);
        if (!m_productByHandle.contains(handleOf(name)))
            m_productByHandle.insert(handleOf(name), id);
    }
    auto variants = storage::run(m_db, QStringLiteral("SELECT sku, product_id FROM variants"));
    if (!variants)
        return variants.error();
    while (variants->next())
        m_productBySku.insert(variants->value(0).toString().toLower(), variants->value(1).toLongLong());
    return {};
}

Result<qint64> ReviewImportRun::product(const QStringList& cells)
{
    const QString named = m_report.format == ReviewFileFormat::WooCommerce
        ? plainTextFromHtml(cell(cells, ProductField))
        : cell(cells, ProductField);
    const QString id = cell(cells, ProductIdField);
    if (named.isEmpty() && id.isEmpty())
        return qint64(0); // a review of the shop
    if (!m_productsLoaded)
        if (auto loaded = loadProducts(); !loaded)
            return loaded.error();
    if (!named.isEmpty()) {
        if (const auto found = m_productBySku.constFind(named.toLower()); found != m_productBySku.constEnd())
            return *found;
        if (m_report.format != ReviewFileFormat::Comptoir) {
            if (const auto found = m_productByHandle.constFind(handleOf(named)); found != m_productByHandle.constEnd())
                return *found;
            if (const auto found = m_productByName.constFind(named.toLower()); found != m_productByName.constEnd())
                return *found;
        }
    }
    // The platform's own product id means nothing to Comptoir, unless the shop used it as a SKU.
    if (!id.isEmpty())
        if (const auto found = m_productBySku.constFind(id.toLower()); found != m_productBySku.constEnd())
            return *found;
    if (!named.isEmpty())
        problem(ProductField,
            m_report.format == ReviewFileFormat::Comptoir
                ? QCoreApplication::translate("ReviewImport", "The shop has no product with the SKU %1.").arg(named)
                : QCoreApplication::translate(
                    "ReviewImport", "The shop has no product “%1” (looked for by SKU, handle and name).")
                      .arg(named));
    else
        problem(ProductIdField,
            QCoreApplication::translate("ReviewImport", "The shop has no product %1: give its SKU, handle or name.")
                .arg(id));
    return qint64(0);
}

Field ReviewImportRun::fieldOf(const Error& error) const
{
    const QString& where = error.where;
    if (where == QCoreApplication::translate("Reviews", "Rating"))
        return RatingField;
    if (where == QCoreApplication::translate("Reviews", "Date"))
        return WrittenAtField;
    if (where == QCoreApplication::translate("Reviews", "Reply"))
        return ReplyField;
    return m_columns[BodyField] >= 0 ? BodyField : TitleField;
}

Status ReviewImportRun::readRow(const QStringList& cells, qint64 line)
{
    ReviewImportRow row;
    row.line = line;
    const qint64 problemsBefore = m_report.problemCount;
    const auto finish = [&] {
        if (m_report.problemCount > problemsBefore) {
            row.action = ReviewRowAction::Error;
            if (!m_report.problems.isEmpty() && m_report.problemCount <= io::ImportProblems::kProblemLimit)
                row.message = m_report.problems.last().message;
        }
        m_report.lines.append(row);
    };
    m_cells.startLine(line);
    if (!m_cells.hasWidth(cells, int(m_header.size()))) {
        finish();
        return {};
    }

    Review review;
    switch (m_report.format) {
    case ReviewFileFormat::Comptoir:
        review.source = Source::Website;
        if (const QString key = cell(cells, SourceField);
            !key.isEmpty() && !sourceFromKey(key.toLower(), review.source))
            problem(SourceField,
                QCoreApplication::translate("ReviewImport",
                    "“%1” is not a source: write website, google, trustpilot, judgeme, woocommerce, marketplace or "
                    "other.")
                    .arg(key));
        break;
    case ReviewFileFormat::JudgeMe:
        review.source = Source::JudgeMe;
        break;
    case ReviewFileFormat::Trustpilot:
        review.source = Source::Trustpilot;
        break;
    case ReviewFileFormat::WooCommerce:
        review.source = Source::WooCommerce;
        break;
    }
    review.externalId = cell(cells, ExternalIdField);
    review.author = cell(cells, AuthorField);
    row.author = review.author;
    if (const auto stars = rating(cells)) {
        review.rating = *stars;
        row.rating = *stars;
    }
    review.title = cell(cells, TitleField);
    review.body = cell(cells, BodyField);
    // WooCommerce writes HTML: the review itself, and entities in names ("Mug &amp; bol").
    if (m_report.format == ReviewFileFormat::WooCommerce) {
        review.body = plainTextFromHtml(review.body);
        review.author = plainTextFromHtml(review.author);
        row.author = review.author;
    }
    review.authorEmail = cell(cells, AuthorEmailField);
    review.language = cell(cells, LanguageField);
    if (m_columns[VerifiedField] >= 0)
        review.verified = m_cells
                              .flag(m_columns[VerifiedField] + 1, m_header.at(m_columns[VerifiedField]),
                                  cells.at(m_columns[VerifiedField]))
                              .value_or(false);
    review.writtenAt = date(cells, WrittenAtField);
    if (cell(cells, WrittenAtField).isEmpty())
        problem(WrittenAtField, QCoreApplication::translate("ReviewImport", "Give the day the review was written."));
    review.reply = cell(cells, ReplyField);
    review.repliedAt = date(cells, RepliedAtField);
    review.replyPublishedAt = date(cells, ReplyPublishedAtField);
    // What came from a platform was published there; only a reply written in Comptoir waits.
    if (m_report.format != ReviewFileFormat::Comptoir && !review.reply.isEmpty())
        review.replyPublishedAt = review.repliedAt.isValid() ? review.repliedAt : review.writtenAt;
    review.status = status(cells);
    row.ignored = review.status == ReviewStatus::Ignored;
    review.causes = causes(cells);
    const QChar photoSeparator = m_report.format == ReviewFileFormat::Comptoir ? QLatin1Char('|') : QLatin1Char(',');
    for (const QString& photo : cell(cells, PhotosField).split(photoSeparator, Qt::SkipEmptyParts))
        if (!photo.trimmed().isEmpty())
            review.photos << photo.trimmed();
    auto productId = product(cells);
    if (!productId)
        return productId.error();
    review.productId = *productId;
    row.product = m_productNames.value(review.productId);
    // Trustpilot's Reference ID is often the order number: the review is linked to it when the shop has it.
    if (QString number = cell(cells, OrderNumberField); !number.isEmpty()) {
        if (number.startsWith(QLatin1Char('#')))
            number = number.mid(1).trimmed();
        auto orderId = orders::OrderBook(m_database).idForNumber(number);
        if (!orderId)
            return orderId.error();
        review.orderId = *orderId;
    }
    if (m_report.problemCount > problemsBefore) {
        finish();
        return {};
    }
    if (auto checked = ReviewBook::check(review); !checked) {
        problem(fieldOf(checked.error()), checked.error().message);
        finish();
        return {};
    }
    auto added = ReviewBook(m_database).addWithin(*m_transaction, review);
    if (!added) {
        if (added.error().code != Error::Code::InvalidInput)
            return added.error();
        problem(fieldOf(added.error()), added.error().message);
    } else if (added->added) {
        row.action = ReviewRowAction::Add;
        ++m_report.added;
        if (row.ignored)
            ++m_report.ignored;
    } else {
        row.action = ReviewRowAction::AlreadyKnown;
        ++m_report.alreadyKnown;
    }
    finish();
    return {};
}

Result<ReviewImportReport> importFile(const DatabasePtr& database, const QString& path, JobControl& control, bool apply)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, QCoreApplication::translate("ReviewImport", "The file could not be opened."),
            QDir::toNativeSeparators(path), file.errorString());
    return ReviewImportRun(database, control, apply).run(&file);
}

} // namespace

QString reviewRowActionLabel(ReviewRowAction action)
{
    switch (action) {
    case ReviewRowAction::Add:
        return QCoreApplication::translate("ReviewImport", "Add");
    case ReviewRowAction::AlreadyKnown:
        return QCoreApplication::translate("ReviewImport", "Already known");
    case ReviewRowAction::Error:
        return QCoreApplication::translate("ReviewImport", "Error");
    }
    return {};
}

QString ReviewImportReport::summary() const
{
    // Plural forms count with an int; a template argument inside translate() confuses lupdate.
    const int newOnes = int(std::min<qint64>(added, INT_MAX));
    const int known = int(std::min<qint64>(alreadyKnown, INT_MAX));
    const int spam = int(std::min<qint64>(ignored, INT_MAX));
    QString text = QCoreApplication::translate("ReviewImport", "%n review(s) added", nullptr, newOnes);
    if (spam > 0)
        text += QLatin1Char(' ') + QCoreApplication::translate("ReviewImport", "(%n as ignored)", nullptr, spam);
    return text + QStringLiteral(", ")
        + QCoreApplication::translate("ReviewImport", "%n already known.", nullptr, known);
}

ReviewImport::ReviewImport(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<ReviewImportReport> ReviewImport::check(const QString& path, JobControl& control) const
{
    return importFile(m_database, path, control, false);
}

Result<ReviewImportReport> ReviewImport::run(const QString& path, JobControl& control)
{
    return importFile(m_database, path, control, true);
}

Result<ReviewImportReport> ReviewImport::check(QIODevice* device, JobControl& control) const
{
    return ReviewImportRun(m_database, control, false).run(device);
}

Result<ReviewImportReport> ReviewImport::run(QIODevice* device, JobControl& control)
{
    return ReviewImportRun(m_database, control, true).run(device);
}

} // namespace comptoir::reviews
