#include "messages/MessagesPage.h"

#include "messages/Outbox.h"
#include "messages/Templates.h"
#include "messages/ThreadTableModel.h"
#include "orders/OrderBook.h"
#include "orders/OrderDialog.h"
#include "shipping/Shipments.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using comptoir::messages::Direction;
using comptoir::messages::Draft;
using comptoir::messages::Inbox;
using comptoir::messages::Message;
using comptoir::messages::MessageState;
using comptoir::messages::MessageTemplate;
using comptoir::messages::Outbox;
using comptoir::messages::Templates;
using comptoir::messages::Thread;
using comptoir::messages::ThreadList;
using comptoir::messages::ThreadStatus;

namespace {

constexpr ThreadList::Filter kFilters[] = {ThreadList::Filter::ToAnswer, ThreadList::Filter::Unread,
    ThreadList::Filter::Answered, ThreadList::Filter::Closed, ThreadList::Filter::Outbox, ThreadList::Filter::All};

QString when(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0);
}

} // namespace

MessagesPage::MessagesPage(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_chips(new QButtonGroup(this))
    , m_search(new QLineEdit(this))
    , m_newMessage(new QPushButton(this))
    , m_sync(new QPushButton(this))
    , m_mailStatus(new QLabel(this))
    , m_threadView(new QTableView(this))
    , m_model(new ThreadTableModel(this))
    , m_title(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_order(new QPushButton(this))
    , m_unread(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_conversation(new QTextBrowser(this))
    , m_to(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_templates(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_reply(new QPlainTextEdit(this))
    , m_missing(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_saveDraft(new QPushButton(this))
    , m_note(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_threadPanel(new QWidget(this))
    , m_noThread(new QLabel(this))
{
    setObjectName(QStringLiteral("messagesPage"));

    auto* top = new QHBoxLayout;
    for (ThreadList::Filter filter : kFilters) {
        auto* chip = new QToolButton(this);
        chip->setCheckable(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        chip->setObjectName(QStringLiteral("chip%1").arg(int(filter)));
        m_chips->addButton(chip, int(filter));
        m_chipButtons << chip;
        top->addWidget(chip);
    }
    m_chips->setExclusive(true);
    m_chipButtons.first()->setChecked(true);
    top->addSpacing(12);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_newMessage->setObjectName(QStringLiteral("newMessageButton"));
    top->addWidget(m_newMessage);
    m_mailStatus->setObjectName(QStringLiteral("mailStatus"));
    top->addWidget(m_mailStatus);
    m_sync->setObjectName(QStringLiteral("syncButton"));
    m_sync->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    top->addWidget(m_sync);

    m_threadView->setObjectName(QStringLiteral("threadView"));
    m_model->setFilters(kFilters[0], QString());
    m_threadView->setModel(m_model);
    m_threadView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_threadView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_threadView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_threadView->verticalHeader()->hide();
    m_threadView->verticalHeader()->setDefaultSectionSize(m_threadView->fontMetrics().height() + 8);
    m_threadView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_threadView->horizontalHeader()->setSectionResizeMode(ThreadTableModel::Subject, QHeaderView::Stretch);
    m_threadView->horizontalHeader()->resizeSection(ThreadTableModel::Customer, 160);
    m_threadView->horizontalHeader()->resizeSection(ThreadTableModel::Order, 80);
    m_threadView->horizontalHeader()->setSectionResizeMode(ThreadTableModel::Date, QHeaderView::ResizeToContents);
    m_threadView->horizontalHeader()->setSectionResizeMode(ThreadTableModel::Status, QHeaderView::ResizeToContents);
    m_threadView->setWordWrap(false);
    m_threadView->setAlternatingRowColors(true);

    // The conversation.
    m_title->setObjectName(QStringLiteral("threadTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_customer->setObjectName(QStringLiteral("threadCustomer"));
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_order->setObjectName(QStringLiteral("openOrderButton"));
    m_unread->setObjectName(QStringLiteral("markUnreadButton"));
    m_close->setObjectName(QStringLiteral("closeThreadButton"));
    auto* header = new QHBoxLayout;
    auto* who = new QVBoxLayout;
    who->addWidget(m_title);
    who->addWidget(m_customer);
    header->addLayout(who, 1);
    header->addWidget(m_order);
    header->addWidget(m_unread);
    header->addWidget(m_close);

    m_conversation->setObjectName(QStringLiteral("conversation"));
    m_conversation->setOpenLinks(false);
    m_conversation->setOpenExternalLinks(false);

    m_to->setObjectName(QStringLiteral("toEdit"));
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_templates->setObjectName(QStringLiteral("templateCombo"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_reply->setObjectName(QStringLiteral("replyEdit"));
    m_reply->setTabChangesFocus(true);
    m_missing->setObjectName(QStringLiteral("missingLabel"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_missing->setVisible(false);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(false);
    m_saveDraft->setObjectName(QStringLiteral("saveDraftButton"));
    m_note->setObjectName(QStringLiteral("addNoteButton"));
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));

    auto* fields = new QFormLayout;
    // Labels named, their text set in retranslate().
    const auto fieldLabel = [this](const char* name, QWidget* buddy) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setBuddy(buddy);
        return label;
    };
    fields->addRow(fieldLabel("toLabel", m_to), m_to);
    fields->addRow(fieldLabel("subjectLabel", m_subject), m_subject);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(m_language);
    fields->addRow(fieldLabel("templateLabel", m_templates), templateRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_discard);
    buttons->addWidget(m_note);
    buttons->addStretch(1);
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_send);

    auto* panelLayout = new QVBoxLayout(m_threadPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addLayout(header);
    auto* vertical = new QSplitter(Qt::Vertical, m_threadPanel);
    vertical->addWidget(m_conversation);
    auto* replyBox = new QWidget(vertical);
    auto* replyLayout = new QVBoxLayout(replyBox);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addLayout(fields);
    replyLayout->addWidget(m_reply, 1);
    replyLayout->addWidget(m_missing);
    replyLayout->addLayout(buttons);
    vertical->addWidget(replyBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);
    panelLayout->addWidget(vertical, 1);

    m_noThread->setObjectName(QStringLiteral("noThreadLabel"));
    m_noThread->setAlignment(Qt::AlignCenter);
    m_noThread->setWordWrap(true);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_threadPanel, 1);
    rightLayout->addWidget(m_noThread, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_threadView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({640, 600});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_chips, &QButtonGroup::idClicked, this, [this] { applyFilters(); });
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &MessagesPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this, searchDelay] {
        searchDelay->stop();
        applyFilters();
    });
    connect(m_threadView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            const Thread* thread = m_model->threadAt(current);
            if (thread && thread->id != m_threadId)
                showThread(thread->id);
        });
    connect(m_model, &LazyTableModel::loadFailed, this,
        [this](const QString& message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
    connect(m_order, &QPushButton::clicked, this, &MessagesPage::openOrder);
    connect(m_newMessage, &QPushButton::clicked, this, &MessagesPage::newMessage);
    connect(m_sync, &QPushButton::clicked, this, &MessagesPage::syncRequested);
    connect(m_unread, &QPushButton::clicked, this, &MessagesPage::markUnread);
    connect(m_close, &QPushButton::clicked, this, &MessagesPage::toggleClosed);
    connect(m_send, &QPushButton::clicked, this, &MessagesPage::send);
    connect(m_saveDraft, &QPushButton::clicked, this, &MessagesPage::saveDraft);
    connect(m_note, &QPushButton::clicked, this, &MessagesPage::addNote);
    connect(m_discard, &QPushButton::clicked, this, &MessagesPage::discardDraft);
    connect(m_conversation, &QTextBrowser::anchorClicked, this, &MessagesPage::linkClicked);
    connect(m_templates, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString key = m_templates->itemData(index).toString();
        if (!key.isEmpty())
            insertTemplate(key);
        m_templates->setCurrentIndex(0);
    });
    connect(m_language, qOverload<int>(&QComboBox::activated), this, [this] { fillTemplates(); });
    connect(m_reply, &QPlainTextEdit::textChanged, this, [this] {
        m_replyDirty = true;
        updateActions();
    });
    connect(m_to, &QLineEdit::textEdited, this, [this] { m_replyDirty = true; });
    connect(m_subject, &QLineEdit::textEdited, this, [this] { m_replyDirty = true; });

    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &MessagesPage::send);
    auto* replyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    replyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(replyShortcut, &QShortcut::activated, this, [this] {
        if (m_threadId > 0)
            m_reply->setFocus();
    });
    auto* draftShortcut = new QShortcut(QKeySequence::Save, this);
    draftShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(draftShortcut, &QShortcut::activated, this, &MessagesPage::saveDraft);

    retranslate();
    showThread(0);
}

void MessagesPage::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = std::move(database);
    m_threadId = 0;
    m_model->setDatabase(m_database);
    showThread(0);
    fillTemplates();
    updateCounts();
}

void MessagesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_database)
        refresh();
}

void MessagesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCounts();
        renderConversation();
    }
    QWidget::changeEvent(event);
}

ThreadList::Filter MessagesPage::filter() const
{
    return ThreadList::Filter(m_chips->checkedId());
}

void MessagesPage::setFilter(ThreadList::Filter filter)
{
    if (auto* chip = m_chips->button(int(filter)))
        chip->setChecked(true);
    applyFilters();
}

void MessagesPage::setSearchText(const QString& text)
{
    m_search->setText(text);
    applyFilters();
}

void MessagesPage::applyFilters()
{
    m_model->setFilters(filter(), m_search->text());
    const int row = m_model->rowOf(m_threadId);
    if (row >= 0)
        m_threadView->setCurrentIndex(m_model->index(row, 0));
    updateCounts();
}

void MessagesPage::refresh()
{
    if (!m_database)
        return;
    const qint64 keep = m_threadId;
    m_model->reload();
    if (keep > 0) {
        const int row = m_model->rowOf(keep);
        if (row >= 0) {
            const QSignalBlocker blocker(m_threadView->selectionModel());
            m_threadView->setCurrentIndex(m_model->index(row, 0));
        }
        // Read again: a mail may have arrived meanwhile.
        if (auto thread = Inbox(m_database).thread(keep)) {
            m_thread = *thread;
            if (auto messages = Inbox(m_database).messages(keep))
                m_threadMessages = *messages;
            renderConversation();
        }
    }
    updateCounts();
}

void MessagesPage::updateCounts()
{
    comptoir::messages::InboxCounts counts;
    if (m_database) {
        if (auto read = Inbox(m_database).counts())
            counts = *read;
    }
    const auto label = [&](ThreadList::Filter filter) -> QString {
        switch (filter) {
        case ThreadList::Filter::ToAnswer:
            return tr("To answer (%1)").arg(counts.open);
        case ThreadList::Filter::Unread:
            return tr("Unread (%1)").arg(counts.unread);
        case ThreadList::Filter::Answered:
            return tr("Answered");
        case ThreadList::Filter::Closed:
            return tr("Closed");
        case ThreadList::Filter::Outbox:
            return counts.failed > 0
                ? tr("Outbox (%1, %2 not sent)").arg(counts.outbox + counts.drafts).arg(counts.failed)
                : tr("Outbox (%1)").arg(counts.outbox + counts.drafts);
        case ThreadList::Filter::All:
            return tr("All");
        }
        return {};
    };
    for (int i = 0; i < m_chipButtons.size(); ++i)
        m_chipButtons[i]->setText(label(kFilters[i]));
}

void MessagesPage::showMailStatus(const QString& text, bool error)
{
    m_mailStatus->setText(text);
    m_mailStatus->setStyleSheet(error ? QStringLiteral("color: #b01e1e;") : QString());
    m_mailStatus->setToolTip(text);
}

void MessagesPage::setSyncing(bool syncing)
{
    m_sync->setEnabled(!syncing);
    if (syncing)
        showMailStatus(tr("Sending and receiving…"), false);
}

void MessagesPage::openThread(qint64 threadId)
{
    const int row = m_model->rowOf(threadId);
    if (row >= 0) {
        m_threadView->setCurrentIndex(m_model->index(row, 0));
        m_threadView->scrollTo(m_model->index(row, 0));
    }
    if (m_threadId != threadId)
        showThread(threadId);
}

bool MessagesPage::keepDraft()
{
    if (m_threadId == 0 || !m_replyDirty || replyIsEmpty())
        return true;
    return saveDraft();
}

bool MessagesPage::replyIsEmpty() const
{
    return m_reply->toPlainText().trimmed().isEmpty();
}

void MessagesPage::showThread(qint64 threadId)
{
    if (threadId != m_threadId && !keepDraft())
        return; // the message bar says why; the answer stays on screen
    m_threadId = threadId;
    m_threadMessages.clear();
    m_thread = Thread();
    clearReply();
    if (threadId > 0 && m_database) {
        Inbox inbox(m_database);
        auto thread = inbox.thread(threadId);
        auto messages = inbox.messages(threadId);
        if (!thread || !messages) {
            m_messages->showMessage((!thread ? thread.error() : messages.error()).toString(), MessageBar::Kind::Error);
            m_threadId = 0;
        } else {
            m_thread = *thread;
            m_threadMessages = *messages;
            if (m_thread.unread > 0) {
                if (auto read = inbox.markRead(threadId); read) {
                    m_thread.unread = 0;
                    m_model->reload();
                    const int row = m_model->rowOf(threadId);
                    if (row >= 0) {
                        const QSignalBlocker blocker(m_threadView->selectionModel());
                        m_threadView->setCurrentIndex(m_model->index(row, 0));
                    }
                    updateCounts();
                }
            }
            // The language of the order's country, when there is an order.
            QString language = QStringLiteral("fr");
            if (m_thread.orderId > 0) {
                if (auto order = comptoir::orders::OrderBook(m_database).load(m_thread.orderId))
                    language = Templates::languageForCountry(order->shipTo.country);
            }
            m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
            fillTemplates();
            // A draft left here comes back.
            for (const Message& message : std::as_const(m_threadMessages)) {
                if (message.state != MessageState::Draft)
                    continue;
                m_draftId = message.id;
                m_to->setText(message.to);
                m_subject->setText(message.subject);
                m_reply->setPlainText(message.body);
                m_shipmentId = message.shipmentId;
                m_templateKey = message.templateKey;
            }
            if (m_draftId == 0) {
                m_to->setText(m_thread.customerName.isEmpty()
                        ? m_thread.customerEmail
                        : QStringLiteral("%1 <%2>").arg(m_thread.customerName, m_thread.customerEmail));
                const QString base = m_thread.subject;
                m_subject->setText(
                    base.startsWith(QLatin1String("Re:"), Qt::CaseInsensitive) ? base : QStringLiteral("Re: ") + base);
            }
            m_replyDirty = false;
        }
    }
    m_threadPanel->setVisible(m_threadId > 0);
    m_noThread->setVisible(m_threadId == 0);
    renderConversation();
    updateActions();
}

void MessagesPage::renderConversation()
{
    if (m_threadId == 0) {
        m_conversation->clear();
        return;
    }
    m_title->setText(m_thread.subject);
    const QString customer = m_thread.customerName.isEmpty()
        ? m_thread.customerEmail
        : QStringLiteral("%1 <%2>").arg(m_thread.customerName, m_thread.customerEmail);
    m_customer->setText(customer);
    m_order->setVisible(m_thread.orderId > 0);
    m_order->setText(tr("Order %1").arg(m_thread.orderNumber));
    m_close->setText(m_thread.status == ThreadStatus::Closed ? tr("Reopen") : tr("Close"));

    QString html = QStringLiteral("<html><body>");
    for (const Message& message : std::as_const(m_threadMessages)) {
        if (message.state == MessageState::Draft)
            continue;
        QString background = QStringLiteral("#f3f6fa");
        QString who;
        if (message.direction == Direction::In) {
            who = message.fromName.isEmpty() ? message.fromAddress : message.fromName;
        } else if (message.direction == Direction::Out) {
            background = QStringLiteral("#eef7ee");
            who = message.user.isEmpty() ? tr("The shop") : tr("The shop (%1)").arg(message.user);
        } else {
            background = QStringLiteral("#fff8e1");
            who = message.user.isEmpty() ? tr("Internal note") : tr("Internal note by %1").arg(message.user);
        }
        QString state;
        if (message.direction == Direction::Out && message.state != MessageState::Sent) {
            state = QStringLiteral(" · <b>%1</b>")
                        .arg(comptoir::messages::messageStateLabel(message.state).toHtmlEscaped());
            if (message.state == MessageState::Queued || message.state == MessageState::Failed)
                state
                    += QStringLiteral(" · <a href=\"edit:%1\">%2</a>").arg(message.id).arg(tr("Edit").toHtmlEscaped());
            if (message.state == MessageState::Failed && message.nextAttemptAt.isValid())
                state += QStringLiteral(" · ")
                    + tr("next try at %1")
                          .arg(QLocale().toString(message.nextAttemptAt.toLocalTime().time(), QLocale::ShortFormat))
                          .toHtmlEscaped();
            if (message.state == MessageState::Failed)
                state += QStringLiteral(" · <a href=\"retry:%1\">%2</a>")
                             .arg(message.id)
                             .arg(tr("Retry now").toHtmlEscaped());
        }
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" style=\"margin-bottom:8px; background:%1\">"
                               "<tr><td>")
                    .arg(background);
        html += QStringLiteral("<div style=\"color:#555\"><b>%1</b> · %2%3</div>")
                    .arg(who.toHtmlEscaped(), when(message.writtenAt).toHtmlEscaped(), state);
        if (message.direction == Direction::Out && !message.to.isEmpty())
            html += QStringLiteral("<div style=\"color:#555\">%1</div>")
                        .arg(tr("To: %1").arg(message.to).toHtmlEscaped());
        if (!message.lastError.isEmpty() && message.state == MessageState::Failed)
            html += QStringLiteral("<div style=\"color:#b01e1e\">%1</div>").arg(message.lastError.toHtmlEscaped());
        html += QStringLiteral("<div style=\"white-space:pre-wrap\">%1</div>").arg(message.body.toHtmlEscaped());
        for (const QString& warning : message.warnings)
            html += QStringLiteral("<div style=\"color:#8a5300\"><i>%1</i></div>").arg(warning.toHtmlEscaped());
        if (message.hadHtml)
            html += QStringLiteral("<div style=\"color:#777\"><i>%1</i></div>")
                        .arg(tr("Sent as a web page: shown here as text, without its images and scripts.")
                                 .toHtmlEscaped());
        for (const auto& attachment : message.attachments)
            html += QStringLiteral("<div>%1 <a href=\"attachment:%2\">%3</a> (%4)</div>")
                        .arg(tr("Attachment:").toHtmlEscaped())
                        .arg(attachment.id)
                        .arg(attachment.fileName.toHtmlEscaped(), sizeText(attachment.size).toHtmlEscaped());
        html += QStringLiteral("</td></tr></table>");
    }
    html += QStringLiteral("</body></html>");
    m_conversation->setHtml(html);
    QTimer::singleShot(0, m_conversation, [browser = m_conversation] {
        browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->maximum());
    });
}

