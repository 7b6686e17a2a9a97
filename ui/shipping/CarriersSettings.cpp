#include "shipping/CarriersSettings.h"

#include "shipping/CarrierDialog.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBar.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::shipping;

CarriersSettings::CarriersSettings(MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_messages(messages)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_edit(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_import(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("carriersTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NumbersColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 11);
    const struct
    {
        QPushButton* button;
        const char* name;
    } buttons[] = {{m_edit, "editCarrier"}, {m_add, "addCarrier"}, {m_reset, "resetCarrier"},
        {m_export, "exportCarriers"}, {m_import, "importCarriers"}};
    auto* column = new QVBoxLayout;
    for (const auto& b : buttons) {
        b.button->setObjectName(QString::fromLatin1(b.name));
        b.button->setAutoDefault(false);
        column->addWidget(b.button);
    }
    column->addStretch(1);
    connect(m_edit, &QPushButton::clicked, this, &CarriersSettings::editCurrent);
    connect(m_add, &QPushButton::clicked, this, &CarriersSettings::addCarrier);
    connect(m_reset, &QPushButton::clicked, this, &CarriersSettings::resetCurrent);
    connect(m_export, &QPushButton::clicked, this, [this] { exportTo(); });
    connect(m_import, &QPushButton::clicked, this, [this] { importFrom(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CarriersSettings::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &CarriersSettings::editCurrent);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(column);
    retranslate();
}

void CarriersSettings::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Carrier"), tr("Tracking numbers"), tr("Services"), tr("Possibly lost after"), tr("Version")});
    m_table->setAccessibleName(tr("Carriers"));
    m_edit->setText(tr("Edi&t…"));
    m_edit->setToolTip(tr("Change the carrier's tracking page, number shapes, services and transit times"));
    m_add->setText(tr("Add carrier…"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the shop's carriers as a JSON file, to edit or to use in another shop"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Read carriers from a JSON file: each one replaces the carrier of the same key"));
    reload();
}

void CarriersSettings::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CarriersSettings::setDatabase(storage::DatabasePtr database)
{
    m_database = std::move(database);
    reload();
}

void CarriersSettings::reload()
{
    const QString current = currentKey();
    m_table->setRowCount(0);
    m_carriers.clear();
    if (!m_database)
        return;
    auto carriers = Carriers(m_database).list();
    if (!carriers) {
        m_messages->showMessage(carriers.error().toString(), MessageBar::Kind::Error);
        return;
    }
    m_carriers = *carriers;
    m_table->setRowCount(int(m_carriers.size()));
    for (int row = 0; row < m_carriers.size(); ++row) {
        const Carrier& c = m_carriers[row];
        auto* name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, c.key);
        name->setToolTip(c.trackingUrl);
        m_table->setItem(row, NameColumn, name);
        QStringList examples;
        for (const NumberFormat& format : c.numbers)
            examples << (format.example.isEmpty() ? format.pattern : format.example);
        m_table->setItem(row, NumbersColumn,
            new QTableWidgetItem(examples.isEmpty() ? tr("Any number") : examples.join(QStringLiteral(", "))));
        QStringList services;
        for (const CarrierService& service : c.services)
            services << service.name;
        auto* servicesItem = new QTableWidgetItem(QLocale().toString(services.size()));
        servicesItem->setToolTip(services.join(QLatin1Char('\n')));
        servicesItem->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, ServicesColumn, servicesItem);
        auto* lost = new QTableWidgetItem(tr("%n working day(s)", nullptr, c.lostAfterDays));
        m_table->setItem(row, LostAfterColumn, lost);
        m_table->setItem(row, OriginColumn,
            new QTableWidgetItem(!c.builtIn ? tr("The shop's own")
                    : c.edited              ? tr("Edited")
                                            : tr("Comptoir's")));
    }
    m_table->resizeColumnToContents(NameColumn);
    m_table->resizeColumnToContents(LostAfterColumn);
    m_table->resizeColumnToContents(OriginColumn);
    selectKey(current);
    updateButtons();
}

QString CarriersSettings::currentKey() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, NameColumn) || m_table->selectedItems().isEmpty())
        return {};
    return m_table->item(row, NameColumn)->data(Qt::UserRole).toString();
}

void CarriersSettings::selectKey(const QString& key)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == key)
            m_table->selectRow(row);
}

