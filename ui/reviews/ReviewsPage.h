#pragma once

#include "reviews/ReviewList.h"
#include "reviews/Reviews.h"
#include "storage/Database.h"

#include <QHash>
#include <QWidget>

class MessageBar;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;
class ReviewInsights;
class ReviewTableModel;

// The Reviews page: the triage queue first — unhappy reviews waiting for an answer, oldest first,
// then the happy ones — worked through from the keyboard: read the review with its order, parcel
// problems and conversation one click away, confirm why the customer was unhappy, answer from the
// template for that cause (in the customer's language, with a length counter), or ignore it; the
// next review comes up. The Insights tab shows what the reviews teach: causes over the months and
// the products with the most unhappy reviews.
class ReviewsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsPage(QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    void refresh();
    void setFilter(comptoir::reviews::ReviewList::Filter filter);
    comptoir::reviews::ReviewList::Filter filter() const;
    void setSearchText(const QString& text);
    // Only the reviews of one product / with one cause (every state), as the Insights tab asks.
    void showProduct(qint64 productId);
    void showCause(comptoir::reviews::Cause cause);

    void openReview(qint64 reviewId);
    qint64 currentReview() const { return m_reviewId; }
    // The next / previous review of the list (Alt+Down / Alt+Up).
    bool next();
    bool previous();
    // Saves the reply (the review is answered) and moves to the next one (Ctrl+Enter).
    bool saveReply();
    // Nothing to answer (Ctrl+I): ignored, and the next one.
    bool ignore();
    // Toggles a cause (Alt+1 … Alt+7): applies (confirmed) or not (rejected).
    void toggleCause(comptoir::reviews::Cause cause);
    bool insertTemplate(const QString& key);
    // The import and export dialogs (window-modal, not blocking).
    void importReviews();
    void exportReviews();
    // Asking delivered customers for a review (window-modal, not blocking).
    void askForReviews();

    QTableView* table() const { return m_table; }
    ReviewTableModel* model() const { return m_model; }
    QTextBrowser* reviewText() const { return m_text; }
    QPlainTextEdit* replyEdit() const { return m_reply; }
    QComboBox* templateCombo() const { return m_templates; }
    QComboBox* languageCombo() const { return m_language; }
    QLabel* counter() const { return m_counter; }
    QLineEdit* searchEdit() const { return m_search; }
    MessageBar* messages() const { return m_messages; }
    QTabWidget* tabs() const { return m_tabs; }
    ReviewInsights* insights() const { return m_insights; }
    QCheckBox* causeBox(comptoir::reviews::Cause cause) const;

Q_SIGNALS:
    void orderRequested(qint64 orderId);
    void conversationRequested(qint64 threadId);
    // Write to the customer of an order (no conversation yet).
    void writeRequested(qint64 orderId);
    void productRequested(qint64 productId);
    // Review requests were drafted in conversations.
    void requestsDrafted();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyFilters();
    void updateCounts();
    void showReview(qint64 reviewId);
    void renderReview();
    void fillTemplates();
    void updateCounter();
    void updateActions();
    void retranslate();
    void linkClicked(const QUrl& url);
    // Keeps the reply being written for when the merchant comes back to the review.
    void keepDraft();
    bool moveBy(int step);
    void showNextAfter(qint64 reviewId);
    void selectRow(int row);

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QTabWidget* m_tabs;
    QButtonGroup* m_chips;
    QList<QToolButton*> m_chipButtons;
    QComboBox* m_causeFilter;
    QLineEdit* m_search;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_ask;
    QTableView* m_table;
    ReviewTableModel* m_model;
    QWidget* m_panel;
    QLabel* m_none;
    QLabel* m_stars;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_context;
    QTextBrowser* m_text;
    QList<QCheckBox*> m_causeBoxes; // by Cause
    QLabel* m_causesLabel;
    QComboBox* m_templates;
    QComboBox* m_language;
    QPlainTextEdit* m_reply;
    QLabel* m_counter;
    QLabel* m_missing;
    QPushButton* m_ignore;
    QPushButton* m_later;
    QPushButton* m_save;
    ReviewInsights* m_insights;

    qint64 m_reviewId = 0;
    comptoir::reviews::Review m_review;
    QHash<qint64, QString> m_drafts; // replies being written, by review
    qint64 m_productFilter = 0;
};
