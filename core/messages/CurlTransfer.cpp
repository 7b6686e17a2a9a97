#include "messages/CurlTransfer.h"

#include <QCoreApplication>

#include <cstring>
#include <mutex>

namespace comptoir::messages {

namespace {

int defaultPort(CurlTransfer::Protocol protocol, MailServer::Security security)
{
    if (protocol == CurlTransfer::Protocol::Smtp)
        return security == MailServer::Security::Tls ? 465 : 587;
    return security == MailServer::Security::Tls ? 993 : 143;
}

} // namespace

CurlTransfer::CurlTransfer(
    Protocol protocol, const MailServer& server, const QString& password, const CancelFlag* cancel)
    : m_protocol(protocol)
    , m_server(server)
    , m_password(password.toUtf8())
    , m_cancel(cancel)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (m_server.port <= 0)
        m_server.port = defaultPort(protocol, server.security);
    m_curl = curl_easy_init();
    if (!m_curl)
        return;
    const bool smtp = protocol == Protocol::Smtp;
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, smtp ? "smtp,smtps" : "imap,imaps");
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    // Never a plain connection when TLS was asked: STARTTLS must succeed or the transfer stops.
    curl_easy_setopt(m_curl, CURLOPT_USE_SSL,
        server.security == MailServer::Security::None ? long(CURLUSESSL_NONE) : long(CURLUSESSL_ALL));
    curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(m_curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    if (!server.caFile.isEmpty())
        curl_easy_setopt(m_curl, CURLOPT_CAINFO, server.caFile.toLocal8Bit().constData());
    if (!server.user.isEmpty()) {
        curl_easy_setopt(m_curl, CURLOPT_USERNAME, server.user.toUtf8().constData());
        curl_easy_setopt(m_curl, CURLOPT_PASSWORD, m_password.constData());
    }
    const long timeout = std::max(1, server.timeoutSeconds);
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, timeout);
    curl_easy_setopt(m_curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME, timeout);
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &CurlTransfer::onWrite);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, &CurlTransfer::onRead);
    curl_easy_setopt(m_curl, CURLOPT_READDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, &CurlTransfer::onProgress);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(m_curl, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(m_curl, CURLOPT_DEBUGFUNCTION, &CurlTransfer::onDebug);
    curl_easy_setopt(m_curl, CURLOPT_DEBUGDATA, this);
    setPath("/");
}

CurlTransfer::~CurlTransfer()
{
    if (m_curl)
        curl_easy_cleanup(m_curl);
    m_password.fill('\0');
}

void CurlTransfer::setPath(const QByteArray& path)
{
    const bool tls = m_server.security == MailServer::Security::Tls;
    QByteArray scheme = m_protocol == Protocol::Smtp ? "smtp" : "imap";
    if (tls)
        scheme += 's';
    QByteArray host = m_server.host.toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    m_url = scheme + "://" + host + ':' + QByteArray::number(m_server.port) + path;
    if (m_curl)
        curl_easy_setopt(m_curl, CURLOPT_URL, m_url.constData());
}

void CurlTransfer::setUpload(const QByteArray& data)
{
    m_upload = data;
    m_uploaded = 0;
    if (!m_curl)
        return;
    curl_easy_setopt(m_curl, CURLOPT_UPLOAD, data.isEmpty() ? 0L : 1L);
    curl_easy_setopt(m_curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(data.size()));
}

Result<QByteArray> CurlTransfer::perform()
{
    m_body.clear();
    m_uploaded = 0;
    m_errorBuffer[0] = '\0';
    m_closing = false;
    if (!m_curl) {
        m_code = CURLE_FAILED_INIT;
        return commonError();
    }
    m_code = curl_easy_perform(m_curl);
    if (m_code != CURLE_OK)
        return commonError();
    return m_body;
}

QString CurlTransfer::curlMessage() const
{
    const QString buffer = QString::fromUtf8(m_errorBuffer).trimmed();
    return buffer.isEmpty() ? QString::fromUtf8(curl_easy_strerror(m_code)) : buffer;
}

QString CurlTransfer::detail() const
{
    QString text = QStringLiteral("curl %1: %2").arg(int(m_code)).arg(curlMessage());
    if (!m_lastReply.isEmpty())
        text += QStringLiteral("; server: ") + QString::fromUtf8(m_lastReply.left(200));
    return text;
}

