#include "messages/TemplatesSettings.h"

#include "widgets/MessageBar.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

using comptoir::messages::MessageTemplate;
using comptoir::messages::Templates;

namespace {

constexpr int kKeyRole = Qt::UserRole;

QLabel* named(QWidget* parent, const char* name, QWidget* buddy)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setBuddy(buddy);
    return label;
}

// The first placeholder of `text` the core refuses (unknown or unclosed), if any.
std::optional<comptoir::messages::PlaceholderUse> firstMistake(const QString& text)
{
    for (const auto& use : comptoir::messages::placeholdersIn(text))
        if (use.name.isEmpty() || !comptoir::messages::isPlaceholder(use.name))
            return use;
    return std::nullopt;
}

} // namespace

TemplatesSettings::TemplatesSettings(MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_messages(messages)
    , m_languageBox(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_key(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_placeholder(new QComboBox(this))
    , m_insert(new QPushButton(this))
    , m_problem(new MessageBar(this))
    , m_save(new QPushButton(this))
    , m_order(new QLineEdit(this))
    , m_previewSubject(new QLabel(this))
    , m_previewBody(new QPlainTextEdit(this))
    , m_missing(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_orderTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("templatesSettings"));
    m_languageBox->setObjectName(QStringLiteral("templateLanguage"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_new->setObjectName(QStringLiteral("newTemplateButton"));
    m_reset->setObjectName(QStringLiteral("resetTemplateButton"));
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    m_key->setObjectName(QStringLiteral("templateKey"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_placeholder->setObjectName(QStringLiteral("templatePlaceholder"));
    m_insert->setObjectName(QStringLiteral("insertPlaceholderButton"));
    m_problem->setObjectName(QStringLiteral("templateProblem"));
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_order->setObjectName(QStringLiteral("previewOrder"));
    m_previewSubject->setObjectName(QStringLiteral("previewSubject"));
    m_previewBody->setObjectName(QStringLiteral("previewBody"));
    m_missing->setObjectName(QStringLiteral("previewMissing"));

    for (const QString& language : Templates::languages())
        m_languageBox->addItem(QString(), language);
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_previewBody->setReadOnly(true);
    m_previewBody->setTabChangesFocus(true);
    m_previewSubject->setWordWrap(true);
    m_previewSubject->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_previewSubject->setTextFormat(Qt::PlainText);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_problem->hide();
    m_orderTimer->setSingleShot(true);
    m_orderTimer->setInterval(300);
    m_lastField = m_body;
    // The descriptions are long: the combo box does not widen the form for them.
    m_placeholder->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_placeholder->setMinimumContentsLength(24);
    // The list shows about ten templates; the editor and the preview share the rest.
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    auto* languageLine = new QHBoxLayout;
    languageLine->addWidget(named(this, "templateLanguageLabel", m_languageBox));
    languageLine->addWidget(m_languageBox);
    languageLine->addStretch();

    auto* form = new QFormLayout;
    form->addRow(named(this, "templateKeyLabel", m_key), m_key);
    form->addRow(named(this, "templateNameLabel", m_name), m_name);
    form->addRow(named(this, "templateSubjectLabel", m_subject), m_subject);
    form->addRow(named(this, "templateBodyLabel", m_body), m_body);
    auto* placeholderLine = new QHBoxLayout;
    placeholderLine->addWidget(m_placeholder, 1);
    placeholderLine->addWidget(m_insert);
    form->addRow(named(this, "templatePlaceholderLabel", m_placeholder), placeholderLine);

    auto* editor = new QHBoxLayout;
    editor->addWidget(m_list, 2);
    editor->addLayout(form, 5);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_save);

    auto* preview = new QGroupBox(this);
    preview->setObjectName(QStringLiteral("templatePreviewBox"));
    auto* previewForm = new QFormLayout(preview);
    previewForm->addRow(named(this, "previewOrderLabel", m_order), m_order);
    previewForm->addRow(named(this, "previewSubjectLabel", m_previewSubject), m_previewSubject);
    previewForm->addRow(m_previewBody);
    previewForm->addRow(m_missing);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addLayout(languageLine);
    layout->addLayout(editor);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(preview);

    setTabOrder(m_languageBox, m_list);
    setTabOrder(m_list, m_key);
    setTabOrder(m_key, m_name);
    setTabOrder(m_name, m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_placeholder);
    setTabOrder(m_placeholder, m_insert);
    setTabOrder(m_insert, m_save);
    setTabOrder(m_save, m_new);
    setTabOrder(m_new, m_reset);
    setTabOrder(m_reset, m_delete);
    setTabOrder(m_delete, m_order);
    setTabOrder(m_order, m_previewBody);

    connect(m_languageBox, &QComboBox::activated, this, &TemplatesSettings::chooseLanguage);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesSettings::chooseRow);
    connect(m_new, &QPushButton::clicked, this, &TemplatesSettings::newTemplate);
    connect(m_reset, &QPushButton::clicked, this, &TemplatesSettings::reset);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesSettings::remove);
    connect(m_save, &QPushButton::clicked, this, &TemplatesSettings::save);
    connect(m_insert, &QPushButton::clicked, this, &TemplatesSettings::insertPlaceholder);
    // The combo box is narrower than the descriptions: the whole of the chosen one on hovering.
    connect(m_placeholder, &QComboBox::currentIndexChanged, this,
        [this] { m_placeholder->setToolTip(m_placeholder->currentText()); });
    for (QLineEdit* field : {m_key, m_name, m_subject})
        connect(field, &QLineEdit::textChanged, this, [this] {
            showPreview();
            updateActions();
        });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        showPreview();
        updateActions();
    });
    // A key that cannot be one is said at once, as saving would.
    connect(m_key, &QLineEdit::textEdited, this, [this](const QString& key) {
        if (auto valid = Templates::checkKey(key.trimmed()); !valid && !key.trimmed().isEmpty())
            showProblem(valid.error().toString());
        else
            m_problem->hide();
    });
    connect(m_order, &QLineEdit::textEdited, m_orderTimer, qOverload<>(&QTimer::start));
    connect(m_order, &QLineEdit::returnPressed, this, &TemplatesSettings::readPreviewOrder);
    connect(m_orderTimer, &QTimer::timeout, this, &TemplatesSettings::readPreviewOrder);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_subject || now == m_body)
            m_lastField = now;
    });
    retranslate();
    updateActions();
}

