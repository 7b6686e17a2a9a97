#include "reports/ReportExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using comptoir::reports::CsvExportOptions;

namespace {

const QString kDelimiterKey = QStringLiteral("reports/csv/delimiter");
const QString kDecimalKey = QStringLiteral("reports/csv/decimalSeparator");
const QString kBomKey = QStringLiteral("reports/csv/byteOrderMark");
const QString kDateFormatKey = QStringLiteral("reports/csv/dateFormat");
const QString kGeometryKey = QStringLiteral("reports/csvDialog/geometry");

QString visible(QChar c)
{
    return c == QLatin1Char('\t') ? QStringLiteral("→") : QString(c);
}

} // namespace

ReportExportDialog::ReportExportDialog(QWidget* parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_decimal(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start the file with a &byte order mark (BOM)"), this))
    , m_dateFormat(new QComboBox(this))
    , m_example(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reportCsvDialog"));
    setWindowTitle(tr("Export CSV"));
    m_preset->setObjectName(QStringLiteral("reportCsvPreset"));
    m_delimiter->setObjectName(QStringLiteral("reportCsvDelimiter"));
    m_decimal->setObjectName(QStringLiteral("reportCsvDecimal"));
    m_bom->setObjectName(QStringLiteral("reportCsvBom"));
    m_dateFormat->setObjectName(QStringLiteral("reportCsvDateFormat"));
    m_example->setObjectName(QStringLiteral("reportCsvExample"));
    m_problem->setObjectName(QStringLiteral("reportCsvProblem"));

    m_preset->addItem(tr("French Excel (; and decimal comma, BOM, 31/12/2026)"), int(FrenchExcel));
    m_preset->addItem(tr("Standard (RFC 4180: , and decimal point, ISO dates, no BOM)"), int(Standard));
    m_preset->addItem(tr("Custom"), int(Custom));
    m_delimiter->addItem(tr("; (semicolon)"), QStringLiteral(";"));
    m_delimiter->addItem(tr(", (comma)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("| (vertical bar)"), QStringLiteral("|"));
    m_decimal->addItem(tr(", (comma)"), QStringLiteral(","));
    m_decimal->addItem(tr(". (point)"), QStringLiteral("."));
    m_dateFormat->setEditable(true);
    m_dateFormat->setInsertPolicy(QComboBox::NoInsert);
    for (const char* format : {"dd/MM/yyyy", "yyyy-MM-dd", "MM/dd/yyyy", "dd.MM.yyyy"})
        m_dateFormat->addItem(QString::fromLatin1(format));
    m_dateFormat->lineEdit()->setObjectName(QStringLiteral("reportCsvDateFormatEdit"));
    m_dateFormat->setToolTip(tr("dd: day, MM: month, yyyy: year; for example dd/MM/yyyy or yyyy-MM-dd"));

    m_preset->setAccessibleName(tr("Preset"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_decimal->setAccessibleName(tr("Decimal separator"));
    m_bom->setAccessibleName(tr("Byte order mark"));
    m_bom->setToolTip(tr("Excel needs it to read accents right; other programs may show it as odd characters"));
    m_dateFormat->setAccessibleName(tr("Date format"));
    m_example->setTextFormat(Qt::PlainText);
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_example->setFont(mono);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    // Room for two lines of reason, kept even when there is none, so the dialog never jumps.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2 + 4);

    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Preset:"), m_preset);
    row(tr("&Delimiter:"), m_delimiter);
    row(tr("D&ecimal separator:"), m_decimal);
    form->addRow(QString(), m_bom);
    row(tr("Date &format:"), m_dateFormat);
    form->addRow(tr("Example:"), m_example);
    form->addRow(QString(), m_problem);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose the file…"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reportCsvOk"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, qOverload<int>(&QComboBox::activated), this,
        [this](int index) { applyPreset(m_preset->itemData(index).toInt()); });
    connect(m_delimiter, qOverload<int>(&QComboBox::currentIndexChanged), this, &ReportExportDialog::optionsEdited);
    connect(m_decimal, qOverload<int>(&QComboBox::currentIndexChanged), this, &ReportExportDialog::optionsEdited);
    connect(m_bom, &QCheckBox::toggled, this, &ReportExportDialog::optionsEdited);
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, &ReportExportDialog::optionsEdited);

    setOptions(rememberedOptions());
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
}

ReportExportDialog::~ReportExportDialog()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
}

CsvExportOptions ReportExportDialog::rememberedOptions()
{
    const QSettings settings;
    const CsvExportOptions fallback = CsvExportOptions::frenchExcel();
    CsvExportOptions options;
    const QString delimiter = settings.value(kDelimiterKey, QString(fallback.delimiter)).toString();
    const QString decimal = settings.value(kDecimalKey, QString(fallback.decimalSeparator)).toString();
    options.delimiter = delimiter.size() == 1 ? delimiter.front() : fallback.delimiter;
    options.decimalSeparator = decimal.size() == 1 ? decimal.front() : fallback.decimalSeparator;
    options.byteOrderMark = settings.value(kBomKey, fallback.byteOrderMark).toBool();
    options.dateFormat = settings.value(kDateFormatKey, fallback.dateFormat).toString();
    return options.validate() ? options : fallback;
}

CsvExportOptions ReportExportDialog::options() const
{
    CsvExportOptions options;
    const QString delimiter = m_delimiter->currentData().toString();
    const QString decimal = m_decimal->currentData().toString();
    if (delimiter.size() == 1)
        options.delimiter = delimiter.front();
    if (decimal.size() == 1)
        options.decimalSeparator = decimal.front();
    options.byteOrderMark = m_bom->isChecked();
    options.dateFormat = m_dateFormat->currentText().trimmed();
    return options;
}

void ReportExportDialog::setOptions(const CsvExportOptions& options)
{
    m_updating = true;
    const int delimiter = m_delimiter->findData(QString(options.delimiter));
    if (delimiter < 0)
        m_delimiter->addItem(visible(options.delimiter), QString(options.delimiter));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QString(options.delimiter)));
    const int decimal = m_decimal->findData(QString(options.decimalSeparator));
    if (decimal < 0)
        m_decimal->addItem(QString(options.decimalSeparator), QString(options.decimalSeparator));
    m_decimal->setCurrentIndex(m_decimal->findData(QString(options.decimalSeparator)));
    m_bom->setChecked(options.byteOrderMark);
    m_dateFormat->setCurrentText(options.dateFormat);
    m_updating = false;
    optionsEdited();
}

void ReportExportDialog::applyPreset(int preset)
{
    if (preset == FrenchExcel)
        setOptions(CsvExportOptions::frenchExcel());
    else if (preset == Standard)
        setOptions(CsvExportOptions::standard());
    else
        m_delimiter->setFocus(); // Custom: the options are for the user to set
}

void ReportExportDialog::optionsEdited()
{
    if (m_updating)
        return;
    // The preset shown is the one the options are, whichever way they were set.
    const CsvExportOptions current = options();
    const Preset preset = current == CsvExportOptions::frenchExcel() ? FrenchExcel
        : current == CsvExportOptions::standard()                    ? Standard
                                                                     : Custom;
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    validate();
}

void ReportExportDialog::validate()
{
    const CsvExportOptions current = options();
    const comptoir::Status valid = current.validate();
    m_problem->setText(valid ? QString() : QStringLiteral("⚠ ") + valid.error().message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
    if (valid) {
        // What a line of the file looks like: a date, an amount, a percentage.
        const QString separator = visible(current.delimiter);
        const QChar point = current.decimalSeparator;
        m_example->setText(QDate(2026, 12, 31).toString(current.dateFormat) + separator + QStringLiteral("1234") + point
            + QStringLiteral("50") + separator + QStringLiteral("12") + point + QStringLiteral("50"));
    } else {
        m_example->clear();
    }
}

QString ReportExportDialog::problemText() const
{
    return m_problem->text();
}

void ReportExportDialog::accept()
{
    const CsvExportOptions current = options();
    if (!current.validate()) {
        validate();
        return;
    }
    QSettings settings;
    settings.setValue(kDelimiterKey, QString(current.delimiter));
    settings.setValue(kDecimalKey, QString(current.decimalSeparator));
    settings.setValue(kBomKey, current.byteOrderMark);
    settings.setValue(kDateFormatKey, current.dateFormat);
    QDialog::accept();
}
