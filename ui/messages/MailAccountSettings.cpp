#include "messages/MailAccountSettings.h"

#include "messages/ImapFetcher.h"
#include "messages/Mail.h"
#include "messages/MailService.h"
#include "messages/MimeWriter.h"
#include "messages/SmtpSender.h"
#include "settings/Secrets.h"
#include "settings/ShopSettings.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

using comptoir::messages::MailAccount;
using comptoir::messages::MailServer;
using comptoir::settings::Secrets;

namespace {

QLabel* named(QWidget* parent, const char* name, QWidget* buddy)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setBuddy(buddy);
    return label;
}

} // namespace

MailAccountSettings::MailAccountSettings(MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_messages(messages)
    , m_smtpHost(new QLineEdit(this))
    , m_smtpPort(new QSpinBox(this))
    , m_smtpSecurity(new QComboBox(this))
    , m_smtpUser(new QLineEdit(this))
    , m_smtpPassword(new QLineEdit(this))
    , m_imapHost(new QLineEdit(this))
    , m_imapPort(new QSpinBox(this))
    , m_imapSecurity(new QComboBox(this))
    , m_imapUser(new QLineEdit(this))
    , m_imapPassword(new QLineEdit(this))
    , m_inbox(new QLineEdit(this))
    , m_sent(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("mailAccountSettings"));
    m_smtpHost->setObjectName(QStringLiteral("smtpHost"));
    m_smtpPort->setObjectName(QStringLiteral("smtpPort"));
    m_smtpSecurity->setObjectName(QStringLiteral("smtpSecurity"));
    m_smtpUser->setObjectName(QStringLiteral("smtpUser"));
    m_smtpPassword->setObjectName(QStringLiteral("smtpPassword"));
    m_imapHost->setObjectName(QStringLiteral("imapHost"));
    m_imapPort->setObjectName(QStringLiteral("imapPort"));
    m_imapSecurity->setObjectName(QStringLiteral("imapSecurity"));
    m_imapUser->setObjectName(QStringLiteral("imapUser"));
    m_imapPassword->setObjectName(QStringLiteral("imapPassword"));
    m_inbox->setObjectName(QStringLiteral("inboxFolder"));
    m_sent->setObjectName(QStringLiteral("sentFolder"));
    m_save->setObjectName(QStringLiteral("saveMailButton"));
    m_test->setObjectName(QStringLiteral("testMailButton"));
    m_result->setObjectName(QStringLiteral("mailTestResult"));
    for (QSpinBox* port : {m_smtpPort, m_imapPort}) {
        port->setRange(0, 65535);
        port->setSpecialValueText(QStringLiteral("—"));
    }
    for (QLineEdit* password : {m_smtpPassword, m_imapPassword})
        password->setEchoMode(QLineEdit::Password);
    fillSecurity(m_smtpSecurity);
    fillSecurity(m_imapSecurity);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(named(this, "smtpHostLabel", m_smtpHost), m_smtpHost);
    auto* smtpLine = new QHBoxLayout;
    smtpLine->addWidget(m_smtpSecurity, 1);
    smtpLine->addWidget(m_smtpPort);
    form->addRow(named(this, "smtpSecurityLabel", m_smtpSecurity), smtpLine);
    form->addRow(named(this, "smtpUserLabel", m_smtpUser), m_smtpUser);
    form->addRow(named(this, "smtpPasswordLabel", m_smtpPassword), m_smtpPassword);
    form->addRow(named(this, "imapHostLabel", m_imapHost), m_imapHost);
    auto* imapLine = new QHBoxLayout;
    imapLine->addWidget(m_imapSecurity, 1);
    imapLine->addWidget(m_imapPort);
    form->addRow(named(this, "imapSecurityLabel", m_imapSecurity), imapLine);
    form->addRow(named(this, "imapUserLabel", m_imapUser), m_imapUser);
    form->addRow(named(this, "imapPasswordLabel", m_imapPassword), m_imapPassword);
    form->addRow(named(this, "inboxLabel", m_inbox), m_inbox);
    form->addRow(named(this, "sentLabel", m_sent), m_sent);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_result, 1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &MailAccountSettings::save);
    connect(m_test, &QPushButton::clicked, this, &MailAccountSettings::test);
    retranslate();
}

MailAccountSettings::~MailAccountSettings()
{
    if (m_testThread)
        m_testThread->wait();
}

void MailAccountSettings::fillSecurity(QComboBox* combo)
{
    combo->clear();
    combo->addItem(QString(), int(MailServer::Security::StartTls));
    combo->addItem(QString(), int(MailServer::Security::Tls));
    combo->addItem(QString(), int(MailServer::Security::None));
}