void TemplatesSettings::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = std::move(database);
    setEnabled(m_database != nullptr);
    m_order->clear();
    m_values.clear();
    reloadList({});
    readPreviewOrder();
    // The most recent order, written out so the merchant sees which one and can change it.
    m_order->setText(m_values.value(QStringLiteral("order.number")));
}

MessageTemplate TemplatesSettings::edited() const
{
    MessageTemplate t = m_current;
    if (m_isNew)
        t.key = m_key->text().trimmed();
    t.language = m_language;
    t.name = m_name->text();
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    return t;
}

bool TemplatesSettings::isModified() const
{
    const MessageTemplate t = edited();
    if (m_isNew)
        return !t.key.isEmpty() || !t.name.isEmpty() || !t.subject.isEmpty() || !t.body.isEmpty();
    return t.name != m_current.name || t.subject != m_current.subject || t.body != m_current.body;
}

bool TemplatesSettings::mayLeave()
{
    if (!isModified())
        return true;
    const QString name = m_name->text().trimmed().isEmpty() ? tr("the new template") : m_name->text().trimmed();
    const auto answer = MessageBox::question(this, tr("Unsaved changes"), tr("Save your changes to “%1”?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool TemplatesSettings::showTemplate(const QString& key, const QString& language)
{
    if (!m_database)
        return false;
    if (!m_isNew && key == m_current.key && language == m_language)
        return true;
    if (!mayLeave())
        return false;
    if (language != m_language) {
        m_language = language;
        const QSignalBlocker blocker(m_languageBox);
        m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(language)));
        readPreviewOrder();
    }
    reloadList(key);
    return m_current.key == key;
}

void TemplatesSettings::chooseLanguage(int index)
{
    const QString language = m_languageBox->itemData(index).toString();
    if (language == m_language)
        return;
    if (!mayLeave()) {
        const QSignalBlocker blocker(m_languageBox);
        m_languageBox->setCurrentIndex(m_languageBox->findData(m_language));
        return;
    }
    m_language = language;
    // Dates and amounts are written in the template's language.
    readPreviewOrder();
    reloadList(m_isNew ? QString() : m_current.key);
}

void TemplatesSettings::chooseRow(int row)
{
    if (row < 0 || (row == m_row && !m_isNew))
        return;
    // Taken first: saving the changes shown reads the list again.
    const QString key = m_list->item(row)->data(kKeyRole).toString();
    if (!mayLeave()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_row);
        return;
    }
    reloadList(key);
}

