#include "io/OrderImportDialog.h"

#include "common/Job.h"
#include "widgets/Async.h"
#include "widgets/JobProgress.h"

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
#include <QStyle>
#include <QVBoxLayout>

#include <climits>
#include <utility>

using comptoir::io::OrderFormat;
using comptoir::io::OrderImport;
using comptoir::io::OrderImportReport;
using comptoir::io::ShippedOrders;

namespace {

const QString kFolderKey = QStringLiteral("import/folder");
const QString kGeometryKey = QStringLiteral("orderImport/geometry");

} // namespace

OrderImportDialog::OrderImportDialog(comptoir::storage::DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_detected(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_shipped(new QComboBox(this))
    , m_check(new QPushButton(tr("C&heck the file"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_summary(new QLabel(this))
    , m_progress(new JobProgress(m_summary, this))
    , m_list(new QListWidget(this))
    , m_copy(new QPushButton(tr("Co&py the list"), this))
{
    setObjectName(QStringLiteral("orderImportDialog"));
    setWindowTitle(tr("Import orders"));
    m_file->setObjectName(QStringLiteral("orderImportFile"));
    m_browse->setObjectName(QStringLiteral("orderImportBrowse"));
    m_detected->setObjectName(QStringLiteral("orderImportDetected"));
    m_format->setObjectName(QStringLiteral("orderImportFormat"));
    m_shipped->setObjectName(QStringLiteral("orderImportShipped"));
    m_check->setObjectName(QStringLiteral("orderImportCheck"));
    m_import->setObjectName(QStringLiteral("orderImportRun"));
    m_progress->cancelButton()->setObjectName(QStringLiteral("orderImportCancel"));
    m_progress->bar()->setObjectName(QStringLiteral("orderImportProgress"));
    m_summary->setObjectName(QStringLiteral("orderImportSummary"));
    m_list->setObjectName(QStringLiteral("orderImportList"));
    m_copy->setObjectName(QStringLiteral("orderImportCopy"));

    m_file->setPlaceholderText(tr("A CSV file: a Shopify or WooCommerce order export, or Comptoir's"));
    m_file->setAccessibleName(tr("File to import"));
    m_format->setAccessibleName(tr("Format"));
    m_shipped->setAccessibleName(tr("Orders already shipped"));
    m_list->setAccessibleName(tr("Problems, warnings and skipped orders"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detected->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);

    for (OrderFormat format :
        {OrderFormat::Auto, OrderFormat::Comptoir, OrderFormat::Shopify, OrderFormat::WooCommerce})
        m_format->addItem(comptoir::io::formatLabel(format), int(format));
    m_shipped->addItem(tr("Skip them: their stock already left the shelf"), int(ShippedOrders::Skip));
    m_shipped->addItem(tr("Import them and deduct their stock now"), int(ShippedOrders::DeductStock));
    m_shipped->setToolTip(tr("Orders the file says were shipped or delivered. Comptoir cannot record them as "
                             "shipped without taking their items out of stock: skip them when the stock was "
                             "counted after they left, import them when it was counted before."));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_detected);
    auto* formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto* shippedLabel = new QLabel(tr("Orders already &shipped:"), this);
    shippedLabel->setBuddy(m_shipped);
    form->addRow(shippedLabel, m_shipped);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* listRow = new QHBoxLayout;
    listRow->addStretch(1);
    listRow->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(listRow);
    layout->addWidget(buttons);
    m_check->setDefault(true);

    connect(m_browse, &QPushButton::clicked, this, &OrderImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_preview || m_file->text() != m_previewWatcher.property("path").toString())
            setFile(m_file->text());
    });
    for (QComboBox* choice : {m_format, m_shipped}) {
        connect(choice, &QComboBox::currentIndexChanged, this, [this] {
            m_checkedSignature.clear();
            showPreview();
        });
    }
    connect(m_check, &QPushButton::clicked, this, &OrderImportDialog::checkFile);
    connect(m_import, &QPushButton::clicked, this, &OrderImportDialog::importFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QStringList lines = listedLines();
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
        }
        showPreview();
        if (std::exchange(m_checkOnceRead, false))
            checkFile();
    });

    resize(780, 500);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    updateButtons();
}

OrderImportDialog::~OrderImportDialog()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
}