void MessagesPage::clearReply()
{
    m_draftId = 0;
    m_shipmentId = 0;
    m_templateKey.clear();
    m_insertedBody.clear();
    const QSignalBlocker blocker(m_reply);
    m_reply->clear();
    m_to->clear();
    m_subject->clear();
    m_missing->setVisible(false);
    m_replyDirty = false;
}

void MessagesPage::fillTemplates()
{
    m_templates->clear();
    m_templates->addItem(tr("Insert a template…"), QString());
    if (!m_database)
        return;
    auto templates = Templates(m_database).list(m_language->currentData().toString());
    if (!templates)
        return;
    for (const MessageTemplate& t : *templates)
        if (!Templates::isReviewReply(t.key)) // those answer reviews, on the Reviews page
            m_templates->addItem(t.name, t.key);
}

bool MessagesPage::insertTemplate(const QString& key)
{
    if (!m_database || m_threadId == 0)
        return false;
    const QString language = m_language->currentData().toString();
    auto found = Templates(m_database).find(key, language);
    if (!found) {
        m_messages->showMessage(found.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    auto values = m_thread.orderId > 0
        ? comptoir::messages::valuesForOrder(m_database, m_thread.orderId, m_shipmentId, language)
        : comptoir::messages::valuesForShop(m_database, language);
    if (!values) {
        m_messages->showMessage(values.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    if (m_thread.orderId == 0) {
        // Not about an order: the customer's name is all there is.
        const QString name = m_thread.customerName.trimmed();
        values->insert(QStringLiteral("customer.name"), name);
        values->insert(QStringLiteral("customer.first_name"), name.section(QLatin1Char(' '), 0, 0));
        values->insert(QStringLiteral("customer.last_name"), name.section(QLatin1Char(' '), 1));
        values->insert(QStringLiteral("customer.email"), m_thread.customerEmail);
    }
    QStringList missing;
    const QString body = comptoir::messages::renderTemplate(found->body, *values, &missing);
    const QString subject = comptoir::messages::renderTemplate(found->subject, *values, &missing);
    const bool untouched = replyIsEmpty() || m_reply->toPlainText() == m_insertedBody;
    if (untouched) {
        m_reply->setPlainText(body);
        if (!subject.trimmed().isEmpty())
            m_subject->setText(subject);
    } else {
        m_reply->textCursor().insertText(body);
    }
    m_insertedBody = m_reply->toPlainText();
    m_templateKey = key;
    m_replyDirty = true;
    if (missing.isEmpty()) {
        m_missing->setVisible(false);
    } else {
        QStringList names;
        for (const QString& name : std::as_const(missing))
            names << QStringLiteral("{{%1}}").arg(name);
        m_missing->setText(
            tr("No value for %1 here: check the text before sending.").arg(names.join(QStringLiteral(", "))));
        m_missing->setVisible(true);
    }
    m_reply->setFocus();
    updateActions();
    return true;
}

Draft MessagesPage::currentDraft() const
{
    Draft draft;
    draft.threadId = m_threadId;
    draft.to = m_to->text().trimmed();
    draft.subject = m_subject->text().trimmed();
    draft.body = m_reply->toPlainText();
    draft.templateKey = m_templateKey;
    draft.shipmentId = m_shipmentId;
    return draft;
}

bool MessagesPage::saveDraft()
{
    if (!m_database || m_threadId == 0)
        return false;
    auto saved = Inbox(m_database).saveDraft(currentDraft(), m_draftId);
    if (!saved) {
        m_messages->showMessage(
            tr("The draft could not be kept: %1").arg(saved.error().toString()), MessageBar::Kind::Error);
        return false;
    }
    m_draftId = *saved;
    m_replyDirty = false;
    updateCounts();
    return true;
}

bool MessagesPage::send()
{
    if (!m_database || m_threadId == 0)
        return false;
    if (replyIsEmpty()) {
        m_messages->showMessage(tr("Write the answer first."), MessageBar::Kind::Error);
        return false;
    }
    if (!saveDraft())
        return false;
    auto queued = Outbox(m_database).queue(m_draftId);
    if (!queued) {
        m_messages->showMessage(queued.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    const qint64 sent = m_draftId;
    const qint64 threadId = m_threadId;
    m_replyDirty = false;
    m_messages->showMessage(tr("Message to %1 put in the outbox.").arg(m_to->text()), MessageBar::Kind::Positive);
    m_threadId = 0; // read the conversation again, without its draft
    refresh();
    showThread(threadId);
    openThread(threadId);
    Q_EMIT messageQueued(sent);
    return true;
}

void MessagesPage::discardDraft()
{
    if (m_draftId > 0 && m_database) {
        if (auto deleted = Inbox(m_database).deleteDraft(m_draftId); !deleted) {
            m_messages->showMessage(deleted.error().toString(), MessageBar::Kind::Error);
            return;
        }
    }
    const qint64 threadId = m_threadId;
    m_replyDirty = false;
    m_threadId = 0;
    showThread(threadId);
    updateCounts();
}

bool MessagesPage::addNote()
{
    if (!m_database || m_threadId == 0)
        return false;
    // The text lives on as the note: its draft goes with it.
    auto note = Inbox(m_database).addNote(m_threadId, m_reply->toPlainText(), m_draftId);
    if (!note) {
        m_messages->showMessage(note.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    const qint64 threadId = m_threadId;
    m_replyDirty = false;
    m_threadId = 0;
    showThread(threadId);
    refresh();
    return true;
}

void MessagesPage::markUnread()
{
    if (!m_database || m_threadId == 0)
        return;
    if (auto marked = Inbox(m_database).markUnread(m_threadId); !marked) {
        m_messages->showMessage(marked.error().toString(), MessageBar::Kind::Error);
        return;
    }
    if (!keepDraft())
        return;
    // Leave it, as a mail client does.
    m_threadId = 0;
    m_threadView->clearSelection();
    showThread(0);
    refresh();
}

void MessagesPage::toggleClosed()
{
    if (!m_database || m_threadId == 0)
        return;
    const ThreadStatus status = m_thread.status == ThreadStatus::Closed
        ? (m_thread.lastDirection == Direction::In ? ThreadStatus::Open : ThreadStatus::Answered)
        : ThreadStatus::Closed;
    if (auto set = Inbox(m_database).setStatus(m_threadId, status); !set) {
        m_messages->showMessage(set.error().toString(), MessageBar::Kind::Error);
        return;
    }
    m_thread.status = status;
    refresh();
}

bool MessagesPage::composeForOrder(qint64 orderId)
{
    if (!m_database)
        return false;
    Inbox inbox(m_database);
    auto threads = inbox.threadsForOrder(orderId);
    if (!threads) {
        m_messages->showMessage(threads.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    qint64 threadId = threads->isEmpty() ? 0 : threads->first().id;
    if (threadId == 0) {
        auto started = inbox.startThreadForOrder(orderId);
        if (!started) {
            m_messages->showMessage(started.error().toString(), MessageBar::Kind::Error);
            return false;
        }
        threadId = *started;
        m_model->reload();
    }
    return reveal(threadId);
}

bool MessagesPage::reveal(qint64 threadId)
{
    // Shown whatever the chip: the merchant asked for it.
    if (m_model->rowOf(threadId) < 0) {
        if (auto* chip = m_chips->button(int(ThreadList::Filter::All)))
            chip->setChecked(true);
        m_search->clear();
        m_model->setFilters(ThreadList::Filter::All, QString());
        while (m_model->rowOf(threadId) < 0 && m_model->canFetchMore({}))
            m_model->fetchMore({});
    }
    openThread(threadId);
    updateCounts();
    return m_threadId == threadId;
}

void MessagesPage::newMessage()
{
    if (!m_database)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newMessageDialog"));
    dialog.setWindowTitle(tr("New message"));
    auto* email = new QLineEdit(&dialog);
    email->setObjectName(QStringLiteral("emailEdit"));
    email->setPlaceholderText(tr("name@example.com"));
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    auto* subject = new QLineEdit(&dialog);
    subject->setObjectName(QStringLiteral("subjectEdit"));
    auto* error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    error->setVisible(false);
    auto* form = new QFormLayout;
    form->addRow(tr("&Email address:"), email);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Subject:"), subject);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // Checked before the dialog closes: a wrong address is fixed in place.
        auto addresses = Outbox::addresses(email->text());
        if (!addresses || addresses->size() != 1) {
            error->setText(tr("“%1” is not an email address.").arg(email->text().trimmed()));
            error->setVisible(true);
            email->setFocus();
            email->selectAll();
            return;
        }
        dialog.accept();
    });
    dialog.resize(dialog.sizeHint().expandedTo(QSize(420, 0)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    startConversation(email->text(), name->text(), subject->text());
}

bool MessagesPage::startConversation(const QString& email, const QString& name, const QString& subject)
{
    if (!m_database)
        return false;
    if (!replyIsEmpty() && m_reply->toPlainText() != m_insertedBody && !keepDraft())
        return false;
    auto started = Inbox(m_database).startThread(email, name, subject);
    if (!started) {
        m_messages->showMessage(started.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_model->reload();
    if (!reveal(*started))
        return false;
    m_reply->setFocus();
    return true;
}

bool MessagesPage::composeNotice(qint64 shipmentId)
{
    if (!m_database)
        return false;
    comptoir::shipping::Shipments shipments(m_database);
    auto parcel = shipments.load(shipmentId);
    if (!parcel) {
        m_messages->showMessage(parcel.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    if (!composeForOrder(parcel->orderId))
        return false;
    // Judged today by the parcel's own rules (its carrier, the holidays).
    const comptoir::shipping::Problem problem = parcel->problem;
    if (problem == comptoir::shipping::Problem::None) {
        m_messages->showMessage(
            tr("This parcel has no problem to tell the customer about."), MessageBar::Kind::Information);
        return false;
    }
    auto notice = Templates(m_database)
                      .forProblem(comptoir::shipping::problemKey(problem), m_language->currentData().toString());
    if (!notice) {
        m_messages->showMessage(notice.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    if (!replyIsEmpty() && m_reply->toPlainText() != m_insertedBody && !keepDraft())
        return false;
    {
        const QSignalBlocker blocker(m_reply);
        m_reply->clear();
    }
    m_shipmentId = shipmentId;
    return insertTemplate(notice->key);
}

void MessagesPage::openOrder()
{
    if (!m_database || m_thread.orderId == 0)
        return;
    Q_EMIT orderOpened(m_thread.orderId);
    OrderDialog dialog(m_database, m_thread.orderId, this);
    dialog.exec();
}

void MessagesPage::linkClicked(const QUrl& url)
{
    if (!m_database)
        return;
    const qint64 id = url.path().toLongLong();
    if (url.scheme() == QLatin1String("attachment")) {
        QString name;
        for (const Message& message : std::as_const(m_threadMessages))
            for (const auto& attachment : message.attachments)
                if (attachment.id == id)
                    name = attachment.fileName;
        // Only the file's own name: a mail cannot choose the folder.
        name = QFileInfo(name).fileName();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        const QString path = FileDialog::saveFileName(this, tr("Save the attachment"), QDir(folder).filePath(name), {});
        if (path.isEmpty())
            return;
        auto data = Inbox(m_database).attachmentData(id);
        QSaveFile file(path);
        if (!data || !file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
            m_messages->showMessage(
                tr("The attachment could not be saved to %1: %2")
                    .arg(QDir::toNativeSeparators(path), !data ? data.error().toString() : file.errorString()),
                MessageBar::Kind::Error);
            return;
        }
        m_messages->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Kind::Positive);
    } else if (url.scheme() == QLatin1String("retry")) {
        if (auto retried = Outbox(m_database).retryNow(id); !retried)
            m_messages->showMessage(retried.error().toString(), MessageBar::Kind::Error);
        else
            Q_EMIT messageQueued(id);
        refresh();
    } else if (url.scheme() == QLatin1String("edit")) {
        if (!keepDraft())
            return;
        if (auto back = Outbox(m_database).unqueue(id); !back) {
            m_messages->showMessage(back.error().toString(), MessageBar::Kind::Error);
            return;
        }
        const qint64 threadId = m_threadId;
        m_threadId = 0;
        showThread(threadId);
        updateCounts();
    }
}

void MessagesPage::updateActions()
{
    const bool thread = m_database && m_threadId > 0;
    const bool text = !replyIsEmpty();
    m_send->setEnabled(thread && text);
    m_saveDraft->setEnabled(thread && text);
    m_note->setEnabled(thread && text);
    m_discard->setEnabled(thread && (text || m_draftId > 0));
    m_unread->setEnabled(thread);
    m_close->setEnabled(thread);
}

void MessagesPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search words, customers, order numbers (Ctrl+F)"));
    m_newMessage->setText(tr("New message…"));
    m_newMessage->setToolTip(tr("Write to someone who has no conversation yet (Ctrl+Shift+M)"));
    m_newMessage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_sync->setText(tr("Send and receive"));
    m_sync->setToolTip(tr("Send the outbox and fetch new mail now (F9); Comptoir also does it every five minutes"));
    m_sync->setShortcut(QKeySequence(Qt::Key_F9));
    m_unread->setText(tr("Mark unread"));
    m_unread->setToolTip(tr("Keep this conversation in bold, to come back to it"));
    m_close->setText(m_thread.status == ThreadStatus::Closed ? tr("Reopen") : tr("Close"));
    m_close->setToolTip(tr("Nothing left to do: the conversation leaves “To answer” until the customer writes again"));
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Put the answer in the outbox (Ctrl+Enter)"));
    m_saveDraft->setText(tr("Save draft"));
    m_saveDraft->setToolTip(tr("Keep the answer to finish later (Ctrl+S)"));
    m_note->setText(tr("Add as note"));
    m_note->setToolTip(tr("Keep the text in the conversation as an internal note: the customer does not see it"));
    m_discard->setText(tr("Discard"));
    m_reply->setPlaceholderText(tr("Write the answer here (Ctrl+R), or insert a template above."));
    m_noThread->setText(tr("Pick a conversation in the list."));
    if (auto* label = findChild<QLabel*>(QStringLiteral("toLabel")))
        label->setText(tr("&To:"));
    if (auto* label = findChild<QLabel*>(QStringLiteral("subjectLabel")))
        label->setText(tr("S&ubject:"));
    if (auto* label = findChild<QLabel*>(QStringLiteral("templateLabel")))
        label->setText(tr("Te&mplate:"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, ThreadTableModel::ColumnCount - 1);
    fillTemplates();
}