void TemplatesSettings::reloadList(const QString& selectKey)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_row = -1;
    if (!m_database) {
        load({});
        return;
    }
    auto templates = Templates(m_database).list(m_language);
    if (!templates) {
        m_messages->showMessage(templates.error().toString(), MessageBar::Kind::Error);
        return;
    }
    int select = 0;
    for (const MessageTemplate& t : std::as_const(*templates)) {
        auto* item = new QListWidgetItem(t.edited ? tr("%1 (edited)").arg(t.name) : t.name, m_list);
        item->setData(kKeyRole, t.key);
        item->setToolTip(t.edited ? tr("One of Comptoir's templates, changed for the shop")
                : t.builtIn       ? tr("One of Comptoir's templates")
                                  : tr("A template of the shop's own"));
        if (t.edited) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        if (t.key == selectKey)
            select = m_list->count() - 1;
    }
    // Wide enough for the longest name, whatever the language.
    m_list->setMinimumWidth(
        m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width());
    if (templates->isEmpty()) {
        load({});
        return;
    }
    m_row = select;
    m_list->setCurrentRow(select);
    load(templates->at(select));
}

void TemplatesSettings::load(const MessageTemplate& messageTemplate)
{
    m_current = messageTemplate;
    m_isNew = false;
    m_key->setText(m_current.key);
    m_key->setReadOnly(true);
    m_name->setText(m_current.name);
    m_subject->setText(m_current.subject);
    m_body->setPlainText(m_current.body);
    m_problem->hide();
    showPreview();
    updateActions();
}

void TemplatesSettings::newTemplate()
{
    if (!m_database || !mayLeave())
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    m_row = -1;
    m_current = MessageTemplate();
    m_current.language = m_language;
    m_isNew = true;
    m_key->setReadOnly(false);
    m_key->clear();
    m_name->clear();
    m_subject->clear();
    m_body->clear();
    m_problem->hide();
    updateActions();
    m_key->setFocus();
}

bool TemplatesSettings::save()
{
    if (!m_database)
        return false;
    const MessageTemplate t = edited();
    Templates templates(m_database);
    if (m_isNew) {
        if (auto key = Templates::checkKey(t.key); !key) {
            showProblem(key.error().toString());
            m_key->setFocus();
            return false;
        }
        // A new template never replaces one: that is what editing it is for.
        if (templates.find(t.key, t.language)) {
            showProblem(tr("There is already a template “%1” in this language: choose another key.").arg(t.key));
            m_key->setFocus();
            return false;
        }
    }
    if (auto saved = templates.save(t); !saved) {
        showProblem(saved.error().toString());
        placeCursorOnMistake();
        return false;
    }
    m_messages->showMessage(tr("Template “%1” saved.").arg(t.name.trimmed()), MessageBar::Kind::Positive);
    m_isNew = false;
    m_current.key = t.key; // so the list selects it, and isModified() is false while it reloads
    reloadList(t.key);
    Q_EMIT saved(t.key, t.language);
    return true;
}

