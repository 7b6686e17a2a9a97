#pragma once

#include <QString>

#include <atomic>

namespace comptoir::messages {

// Where the shop's mail is sent or fetched: an SMTP or IMAP server and how to reach it safely.
struct MailServer
{
    enum class Security
    {
        None, // plain text: only for a server on this machine
        StartTls, // connects in plain text, then must switch to TLS before anything else (never falls back)
        Tls, // TLS from the first byte (SMTPS on 465, IMAPS on 993)
    };

    QString host;
    int port = 0; // 0: the usual port for the protocol and security
    Security security = Security::StartTls;
    QString user; // empty: no authentication (SMTP only)
    QString caFile; // PEM certificates to trust instead of the system's (tests' self-signed certificate)
    int timeoutSeconds = 30; // to connect, and of silence once connected

    // "host:port" as shown in messages.
    QString displayName() const;
};

// Set from another thread to stop a transfer in progress; the operation then fails with Error::Code::Cancelled.
using CancelFlag = std::atomic_bool;

} // namespace comptoir::messages
