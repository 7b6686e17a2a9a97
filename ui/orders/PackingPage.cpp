#include "orders/PackingPage.h"

#include "orders/OrderBook.h"
#include "orders/Packing.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::orders;

namespace {

enum Column
{
    SkuColumn,
    TitleColumn,
    BinColumn,
    PackedColumn,
    ColumnCount
};

const QColor kDone(0xd8, 0xf0, 0xdc);

} // namespace

PackingPage::PackingPage(QWidget* parent)
    : QWidget(parent)
    , m_scan(new QLineEdit(this))
    , m_banner(new QLabel(this))
    , m_header(new QLabel(this))
    , m_lines(new QTableWidget(0, ColumnCount, this))
    , m_finish(new QPushButton(this))
    , m_override(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_restart(new QPushButton(this))
    , m_leave(new QPushButton(this))
{
    setObjectName(QStringLiteral("packingPage"));
    m_scan->setObjectName(QStringLiteral("packingScan"));
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_scan->setFont(big);
    m_scan->installEventFilter(this);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scan->text();
        m_scan->clear();
        handleScan(code);
    });

    m_banner->setObjectName(QStringLiteral("packingBanner"));
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.8);
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_banner->setWordWrap(true);
    m_banner->setMinimumHeight(m_banner->fontMetrics().height() * 2 + 16);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setAutoFillBackground(true);
    m_banner->setAccessibleName(tr("Scan result"));

    m_header->setObjectName(QStringLiteral("packingHeader"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    m_header->setFont(headerFont);
    m_header->setWordWrap(true);

    m_lines->setObjectName(QStringLiteral("packingLines"));
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_lines->verticalHeader()->hide();
    QFont linesFont = m_lines->font();
    linesFont.setPointSizeF(linesFont.pointSizeF() * 1.25);
    m_lines->setFont(linesFont);
    m_lines->verticalHeader()->setDefaultSectionSize(QFontMetrics(linesFont).height() + 12);
    m_lines->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);

    m_finish->setObjectName(QStringLiteral("finishPacking"));
    m_override->setObjectName(QStringLiteral("packAnyway"));
    m_undo->setObjectName(QStringLiteral("undoScan"));
    m_restart->setObjectName(QStringLiteral("restartPacking"));
    m_leave->setObjectName(QStringLiteral("leaveOrder"));
    for (QPushButton* button : {m_finish, m_override, m_undo, m_restart, m_leave}) {
        button->setFocusPolicy(Qt::NoFocus); // the scanner's keystrokes always go to the scan field
        button->setAutoDefault(false);
    }
    connect(m_finish, &QPushButton::clicked, this, [this] { finishOrder(); });
    connect(m_override, &QPushButton::clicked, this, &PackingPage::askOverride);
    connect(m_undo, &QPushButton::clicked, this, &PackingPage::undoLastScan);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (!m_order.id)
            return;
        if (auto reset = Packing(m_database).reset(m_order.id); !reset) {
            say(Feedback::Bad, reset.error().message);
            return;
        }
        m_scannedLines.clear();
        reloadOrder();
        say(Feedback::Neutral, tr("Counting again from zero."));
    });
    connect(m_leave, &QPushButton::clicked, this, &PackingPage::leaveOrder);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_finish);
    buttons->addWidget(m_override);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_restart);
    buttons->addWidget(m_leave);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scan);
    layout->addWidget(m_banner);
    layout->addWidget(m_header);
    layout->addWidget(m_lines, 1);
    layout->addLayout(buttons);
    retranslate();
    say(Feedback::Neutral, tr("Scan a packing slip to start."));
    reloadOrder();
}

void PackingPage::setDatabase(storage::DatabasePtr database)
{
    m_database = std::move(database);
    m_order = Order();
    m_scannedLines.clear();
    reloadOrder();
    say(Feedback::Neutral, tr("Scan a packing slip to start."));
}

QString PackingPage::feedbackText() const
{
    return m_banner->text();
}

void PackingPage::say(Feedback feedback, const QString& text)
{
    m_feedback = feedback;
    m_banner->setText(text);
    QPalette palette = m_banner->palette();
    switch (feedback) {
    case Feedback::Neutral:
        palette.setColor(QPalette::Window, palette.color(QPalette::Base));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Text));
        break;
    case Feedback::Good:
        palette.setColor(QPalette::Window, QColor(0x1d, 0x6b, 0x35));
        palette.setColor(QPalette::WindowText, Qt::white);
        break;
    case Feedback::Bad:
        palette.setColor(QPalette::Window, QColor(0xb0, 0x1e, 0x1e));
        palette.setColor(QPalette::WindowText, Qt::white);
        QApplication::beep();
        break;
    }
    m_banner->setPalette(palette);
}

