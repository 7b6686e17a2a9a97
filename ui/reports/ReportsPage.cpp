#include "reports/ReportsPage.h"

#include "inventory/Locations.h"
#include "orders/OrderStatus.h"
#include "reports/ReportChartView.h"
#include "reports/ReportExportDialog.h"
#include "reports/ReportTableModel.h"
#include "widgets/Async.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

using comptoir::JobControl;
using comptoir::Result;
using comptoir::Status;
using comptoir::reports::ColumnKind;
using comptoir::reports::CsvExportOptions;
using comptoir::reports::Grouping;
using comptoir::reports::ReportInfo;
using comptoir::reports::ReportOption;
using comptoir::reports::ReportParameters;
using comptoir::reports::Reports;
using comptoir::reports::ReportTable;

namespace {

constexpr int kRunDelayMs = 300;
constexpr int kWidestColumn = 320;
constexpr int kNameRole = Qt::UserRole;
const QString kFolderKey = QStringLiteral("export/folder");

constexpr Grouping kGroupings[] = {Grouping::Day, Grouping::Week, Grouping::Month, Grouping::Quarter, Grouping::Year};
constexpr comptoir::orders::Channel kChannels[] = {comptoir::orders::Channel::Website,
    comptoir::orders::Channel::Counter, comptoir::orders::Channel::Marketplace, comptoir::orders::Channel::Phone};

QString settingsKey(const char* name)
{
    return QStringLiteral("reports/") + QLatin1String(name);
}

// A cell as a spreadsheet in the user's language reads it: "1234,50", "12,34%", "31/12/2026".
QString clipboardText(const ReportTable& table, const QVariant& value, int column)
{
    if (value.isNull())
        return {};
    const QLocale locale;
    CsvExportOptions options;
    options.decimalSeparator = locale.decimalPoint().front();
    options.dateFormat = locale.dateFormat(QLocale::ShortFormat);
    QString text = comptoir::reports::csvText(table, value, column, options);
    if (table.columns.value(column).kind == ColumnKind::Percent)
        text += QLatin1Char('%');
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// A report in the list: its title, and what it tells in smaller words below.
class ReportItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem background(option);
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QPalette::ColorGroup group
            = option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
        const QRect area = textArea(option.rect);
        painter->save();
        painter->setFont(titleFont(option.font));
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics titleMetrics(painter->font());
        const QString title = titleMetrics.elidedText(index.data().toString(), Qt::ElideRight, area.width());
        painter->drawText(area.topLeft() + QPoint(0, titleMetrics.ascent()), title);
        painter->setFont(descriptionFont(option.font));
        QColor muted = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected)
            muted.setAlphaF(0.7);
        painter->setPen(muted);
        const QRect below = area.adjusted(0, titleMetrics.height() + kGap, 0, 0);
        painter->drawText(below, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, description(index));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
        const int width = view ? view->viewport()->width() : 200;
        const QRect area = textArea(QRect(0, 0, width, 1000));
        const QFontMetrics titleMetrics(titleFont(option.font));
        const QFontMetrics descriptionMetrics(descriptionFont(option.font));
        const QRect words = descriptionMetrics.boundingRect(
            QRect(0, 0, area.width(), 1000), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, description(index));
        return {width, titleMetrics.height() + kGap + words.height() + 2 * kMargin};
    }

