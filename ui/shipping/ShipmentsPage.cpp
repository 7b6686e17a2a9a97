#include "shipping/ShipmentsPage.h"

#include "orders/OrderDialog.h"
#include "shipping/Carriers.h"
#include "shipping/ParcelActions.h"
#include "shipping/TrackingImportDialog.h"
#include "shipping/TrackingRefreshBar.h"
#include "widgets/MessageBar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using comptoir::shipping::Carriers;
using comptoir::shipping::Parcel;
using comptoir::shipping::Problem;
using comptoir::shipping::Shipments;
using comptoir::shipping::TrackingEvent;
using comptoir::shipping::TrackingState;

namespace {

QString shortDate(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

constexpr int kAllChipId = 1000; // QButtonGroup gives -1 a meaning of its own

bool isOpenCarrierKey(const QKeyEvent* key)
{
    return key->key() == Qt::Key_O && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

} // namespace

void ShipmentsPage::setUrlOpener(UrlOpener opener)
{
    parcelactions::setUrlOpener(std::move(opener));
}

ShipmentsPage::ShipmentsPage(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_chips(new QButtonGroup(this))
    , m_allChip(new QToolButton(this))
    , m_addEvent(new QToolButton(this))
    , m_handled(new QToolButton(this))
    , m_notReceived(new QToolButton(this))
    , m_carrierPage(new QToolButton(this))
    , m_tellCustomer(new QToolButton(this))
    , m_importNumbers(new QToolButton(this))
    , m_importEvents(new QToolButton(this))
    , m_refreshTracking(new QToolButton(this))
    , m_trackingRefresh(new TrackingRefreshBar(this))
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("shipmentsPage"));
    auto* chips = new QHBoxLayout;
    m_allChip->setObjectName(QStringLiteral("chipAllProblems"));
    m_allChip->setCheckable(true);
    m_allChip->setChecked(true);
    m_allChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chips->addButton(m_allChip, kAllChipId);
    chips->addWidget(m_allChip);
    for (Problem problem : comptoir::shipping::allProblems()) {
        auto* chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip_%1").arg(comptoir::shipping::problemKey(problem)));
        chip->setCheckable(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        chip->setVisible(false);
        m_chips->addButton(chip, int(problem));
        m_problemChips << chip;
        chips->addWidget(chip);
    }
    m_chips->setExclusive(true);
    chips->addStretch(1);

    auto* actions = new QHBoxLayout;
    m_addEvent->setObjectName(QStringLiteral("addEventButton"));
    m_handled->setObjectName(QStringLiteral("markHandledButton"));
    m_notReceived->setObjectName(QStringLiteral("notReceivedButton"));
    m_carrierPage->setObjectName(QStringLiteral("carrierPageButton"));
    m_tellCustomer->setObjectName(QStringLiteral("tellCustomerButton"));
    for (QToolButton* button : {m_carrierPage, m_tellCustomer, m_addEvent, m_handled, m_notReceived}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    m_importNumbers->setObjectName(QStringLiteral("importTrackingNumbersButton"));
    m_importEvents->setObjectName(QStringLiteral("importCarrierEventsButton"));
    for (QToolButton* button : {m_importNumbers, m_importEvents}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        actions->addWidget(button);
    }
    connect(m_importNumbers, &QToolButton::clicked, this, [this] { importTrackingNumbers(); });
    connect(m_importEvents, &QToolButton::clicked, this, [this] { importCarrierEvents(); });
    m_refreshTracking->setObjectName(QStringLiteral("refreshTrackingButton"));
    m_refreshTracking->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshTracking->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshTracking->setEnabled(false);
    actions->addWidget(m_refreshTracking);
    connect(m_refreshTracking, &QToolButton::clicked, this, &ShipmentsPage::refreshTracking);
    connect(m_trackingRefresh, &TrackingRefreshBar::finished, this, &ShipmentsPage::reportRefresh);
    connect(m_trackingRefresh, &TrackingRefreshBar::failed, this, [this](const comptoir::Error& error) {
        m_refreshTracking->setEnabled(m_database != nullptr);
        m_messages->showMessage(error.toString(), MessageBar::Kind::Error);
    });
    connect(m_trackingRefresh, &TrackingRefreshBar::keyMissing, this, [this] {
        m_refreshTracking->setEnabled(m_database != nullptr);
        m_messages->showMessage(tr("No La Poste API key is set for this shop: enter it in Settings ▸ Carriers to "
                                   "fetch the tracking of Colissimo, Chronopost and Lettre suivie parcels."),
            MessageBar::Kind::Information);
        m_messages->setAction(tr("Open Settings ▸ Carriers"), [this] { Q_EMIT carrierSettingsRequested(); });
    });
    connect(m_carrierPage, &QToolButton::clicked, this, &ShipmentsPage::openCarrierPage);
    connect(m_addEvent, &QToolButton::clicked, this, &ShipmentsPage::addEvent);
    connect(m_handled, &QToolButton::clicked, this, &ShipmentsPage::markHandled);
    connect(m_notReceived, &QToolButton::clicked, this, &ShipmentsPage::markNotReceived);
    connect(m_tellCustomer, &QToolButton::clicked, this, &ShipmentsPage::tellCustomer);

    m_table->setObjectName(QStringLiteral("shipmentTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::activated, this, &ShipmentsPage::openCurrentOrder);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ShipmentsPage::updateActions);

    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(chips);
    layout->addLayout(actions);
    layout->addWidget(m_trackingRefresh);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_chips, &QButtonGroup::idClicked, this, [this] { fillTable(); });
    retranslate();
    updateActions();
}

void ShipmentsPage::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_trackingRefresh->cancel();
    m_database = std::move(database);
    m_refreshTracking->setEnabled(m_database != nullptr && !m_trackingRefresh->isRunning());
    refresh();
}

void ShipmentsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ShipmentsPage::refresh()
{
    m_parcels.clear();
    m_carrierNames.clear();
    if (m_database) {
        Shipments shipments(m_database);
        if (auto updated = shipments.updateExpectedDates(); !updated)
            m_messages->showMessage(updated.error().toString(), MessageBar::Kind::Error);
        const QDate today = m_database->clock().now().toLocalTime().date();
        if (auto parcels = shipments.needingAttention(today))
            m_parcels = *parcels;
        else
            m_messages->showMessage(parcels.error().toString(), MessageBar::Kind::Error);
        if (auto carriers = Carriers(m_database).list()) {
            for (const auto& carrier : *carriers) {
                m_carrierNames.insert(carrier.key, carrier.name);
                m_carrierNames.insert(carrier.name.toLower(), carrier.name);
            }
        }
    }
    updateCounts();
    fillTable();
}

void ShipmentsPage::setProblemFilter(int problem)
{
    QAbstractButton* chip = m_chips->button(problem);
    if (!chip || chip->isHidden())
        chip = m_allChip;
    chip->setChecked(true);
    fillTable();
}

int ShipmentsPage::problemFilter() const
{
    const int id = m_chips->checkedId();
    return id == kAllChipId || id < 0 ? -1 : id;
}

void ShipmentsPage::updateCounts()
{
    QMap<Problem, int> counts;
    for (const Parcel& parcel : std::as_const(m_parcels))
        ++counts[parcel.problem];
    const QList<Problem> problems = comptoir::shipping::allProblems();
    for (int i = 0; i < problems.size(); ++i) {
        QToolButton* chip = m_problemChips.at(i);
        const int count = counts.value(problems.at(i));
        chip->setText(QStringLiteral("%1 %2").arg(comptoir::shipping::problemLabel(problems.at(i))).arg(count));
        // Setting a button's text drops its shortcut.
        chip->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_2 + i)));
        chip->setAccessibleName(tr("Show parcels: %1").arg(chip->text()));
        chip->setVisible(count > 0);
        if (count == 0 && chip->isChecked())
            m_allChip->setChecked(true);
    }
    m_allChip->setText(tr("All problems %1").arg(m_parcels.size()));
    m_allChip->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_allChip->setAccessibleName(tr("Show parcels: %1").arg(m_allChip->text()));
}

