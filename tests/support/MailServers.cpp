#include "support/MailServers.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

using comptoir::messages::MailServer;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

QString dovecotProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("dovecot"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/bin")});
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool waitForPort(int port, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

// A server the test starts dies with the test, even when the test crashes or is killed by CTest.
std::unique_ptr<QProcess> childProcess()
{
    auto process = std::make_unique<QProcess>();
    process->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    return process;
}

MailServer server(int port, MailServer::Security security, const QString& caFile)
{
    MailServer server;
    server.host = QStringLiteral("localhost");
    server.port = port;
    server.security = security;
    server.user = QString::fromUtf8(MailServers::kUser);
    server.caFile = caFile;
    server.timeoutSeconds = 5;
    return server;
}

} // namespace

MailServers::MailServers() = default;

MailServers::~MailServers()
{
    stop(m_smtpStartTls.process.get());
    stop(m_smtpTls.process.get());
    stop(m_smtpPlain.process.get());
    stop(m_dovecot.get());
}

void MailServers::stop(QProcess* process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->closeWriteChannel();
    process->terminate();
    if (!process->waitForFinished(3000)) {
        process->kill();
        process->waitForFinished(1000);
    }
}

QStringList MailServers::missingPrograms()
{
    QStringList missing;
    if (dovecotProgram().isEmpty())
        missing << QStringLiteral("dovecot (dovecot-imapd)");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        missing << QStringLiteral("openssl");
    if (QProcess::execute(kPython, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd.controller")}) != 0)
        missing << QStringLiteral("python3-aiosmtpd");
    return missing;
}

bool MailServers::start(QString* why)
{
    if (!m_dir.isValid()) {
        *why = QStringLiteral("no temporary directory");
        return false;
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("received"));
    return makeCertificate(why) && startSmtp(m_smtpStartTls, QStringLiteral("starttls"), why)
        && startSmtp(m_smtpTls, QStringLiteral("tls"), why) && startSmtp(m_smtpPlain, QStringLiteral("plain"), why)
        && startDovecot(why);
}

bool MailServers::makeCertificate(QString* why)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"),
            m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), caFile()});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        *why = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    return true;
}

bool MailServers::startSmtp(Smtp& smtp, const QString& mode, QString* why)
{
    smtp.port = freePort();
    smtp.process = childProcess();
    smtp.process->setProcessChannelMode(QProcess::SeparateChannels);
    smtp.process->start(kPython,
        {QStringLiteral(COMPTOIR_TEST_SUPPORT "/smtp_server.py"), QStringLiteral("--port"), QString::number(smtp.port),
            QStringLiteral("--mode"), mode, QStringLiteral("--cert"), caFile(), QStringLiteral("--key"),
            m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("--user"), QString::fromUtf8(kUser),
            QStringLiteral("--password"), QString::fromUtf8(kPassword), QStringLiteral("--outdir"),
            m_dir.filePath(QStringLiteral("received"))});
    QDeadlineTimer deadline(15000);
    QByteArray output;
    while (!deadline.hasExpired() && smtp.process->state() != QProcess::NotRunning) {
        smtp.process->waitForReadyRead(100);
        output += smtp.process->readAllStandardOutput();
        if (output.contains("READY"))
            return true;
    }
    *why = QStringLiteral("the %1 SMTP server did not start: %2")
               .arg(mode, QString::fromLocal8Bit(output + smtp.process->readAllStandardError()));
    return false;
}

