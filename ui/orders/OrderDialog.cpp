#include "orders/OrderDialog.h"

#include "messages/Inbox.h"

#include "orders/OrderBook.h"
#include "orders/OrderDocuments.h"
#include "orders/OrderEditor.h"
#include "orders/ReturnDialog.h"
#include "orders/Returns.h"
#include "shipping/Carriers.h"
#include "shipping/LaPosteTracking.h"
#include "shipping/ParcelActions.h"
#include "shipping/ParcelDialog.h"
#include "shipping/Shipments.h"
#include "shipping/TrackingRefreshBar.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace comptoir;
using namespace comptoir::orders;
using comptoir::shipping::Parcel;
using comptoir::shipping::Problem;
using comptoir::shipping::Shipments;
using comptoir::shipping::TrackingEvent;

namespace {

enum LineColumn
{
    PictureColumn,
    SkuColumn,
    TitleColumn,
    BinColumn,
    QuantityColumn,
    StockColumn,
    PriceColumn,
    TotalColumn,
    LineColumnCount
};

QString addressText(const Address& address)
{
    QStringList lines = address.lines();
    if (!address.phone.isEmpty())
        lines << address.phone;
    return lines.join(QLatin1Char('\n'));
}

QPixmap thumbnail(const QString& path, int size)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
    return QPixmap::fromImage(reader.read());
}

} // namespace

