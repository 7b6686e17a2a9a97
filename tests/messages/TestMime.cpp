#include "messages/MimeReader.h"
#include "messages/MimeWriter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace comptoir;
using namespace comptoir::messages;

Q_DECLARE_METATYPE(comptoir::messages::OutgoingMail)

// Mails built and read with GMime: a round trip keeps accents, attachments and the HTML alternative;
// real-looking mails (Gmail, Outlook, ISO-8859-1, broken, unknown charset, HTML with scripts) read
// with the right text and warnings; cut and damaged mails never crash the reader.
class TestMime final : public QObject
{
    Q_OBJECT

private:
    static QByteArray mailFile(const QString& name)
    {
        QFile file(QStringLiteral(COMPTOIR_TEST_DATA "/mail/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qWarning("cannot read %s", qPrintable(file.fileName()));
        return file.readAll();
    }

    static OutgoingMail replyWithInvoice()
    {
        OutgoingMail mail;
        mail.from = {"Atelier Claire — Céramiques", "boutique@atelier-claire.fr"};
        mail.to = {{"Hélène Marchal", "helene.marchal@gmail.com"}};
        mail.cc = {{"Dupont, Marc", "marc.dupont@outlook.fr"}};
        mail.subject = "Re: Commande n° 1042 — où en est mon colis ?";
        mail.text = "Bonjour Hélène,\n\nVotre colis est parti ce matin. Voici la facture.\n\nÀ bientôt,\nClaire\n";
        mail.html = "<p>Bonjour Hélène,</p><p>Votre colis est parti <b>ce matin</b>.</p>";
        mail.inReplyTo = "<CAFx7Kq9w+abc123@mail.gmail.com>";
        mail.references = {"<5f1c2d3e-0000@atelier-claire.fr>", "<CAFx7Kq9w+abc123@mail.gmail.com>"};
        mail.date = QDateTime(QDate(2026, 11, 23), QTime(11, 30), Qt::UTC);
        Attachment invoice;
        invoice.fileName = "Facture n°1042 été.pdf";
        invoice.mimeType = "application/pdf";
        for (int i = 0; i < 3000; ++i)
            invoice.data.append(char(i % 256));
        invoice.size = invoice.data.size();
        mail.attachments << invoice;
        return mail;
    }

private Q_SLOTS:
    void roundTripKeepsEverything()
    {
        const OutgoingMail sent = replyWithInvoice();
        const Result<QByteArray> raw = MimeWriter::build(sent);
        QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().toString()));
        // Only 7-bit on the wire, CRLF line ends, the headers a thread needs.
        for (const char c : *raw)
            QVERIFY(uchar(c) < 128);
        QVERIFY(raw->contains("\r\nIn-Reply-To: <CAFx7Kq9w+abc123@mail.gmail.com>\r\n"));
        QVERIFY(raw->contains("multipart/mixed"));
        QVERIFY(raw->contains("multipart/alternative"));
        QVERIFY(raw->toLower().contains("=?utf-8?")); // encoded words for the accents
        QVERIFY(raw->toLower().contains("\r\nmessage-id: <"));
        QVERIFY(raw->contains("@atelier-claire.fr>"));
        QVERIFY(!raw->contains("\n\n"));

        const Result<ParsedMail> read = MimeReader::parse(*raw);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read->subject, sent.subject);
        QCOMPARE(read->from, sent.from);
        QCOMPARE(read->to, sent.to);
        QCOMPARE(read->cc, sent.cc);
        QCOMPARE(read->inReplyTo, sent.inReplyTo);
        QCOMPARE(read->references, sent.references);
        QVERIFY(read->messageId.startsWith('<') && read->messageId.endsWith("@atelier-claire.fr>"));
        QCOMPARE(read->date, sent.date);
        QCOMPARE(read->text.trimmed(), sent.text.trimmed());
        QVERIFY(read->hadHtml);
        QCOMPARE(read->attachments.size(), 1);
        QCOMPARE(read->attachments[0].fileName, sent.attachments[0].fileName);
        QCOMPARE(read->attachments[0].mimeType, QString("application/pdf"));
        QCOMPARE(read->attachments[0].data, sent.attachments[0].data);
        QCOMPARE(read->attachments[0].size, 3000);
        QVERIFY2(read->warnings.isEmpty(), qPrintable(read->warnings.join('\n')));
    }

    void plainMailIsASinglePart()
    {
        OutgoingMail mail;
        mail.from = {"", "boutique@atelier-claire.fr"};
        mail.to = {{"", "client@example.fr"}};
        mail.subject = "Hello";
        mail.text = "Plain ASCII text.\n";
        mail.messageId = "<fixed-id@atelier-claire.fr>";
        const Result<QByteArray> raw = MimeWriter::build(mail);
        QVERIFY(raw.ok());
        QVERIFY(!raw->contains("multipart"));
        QVERIFY(raw->toLower().contains("\r\nmessage-id: <fixed-id@atelier-claire.fr>\r\n"));
        const Result<ParsedMail> read = MimeReader::parse(*raw);
        QVERIFY(read.ok());
        QCOMPARE(read->messageId, QByteArray("<fixed-id@atelier-claire.fr>"));
        QCOMPARE(read->text.trimmed(), QString("Plain ASCII text."));
        QVERIFY(!read->hadHtml);
    }

    void refusesWhatCannotBeSent_data()
    {
        QTest::addColumn<OutgoingMail>("mail");
        OutgoingMail good;
        good.from = {"", "boutique@atelier-claire.fr"};
        good.to = {{"", "client@example.fr"}};
        OutgoingMail noSender = good;
        noSender.from = {};
        QTest::newRow("no sender") << noSender;
        OutgoingMail noRecipient = good;
        noRecipient.to.clear();
        QTest::newRow("no recipient") << noRecipient;
        OutgoingMail injected = good;
        injected.inReplyTo = "<a@b>\r\nBcc: victim@example.fr";
        QTest::newRow("header injection in In-Reply-To") << injected;
        OutgoingMail badId = good;
        badId.messageId = "no-brackets@example.fr";
        QTest::newRow("Message-ID without brackets") << badId;
    }

    void refusesWhatCannotBeSent()
    {
        QFETCH(OutgoingMail, mail);
        const Result<QByteArray> raw = MimeWriter::build(mail);
        QVERIFY(!raw.ok());
        QCOMPARE(raw.error().code, Error::Code::InvalidInput);
        QVERIFY(!raw.error().message.isEmpty());
    }

    void subjectCannotInjectHeaders()
    {
        OutgoingMail mail;
        mail.from = {"", "boutique@atelier-claire.fr"};
        mail.to = {{"", "client@example.fr"}};
        mail.subject = "Hello\r\nBcc: victim@example.fr";
        const Result<QByteArray> raw = MimeWriter::build(mail);
        QVERIFY(raw.ok());
        QVERIFY(!raw->contains("\r\nBcc:"));
    }

    void newMessageIdUsesTheSendersDomain()
    {
        const QByteArray id = newMessageId({"", "claire@atelier-claire.fr"});
        QVERIFY(id.startsWith('<'));
        QVERIFY(id.endsWith("@atelier-claire.fr>"));
        QVERIFY(id != newMessageId({"", "claire@atelier-claire.fr"}));
    }

    void addresses()
    {
        QCOMPARE(MailAddress::parse("Hélène Marchal <helene@example.fr>"),
            (MailAddress {"Hélène Marchal", "helene@example.fr"}));
        QCOMPARE(MailAddress::parse("helene@example.fr"), (MailAddress {"", "helene@example.fr"}));
        QCOMPARE(MailAddress::parse("\"Dupont, Marc\" <marc@example.fr>").name, QString("Dupont, Marc"));
        QVERIFY(MailAddress::parse("").isEmpty());
        QCOMPARE(MailAddress::parseList("a@example.fr, B <b@example.fr>").size(), 2);
        const MailAddress comma {"Dupont, Marc", "marc@example.fr"};
        QCOMPARE(MailAddress::parse(comma.format()), comma);
        QCOMPARE((MailAddress {"", "x@example.fr"}).format(), QString("x@example.fr"));
    }

    void readsRealMails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("fromAddress");
        QTest::addColumn<QStringList>("textHas");
        QTest::addColumn<QStringList>("textHasNot");
        QTest::addColumn<bool>("hadHtml");
        QTest::addColumn<QStringList>("attachments");
        QTest::addColumn<QString>("warningHas"); // empty: no warning at all

        QTest::newRow("Gmail multipart/alternative")
            << "gmail-alternative.eml"
            << "Re: Commande n° 1042 — où en est mon colis ?"
            << "helene.marchal@gmail.com" << QStringList {"Je n’ai toujours pas reçu ma commande n° 1042", "Hélène"}
            << QStringList {"<div"} << true << QStringList {} << QString();
        QTest::newRow("Outlook with an inline image")
            << "outlook-inline-image.eml"
            << "Photo du vase cassé"
            << "marc.dupont@outlook.fr" << QStringList {"Le vase est arrivé cassé"} << QStringList {"margin"} << true
            << QStringList {"image001.png"} << QString();
        QTest::newRow("quoted-printable ISO-8859-1")
            << "latin1-quoted-printable.eml"
            << "Retour d'un article acheté en décembre"
            << "jl.berenger@orange.fr"
            << QStringList {"bol céramique (réf. BOL-12)", "Où dois-je l'envoyer ?", "Bérenger"} << QStringList {}
            << false << QStringList {} << QString();
        QTest::newRow("broken MIME: bad base64, no closing boundary")
            << "broken-mime.eml"
            << "Facture en pièce jointe"
            << "client@example.fr" << QStringList {"Voici la facture demandée."} << QStringList {} << false
            << QStringList {"facture.pdf"} << "damaged";
        QTest::newRow("multipart without boundary")
            << "missing-boundary.eml"
            << "Sans frontière"
            << "client@example.fr" << QStringList {"Ma commande 1077 est-elle partie ?"} << QStringList {} << false
            << QStringList {} << "structure";
        QTest::newRow("unknown charset") << "unknown-charset.eml"
                                         << "Charset inconnu"
                                         << "client@example.fr" << QStringList {"La théière est arrivée"}
                                         << QStringList {} << false << QStringList {} << "x-unknown";
        QTest::newRow("HTML only, with scripts and styles")
            << "html-only.eml"
            << "Nouveaux coloris"
            << "news@fournisseur.example"
            << QStringList {"Nouveaux coloris & tarifs", "Découvrez nos bols\u00a0«\u00a0terracotta\u00a0».",
                   "Voir le catalogue (https://fournisseur.example/catalogue)", "- Bol 12 cm\n- Assiette 24 cm"}
            << QStringList {"alert", "color:", "display", "Titre", "evil", "injecté", "javascript", "<"} << true
            << QStringList {} << QString();
    }

    void readsRealMails()
    {
        QFETCH(QString, file);
        QFETCH(QString, subject);
        QFETCH(QString, fromAddress);
        QFETCH(QStringList, textHas);
        QFETCH(QStringList, textHasNot);
        QFETCH(bool, hadHtml);
        QFETCH(QStringList, attachments);
        QFETCH(QString, warningHas);

        const Result<ParsedMail> mail = MimeReader::parse(mailFile(file));
        QVERIFY2(mail.ok(), qPrintable(mail.ok() ? QString() : mail.error().toString()));
        QCOMPARE(mail->subject, subject);
        QCOMPARE(mail->from.address, fromAddress);
        QVERIFY(mail->date.isValid());
        QCOMPARE(mail->date.timeSpec(), Qt::UTC);
        for (const QString& text : textHas)
            QVERIFY2(mail->text.contains(text), qPrintable(text + " not in:\n" + mail->text));
        for (const QString& text : textHasNot)
            QVERIFY2(!mail->text.contains(text), qPrintable(mail->text));
        QCOMPARE(mail->hadHtml, hadHtml);
        QStringList names;
        for (const Attachment& attachment : mail->attachments)
            names << attachment.fileName;
        QCOMPARE(names, attachments);
        if (warningHas.isEmpty())
            QVERIFY2(mail->warnings.isEmpty(), qPrintable(mail->warnings.join('\n')));
        else
            QVERIFY2(mail->warnings.join('\n').contains(warningHas), qPrintable(mail->warnings.join('\n')));
    }

    void gmailThreadHeaders()
    {
        const Result<ParsedMail> mail = MimeReader::parse(mailFile("gmail-alternative.eml"));
        QVERIFY(mail.ok());
        QCOMPARE(mail->messageId, QByteArray("<CAFx7Kq9w+abc123@mail.gmail.com>"));
        QCOMPARE(mail->inReplyTo, QByteArray("<5f1c2d3e-0001@atelier-claire.fr>"));
        QCOMPARE(mail->references,
            (QList<QByteArray> {"<5f1c2d3e-0000@atelier-claire.fr>", "<5f1c2d3e-0001@atelier-claire.fr>"}));
        QCOMPARE(mail->from.name, QString("Hélène Marchal"));
        QCOMPARE(mail->date, QDateTime(QDate(2026, 11, 23), QTime(9, 12, 33), Qt::UTC));
    }

    void outlookInlineImageIsKept()
    {
        const Result<ParsedMail> mail = MimeReader::parse(mailFile("outlook-inline-image.eml"));
        QVERIFY(mail.ok());
        QCOMPARE(mail->attachments.size(), 1);
        const Attachment& image = mail->attachments.first();
        QCOMPARE(image.mimeType, QString("image/png"));
        QVERIFY(image.isInline);
        QCOMPARE(image.contentId, QByteArray("image001.png@01DB3E2A.5B6C7D80"));
        QVERIFY(image.data.startsWith("\x89PNG"));
        QCOMPARE(image.size, image.data.size());
        QCOMPARE(mail->from.name, QString("Dupont, Marc"));
    }

    void brokenMimeKeepsTheAttachmentBytes()
    {
        const Result<ParsedMail> mail = MimeReader::parse(mailFile("broken-mime.eml"));
        QVERIFY(mail.ok());
        QCOMPARE(mail->attachments.size(), 1);
        QVERIFY(mail->attachments.first().data.startsWith("%PDF-1.4"));
    }

    void attachmentNamesAreNeverPaths()
    {
        OutgoingMail mail;
        mail.from = {"", "client@example.fr"};
        mail.to = {{"", "boutique@atelier-claire.fr"}};
        Attachment hostile;
        hostile.fileName = "../../.bashrc";
        hostile.data = "echo hello";
        mail.attachments << hostile;
        hostile.fileName = "..\\..\\Windows\\win.ini";
        mail.attachments << hostile;
        const Result<QByteArray> raw = MimeWriter::build(mail);
        QVERIFY(raw.ok());
        const Result<ParsedMail> read = MimeReader::parse(*raw);
        QVERIFY(read.ok());
        QCOMPARE(read->attachments.size(), 2);
        for (const Attachment& attachment : read->attachments) {
            QVERIFY2(!attachment.fileName.contains('/') && !attachment.fileName.contains('\\')
                    && !attachment.fileName.startsWith('.'),
                qPrintable(attachment.fileName));
            QCOMPARE(attachment.data, QByteArray("echo hello"));
        }
    }

    void noHeadersIsNotAMail_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\r\n\r\n  \r\n");
        QTest::newRow("plain text") << mailFile("no-headers.eml");
    }

    void noHeadersIsNotAMail()
    {
        QFETCH(QByteArray, raw);
        const Result<ParsedMail> mail = MimeReader::parse(raw);
        QVERIFY(!mail.ok());
        QCOMPARE(mail.error().code, Error::Code::Corrupt);
    }

    // Every cut of a real mail, and random byte changes, are read or refused: never a crash or a hang.
    void cutAndDamagedMailsNeverCrash()
    {
        QList<QByteArray> sources {mailFile("outlook-inline-image.eml"), mailFile("gmail-alternative.eml")};
        const Result<QByteArray> built = MimeWriter::build(replyWithInvoice());
        QVERIFY(built.ok());
        sources << *built;
        QRandomGenerator random(20261123);
        int read = 0;
        for (const QByteArray& source : std::as_const(sources)) {
            for (qsizetype length = 0; length <= source.size(); length += 7)
                read += MimeReader::parse(source.left(length)).ok() ? 1 : 0;
            for (int round = 0; round < 300; ++round) {
                QByteArray damaged = source;
                const int flips = 1 + random.bounded(8);
                for (int i = 0; i < flips; ++i)
                    damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
                const Result<ParsedMail> mail = MimeReader::parse(damaged);
                read += mail.ok() ? 1 : 0;
            }
        }
        QVERIFY(read > 0);
    }
};

QTEST_GUILESS_MAIN(TestMime)
#include "TestMime.moc"
