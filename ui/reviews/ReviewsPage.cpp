#include "reviews/ReviewsPage.h"

#include "messages/Inbox.h"
#include "messages/Templates.h"
#include "reviews/ReviewExportDialog.h"
#include "reviews/ReviewImportDialog.h"
#include "reviews/ReviewInsights.h"
#include "reviews/ReviewReplies.h"
#include "reviews/ReviewRequestsDialog.h"
#include "reviews/ReviewTableModel.h"
#include "shipping/Shipments.h"
#include "widgets/MessageBar.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
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
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using comptoir::messages::Templates;
using comptoir::reviews::Cause;
using comptoir::reviews::CauseState;
using comptoir::reviews::CauseTag;
using comptoir::reviews::Review;
using comptoir::reviews::ReviewBook;
using comptoir::reviews::ReviewList;
using comptoir::reviews::ReviewStatus;

namespace {

constexpr ReviewList::Filter kFilters[] = {ReviewList::Filter::Queue, ReviewList::Filter::Unhappy,
    ReviewList::Filter::Answered, ReviewList::Filter::Ignored, ReviewList::Filter::All};

QString link(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, text.toHtmlEscaped());
}

} // namespace

ReviewsPage::ReviewsPage(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_chips(new QButtonGroup(this))
    , m_causeFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_ask(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_model(new ReviewTableModel(this))
    , m_panel(new QWidget(this))
    , m_none(new QLabel(this))
    , m_stars(new QLabel(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_context(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_causesLabel(new QLabel(this))
    , m_templates(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_reply(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_ignore(new QPushButton(this))
    , m_later(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_insights(new ReviewInsights(this))
{
    setObjectName(QStringLiteral("reviewsPage"));
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));

    // The filters.
    auto* top = new QHBoxLayout;
    for (ReviewList::Filter filter : kFilters) {
        auto* chip = new QToolButton(this);
        chip->setCheckable(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        chip->setObjectName(QStringLiteral("reviewChip%1").arg(int(filter)));
        m_chips->addButton(chip, int(filter));
        m_chipButtons << chip;
        top->addWidget(chip);
    }
    m_chips->setExclusive(true);
    m_chipButtons.first()->setChecked(true);
    top->addSpacing(12);
    m_causeFilter->setObjectName(QStringLiteral("causeFilter"));
    top->addWidget(m_causeFilter);
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_ask->setObjectName(QStringLiteral("askButton"));
    top->addWidget(m_ask);
    top->addWidget(m_import);
    top->addWidget(m_export);

    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ReviewTableModel::Review, QHeaderView::Stretch);
    header->setSectionResizeMode(ReviewTableModel::Rating, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReviewTableModel::Date, QHeaderView::ResizeToContents);
    header->resizeSection(ReviewTableModel::Product, 110);
    header->resizeSection(ReviewTableModel::Author, 90);
    header->resizeSection(ReviewTableModel::Causes, 100);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(ReviewTableModel::Status, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    // The review.
    m_stars->setObjectName(QStringLiteral("starsLabel"));
    QFont starsFont = m_stars->font();
    starsFont.setPointSizeF(starsFont.pointSizeF() * 1.4);
    m_stars->setFont(starsFont);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setObjectName(QStringLiteral("reviewMeta"));
    m_meta->setWordWrap(true);
    m_context->setObjectName(QStringLiteral("reviewContext"));
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::RichText);
    m_context->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setOpenLinks(false);
    m_text->setMinimumHeight(80);

    auto* causes = new QHBoxLayout;
    m_causesLabel->setObjectName(QStringLiteral("causesLabel"));
    causes->addWidget(m_causesLabel);
    for (Cause cause : comptoir::reviews::causes()) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("cause_") + comptoir::reviews::causeKey(cause));
        connect(box, &QCheckBox::clicked, this, [this, cause] { toggleCause(cause); });
        m_causeBoxes << box;
    }
    auto* causeGrid = new QGridLayout;
    for (int i = 0; i < m_causeBoxes.size(); ++i)
        causeGrid->addWidget(m_causeBoxes.at(i), i / 4, i % 4);
    causes->addLayout(causeGrid, 1);

    m_templates->setObjectName(QStringLiteral("replyTemplateCombo"));
    m_language->setObjectName(QStringLiteral("replyLanguageCombo"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_reply->setObjectName(QStringLiteral("reviewReplyEdit"));
    m_reply->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("counterLabel"));
    m_missing->setObjectName(QStringLiteral("replyMissingLabel"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_missing->setVisible(false);
    m_ignore->setObjectName(QStringLiteral("ignoreButton"));
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_save->setObjectName(QStringLiteral("saveReplyButton"));

    auto* templateRow = new QHBoxLayout;
    auto* templateLabel = new QLabel(this);
    templateLabel->setObjectName(QStringLiteral("replyTemplateLabel"));
    templateLabel->setBuddy(m_templates);
    templateRow->addWidget(templateLabel);
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(m_language);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_ignore);
    buttons->addWidget(m_later);
    buttons->addStretch(1);
    buttons->addWidget(m_counter);
    buttons->addSpacing(12);
    buttons->addWidget(m_save);

    auto* panel = new QVBoxLayout(m_panel);
    panel->setContentsMargins(8, 0, 0, 0);
    auto* headline = new QHBoxLayout;
    headline->addWidget(m_stars);
    headline->addWidget(m_title, 1);
    panel->addLayout(headline);
    panel->addWidget(m_meta);
    panel->addWidget(m_context);
    panel->addWidget(m_text, 2);
    panel->addLayout(causes);
    panel->addLayout(templateRow);
    panel->addWidget(m_reply, 2);
    panel->addWidget(m_missing);
    panel->addLayout(buttons);

    m_none->setObjectName(QStringLiteral("noReviewLabel"));
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setWordWrap(true);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_panel);
    rightLayout->addWidget(m_none);
    m_panel->setVisible(false);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 480});
    splitter->setChildrenCollapsible(false);

    auto* queue = new QWidget(this);
    queue->setObjectName(QStringLiteral("queueTab"));
    auto* queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 6, 0, 0);
    queueLayout->addLayout(top);
    queueLayout->addWidget(splitter, 1);
    m_tabs->addTab(queue, QString());
    m_tabs->addTab(m_insights, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);

    // Behaviour.
    connect(m_chips, &QButtonGroup::idClicked, this, [this] { applyFilters(); });
    connect(m_causeFilter, qOverload<int>(&QComboBox::activated), this, [this] { applyFilters(); });
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textEdited, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &ReviewsPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this, searchDelay] {
        searchDelay->stop();
        applyFilters();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const auto* row = m_model->reviewAt(current);
            if (row && row->id != m_reviewId)
                showReview(row->id);
        });
    connect(m_model, &LazyTableModel::loadFailed, this,
        [this](const QString& message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
    connect(m_context, &QLabel::linkActivated, this, [this](const QString& href) { linkClicked(QUrl(href)); });
    connect(m_text, &QTextBrowser::anchorClicked, this, &ReviewsPage::linkClicked);
    connect(m_templates, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString key = m_templates->itemData(index).toString();
        if (!key.isEmpty())
            insertTemplate(key);
        m_templates->setCurrentIndex(0);
    });
    connect(m_language, qOverload<int>(&QComboBox::activated), this, [this] { fillTemplates(); });
    connect(m_reply, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        updateActions();
    });
    connect(m_save, &QPushButton::clicked, this, &ReviewsPage::saveReply);
    connect(m_ignore, &QPushButton::clicked, this, &ReviewsPage::ignore);
    connect(m_later, &QPushButton::clicked, this, [this] {
        if (m_reviewId == 0)
            return;
        keepDraft();
        if (auto kept = ReviewBook(m_database).setStatus(m_reviewId, ReviewStatus::ToAnswer); !kept)
            m_messages->showMessage(kept.error().toString(), MessageBar::Kind::Error);
        next();
    });
    connect(m_import, &QPushButton::clicked, this, &ReviewsPage::importReviews);
    connect(m_export, &QPushButton::clicked, this, &ReviewsPage::exportReviews);
    connect(m_ask, &QPushButton::clicked, this, &ReviewsPage::askForReviews);
    connect(m_insights, &ReviewInsights::causeActivated, this, &ReviewsPage::showCause);
    connect(m_insights, &ReviewInsights::productActivated, this, &ReviewsPage::showProduct);

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { next(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { previous(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { saveReply(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { saveReply(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { ignore(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        if (m_reviewId > 0)
            m_reply->setFocus();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_O), [this] {
        if (m_review.orderId > 0)
            Q_EMIT orderRequested(m_review.orderId);
    });
    const QList<Cause> all = comptoir::reviews::causes();
    for (int i = 0; i < all.size() && i < 9; ++i) {
        const Cause cause = all.at(i);
        shortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), [this, cause] { toggleCause(cause); });
    }

    retranslate();
    updateActions();
}

void ReviewsPage::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = std::move(database);
    m_reviewId = 0;
    m_review = Review();
    m_drafts.clear();
    m_panel->setVisible(false);
    m_none->setVisible(true);
    m_model->setDatabase(m_database);
    m_insights->setDatabase(m_database);
    fillTemplates();
    updateCounts();
    if (isVisible())
        applyFilters(); // the first review comes up
}

void ReviewsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_database)
        refresh();
}

void ReviewsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

ReviewList::Filter ReviewsPage::filter() const
{
    return ReviewList::Filter(m_chips->checkedId());
}

void ReviewsPage::setFilter(ReviewList::Filter filter)
{
    if (auto* chip = m_chips->button(int(filter)))
        chip->setChecked(true);
    applyFilters();
}

void ReviewsPage::setSearchText(const QString& text)
{
    m_search->setText(text);
    applyFilters();
}

void ReviewsPage::showProduct(qint64 productId)
{
    m_productFilter = productId;
    m_causeFilter->setCurrentIndex(0);
    m_tabs->setCurrentIndex(0);
    setFilter(ReviewList::Filter::All);
}

void ReviewsPage::showCause(Cause cause)
{
    m_productFilter = 0;
    m_causeFilter->setCurrentIndex(m_causeFilter->findData(comptoir::reviews::causeKey(cause)));
    m_tabs->setCurrentIndex(0);
    setFilter(ReviewList::Filter::All);
}

void ReviewsPage::applyFilters()
{
    if (!m_database)
        return;
    std::optional<Cause> cause;
    Cause picked;
    if (comptoir::reviews::causeFromKey(m_causeFilter->currentData().toString(), picked))
        cause = picked;
    m_model->setFilters(filter(), m_search->text(), cause, m_productFilter);
    // In the queue every review waits: its status would only take room from its words.
    m_table->setColumnHidden(ReviewTableModel::Status, filter() == ReviewList::Filter::Queue);
    updateCounts();
    // The first review of the list comes up, ready to read.
    if (m_model->rowCount() > 0 && m_model->rowOf(m_reviewId) < 0)
        selectRow(0);
    else if (m_model->rowOf(m_reviewId) >= 0)
        m_table->setCurrentIndex(m_model->index(m_model->rowOf(m_reviewId), 0));
}

void ReviewsPage::refresh()
{
    if (!m_database)
        return;
    const qint64 keep = m_reviewId;
    applyFilters();
    if (keep > 0 && m_model->rowOf(keep) >= 0)
        m_table->setCurrentIndex(m_model->index(m_model->rowOf(keep), 0));
    m_insights->refresh();
}

void ReviewsPage::updateCounts()
{
    if (!m_database)
        return;
    ReviewList list(m_database);
    for (ReviewList::Filter f : {ReviewList::Filter::Queue, ReviewList::Filter::Unhappy}) {
        list.setFilter(f);
        auto count = list.count();
        const QString label = f == ReviewList::Filter::Queue ? tr("To answer") : tr("Unhappy");
        m_chips->button(int(f))->setText(count && *count > 0 ? tr("%1 (%L2)").arg(label).arg(*count) : label);
    }
    m_chips->button(int(ReviewList::Filter::Answered))->setText(tr("Answered"));
    m_chips->button(int(ReviewList::Filter::Ignored))->setText(tr("Ignored"));
    m_chips->button(int(ReviewList::Filter::All))->setText(m_productFilter > 0 ? tr("All (this product)") : tr("All"));
}

void ReviewsPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void ReviewsPage::openReview(qint64 reviewId)
{
    const int row = m_model->rowOf(reviewId);
    if (row >= 0)
        selectRow(row);
    else
        showReview(reviewId);
}

void ReviewsPage::keepDraft()
{
    if (m_reviewId == 0)
        return;
    const QString text = m_reply->toPlainText();
    if (text.trimmed().isEmpty() || text.trimmed() == m_review.reply)
        m_drafts.remove(m_reviewId);
    else
        m_drafts.insert(m_reviewId, text);
}

void ReviewsPage::showReview(qint64 reviewId)
{
    if (!m_database)
        return;
    keepDraft();
    auto review = ReviewBook(m_database).load(reviewId);
    if (!review) {
        m_messages->showMessage(review.error().toString(), MessageBar::Kind::Error);
        return;
    }
    // Seen: no longer new.
    if (review->status == ReviewStatus::New) {
        if (ReviewBook(m_database).setStatus(reviewId, ReviewStatus::ToAnswer))
            review->status = ReviewStatus::ToAnswer;
    }
    m_reviewId = reviewId;
    m_review = *review;
    m_model->updateReview(reviewId, m_review.status, m_review.activeCauses());
    const int language = m_language->findData(comptoir::reviews::replyLanguage(m_database, m_review));
    if (language >= 0)
        m_language->setCurrentIndex(language);
    renderReview();
    fillTemplates();
    m_reply->setPlainText(m_drafts.value(reviewId, m_review.reply));
    m_missing->setVisible(false);
    m_panel->setVisible(true);
    m_none->setVisible(false);
    updateCounter();
    updateActions();
}

void ReviewsPage::renderReview()
{
    const Review& r = m_review;
    m_stars->setText(ReviewTableModel::stars(r.rating));
    m_stars->setStyleSheet(r.unhappy() ? QStringLiteral("color: #b01e1e;") : QStringLiteral("color: #c88a00;"));
    m_stars->setAccessibleName(tr("%n star(s)", nullptr, r.rating));
    m_title->setText(r.title.isEmpty() ? tr("(no title)") : r.title);
    QStringList meta;
    meta << (r.author.isEmpty() ? tr("Anonymous") : r.author);
    if (r.verified)
        meta << tr("verified buyer");
    meta << QLocale().toString(r.writtenAt.toLocalTime().date(), QLocale::LongFormat);
    meta << comptoir::reviews::sourceLabel(r.source);
    meta << comptoir::reviews::reviewStatusLabel(r.status);
    if (r.status == ReviewStatus::Answered && r.repliedAt.isValid())
        meta.last()
            = tr("Answered on %1").arg(QLocale().toString(r.repliedAt.toLocalTime().date(), QLocale::ShortFormat));
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    // Why the customer may be unhappy: the order, its parcels, the conversations.
    QStringList context;
    context << (r.productId > 0
            ? tr("Product: %1").arg(link(QStringLiteral("product:%1").arg(r.productId), r.productName))
            : tr("A review of the shop"));
    if (r.orderId > 0) {
        context << tr("Order %1").arg(link(QStringLiteral("order:%1").arg(r.orderId), r.orderNumber));
        if (auto parcels = comptoir::shipping::Shipments(m_database).forOrder(r.orderId)) {
            for (const auto& parcel : *parcels) {
                QString state;
                if (parcel.damagedAt.isValid())
                    state = tr("parcel damaged");
                else if (parcel.deliveredAt.isValid() && parcel.expectedOn.isValid()
                    && parcel.deliveredAt.toLocalTime().date() > parcel.expectedOn)
                    state = tr("parcel delivered %n day(s) late", nullptr,
                        int(parcel.expectedOn.daysTo(parcel.deliveredAt.toLocalTime().date())));
                else if (parcel.problem != comptoir::shipping::Problem::None)
                    state = tr("parcel: %1").arg(comptoir::shipping::problemLabel(parcel.problem).toLower());
                else if (parcel.deliveredAt.isValid())
                    state = tr("parcel delivered on time");
                else
                    state = tr("parcel on its way");
                context << link(QStringLiteral("order:%1").arg(r.orderId), state);
            }
        }
        if (auto threads = comptoir::messages::Inbox(m_database).threadsForOrder(r.orderId);
            threads && !threads->isEmpty())
            context << link(QStringLiteral("thread:%1").arg(threads->first().id),
                tr("%n conversation(s)", nullptr, int(threads->size())));
        else
            context << link(QStringLiteral("write:%1").arg(r.orderId), tr("write to the customer"));
    } else {
        context << tr("no order found");
    }
    m_context->setText(context.join(QStringLiteral(" · ")));

    QString html = QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>").arg(r.body.toHtmlEscaped());
    if (!r.photos.isEmpty()) {
        QStringList photos;
        for (int i = 0; i < r.photos.size(); ++i)
            photos << link(QStringLiteral("photo:%1").arg(i), QFileInfo(r.photos.at(i)).fileName());
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Photos:").toHtmlEscaped(), photos.join(QStringLiteral(", ")));
    }
    m_text->setHtml(html);

    for (int i = 0; i < m_causeBoxes.size(); ++i) {
        QCheckBox* box = m_causeBoxes.at(i);
        const Cause cause = Cause(i);
        const auto tag
            = std::find_if(r.causes.begin(), r.causes.end(), [&](const CauseTag& t) { return t.cause == cause; });
        const bool suggested = tag != r.causes.end() && tag->state == CauseState::Suggested;
        box->setChecked(tag != r.causes.end() && tag->state != CauseState::Rejected);
        QFont font = box->font();
        font.setItalic(suggested);
        box->setFont(font);
        const QString label = comptoir::reviews::causeLabel(cause);
        box->setText(suggested ? tr("%1 (suggested)").arg(label) : label);
        box->setToolTip(suggested
                ? tr("Suggested from the review's words: tick or untick it to decide (Alt+%1)").arg(i + 1)
                : tr("Alt+%1").arg(i + 1));
    }
}

void ReviewsPage::fillTemplates()
{
    m_templates->clear();
    m_templates->addItem(tr("Insert a template…"), QString());
    if (!m_database)
        return;
    auto templates = Templates(m_database).list(m_language->currentData().toString());
    if (!templates)
        return;
    const QString fitting = m_reviewId > 0 ? comptoir::reviews::replyTemplateKey(m_review) : QString();
    for (const auto& t : *templates) {
        if (!Templates::isReviewReply(t.key))
            continue;
        // The one for this review first.
        if (t.key == fitting)
            m_templates->insertItem(1, tr("%1 (fits this review)").arg(t.name), t.key);
        else
            m_templates->addItem(t.name, t.key);
    }
}

bool ReviewsPage::insertTemplate(const QString& key)
{
    if (!m_database || m_reviewId == 0)
        return false;
    QStringList missing;
    auto text
        = comptoir::reviews::draftReply(m_database, m_review, key, m_language->currentData().toString(), &missing);
    if (!text) {
        m_messages->showMessage(text.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    if (m_reply->toPlainText().trimmed().isEmpty())
        m_reply->setPlainText(*text);
    else
        m_reply->textCursor().insertText(*text);
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Nothing to fill in for: %1. Check the reply before saving it.")
                                               .arg(missing.join(QStringLiteral(", "))));
    m_missing->setVisible(!missing.isEmpty());
    m_reply->setFocus();
    return true;
}

void ReviewsPage::updateCounter()
{
    const int length = int(m_reply->toPlainText().trimmed().size());
    const int limit = comptoir::reviews::replyLimit(m_review.source);
    m_counter->setText(tr("%L1 / %L2 characters").arg(length).arg(limit));
    m_counter->setStyleSheet(length > limit ? QStringLiteral("color: #b01e1e; font-weight: bold;") : QString());
}

void ReviewsPage::updateActions()
{
    const bool review = m_reviewId > 0;
    const int length = int(m_reply->toPlainText().trimmed().size());
    m_save->setEnabled(review && length > 0 && length <= comptoir::reviews::replyLimit(m_review.source));
    m_ignore->setEnabled(review && m_review.status != ReviewStatus::Ignored);
    m_later->setEnabled(review);
}

bool ReviewsPage::moveBy(int step)
{
    const int row = m_model->rowOf(m_reviewId);
    int target = row < 0 ? 0 : row + step;
    while (target >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (target < 0 || target >= m_model->rowCount())
        return false;
    selectRow(target);
    return true;
}

void ReviewsPage::showNextAfter(qint64 reviewId)
{
    // The list is read again: a review that left it (answered or ignored in the queue) gives its
    // place to the next one; one still listed is followed by the next.
    const int row = m_model->rowOf(reviewId);
    m_reviewId = 0;
    m_model->reload();
    updateCounts();
    const int still = m_model->rowOf(reviewId);
    if (still >= 0)
        selectRow(std::min(still + 1, m_model->rowCount() - 1));
    else if (m_model->rowCount() > 0)
        selectRow(std::min(std::max(row, 0), m_model->rowCount() - 1));
    else {
        m_panel->setVisible(false);
        m_none->setVisible(true);
    }
}

bool ReviewsPage::next()
{
    return moveBy(1);
}

bool ReviewsPage::previous()
{
    return moveBy(-1);
}

bool ReviewsPage::saveReply()
{
    if (!m_database || m_reviewId == 0 || !m_save->isEnabled())
        return false;
    ReviewBook book(m_database);
    if (auto saved = book.setReply(m_reviewId, m_reply->toPlainText()); !saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    // Answering means the causes ticked were looked at: the suggested ones are confirmed.
    for (const CauseTag& tag : m_review.causes) {
        if (tag.state == CauseState::Suggested)
            if (auto confirmed = book.setCause(m_reviewId, tag.cause, CauseState::Confirmed); !confirmed) {
                m_messages->showMessage(confirmed.error().toString(), MessageBar::Kind::Error);
                return false;
            }
    }
    m_drafts.remove(m_reviewId);
    m_messages->showMessage(tr("Reply saved. It is published with the next export to %1.")
                                .arg(comptoir::reviews::sourceLabel(m_review.source)),
        MessageBar::Kind::Positive);
    showNextAfter(m_reviewId);
    m_insights->refresh();
    return true;
}

bool ReviewsPage::ignore()
{
    if (!m_database || m_reviewId == 0)
        return false;
    if (auto ignored = ReviewBook(m_database).setStatus(m_reviewId, ReviewStatus::Ignored); !ignored) {
        m_messages->showMessage(ignored.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    m_drafts.remove(m_reviewId);
    showNextAfter(m_reviewId);
    return true;
}

void ReviewsPage::toggleCause(Cause cause)
{
    if (!m_database || m_reviewId == 0)
        return;
    const auto tag = std::find_if(
        m_review.causes.begin(), m_review.causes.end(), [&](const CauseTag& t) { return t.cause == cause; });
    // The cause flips: a suggested one unticked is rejected (never suggested again); one ticked is
    // confirmed. A suggestion left ticked is confirmed when the reply is saved.
    const bool active = tag != m_review.causes.end() && tag->state != CauseState::Rejected;
    const CauseState state = active ? CauseState::Rejected : CauseState::Confirmed;
    if (auto saved = ReviewBook(m_database).setCause(m_reviewId, cause, state); !saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        return;
    }
    auto review = ReviewBook(m_database).load(m_reviewId);
    if (review) {
        m_review.causes = review->causes;
        m_review.version = review->version;
    }
    renderReview();
    fillTemplates();
    m_model->updateReview(m_reviewId, m_review.status, m_review.activeCauses());
}

void ReviewsPage::importReviews()
{
    if (!m_database)
        return;
    // Window-modal, not blocking: the page stays readable behind it.
    auto* dialog = new ReviewImportDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ReviewImportDialog::imported, this, [this](const QString& summary) {
        refresh();
        m_messages->showMessage(summary, MessageBar::Kind::Positive);
    });
    dialog->show();
}

void ReviewsPage::exportReviews()
{
    if (!m_database)
        return;
    auto* dialog = new ReviewExportDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ReviewExportDialog::repliesPublished, this, &ReviewsPage::refresh);
    dialog->show();
}

void ReviewsPage::askForReviews()
{
    if (!m_database)
        return;
    auto* dialog = new ReviewRequestsDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ReviewRequestsDialog::drafted, this, &ReviewsPage::requestsDrafted);
    dialog->show();
}

QCheckBox* ReviewsPage::causeBox(Cause cause) const
{
    return m_causeBoxes.value(int(cause));
}

void ReviewsPage::linkClicked(const QUrl& url)
{
    const qint64 id = url.path().toLongLong();
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("order"))
        Q_EMIT orderRequested(id);
    else if (scheme == QLatin1String("thread"))
        Q_EMIT conversationRequested(id);
    else if (scheme == QLatin1String("write"))
        Q_EMIT writeRequested(id);
    else if (scheme == QLatin1String("product"))
        Q_EMIT productRequested(id);
    else if (scheme == QLatin1String("photo") && id >= 0 && id < m_review.photos.size()) {
        const QString photo = m_review.photos.at(int(id));
        const QUrl target = photo.contains(QLatin1String("://")) ? QUrl(photo) : QUrl::fromLocalFile(photo);
        if (!QDesktopServices::openUrl(target))
            m_messages->showMessage(tr("Could not open the photo %1.").arg(photo), MessageBar::Kind::Error);
    }
}

void ReviewsPage::retranslate()
{
    m_tabs->setTabText(0, tr("Queue"));
    m_tabs->setTabText(1, tr("Insights"));
    const QString current = m_causeFilter->currentData().toString();
    m_causeFilter->clear();
    m_causeFilter->addItem(tr("Every cause"), QString());
    for (Cause cause : comptoir::reviews::causes())
        m_causeFilter->addItem(comptoir::reviews::causeLabel(cause), comptoir::reviews::causeKey(cause));
    m_causeFilter->setCurrentIndex(std::max(0, m_causeFilter->findData(current)));
    m_search->setPlaceholderText(tr("Search words, authors, order numbers (Ctrl+F)"));
    m_ask->setText(tr("Ask for reviews…"));
    m_ask->setToolTip(tr("Draft a request for a review to the customers delivered some days ago"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Reviews exported by Judge.me, Trustpilot, WooCommerce or Comptoir (CSV)"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("The reviews and their replies as a CSV file, for example the replies to publish"));
    m_causesLabel->setText(tr("Causes:"));
    m_none->setText(
        tr("No review to show. Reviews come from an import (Judge.me, Trustpilot, WooCommerce) or are typed in."));
    if (auto* label = findChild<QLabel*>(QStringLiteral("replyTemplateLabel")))
        label->setText(tr("Te&mplate:"));
    m_reply->setPlaceholderText(tr("Write the reply here (Ctrl+R), or insert the template that fits above."));
    m_ignore->setText(tr("Ignore"));
    m_ignore->setToolTip(tr("Nothing to answer (spam, a bare rating): leave the queue (Ctrl+I)"));
    m_later->setText(tr("Later"));
    m_later->setToolTip(tr("Keep it to answer, and go to the next review"));
    m_save->setText(tr("Save reply"));
    m_save->setToolTip(
        tr("Keep the reply, to publish on the review's platform, and go to the next review (Ctrl+Enter)"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, ReviewTableModel::ColumnCount - 1);
    if (m_reviewId > 0)
        renderReview();
    updateCounts();
    fillTemplates();
    updateCounter();
}
