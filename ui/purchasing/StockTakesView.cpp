#include "purchasing/StockTakesView.h"

#include "catalog/ProductCatalog.h"
#include "inventory/StockLedger.h"
#include "purchasing/StockTakeLineModel.h"
#include "widgets/MessageBar.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace comptoir;
using namespace comptoir::inventory;

StockTakesView::StockTakesView(MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_messages(messages)
    , m_takes(new QComboBox(this))
    , m_new(new QPushButton(this))
    , m_filter(new QComboBox(this))
    , m_scan(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new StockTakeLineModel(this))
    , m_uncountedAsZero(new QCheckBox(this))
    , m_apply(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    m_takes->setObjectName(QStringLiteral("stockTakeChoice"));
    m_new->setObjectName(QStringLiteral("newStockTake"));
    m_filter->setObjectName(QStringLiteral("stockTakeFilter"));
    m_scan->setObjectName(QStringLiteral("stockTakeScan"));
    m_summary->setObjectName(QStringLiteral("stockTakeSummary"));
    m_table->setObjectName(QStringLiteral("stockTakeLines"));
    m_apply->setObjectName(QStringLiteral("applyStockTake"));
    m_cancel->setObjectName(QStringLiteral("cancelStockTake"));
    m_uncountedAsZero->setObjectName(QStringLiteral("uncountedAsZero"));
    for (int i = 0; i < 3; ++i)
        m_filter->addItem(QString());
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(StockTakeLineModel::TitleColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);

    auto* top = new QHBoxLayout;
    top->addWidget(m_takes, 1);
    top->addWidget(m_new);
    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(m_filter);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_uncountedAsZero);
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(scanRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_takes, &QComboBox::currentIndexChanged, this,
        [this](int index) { showTake(index >= 0 ? m_takes->itemData(index).toLongLong() : 0); });
    connect(m_new, &QPushButton::clicked, this, &StockTakesView::askNewTake);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_model->setFilter(StockTakes::Filter(index)); });
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        scan(m_scan->text());
        m_scan->clear();
    });
    connect(m_model, &StockTakeLineModel::countChanged, this, &StockTakesView::updateSummary);
    connect(m_model, &StockTakeLineModel::editFailed, this,
        [this](const QString& message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
    connect(m_apply, &QPushButton::clicked, this, &StockTakesView::apply);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_current.id == 0
            || MessageBox::question(this, tr("Cancel the stock take"),
                   tr("Forget the counts of this stock take? The stock stays as it is."),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
            return;
        if (auto cancelled = StockTakes(m_database).cancel(m_current.id); !cancelled)
            m_messages->showMessage(cancelled.error().toString(), MessageBar::Kind::Error);
        refresh();
    });
    retranslate();
    showTake(0);
}

void StockTakesView::setDatabase(storage::DatabasePtr database)
{
    m_database = std::move(database);
    m_current = StockTakeSummary();
    refresh();
}

void StockTakesView::refresh()
{
    const qint64 keep = m_current.id;
    const QSignalBlocker blocker(m_takes);
    m_takes->clear();
    if (!m_database) {
        showTake(0);
        return;
    }
    auto takes = StockTakes(m_database).list(false);
    if (!takes) {
        m_messages->showMessage(takes.error().toString(), MessageBar::Kind::Error);
        return;
    }
    int select = -1;
    for (const auto& take : *takes) {
        const QString when = QLocale().toString(take.createdAt.toLocalTime(), QLocale::ShortFormat);
        const QString state = take.status == StockTakeStatus::Counting ? tr("counting")
            : take.status == StockTakeStatus::Applied                  ? tr("applied")
                                                                       : tr("cancelled");
        m_takes->addItem(tr("%1 · %2 · %3 (%4)").arg(when, take.location, take.scope, state), take.id);
        if (take.id == keep || (keep == 0 && select < 0 && take.status == StockTakeStatus::Counting))
            select = m_takes->count() - 1;
    }
    if (select < 0 && m_takes->count() > 0)
        select = 0;
    m_takes->setCurrentIndex(select);
    showTake(select >= 0 ? m_takes->itemData(select).toLongLong() : 0);
}

void StockTakesView::showTake(qint64 id)
{
    m_current = StockTakeSummary();
    if (id != 0 && m_database) {
        if (auto take = StockTakes(m_database).summary(id))
            m_current = *take;
        else
            m_messages->showMessage(take.error().toString(), MessageBar::Kind::Error);
    }
    const bool counting = m_current.id != 0 && m_current.status == StockTakeStatus::Counting;
    m_model->setTake(
        m_current.id ? m_database : nullptr, m_current.id, counting, StockTakes::Filter(m_filter->currentIndex()));
    m_scan->setEnabled(counting);
    m_apply->setEnabled(counting);
    m_cancel->setEnabled(counting);
    m_uncountedAsZero->setEnabled(counting);
    m_filter->setEnabled(m_current.id != 0);
    m_table->resizeColumnToContents(StockTakeLineModel::SkuColumn);
    updateSummary();
}