void MailAccountSettings::setDatabase(comptoir::storage::DatabasePtr database)
{
    m_database = std::move(database);
    setEnabled(m_database != nullptr);
    load();
}

void MailAccountSettings::load()
{
    m_smtpPassword->clear();
    m_imapPassword->clear();
    if (!m_database)
        return;
    auto account = MailAccount::load(m_database);
    if (!account)
        return;
    m_smtpHost->setText(account->smtp.host);
    m_smtpPort->setValue(account->smtp.port);
    m_smtpSecurity->setCurrentIndex(m_smtpSecurity->findData(int(account->smtp.security)));
    m_smtpUser->setText(account->smtp.user);
    m_imapHost->setText(account->imap.host);
    m_imapPort->setValue(account->imap.port);
    m_imapSecurity->setCurrentIndex(m_imapSecurity->findData(int(account->imap.security)));
    m_imapUser->setText(account->imap.user);
    m_inbox->setText(account->inbox);
    m_sent->setText(account->sent);
    m_caFile = account->smtp.caFile;
    // The passwords, from the keychain: shown as dots once read.
    const auto fill = [this](const char* name, QLineEdit* field) {
        auto key = Secrets::shopKey(m_database, QString::fromLatin1(name));
        if (!key)
            return;
        Secrets::application().read(*key, field, [field](const comptoir::Result<QString>& password) {
            if (password && field->text().isEmpty())
                field->setText(*password);
        });
    };
    fill(MailService::kSmtpSecret, m_smtpPassword);
    fill(MailService::kImapSecret, m_imapPassword);
}

MailAccount MailAccountSettings::account() const
{
    MailAccount account;
    account.smtp.host = m_smtpHost->text().trimmed();
    account.smtp.port = m_smtpPort->value();
    account.smtp.security = MailServer::Security(m_smtpSecurity->currentData().toInt());
    account.smtp.user = m_smtpUser->text().trimmed();
    account.imap.host = m_imapHost->text().trimmed();
    account.imap.port = m_imapPort->value();
    account.imap.security = MailServer::Security(m_imapSecurity->currentData().toInt());
    account.imap.user = m_imapUser->text().trimmed();
    account.inbox = m_inbox->text().trimmed().isEmpty() ? QStringLiteral("INBOX") : m_inbox->text().trimmed();
    account.sent = m_sent->text().trimmed();
    account.smtp.caFile = account.imap.caFile = m_caFile;
    return account;
}

bool MailAccountSettings::save()
{
    if (!m_database)
        return false;
    if (auto saved = account().save(m_database); !saved) {
        m_messages->showMessage(saved.error().toString(), MessageBar::Kind::Error);
        return false;
    }
    const auto keep = [this](const char* name, const QString& password) {
        auto key = Secrets::shopKey(m_database, QString::fromLatin1(name));
        if (!key) {
            m_messages->showMessage(key.error().toString(), MessageBar::Kind::Error);
            return;
        }
        const auto done = [this](const comptoir::Result<Secrets::Kept>& kept) {
            if (!kept)
                m_messages->showMessage(
                    tr("The password could not be kept: %1").arg(kept.error().toString()), MessageBar::Kind::Error);
            else if (*kept == Secrets::Kept::SessionOnly)
                m_messages->showMessage(tr("No keychain available on this computer: the mail passwords are kept for "
                                           "this session only."),
                    MessageBar::Kind::Information);
        };
        if (password.isEmpty())
            Secrets::application().remove(*key, this, [](const comptoir::Status&) {});
        else
            Secrets::application().write(*key, password, this, done);
    };
    keep(MailService::kSmtpSecret, m_smtpPassword->text());
    keep(MailService::kImapSecret, m_imapPassword->text());
    m_messages->showMessage(tr("Mail account saved."), MessageBar::Kind::Positive);
    Q_EMIT saved();
    return true;
}

