#include "messages/Templates.h"
#include "orders/OrderBook.h"
#include "settings/ShopSettings.h"
#include "shipping/Shipments.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::messages;

// Message templates: placeholders found with their line and column, unknown ones refused on save,
// rendering with a real order and parcel, the shop's versions of Comptoir's templates and its own.
class TestTemplates final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_orderId = 0;
    qint64 m_parcelId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        const qint64 mug = build.variant(QStringLiteral("MUG"), 0, 400);
        QVERIFY(inventory::StockLedger(m_database).record(mug, 1, 10, inventory::MovementReason::Receipt, {}).ok());
        settings::ShopIdentity identity;
        identity.name = QStringLiteral("La Tasse Bleue");
        identity.email = QStringLiteral("bonjour@tasse-bleue.fr");
        QVERIFY(settings::ShopSettings(m_database).setIdentity(identity).ok());

        orders::Order order;
        order.status = orders::OrderStatus::Paid;
        order.customerName = QStringLiteral("Léa Martin");
        order.email = QStringLiteral("lea@example.fr");
        order.shipTo.name = order.customerName;
        order.shipTo.address1 = QStringLiteral("3 rue de la Soif");
        order.shipTo.postcode = QStringLiteral("35000");
        order.shipTo.city = QStringLiteral("Rennes");
        order.shipTo.country = QStringLiteral("FR");
        orders::OrderLine line;
        line.variantId = mug;
        line.title = QStringLiteral("Mug bleu");
        line.quantity = 2;
        line.unitPrice = Money(1250, Currency::euro());
        order.lines << line;
        auto created = orders::OrderBook(m_database).create(order);
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        m_orderId = *created;
        orders::Shipment parcel;
        parcel.carrier = QStringLiteral("colissimo");
        parcel.trackingNumber = QStringLiteral("6A12345678901");
        parcel.shippedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        QVERIFY(shipping::Shipments(m_database).ship(m_orderId, parcel).ok());
        m_parcelId = shipping::Shipments(m_database).forOrder(m_orderId).value().first().id;
        QVERIFY(shipping::Shipments(m_database).updateExpectedDates().ok());
    }

    void findsPlaceholdersWithTheirPlace()
    {
        const auto uses
            = placeholdersIn(QStringLiteral("Bonjour {{ customer.first_name }},\nvotre commande {{order.number}}"));
        QCOMPARE(uses.size(), 2);
        QCOMPARE(uses[0].name, QStringLiteral("customer.first_name"));
        QCOMPARE(uses[0].line, 1);
        QCOMPARE(uses[0].column, 9);
        QCOMPARE(uses[1].name, QStringLiteral("order.number"));
        QCOMPARE(uses[1].line, 2);
        QCOMPARE(uses[1].column, 16);
        // Unclosed on its line.
        const auto unclosed = placeholdersIn(QStringLiteral("a {{order.number\n}}"));
        QCOMPARE(unclosed.size(), 1);
        QVERIFY(unclosed[0].name.isEmpty());
    }

    void refusesUnknownPlaceholders()
    {
        QVERIFY(checkTemplateText(QStringLiteral("{{order.number}} {{shop.name}}"), QStringLiteral("Text")).ok());
        const Status unknown
            = checkTemplateText(QStringLiteral("Hello\n  {{customer.firstname}}"), QStringLiteral("Text"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(QStringLiteral("customer.firstname")),
            qPrintable(unknown.error().message));
        QCOMPARE(unknown.error().where, QStringLiteral("Text 2:3"));
        const Status unclosed = checkTemplateText(QStringLiteral("{{order.number"), QStringLiteral("Subject"));
        QVERIFY(!unclosed.ok());
        QCOMPARE(unclosed.error().where, QStringLiteral("Subject 1:1"));

        MessageTemplate t;
        t.key = QStringLiteral("thanks");
        t.language = QStringLiteral("fr");
        t.name = QStringLiteral("Merci");
        t.body = QStringLiteral("Merci {{client.prenom}} !");
        const Status refused = Templates(m_database).save(t);
        QVERIFY(!refused.ok());
        QVERIFY(!Templates(m_database).find(QStringLiteral("thanks"), QStringLiteral("fr")).ok());
    }

    void rendersWithARealOrder()
    {
        auto values = valuesForOrder(m_database, m_orderId, 0, QStringLiteral("fr"));
        QVERIFY2(values, values ? "" : qPrintable(values.error().toString()));
        QCOMPARE(values->value("customer.first_name"), QStringLiteral("Léa"));
        QCOMPARE(values->value("customer.last_name"), QStringLiteral("Martin"));
        QCOMPARE(values->value("tracking.number"), QStringLiteral("6A12345678901"));
        QVERIFY2(values->value("tracking.url").contains(QStringLiteral("6A12345678901")),
            qPrintable(values->value("tracking.url")));
        QCOMPARE(values->value("tracking.carrier"), QStringLiteral("Colissimo"));
        QCOMPARE(values->value("tracking.shipped_date"), QStringLiteral("vendredi 20 novembre 2026"));
        QVERIFY(!values->value("tracking.expected_date").isEmpty());
        QCOMPARE(values->value("order.items"), QStringLiteral("2 × Mug bleu"));
        QVERIFY2(
            values->value("order.total").contains(QStringLiteral("25,00")), qPrintable(values->value("order.total")));
        QCOMPARE(values->value("shop.name"), QStringLiteral("La Tasse Bleue"));

        auto late = Templates(m_database).forProblem(QStringLiteral("late"), QStringLiteral("fr"));
        QVERIFY(late);
        QStringList missing;
        const QString body = renderTemplate(late->body, *values, &missing);
        QVERIFY(missing.isEmpty());
        QVERIFY(body.startsWith(QStringLiteral("Bonjour Léa,")));
        QVERIFY(body.contains(QStringLiteral("commande ") + orders::OrderBook(m_database).load(m_orderId)->number));
        QVERIFY(!body.contains(QStringLiteral("{{")));
        QVERIFY(body.endsWith(QStringLiteral("La Tasse Bleue")));

        // English, for an English-speaking customer.
        auto english = valuesForOrder(m_database, m_orderId, m_parcelId, QStringLiteral("en"));
        QVERIFY(english);
        QCOMPARE(english->value("tracking.shipped_date"), QStringLiteral("Friday 20 November 2026"));
        QCOMPARE(Templates::languageForCountry(QStringLiteral("BE")), QStringLiteral("fr"));
        QCOMPARE(Templates::languageForCountry(QStringLiteral("DE")), QStringLiteral("en"));
    }

    void missingValuesAreListed()
    {
        TemplateValues values;
        values.insert(QStringLiteral("order.number"), QStringLiteral("C-1001"));
        QStringList missing;
        const QString text = renderTemplate(
            QStringLiteral("{{order.number}} {{tracking.number}} {{tracking.number}} {{nope}}"), values, &missing);
        QCOMPARE(text, QStringLiteral("C-1001   {{nope}}"));
        QCOMPARE(missing, QStringList {QStringLiteral("tracking.number")});
    }

    void builtInTemplatesAreValidInBothLanguages()
    {
        const auto builtIn = Templates::builtIn();
        QVERIFY(builtIn.size() >= 16);
        QStringList problems;
        for (const MessageTemplate& t : builtIn) {
            QVERIFY2(Templates::check(t).ok(), qPrintable(t.key + QLatin1Char('/') + t.language));
            problems << t.problems;
        }
        // Every parcel problem has its notice.
        for (const auto& problem : shipping::allProblems())
            QVERIFY2(problems.contains(shipping::problemKey(problem)), qPrintable(shipping::problemKey(problem)));
    }

    void shopVersionsAndOwnTemplates()
    {
        Templates templates(m_database);
        auto late = templates.find(QStringLiteral("late"), QStringLiteral("en")).value();
        late.body = QStringLiteral("Sorry {{customer.first_name}}, it is late.");
        QVERIFY(templates.save(late).ok());
        auto edited = templates.find(QStringLiteral("late"), QStringLiteral("en"));
        QVERIFY(edited);
        QVERIFY(edited->builtIn && edited->edited);
        QCOMPARE(edited->body, late.body);
        QCOMPARE(edited->problems, QStringList({QStringLiteral("late"), QStringLiteral("exception")}));
        // Back to Comptoir's words: nothing kept.
        QVERIFY(templates.remove(QStringLiteral("late"), QStringLiteral("en")).ok());
        QVERIFY(!templates.find(QStringLiteral("late"), QStringLiteral("en"))->edited);

        MessageTemplate own;
        own.key = QStringLiteral("thanks");
        own.language = QStringLiteral("fr");
        own.name = QStringLiteral("Merci");
        own.subject = QStringLiteral("Merci pour la commande {{order.number}}");
        own.body = QStringLiteral("Merci {{customer.first_name}} !");
        QVERIFY(templates.save(own).ok());
        auto french = templates.list(QStringLiteral("fr"));
        QVERIFY(french);
        QCOMPARE(french->last().key, QStringLiteral("thanks"));
        QVERIFY(!french->last().builtIn);
        QCOMPARE(french->first().key, QStringLiteral("reply"));
        QVERIFY(templates.remove(QStringLiteral("thanks"), QStringLiteral("fr")).ok());
        QVERIFY(!templates.find(QStringLiteral("thanks"), QStringLiteral("fr")).ok());

        own.key = QStringLiteral("Not A Key");
        QVERIFY(!templates.save(own).ok());
    }

    void keysAreCheckedAlone()
    {
        QVERIFY(Templates::checkKey(QStringLiteral("thank-you_2")).ok());
        for (const char* wrong : {"", "Thanks", "-thanks", "merci beaucoup", "café"}) {
            const Status refused = Templates::checkKey(QString::fromUtf8(wrong));
            QVERIFY2(!refused.ok(), wrong);
            QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        }
    }

    void previewsWithTheLatestOrderOrTheOneNamed()
    {
        Templates templates(m_database);
        const QString number = orders::OrderBook(m_database).load(m_orderId)->number;
        QCOMPARE(templates.previewOrder().value(), m_orderId);
        QCOMPARE(templates.previewOrder(QStringLiteral(" ") + number).value(), m_orderId);
        QCOMPARE(templates.previewOrder(QStringLiteral("no-such-order")).value(), qint64(0));

        // A later order becomes the one previewed by default.
        const orders::Order first = orders::OrderBook(m_database).load(m_orderId).value();
        orders::Order later;
        later.status = orders::OrderStatus::Paid;
        later.customerName = QStringLiteral("Paul Durand");
        later.shipTo = first.shipTo;
        later.placedAt = first.placedAt.addSecs(3600);
        orders::OrderLine line;
        line.variantId = first.lines.first().variantId;
        line.title = QStringLiteral("Mug bleu");
        line.quantity = 1;
        line.unitPrice = Money(1250, Currency::euro());
        later.lines << line;
        auto created = orders::OrderBook(m_database).create(later);
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        QCOMPARE(templates.previewOrder().value(), *created);
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "TestTemplates.moc"
