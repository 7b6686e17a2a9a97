#include "inventory/StockPanel.h"

#include "inventory/StockChangeDialog.h"
#include "inventory/StockLedger.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using comptoir::inventory::StockLedger;

namespace {

QTableWidgetItem* numberItem(qint64 value, bool signedValue = false)
{
    QString text = QLocale().toString(value);
    if (signedValue && value > 0)
        text.prepend(QLatin1Char('+'));
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setUpTable(QTableWidget* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
}

} // namespace

StockPanel::StockPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_levels(new QTableWidget(0, 4, this))
    , m_historyTitle(new QLabel(this))
    , m_history(new QTableWidget(0, 5, this))
    , m_change(new QPushButton(this))
{
    setObjectName(QStringLiteral("stockPanel"));
    m_title->setObjectName(QStringLiteral("stockTitle"));
    m_levels->setObjectName(QStringLiteral("stockLevels"));
    m_history->setObjectName(QStringLiteral("stockHistory"));
    m_change->setObjectName(QStringLiteral("changeStock"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    setUpTable(m_levels);
    setUpTable(m_history);
    m_levels->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_levels->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_levels->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_levels->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_levels->verticalHeader()->setDefaultSectionSize(m_levels->fontMetrics().height() + 8);
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 8);
    m_history->setWordWrap(false);
    setMinimumWidth(360);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_levels);
    layout->addWidget(m_change, 0, Qt::AlignLeft);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);
    connect(m_change, &QPushButton::clicked, this, &StockPanel::changeStock);
    retranslate();
    setVariant(0, {});
}

void StockPanel::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = std::move(database);
    setVariant(0, {});
}

void StockPanel::setVariant(qint64 variantId, const QString& name)
{
    m_variantId = variantId;
    m_name = name;
    refresh();
}

void StockPanel::refresh()
{
    m_levels->setRowCount(0);
    m_history->setRowCount(0);
    m_change->setEnabled(m_database && m_variantId > 0);
    if (!m_database || m_variantId <= 0) {
        m_title->setText(tr("Select a product to see its stock."));
        return;
    }
    m_title->setText(m_name);
    StockLedger ledger(m_database);
    const QLocale locale;
    if (auto levels = ledger.levels(m_variantId)) {
        m_levels->setRowCount(int(levels->size()));
        for (int row = 0; row < levels->size(); ++row) {
            const auto& level = levels->at(row);
            m_levels->setItem(row, 0, new QTableWidgetItem(level.location));
            m_levels->setItem(row, 1, numberItem(level.onHand));
            m_levels->setItem(row, 2, numberItem(level.reserved));
            m_levels->setItem(row, 3, numberItem(level.available()));
        }
        // Show every location without a scroll bar: a shop has a handful.
        m_levels->setFixedHeight(m_levels->horizontalHeader()->sizeHint().height()
            + m_levels->verticalHeader()->defaultSectionSize() * int(levels->size()) + 2 * m_levels->frameWidth());
    }
    if (auto history = ledger.history(m_variantId, kHistoryRows)) {
        m_history->setRowCount(int(history->size()));
        for (int row = 0; row < history->size(); ++row) {
            const auto& movement = history->at(row);
            m_history->setItem(
                row, 0, new QTableWidgetItem(locale.toString(movement.at.toLocalTime(), QLocale::ShortFormat)));
            m_history->setItem(row, 1, new QTableWidgetItem(movement.location));
            m_history->setItem(row, 2, numberItem(movement.quantity, true));
            m_history->setItem(row, 3, new QTableWidgetItem(comptoir::inventory::reasonLabel(movement.reason)));
            QString note = movement.note;
            if (!movement.reference.isEmpty())
                note = note.isEmpty() ? movement.reference : movement.reference + QStringLiteral(" – ") + note;
            m_history->setItem(row, 4, new QTableWidgetItem(note));
            m_history->item(row, 4)->setToolTip(
                tr("By %1").arg(movement.user.isEmpty() ? tr("unknown user") : movement.user));
        }
        m_history->resizeColumnsToContents();
    }
}

void StockPanel::changeStock()
{
    if (!m_database || m_variantId <= 0)
        return;
    auto* dialog = new StockChangeDialog(m_database, m_variantId, m_name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 variant = m_variantId;
    connect(dialog, &QDialog::accepted, this, [this, variant] {
        refresh();
        qint64 onHand = 0, reserved = 0;
        if (auto levels = StockLedger(m_database).levels(variant)) {
            for (const auto& level : *levels) {
                onHand += level.onHand;
                reserved += level.reserved;
            }
        }
        Q_EMIT stockChanged(variant, onHand, reserved);
    });
    dialog->open();
}

void StockPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StockPanel::retranslate()
{
    m_levels->setHorizontalHeaderLabels({tr("Location"), tr("On hand"), tr("Reserved"), tr("Available")});
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Location"), tr("Change"), tr("Reason"), tr("Note")});
    m_historyTitle->setText(tr("Latest stock movements"));
    m_change->setText(tr("C&hange stock…"));
    m_change->setToolTip(tr("Receive, remove, correct, count or transfer stock (Ctrl+Shift+S)"));
    m_levels->setAccessibleName(tr("Stock per location"));
    m_history->setAccessibleName(tr("Stock movements"));
    refresh();
}