Error CurlTransfer::commonError() const
{
    const QString name = m_server.displayName();
    const auto error = [this](Error::Code code, const QString& message) { return Error(code, message, {}, detail()); };
    switch (m_code) {
    case CURLE_ABORTED_BY_CALLBACK:
        return error(Error::Code::Cancelled, QCoreApplication::translate("MailServer", "Cancelled."));
    case CURLE_COULDNT_RESOLVE_HOST:
        return error(Error::Code::NotFound,
            QCoreApplication::translate("MailServer", "The mail server %1 was not found: check its name.").arg(name));
    case CURLE_COULDNT_CONNECT:
        return error(Error::Code::Io,
            QCoreApplication::translate("MailServer",
                "The mail server %1 cannot be reached (connection refused or impossible): check its address and "
                "port, and the network.")
                .arg(name));
    case CURLE_OPERATION_TIMEDOUT:
        return error(Error::Code::Io,
            QCoreApplication::translate("MailServer", "The mail server %1 did not answer within %n second(s).", nullptr,
                m_server.timeoutSeconds)
                .arg(name));
    case CURLE_LOGIN_DENIED:
        return error(Error::Code::InvalidInput,
            QCoreApplication::translate("MailServer",
                "The mail server %1 refused the user name or password of “%2”: check them in the mail settings.")
                .arg(name, m_server.user));
    case CURLE_USE_SSL_FAILED:
        return error(Error::Code::Io,
            QCoreApplication::translate("MailServer",
                "The mail server %1 does not offer STARTTLS, so nothing was sent: Comptoir never sends mail or "
                "passwords in clear text. Check the port, or choose TLS.")
                .arg(name));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
        return error(Error::Code::Io,
            QCoreApplication::translate("MailServer",
                "The certificate of the mail server %1 is not trusted (expired, self-signed or made for another "
                "name), so nothing was sent.")
                .arg(name));
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
        return error(Error::Code::Io,
            QCoreApplication::translate("MailServer",
                "The secure connection (TLS) with the mail server %1 failed: check that this port expects the "
                "security chosen (TLS is usually 465 for sending and 993 for receiving, STARTTLS 587 and 143).")
                .arg(name));
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        return error(Error::Code::Io,
            QCoreApplication::translate("MailServer", "The connection with the mail server %1 was cut: try again.")
                .arg(name));
    case CURLE_URL_MALFORMAT:
        return error(Error::Code::InvalidInput,
            QCoreApplication::translate("MailServer", "“%1” is not a valid mail server address.").arg(name));
    default:
        return error(Error::Code::Io,
            QCoreApplication::translate("MailServer", "The mail server %1 gave an unexpected answer.").arg(name));
    }
}

size_t CurlTransfer::onWrite(char* data, size_t size, size_t count, void* self)
{
    static_cast<CurlTransfer*>(self)->m_body.append(data, qsizetype(size * count));
    return size * count;
}

size_t CurlTransfer::onRead(char* buffer, size_t size, size_t count, void* self)
{
    auto* transfer = static_cast<CurlTransfer*>(self);
    const qsizetype left = transfer->m_upload.size() - transfer->m_uploaded;
    const qsizetype n = std::min(left, qsizetype(size * count));
    if (n > 0)
        std::memcpy(buffer, transfer->m_upload.constData() + transfer->m_uploaded, size_t(n));
    transfer->m_uploaded += n;
    return size_t(n);
}

int CurlTransfer::onProgress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const CancelFlag* cancel = static_cast<CurlTransfer*>(self)->m_cancel;
    return cancel && cancel->load() ? 1 : 0;
}

int CurlTransfer::onDebug(CURL*, curl_infotype type, char* data, size_t size, void* self)
{
    auto* transfer = static_cast<CurlTransfer*>(self);
    const QByteArray text = QByteArray(data, qsizetype(size)).trimmed();
    if (type == CURLINFO_HEADER_IN && !transfer->m_closing) {
        const qsizetype lastLine = text.lastIndexOf('\n');
        transfer->m_lastReply = (lastLine < 0 ? text : text.mid(lastLine + 1)).trimmed();
    } else if (type == CURLINFO_HEADER_OUT) {
        if (text.startsWith("RCPT TO:"))
            transfer->m_lastRecipient = text;
        // The answer to QUIT or LOGOUT says nothing about what failed before it.
        const QList<QByteArray> words = text.toUpper().split(' '); // IMAP commands follow their tag
        const QByteArray command = words.first() == "QUIT" ? words.first() : words.value(1);
        if (command == "QUIT" || command == "LOGOUT")
            transfer->m_closing = true;
    }
    return 0;
}

} // namespace comptoir::messages