void CarriersSettings::updateButtons()
{
    const QString key = currentKey();
    const Carrier* c = nullptr;
    for (const Carrier& carrier : std::as_const(m_carriers))
        if (carrier.key == key)
            c = &carrier;
    m_edit->setEnabled(c != nullptr);
    m_reset->setEnabled(c && (!c->builtIn || c->edited));
    m_reset->setText(c && !c->builtIn ? tr("Remove") : tr("Reset"));
    m_reset->setToolTip(c && !c->builtIn ? tr("Remove this carrier: only while no parcel went with it")
                                         : tr("Back to Comptoir's version of this carrier"));
    m_add->setEnabled(m_database != nullptr);
    m_export->setEnabled(!m_carriers.isEmpty());
    m_import->setEnabled(m_database != nullptr);
}

void CarriersSettings::editCurrent()
{
    const QString key = currentKey();
    for (const Carrier& c : std::as_const(m_carriers)) {
        if (c.key != key)
            continue;
        CarrierDialog dialog(m_database, c, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            m_messages->showMessage(tr("Carrier %1 saved.").arg(dialog.carrier().name), MessageBar::Kind::Positive);
            Q_EMIT carriersChanged();
        }
        return;
    }
}

void CarriersSettings::addCarrier()
{
    CarrierDialog dialog(m_database, Carrier {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectKey(dialog.carrier().key);
    m_messages->showMessage(tr("Carrier %1 added.").arg(dialog.carrier().name), MessageBar::Kind::Positive);
    Q_EMIT carriersChanged();
}

void CarriersSettings::resetCurrent()
{
    const QString key = currentKey();
    if (key.isEmpty())
        return;
    const auto reset = Carriers(m_database).reset(key);
    if (!reset) {
        m_messages->showMessage(reset.error().toString(), MessageBar::Kind::Error);
        return;
    }
    reload();
    m_messages->showMessage(tr("Carrier reset."), MessageBar::Kind::Positive);
    Q_EMIT carriersChanged();
}

bool CarriersSettings::exportTo(const QString& path)
{
    QString file = path;
    if (file.isEmpty())
        file = FileDialog::saveFileName(this, tr("Export the shop's carriers"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("carriers.json")),
            tr("JSON files (*.json)"));
    if (file.isEmpty())
        return false;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(Carriers::toJson(m_carriers)) < 0 || !out.commit()) {
        m_messages->showMessage(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()),
            MessageBar::Kind::Error);
        return false;
    }
    m_messages->showMessage(
        tr("%n carrier(s) exported to %1.", nullptr, int(m_carriers.size())).arg(QDir::toNativeSeparators(file)),
        MessageBar::Kind::Positive);
    return true;
}

bool CarriersSettings::importFrom(const QString& path)
{
    QString file = path;
    if (file.isEmpty())
        file = FileDialog::openFileName(this, tr("Import carriers"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("JSON files (*.json)"));
    if (file.isEmpty())
        return false;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        m_messages->showMessage(
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(file), in.errorString()), MessageBar::Kind::Error);
        return false;
    }
    auto carriers = Carriers::fromJson(in.readAll(), QDir::toNativeSeparators(file));
    if (!carriers) {
        m_messages->showMessage(carriers.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    // Only carriers that differ from what the shop has are saved: importing an export changes nothing.
    const auto saved = Carriers(m_database).saveAll(*carriers);
    if (!saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    reload();
    m_messages->showMessage(tr("%n carrier(s) imported.", nullptr, *saved), MessageBar::Kind::Positive);
    Q_EMIT carriersChanged();
    return true;
}
