#pragma once

// Private to comptoir_messages: one libcurl connection to a mail server, reused across requests,
// with the project's security rules and its errors turned into messages that name the server.

#include "common/Result.h"
#include "messages/MailServer.h"

#include <QByteArray>

#include <curl/curl.h>

namespace comptoir::messages {

class CurlTransfer final
{
public:
    enum class Protocol
    {
        Smtp,
        Imap,
    };

    CurlTransfer(Protocol protocol, const MailServer& server, const QString& password, const CancelFlag* cancel);
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer&) = delete;
    CurlTransfer& operator=(const CurlTransfer&) = delete;

    CURL* handle() const { return m_curl; }
    // Points the next request at a path of the server ("/", "/INBOX;UID=4"), already percent-encoded.
    void setPath(const QByteArray& path);
    // What the next request sends (SMTP DATA, IMAP APPEND); empty for none.
    void setUpload(const QByteArray& data);
    // Runs the request set on the handle; on success, what the server sent back as the body.
    Result<QByteArray> perform();

    CURLcode lastCode() const { return m_code; }
    // libcurl's own explanation of the last failure.
    QString curlMessage() const;
    // The server's last reply line (never a command: credentials are not kept).
    QByteArray lastReply() const { return m_lastReply; }
    // The last "RCPT TO:<…>" sent, to name a refused recipient.
    QByteArray lastRecipientCommand() const { return m_lastRecipient; }
    // libcurl's message and the server's last reply, for Error::detail.
    QString detail() const;
    // The message for failures common to SMTP and IMAP (connection, TLS, authentication, timeout,
    // cancel); a generic "unexpected answer" for the others.
    Error commonError() const;

    const MailServer& server() const { return m_server; }

private:
    static size_t onWrite(char* data, size_t size, size_t count, void* self);
    static size_t onRead(char* buffer, size_t size, size_t count, void* self);
    static int onProgress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
    static int onDebug(CURL*, curl_infotype type, char* data, size_t size, void* self);

    Protocol m_protocol;
    MailServer m_server;
    QByteArray m_password;
    const CancelFlag* m_cancel;
    CURL* m_curl = nullptr;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
    CURLcode m_code = CURLE_OK;
    QByteArray m_body;
    QByteArray m_upload;
    qsizetype m_uploaded = 0;
    QByteArray m_lastReply;
    QByteArray m_lastRecipient;
    bool m_closing = false; // QUIT or LOGOUT sent: later replies are not kept
    QByteArray m_url;
};

} // namespace comptoir::messages
