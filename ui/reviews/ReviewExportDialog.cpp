#include "reviews/ReviewExportDialog.h"

#include "common/Job.h"
#include "reviews/ReviewExport.h"
#include "widgets/FileDialog.h"
#include "widgets/JobProgress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <memory>
#include <optional>

using comptoir::reviews::ReviewExport;
using comptoir::reviews::ReviewExportOptions;
using comptoir::reviews::ReviewExportSummary;
using comptoir::reviews::ReviewFileFormat;

namespace {

const QString kFolderKey = QStringLiteral("export/folder");
const QString kGeometryKey = QStringLiteral("reviewExport/geometry");

} // namespace

ReviewExportDialog::ReviewExportDialog(comptoir::storage::DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_format(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_unpublished(new QCheckBox(tr("Only the &replies to publish"), this))
    , m_markPublished(new QCheckBox(tr("&Mark them as published once the file is written"), this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_summary(new QLabel(this))
    , m_progress(new JobProgress(m_summary, this))
{
    setObjectName(QStringLiteral("reviewExportDialog"));
    setWindowTitle(tr("Export reviews"));
    m_format->setObjectName(QStringLiteral("reviewExportFormat"));
    m_source->setObjectName(QStringLiteral("reviewExportSource"));
    m_unpublished->setObjectName(QStringLiteral("reviewExportUnpublished"));
    m_markPublished->setObjectName(QStringLiteral("reviewExportMarkPublished"));
    m_file->setObjectName(QStringLiteral("reviewExportFile"));
    m_browse->setObjectName(QStringLiteral("reviewExportBrowse"));
    m_export->setObjectName(QStringLiteral("reviewExportButton"));
    m_summary->setObjectName(QStringLiteral("reviewExportSummary"));
    m_progress->cancelButton()->setObjectName(QStringLiteral("reviewExportCancel"));

    m_format->addItem(tr("Comptoir (every field, to import again)"), int(ReviewFileFormat::Comptoir));
    m_format->addItem(tr("Judge.me"), int(ReviewFileFormat::JudgeMe));
    m_source->addItem(tr("All platforms"), QString());
    for (const auto source : comptoir::reviews::sources())
        m_source->addItem(comptoir::reviews::sourceLabel(source), comptoir::reviews::sourceKey(source));
    m_format->setAccessibleName(tr("Format"));
    m_source->setAccessibleName(tr("Platform"));
    m_unpublished->setAccessibleName(tr("Only the replies to publish"));
    m_unpublished->setToolTip(tr("The reviews answered whose reply was not exported or published yet"));
    m_markPublished->setAccessibleName(tr("Mark the replies as published"));
    m_file->setAccessibleName(tr("File to write"));
    m_file->setPlaceholderText(tr("The CSV file to write"));
    m_browse->setAccessibleName(tr("Choose the file to write"));
    m_export->setAccessibleName(tr("Export"));
    m_close->setAccessibleName(tr("Close"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto* sourceLabel = new QLabel(tr("&Platform:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, m_source);
    form->addRow(QString(), m_unpublished);
    form->addRow(QString(), m_markPublished);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ReviewExportDialog::browse);
    connect(m_unpublished, &QCheckBox::toggled, this, &ReviewExportDialog::updateFields);
    connect(m_file, &QLineEdit::textChanged, this, &ReviewExportDialog::updateFields);
    connect(m_export, &QPushButton::clicked, this, &ReviewExportDialog::exportFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_progress, &JobProgress::finished, this, &ReviewExportDialog::updateFields);

    m_export->setDefault(true);
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    updateFields();
}

ReviewExportDialog::~ReviewExportDialog()
{
    m_progress->cancelAndWait();
    QSettings().setValue(kGeometryKey, saveGeometry());
}

bool ReviewExportDialog::isBusy() const
{
    return m_progress->isBusy();
}

void ReviewExportDialog::updateFields()
{
    const bool busy = isBusy();
    // Marking published is about the replies to publish: only offered with them.
    if (!m_unpublished->isChecked())
        m_markPublished->setChecked(false);
    for (QWidget* field : {static_cast<QWidget*>(m_format), static_cast<QWidget*>(m_source),
             static_cast<QWidget*>(m_unpublished), static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_browse)})
        field->setEnabled(!busy);
    m_markPublished->setEnabled(!busy && m_unpublished->isChecked());
    m_export->setEnabled(!busy && !m_file->text().trimmed().isEmpty());
}

void ReviewExportDialog::browse()
{
    const QString start = m_file->text().isEmpty()
        ? QDir(QSettings()
                   .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                   .toString())
              .filePath(tr("reviews.csv"))
        : m_file->text();
    const QString path = FileDialog::saveFileName(this, windowTitle(), start, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ReviewExportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ReviewExportDialog::exportFile()
{
    if (isBusy())
        return;
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_summary->setText(tr("Choose the file to write."));
        m_file->setFocus();
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());

    ReviewExportOptions options;
    options.format = ReviewFileFormat(m_format->currentData().toInt());
    comptoir::reviews::Source source = comptoir::reviews::Source::Website;
    if (comptoir::reviews::sourceFromKey(m_source->currentData().toString(), source))
        options.source = source;
    options.unpublishedOnly = m_unpublished->isChecked();
    options.markPublished = m_markPublished->isChecked();
    const auto database = m_database;
    auto outcome = std::make_shared<std::optional<comptoir::Result<ReviewExportSummary>>>();
    auto* job = new comptoir::Job(
        tr("Exporting reviews"), [database, path, options, outcome](comptoir::JobControl& control) -> QString {
            *outcome = ReviewExport(database).writeFile(path, options, control);
            database->releaseThreadConnection();
            return {};
        });
    connect(
        m_progress, &JobProgress::finished, this,
        [this, path, outcome] {
            if (!*outcome)
                return;
            const auto& summary = **outcome;
            if (!summary) {
                m_summary->setText(summary.error().code == comptoir::Error::Code::Cancelled
                        ? tr("Cancelled: no file was written.")
                        : summary.error().toString());
                return;
            }
            const QLocale locale;
            QString text = tr("Exported %1 reviews (%2 with a reply) to %3.")
                               .arg(locale.toString(summary->reviews), locale.toString(summary->replies),
                                   QDir::toNativeSeparators(path));
            if (summary->markedPublished > 0) {
                text += QLatin1Char(' ')
                    + tr("%n reply(ies) marked as published.", nullptr,
                        int(std::min<qint64>(summary->markedPublished, INT_MAX)));
                Q_EMIT repliesPublished();
            }
            m_summary->setText(text);
            m_close->setDefault(true);
            m_close->setFocus();
        },
        Qt::SingleShotConnection);
    m_progress->start(job);
    updateFields();
}

QString ReviewExportDialog::summaryText() const
{
    return m_summary->text();
}

void ReviewExportDialog::reject()
{
    m_progress->cancelAndWait();
    QDialog::reject();
}
