#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::messages {

// A placeholder a template may hold, written {{name}} (spaces inside the braces allowed).
struct Placeholder
{
    QString name; // "order.number"
    QString description; // translated, for the template editor
};

// Every placeholder Comptoir fills, in the order the editor lists them.
QList<Placeholder> placeholders();
bool isPlaceholder(const QString& name);

// Where a placeholder is used in a text: its name and its 1-based line and column.
struct PlaceholderUse
{
    QString name;
    int line = 0;
    int column = 0;
};

// The placeholders of a text; an unclosed "{{" is reported as a use with an empty name.
QList<PlaceholderUse> placeholdersIn(const QString& text);

// Refuses an unknown placeholder or an unclosed "{{", naming it and where (`field` line:column).
Status checkTemplateText(const QString& text, const QString& field);

// The values of the placeholders for one message (customer, order, parcel, shop).
using TemplateValues = QHash<QString, QString>;

// Fills a text's placeholders. A known placeholder without a value (an order with no parcel has no
// tracking number) becomes empty and is listed in `missing` once, so the writer can see it.
QString renderTemplate(const QString& text, const TemplateValues& values, QStringList* missing = nullptr);

// A message model: one of Comptoir's (a reply, the notices about a parcel's problems), possibly
// edited by the shop, or one of the shop's own. Each exists in French and English.
struct MessageTemplate
{
    QString key; // "late"; lower-case letters, digits, dashes and underscores
    QString language; // "fr" or "en"
    QString name;
    QString subject;
    QString body;
    QStringList problems; // the parcel problems (problemKey()) it is the notice for
    bool builtIn = false; // one of Comptoir's
    bool edited = false; // the shop's version of one of Comptoir's

    friend bool operator==(const MessageTemplate&, const MessageTemplate&) = default;
};

// The shop's message templates: Comptoir's own (core/messages/templates.json) with the shop's
// versions of them, and the shop's own, kept in the shop database (table message_templates).
class Templates final
{
public:
    static constexpr auto kDefaultLanguageKey = "messages.default_language";
    // The address of the page where customers review the shop ({{shop.review_url}}).
    static constexpr auto kReviewUrlKey = "reviews.request_url";

    explicit Templates(storage::DatabasePtr database);

    static QList<MessageTemplate> builtIn();
    // A reply to a review (key "review_reply…"), written on the Reviews page, not mailed.
    static bool isReviewReply(const QString& key);
    static QStringList languages(); // "fr", "en"
    // The language to write to a customer in: French for French-speaking countries, else English.
    static QString languageForCountry(const QString& countryCode);

    // Every template in every language, by name within each language.
    Result<QList<MessageTemplate>> list() const;
    Result<QList<MessageTemplate>> list(const QString& language) const;
    // NotFound when there is none.
    Result<MessageTemplate> find(const QString& key, const QString& language) const;
    // The notice for a parcel problem (a Problem key), in a language; NotFound when there is none.
    Result<MessageTemplate> forProblem(const QString& problemKey, const QString& language) const;

    // Checks and saves: a name and a body are needed; unknown placeholders are refused.
    Status save(const MessageTemplate& messageTemplate);
    // Removes the shop's own template, or brings back Comptoir's version of a built-in one.
    Status remove(const QString& key, const QString& language);
    static Status check(const MessageTemplate& messageTemplate);
    // Refuses a key that is not lower-case letters, digits, dashes and underscores (what check() asks).
    static Status checkKey(const QString& key);

    // The order a template is previewed with: the one with this number, or the shop's most recent
    // when `number` is empty; 0 when there is none.
    Result<qint64> previewOrder(const QString& number = {}) const;

private:
    storage::DatabasePtr m_database;
};

// The placeholder values for a message about an order (and one of its parcels when `shipmentId` is
// not 0; else its latest parcel, if any), dates and amounts written for `language`.
Result<TemplateValues> valuesForOrder(
    const storage::DatabasePtr& database, qint64 orderId, qint64 shipmentId, const QString& language);
// The shop's own values only (a message not about an order).
Result<TemplateValues> valuesForShop(const storage::DatabasePtr& database, const QString& language);

} // namespace comptoir::messages