OrderDialog::OrderDialog(storage::DatabasePtr database, qint64 orderId, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_orderId(orderId)
    , m_messages(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_shipTo(new QLabel(this))
    , m_billTo(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_lines(new QTableWidget(0, LineColumnCount, this))
    , m_history(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_parcels(new QTreeWidget(this))
    , m_events(new QTreeWidget(this))
    , m_addParcel(new QPushButton(this))
    , m_correctParcel(new QPushButton(this))
    , m_addEvent(new QPushButton(this))
    , m_carrierPage(new QPushButton(this))
    , m_refreshTracking(new QPushButton(this))
    , m_trackingRefresh(new TrackingRefreshBar(this))
    , m_note(new QLineEdit(this))
    , m_printSlip(new QPushButton(this))
    , m_saveSlip(new QPushButton(this))
    , m_steps(new QHBoxLayout)
{
    setObjectName(QStringLiteral("orderDialog"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("orderStatus"));
    m_status->setTextFormat(Qt::RichText);
    for (QLabel* label : {m_customer, m_shipTo, m_billTo, m_notes}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_customer->setObjectName(QStringLiteral("customerLabel"));
    m_shipTo->setObjectName(QStringLiteral("shipToLabel"));
    m_billTo->setObjectName(QStringLiteral("billToLabel"));
    m_notes->setObjectName(QStringLiteral("notesLabel"));
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_totals->setTextFormat(Qt::RichText);

    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_lines->setHorizontalHeaderLabels(
        {QString(), tr("SKU"), tr("Product"), tr("Bin"), tr("Qty"), tr("Stock"), tr("Unit price"), tr("Total")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(40);
    m_lines->setIconSize(QSize(36, 36));
    m_lines->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_lines->setAccessibleName(tr("Order lines"));

    m_history->setObjectName(QStringLiteral("orderHistory"));
    m_history->setHeaderLabels({tr("When"), tr("What"), tr("Note"), tr("By")});
    m_history->setRootIsDecorated(false);
    m_history->setAccessibleName(tr("Order history"));
    m_note->setObjectName(QStringLiteral("noteField"));
    m_note->setPlaceholderText(tr("Add a note to the history, then Enter"));
    m_note->setAccessibleName(tr("New note"));
    connect(m_note, &QLineEdit::returnPressed, this, &OrderDialog::addNote);

    // The slip goes with the parcel: printed from the order as well as in a batch from the list.
    m_printSlip->setObjectName(QStringLiteral("printSlipButton"));
    m_printSlip->setText(tr("Print s&lip…"));
    m_printSlip->setToolTip(tr("Preview and print the packing slip of this order (Ctrl+P)"));
    m_saveSlip->setObjectName(QStringLiteral("saveSlipButton"));
    m_saveSlip->setText(tr("Save slip as PD&F…"));
    m_saveSlip->setToolTip(tr("Save the packing slip of this order as a PDF file (Ctrl+Shift+S)"));
    for (QPushButton* button : {m_printSlip, m_saveSlip})
        button->setAutoDefault(false);
    connect(m_printSlip, &QPushButton::clicked, this, &OrderDialog::printSlip);
    connect(m_saveSlip, &QPushButton::clicked, this, [this] { saveSlip(); });
    // Shortcuts of their own: a button's shortcut would replace the mnemonic of its text.
    auto* printKey = new QShortcut(QKeySequence::Print, this);
    connect(printKey, &QShortcut::activated, m_printSlip, &QPushButton::click);
    auto* saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    connect(saveKey, &QShortcut::activated, m_saveSlip, &QPushButton::click);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status);
    header->addStretch(1);
    header->addWidget(m_printSlip);
    header->addWidget(m_saveSlip);

    auto* people = new QHBoxLayout;
    const auto box = [this](const QString& title, QLabel* label) {
        auto* group = new QGroupBox(title, this);
        auto* inner = new QVBoxLayout(group);
        inner->addWidget(label);
        inner->addStretch(1);
        return group;
    };
    people->addWidget(box(tr("Customer"), m_customer), 1);
    people->addWidget(box(tr("Ship to"), m_shipTo), 1);
    people->addWidget(box(tr("Bill to"), m_billTo), 1);
    people->addWidget(box(tr("Notes"), m_notes), 1);

    auto* linesPane = new QWidget(this);
    auto* linesLayout = new QVBoxLayout(linesPane);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_lines, 1);
    auto* totalsRow = new QHBoxLayout;
    totalsRow->addStretch(1);
    totalsRow->addWidget(m_totals);
    linesLayout->addLayout(totalsRow);
    auto* historyPane = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyPane);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_note);

    m_parcels->setObjectName(QStringLiteral("parcelList"));
    m_parcels->setHeaderLabels(
        {tr("Carrier"), tr("Tracking number"), tr("Shipped"), tr("Where it is"), tr("Expected"), tr("Problem")});
    m_parcels->setRootIsDecorated(false);
    m_parcels->setAccessibleName(tr("Parcels"));
    m_events->setObjectName(QStringLiteral("trackingEvents"));
    m_events->setHeaderLabels({tr("When"), tr("What"), tr("Where"), tr("Details")});
    m_events->setRootIsDecorated(false);
    m_events->setAccessibleName(tr("Tracking events of the parcel"));
    const struct
    {
        QPushButton* button;
        const char* name;
    } parcelButtons[]
        = {{m_addParcel, "addParcelButton"}, {m_correctParcel, "correctParcelButton"}, {m_addEvent, "addEventButton"},
            {m_carrierPage, "carrierPageButton"}, {m_refreshTracking, "refreshTrackingButton"}};
    auto* parcelBar = new QHBoxLayout;
    for (const auto& b : parcelButtons) {
        b.button->setObjectName(QString::fromLatin1(b.name));
        b.button->setAutoDefault(false);
        parcelBar->addWidget(b.button);
    }
    parcelBar->addStretch(1);
    m_addParcel->setText(tr("Add &parcel…"));
    m_addParcel->setToolTip(tr("Another parcel for this order: a split shipment or a replacement"));
    m_correctParcel->setText(tr("Co&rrect…"));
    m_correctParcel->setToolTip(tr("Correct the carrier, service or tracking number of the parcel"));
    m_addEvent->setText(tr("Add tracking &event…"));
    m_addEvent->setToolTip(tr("Record what the carrier or the customer says about the parcel (Ctrl+E)"));
    m_carrierPage->setText(tr("Carrier &page"));
    m_carrierPage->setToolTip(tr("Open the parcel's tracking page on the carrier's site (Ctrl+O)"));
    m_refreshTracking->setText(tr("Re&fresh tracking"));
    m_refreshTracking->setToolTip(
        tr("Fetch the parcel's tracking from La Poste (Colissimo, Chronopost, Lettre suivie)"));
    connect(m_refreshTracking, &QPushButton::clicked, this, &OrderDialog::refreshTracking);
    connect(m_trackingRefresh, &TrackingRefreshBar::keyMissing, this, [this] {
        updateRefreshButton();
        m_messages->showMessage(tr("No La Poste API key is set for this shop: enter it in Settings ▸ Carriers."),
            MessageBar::Kind::Information);
    });
    connect(m_trackingRefresh, &TrackingRefreshBar::failed, this, [this](const Error& error) {
        updateRefreshButton();
        m_messages->showMessage(error.toString(), MessageBar::Kind::Error);
    });
    connect(m_trackingRefresh, &TrackingRefreshBar::finished, this,
        [this](const comptoir::shipping::RefreshSummary& summary) {
            const auto failures = m_trackingRefresh->failures();
            reload();
            Q_EMIT orderChanged(m_orderId);
            if (summary.stoppedBy)
                m_messages->showMessage(
                    tr("Tracking not refreshed: %1").arg(summary.stoppedBy->toString()), MessageBar::Kind::Error);
            else if (!failures.isEmpty())
                m_messages->showMessage(
                    tr("Tracking not refreshed: %1").arg(failures.first().error.toString()), MessageBar::Kind::Error);
            else if (!summary.cancelled)
                m_messages->showMessage(summary.newEvents == 0
                        ? tr("Tracking refreshed: nothing new.")
                        : tr("Tracking refreshed: %n new event(s).", nullptr, summary.newEvents),
                    summary.newEvents == 0 ? MessageBar::Kind::Information : MessageBar::Kind::Positive);
            updateRefreshButton();
        });
    connect(m_addParcel, &QPushButton::clicked, this, &OrderDialog::askAddParcel);
    connect(m_correctParcel, &QPushButton::clicked, this, &OrderDialog::askCorrectParcel);
    connect(m_addEvent, &QPushButton::clicked, this, &OrderDialog::askTrackingEvent);
    connect(m_carrierPage, &QPushButton::clicked, this, &OrderDialog::openCarrierPage);
    auto* eventKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(eventKey, &QShortcut::activated, m_addEvent, [this] {
        if (m_addEvent->isEnabled())
            askTrackingEvent();
    });
    auto* carrierKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this);
    connect(carrierKey, &QShortcut::activated, this, &OrderDialog::openCarrierPage);
    connect(m_parcels, &QTreeWidget::currentItemChanged, this, &OrderDialog::fillEvents);
    connect(m_parcels, &QTreeWidget::itemActivated, this, &OrderDialog::openCarrierPage);
    auto* parcelsPane = new QWidget(this);
    auto* parcelsLayout = new QVBoxLayout(parcelsPane);
    auto* parcelSplit = new QSplitter(Qt::Vertical, parcelsPane);
    parcelSplit->addWidget(m_parcels);
    parcelSplit->addWidget(m_events);
    parcelSplit->setStretchFactor(0, 1);
    parcelSplit->setStretchFactor(1, 2);
    parcelsLayout->addWidget(parcelSplit, 1);
    parcelsLayout->addLayout(parcelBar);
    parcelsLayout->addWidget(m_trackingRefresh);

    m_tabs->setObjectName(QStringLiteral("orderTabs"));
    m_tabs->addTab(historyPane, tr("History"));
    m_tabs->addTab(parcelsPane, tr("Parcels"));
    auto* messagesPane = new QWidget(this);
    auto* messagesLayout = new QVBoxLayout(messagesPane);
    m_conversations = new QTextBrowser(messagesPane);
    m_conversations->setObjectName(QStringLiteral("orderConversations"));
    m_write = new QPushButton(tr("Write to the customer…"), messagesPane);
    m_write->setObjectName(QStringLiteral("writeToCustomerButton"));
    m_write->setToolTip(tr("Open this order's conversation on the Messages page, to answer or write"));
    m_write->setVisible(bool(messageComposer()));
    connect(m_write, &QPushButton::clicked, this, &OrderDialog::writeToCustomer);
    auto* writeRow = new QHBoxLayout;
    writeRow->addStretch(1);
    writeRow->addWidget(m_write);
    messagesLayout->addWidget(m_conversations, 1);
    messagesLayout->addLayout(writeRow);
    m_tabs->addTab(messagesPane, tr("Messages"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(linesPane);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(m_steps);
    bottom->addStretch(1);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(header);
    layout->addLayout(people);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    m_messages->hide();
    resize(980, 720);
    reload();
    // Once an order is on its way, where its parcel is matters more than its history.
    if (m_order.status == OrderStatus::Shipped || m_parcelProblems > 0)
        m_tabs->setCurrentIndex(1);
    // A customer waiting for an answer about it comes first.
    if (m_waitingCustomer)
        m_tabs->setCurrentIndex(2);
}

QPushButton* OrderDialog::stepButton(const QString& objectName) const
{
    for (int i = 0; i < m_steps->count(); ++i)
        if (auto* button = qobject_cast<QPushButton*>(m_steps->itemAt(i)->widget()))
            if (button->objectName() == objectName)
                return button;
    return nullptr;
}

bool OrderDialog::reload()
{
    auto order = OrderBook(m_database).load(m_orderId);
    if (!order) {
        m_messages->showMessage(order.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_order = *order;
    setWindowTitle(tr("Order %1 – %2").arg(m_order.number, m_order.customerName));
    m_title->setText(tr("Order %1").arg(m_order.number));
    QString status = statusLabel(m_order.status);
    if (m_order.status == OrderStatus::OnHold && !m_order.holdReason.isEmpty())
        status = tr("%1: %2").arg(status, m_order.holdReason);
    const QString color = m_order.shortItems > 0 || m_order.status == OrderStatus::OnHold ? QStringLiteral("#b01e1e")
        : m_order.status == OrderStatus::Cancelled                                        ? QStringLiteral("#666666")
                                                                                          : QStringLiteral("#1d6b35");
    m_status->setText(
        QStringLiteral("<span style='color:%1; font-weight:600'>%2</span> · %3 · %4")
            .arg(color, status.toHtmlEscaped(), channelLabel(m_order.channel).toHtmlEscaped(),
                QLocale().toString(m_order.placedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped()));

    QStringList customer;
    for (const QString& part : {m_order.customerName, m_order.email, m_order.phone})
        if (!part.isEmpty())
            customer << part;
    m_customer->setText(customer.isEmpty() ? tr("Walk-in customer") : customer.join(QLatin1Char('\n')));
    m_shipTo->setText(m_order.shipTo.isEmpty() ? tr("No delivery") : addressText(m_order.shipTo));
    m_billTo->setText(m_order.billTo.isEmpty() ? tr("Same as delivery") : addressText(m_order.billTo));
    QStringList notes;
    if (!m_order.note.isEmpty())
        notes << tr("Customer note: %1").arg(m_order.note);
    if (!m_order.giftMessage.isEmpty())
        notes << tr("Gift message: %1").arg(m_order.giftMessage);
    if (!m_order.shippingMethod.isEmpty())
        notes << tr("Shipping: %1").arg(m_order.shippingMethod);
    m_notes->setText(notes.isEmpty() ? tr("None") : notes.join(QLatin1Char('\n')));

    const QLocale locale;
    QString totals = QStringLiteral("<table>");
    const auto row = [&](const QString& label, const Money& amount, bool bold = false) {
        const QString cell = bold ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
        totals += QStringLiteral("<tr><td>%1</td><td align='right' style='padding-left:16px'>%2</td></tr>")
                      .arg(cell.arg(label.toHtmlEscaped()), cell.arg(amount.format(locale).toHtmlEscaped()));
    };
    row(tr("Subtotal"), m_order.subtotal());
    row(tr("Shipping"), m_order.shipping);
    if (!m_order.discount.isZero())
        row(tr("Discount"), -m_order.discount);
    row(tr("Total"), m_order.total(), true);
    row(tr("of which VAT"), m_order.tax());
    totals += QStringLiteral("</table>");
    m_totals->setText(totals);
    fillLines();
    fillHistory();
    fillParcels();
    fillMessages();
    rebuildSteps();
    return true;
}

void OrderDialog::fillLines()
{
    const QLocale locale;
    const bool holds = m_order.holdsStock();
    m_lines->setRowCount(int(m_order.lines.size()));
    for (int r = 0; r < m_order.lines.size(); ++r) {
        const OrderLine& line = m_order.lines[r];
        auto* picture = new QTableWidgetItem;
        if (const QPixmap pixmap = thumbnail(line.imagePath, 36); !pixmap.isNull())
            picture->setIcon(QIcon(pixmap));
        m_lines->setItem(r, PictureColumn, picture);
        m_lines->setItem(r, SkuColumn, new QTableWidgetItem(line.sku));
        m_lines->setItem(r, TitleColumn, new QTableWidgetItem(line.title));
        m_lines->setItem(r, BinColumn, new QTableWidgetItem(line.binLocation));
        auto* quantity = new QTableWidgetItem(locale.toString(line.quantity));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(r, QuantityColumn, quantity);
        QString stock;
        if (line.variantId == 0)
            stock = tr("Not stocked");
        else if (holds)
            stock = line.shortBy() > 0 ? tr("%1 missing").arg(locale.toString(line.shortBy())) : tr("Reserved");
        else if (line.returned > 0)
            stock = tr("%1 returned").arg(locale.toString(line.returned));
        auto* stockItem = new QTableWidgetItem(stock);
        if (holds && line.shortBy() > 0)
            stockItem->setForeground(QColor(0xb0, 0x1e, 0x1e));
        m_lines->setItem(r, StockColumn, stockItem);
        auto* price = new QTableWidgetItem(line.unitPrice.format(locale));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(r, PriceColumn, price);
        auto* total = new QTableWidgetItem(line.total().format(locale));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(r, TotalColumn, total);
    }
    m_lines->setColumnWidth(PictureColumn, 44);
    bool pictures = false;
    for (const OrderLine& line : m_order.lines)
        pictures = pictures || !line.imagePath.isEmpty();
    m_lines->setColumnHidden(PictureColumn, !pictures);
    for (int column : {SkuColumn, BinColumn, QuantityColumn, StockColumn, PriceColumn, TotalColumn})
        m_lines->resizeColumnToContents(column);
}

void OrderDialog::fillHistory()
{
    m_history->clear();
    auto events = OrderBook(m_database).history(m_orderId);
    if (!events) {
        m_messages->showMessage(events.error().toString(), MessageBar::Kind::Error);
        return;
    }
    for (const OrderEvent& event : *events) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, event.summary());
        item->setText(2, event.note);
        item->setText(3, event.user);
        item->setToolTip(2, event.note);
    }
    for (int column = 0; column < 2; ++column)
        m_history->resizeColumnToContents(column);
    m_history->scrollToBottom();
}

void OrderDialog::fillParcels()
{
    const qint64 current = currentParcel();
    m_parcels->clear();
    auto parcels = Shipments(m_database).forOrder(m_orderId);
    if (!parcels) {
        m_messages->showMessage(parcels.error().toString(), MessageBar::Kind::Error);
        return;
    }
    const QLocale locale;
    QTreeWidgetItem* select = nullptr;
    int problems = 0;
    for (const Parcel& parcel : *parcels) {
        auto* item = new QTreeWidgetItem(m_parcels);
        item->setData(0, Qt::UserRole, parcel.id);
        QString carrier = parcel.carrier;
        if (auto found = comptoir::shipping::Carriers(m_database).find(parcel.carrier); found && *found)
            carrier = (*found)->name;
        item->setText(0, carrier);
        item->setText(1, parcel.trackingNumber.isEmpty() ? tr("No number") : parcel.trackingNumber);
        item->setText(2, locale.toString(parcel.shippedAt.toLocalTime().date(), QLocale::ShortFormat));
        item->setText(3, comptoir::shipping::stateLabel(parcel.state));
        item->setText(4,
            parcel.deliveredAt.isValid()
                ? tr("Delivered %1").arg(locale.toString(parcel.deliveredAt.toLocalTime().date(), QLocale::ShortFormat))
                : locale.toString(parcel.expectedOn, QLocale::ShortFormat));
        QString problem;
        if (parcel.problem != Problem::None) {
            problem = comptoir::shipping::problemLabel(parcel.problem);
            ++problems;
        } else if (parcel.handledAt.isValid()) {
            problem = tr("Handled: %1").arg(parcel.handledNote);
        }
        item->setText(5, problem);
        item->setToolTip(5, problem);
        if (parcel.problem != Problem::None)
            for (int column : {3, 5})
                item->setForeground(column, QColor(0xb0, 0x1e, 0x1e));
        if (parcel.id == current || !select)
            select = item;
    }
    for (int column = 0; column < 5; ++column)
        m_parcels->resizeColumnToContents(column);
    if (select)
        m_parcels->setCurrentItem(select);
    fillEvents();
    m_parcelProblems = problems;
    const int count = int(parcels->size());
    m_tabs->setTabText(1, count == 0 ? tr("Parcels") : tr("Parcels (%1)").arg(count));
    m_tabs->setTabToolTip(1, problems > 0 ? tr("%n parcel(s) need attention", nullptr, problems) : QString());
    m_tabs->setTabIcon(1, problems > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    const bool shipped = m_order.status == OrderStatus::Shipped || m_order.status == OrderStatus::Delivered;
    m_addParcel->setEnabled(shipped);
    for (QPushButton* button : {m_correctParcel, m_addEvent, m_carrierPage})
        button->setEnabled(count > 0);
    updateRefreshButton();
}

void OrderDialog::fillEvents()
{
    updateRefreshButton();
    m_events->clear();
    const qint64 id = currentParcel();
    if (id == 0)
        return;
    auto events = Shipments(m_database).events(id);
    if (!events) {
        m_messages->showMessage(events.error().toString(), MessageBar::Kind::Error);
        return;
    }
    const QLocale locale;
    for (const TrackingEvent& event : *events) {
        auto* item = new QTreeWidgetItem(m_events);
        item->setText(0, locale.toString(event.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, comptoir::shipping::stateLabel(event.state));
        item->setText(2, event.location);
        QString details = event.description;
        if (event.source == comptoir::shipping::EventSource::Manual && !event.user.isEmpty())
            details = details.isEmpty() ? tr("Entered by %1").arg(event.user)
                                        : tr("%1 (entered by %2)").arg(details, event.user);
        item->setText(3, details);
        item->setToolTip(3, event.code.isEmpty() ? details : tr("%1 — carrier code %2").arg(details, event.code));
    }
    if (events->isEmpty()) {
        auto* item = new QTreeWidgetItem(m_events);
        item->setText(1, tr("No tracking news yet"));
        item->setFlags(Qt::NoItemFlags);
    }
    for (int column = 0; column < 3; ++column)
        m_events->resizeColumnToContents(column);
}

// The expected delivery day of the parcels just recorded.
comptoir::Status OrderDialog::expectDelivery()
{
    if (auto computed = Shipments(m_database).updateExpectedDates(); !computed)
        return computed.error();
    return {};
}

qint64 OrderDialog::currentParcel() const
{
    const QTreeWidgetItem* item = m_parcels->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

OrderDialog::MessageComposer& OrderDialog::messageComposer()
{
    static MessageComposer composer;
    return composer;
}

void OrderDialog::setMessageComposer(MessageComposer composer)
{
    messageComposer() = std::move(composer);
}

void OrderDialog::writeToCustomer()
{
    const auto composer = messageComposer();
    if (!composer)
        return;
    const qint64 orderId = m_orderId;
    accept();
    composer(orderId);
}

void OrderDialog::showMessages()
{
    m_tabs->setCurrentIndex(2);
}

void OrderDialog::fillMessages()
{
    if (!m_conversations)
        return;
    comptoir::messages::Inbox inbox(m_database);
    auto threads = inbox.threadsForOrder(m_orderId);
    if (!threads) {
        m_conversations->setPlainText(threads.error().toString());
        return;
    }
    int unread = 0;
    m_waitingCustomer = false;
    QString html = QStringLiteral("<html><body>");
    // Oldest conversation first, each in its order: the story of the order with its customer.
    for (auto thread = threads->crbegin(); thread != threads->crend(); ++thread) {
        unread += thread->unread;
        m_waitingCustomer = m_waitingCustomer || thread->status == comptoir::messages::ThreadStatus::Open;
        html += QStringLiteral("<h4>%1 · %2</h4>")
                    .arg(thread->subject.toHtmlEscaped(),
                        comptoir::messages::threadStatusLabel(thread->status).toHtmlEscaped());
        auto messages = inbox.messages(thread->id);
        if (!messages)
            continue;
        for (const auto& message : std::as_const(*messages)) {
            if (message.state == comptoir::messages::MessageState::Draft)
                continue;
            const bool in = message.direction == comptoir::messages::Direction::In;
            const QString who = in ? (message.fromName.isEmpty() ? message.fromAddress : message.fromName)
                : message.direction == comptoir::messages::Direction::Note ? tr("Internal note")
                                                                           : tr("The shop");
            html += QStringLiteral("<p style=\"color:#555\"><b>%1</b> · %2</p><p style=\"white-space:pre-wrap; "
                                   "margin-left:12px\">%3</p>")
                        .arg(who.toHtmlEscaped(),
                            QLocale().toString(message.writtenAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                            message.body.toHtmlEscaped());
        }
    }
    if (threads->isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No conversation with the customer about this order yet.").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    m_conversations->setHtml(html);
    m_tabs->setTabText(2, threads->isEmpty() ? tr("Messages") : tr("Messages (%1)").arg(threads->size()));
    m_tabs->setTabIcon(2, unread > 0 ? style()->standardIcon(QStyle::SP_MessageBoxInformation) : QIcon());
}

void OrderDialog::showParcels()
{
    m_tabs->setCurrentIndex(1);
    m_parcels->setFocus();
}

void OrderDialog::openCarrierPage()
{
    const qint64 id = currentParcel();
    if (id == 0)
        return;
    auto parcel = Shipments(m_database).load(id);
    const QString error = parcel ? parcelactions::openCarrierPage(m_database, *parcel) : parcel.error().toString();
    if (!error.isEmpty())
        m_messages->showMessage(error, MessageBar::Kind::Error);
}

void OrderDialog::updateRefreshButton()
{
    bool tracked = false;
    if (const qint64 id = currentParcel(); id != 0 && !m_trackingRefresh->isRunning()) {
        auto parcel = Shipments(m_database).load(id);
        if (parcel && !parcel->trackingNumber.trimmed().isEmpty()) {
            auto carrier = comptoir::shipping::Carriers(m_database).find(parcel->carrier);
            tracked = carrier && *carrier
                && comptoir::shipping::LaPosteTracking::trackedCarriers().contains((*carrier)->key);
        }
    }
    m_refreshTracking->setEnabled(tracked);
}

void OrderDialog::refreshTracking()
{
    const qint64 id = currentParcel();
    if (id == 0 || !m_refreshTracking->isEnabled())
        return;
    m_refreshTracking->setEnabled(false);
    m_trackingRefresh->start(m_database, {id});
}

void OrderDialog::askAddParcel()
{
    ParcelDialog dialog(m_database, ParcelDialog::Mode::AddParcel, m_order, this);
    dialog.setApply([this](const Shipment& parcel) -> comptoir::Status {
        auto added = Shipments(m_database).addParcel(m_orderId, parcel);
        if (!added)
            return added.error();
        return {};
    });
    if (dialog.exec() == QDialog::Accepted) {
        report(expectDelivery(), tr("Parcel added."));
        showParcels();
    }
}

void OrderDialog::askCorrectParcel()
{
    const qint64 id = currentParcel();
    if (id == 0)
        return;
    auto parcel = Shipments(m_database).load(id);
    if (!parcel) {
        m_messages->showMessage(parcel.error().toString(), MessageBar::Kind::Error);
        return;
    }
    ParcelDialog dialog(m_database, ParcelDialog::Mode::Correct, m_order, this);
    dialog.setParcel(*parcel);
    dialog.setApply([this, id](const Shipment& corrected) {
        return Shipments(m_database).setTracking(id, corrected.carrier, corrected.service, corrected.trackingNumber);
    });
    if (dialog.exec() == QDialog::Accepted) {
        report(expectDelivery(), tr("Parcel corrected."));
    }
}

void OrderDialog::askTrackingEvent()
{
    const qint64 id = currentParcel();
    if (id == 0)
        return;
    const auto event = parcelactions::askTrackingEvent(this, m_database->clock().now());
    if (!event)
        return;
    auto added = Shipments(m_database).addEvent(id, *event);
    if (!added) {
        report(added.error(), {});
        return;
    }
    report({}, *added ? tr("Tracking event added.") : tr("This event was already recorded."));
}

void OrderDialog::rebuildSteps()
{
    while (QLayoutItem* item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto add = [this](const QString& text, const QString& name, auto slot) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        m_steps->addWidget(button);
        return button;
    };
    const OrderStatus now = m_order.status;
    // Forward steps first, then going back a step, holding and cancelling.
    QList<OrderStatus> moves = OrderBook::nextStatuses(m_order);
    const auto rank = [now](OrderStatus to) {
        if (to == OrderStatus::Cancelled)
            return 3;
        if (to == OrderStatus::OnHold)
            return 2;
        const bool back = (now == OrderStatus::Preparing && to == OrderStatus::Paid)
            || (now == OrderStatus::Packed && to == OrderStatus::Preparing);
        return back ? 1 : 0;
    };
    std::stable_sort(moves.begin(), moves.end(), [&rank](OrderStatus a, OrderStatus b) { return rank(a) < rank(b); });
    bool extrasAdded = false;
    for (OrderStatus to : moves) {
        if (rank(to) > 0 && !extrasAdded) {
            // Reserving and editing belong with the forward steps.
            addExtras();
            extrasAdded = true;
        }
        switch (to) {
        case OrderStatus::Paid:
            add(now == OrderStatus::OnHold    ? tr("&Release")
                    : now == OrderStatus::New ? tr("Mark &paid")
                                              : tr("Back to &paid"),
                now == OrderStatus::OnHold ? QStringLiteral("releaseButton") : QStringLiteral("moveToPaid"),
                [this, to] { moveTo(to); });
            break;
        case OrderStatus::New:
            add(tr("&Release"), QStringLiteral("releaseButton"), [this, to] { moveTo(to); });
            break;
        case OrderStatus::Preparing:
            add(now == OrderStatus::OnHold       ? tr("&Release")
                    : now == OrderStatus::Packed ? tr("Back to p&reparing")
                                                 : tr("Start p&reparing"),
                now == OrderStatus::OnHold ? QStringLiteral("releaseButton") : QStringLiteral("moveToPreparing"),
                [this, to] { moveTo(to); });
            break;
        case OrderStatus::Packed:
            add(now == OrderStatus::OnHold ? tr("&Release") : tr("Mark pac&ked"),
                now == OrderStatus::OnHold ? QStringLiteral("releaseButton") : QStringLiteral("moveToPacked"),
                [this, to] { moveTo(to); });
            break;
        case OrderStatus::Shipped:
            add(tr("&Ship…"), QStringLiteral("shipButton"), [this] { askShip(); });
            break;
        case OrderStatus::Delivered:
            add(tr("Mark &delivered"), QStringLiteral("moveToDelivered"), [this, to] { moveTo(to); });
            break;
        case OrderStatus::OnHold:
            add(tr("Put on &hold…"), QStringLiteral("holdButton"), [this] { askHold(); });
            break;
        case OrderStatus::Cancelled:
            add(tr("&Cancel order…"), QStringLiteral("cancelButton"), [this] { askCancel(); });
            break;
        case OrderStatus::Returned:
            break;
        }
    }
    if (!extrasAdded)
        addExtras();
}

void OrderDialog::addExtras()
{
    const auto add = [this](const QString& text, const QString& name, auto slot) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        m_steps->addWidget(button);
        return button;
    };
    const OrderStatus now = m_order.status;
    if (m_order.holdsStock() && m_order.shortItems > 0)
        add(tr("Reserve &stock"), QStringLiteral("reserveButton"), [this] {
            auto left = OrderBook(m_database).reserveAgain(m_orderId);
            if (!left) {
                report(left.error(), {});
                return;
            }
            report({},
                *left == 0 ? tr("Every item is now reserved.")
                           : tr("Still %n item(s) missing in stock.", nullptr, int(*left)));
        });
    switch (now) {
    case OrderStatus::New:
    case OrderStatus::Paid:
    case OrderStatus::Preparing:
    case OrderStatus::Packed:
    case OrderStatus::OnHold:
        add(tr("&Edit…"), QStringLiteral("editButton"), [this] { edit(); });
        break;
    case OrderStatus::Shipped:
    case OrderStatus::Delivered:
        add(tr("Open &return…"), QStringLiteral("returnButton"), [this] { openReturn(); });
        break;
    default:
        break;
    }
    if (auto returns = Returns(m_database).forOrder(m_orderId)) {
        for (const Return& r : *returns)
            if (r.status == ReturnStatus::Open)
                add(tr("Receive %1…").arg(r.number), QStringLiteral("receiveReturn"), [this, id = r.id] {
                    std::unique_ptr<ReturnDialog> dialog(ReturnDialog::toReceive(m_database, id, this));
                    if (dialog->exec() == QDialog::Accepted)
                        report({}, tr("Return received: the stock is updated."));
                });
    }
}

void OrderDialog::openReturn()
{
    std::unique_ptr<ReturnDialog> dialog(ReturnDialog::forOrder(m_database, m_orderId, this));
    if (dialog->exec() == QDialog::Accepted)
        report({}, tr("Return opened: receive it when the parcel arrives."));
}

bool OrderDialog::report(const Status& status, const QString& done)
{
    if (!status) {
        m_messages->showMessage(status.error().toString(), MessageBar::Kind::Error);
        reload();
        return false;
    }
    reload();
    if (!done.isEmpty())
        m_messages->showMessage(done, MessageBar::Kind::Information);
    else
        m_messages->hide();
    Q_EMIT orderChanged(m_orderId);
    return true;
}

void OrderDialog::moveTo(OrderStatus status)
{
    report(OrderBook(m_database).changeStatus(m_orderId, status), {});
}

bool OrderDialog::ship(const Shipment& shipment)
{
    if (auto shipped = Shipments(m_database).ship(m_orderId, shipment); !shipped)
        return report(shipped, {});
    return report(expectDelivery(), tr("Shipped: the stock left the shelves."));
}

bool OrderDialog::hold(const QString& reason)
{
    return report(OrderBook(m_database).hold(m_orderId, reason), {});
}

bool OrderDialog::cancelOrder(const QString& reason)
{
    return report(OrderBook(m_database).cancel(m_orderId, reason), tr("Cancelled: its stock is free again."));
}

void OrderDialog::askShip()
{
    ParcelDialog dialog(m_database, ParcelDialog::Mode::Ship, m_order, this);
    dialog.setApply([this](const Shipment& parcel) { return Shipments(m_database).ship(m_orderId, parcel); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(expectDelivery(), tr("Shipped: the stock left the shelves."));
}

void OrderDialog::askHold()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Put order %1 on hold").arg(m_order.number),
        tr("Why? (e.g. address to check, waiting for the customer)"), QLineEdit::Normal, {}, &ok);
    if (ok)
        hold(reason);
}

void OrderDialog::askCancel()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel order %1").arg(m_order.number),
        tr("Why is it cancelled? Its reserved stock becomes available again."), QLineEdit::Normal, {}, &ok);
    if (ok)
        cancelOrder(reason);
}

void OrderDialog::edit()
{
    OrderEditor editor(m_database, OrderEditor::Mode::Edit, this);
    editor.setOrder(m_order);
    if (editor.exec() == QDialog::Accepted)
        report({}, tr("Changes saved."));
    else
        reload();
}

void OrderDialog::printSlip()
{
    const auto printed = OrderDocuments(m_database, {m_orderId}, OrderDocuments::Kind::Slips)
                             .printWithPreview(this, tr("Packing slip %1").arg(m_order.number));
    if (!printed && printed.error().code != Error::Code::Cancelled)
        m_messages->showMessage(printed.error().toString(), MessageBar::Kind::Error);
}

bool OrderDialog::saveSlip(const QString& path)
{
    QString file = path;
    if (file.isEmpty()) {
        // "#1042" from a Shopify import names the file packing-slip-1042.pdf.
        QString number = m_order.number;
        number.remove(QRegularExpression(QStringLiteral("[^\\w-]")));
        file = OrderDocuments::askPdfPath(
            this, tr("Save the packing slip of order %1").arg(m_order.number), tr("packing-slip-%1").arg(number));
        if (file.isEmpty())
            return false;
    }
    if (auto written = OrderDocuments(m_database, {m_orderId}, OrderDocuments::Kind::Slips).writePdf(file); !written) {
        m_messages->showMessage(written.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_messages->showMessage(
        tr("Packing slip of order %1 saved to %2.").arg(m_order.number, QDir::toNativeSeparators(file)),
        MessageBar::Kind::Information);
    return true;
}

void OrderDialog::addNote()
{
    if (report(OrderBook(m_database).addNote(m_orderId, m_note->text()), {}))
        m_note->clear();
}