void MailAccountSettings::test()
{
    if (!m_database || m_testThread)
        return;
    const MailAccount tried = account();
    const QString smtpPassword = m_smtpPassword->text();
    const QString imapPassword = m_imapPassword->text();
    auto identity = comptoir::settings::ShopSettings(m_database).identity();
    const QString shopName = identity ? identity->name : QString();
    const QString shopEmail = identity ? identity->email : QString();
    m_test->setEnabled(false);
    m_result->setText(tr("Trying the servers…"));
    auto results = std::make_shared<QStringList>();
    auto ok = std::make_shared<bool>(true);
    m_testThread = QThread::create([=] {
        if (tried.canFetch()) {
            auto folders = comptoir::messages::ImapFetcher::folders(tried.imap, imapPassword);
            if (!folders) {
                *ok = false;
                *results << folders.error().message;
            } else if (!folders->contains(tried.inbox)) {
                *ok = false;
                *results << tr("Receiving works, but there is no folder “%1” (folders: %2).")
                                .arg(tried.inbox, folders->join(QStringLiteral(", ")));
            } else if (!tried.sent.isEmpty() && !folders->contains(tried.sent)) {
                *ok = false;
                *results << tr("Receiving works, but there is no folder “%1” to keep sent mail in (folders: %2).")
                                .arg(tried.sent, folders->join(QStringLiteral(", ")));
            } else {
                *results << tr("Receiving works.");
            }
        }
        if (tried.canSend()) {
            if (shopEmail.isEmpty()) {
                *ok = false;
                *results << tr("The shop has no email address to send from: enter it in Settings ▸ Shop.");
            } else {
                comptoir::messages::OutgoingMail mail;
                mail.from = {shopName, shopEmail};
                mail.to = {{shopName, shopEmail}};
                mail.subject = tr("Comptoir: test mail");
                mail.text = tr("This mail was sent by Comptoir to check the shop's mail account. It can be deleted.");
                auto raw = comptoir::messages::MimeWriter::build(mail);
                const comptoir::Status sent = raw ? comptoir::messages::SmtpSender::send(tried.smtp, smtpPassword,
                                                  shopEmail.toUtf8(), {shopEmail.toUtf8()}, *raw)
                                                  : comptoir::Status(raw.error());
                if (!sent) {
                    *ok = false;
                    *results << sent.error().message;
                } else {
                    *results << tr("Sending works: a test mail went to %1.").arg(shopEmail);
                }
            }
        }
        if (!tried.canFetch() && !tried.canSend()) {
            *ok = false;
            *results << tr("Enter at least a server to send mail through.");
        }
    });
    connect(m_testThread, &QThread::finished, this, [this, results, ok] {
        m_testThread->deleteLater();
        m_testThread = nullptr;
        m_test->setEnabled(true);
        m_result->setText(results->join(QLatin1Char('\n')));
        m_result->setStyleSheet(*ok ? QStringLiteral("color: #1e6b1e;") : QStringLiteral("color: #b01e1e;"));
        Q_EMIT testFinished(*ok);
    });
    m_testThread->start();
}

void MailAccountSettings::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MailAccountSettings::retranslate()
{
    const struct
    {
        const char* name;
        const char* text;
    } labels[] = {
        {"smtpHostLabel", QT_TR_NOOP("Sending server (SMTP):")},
        {"smtpSecurityLabel", QT_TR_NOOP("Security and port:")},
        {"smtpUserLabel", QT_TR_NOOP("User name:")},
        {"smtpPasswordLabel", QT_TR_NOOP("Password:")},
        {"imapHostLabel", QT_TR_NOOP("Receiving server (IMAP):")},
        {"imapSecurityLabel", QT_TR_NOOP("Security and port:")},
        {"imapUserLabel", QT_TR_NOOP("User name:")},
        {"imapPasswordLabel", QT_TR_NOOP("Password:")},
        {"inboxLabel", QT_TR_NOOP("Customers' mail arrives in:")},
        {"sentLabel", QT_TR_NOOP("Keep a copy of sent mail in:")},
    };
    for (const auto& label : labels)
        if (auto* widget = findChild<QLabel*>(QLatin1String(label.name)))
            widget->setText(tr(label.text));
    for (QComboBox* combo : {m_smtpSecurity, m_imapSecurity}) {
        combo->setItemText(0, tr("STARTTLS (encrypted after connecting)"));
        combo->setItemText(1, tr("TLS (encrypted from the start)"));
        combo->setItemText(2, tr("None (only for a server on this computer)"));
    }
    m_smtpPort->setToolTip(tr("— : the usual port (587 for STARTTLS, 465 for TLS)"));
    m_imapPort->setToolTip(tr("— : the usual port (143 for STARTTLS, 993 for TLS)"));
    m_sent->setPlaceholderText(tr("Sent (leave empty if the server keeps its own copy)"));
    m_hint->setText(tr("Customers' mail is fetched every five minutes and answers are sent at once. The passwords "
                       "are kept in the computer's keychain, never in the shop file."));
    m_save->setText(tr("Save the mail account"));
    m_test->setText(tr("Test"));
    m_test->setToolTip(tr("Log in to both servers and send a test mail to the shop's own address"));
}
