#pragma once

#include "messages/Templates.h"
#include "storage/Database.h"

#include <QWidget>

class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// Settings ▸ Templates: the shop's message templates (Comptoir's, possibly edited, and its own) in
// each language, edited with their placeholders and previewed with a real order. A template with a
// mistake (an unknown placeholder, an unclosed "{{") is refused where the mistake is; Comptoir's
// templates can be reset to their own words, the shop's own deleted.
class TemplatesSettings final : public QWidget
{
    Q_OBJECT

public:
    // `messages` is the page's bar, told when a template is saved, reset or deleted.
    explicit TemplatesSettings(MessageBar* messages, QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);

    // The template shown, as it is in the shop (not as typed); its key is empty for a new one.
    const comptoir::messages::MessageTemplate& current() const { return m_current; }
    comptoir::messages::MessageTemplate edited() const;
    bool isModified() const;
    // Shows a template; false (staying on the one shown) when its unsaved changes are kept.
    bool showTemplate(const QString& key, const QString& language);

    // Checks and saves the template shown; false, with the mistake shown under the text, when it cannot.
    bool save();
    // Brings back Comptoir's version of an edited template (after asking).
    void reset();
    // Deletes the shop's own template (after asking).
    void remove();
    // Starts a template of the shop's own, in the language shown.
    void newTemplate();
    void insertPlaceholder();

Q_SIGNALS:
    void saved(const QString& key, const QString& language);

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Asks what to do with unsaved changes: true when the template shown may be left.
    bool mayLeave();
    void reloadList(const QString& selectKey);
    void load(const comptoir::messages::MessageTemplate& messageTemplate);
    void chooseLanguage(int index);
    void chooseRow(int row);
    void showProblem(const QString& text);
    // Puts the cursor on the first wrong placeholder of the subject or the text.
    void placeCursorOnMistake();
    void readPreviewOrder();
    void showPreview();
    void updateActions();
    void fillPlaceholders();
    void retranslate();

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    comptoir::messages::MessageTemplate m_current;
    bool m_isNew = false;
    QString m_language = QStringLiteral("fr");
    int m_row = -1; // the list row shown, to go back to when a switch is cancelled
    comptoir::messages::TemplateValues m_values;
    QString m_orderProblem; // why there are no values for the preview
    QWidget* m_lastField = nullptr; // the subject or the text, where placeholders go
    QComboBox* m_languageBox;
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_reset;
    QPushButton* m_delete;
    QLineEdit* m_key;
    QLineEdit* m_name;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QComboBox* m_placeholder;
    QPushButton* m_insert;
    MessageBar* m_problem;
    QPushButton* m_save;
    QLineEdit* m_order;
    QLabel* m_previewSubject;
    QPlainTextEdit* m_previewBody;
    QLabel* m_missing;
    QLabel* m_hint;
    QTimer* m_orderTimer;
};
