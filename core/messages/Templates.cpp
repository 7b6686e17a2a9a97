#include "messages/Templates.h"

#include "orders/OrderBook.h"
#include "settings/ShopSettings.h"
#include "shipping/Carriers.h"
#include "shipping/Shipments.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace comptoir::messages {

using storage::execute;
using storage::run;

namespace {

struct PlaceholderName
{
    const char* name;
    const char* description;
};

constexpr PlaceholderName kPlaceholders[] = {
    {"customer.first_name", QT_TRANSLATE_NOOP("Templates", "The customer's first name")},
    {"customer.last_name", QT_TRANSLATE_NOOP("Templates", "The customer's last name")},
    {"customer.name", QT_TRANSLATE_NOOP("Templates", "The customer's full name")},
    {"customer.email", QT_TRANSLATE_NOOP("Templates", "The customer's email address")},
    {"order.number", QT_TRANSLATE_NOOP("Templates", "The order number")},
    {"order.date", QT_TRANSLATE_NOOP("Templates", "The day the order was placed")},
    {"order.total", QT_TRANSLATE_NOOP("Templates", "The order's total, with its currency")},
    {"order.items", QT_TRANSLATE_NOOP("Templates", "The items ordered, one per line")},
    {"order.shipping_address", QT_TRANSLATE_NOOP("Templates", "The delivery address, on several lines")},
    {"tracking.number", QT_TRANSLATE_NOOP("Templates", "The parcel's tracking number")},
    {"tracking.url", QT_TRANSLATE_NOOP("Templates", "The carrier's tracking page for the parcel")},
    {"tracking.carrier", QT_TRANSLATE_NOOP("Templates", "The carrier's name")},
    {"tracking.shipped_date", QT_TRANSLATE_NOOP("Templates", "The day the parcel left")},
    {"tracking.expected_date", QT_TRANSLATE_NOOP("Templates", "The day the parcel is expected")},
    {"product.name", QT_TRANSLATE_NOOP("Templates", "The reviewed product's name")},
    {"review.author", QT_TRANSLATE_NOOP("Templates", "The name the review is signed with")},
    {"shop.name", QT_TRANSLATE_NOOP("Templates", "The shop's name")},
    {"shop.email", QT_TRANSLATE_NOOP("Templates", "The shop's email address")},
    {"shop.phone", QT_TRANSLATE_NOOP("Templates", "The shop's phone number")},
    {"shop.review_url", QT_TRANSLATE_NOOP("Templates", "The page where customers write a review of the shop")},
};

Error invalid(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

QList<MessageTemplate> readBuiltIn()
{
    QList<MessageTemplate> templates;
    QFile file(QStringLiteral(":/messages/templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return templates;
    const QJsonArray array
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("templates")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        QStringList problems;
        for (const QJsonValue& problem : object.value(QLatin1String("problems")).toArray())
            problems.append(problem.toString());
        for (const QString& language : Templates::languages()) {
            const QJsonObject text = object.value(language).toObject();
            MessageTemplate t;
            t.key = object.value(QLatin1String("key")).toString();
            t.language = language;
            t.name = text.value(QLatin1String("name")).toString();
            t.subject = text.value(QLatin1String("subject")).toString();
            t.body = text.value(QLatin1String("body")).toString();
            t.problems = problems;
            t.builtIn = true;
            templates.append(t);
        }
    }
    return templates;
}

QString dateText(const QDate& date, const QString& language)
{
    if (!date.isValid())
        return {};
    const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
        language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom);
    return locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QLocale localeFor(const QString& language)
{
    return language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

QList<Placeholder> placeholders()
{
    QList<Placeholder> list;
    for (const auto& p : kPlaceholders)
        list.append({QString::fromLatin1(p.name), QCoreApplication::translate("Templates", p.description)});
    return list;
}

bool isPlaceholder(const QString& name)
{
    return std::any_of(std::begin(kPlaceholders), std::end(kPlaceholders),
        [&](const PlaceholderName& p) { return name == QLatin1String(p.name); });
}

QList<PlaceholderUse> placeholdersIn(const QString& text)
{
    QList<PlaceholderUse> uses;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
            continue;
        }
        if (text.at(i) != QLatin1Char('{') || i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('{'))
            continue;
        const int close = text.indexOf(QLatin1String("}}"), i + 2);
        const int newline = text.indexOf(QLatin1Char('\n'), i + 2);
        PlaceholderUse use;
        use.line = line;
        use.column = i - lineStart + 1;
        if (close < 0 || (newline >= 0 && newline < close)) {
            uses.append(use); // unclosed
            continue;
        }
        use.name = text.mid(i + 2, close - i - 2).trimmed();
        uses.append(use);
        i = close + 1;
    }
    return uses;
}

Status checkTemplateText(const QString& text, const QString& field)
{
    for (const PlaceholderUse& use : placeholdersIn(text)) {
        const QString where = QStringLiteral("%1 %2:%3").arg(field).arg(use.line).arg(use.column);
        if (use.name.isEmpty())
            return invalid(QCoreApplication::translate("Templates",
                               "“{{” is not closed: a placeholder is written {{order.number}}, on one line."),
                where);
        if (!isPlaceholder(use.name))
            return invalid(QCoreApplication::translate("Templates",
                               "{{%1}} is not a placeholder Comptoir knows: pick one from the list (for "
                               "instance {{customer.first_name}} or {{order.number}}).")
                               .arg(use.name),
                where);
    }
    return {};
}

QString renderTemplate(const QString& text, const TemplateValues& values, QStringList* missing)
{
    QString out;
    out.reserve(text.size() + 64);
    int from = 0;
    while (true) {
        const int open = text.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            break;
        const int close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        if (!isPlaceholder(name)) {
            // Not ours (the writer will be told on save): written as is.
            out += QStringView(text).mid(from, close + 2 - from);
            from = close + 2;
            continue;
        }
        out += QStringView(text).mid(from, open - from);
        const QString value = values.value(name);
        if (value.isEmpty() && missing && !missing->contains(name))
            missing->append(name);
        out += value;
        from = close + 2;
    }
    out += QStringView(text).mid(from);
    return out;
}

Templates::Templates(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

bool Templates::isReviewReply(const QString& key)
{
    return key.startsWith(QLatin1String("review_reply"));
}

QList<MessageTemplate> Templates::builtIn()
{
    static const QList<MessageTemplate> templates = readBuiltIn();
    return templates;
}

QStringList Templates::languages()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QString Templates::languageForCountry(const QString& countryCode)
{
    static const QStringList french = {QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("LU"),
        QStringLiteral("MC"), QStringLiteral("CH"), QStringLiteral("GP"), QStringLiteral("MQ"), QStringLiteral("GF"),
        QStringLiteral("RE"), QStringLiteral("YT"), QStringLiteral("PM"), QStringLiteral("BL"), QStringLiteral("MF"),
        QStringLiteral("NC"), QStringLiteral("PF"), QStringLiteral("WF"), QStringLiteral("SN"), QStringLiteral("CI"),
        QStringLiteral("MA"), QStringLiteral("TN"), QStringLiteral("DZ"), QStringLiteral("CA")};
    return french.contains(countryCode.trimmed().toUpper()) || countryCode.trimmed().isEmpty() ? QStringLiteral("fr")
                                                                                               : QStringLiteral("en");
}

Result<QList<MessageTemplate>> Templates::list() const
{
    QList<MessageTemplate> templates = builtIn();
    auto q = run(m_database->connection(),
        QStringLiteral("SELECT key, language, name, subject, body FROM message_templates ORDER BY key, language"));
    if (!q)
        return q.error();
    while (q->next()) {
        MessageTemplate own;
        own.key = q->value(0).toString();
        own.language = q->value(1).toString();
        own.name = q->value(2).toString();
        own.subject = q->value(3).toString();
        own.body = q->value(4).toString();
        auto it = std::find_if(templates.begin(), templates.end(),
            [&](const MessageTemplate& t) { return t.key == own.key && t.language == own.language; });
        if (it != templates.end()) {
            own.problems = it->problems;
            own.builtIn = true;
            own.edited = true;
            *it = own;
        } else {
            templates.append(own);
        }
    }
    const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    std::stable_sort(templates.begin(), templates.end(), [&](const MessageTemplate& a, const MessageTemplate& b) {
        if (a.language != b.language)
            return a.language == QLatin1String("fr");
        // Comptoir's first, in the file's order (the reply first, then the notices), then the shop's by name.
        if (a.builtIn != b.builtIn)
            return a.builtIn;
        if (a.builtIn)
            return false;
        return collator.compare(a.name, b.name) < 0;
    });
    return templates;
}

Result<QList<MessageTemplate>> Templates::list(const QString& language) const
{
    auto all = list();
    if (!all)
        return all.error();
    QList<MessageTemplate> templates;
    for (const MessageTemplate& t : *all)
        if (t.language == language)
            templates.append(t);
    return templates;
}

Result<MessageTemplate> Templates::find(const QString& key, const QString& language) const
{
    auto all = list(language);
    if (!all)
        return all.error();
    for (const MessageTemplate& t : *all)
        if (t.key == key)
            return t;
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("Templates", "There is no message template “%1” in this language.").arg(key));
}

Result<MessageTemplate> Templates::forProblem(const QString& problemKey, const QString& language) const
{
    auto all = list(language);
    if (!all)
        return all.error();
    for (const MessageTemplate& t : *all)
        if (t.problems.contains(problemKey))
            return t;
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("Templates", "There is no message template for this parcel problem."));
}

Status Templates::checkKey(const QString& key)
{
    static const QRegularExpression keyShape(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!keyShape.match(key).hasMatch())
        return invalid(QCoreApplication::translate("Templates",
                           "A template's key is lower-case letters, digits, dashes and underscores, like “thank-you”."),
            QCoreApplication::translate("Templates", "Key"));
    return {};
}

Status Templates::check(const MessageTemplate& t)
{
    if (auto key = checkKey(t.key); !key)
        return key;
    if (!languages().contains(t.language))
        return invalid(
            QCoreApplication::translate("Templates", "“%1” is not a language of templates (fr, en).").arg(t.language),
            QCoreApplication::translate("Templates", "Language"));
    if (t.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Templates", "The template needs a name."),
            QCoreApplication::translate("Templates", "Name"));
    if (t.body.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Templates", "The template's text is empty."),
            QCoreApplication::translate("Templates", "Text"));
    if (auto subject = checkTemplateText(t.subject, QCoreApplication::translate("Templates", "Subject")); !subject)
        return subject;
    return checkTemplateText(t.body, QCoreApplication::translate("Templates", "Text"));
}

Status Templates::save(const MessageTemplate& t)
{
    if (auto valid = check(t); !valid)
        return valid;
    storage::Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    const auto builtIns = builtIn();
    const auto original = std::find_if(builtIns.begin(), builtIns.end(),
        [&](const MessageTemplate& b) { return b.key == t.key && b.language == t.language; });
    if (original != builtIns.end() && original->name == t.name && original->subject == t.subject
        && original->body == t.body) {
        // Back to Comptoir's own words: nothing of the shop's to keep.
        if (auto removed = execute(m_database->connection(),
                QStringLiteral("DELETE FROM message_templates WHERE key = ? AND language = ?"), {t.key, t.language});
            !removed)
            return removed;
        return transaction.commit();
    }
    if (auto saved = execute(m_database->connection(),
            m_database->dialect().upsert(QStringLiteral("message_templates"),
                {QStringLiteral("key"), QStringLiteral("language"), QStringLiteral("name"), QStringLiteral("subject"),
                    QStringLiteral("body"), QStringLiteral("updated_at")},
                {QStringLiteral("key"), QStringLiteral("language")}),
            {t.key, t.language, t.name.trimmed(), storage::text(t.subject), t.body, m_database->clock().nowSecs()});
        !saved)
        return saved;
    return transaction.commit();
}

Status Templates::remove(const QString& key, const QString& language)
{
    storage::Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    if (auto removed = execute(m_database->connection(),
            QStringLiteral("DELETE FROM message_templates WHERE key = ? AND language = ?"), {key, language});
        !removed)
        return removed;
    return transaction.commit();
}

Result<qint64> Templates::previewOrder(const QString& number) const
{
    if (!number.trimmed().isEmpty())
        return orders::OrderBook(m_database).idForNumber(number.trimmed());
    auto latest = storage::scalar(
        m_database->connection(), QStringLiteral("SELECT id FROM orders ORDER BY placed_at DESC, id DESC LIMIT 1"));
    if (!latest)
        return latest.error();
    return latest->isValid() ? latest->toLongLong() : qint64(0);
}

Result<TemplateValues> valuesForShop(const storage::DatabasePtr& database, const QString& language)
{
    Q_UNUSED(language);
    auto identity = settings::ShopSettings(database).identity();
    if (!identity)
        return identity.error();
    TemplateValues values;
    values.insert(QStringLiteral("shop.name"), identity->name);
    values.insert(QStringLiteral("shop.email"), identity->email);
    values.insert(QStringLiteral("shop.phone"), identity->phone);
    auto reviewUrl = settings::ShopSettings(database).value(QString::fromLatin1(Templates::kReviewUrlKey));
    if (!reviewUrl)
        return reviewUrl.error();
    values.insert(QStringLiteral("shop.review_url"), reviewUrl->trimmed());
    return values;
}

Result<TemplateValues> valuesForOrder(
    const storage::DatabasePtr& database, qint64 orderId, qint64 shipmentId, const QString& language)
{
    auto values = valuesForShop(database, language);
    if (!values)
        return values.error();
    auto order = orders::OrderBook(database).load(orderId);
    if (!order)
        return order.error();
    const QLocale locale = localeFor(language);
    const QString fullName
        = !order->customerName.trimmed().isEmpty() ? order->customerName.trimmed() : order->shipTo.name.trimmed();
    QString first = fullName, last;
    if (const int space = fullName.indexOf(QLatin1Char(' ')); space > 0) {
        first = fullName.left(space);
        last = fullName.mid(space + 1).trimmed();
    }
    if (order->customerId > 0) {
        auto names = storage::scalar(database->connection(),
            QStringLiteral("SELECT first_name || char(9) || last_name FROM customers WHERE id = ?"),
            {order->customerId});
        if (names && names->isValid()) {
            const QStringList parts = names->toString().split(QLatin1Char('\t'));
            if (parts.size() == 2 && !parts.at(0).trimmed().isEmpty()) {
                first = parts.at(0).trimmed();
                last = parts.at(1).trimmed();
            }
        }
    }
    values->insert(QStringLiteral("customer.first_name"), first);
    values->insert(QStringLiteral("customer.last_name"), last);
    values->insert(QStringLiteral("customer.name"), fullName);
    values->insert(QStringLiteral("customer.email"), order->email);
    values->insert(QStringLiteral("order.number"), order->number);
    values->insert(QStringLiteral("order.date"), dateText(order->placedAt.toLocalTime().date(), language));
    values->insert(QStringLiteral("order.total"), order->total().format(locale));
    QStringList items;
    for (const auto& line : order->lines)
        items.append(QStringLiteral("%1 × %2").arg(line.quantity).arg(line.title));
    values->insert(QStringLiteral("order.items"), items.join(QLatin1Char('\n')));
    values->insert(QStringLiteral("order.shipping_address"), order->shipTo.lines().join(QLatin1Char('\n')));

    shipping::Shipments shipments(database);
    std::optional<shipping::Parcel> parcel;
    if (shipmentId > 0) {
        auto loaded = shipments.load(shipmentId);
        if (!loaded)
            return loaded.error();
        if (loaded->orderId != orderId)
            return invalid(
                QCoreApplication::translate("Templates", "This parcel is not one of order %1's.").arg(order->number));
        parcel = *loaded;
    } else {
        auto parcels = shipments.forOrder(orderId);
        if (!parcels)
            return parcels.error();
        if (!parcels->isEmpty())
            parcel = parcels->last();
    }
    if (parcel) {
        QString carrierName = parcel->carrier;
        QString url;
        if (auto carrier = shipping::Carriers(database).find(parcel->carrier); carrier && carrier->has_value()) {
            carrierName = (*carrier)->name;
            if (!parcel->trackingNumber.isEmpty())
                url = (*carrier)->trackingUrlFor(parcel->trackingNumber, parcel->postcode).toString();
        }
        values->insert(QStringLiteral("tracking.number"), parcel->trackingNumber);
        values->insert(QStringLiteral("tracking.url"), url);
        values->insert(QStringLiteral("tracking.carrier"), carrierName);
        values->insert(
            QStringLiteral("tracking.shipped_date"), dateText(parcel->shippedAt.toLocalTime().date(), language));
        values->insert(QStringLiteral("tracking.expected_date"), dateText(parcel->expectedOn, language));
    }
    return values;
}

} // namespace comptoir::messages
