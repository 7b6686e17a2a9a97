#include "io/CatalogImportDialog.h"

#include "common/Job.h"
#include "inventory/StockLedger.h"
#include "io/ColumnMappingDialog.h"
#include "widgets/Async.h"
#include "widgets/JobProgress.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using comptoir::io::CatalogFormat;
using comptoir::io::CatalogImport;
using comptoir::io::ImportReport;

namespace {

const QString kFolderKey = QStringLiteral("import/folder");
const QString kGeometryKey = QStringLiteral("import/geometry");

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return QCoreApplication::translate("CatalogImportDialog", "tab");
    return QStringLiteral("“%1”").arg(delimiter);
}

} // namespace

CatalogImportDialog::CatalogImportDialog(comptoir::storage::DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_detected(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_mapping(new QPushButton(tr("&Columns…"), this))
    , m_location(new QComboBox(this))
    , m_check(new QPushButton(tr("C&heck the file"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_summary(new QLabel(this))
    , m_progress(new JobProgress(m_summary, this))
    , m_problems(new QListWidget(this))
    , m_copy(new QPushButton(tr("Co&py the problems"), this))
{
    setObjectName(QStringLiteral("catalogImportDialog"));
    setWindowTitle(tr("Import products"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_location->setObjectName(QStringLiteral("importLocation"));
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_import->setObjectName(QStringLiteral("importRun"));
    m_progress->cancelButton()->setObjectName(QStringLiteral("importCancel"));
    m_progress->bar()->setObjectName(QStringLiteral("importProgress"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_copy->setObjectName(QStringLiteral("importCopyProblems"));

    m_file->setPlaceholderText(tr("A CSV file: Comptoir's, a Shopify or WooCommerce product export…"));
    m_file->setAccessibleName(tr("File to import"));
    m_format->setAccessibleName(tr("Format"));
    m_location->setAccessibleName(tr("Stock location"));
    m_problems->setAccessibleName(tr("Problems found in the file"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detected->setWordWrap(true);
    m_mapping->setToolTip(tr("Say which column of the file holds which field"));
    m_problems->setSelectionMode(QAbstractItemView::ExtendedSelection);

    for (CatalogFormat format : {CatalogFormat::Auto, CatalogFormat::Comptoir, CatalogFormat::Shopify,
             CatalogFormat::WooCommerce, CatalogFormat::Generic})
        m_format->addItem(comptoir::io::formatLabel(format), int(format));
    if (auto locations = comptoir::inventory::StockLedger(m_database).locations(); locations && !locations->isEmpty()) {
        for (const auto& location : *locations)
            m_location->addItem(location.name, location.name);
    } else {
        m_location->addItem(tr("Stock (created by the import)"), QString());
    }

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format, 1);
    formatRow->addWidget(m_mapping);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_detected);
    auto* formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, formatRow);
    auto* locationLabel = new QLabel(tr("&Stock counted at:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, m_location);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* problemsRow = new QHBoxLayout;
    problemsRow->addStretch(1);
    problemsRow->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addLayout(problemsRow);
    layout->addWidget(buttons);

    m_check->setDefault(true);

    connect(m_browse, &QPushButton::clicked, this, &CatalogImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_preview || m_file->text() != m_previewWatcher.property("path").toString())
            setFile(m_file->text());
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_checkedSignature.clear();
        showPreview();
    });
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] { m_checkedSignature.clear(); });
    connect(m_mapping, &QPushButton::clicked, this, &CatalogImportDialog::chooseMapping);
    connect(m_check, &QPushButton::clicked, this, &CatalogImportDialog::checkFile);
    connect(m_import, &QPushButton::clicked, this, &CatalogImportDialog::importFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QStringList lines = problems();
        lines.prepend(m_summary->text());
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_previewWatcher.future().resultCount() == 0)
            return;
        const auto preview = m_previewWatcher.result();
        if (!*preview) {
            m_preview.reset();
            m_detected->setText(preview->error().toString());
        } else {
            m_preview = preview->value();
            if (m_preview->format == CatalogFormat::Generic)
                m_columnMapping = ColumnMappingDialog::remembered(m_preview->header);
        }
        showPreview();
    });

    resize(760, 480);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    updateButtons();
}

CatalogImportDialog::~CatalogImportDialog()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
}

void CatalogImportDialog::browse()
{
    const QString start = m_file->text().isEmpty()
        ? QSettings().value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString()
        : QFileInfo(m_file->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import products"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    setFile(path);
}

void CatalogImportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_preview.reset();
    m_columnMapping = {};
    m_checkedSignature.clear();
    m_problems->clear();
    m_summary->clear();
    m_detected->setText(tr("Reading the file…"));
    m_previewWatcher.setProperty("path", m_file->text());
    const QString file = QDir::fromNativeSeparators(path);
    m_previewWatcher.setFuture(runAsync<std::shared_ptr<comptoir::Result<CatalogImport::Preview>>>(
        [file] { return std::make_shared<comptoir::Result<CatalogImport::Preview>>(CatalogImport::preview(file)); }));
    updateButtons();
}

void CatalogImportDialog::showPreview()
{
    if (m_preview) {
        const auto chosen = CatalogFormat(m_format->currentData().toInt());
        QString text = tr("Detected: %1 — %2, delimiter %3, %n column(s).", nullptr, int(m_preview->header.size()))
                           .arg(comptoir::io::formatLabel(m_preview->format), m_preview->encoding,
                               delimiterName(m_preview->delimiter));
        const bool mapped = chosen == CatalogFormat::Generic
            || (chosen == CatalogFormat::Auto && m_preview->format == CatalogFormat::Generic);
        if (mapped) {
            const QString sku = m_columnMapping.headerFor(comptoir::io::ImportField::Sku);
            text += QLatin1Char(' ')
                + (sku.isEmpty()
                        ? tr("Say which column is which with “Columns…”: the SKU column is required.")
                        : tr("%n column(s) mapped, the SKU in “%1”.", nullptr, int(m_columnMapping.fields.size()))
                              .arg(sku));
        }
        m_detected->setText(text);
    }
    updateButtons();
}

void CatalogImportDialog::chooseMapping()
{
    if (!m_preview)
        return;
    auto* dialog = new ColumnMappingDialog(m_preview->header, m_preview->rows, m_columnMapping, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_columnMapping = dialog->mapping();
        m_checkedSignature.clear();
        if (m_format->currentData().toInt() == int(CatalogFormat::Auto))
            m_format->setCurrentIndex(m_format->findData(int(CatalogFormat::Generic)));
        showPreview();
    });
    dialog->open();
}

bool CatalogImportDialog::isBusy() const
{
    return m_progress->isBusy();
}

void CatalogImportDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool ready = m_preview.has_value() && !busy;
    const auto chosen = CatalogFormat(m_format->currentData().toInt());
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_format->setEnabled(!busy);
    m_location->setEnabled(!busy);
    m_mapping->setEnabled(ready
        && (chosen == CatalogFormat::Generic
            || (chosen == CatalogFormat::Auto && m_preview->format == CatalogFormat::Generic)));
    m_check->setEnabled(ready);
    m_import->setEnabled(ready);
    m_copy->setEnabled(m_problems->count() > 0);
}

comptoir::io::ImportOptions CatalogImportDialog::options() const
{
    comptoir::io::ImportOptions options;
    options.format = CatalogFormat(m_format->currentData().toInt());
    if (options.format == CatalogFormat::Auto && m_preview && m_preview->format == CatalogFormat::Generic)
        options.format = CatalogFormat::Generic;
    options.mapping = m_columnMapping;
    options.location = m_location->currentData().toString();
    return options;
}

QString CatalogImportDialog::signature() const
{
    const QFileInfo file(QDir::fromNativeSeparators(m_file->text()));
    const auto chosen = options();
    QStringList mapping;
    for (auto it = chosen.mapping.fields.cbegin(); it != chosen.mapping.fields.cend(); ++it)
        mapping << it.key() + QLatin1Char('=') + comptoir::io::ColumnMapping::fieldKey(it.value());
    mapping.sort();
    return QStringList {file.absoluteFilePath(), QString::number(file.size()),
        QString::number(file.lastModified().toMSecsSinceEpoch()), QString::number(int(chosen.format)), chosen.location,
        mapping.join(QLatin1Char(','))}
        .join(QChar(0x1f));
}

void CatalogImportDialog::checkFile()
{
    start(Step::Check);
}

void CatalogImportDialog::importFile()
{
    // A file checked as it is now imports at once (after a question when it changes the shop's
    // products); otherwise it is checked first, and imported only when that finds no problem.
    if (m_checkedSignature.isEmpty() || m_checkedSignature != signature()) {
        start(Step::CheckThenImport);
        return;
    }
    if (m_checkedChanges > 0
        && MessageBox::question(this, tr("Import products"),
               tr("This file changes %n product(s) or variant(s) the shop already has. Import it?", nullptr,
                   int(m_checkedChanges)),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
            != QMessageBox::Yes)
        return;
    start(Step::Import);
}

void CatalogImportDialog::start(Step step)
{
    if (isBusy() || !m_preview)
        return;
    const auto database = m_database;
    const QString path = QDir::fromNativeSeparators(m_file->text());
    const comptoir::io::ImportOptions chosen = options();
    const bool apply = step == Step::Import;
    auto outcome = std::make_shared<std::optional<comptoir::Result<ImportReport>>>();
    auto* job = new comptoir::Job(apply ? tr("Importing products") : tr("Checking the file"),
        [database, path, chosen, apply, outcome](comptoir::JobControl& control) -> QString {
            CatalogImport import(database);
            *outcome = apply ? import.run(path, chosen, control) : import.check(path, chosen, control);
            database->releaseThreadConnection();
            return {};
        });
    m_problems->clear();
    connect(
        m_progress, &JobProgress::finished, this,
        [this, step, outcome] {
            if (*outcome)
                finished(step, **outcome);
            updateButtons();
        },
        Qt::SingleShotConnection);
    m_progress->start(job);
    updateButtons();
}

void CatalogImportDialog::finished(Step step, const comptoir::Result<ImportReport>& outcome)
{
    if (!outcome) {
        m_summary->setText(outcome.error().code == comptoir::Error::Code::Cancelled
                ? tr("Cancelled: nothing was changed in the shop.")
                : outcome.error().toString());
        return;
    }
    const ImportReport& report = *outcome;
    showReport(report, step == Step::Import);
    if (step == Step::Import) {
        m_checkedSignature.clear();
        if (report.applied)
            Q_EMIT imported(report);
        return;
    }
    if (report.hasProblems())
        return;
    m_checkedSignature = signature();
    m_checkedChanges = report.productsUpdated + report.variantsUpdated;
    m_import->setDefault(true);
    if (step == Step::CheckThenImport)
        importFile();
}

void CatalogImportDialog::showReport(const ImportReport& report, bool applied)
{
    m_problems->clear();
    for (const auto& problem : report.problems)
        m_problems->addItem(problem.toString());
    if (report.hasProblems()) {
        // The count is computed first: a template inside tr() confuses lupdate.
        const int count = int(std::min<qint64>(report.problemCount, INT_MAX));
        QString text
            = tr("%n problem(s) found: nothing was imported. Correct the file, then check it again.", nullptr, count);
        if (report.problemCount > report.problems.size())
            text += QLatin1Char(' ') + tr("The first %1 are listed.").arg(report.problems.size());
        m_summary->setText(text);
        m_problems->setCurrentRow(0);
        m_problems->setFocus();
    } else if (applied) {
        m_summary->setText(tr("Imported. %1").arg(report.summary()));
        m_close->setDefault(true);
        m_close->setFocus();
    } else {
        m_summary->setText(tr("No problem found. The import will do this: %1").arg(report.summary()));
        m_import->setFocus();
    }
    m_copy->setEnabled(m_problems->count() > 0);
}

QString CatalogImportDialog::summaryText() const
{
    return m_summary->text();
}

QStringList CatalogImportDialog::problems() const
{
    QStringList lines;
    for (int row = 0; row < m_problems->count(); ++row)
        lines << m_problems->item(row)->text();
    return lines;
}

void CatalogImportDialog::reject()
{
    // Closing while a job runs cancels it first: nothing is half written.
    m_progress->cancelAndWait();
    QDialog::reject();
}