bool OrderImportDialog::isBusy() const
{
    return m_progress->isBusy();
}

void OrderImportDialog::browse()
{
    const QString start = m_file->text().isEmpty()
        ? QSettings().value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString()
        : QFileInfo(m_file->text()).absolutePath();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import orders"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    setFile(path);
}

void OrderImportDialog::setFile(const QString& path, bool check)
{
    m_checkOnceRead = check;
    m_file->setText(QDir::toNativeSeparators(path));
    m_preview.reset();
    m_checkedSignature.clear();
    m_list->clear();
    m_summary->clear();
    m_detected->setText(tr("Reading the file…"));
    m_previewWatcher.setProperty("path", m_file->text());
    const QString file = QDir::fromNativeSeparators(path);
    using Preview = comptoir::io::CatalogImport::Preview;
    m_previewWatcher.setFuture(runAsync<std::shared_ptr<comptoir::Result<Preview>>>(
        [file] { return std::make_shared<comptoir::Result<Preview>>(comptoir::io::CatalogImport::preview(file, 0)); }));
    updateButtons();
}

void OrderImportDialog::showPreview()
{
    if (m_preview) {
        const OrderFormat detected = comptoir::io::detectOrderFormat(m_preview->header);
        const QString delimiter
            = m_preview->delimiter == QLatin1Char('\t') ? tr("tab") : QStringLiteral("“%1”").arg(m_preview->delimiter);
        if (detected != OrderFormat::Auto)
            m_detected->setText(
                tr("Detected: %1 — %2, delimiter %3, %n column(s).", nullptr, int(m_preview->header.size()))
                    .arg(comptoir::io::formatLabel(detected), m_preview->encoding, delimiter));
        else if (m_preview->format != comptoir::io::CatalogFormat::Generic)
            m_detected->setText(tr("This is a product file (%1): import it with File ▸ Import products.")
                                    .arg(comptoir::io::formatLabel(m_preview->format)));
        else
            m_detected->setText(tr("Comptoir does not recognise these columns as orders: choose the format, or "
                                   "check that this is an order export."));
    }
    updateButtons();
}

void OrderImportDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool ready = m_preview.has_value() && !busy;
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_format->setEnabled(!busy);
    m_shipped->setEnabled(!busy);
    m_check->setEnabled(ready);
    m_import->setEnabled(ready && !m_checkedSignature.isEmpty() && m_checkedSignature == signature());
    m_copy->setEnabled(m_list->count() > 0);
}

comptoir::io::OrderImportOptions OrderImportDialog::options() const
{
    comptoir::io::OrderImportOptions options;
    options.format = OrderFormat(m_format->currentData().toInt());
    options.shipped = ShippedOrders(m_shipped->currentData().toInt());
    return options;
}

QString OrderImportDialog::signature() const
{
    const QFileInfo file(QDir::fromNativeSeparators(m_file->text()));
    const auto chosen = options();
    return QStringList {file.absoluteFilePath(), QString::number(file.size()),
        QString::number(file.lastModified().toMSecsSinceEpoch()), QString::number(int(chosen.format)),
        QString::number(int(chosen.shipped))}
        .join(QChar(0x1f));
}

void OrderImportDialog::checkFile()
{
    start(false);
}

void OrderImportDialog::importFile()
{
    // Only a file checked as it is now, with these options, is imported (the import checks it again).
    if (m_checkedSignature.isEmpty() || m_checkedSignature != signature())
        return;
    start(true);
}