bool MailServers::startDovecot(QString* why)
{
    const QString base = m_dir.path();
    for (const char* sub : {"run", "state", "home"})
        QDir(base).mkpath(QString::fromLatin1(sub));
    QFile passwdFile(base + QStringLiteral("/passwd"));
    if (!passwdFile.open(QIODevice::WriteOnly)) {
        *why = QStringLiteral("cannot write the passwd file");
        return false;
    }
    passwdFile.write(QByteArray(kUser) + ":{PLAIN}" + QByteArray(kPassword) + "::::::\n");
    passwdFile.close();

    // Dovecot refuses to run mail processes as root: as root, the mail belongs to nobody; otherwise every
    // service runs as the current user.
    QByteArray users;
    uid_t mailUid = getuid();
    gid_t mailGid = getgid();
    if (geteuid() == 0) {
        const struct passwd* nobody = getpwnam("nobody");
        mailUid = nobody ? nobody->pw_uid : 65534;
        mailGid = nobody ? nobody->pw_gid : 65534;
        QFile::setPermissions(base,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
        if (chown(QFile::encodeName(base + QStringLiteral("/home")).constData(), mailUid, mailGid) != 0) {
            *why = QStringLiteral("cannot give the mail directory to nobody");
            return false;
        }
    } else {
        const struct passwd* me = getpwuid(getuid());
        const struct group* myGroup = getgrgid(getgid());
        const QByteArray name = me ? QByteArray(me->pw_name) : QByteArray();
        users = "default_internal_user = " + name + "\ndefault_login_user = " + name
            + "\ndefault_internal_group = " + (myGroup ? QByteArray(myGroup->gr_name) : name) + '\n';
    }

    m_imapPort = freePort();
    m_imapsPort = freePort();
    const QByteArray dir = QFile::encodeName(base);
    const QByteArray config = "base_dir = " + dir + "/run\n" + "state_dir = " + dir + "/state\n" + "log_path = " + dir
        + "/dovecot.log\n" + users
        + "protocols = imap\n"
          "listen = 127.0.0.1\n"
          "ssl = required\n"
          "ssl_cert = <"
        + QFile::encodeName(caFile()) + "\nssl_key = <" + dir
        + "/key.pem\n"
          "auth_mechanisms = plain login\n"
          "auth_failure_delay = 0\n"
          "first_valid_uid = 1\n"
          "mail_location = maildir:"
        + dir + "/home/%u/Maildir\n" + "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u "
        + dir + "/passwd\n}\n" + "userdb {\n  driver = static\n  args = uid=" + QByteArray::number(mailUid)
        + " gid=" + QByteArray::number(mailGid) + " home=" + dir + "/home/%u\n}\n"
        + "namespace inbox {\n  inbox = yes\n  separator = /\n"
          "  mailbox Sent {\n    special_use = \\Sent\n    auto = create\n  }\n"
          "  mailbox \""
        + QByteArray(kClaimsFolder)
        + "\" {\n    auto = create\n  }\n}\n"
          "service imap-login {\n  chroot =\n"
          "  inet_listener imap {\n    address = 127.0.0.1\n    port = "
        + QByteArray::number(m_imapPort)
        + "\n  }\n"
          "  inet_listener imaps {\n    address = 127.0.0.1\n    port = "
        + QByteArray::number(m_imapsPort)
        + "\n    ssl = yes\n  }\n}\n"
          "service anvil {\n  chroot =\n}\n"
          "service stats {\n  chroot =\n}\n";
    QFile configFile(base + QStringLiteral("/dovecot.conf"));
    if (!configFile.open(QIODevice::WriteOnly)) {
        *why = QStringLiteral("cannot write dovecot.conf");
        return false;
    }
    configFile.write(config);
    configFile.close();

    m_dovecot = childProcess();
    m_dovecot->setProcessChannelMode(QProcess::MergedChannels);
    m_dovecot->start(dovecotProgram(), {QStringLiteral("-F"), QStringLiteral("-c"), configFile.fileName()});
    if (!waitForPort(m_imapPort, 15000) || !waitForPort(m_imapsPort, 5000)) {
        m_dovecot->waitForFinished(100);
        *why = QStringLiteral("dovecot did not start: ") + QString::fromLocal8Bit(m_dovecot->readAll()) + dovecotLog();
        return false;
    }
    return true;
}

MailServer MailServers::smtpStartTls() const
{
    return server(m_smtpStartTls.port, MailServer::Security::StartTls, caFile());
}

MailServer MailServers::smtpTls() const
{
    return server(m_smtpTls.port, MailServer::Security::Tls, caFile());
}

MailServer MailServers::smtpPlain() const
{
    MailServer plain = server(m_smtpPlain.port, MailServer::Security::None, caFile());
    plain.user.clear();
    return plain;
}

MailServer MailServers::imapStartTls() const
{
    return server(m_imapPort, MailServer::Security::StartTls, caFile());
}

MailServer MailServers::imapTls() const
{
    return server(m_imapsPort, MailServer::Security::Tls, caFile());
}

QString MailServers::caFile() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QList<QByteArray> MailServers::receivedMails() const
{
    QList<QByteArray> mails;
    for (int n = 1;; ++n) {
        QFile file(m_dir.filePath(QStringLiteral("received/%1.eml").arg(n)));
        if (!file.open(QIODevice::ReadOnly))
            break;
        mails << file.readAll();
    }
    return mails;
}

QStringList MailServers::envelope(int n) const
{
    QFile file(m_dir.filePath(QStringLiteral("received/%1.envelope").arg(n)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString MailServers::maildir() const
{
    return m_dir.filePath(QStringLiteral("home/") + QString::fromUtf8(kUser) + QStringLiteral("/Maildir"));
}

bool MailServers::deliverUnread(const QByteArray& raw)
{
    static int delivered = 0;
    const QString name
        = QStringLiteral("%1.comptoir%2.localhost").arg(QDateTime::currentSecsSinceEpoch()).arg(++delivered);
    const QString temporary = maildir() + QStringLiteral("/tmp/") + name;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(raw) != raw.size())
        return false;
    file.close();
    if (geteuid() == 0) {
        const struct passwd* nobody = getpwnam("nobody");
        if (chown(QFile::encodeName(temporary).constData(), nobody ? nobody->pw_uid : 65534,
                nobody ? nobody->pw_gid : 65534)
            != 0)
            return false;
    }
    return QFile::rename(temporary, maildir() + QStringLiteral("/new/") + name);
}

QStringList MailServers::inboxFlagsOf(const QByteArray& text) const
{
    QStringList flags;
    for (const char* sub : {"/new", "/cur"}) {
        const QDir dir(maildir() + QString::fromLatin1(sub));
        for (const QFileInfo& info : dir.entryInfoList(QDir::Files)) {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
                flags << info.fileName().section(QStringLiteral(":2,"), 1, 1, QString::SectionSkipEmpty);
        }
    }
    return flags;
}

void MailServers::stopPlainSmtp()
{
    stop(m_smtpPlain.process.get());
}

QString MailServers::dovecotLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("dovecot.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
}
