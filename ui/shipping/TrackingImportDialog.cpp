#include "shipping/TrackingImportDialog.h"

#include "common/Job.h"
#include "shipping/Carriers.h"
#include "widgets/JobProgress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>
#include <optional>

using comptoir::shipping::TrackingEventImport;
using comptoir::shipping::TrackingEventImportReport;
using comptoir::shipping::TrackingEventRowAction;
using comptoir::shipping::TrackingImport;
using comptoir::shipping::TrackingImportOptions;
using comptoir::shipping::TrackingImportReport;
using comptoir::shipping::TrackingRowAction;

namespace {

const QString kFolderKey = QStringLiteral("import/folder");
const QString kGeometryKey = QStringLiteral("trackingImport/geometry");

} // namespace

TrackingImportDialog::TrackingImportDialog(comptoir::storage::DatabasePtr database, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_kind(kind)
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_carrier(new QComboBox(this))
    , m_check(new QPushButton(tr("C&heck again"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_summary(new QLabel(this))
    , m_progress(new JobProgress(m_summary, this))
    , m_table(new QTableWidget(this))
{
    const bool numbers = m_kind == Kind::TrackingNumbers;
    setObjectName(QStringLiteral("trackingImportDialog"));
    setWindowTitle(numbers ? tr("Import tracking numbers") : tr("Import carrier events"));
    m_file->setObjectName(QStringLiteral("trackingImportFile"));
    m_browse->setObjectName(QStringLiteral("trackingImportBrowse"));
    m_carrier->setObjectName(QStringLiteral("trackingImportCarrier"));
    m_check->setObjectName(QStringLiteral("trackingImportCheck"));
    m_apply->setObjectName(QStringLiteral("trackingImportApply"));
    m_progress->cancelButton()->setObjectName(QStringLiteral("trackingImportCancel"));
    m_progress->bar()->setObjectName(QStringLiteral("trackingImportProgress"));
    m_summary->setObjectName(QStringLiteral("trackingImportSummary"));
    m_table->setObjectName(QStringLiteral("trackingImportTable"));

    m_file->setPlaceholderText(numbers ? tr("A CSV file: order number and tracking number on each line")
                                       : tr("A CSV file: tracking number, status and date on each line"));
    m_file->setAccessibleName(tr("File to import"));
    m_carrier->setAccessibleName(tr("Carrier"));
    m_carrier->setToolTip(tr("The carrier of lines that name none"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setAccessibleName(tr("What the import will do, line by line"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Order"), tr("Tracking number"), numbers ? tr("What will happen") : tr("Event")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);

    m_carrier->addItem(tr("Recognised from each tracking number"), QString());
    if (numbers) {
        if (auto carriers = comptoir::shipping::Carriers(m_database).list()) {
            for (const auto& carrier : *carriers)
                m_carrier->addItem(carrier.name, carrier.key);
        }
    }

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* carrierLabel = new QLabel(tr("&Carrier:"), this);
    carrierLabel->setBuddy(m_carrier);
    form->addRow(carrierLabel, m_carrier);
    form->setRowVisible(m_carrier, numbers);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &TrackingImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_file->text().isEmpty() && m_checkedSignature != signature() && !isBusy())
            checkFile();
    });
    connect(m_carrier, &QComboBox::currentIndexChanged, this, [this] {
        m_checkedSignature.clear();
        if (!m_file->text().isEmpty())
            checkFile();
    });
    connect(m_check, &QPushButton::clicked, this, &TrackingImportDialog::checkFile);
    connect(m_apply, &QPushButton::clicked, this, &TrackingImportDialog::applyFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    resize(820, 520);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    updateButtons();
}

TrackingImportDialog::~TrackingImportDialog()
{
    m_progress->cancelAndWait();
    QSettings().setValue(kGeometryKey, saveGeometry());
}

bool TrackingImportDialog::isBusy() const
{
    return m_progress->isBusy();
}

void TrackingImportDialog::browse()
{
    const QString start = m_file->text().isEmpty()
        ? QSettings().value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString()
        : QFileInfo(m_file->text()).absolutePath();
    const QString path
        = QFileDialog::getOpenFileName(this, windowTitle(), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    setFile(path);
}

void TrackingImportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    checkFile();
}

void TrackingImportDialog::updateButtons()
{
    const bool busy = isBusy();
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_carrier->setEnabled(!busy);
    m_check->setEnabled(!busy && !m_file->text().isEmpty());
    m_apply->setEnabled(!busy && !m_checkedSignature.isEmpty() && m_checkedSignature == signature());
}

QString TrackingImportDialog::signature() const
{
    const QFileInfo file(QDir::fromNativeSeparators(m_file->text()));
    return QStringList {file.absoluteFilePath(), QString::number(file.size()),
        QString::number(file.lastModified().toMSecsSinceEpoch()), m_carrier->currentData().toString()}
        .join(QChar(0x1f));
}

void TrackingImportDialog::checkFile()
{
    start(false);
}

void TrackingImportDialog::applyFile()
{
    // Only a file checked as it is now, with this carrier, is applied (the import checks it again).
    if (m_checkedSignature.isEmpty() || m_checkedSignature != signature())
        return;
    start(true);
}

void TrackingImportDialog::start(bool apply)
{
    if (isBusy() || m_file->text().isEmpty())
        return;
    const auto database = m_database;
    const QString path = QDir::fromNativeSeparators(m_file->text());
    TrackingImportOptions options;
    options.carrier = m_carrier->currentData().toString();
    const Kind kind = m_kind;
    auto numbers = std::make_shared<std::optional<comptoir::Result<TrackingImportReport>>>();
    auto events = std::make_shared<std::optional<comptoir::Result<TrackingEventImportReport>>>();
    const QString title = apply
        ? (kind == Kind::TrackingNumbers ? tr("Importing tracking numbers") : tr("Importing carrier events"))
        : tr("Checking the file");
    auto* job = new comptoir::Job(
        title, [database, path, options, kind, apply, numbers, events](comptoir::JobControl& control) -> QString {
            if (kind == Kind::TrackingNumbers) {
                TrackingImport import(database);
                *numbers = apply ? import.run(path, options, control) : import.check(path, options, control);
            } else {
                TrackingEventImport import(database);
                *events = apply ? import.run(path, control) : import.check(path, control);
            }
            database->releaseThreadConnection();
            return {};
        });
    m_checkedSignature.clear();
    m_table->setRowCount(0);
    connect(
        m_progress, &JobProgress::finished, this,
        [this, apply, numbers, events] {
            const comptoir::Error* failure = nullptr;
            if (*numbers && !**numbers)
                failure = &(**numbers).error();
            else if (*events && !**events)
                failure = &(**events).error();
            if (failure) {
                m_summary->setText(failure->code == comptoir::Error::Code::Cancelled
                        ? tr("Cancelled: nothing was changed in the shop.")
                        : failure->toString());
            } else if (*numbers) {
                showNumbers(***numbers, apply);
            } else if (*events) {
                showEvents(***events, apply);
            }
            updateButtons();
        },
        Qt::SingleShotConnection);
    m_progress->start(job);
    updateButtons();
}

void TrackingImportDialog::addRow(
    qint64 line, const QString& order, const QString& number, const QString& outcome, bool error)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* lineItem = new QTableWidgetItem(QLocale().toString(line));
    lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, LineColumn, lineItem);
    m_table->setItem(row, OrderColumn, new QTableWidgetItem(order));
    m_table->setItem(row, TrackingColumn, new QTableWidgetItem(number));
    auto* outcomeItem = new QTableWidgetItem(outcome);
    if (error)
        outcomeItem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
    m_table->setItem(row, OutcomeColumn, outcomeItem);
}

void TrackingImportDialog::showNumbers(const TrackingImportReport& report, bool applied)
{
    m_table->setRowCount(0);
    QSet<qint64> listed;
    for (const auto& row : report.lines) {
        const bool error = row.action == TrackingRowAction::Error;
        addRow(row.line, row.orderNumber, row.trackingNumber,
            error ? row.message : comptoir::shipping::trackingRowActionLabel(row.action), error);
        listed.insert(row.line);
    }
    // Problems of the file itself (a missing column) or past the rows kept.
    for (const auto& problem : report.problems)
        if (!listed.contains(problem.line))
            addRow(problem.line, QString(), QString(), problem.toString(), true);
    showOutcome(report, report.summary(), applied && report.applied);
}

void TrackingImportDialog::showEvents(const TrackingEventImportReport& report, bool applied)
{
    m_table->setRowCount(0);
    QSet<qint64> listed;
    for (const auto& row : report.lines) {
        const bool error = row.action == TrackingEventRowAction::Error;
        const QString outcome = error ? row.message
                                      : tr("%1 — %2, %3")
                                            .arg(comptoir::shipping::trackingEventRowActionLabel(row.action),
                                                comptoir::shipping::stateLabel(row.state),
                                                QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat));
        addRow(row.line, row.orderNumber, row.trackingNumber, outcome, error);
        listed.insert(row.line);
    }
    for (const auto& problem : report.problems)
        if (!listed.contains(problem.line))
            addRow(problem.line, QString(), QString(), problem.toString(), true);
    showOutcome(report, report.summary(), applied && report.applied);
}

void TrackingImportDialog::showOutcome(
    const comptoir::io::ImportProblems& problems, const QString& summary, bool applied)
{
    const int count = int(std::min<qint64>(problems.problemCount, INT_MAX));
    if (problems.hasProblems()) {
        m_summary->setText(tr(
            "%n problem(s) found: nothing will be imported. Correct the file, then check it again.", nullptr, count));
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (!m_table->item(row, OutcomeColumn)->icon().isNull()) {
                m_table->selectRow(row);
                m_table->scrollToItem(m_table->item(row, OutcomeColumn));
                break;
            }
        }
        m_table->setFocus();
    } else if (applied) {
        m_summary->setText(tr("Imported: %1").arg(summary));
        m_close->setDefault(true);
        m_close->setFocus();
        Q_EMIT imported(summary);
    } else {
        m_summary->setText(tr("No problem found. Apply will do this: %1").arg(summary));
        m_checkedSignature = signature();
        m_apply->setDefault(true);
        m_apply->setEnabled(true);
        m_apply->setFocus();
    }
}

QString TrackingImportDialog::summaryText() const
{
    return m_summary->text();
}

void TrackingImportDialog::reject()
{
    // Closing while a job runs cancels it first: nothing is half written.
    m_progress->cancelAndWait();
    QDialog::reject();
}
