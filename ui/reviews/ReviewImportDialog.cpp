#include "reviews/ReviewImportDialog.h"

#include "common/Job.h"
#include "reviews/ReviewImport.h"
#include "widgets/FileDialog.h"
#include "widgets/JobProgress.h"

#include <QDialogButtonBox>
#include <QDir>
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
#include <memory>
#include <optional>

using comptoir::reviews::ReviewImport;
using comptoir::reviews::ReviewImportReport;
using comptoir::reviews::ReviewRowAction;

namespace {

const QString kFolderKey = QStringLiteral("import/folder");
const QString kGeometryKey = QStringLiteral("reviewImport/geometry");

} // namespace

ReviewImportDialog::ReviewImportDialog(comptoir::storage::DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_check(new QPushButton(tr("C&heck again"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_summary(new QLabel(this))
    , m_progress(new JobProgress(m_summary, this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("reviewImportDialog"));
    setWindowTitle(tr("Import reviews"));
    m_file->setObjectName(QStringLiteral("reviewImportFile"));
    m_browse->setObjectName(QStringLiteral("reviewImportBrowse"));
    m_check->setObjectName(QStringLiteral("reviewImportCheck"));
    m_apply->setObjectName(QStringLiteral("reviewImportApply"));
    m_close->setObjectName(QStringLiteral("reviewImportClose"));
    m_progress->cancelButton()->setObjectName(QStringLiteral("reviewImportCancel"));
    m_progress->bar()->setObjectName(QStringLiteral("reviewImportProgress"));
    m_summary->setObjectName(QStringLiteral("reviewImportSummary"));
    m_table->setObjectName(QStringLiteral("reviewImportTable"));

    m_file->setPlaceholderText(tr("A CSV file exported from Judge.me, Trustpilot, WooCommerce or Comptoir"));
    m_file->setAccessibleName(tr("File to import"));
    m_browse->setAccessibleName(tr("Choose the file to import"));
    m_check->setAccessibleName(tr("Check the file again"));
    m_apply->setAccessibleName(tr("Import the reviews"));
    m_close->setAccessibleName(tr("Close"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setAccessibleName(tr("What the import will do, line by line"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Author"), tr("Rating"), tr("What will happen")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

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

    connect(m_browse, &QPushButton::clicked, this, &ReviewImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_file->text().isEmpty() && m_checkedSignature != signature() && !isBusy())
            checkFile();
    });
    connect(m_file, &QLineEdit::textChanged, this, &ReviewImportDialog::updateButtons);
    connect(m_check, &QPushButton::clicked, this, &ReviewImportDialog::checkFile);
    connect(m_apply, &QPushButton::clicked, this, &ReviewImportDialog::applyFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    resize(760, 480);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    updateButtons();
}

ReviewImportDialog::~ReviewImportDialog()
{
    m_progress->cancelAndWait();
    QSettings().setValue(kGeometryKey, saveGeometry());
}

bool ReviewImportDialog::isBusy() const
{
    return m_progress->isBusy();
}

void ReviewImportDialog::browse()
{
    const QString start = m_file->text().isEmpty()
        ? QSettings().value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString()
        : QFileInfo(m_file->text()).absolutePath();
    const QString path
        = FileDialog::openFileName(this, windowTitle(), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    setFile(path);
}

void ReviewImportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    checkFile();
}

void ReviewImportDialog::updateButtons()
{
    const bool busy = isBusy();
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_check->setEnabled(!busy && !m_file->text().isEmpty());
    m_apply->setEnabled(!busy && !m_checkedSignature.isEmpty() && m_checkedSignature == signature());
}

QString ReviewImportDialog::signature() const
{
    const QFileInfo file(QDir::fromNativeSeparators(m_file->text()));
    return QStringList {
        file.absoluteFilePath(), QString::number(file.size()), QString::number(file.lastModified().toMSecsSinceEpoch())}
        .join(QChar(0x1f));
}

void ReviewImportDialog::checkFile()
{
    start(false);
}

void ReviewImportDialog::applyFile()
{
    // Only a file checked as it is now is applied (the import checks it again).
    if (m_checkedSignature.isEmpty() || m_checkedSignature != signature())
        return;
    start(true);
}

void ReviewImportDialog::start(bool apply)
{
    if (isBusy() || m_file->text().isEmpty())
        return;
    const auto database = m_database;
    const QString path = QDir::fromNativeSeparators(m_file->text());
    auto outcome = std::make_shared<std::optional<comptoir::Result<ReviewImportReport>>>();
    auto* job = new comptoir::Job(apply ? tr("Importing reviews") : tr("Checking the file"),
        [database, path, apply, outcome](comptoir::JobControl& control) -> QString {
            ReviewImport import(database);
            *outcome = apply ? import.run(path, control) : import.check(path, control);
            database->releaseThreadConnection();
            return {};
        });
    m_checkedSignature.clear();
    m_table->setRowCount(0);
    connect(
        m_progress, &JobProgress::finished, this,
        [this, apply, outcome] {
            if (*outcome && !**outcome) {
                const comptoir::Error& failure = (**outcome).error();
                m_summary->setText(failure.code == comptoir::Error::Code::Cancelled
                        ? tr("Cancelled: nothing was changed in the shop.")
                        : failure.toString());
            } else if (*outcome) {
                showReport(***outcome, apply);
            }
            updateButtons();
        },
        Qt::SingleShotConnection);
    m_progress->start(job);
    updateButtons();
}

void ReviewImportDialog::addRow(qint64 line, const QString& author, int rating, const QString& outcome, bool error)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* lineItem = new QTableWidgetItem(QLocale().toString(line));
    lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, LineColumn, lineItem);
    m_table->setItem(row, AuthorColumn, new QTableWidgetItem(author));
    auto* ratingItem = new QTableWidgetItem;
    if (rating > 0) {
        ratingItem->setText(QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606)));
        ratingItem->setToolTip(tr("%n star(s)", nullptr, rating));
        ratingItem->setData(Qt::AccessibleTextRole, ratingItem->toolTip());
    }
    m_table->setItem(row, RatingColumn, ratingItem);
    auto* outcomeItem = new QTableWidgetItem(outcome);
    if (error)
        outcomeItem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
    m_table->setItem(row, OutcomeColumn, outcomeItem);
}

void ReviewImportDialog::showReport(const ReviewImportReport& report, bool applied)
{
    m_table->setRowCount(0);
    QSet<qint64> listed;
    for (const auto& row : report.lines) {
        QString outcome = comptoir::reviews::reviewRowActionLabel(row.action);
        if (row.action == ReviewRowAction::Error)
            outcome = row.message;
        else if (row.action == ReviewRowAction::Add && row.ignored)
            outcome = tr("Add as ignored (spam on its platform)");
        if (row.action != ReviewRowAction::Error)
            outcome += QStringLiteral(" — ") + (row.product.isEmpty() ? tr("the shop") : row.product);
        addRow(row.line, row.author, row.rating, outcome, row.action == ReviewRowAction::Error);
        listed.insert(row.line);
    }
    // Problems of the file itself (unknown columns) or past the rows kept.
    for (const auto& problem : report.problems)
        if (!listed.contains(problem.line))
            addRow(problem.line, QString(), 0, problem.toString(), true);

    const int count = int(std::min<qint64>(report.problemCount, INT_MAX));
    const QString summary = report.summary();
    if (report.hasProblems()) {
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
    } else if (applied && report.applied) {
        m_summary->setText(tr("Imported: %1").arg(summary));
        m_close->setDefault(true);
        m_close->setFocus();
        Q_EMIT imported(summary);
    } else {
        m_summary->setText(tr("%1 file, no problem found. Apply will do this: %2")
                               .arg(comptoir::reviews::reviewFileFormatLabel(report.format), summary));
        m_checkedSignature = signature();
        m_apply->setDefault(true);
        m_apply->setEnabled(true);
        m_apply->setFocus();
    }
}

QString ReviewImportDialog::summaryText() const
{
    return m_summary->text();
}

void ReviewImportDialog::reject()
{
    // Closing while a job runs cancels it first: nothing is half written.
    m_progress->cancelAndWait();
    QDialog::reject();
}