private:
    static constexpr int kMargin = 6;
    static constexpr int kGap = 2;

    static QRect textArea(const QRect& rect) { return rect.adjusted(kMargin, kMargin, -kMargin, -kMargin); }
    static QString description(const QModelIndex& index) { return index.data(Qt::ToolTipRole).toString(); }
    static QFont titleFont(QFont font)
    {
        font.setBold(true);
        return font;
    }
    static QFont descriptionFont(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() * 0.9);
        return font;
    }
};

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_reports(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_groupingLabel(new QLabel(this))
    , m_grouping(new QComboBox(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_locationLabel(new QLabel(this))
    , m_location(new QComboBox(this))
    , m_limitLabel(new QLabel(this))
    , m_limit(new QSpinBox(this))
    , m_vatLabel(new QLabel(this))
    , m_vat(new QComboBox(this))
    , m_run(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(this))
    , m_model(new ReportTableModel(this))
    , m_sorted(new ReportSortModel(this))
    , m_notes(new QLabel(this))
    , m_chart(new ReportChartView(this))
    , m_delay(new QTimer(this))
    , m_copyAction(new QAction(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_messages->setObjectName(QStringLiteral("reportMessages"));
    m_reports->setObjectName(QStringLiteral("reportList"));
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_subtitle->setObjectName(QStringLiteral("reportSubtitle"));
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_grouping->setObjectName(QStringLiteral("reportGrouping"));
    m_channel->setObjectName(QStringLiteral("reportChannel"));
    m_location->setObjectName(QStringLiteral("reportLocation"));
    m_limit->setObjectName(QStringLiteral("reportLimit"));
    m_vat->setObjectName(QStringLiteral("reportVatRounding"));
    m_run->setObjectName(QStringLiteral("reportRun"));
    m_csv->setObjectName(QStringLiteral("reportExportCsv"));
    m_pdf->setObjectName(QStringLiteral("reportExportPdf"));
    m_copy->setObjectName(QStringLiteral("reportCopy"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_notes->setObjectName(QStringLiteral("reportNotes"));
    m_split->setObjectName(QStringLiteral("reportSplitter"));

    // The reports.
    m_reports->setMinimumWidth(180);
    m_reports->setMaximumWidth(320);
    m_reports->setWordWrap(true);
    m_reports->setResizeMode(QListView::Adjust); // the descriptions wrap again when it is resized
    m_reports->setItemDelegate(new ReportItemDelegate(m_reports));

    // The report's heading.
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_title);
    heading->addWidget(m_description);
    heading->addWidget(m_subtitle);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_run, m_csv, m_pdf, m_copy}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    auto* top = new QHBoxLayout;
    top->addLayout(heading, 1);
    top->addLayout(buttons);
    top->setAlignment(buttons, Qt::AlignTop);

    // The filters: the period, then what the report reads.
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
    }
    m_limit->setRange(0, 10000);
    m_limit->setValue(20);
    auto* filters = new QHBoxLayout;
    auto* periodLabel = new QLabel(this);
    periodLabel->setObjectName(QStringLiteral("reportPeriodLabel"));
    periodLabel->setBuddy(m_period);
    auto* dash = new QLabel(QStringLiteral("–"), this);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(dash);
    filters->addWidget(m_to);
    const auto addFilter = [this, filters](QLabel* label, QWidget* field) {
        label->setBuddy(field);
        filters->addSpacing(10);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addFilter(m_groupingLabel, m_grouping);
    addFilter(m_channelLabel, m_channel);
    addFilter(m_locationLabel, m_location);
    addFilter(m_limitLabel, m_limit);
    addFilter(m_vatLabel, m_vat);
    filters->addStretch(1);
    filters->addWidget(m_status);
    m_status->hide();

    // The table, its notes, and the chart below.
    m_sorted->setSourceModel(m_model);
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSortIndicatorClearable(true); // a third click: the report's own order
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_copyAction);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setContentsMargins(2, 4, 2, 0);
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_notes);
    m_split->addWidget(tableBox);
    m_split->addWidget(m_chart);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({400, 360});
    m_split->setChildrenCollapsible(false);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addLayout(top);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(m_split, 1);
    auto* sides = new QSplitter(this);
    sides->setObjectName(QStringLiteral("reportSides"));
    sides->addWidget(m_reports);
    sides->addWidget(right);
    sides->setStretchFactor(0, 0);
    sides->setStretchFactor(1, 1);
    sides->setSizes({240, 1000});
    sides->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(sides, 1);

    // Behaviour: any change runs the report a moment later, so browsing the list stays quick.
    m_delay->setSingleShot(true);
    m_delay->setInterval(kRunDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ReportsPage::run);
    connect(m_reports, &QListWidget::currentRowChanged, this, [this] {
        if (m_restoring)
            return;
        updateFilters();
        scheduleRun();
    });
    connect(m_period, qOverload<int>(&QComboBox::activated), this, &ReportsPage::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::datesEdited);
    for (QComboBox* combo : {m_grouping, m_channel, m_location, m_vat})
        connect(combo, qOverload<int>(&QComboBox::activated), this, &ReportsPage::filtersEdited);
    connect(m_limit, &QSpinBox::valueChanged, this, &ReportsPage::filtersEdited);
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::run);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_copy, &QPushButton::clicked, this, &ReportsPage::copy);
    connect(m_copyAction, &QAction::triggered, this, &ReportsPage::copy);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportsPage::showResult);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_status->hide();
        const Status written = m_exportWatcher.result();
        if (!written) {
            m_messages->showMessage(written.error().toString(), MessageBar::Kind::Error);
            Q_EMIT exportFinished(false);
            updateActions();
            return;
        }
        const QString path = m_exportPath;
        QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
        m_messages->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Kind::Positive);
        m_messages->setAction(tr("Open"), [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
        Q_EMIT exportFinished(true);
        updateActions();
    });

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F5), &ReportsPage::run);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), &ReportsPage::run);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &ReportsPage::exportCsv);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), &ReportsPage::exportPdf);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyAction);

    retranslate();
    restoreFilters();
    updateActions();
}