void TemplatesSettings::reset()
{
    if (!m_database || m_isNew || !m_current.builtIn)
        return;
    if (!m_current.edited) {
        // Only typed changes to undo: nothing in the shop changes.
        load(m_current);
        return;
    }
    const auto answer = MessageBox::question(this, tr("Reset the template"),
        tr("Bring back Comptoir's version of “%1”? The shop's changes to it are lost.").arg(m_current.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const QString key = m_current.key;
    if (auto removed = Templates(m_database).remove(key, m_language); !removed) {
        m_messages->showMessage(removed.error().toString(), MessageBar::Kind::Error);
        return;
    }
    reloadList(key);
    m_messages->showMessage(tr("“%1” is Comptoir's version again.").arg(m_current.name), MessageBar::Kind::Positive);
}

void TemplatesSettings::remove()
{
    if (!m_database || m_isNew || m_current.builtIn || m_current.key.isEmpty())
        return;
    const auto answer = MessageBox::question(this, tr("Delete the template"),
        tr("Delete the template “%1”? Messages already written with it are kept.").arg(m_current.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const QString name = m_current.name;
    if (auto removed = Templates(m_database).remove(m_current.key, m_language); !removed) {
        m_messages->showMessage(removed.error().toString(), MessageBar::Kind::Error);
        return;
    }
    m_current = MessageTemplate();
    reloadList({});
    m_messages->showMessage(tr("Template “%1” deleted.").arg(name), MessageBar::Kind::Positive);
}

void TemplatesSettings::insertPlaceholder()
{
    const QString name = m_placeholder->currentData().toString();
    if (name.isEmpty())
        return;
    const QString text = QStringLiteral("{{") + name + QStringLiteral("}}");
    if (m_lastField == m_subject) {
        m_subject->insert(text);
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(text);
        m_body->setFocus();
    }
}

void TemplatesSettings::showProblem(const QString& text)
{
    m_problem->showMessage(text, MessageBar::Kind::Error);
}

void TemplatesSettings::placeCursorOnMistake()
{
    // The core checks the subject first, then the text: the same order here.
    if (const auto use = firstMistake(m_subject->text())) {
        m_subject->setFocus();
        m_subject->setCursorPosition(use->column - 1);
        return;
    }
    if (const auto use = firstMistake(m_body->toPlainText())) {
        const QTextBlock block = m_body->document()->findBlockByNumber(use->line - 1);
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + use->column - 1);
        m_body->setTextCursor(cursor);
        m_body->setFocus();
        return;
    }
    if (m_name->text().trimmed().isEmpty())
        m_name->setFocus();
    else if (m_body->toPlainText().trimmed().isEmpty())
        m_body->setFocus();
}

void TemplatesSettings::readPreviewOrder()
{
    m_orderTimer->stop();
    m_values.clear();
    m_orderProblem.clear();
    if (!m_database) {
        showPreview();
        return;
    }
    const QString number = m_order->text().trimmed();
    auto order = Templates(m_database).previewOrder(number);
    if (order && *order != 0) {
        if (auto values = comptoir::messages::valuesForOrder(m_database, *order, 0, m_language))
            m_values = *values;
        else
            m_orderProblem = values.error().toString();
    } else {
        if (!order)
            m_orderProblem = order.error().toString();
        else if (number.isEmpty())
            m_orderProblem = tr("The shop has no order yet: the preview shows the shop's own details only.");
        else
            m_orderProblem = tr("There is no order %1.").arg(number);
        if (auto values = comptoir::messages::valuesForShop(m_database, m_language))
            m_values = *values;
    }
    showPreview();
}

void TemplatesSettings::showPreview()
{
    const MessageTemplate t = edited();
    QStringList missing;
    m_previewSubject->setText(comptoir::messages::renderTemplate(t.subject, m_values, &missing));
    m_previewBody->setPlainText(comptoir::messages::renderTemplate(t.body, m_values, &missing));
    QStringList notes;
    if (!m_orderProblem.isEmpty())
        notes << m_orderProblem;
    if (!missing.isEmpty()) {
        for (QString& name : missing)
            name = QStringLiteral("{{") + name + QStringLiteral("}}");
        notes << tr("Missing for this order (left empty): %1").arg(missing.join(QStringLiteral(", ")));
    }
    m_missing->setText(notes.join(QLatin1Char('\n')));
    m_missing->setVisible(!notes.isEmpty());
}

void TemplatesSettings::updateActions()
{
    const bool modified = isModified();
    m_save->setEnabled(m_database != nullptr && (modified || m_isNew));
    m_reset->setEnabled(!m_isNew && m_current.builtIn && (m_current.edited || modified));
    m_delete->setEnabled(!m_isNew && !m_current.builtIn && !m_current.key.isEmpty());
    m_key->setEnabled(m_isNew || !m_current.key.isEmpty());
}

bool TemplatesSettings::event(QEvent* event)
{
    // Ctrl+S in the editor saves the template, not the page's form (whose shortcut covers the page).
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Save)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void TemplatesSettings::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Save)) {
        save();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TemplatesSettings::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TemplatesSettings::fillPlaceholders()
{
    const QString chosen = m_placeholder->currentData().toString();
    m_placeholder->clear();
    for (const auto& placeholder : comptoir::messages::placeholders())
        m_placeholder->addItem(tr("{{%1}} — %2").arg(placeholder.name, placeholder.description), placeholder.name);
    m_placeholder->setCurrentIndex(std::max(0, m_placeholder->findData(chosen)));
}

void TemplatesSettings::retranslate()
{
    const struct
    {
        const char* name;
        const char* text;
    } labels[] = {
        {"templateLanguageLabel", QT_TR_NOOP("Templates in:")},
        {"templateKeyLabel", QT_TR_NOOP("&Key:")},
        {"templateNameLabel", QT_TR_NOOP("Na&me:")},
        {"templateSubjectLabel", QT_TR_NOOP("Su&bject:")},
        {"templateBodyLabel", QT_TR_NOOP("Te&xt:")},
        {"templatePlaceholderLabel", QT_TR_NOOP("Placeholder:")},
        {"previewOrderLabel", QT_TR_NOOP("Preview &with order:")},
        {"previewSubjectLabel", QT_TR_NOOP("Subject:")},
    };
    for (const auto& label : labels)
        if (auto* widget = findChild<QLabel*>(QLatin1String(label.name))) {
            widget->setText(tr(label.text));
            if (QWidget* buddy = widget->buddy())
                buddy->setAccessibleName(tr(label.text).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
        }
    m_languageBox->setItemText(0, tr("French"));
    m_languageBox->setItemText(1, tr("English"));
    m_list->setAccessibleName(tr("Message templates"));
    m_previewBody->setAccessibleName(tr("Preview of the text"));
    m_previewSubject->setAccessibleName(tr("Preview of the subject"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("templatePreviewBox")))
        box->setTitle(tr("Preview"));
    m_hint->setText(tr("The messages Comptoir proposes to customers: a reply, and a notice for each parcel problem. "
                       "Placeholders such as {{order.number}} are filled from the order when a message is written. "
                       "Templates marked “edited” are Comptoir's, changed for the shop."));
    m_key->setPlaceholderText(tr("e.g. thank-you (lower-case letters, digits, dashes)"));
    m_key->setToolTip(tr("How the template is known to Comptoir; set once, when the template is made"));
    m_order->setPlaceholderText(tr("The most recent order"));
    m_order->setToolTip(tr("The number of the order whose details fill the preview"));
    m_new->setText(tr("New template"));
    m_new->setToolTip(tr("Start a template of the shop's own, in the language shown"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Bring back Comptoir's version of this template"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete this template of the shop's own"));
    m_insert->setText(tr("Insert"));
    m_insert->setToolTip(tr("Insert the placeholder at the cursor, in the subject or the text"));
    m_save->setText(tr("Save template"));
    m_save->setToolTip(tr("Save the template (Ctrl+S)"));
    fillPlaceholders();
    // The "(edited)" marks, in the new language; typed changes are never thrown away for it.
    if (m_database && !m_isNew && !isModified())
        reloadList(m_current.key);
}