void ShipmentsPage::fillTable()
{
    const qint64 current = currentShipment();
    const int filter = problemFilter();
    m_table->setRowCount(0);
    int currentRow = 0;
    for (const Parcel& parcel : std::as_const(m_parcels)) {
        if (filter != -1 && int(parcel.problem) != filter)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        if (parcel.id == current)
            currentRow = row;
        QString carrier = m_carrierNames.value(parcel.carrier);
        if (carrier.isEmpty())
            carrier = m_carrierNames.value(parcel.carrier.toLower(), parcel.carrier);
        QString news = comptoir::shipping::stateLabel(parcel.state);
        if (parcel.lastEventAt.isValid())
            news = tr("%1, %2").arg(news, shortDate(parcel.lastEventAt));
        const QString texts[ColumnCount] = {comptoir::shipping::problemLabel(parcel.problem), parcel.orderNumber,
            parcel.customerName, carrier, parcel.trackingNumber, shortDate(parcel.shippedAt),
            parcel.expectedOn.isValid() ? QLocale().toString(parcel.expectedOn, QLocale::ShortFormat) : QString(), news,
            shortDate(parcel.customerToldAt)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            if (column == 0)
                item->setData(Qt::UserRole, parcel.id);
            m_table->setItem(row, column, item);
        }
    }
    const bool empty = m_table->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty)
        m_table->setCurrentCell(currentRow, 0);
    updateActions();
}