ReportsPage::~ReportsPage()
{
    if (m_control)
        m_control->cancel();
    saveFilters();
}

void ReportsPage::setDatabase(comptoir::storage::DatabasePtr database)
{
    if (m_control)
        m_control->cancel();
    m_database = std::move(database);
    m_model->clear();
    m_chart->showMessage(QString());
    m_notes->clear();
    m_subtitle->clear();
    fillLocations();
    if (m_database && isVisible())
        run();
    updateActions();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_database)
        return;
    fillLocations(); // they may have changed in Settings
    // Orders may have come in since: the figures are read again each time the page comes up.
    run();
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ReportsPage::showReport(const QString& name)
{
    for (int row = 0; row < m_reports->count(); ++row) {
        if (m_reports->item(row)->data(kNameRole).toString() == name) {
            m_reports->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString ReportsPage::currentReport() const
{
    const QListWidgetItem* item = m_reports->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

std::pair<QDate, QDate> ReportsPage::periodDates(Period period, const QDate& today)
{
    // The same days as comptoir-cli report --period: "this month" is the month so far.
    const char16_t* name = nullptr;
    switch (period) {
    case Period::ThisMonth:
        name = u"this-month";
        break;
    case Period::LastMonth:
        name = u"last-month";
        break;
    case Period::ThisQuarter:
        name = u"this-quarter";
        break;
    case Period::LastQuarter:
        name = u"last-quarter";
        break;
    case Period::ThisYear:
        name = u"this-year";
        break;
    case Period::LastYear:
        name = u"last-year";
        break;
    case Period::Custom:
        break;
    }
    const auto days = name ? comptoir::reports::namedPeriod(QStringView(name), today) : std::nullopt;
    return days.value_or(std::pair {today, today});
}

void ReportsPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
    periodChosen();
}

void ReportsPage::setDates(const QDate& from, const QDate& to)
{
    m_restoring = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_restoring = false;
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    scheduleRun();
}

ReportParameters ReportsPage::parameters() const
{
    ReportParameters p;
    p.from = m_from->date();
    p.to = m_to->date();
    p.grouping = comptoir::reports::groupingFromKey(m_grouping->currentData().toString()).value_or(Grouping::Month);
    const auto info = Reports::find(currentReport());
    const auto reads = [&info](ReportOption option) { return info && info->options.testFlag(option); };
    if (reads(ReportOption::Channel))
        p.channel = m_channel->currentData().toString();
    if (reads(ReportOption::Location))
        p.locationId = m_location->currentData().toLongLong();
    if (reads(ReportOption::Limit))
        p.limit = m_limit->value();
    p.vatPerOrder = m_vat->currentData().toBool();
    return p;
}

void ReportsPage::periodChosen()
{
    const auto period = Period(m_period->currentData().toInt());
    if (period == Period::Custom) {
        m_from->setFocus();
        return;
    }
    const auto [from, to] = periodDates(period, QDate::currentDate());
    m_restoring = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_restoring = false;
    scheduleRun();
}

void ReportsPage::datesEdited()
{
    if (m_restoring)
        return;
    // Dates typed or picked make the period a custom one; the last day never comes before the first.
    m_restoring = true;
    if (sender() == m_from && m_to->date() < m_from->date())
        m_to->setDate(m_from->date());
    else if (sender() == m_to && m_to->date() < m_from->date())
        m_from->setDate(m_to->date());
    m_restoring = false;
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    scheduleRun();
}

void ReportsPage::filtersEdited()
{
    if (!m_restoring)
        scheduleRun();
}

void ReportsPage::scheduleRun()
{
    if (m_database)
        m_delay->start();
}

void ReportsPage::updateFilters()
{
    const auto info = Reports::find(currentReport());
    const auto show = [&info](QLabel* label, QWidget* field, ReportOption option) {
        const bool reads = info && info->options.testFlag(option);
        label->setVisible(reads);
        field->setVisible(reads);
    };
    show(m_groupingLabel, m_grouping, ReportOption::Grouping);
    show(m_channelLabel, m_channel, ReportOption::Channel);
    show(m_locationLabel, m_location, ReportOption::Location);
    show(m_limitLabel, m_limit, ReportOption::Limit);
    show(m_vatLabel, m_vat, ReportOption::VatRounding);
    m_description->setText(info ? info->description : QString());
    if (info && m_model->table().name != info->name)
        m_title->setText(info->title);
}

void ReportsPage::run()
{
    m_delay->stop();
    if (!m_database || currentReport().isEmpty())
        return;
    if (m_control)
        m_control->cancel(); // its result would be stale
    auto control = std::make_shared<JobControl>();
    m_control = control;
    saveFilters();
    const auto database = m_database;
    const QString name = currentReport();
    const ReportParameters parameters = this->parameters();
    m_status->setText(tr("Running…"));
    m_status->show();
    m_watcher.setFuture(runAsync<Result<ReportTable>>([database, name, parameters, control]() -> Result<ReportTable> {
        auto table = Reports::run(database, name, parameters, *control);
        database->releaseThreadConnection();
        return table;
    }));
    m_runParameters = parameters;
    updateActions();
}

bool ReportsPage::isRunning() const
{
    return m_control != nullptr || m_delay->isActive();
}

const ReportTable& ReportsPage::shownTable() const
{
    return m_model->table();
}

void ReportsPage::showResult()
{
    m_control.reset();
    m_status->hide();
    if (m_watcher.future().resultCount() == 0)
        return;
    const Result<ReportTable> result = m_watcher.result();
    if (!result) {
        if (result.error().code == comptoir::Error::Code::Cancelled)
            return;
        m_model->clear();
        m_notes->clear();
        m_subtitle->clear();
        m_chart->showMessage(QString());
        m_messages->showMessage(result.error().toString(), MessageBar::Kind::Error);
        updateActions();
        Q_EMIT reportShown();
        return;
    }
    if (m_messages->isVisible() && m_messages->kind() == MessageBar::Kind::Error)
        m_messages->hide();
    const ReportTable& table = *result;
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the report's own order first
    m_model->setTable(table);
    m_shownParameters = m_runParameters;
    m_title->setText(table.title);
    m_subtitle->setText(table.subtitle);
    QStringList notes;
    for (const QString& note : table.notes)
        notes << QStringLiteral("• ") + note;
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_table->columnWidth(column) > kWidestColumn)
            m_table->setColumnWidth(column, kWidestColumn);
    }
    m_chart->showTable(table);
    updateActions();
    Q_EMIT reportShown();
}

void ReportsPage::updateActions()
{
    const bool shown = m_model->columnCount() > 0;
    m_run->setEnabled(m_database != nullptr);
    m_csv->setEnabled(shown);
    m_pdf->setEnabled(shown && !m_exportWatcher.isRunning());
    m_copy->setEnabled(shown);
    m_copyAction->setEnabled(shown);
}

QString ReportsPage::suggestedFileName(const QString& suffix) const
{
    const QString name = m_model->table().name.isEmpty() ? currentReport() : m_model->table().name;
    return QStringLiteral("%1_%2_%3.%4")
        .arg(name, m_shownParameters.from.toString(Qt::ISODate), m_shownParameters.to.toString(Qt::ISODate), suffix);
}

QString ReportsPage::exportFolder() const
{
    const QString folder = QSettings().value(kFolderKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir()
        ? folder
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ReportsPage::exportCsv()
{
    if (m_model->columnCount() == 0 || m_exportWatcher.isRunning())
        return;
    auto* dialog = new ReportExportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CsvExportOptions options = dialog->options();
        QString path = FileDialog::saveFileName(this, tr("Export CSV"),
            QDir(exportFolder()).filePath(suggestedFileName(QStringLiteral("csv"))), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".csv");
        writeCsv(path, options);
    });
    dialog->open();
}

void ReportsPage::writeCsv(const QString& path, const CsvExportOptions& options)
{
    const ReportTable table = m_model->table();
    writeFile(path, [table, path, options] { return comptoir::reports::writeCsvFile(table, path, options); });
}

void ReportsPage::exportPdf()
{
    if (m_model->columnCount() == 0 || m_exportWatcher.isRunning())
        return;
    QString path = FileDialog::saveFileName(this, tr("Export PDF"),
        QDir(exportFolder()).filePath(suggestedFileName(QStringLiteral("pdf"))), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const ReportTable table = m_model->table();
    writeFile(path, [table, path] { return comptoir::reports::writePdfFile(table, path); });
}

void ReportsPage::writeFile(const QString& path, std::function<Status()> write)
{
    m_exportPath = path;
    m_status->setText(tr("Exporting…"));
    m_status->show();
    m_exportWatcher.setFuture(runAsync<Status>(std::move(write)));
    updateActions();
}

void ReportsPage::copy()
{
    const ReportTable& table = m_model->table();
    if (table.columns.isEmpty())
        return;
    // The selected cells in the order shown, as a block; the whole table with its header when
    // nothing is selected or every line is.
    std::map<int, std::set<int>> cells; // view row → columns
    std::set<int> columns;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes()) {
        cells[index.row()].insert(index.column());
        columns.insert(index.column());
    }
    const bool whole = cells.empty() || int(cells.size()) == m_sorted->rowCount();
    if (cells.empty()) {
        for (int row = 0; row < m_sorted->rowCount(); ++row)
            for (int column = 0; column < m_sorted->columnCount(); ++column)
                cells[row].insert(column);
        for (int column = 0; column < m_sorted->columnCount(); ++column)
            columns.insert(column);
    }
    QStringList lines;
    if (whole) {
        QStringList titles;
        for (int column : columns)
            titles << table.columns.at(column).title;
        lines << titles.join(QLatin1Char('\t'));
    }
    for (const auto& [row, selected] : cells) {
        QStringList fields;
        for (int column : columns) {
            const QModelIndex index = m_sorted->mapToSource(m_sorted->index(row, column));
            QString text;
            if (selected.count(column)) {
                text = clipboardText(table, m_model->valueAt(index), column);
                if (m_model->isTotals(index) && column == 0 && text.isEmpty())
                    text = m_model->data(index).toString();
            }
            fields << text;
        }
        lines << fields.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void ReportsPage::fillReports()
{
    const QString current = currentReport();
    m_restoring = true;
    m_reports->clear();
    for (const ReportInfo& info : Reports::all()) {
        auto* item = new QListWidgetItem(info.title, m_reports);
        item->setData(kNameRole, info.name);
        item->setToolTip(info.description);
        item->setData(Qt::AccessibleDescriptionRole, info.description);
    }
    m_restoring = false;
    if (!showReport(current))
        m_reports->setCurrentRow(0);
    updateFilters();
}

void ReportsPage::fillLocations()
{
    const qint64 current = m_location->count() > 0 ? m_location->currentData().toLongLong()
                                                   : QSettings().value(settingsKey("location")).toLongLong();
    m_location->clear();
    m_location->addItem(tr("Every location"), qint64(0));
    if (m_database) {
        if (auto locations = comptoir::inventory::Locations(m_database).list()) {
            for (const auto& location : *locations)
                m_location->addItem(location.name, location.id);
        }
    }
    m_location->setCurrentIndex(std::max(0, m_location->findData(current)));
}

void ReportsPage::saveFilters() const
{
    QSettings settings;
    settings.setValue(settingsKey("report"), currentReport());
    settings.setValue(settingsKey("period"), m_period->currentData().toInt());
    settings.setValue(settingsKey("from"), m_from->date());
    settings.setValue(settingsKey("to"), m_to->date());
    settings.setValue(settingsKey("grouping"), m_grouping->currentData().toString());
    settings.setValue(settingsKey("channel"), m_channel->currentData().toString());
    settings.setValue(settingsKey("location"), m_location->currentData().toLongLong());
    settings.setValue(settingsKey("limit"), m_limit->value());
    settings.setValue(settingsKey("vatPerOrder"), m_vat->currentData().toBool());
    settings.setValue(settingsKey("split"), m_split->saveState());
}

void ReportsPage::restoreFilters()
{
    const QSettings settings;
    m_restoring = true;
    showReport(settings.value(settingsKey("report")).toString());
    const int period = settings.value(settingsKey("period"), int(Period::LastMonth)).toInt();
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    if (Period(m_period->currentData().toInt()) == Period::Custom) {
        const QDate from = settings.value(settingsKey("from")).toDate();
        const QDate to = settings.value(settingsKey("to")).toDate();
        m_from->setDate(from.isValid() ? from : QDate::currentDate());
        m_to->setDate(to.isValid() && to >= m_from->date() ? to : m_from->date());
    } else {
        // A preset means the same words next month: "Last month" is then that month.
        const auto [from, to] = periodDates(Period(m_period->currentData().toInt()), QDate::currentDate());
        m_from->setDate(from);
        m_to->setDate(to);
    }
    const auto setData
        = [](QComboBox* combo, const QVariant& value) { combo->setCurrentIndex(std::max(0, combo->findData(value))); };
    setData(m_grouping, settings.value(settingsKey("grouping"), QStringLiteral("month")).toString());
    setData(m_channel, settings.value(settingsKey("channel")).toString());
    setData(m_vat, settings.value(settingsKey("vatPerOrder"), false).toBool());
    m_limit->setValue(settings.value(settingsKey("limit"), 20).toInt());
    m_split->restoreState(settings.value(settingsKey("split")).toByteArray());
    m_restoring = false;
    updateFilters();
}

void ReportsPage::retranslate()
{
    fillReports();
    if (auto* label = findChild<QLabel*>(QStringLiteral("reportPeriodLabel")))
        label->setText(tr("&Period:"));
    const int period = m_period->count() > 0 ? m_period->currentData().toInt() : int(Period::LastMonth);
    m_period->clear();
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(tr("Last quarter"), int(Period::LastQuarter));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    m_period->addItem(tr("Custom"), int(Period::Custom));
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    m_period->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_from->setToolTip(tr("First day of the period, included"));
    m_to->setToolTip(tr("Last day of the period, included"));
    // Four-digit years: "31/12/2026", not "31/12/26", for the accountant.
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    m_from->setDisplayFormat(dateFormat);
    m_to->setDisplayFormat(dateFormat);

    m_groupingLabel->setText(tr("Gro&uping:"));
    const QString grouping = m_grouping->currentData().toString();
    m_grouping->clear();
    for (Grouping g : kGroupings)
        m_grouping->addItem(comptoir::reports::groupingName(g), comptoir::reports::groupingKey(g));
    m_grouping->setCurrentIndex(
        std::max(0, m_grouping->findData(grouping.isEmpty() ? QStringLiteral("month") : grouping)));
    m_grouping->setAccessibleName(tr("Grouping"));

    m_channelLabel->setText(tr("&Channel:"));
    const QString channel = m_channel->currentData().toString();
    m_channel->clear();
    m_channel->addItem(tr("Every channel"), QString());
    for (auto c : kChannels)
        m_channel->addItem(comptoir::orders::channelLabel(c), comptoir::orders::channelKey(c));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    m_channel->setAccessibleName(tr("Channel"));

    m_locationLabel->setText(tr("&Location:"));
    m_location->setAccessibleName(tr("Location"));
    if (m_location->count() > 0)
        m_location->setItemText(0, tr("Every location"));

    m_limitLabel->setText(tr("&Top:"));
    m_limit->setSpecialValueText(tr("All"));
    m_limit->setAccessibleName(tr("Number of rows"));
    m_limit->setToolTip(tr("Only the first rows, best first; All for every row"));

    m_vatLabel->setText(tr("&VAT:"));
    const QVariant vat = m_vat->count() > 0 ? m_vat->currentData() : QVariant(false);
    m_vat->clear();
    m_vat->addItem(tr("Rounded per line"), false);
    m_vat->addItem(tr("Rounded per order and rate"), true);
    m_vat->setCurrentIndex(std::max(0, m_vat->findData(vat)));
    m_vat->setAccessibleName(tr("VAT rounding"));
    m_vat->setToolTip(tr("Per line: as each order's VAT is. Per order and rate: as some accounting programs do"));

    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Run the report again (F5)"));
    m_csv->setText(tr("Export CSV…"));
    m_csv->setToolTip(tr("The table as a CSV file for a spreadsheet or the accountant (Ctrl+E)"));
    m_pdf->setText(tr("Export PDF…"));
    m_pdf->setToolTip(tr("The table, its period and notes as a PDF to print or send (Ctrl+P)"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("The selected cells, or the whole table, to paste into a spreadsheet (Ctrl+C)"));
    m_copyAction->setText(tr("&Copy"));
    m_reports->setAccessibleName(tr("Reports"));
    m_table->setAccessibleName(tr("Report table"));
    m_chart->setAccessibleName(tr("Report chart"));
    if (m_model->columnCount() > 0 && m_database)
        run(); // titles and notes are written by the report in the language of the moment
}