void StockTakesView::updateSummary()
{
    if (m_current.id == 0) {
        m_summary->setText(tr("No stock take yet. Start one to count a location, a category or a range of bins."));
        return;
    }
    if (auto take = StockTakes(m_database).summary(m_current.id))
        m_current = *take;
    const QLocale locale;
    m_summary->setText(tr("%1 of %2 counted · %3 with a variance (+%4 / −%5 units) · %6 at cost")
                           .arg(locale.toString(m_current.counted), locale.toString(m_current.lines),
                               locale.toString(m_current.linesWithVariance), locale.toString(m_current.unitsOver),
                               locale.toString(m_current.unitsShort), m_current.varianceValue.format(locale)));
}

void StockTakesView::askNewTake()
{
    if (!m_database)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newStockTakeDialog"));
    dialog.setWindowTitle(tr("New stock take"));
    auto* location = new QComboBox(&dialog);
    location->setObjectName(QStringLiteral("location"));
    for (const auto& l : StockLedger(m_database).locations().value_or({}))
        location->addItem(l.name, l.id);
    auto* category = new QComboBox(&dialog);
    category->setObjectName(QStringLiteral("category"));
    category->addItem(tr("All categories"), 0);
    for (const auto& c : catalog::ProductCatalog(m_database).categories().value_or({}))
        category->addItem(c.name, c.id);
    auto* binFrom = new QLineEdit(&dialog);
    auto* binTo = new QLineEdit(&dialog);
    binFrom->setPlaceholderText(tr("first bin, e.g. A-01"));
    binTo->setPlaceholderText(tr("last bin, e.g. A-24"));
    auto* note = new QLineEdit(&dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Location:"), location);
    form->addRow(tr("&Category:"), category);
    form->addRow(tr("&From bin:"), binFrom);
    form->addRow(tr("&To bin:"), binTo);
    form->addRow(tr("&Note:"), note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start counting"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        StockTakeScope scope;
        scope.locationId = location->currentData().toLongLong();
        scope.categoryId = category->currentData().toLongLong();
        scope.binFrom = binFrom->text();
        scope.binTo = binTo->text();
        if (start(scope, note->text()))
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Everything in the location that matches is listed with its stock now; scan "
                                    "or type what you find. You can leave and come back later."),
        &dialog));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.exec();
}

bool StockTakesView::start(const StockTakeScope& scope, const QString& note)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto started = StockTakes(m_database).start(scope, note);
    QApplication::restoreOverrideCursor();
    if (!started) {
        m_messages->showMessage(started.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_current.id = *started;
    refresh();
    m_messages->showMessage(tr("Stock take started: scan or type what you count."), MessageBar::Kind::Positive);
    m_scan->setFocus();
    return true;
}

void StockTakesView::scan(const QString& code)
{
    if (m_current.id == 0 || code.trimmed().isEmpty())
        return;
    auto line = StockTakes(m_database).addScan(m_current.id, code);
    if (!line) {
        QApplication::beep();
        m_messages->showMessage(line.error().toString(), MessageBar::Kind::Error);
        return;
    }
    int row = m_model->refreshLine(line->variantId);
    if (row < 0) { // a variant found outside the scope, or not loaded yet
        m_model->reload();
        while (row < 0 && m_model->canFetchMore({})) {
            m_model->fetchMore({});
            row = m_model->refreshLine(line->variantId);
        }
    }
    if (row >= 0)
        m_table->selectRow(row);
    m_messages->showMessage(
        tr("%1: %2 counted").arg(line->sku).arg(line->counted.value_or(0)), MessageBar::Kind::Positive);
    updateSummary();
}

bool StockTakesView::apply()
{
    if (m_current.id == 0)
        return false;
    const bool zero = m_uncountedAsZero->isChecked();
    const QLocale locale;
    const QString question = zero
        ? tr("Set the stock of %1 lines to what was counted, and of the %2 lines not counted to zero?")
              .arg(locale.toString(m_current.counted), locale.toString(m_current.lines - m_current.counted))
        : tr("Set the stock of the %1 counted lines to what was counted? Lines not counted stay as they are.")
              .arg(locale.toString(m_current.counted));
    if (MessageBox::question(
            this, tr("Apply the stock take"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto applied = StockTakes(m_database).apply(m_current.id, zero);
    QApplication::restoreOverrideCursor();
    if (!applied) {
        m_messages->showMessage(applied.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_messages->showMessage(
        tr("Stock take applied: %n stock correction(s) written.", nullptr, int(*applied)), MessageBar::Kind::Positive);
    refresh();
    return true;
}

void StockTakesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StockTakesView::retranslate()
{
    m_new->setText(tr("New stock take…"));
    m_filter->setItemText(0, tr("All lines"));
    m_filter->setItemText(1, tr("Not counted yet"));
    m_filter->setItemText(2, tr("Variances"));
    m_filter->setAccessibleName(tr("Which lines"));
    m_takes->setAccessibleName(tr("Stock take"));
    m_scan->setPlaceholderText(tr("Scan a barcode or type a SKU, then Enter: one more counted"));
    m_scan->setAccessibleName(tr("Scan"));
    m_uncountedAsZero->setText(tr("Lines not counted are &empty"));
    m_apply->setText(tr("&Apply the counts…"));
    m_cancel->setText(tr("Cancel the stock take"));
    m_table->setAccessibleName(tr("Lines of the stock take"));
}