bool PackingPage::openOrder(qint64 orderId)
{
    auto order = OrderBook(m_database).load(orderId);
    if (!order) {
        say(Feedback::Bad, order.error().message);
        return false;
    }
    switch (order->status) {
    case OrderStatus::Paid:
    case OrderStatus::Preparing:
    case OrderStatus::Packed:
        break;
    case OrderStatus::OnHold:
        say(Feedback::Bad, tr("Order %1 is on hold: do not pack it. %2").arg(order->number, order->holdReason));
        return false;
    default:
        say(Feedback::Bad,
            tr("Order %1 is %2: there is nothing to pack.").arg(order->number, statusLabel(order->status).toLower()));
        return false;
    }
    m_order = *order;
    m_scannedLines.clear();
    reloadOrder();
    const qint64 left = [this] {
        qint64 n = 0;
        for (const OrderLine& line : m_order.lines)
            n += line.quantity - line.packed;
        return n;
    }();
    if (m_order.status == OrderStatus::Packed)
        say(Feedback::Good, tr("Order %1 is already packed.").arg(m_order.number));
    else if (m_order.shortItems > 0)
        say(Feedback::Bad,
            tr("Order %1 lacks stock: %n item(s) not reserved. Check the shelf before packing.", nullptr,
                int(m_order.shortItems))
                .arg(m_order.number));
    else
        say(Feedback::Neutral, tr("Order %1: %n item(s) left to scan.", nullptr, int(left)).arg(m_order.number));
    return true;
}

