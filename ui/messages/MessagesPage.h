#pragma once

#include "messages/Inbox.h"
#include "messages/ThreadList.h"
#include "storage/Database.h"

#include <QWidget>

class MessageBar;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QToolButton;
class ThreadTableModel;

// The Messages page: every conversation with customers, those waiting for an answer first to hand
// (chips: to answer, unread, answered, closed, outbox, all), searched by words, customer or order
// number. The conversation shows on the right with its order; the answer is written below, from a
// template filled with the order's and parcel's details, and sent through the outbox. A draft is
// kept when the merchant moves to another conversation.
class MessagesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MessagesPage(QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    // Reads the list and the counts again, keeping the conversation on screen.
    void refresh();
    void setFilter(comptoir::messages::ThreadList::Filter filter);
    comptoir::messages::ThreadList::Filter filter() const;
    void setSearchText(const QString& text);

    // Shows a conversation (selected in the list when it is in it).
    void openThread(qint64 threadId);
    qint64 currentThread() const { return m_threadId; }
    // A message to an order's customer in the order's latest conversation (a new one when none).
    bool composeForOrder(qint64 orderId);
    // The notice for a parcel's problem (late, lost, damaged…), filled in, ready to review and send.
    bool composeNotice(qint64 shipmentId);
    // A new conversation with anyone (a supplier, a customer with no order yet): asks for the
    // address, name and subject, then opens it with the cursor in the answer.
    void newMessage();
    bool startConversation(const QString& email, const QString& name, const QString& subject);

    // Puts a template (by key) in the answer, in the conversation's language.
    bool insertTemplate(const QString& key);
    // Saves the answer as a draft and queues it for sending. Returns whether it was queued.
    bool send();
    bool saveDraft();
    void discardDraft();
    bool addNote();
    void markUnread();
    void toggleClosed();

    QTableView* threadView() const { return m_threadView; }
    ThreadTableModel* model() const { return m_model; }
    QTextBrowser* conversation() const { return m_conversation; }
    QComboBox* templateCombo() const { return m_templates; }
    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* toEdit() const { return m_to; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* replyEdit() const { return m_reply; }
    QLineEdit* searchEdit() const { return m_search; }
    MessageBar* messages() const { return m_messages; }
    QLabel* missingLabel() const { return m_missing; }
    QPushButton* syncButton() const { return m_sync; }
    // What the last round of mail did (an error in red), next to the Send and receive button.
    void showMailStatus(const QString& text, bool error);
    void setSyncing(bool syncing);
    qint64 draftId() const { return m_draftId; }

Q_SIGNALS:
    // A message was queued: the sender may start.
    void messageQueued(qint64 messageId);
    // The merchant asked to send and fetch mail now.
    void syncRequested();
    // Emitted when the conversation's order is opened (before its window shows).
    void orderOpened(qint64 orderId);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyFilters();
    void updateCounts();
    void showThread(qint64 threadId);
    bool reveal(qint64 threadId);
    void renderConversation();
    void clearReply();
    void fillTemplates();
    void updateActions();
    void retranslate();
    void openOrder();
    void linkClicked(const QUrl& url);
    // Keeps the answer being written as a draft (before leaving the conversation).
    bool keepDraft();
    bool replyIsEmpty() const;
    comptoir::messages::Draft currentDraft() const;

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QButtonGroup* m_chips;
    QList<QToolButton*> m_chipButtons; // by ThreadList::Filter
    QLineEdit* m_search;
    QPushButton* m_newMessage;
    QPushButton* m_sync;
    QLabel* m_mailStatus;
    QTableView* m_threadView;
    ThreadTableModel* m_model;
    QLabel* m_title;
    QLabel* m_customer;
    QPushButton* m_order;
    QPushButton* m_unread;
    QPushButton* m_close;
    QTextBrowser* m_conversation;
    QLineEdit* m_to;
    QLineEdit* m_subject;
    QComboBox* m_templates;
    QComboBox* m_language;
    QPlainTextEdit* m_reply;
    QLabel* m_missing;
    QPushButton* m_send;
    QPushButton* m_saveDraft;
    QPushButton* m_note;
    QPushButton* m_discard;
    QWidget* m_threadPanel;
    QLabel* m_noThread;

    qint64 m_threadId = 0;
    comptoir::messages::Thread m_thread;
    QList<comptoir::messages::Message> m_threadMessages;
    qint64 m_draftId = 0;
    qint64 m_shipmentId = 0; // the parcel a notice being written is about
    QString m_templateKey;
    QString m_insertedBody; // the template text as inserted, to know whether it was edited
    bool m_replyDirty = false;
};
