#include "io/CatalogExportDialog.h"

#include "common/Job.h"
#include "inventory/StockLedger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
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

#include <memory>
#include <optional>

using comptoir::io::CatalogFormat;
using comptoir::io::ExportOptions;

namespace {
const QString kFolderKey = QStringLiteral("export/folder");
const QString kGeometryKey = QStringLiteral("export/geometry");
const QString kFormatKey = QStringLiteral("export/format");
const QString kExcelKey = QStringLiteral("export/excelFr");
} // namespace

CatalogExportDialog::CatalogExportDialog(comptoir::storage::DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_format(new QComboBox(this))
    , m_excel(new QCheckBox(tr("For E&xcel in French (“;”, decimal comma, UTF-8 with BOM)"), this))
    , m_delimiter(new QComboBox(this))
    , m_decimalComma(new QCheckBox(tr("Decimal &comma (12,50)"), this))
    , m_bom(new QCheckBox(tr("UTF-8 &BOM (Excel then reads accents right)"), this))
    , m_location(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("catalogExportDialog"));
    setWindowTitle(tr("Export products"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_excel->setObjectName(QStringLiteral("exportExcelFr"));
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_decimalComma->setObjectName(QStringLiteral("exportDecimalComma"));
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_location->setObjectName(QStringLiteral("exportLocation"));
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_export->setObjectName(QStringLiteral("exportRun"));
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_format->setAccessibleName(tr("Format"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_location->setAccessibleName(tr("Stock location"));
    m_file->setAccessibleName(tr("File to write"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setTextVisible(false);

    for (CatalogFormat format : comptoir::io::exportFormats())
        m_format->addItem(comptoir::io::formatLabel(format), int(format));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    if (auto locations = comptoir::inventory::StockLedger(m_database).locations(); locations && !locations->isEmpty()) {
        for (const auto& location : *locations)
            m_location->addItem(location.name, location.name);
    } else {
        m_location->addItem(tr("No stock location yet"), QString());
        m_location->setEnabled(false);
    }

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    const auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_excel);
    addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_decimalComma);
    form->addRow(QString(), m_bom);
    addRow(tr("&Stock of:"), m_location);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_export->setDefault(true);

    QSettings settings;
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value(kFormatKey, 0).toInt())));
    m_excel->setChecked(settings.value(kExcelKey, false).toBool());
    applyFormatDefaults();
    const QString folder
        = settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    m_file->setText(QDir::toNativeSeparators(QDir(folder).filePath(tr("products.csv"))));

    connect(m_format, &QComboBox::currentIndexChanged, this, &CatalogExportDialog::applyFormatDefaults);
    connect(m_excel, &QCheckBox::toggled, this, &CatalogExportDialog::applyFormatDefaults);
    connect(m_browse, &QPushButton::clicked, this, &CatalogExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &CatalogExportDialog::exportFile);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(620, sizeHint().height() + 40);
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    updateFields();
}

CatalogExportDialog::~CatalogExportDialog()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
}

void CatalogExportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void CatalogExportDialog::applyFormatDefaults()
{
    // The platform's own layout, or Excel's: the fields show what will be written.
    const auto format = CatalogFormat(m_format->currentData().toInt());
    const ExportOptions defaults
        = m_excel->isChecked() ? ExportOptions::frenchExcel(format) : ExportOptions::forFormat(format);
    m_delimiter->setCurrentIndex(m_delimiter->findData(QString(defaults.delimiter)));
    m_decimalComma->setChecked(defaults.decimalComma);
    m_bom->setChecked(defaults.byteOrderMark);
    updateFields();
}

void CatalogExportDialog::updateFields()
{
    const bool busy = m_job != nullptr;
    const bool custom = !m_excel->isChecked() && !busy;
    m_format->setEnabled(!busy);
    m_excel->setEnabled(!busy);
    m_delimiter->setEnabled(custom);
    m_decimalComma->setEnabled(custom);
    m_bom->setEnabled(custom);
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_export->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

ExportOptions CatalogExportDialog::options() const
{
    const auto format = CatalogFormat(m_format->currentData().toInt());
    ExportOptions options
        = m_excel->isChecked() ? ExportOptions::frenchExcel(format) : ExportOptions::forFormat(format);
    if (!m_excel->isChecked()) {
        options.delimiter = m_delimiter->currentData().toString().at(0);
        options.decimalComma = m_decimalComma->isChecked();
        options.byteOrderMark = m_bom->isChecked();
    }
    options.location = m_location->currentData().toString();
    return options;
}

void CatalogExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export products"), m_file->text(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void CatalogExportDialog::exportFile()
{
    if (m_job)
        return;
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_summary->setText(tr("Choose the file to write."));
        m_file->setFocus();
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QSettings settings;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    settings.setValue(kFormatKey, m_format->currentData().toInt());
    settings.setValue(kExcelKey, m_excel->isChecked());

    const auto database = m_database;
    const ExportOptions chosen = options();
    auto outcome = std::make_shared<std::optional<comptoir::Result<comptoir::io::ExportSummary>>>();
    m_job = new comptoir::Job(
        tr("Exporting products"),
        [database, path, chosen, outcome](comptoir::JobControl& control) -> QString {
            *outcome = comptoir::io::CatalogExport(database).writeFile(path, chosen, control);
            database->releaseThreadConnection();
            return {};
        },
        this);
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Exporting products…"));
    connect(m_job, &comptoir::Job::progressChanged, this, [this](qint64 done, qint64 total, const QString&) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        }
    });
    connect(m_job, &comptoir::Job::finished, this, [this, path, outcome] {
        comptoir::Job* job = m_job;
        m_job = nullptr;
        job->wait();
        job->deleteLater();
        updateFields();
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
        m_summary->setText(tr("Exported %1 products (%2 variants) to %3.")
                               .arg(locale.toString(summary->products), locale.toString(summary->variants),
                                   QDir::toNativeSeparators(path)));
        m_close->setDefault(true);
        m_close->setFocus();
    });
    updateFields();
    m_cancel->setFocus();
    m_job->start();
}

QString CatalogExportDialog::summaryText() const
{
    return m_summary->text();
}

void CatalogExportDialog::reject()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
    QDialog::reject();
}