void PackingPage::reloadOrder()
{
    if (m_order.id && m_database) {
        auto order = OrderBook(m_database).load(m_order.id);
        if (order)
            m_order = *order;
    }
    const bool open = m_order.id != 0;
    qint64 packed = 0, total = 0;
    for (const OrderLine& line : m_order.lines) {
        packed += line.packed;
        total += line.quantity;
    }
    if (!open) {
        m_header->setText(tr("No order open."));
    } else {
        const QString city = m_order.shipTo.city.isEmpty()
            ? QString()
            : QStringLiteral(" · %1 (%2)").arg(m_order.shipTo.city, m_order.shipTo.country);
        m_header->setText(tr("<b>%1</b> · %2%3 · %4 of %5 packed")
                              .arg(m_order.number.toHtmlEscaped(), m_order.customerName.toHtmlEscaped(),
                                  city.toHtmlEscaped(), QLocale().toString(packed), QLocale().toString(total)));
        if (!m_order.giftMessage.isEmpty())
            m_header->setText(m_header->text() + QStringLiteral("<br>")
                + tr("Gift message: %1").arg(m_order.giftMessage.toHtmlEscaped()));
    }
    m_lines->setRowCount(open ? int(m_order.lines.size()) : 0);
    for (int r = 0; open && r < m_order.lines.size(); ++r) {
        const OrderLine& line = m_order.lines[r];
        const bool done = line.packed >= line.quantity;
        const QString cells[ColumnCount] = {line.sku, line.title, line.binLocation,
            tr("%1 / %2").arg(QLocale().toString(line.packed), QLocale().toString(line.quantity))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (done)
                item->setBackground(kDone);
            if (c == PackedColumn) {
                item->setTextAlignment(Qt::AlignCenter);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_lines->setItem(r, c, item);
        }
    }
    for (int column : {SkuColumn, BinColumn, PackedColumn})
        m_lines->resizeColumnToContents(column);
    const bool complete = open && packed == total && m_order.status != OrderStatus::Packed;
    m_finish->setEnabled(complete);
    m_override->setEnabled(open && packed < total && m_order.status != OrderStatus::Packed);
    m_undo->setEnabled(open && !m_scannedLines.isEmpty());
    m_restart->setEnabled(open && packed > 0 && m_order.status != OrderStatus::Packed);
    m_leave->setEnabled(open);
}

void PackingPage::handleScan(const QString& rawCode)
{
    if (!m_database)
        return;
    const QString code = rawCode.trimmed();
    if (code.isEmpty()) {
        if (m_order.id && m_finish->isEnabled())
            finishOrder();
        return;
    }
    OrderBook book(m_database);
    if (!m_order.id) {
        auto id = book.idForNumber(code);
        if (id && *id != 0) {
            openOrder(*id);
        } else {
            say(Feedback::Bad, tr("Scan a packing slip first: “%1” is not an order number.").arg(code));
        }
        return;
    }
    // Another slip: move on when this order is done, refuse while it is not.
    auto other = book.idForNumber(code);
    if (other && *other != 0 && *other != m_order.id) {
        qint64 left = 0;
        for (const OrderLine& line : m_order.lines)
            left += line.quantity - line.packed;
        if (left == 0 || m_order.status == OrderStatus::Packed) {
            if (m_order.status != OrderStatus::Packed && !finishOrder())
                return;
            openOrder(*other);
        } else {
            say(Feedback::Bad,
                tr("That is the slip of order %1: order %2 still has %n item(s) to pack. Press "
                   "Esc to leave it.",
                    nullptr, int(left))
                    .arg(code, m_order.number));
        }
        return;
    }
    auto scanned = Packing(m_database).scan(m_order.id, code);
    if (!scanned) {
        say(Feedback::Bad, scanned.error().message);
        return;
    }
    m_scannedLines << scanned->lineId;
    const OrderStatus before = m_order.status;
    reloadOrder();
    if (before != m_order.status)
        Q_EMIT orderChanged(m_order.id);
    if (scanned->outcome == PackResult::Outcome::OrderComplete)
        say(Feedback::Good,
            tr("✓ %1 – order %2 complete. Press Enter to mark it packed.").arg(scanned->sku, m_order.number));
    else
        say(Feedback::Good, tr("✓ %1  %2 / %3").arg(scanned->sku).arg(scanned->packed).arg(scanned->quantity));
}

bool PackingPage::finishOrder(const QString& overrideReason)
{
    if (!m_order.id)
        return false;
    if (auto finished = Packing(m_database).finish(m_order.id, overrideReason); !finished) {
        say(Feedback::Bad, finished.error().message);
        return false;
    }
    const QString number = m_order.number;
    const qint64 id = m_order.id;
    m_order = Order();
    m_scannedLines.clear();
    reloadOrder();
    say(Feedback::Good, tr("Order %1 packed. Scan the next slip.").arg(number));
    Q_EMIT orderChanged(id);
    return true;
}

void PackingPage::undoLastScan()
{
    if (!m_order.id || m_scannedLines.isEmpty())
        return;
    auto undone = Packing(m_database).count(m_order.id, m_scannedLines.last(), -1);
    if (!undone) {
        say(Feedback::Bad, undone.error().message);
        return;
    }
    m_scannedLines.removeLast();
    reloadOrder();
    say(Feedback::Neutral,
        tr("Last scan undone: %1 %2 / %3").arg(undone->sku).arg(undone->packed).arg(undone->quantity));
}

void PackingPage::leaveOrder()
{
    if (!m_order.id)
        return;
    const QString number = m_order.number;
    m_order = Order();
    m_scannedLines.clear();
    reloadOrder();
    say(Feedback::Neutral, tr("Left order %1; its counts are kept. Scan a packing slip.").arg(number));
}

void PackingPage::askOverride()
{
    if (!m_order.id)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Pack order %1 incomplete").arg(m_order.number),
        tr("Why is it packed with items missing? (kept in the order's history)"), QLineEdit::Normal, {}, &ok);
    if (ok)
        finishOrder(reason);
    m_scan->setFocus();
}

bool PackingPage::eventFilter(QObject* watched, QEvent* event)
{
    // Before the scan field's own undo: Ctrl+Z takes back the last scan, Esc leaves the order.
    if (watched == m_scan && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo)) {
            undoLastScan();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            leaveOrder();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PackingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_scan->setFocus();
}

void PackingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PackingPage::retranslate()
{
    m_scan->setPlaceholderText(tr("Scan a packing slip, then each item"));
    m_scan->setAccessibleName(tr("Scan"));
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Bin"), tr("Packed")});
    m_lines->setAccessibleName(tr("Items of the order"));
    m_finish->setText(tr("Mark packed (Enter)"));
    m_override->setText(tr("Pack anyway…"));
    m_undo->setText(tr("Undo last scan (Ctrl+Z)"));
    m_restart->setText(tr("Count again"));
    m_leave->setText(tr("Leave order (Esc)"));
}