void OrderImportDialog::start(bool apply)
{
    if (isBusy() || !m_preview)
        return;
    const auto database = m_database;
    const QString path = QDir::fromNativeSeparators(m_file->text());
    const comptoir::io::OrderImportOptions chosen = options();
    auto outcome = std::make_shared<std::optional<comptoir::Result<OrderImportReport>>>();
    auto* job = new comptoir::Job(apply ? tr("Importing orders") : tr("Checking the file"),
        [database, path, chosen, apply, outcome](comptoir::JobControl& control) -> QString {
            OrderImport import(database);
            *outcome = apply ? import.run(path, chosen, control) : import.check(path, chosen, control);
            database->releaseThreadConnection();
            return {};
        });
    m_list->clear();
    connect(
        m_progress, &JobProgress::finished, this,
        [this, apply, outcome] {
            if (*outcome)
                finished(apply, **outcome);
            updateButtons();
        },
        Qt::SingleShotConnection);
    m_progress->start(job);
    updateButtons();
}

void OrderImportDialog::finished(bool apply, const comptoir::Result<OrderImportReport>& outcome)
{
    m_checkedSignature.clear();
    if (!outcome) {
        m_summary->setText(outcome.error().code == comptoir::Error::Code::Cancelled
                ? tr("Cancelled: nothing was changed in the shop.")
                : outcome.error().toString());
        return;
    }
    const OrderImportReport& report = *outcome;
    showReport(report, apply && report.applied);
    if (apply) {
        if (report.applied)
            Q_EMIT imported(report);
        return;
    }
    if (report.hasProblems())
        return;
    m_checkedSignature = signature();
    m_import->setDefault(true);
    m_import->setEnabled(true);
    m_import->setFocus();
}

void OrderImportDialog::showReport(const OrderImportReport& report, bool applied)
{
    m_list->clear();
    const struct
    {
        const comptoir::io::ImportProblems* list;
        QStyle::StandardPixmap icon;
        const char* label;
    } kinds[] = {
        {&report, QStyle::SP_MessageBoxCritical, QT_TR_NOOP("Problem: %1")},
        {&report.warnings, QStyle::SP_MessageBoxWarning, QT_TR_NOOP("Warning: %1")},
        {&report.skipped, QStyle::SP_MessageBoxInformation, QT_TR_NOOP("Skipped: %1")},
    };
    for (const auto& kind : kinds) {
        const QIcon icon = style()->standardIcon(kind.icon);
        for (const auto& problem : kind.list->problems)
            new QListWidgetItem(icon, tr(kind.label).arg(problem.toString()), m_list);
    }
    // The counts are computed first: a template inside tr() confuses lupdate.
    const int problems = int(std::min<qint64>(report.problemCount, INT_MAX));
    const int warnings = int(std::min<qint64>(report.warnings.problemCount, INT_MAX));
    QString text;
    if (report.hasProblems()) {
        text = tr(
            "%n problem(s) found: nothing was imported. Correct the file, then check it again.", nullptr, problems);
    } else if (applied) {
        text = tr("Imported. %1").arg(report.summary());
        m_close->setDefault(true);
        m_close->setFocus();
    } else {
        text = tr("No problem found. The import will do this: %1").arg(report.summary());
    }
    if (warnings > 0)
        text += QLatin1Char(' ') + tr("%n warning(s) to read below.", nullptr, warnings);
    m_summary->setText(text);
    if (report.hasProblems()) {
        m_list->setCurrentRow(0);
        m_list->setFocus();
    }
    m_copy->setEnabled(m_list->count() > 0);
}

QString OrderImportDialog::summaryText() const
{
    return m_summary->text();
}

QStringList OrderImportDialog::listedLines() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row)
        lines << m_list->item(row)->text();
    return lines;
}

void OrderImportDialog::reject()
{
    // Closing while a job runs cancels it first: nothing is half written.
    m_progress->cancelAndWait();
    QDialog::reject();
}