qint64 ShipmentsPage::currentShipment() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_table->rowCount() || !m_table->item(row, 0))
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void ShipmentsPage::updateActions()
{
    const bool any = currentShipment() != 0;
    for (QToolButton* button : {m_carrierPage, m_tellCustomer, m_addEvent, m_handled, m_notReceived})
        button->setEnabled(any);
}

void ShipmentsPage::tellCustomer()
{
    if (const qint64 id = currentShipment(); id != 0)
        Q_EMIT noticeRequested(id);
}

void ShipmentsPage::openCurrentOrder()
{
    const qint64 id = currentShipment();
    if (!m_database || id == 0)
        return;
    for (const Parcel& parcel : std::as_const(m_parcels)) {
        if (parcel.id != id)
            continue;
        Q_EMIT orderOpened(parcel.orderId);
        OrderDialog dialog(m_database, parcel.orderId, this);
        dialog.exec();
        refresh();
        return;
    }
}

void ShipmentsPage::openCarrierPage()
{
    const qint64 id = currentShipment();
    if (!m_database || id == 0)
        return;
    for (const Parcel& parcel : std::as_const(m_parcels)) {
        if (parcel.id != id)
            continue;
        if (const QString error = parcelactions::openCarrierPage(m_database, parcel); !error.isEmpty())
            m_messages->showMessage(error, MessageBar::Kind::Error);
        return;
    }
}

void ShipmentsPage::addEvent()
{
    const qint64 id = currentShipment();
    if (!m_database || id == 0)
        return;
    const auto event = parcelactions::askTrackingEvent(this, m_database->clock().now());
    if (!event)
        return;
    auto added = Shipments(m_database).addEvent(id, *event);
    reportStatus(added.ok(), added ? QString() : added.error().toString(),
        added && *added ? tr("Tracking event added.") : tr("This event was already recorded."));
}

void ShipmentsPage::markHandled()
{
    const qint64 id = currentShipment();
    if (!m_database || id == 0)
        return;
    const auto note = askNote(tr("Mark handled"), tr("What was done (parcel sent again, refund, claim…):"), true);
    if (!note)
        return;
    const auto status = Shipments(m_database).markHandled(id, *note);
    reportStatus(status.ok(), status ? QString() : status.error().toString(), tr("Parcel marked handled."));
}

void ShipmentsPage::markNotReceived()
{
    const qint64 id = currentShipment();
    if (!m_database || id == 0)
        return;
    const auto note = askNote(tr("Customer says not received"), tr("What the customer says:"), false);
    if (!note)
        return;
    const auto status = Shipments(m_database).markNotReceived(id, *note);
    reportStatus(status.ok(), status ? QString() : status.error().toString(), tr("Parcel marked not received."));
}

