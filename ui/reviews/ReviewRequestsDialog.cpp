#include "reviews/ReviewRequestsDialog.h"

#include "messages/Templates.h"
#include "reviews/ReviewRequests.h"
#include "settings/ShopSettings.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using comptoir::reviews::ReviewRequests;

namespace {

// The orders listed; the count goes on past them.
constexpr int kListed = 200;

} // namespace

ReviewRequestsDialog::ReviewRequestsDialog(comptoir::storage::DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_today(QDateTime::currentDateTimeUtc().date())
    , m_messages(new MessageBar(this))
    , m_days(new QSpinBox(this))
    , m_url(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_draft(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewRequestsDialog"));
    setWindowTitle(tr("Ask for reviews"));
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(0, 90);
    m_days->setSpecialValueText(tr("Never"));
    m_days->setSuffix(tr(" days after delivery"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("https://g.page/r/…/review"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("dueTable"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Customer"), tr("Delivered")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    m_draft->setObjectName(QStringLiteral("draftButton"));
    m_draft->setText(tr("Draft the requests"));
    m_draft->setToolTip(tr("Write each request as a draft in its order's conversation, to read and send from "
                           "the Messages page"));

    if (auto days = ReviewRequests(m_database).requestDays())
        m_days->setValue(*days);
    if (auto url = comptoir::settings::ShopSettings(m_database)
                       .value(QString::fromLatin1(comptoir::messages::Templates::kReviewUrlKey)))
        m_url->setText(*url);

    auto* form = new QFormLayout;
    form->addRow(tr("&Ask:"), m_days);
    form->addRow(tr("&Review page:"), m_url);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_draft, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_draft, &QPushButton::clicked, this, &ReviewRequestsDialog::draftAll);
    // Settings kept as soon as they are typed, drafted or not.
    connect(m_url, &QLineEdit::editingFinished, this, &ReviewRequestsDialog::saveSettings);
    connect(m_days, &QSpinBox::editingFinished, this, [this] {
        if (saveSettings())
            listDue();
    });
    listDue();
}

void ReviewRequestsDialog::setToday(const QDate& today)
{
    m_today = today;
    listDue();
}

bool ReviewRequestsDialog::saveSettings()
{
    ReviewRequests requests(m_database);
    if (auto saved = requests.setRequestDays(m_days->value()); !saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    if (auto saved
        = comptoir::settings::ShopSettings(m_database)
              .setValue(QString::fromLatin1(comptoir::messages::Templates::kReviewUrlKey), m_url->text().trimmed());
        !saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    return true;
}

void ReviewRequestsDialog::listDue()
{
    m_table->setRowCount(0);
    m_due = 0;
    ReviewRequests requests(m_database);
    QVariantList cursor;
    for (;;) {
        auto page = requests.due(m_today, 500, cursor);
        if (!page) {
            m_messages->showMessage(page.error().toString(), MessageBar::Kind::Error);
            break;
        }
        for (const auto& due : *page) {
            if (m_table->rowCount() < kListed) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_table->setItem(row, OrderColumn, new QTableWidgetItem(due.orderNumber));
                m_table->setItem(row, CustomerColumn,
                    new QTableWidgetItem(QStringLiteral("%1 <%2>").arg(due.customerName, due.email)));
                m_table->setItem(row, DeliveredColumn,
                    new QTableWidgetItem(
                        QLocale().toString(due.deliveredAt.toLocalTime().date(), QLocale::ShortFormat)));
            }
        }
        m_due += int(page->size());
        if (page->size() < 500)
            break;
    }
    m_count->setText(m_days->value() == 0 ? tr("Customers are never asked for a review.")
            : m_due == 0                  ? tr("No delivered order is due for a request today.")
                                          : tr("%n delivered order(s) due for a request today.", nullptr, m_due));
    m_draft->setEnabled(m_due > 0);
}

int ReviewRequestsDialog::draftAll()
{
    if (!saveSettings())
        return 0;
    if (m_url->text().trimmed().isEmpty()) {
        m_messages->showMessage(tr("Give the address of the page where customers write their review: the request "
                                   "links to it."),
            MessageBar::Kind::Error);
        m_url->setFocus();
        return 0;
    }
    auto result = ReviewRequests(m_database).draftAll(m_today);
    if (!result) {
        m_messages->showMessage(result.error().toString(), MessageBar::Kind::Error);
        return 0;
    }
    QString text
        = tr("%n request(s) drafted: read and send them from the Messages page (Outbox).", nullptr, result->drafted);
    if (!result->failures.isEmpty())
        text += QLatin1Char(' ') + tr("Not drafted: %1").arg(result->failures.join(QStringLiteral("; ")));
    m_messages->showMessage(
        text, result->failures.isEmpty() ? MessageBar::Kind::Positive : MessageBar::Kind::Information);
    listDue();
    if (result->drafted > 0)
        Q_EMIT drafted(result->drafted);
    return result->drafted;
}
