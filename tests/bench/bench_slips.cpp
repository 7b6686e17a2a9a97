// bench_slips: packing slips and pick lists for a batch of orders.
// Usage: bench_slips SHOP.db OUT_FOLDER [SLIPS] [PICK_ORDERS]
// 1. SLIPS packing slips (default 1,000: the shop's most recent orders) written to one PDF by
//    PackingSlipDocument, on A4 with prices and on 4×6 labels; the reference, measured in the same
//    run, is the way the purchase orders are made: the same slips as one HTML QTextDocument (a page
//    break before each order, the barcode as an image) printed to a PDF.
// 2. The pick list of PICK_ORDERS orders (default 500), median of 7: PickList::forOrders; the
//    references are the sqlite3 shell running the same two queries and reading the orders one by one
//    (OrderBook::load) to add their lines up.
// The shop file is only read.
#include "documents/Code128.h"
#include "documents/PackingSlipDocument.h"
#include "orders/OrderBook.h"
#include "orders/PickList.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace comptoir;

namespace {

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

int pdfPages(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(file.readAll()).count(page));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// The reference: a slip with the same content as HTML, in one document for the whole batch.
void appendHtmlSlip(QString& html, QTextDocument& document, const orders::Order& order, bool first)
{
    const QLocale locale;
    const documents::Code128 code = documents::Code128::encode(order.number);
    QImage bars(std::max(1, code.modules()), 1, QImage::Format_Mono);
    bars.fill(1);
    for (const auto& [start, width] : code.bars())
        for (int x = start; x < start + width; ++x)
            bars.setPixel(x, 0, 0);
    const QUrl barcode(QStringLiteral("barcode://%1").arg(order.id));
    document.addResource(QTextDocument::ImageResource, barcode, bars.scaled(code.modules() * 4, 160));
    html += QStringLiteral("<div%1><table width=\"100%\"><tr><td><b>Comptoir de Camille</b><br>12 rue des Halles<br>"
                           "35000 Rennes</td><td align=\"right\"><h1>Packing slip</h1>"
                           "<img src=\"%2\" width=\"%3\" height=\"40\"><br><b>%4</b><br>%5</td></tr></table>")
                .arg(first ? QString() : QStringLiteral(" style=\"page-break-before: always\""), barcode.toString())
                .arg(code.modules())
                .arg(escaped(order.number), locale.toString(order.placedAt.date(), QLocale::LongFormat));
    html += QStringLiteral("<p><small>SHIP TO</small><br><big><b>%1</b><br>%2</big></p>")
                .arg(escaped(order.shipTo.name), escaped(order.shipTo.lines().mid(1).join(QStringLiteral("<br>"))));
    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\"><tr bgcolor=\"#e8e8e8\">"
        "<th>SKU</th><th>Bin</th><th>Product</th><th>Qty</th><th>Unit price</th><th>Total</th></tr>");
    for (const orders::OrderLine& line : order.lines)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                               "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                    .arg(escaped(line.sku), escaped(line.binLocation), escaped(line.title),
                        locale.toString(line.quantity), line.unitPrice.format(locale), line.total().format(locale));
    html += QStringLiteral("</table><p align=\"right\">Subtotal %1<br>Shipping %2<br><b>Total %3</b></p>"
                           "<p><small>Returns: something not right? You can return unused items within 14 days."
                           "</small></p></div>")
                .arg(order.subtotal().format(locale), order.shipping.format(locale), order.total().format(locale));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_slips SHOP.db OUT_FOLDER [SLIPS] [PICK_ORDERS]\n");
        return 2;
    }
    const QString shop = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const int slipCount = argc > 3 ? std::max(1, std::atoi(argv[3])) : 1000;
    const int pickCount = argc > 4 ? std::max(1, std::atoi(argv[4])) : 500;
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::OpenExisting;
    auto database = storage::Database::open(shop, options);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    const auto latest = [&](int count) {
        QList<qint64> ids;
        auto query = storage::run(
            (*database)->connection(), QStringLiteral("SELECT id FROM orders ORDER BY id DESC LIMIT ?"), {count});
        while (query && query->next())
            ids.prepend(query->value(0).toLongLong());
        return ids;
    };

    // 1. Packing slips.
    const QList<qint64> slips = latest(slipCount);
    const documents::PackingSlipDocument document(*database);
    for (const auto format : {documents::PageFormat::A4, documents::PageFormat::Label4x6}) {
        const auto slipOptions = documents::PackingSlipDocument::Options::forFormat(format);
        const QString path = out.filePath(QStringLiteral("slips-%1.pdf").arg(documents::pageFormatKey(format)));
        QElapsedTimer timer;
        timer.start();
        auto written = document.writePdf(slips, path, slipOptions);
        const double elapsed = seconds(timer);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
            return 1;
        }
        std::printf("%d packing slips, %s%s: %.2f s (%.1f ms per slip), %d pages, %.1f MB\n", int(slips.size()),
            qPrintable(documents::pageFormatKey(format)), slipOptions.prices ? " with prices" : "", elapsed,
            elapsed * 1000 / double(slips.size()), pdfPages(path), double(QFile(path).size()) / 1048576.0);
    }
    {
        QElapsedTimer timer;
        timer.start();
        orders::OrderBook book(*database);
        for (qint64 id : slips)
            (void)book.load(id);
        std::printf("  of which reading the %d orders (OrderBook::load): %.2f s\n", int(slips.size()), seconds(timer));
    }
    {
        const int count = int(slips.size());
        QElapsedTimer timer;
        timer.start();
        orders::OrderBook book(*database);
        QTextDocument html;
        QString text = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt\">");
        for (int i = 0; i < count; ++i)
            appendHtmlSlip(text, html, book.load(slips.at(i)).value(), i == 0);
        text += QStringLiteral("</body></html>");
        html.setHtml(text);
        const QString path = out.filePath(QStringLiteral("reference-qtextdocument.pdf"));
        {
            QPdfWriter writer(path);
            writer.setResolution(300);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
            html.print(&writer);
        }
        const double elapsed = seconds(timer);
        std::printf("reference, QTextDocument of %d slips (HTML, page breaks) to one PDF: %.2f s (%.1f ms per slip), "
                    "%d pages\n",
            count, elapsed, elapsed * 1000 / count, pdfPages(path));
    }

    // 2. The pick list.
    const QList<qint64> picks = latest(pickCount);
    std::vector<double> times;
    qint64 rows = 0, items = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto list = orders::PickList::forOrders(*database, picks);
        times.push_back(seconds(timer) * 1000);
        if (!list) {
            std::fprintf(stderr, "%s\n", qPrintable(list.error().toString()));
            return 1;
        }
        rows = list->rows().size() + list->customItems().size();
        items = list->itemCount();
    }
    std::printf("pick list of %d orders (%lld rows, %lld items): median %.1f ms of 7 (%.1f–%.1f)\n", int(picks.size()),
        rows, items, median(times), *std::min_element(times.begin(), times.end()),
        *std::max_element(times.begin(), times.end()));

    QStringList ids;
    for (qint64 id : picks)
        ids << QString::number(id);
    const QString script
        = QStringLiteral(".timer on\n"
                         "SELECT coalesce(l.variant_id, 0), coalesce(v.bin_location, ''), coalesce(v.sku, min(l.sku)), "
                         "coalesce(v.title, l.title), coalesce(v.barcode, ''), coalesce(v.on_hand, 0), o.id, o.number, "
                         "sum(l.quantity) FROM orders o JOIN order_lines l ON l.order_id = o.id "
                         "LEFT JOIN variants v ON v.id = l.variant_id WHERE o.id IN (%1) "
                         "GROUP BY o.id, l.variant_id, CASE WHEN l.variant_id IS NULL THEN l.title END "
                         "ORDER BY o.placed_at, o.id;\n"
                         "SELECT s.variant_id, loc.name, s.on_hand FROM stock_levels s JOIN locations loc "
                         "ON loc.id = s.location_id WHERE s.variant_id IN (SELECT variant_id FROM order_lines "
                         "WHERE order_id IN (%1)) AND s.on_hand <> 0 ORDER BY loc.id;\n")
              .arg(ids.join(QLatin1Char(',')));
    std::vector<double> shell;
    for (int i = 0; i < 7; ++i) {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), shop});
        sqlite.write(script.toUtf8());
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
        static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
        double total = 0;
        for (auto match = runTime.globalMatch(QString::fromUtf8(sqlite.readAllStandardOutput())); match.hasNext();)
            total += match.next().captured(1).toDouble();
        shell.push_back(total * 1000);
    }
    std::printf("reference, sqlite3 shell running the same two queries: median %.1f ms\n", median(shell));

    QElapsedTimer timer;
    timer.start();
    orders::OrderBook book(*database);
    QHash<qint64, qint64> quantities;
    for (qint64 id : picks) {
        const auto order = book.load(id);
        for (const orders::OrderLine& line : order->lines)
            quantities[line.variantId] += line.quantity;
    }
    std::printf(
        "reference, the orders read one by one (OrderBook::load) and added up: %.1f ms\n", seconds(timer) * 1000);
    return 0;
}
