#include "io/ColumnMappingDialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using comptoir::io::ColumnMapping;
using comptoir::io::ImportField;

namespace {

enum Column
{
    FileColumn,
    Example,
    Field,
};

// Mappings are kept per header: the same columns in any order are the same kind of file.
QString settingsKey(const QStringList& header)
{
    QStringList names;
    for (const QString& name : header)
        names << name.trimmed();
    names.sort();
    const QByteArray digest
        = QCryptographicHash::hash(names.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("import/mappings/") + QString::fromLatin1(digest);
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(
    const QStringList& header, const QList<QStringList>& rows, const ColumnMapping& mapping, QWidget* parent)
    : QDialog(parent)
    , m_header(header)
    , m_table(new QTableWidget(int(header.size()), 3, this))
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Which column is which?"));
    auto* intro = new QLabel(tr("Choose the Comptoir field each column of the file holds. Columns set to "
                                "“Ignore” are left out; a SKU column is required."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setAccessibleName(tr("Columns of the file"));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Example"), tr("Comptoir field")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Example, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < header.size(); ++row) {
        const QString name = header.at(row).trimmed();
        m_table->setItem(row, FileColumn, new QTableWidgetItem(name));
        QStringList examples;
        for (const QStringList& line : rows) {
            if (!line.value(row).trimmed().isEmpty())
                examples << line.value(row).trimmed().left(60);
        }
        m_table->setItem(row, Example, new QTableWidgetItem(examples.join(QStringLiteral(" · "))));
        auto* field = new QComboBox(m_table);
        field->setAccessibleName(tr("Field for the column “%1”").arg(name));
        field->addItem(tr("Ignore"), QString());
        for (ImportField f : ColumnMapping::allFields())
            field->addItem(ColumnMapping::fieldLabel(f), ColumnMapping::fieldKey(f));
        const auto chosen = mapping.fields.constFind(name);
        if (chosen != mapping.fields.constEnd())
            field->setCurrentIndex(field->findData(ColumnMapping::fieldKey(*chosen)));
        m_table->setCellWidget(row, Field, field);
    }
    m_table->resizeColumnToContents(FileColumn);
    m_table->resizeColumnToContents(Field);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mappingOk"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        remember(m_header, this->mapping());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping mapping;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* field = qobject_cast<QComboBox*>(m_table->cellWidget(row, Field));
        ImportField chosen;
        if (field && ColumnMapping::fieldFromKey(field->currentData().toString(), chosen))
            mapping.fields.insert(m_table->item(row, FileColumn)->text(), chosen);
    }
    return mapping;
}

ColumnMapping ColumnMappingDialog::remembered(const QStringList& header)
{
    const QVariantMap saved = QSettings().value(settingsKey(header)).toMap();
    if (saved.isEmpty())
        return ColumnMapping::guess(header);
    ColumnMapping mapping;
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        ImportField field;
        if (ColumnMapping::fieldFromKey(it.value().toString(), field))
            mapping.fields.insert(it.key(), field);
    }
    return mapping;
}

void ColumnMappingDialog::remember(const QStringList& header, const ColumnMapping& mapping)
{
    QVariantMap saved;
    for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it)
        saved.insert(it.key(), ColumnMapping::fieldKey(it.value()));
    QSettings().setValue(settingsKey(header), saved);
}