std::optional<QString> ShipmentsPage::askNote(const QString& title, const QString& label, bool required)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(label, &dialog);
    auto* edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("noteEdit"));
    edit->setTabChangesFocus(true);
    text->setBuddy(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!required);
    if (required)
        connect(edit, &QPlainTextEdit::textChanged, ok,
            [ok, edit] { ok->setEnabled(!edit->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(text);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString note = edit->toPlainText().trimmed();
    if (required && note.isEmpty())
        return std::nullopt;
    return note;
}

void ShipmentsPage::refreshTracking()
{
    if (!m_database || m_trackingRefresh->isRunning())
        return;
    m_refreshTracking->setEnabled(false);
    m_trackingRefresh->start(m_database);
}

void ShipmentsPage::reportRefresh(const comptoir::shipping::RefreshSummary& summary)
{
    m_refreshTracking->setEnabled(m_database != nullptr);
    refresh();
    const QString counts = TrackingRefreshBar::summaryText(summary);
    QString text;
    MessageBar::Kind kind = summary.errors > 0 ? MessageBar::Kind::Information : MessageBar::Kind::Positive;
    if (summary.stoppedBy) {
        text = tr("Tracking refresh stopped: %1 (%2)").arg(summary.stoppedBy->message, counts);
        kind = MessageBar::Kind::Error;
    } else if (summary.cancelled) {
        text = tr("Tracking refresh cancelled: %1.").arg(counts);
        kind = MessageBar::Kind::Information;
    } else if (summary.total == 0) {
        text = tr("No parcel on its way is tracked by La Poste: nothing to refresh.");
        kind = MessageBar::Kind::Information;
    } else {
        text = tr("Tracking refreshed: %1.").arg(counts);
    }
    m_messages->showMessage(text, kind);
    if (!m_trackingRefresh->failures().isEmpty())
        m_messages->setAction(tr("Details…"), [this] { m_trackingRefresh->showFailures(); });
}

void ShipmentsPage::reportStatus(bool ok, const QString& error, const QString& done)
{
    refresh();
    if (ok)
        m_messages->showMessage(done, MessageBar::Kind::Positive);
    else
        m_messages->showMessage(error, MessageBar::Kind::Error);
}

bool ShipmentsPage::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+O in the list opens the carrier's page (elsewhere it opens a shop).
    if (watched == m_table && event->type() == QEvent::ShortcutOverride
        && isOpenCarrierKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    if (watched == m_table && event->type() == QEvent::KeyPress && isOpenCarrierKey(static_cast<QKeyEvent*>(event))) {
        openCarrierPage();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ShipmentsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillTable();
    }
    QWidget::changeEvent(event);
}

void ShipmentsPage::retranslate()
{
    m_allChip->setToolTip(tr("Every parcel needing attention (Alt+1)"));
    m_allChip->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    const QList<Problem> problems = comptoir::shipping::allProblems();
    for (int i = 0; i < problems.size() && i < 8; ++i) {
        m_problemChips.at(i)->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_2 + i)));
        m_problemChips.at(i)->setToolTip(tr("Only these parcels (Alt+%1)").arg(i + 2));
    }
    updateCounts();
    m_carrierPage->setText(tr("Open carrier page"));
    m_carrierPage->setToolTip(tr("The carrier's tracking page of the parcel, in the browser (Ctrl+O in the list)"));
    m_addEvent->setText(tr("Add tracking event…"));
    m_addEvent->setToolTip(tr("Record what the carrier says about the parcel (Ctrl+E)"));
    m_addEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_handled->setText(tr("Mark handled…"));
    m_handled->setToolTip(tr("Say what was done: the parcel leaves the list (Ctrl+H)"));
    m_handled->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_tellCustomer->setText(tr("Tell the customer…"));
    m_tellCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tellCustomer->setToolTip(tr("Write to the customer about this parcel's problem, from its template (Ctrl+T)"));
    m_notReceived->setText(tr("Customer says not received…"));
    m_notReceived->setToolTip(tr("The carrier says delivered, the customer has nothing"));
    m_importNumbers->setText(tr("Import tracking numbers…"));
    m_importNumbers->setToolTip(tr("Ship orders from the CSV file of a label tool: order number and tracking "
                                   "number on each line"));
    m_importEvents->setText(tr("Import carrier events…"));
    m_importEvents->setToolTip(tr("Record the tracking events of a carrier's CSV export"));
    m_refreshTracking->setText(tr("Refresh tracking"));
    m_refreshTracking->setToolTip(tr("Fetch the tracking of the parcels on their way from La Poste (F5)"));
    m_refreshTracking->setShortcut(QKeySequence(Qt::Key_F5));
    m_empty->setText(tr("No parcel needs attention."));
    m_table->setHorizontalHeaderLabels({tr("Problem"), tr("Order"), tr("Customer"), tr("Carrier"),
        tr("Tracking number"), tr("Shipped"), tr("Expected"), tr("Last news"), tr("Customer told")});
    m_table->setAccessibleName(tr("Parcels needing attention"));
}

void ShipmentsPage::importTrackingNumbers(const QString& file)
{
    openImport(false, file);
}

void ShipmentsPage::importCarrierEvents(const QString& file)
{
    openImport(true, file);
}

void ShipmentsPage::openImport(bool events, const QString& file)
{
    if (!m_database)
        return;
    auto* dialog = new TrackingImportDialog(m_database,
        events ? TrackingImportDialog::Kind::CarrierEvents : TrackingImportDialog::Kind::TrackingNumbers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrackingImportDialog::imported, this, [this](const QString& summary) {
        refresh();
        m_messages->showMessage(tr("Imported: %1").arg(summary), MessageBar::Kind::Positive);
    });
    dialog->open();
    if (!file.isEmpty())
        dialog->setFile(file);
}
