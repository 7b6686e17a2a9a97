#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

// A small HTTP/1.1 server on 127.0.0.1 (a free port) for tests of network clients: scripted answers
// per path, served in order (the last one repeats), and every request recorded to assert on. One
// request per connection ("Connection: close"); runs in the test's event loop.
class FakeHttpServer final
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0; // answer only after this long (timeouts)
    };

    struct Request
    {
        QByteArray method;
        QByteArray path; // without the query
        QByteArray query;
        QHash<QByteArray, QByteArray> headers; // names in lower case

        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };

    FakeHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    // Answers requests for `path` with `response`, after the ones already scripted for it.
    void script(const QByteArray& path, const Response& response) { m_scripts[path].append(response); }
    void script(const QByteArray& path, int status, const QByteArray& body,
        const QList<QPair<QByteArray, QByteArray>>& headers = {}, int delayMs = 0)
    {
        script(path, Response {status, body, headers, delayMs});
    }

    const QList<Request>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    void serve(QTcpSocket* socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->clear();
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QByteArray target = first.value(1);
            const qsizetype question = target.indexOf('?');
            request.path = question < 0 ? target : target.left(question);
            request.query = question < 0 ? QByteArray() : target.mid(question + 1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            m_requests.append(request);
            const Response response = next(request.path);
            auto answer = [socket, response] {
                QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
                text += "Content-Type: application/json\r\nConnection: close\r\n";
                text += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                for (const auto& [name, value] : response.headers)
                    text += name + ": " + value + "\r\n";
                text += "\r\n" + response.body;
                socket->write(text);
                socket->disconnectFromHost();
            };
            if (response.delayMs > 0)
                QTimer::singleShot(response.delayMs, socket, answer);
            else
                answer();
        });
    }

    Response next(const QByteArray& path)
    {
        auto it = m_scripts.find(path);
        if (it == m_scripts.end() || it->isEmpty())
            return Response {
                500, "{\"returnCode\": 500, \"returnMessage\": \"nothing scripted for this path\"}", {}, 0};
        return it->size() > 1 ? it->takeFirst() : it->first();
    }

    QTcpServer m_server;
    QHash<QByteArray, QList<Response>> m_scripts;
    QList<Request> m_requests;
};
