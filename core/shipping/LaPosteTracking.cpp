#include "shipping/LaPosteTracking.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace comptoir::shipping {

namespace {

// La Poste's event codes (Suivi v2), from its public documentation.
const QHash<QString, TrackingState>& laPosteStates()
{
    static const QHash<QString, TrackingState> states = {
        {QStringLiteral("DR1"), TrackingState::LabelCreated}, // déclaratif réceptionné
        {QStringLiteral("PC1"), TrackingState::InTransit}, // pris en charge
        {QStringLiteral("PC2"), TrackingState::InTransit}, // pris en charge dans le pays d'expédition
        {QStringLiteral("ET1"), TrackingState::InTransit}, // en cours de traitement
        {QStringLiteral("ET2"), TrackingState::InTransit}, {QStringLiteral("ET3"), TrackingState::InTransit},
        {QStringLiteral("ET4"), TrackingState::InTransit},
        {QStringLiteral("EP1"), TrackingState::InTransit}, // en attente de présentation
        {QStringLiteral("DO1"), TrackingState::InTransit}, // entrée en douane
        {QStringLiteral("DO2"), TrackingState::InTransit}, // sortie de douane
        {QStringLiteral("DO3"), TrackingState::Exception}, // retenu en douane
        {QStringLiteral("PB1"), TrackingState::Exception}, // problème en cours
        {QStringLiteral("PB2"), TrackingState::InTransit}, // problème résolu
        {QStringLiteral("MD2"), TrackingState::OutForDelivery}, // mis en distribution
        {QStringLiteral("ND1"), TrackingState::DeliveryFailed}, // non distribuable
        {QStringLiteral("AG1"), TrackingState::AwaitingPickup}, // en attente d'être retiré au guichet
        {QStringLiteral("RE1"), TrackingState::Returned}, // retourné à l'expéditeur
        {QStringLiteral("DI1"), TrackingState::Delivered}, // distribué
        {QStringLiteral("DI2"), TrackingState::Returned}, // distribué à l'expéditeur
    };
    return states;
}

Error badAnswer(const QString& message, const QString& detail = {})
{
    return Error(Error::Code::Corrupt, message, {}, detail);
}

// Only a short piece of what La Poste sent goes into a message: the body may be anything.
QString excerpt(const QString& text)
{
    return text.size() > 60 ? text.left(60) + QStringLiteral("…") : text;
}

// La Poste writes times in ISO 8601 with their offset; one without is taken as French time.
QDateTime laPosteTime(const QString& text)
{
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), QTimeZone(QByteArrayLiteral("Europe/Paris")));
    return at.toUTC();
}

// A day as La Poste gives it: a date, or a time whose date counts where it was written.
QDate laPosteDate(const QString& text)
{
    const QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (at.isValid())
        return at.date();
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

int intOf(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString())
        return value.toString().toInt();
    return 0;
}

Error errorFor(int status, const QString& returnMessage)
{
    const QString detail = returnMessage.isEmpty()
        ? QStringLiteral("HTTP %1").arg(status)
        : QStringLiteral("HTTP %1: %2").arg(status).arg(excerpt(returnMessage));
    if (status == 401 || status == 403)
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "LaPosteTracking", "La Poste refused the API key: check it on developer.laposte.fr (API “Suivi v2”)."),
            {}, detail);
    if (status == 404)
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("LaPosteTracking",
                "La Poste does not know this tracking number: it is mistyped, or the parcel has not been "
                "handed over yet."),
            {}, detail);
    if (status == 400)
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("LaPosteTracking", "La Poste refused this tracking number as malformed."), {},
            detail);
    if (status == 429)
        return Error(Error::Code::Io,
            QCoreApplication::translate(
                "LaPosteTracking", "La Poste receives too many requests from this key: try again in a few minutes."),
            {}, detail);
    if (status >= 500 && status < 600)
        return Error(Error::Code::Io,
            QCoreApplication::translate(
                "LaPosteTracking", "La Poste's tracking service is not working right now: try again later."),
            {}, detail);
    return Error(Error::Code::Io,
        QCoreApplication::translate("LaPosteTracking", "La Poste gave an unexpected answer (HTTP status %1).")
            .arg(status),
        {}, detail);
}

FetchFailure failureFor(int status)
{
    if (status == 401 || status == 403)
        return FetchFailure::KeyRefused;
    if (status == 400 || status == 404)
        return FetchFailure::UnknownNumber;
    if (status == 429)
        return FetchFailure::Throttled;
    if (status >= 500 && status < 600)
        return FetchFailure::ServiceDown;
    return FetchFailure::BadAnswer;
}

// The status that counts: answers about several parcels (HTTP 207) carry each one's own code in the body.
int answeredStatus(int httpStatus, const QJsonObject& root)
{
    const int returnCode = intOf(root.value(QLatin1String("returnCode")));
    return httpStatus >= 200 && httpStatus < 300 && returnCode >= 400 ? returnCode : httpStatus;
}

} // namespace

TrackingState laPosteState(const QString& code)
{
    return laPosteStates().value(code.trimmed().toUpper(), TrackingState::InTransit);
}

Result<LaPosteAnswer> parseLaPosteAnswer(const QByteArray& body, int httpStatus)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool readable = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject root = document.object();
    LaPosteAnswer answer;
    answer.returnCode = intOf(root.value(QLatin1String("returnCode")));
    const int status = answeredStatus(httpStatus, root);
    if (status < 200 || status >= 300)
        return errorFor(status, root.value(QLatin1String("returnMessage")).toString());
    if (!readable)
        return badAnswer(QCoreApplication::translate("LaPosteTracking", "La Poste's answer could not be read."),
            parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                         : QStringLiteral("not a JSON object"));

    const QJsonValue shipmentValue = root.value(QLatin1String("shipment"));
    if (!shipmentValue.isObject())
        return badAnswer(QCoreApplication::translate("LaPosteTracking", "La Poste's answer holds no parcel."),
            QStringLiteral("no \"shipment\" object"));
    const QJsonObject shipment = shipmentValue.toObject();
    TrackingAnswer& tracking = answer.tracking;
    tracking.number = shipment.value(QLatin1String("idShip")).toString();
    if (tracking.number.isEmpty())
        tracking.number = root.value(QLatin1String("idShip")).toString();
    tracking.product = shipment.value(QLatin1String("product")).toString();
    tracking.isFinal = shipment.value(QLatin1String("isFinal")).toBool(false);
    tracking.expectedOn = laPosteDate(shipment.value(QLatin1String("estimDate")).toString());
    tracking.deliveredAt = laPosteTime(shipment.value(QLatin1String("deliveryDate")).toString());
    const QUrl url(shipment.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        tracking.url = url;

    // A parcel only announced may have no event yet.
    const QJsonValue eventsValue = shipment.value(QLatin1String("event"));
    if (!eventsValue.isUndefined() && !eventsValue.isNull() && !eventsValue.isArray())
        return badAnswer(QCoreApplication::translate(
                             "LaPosteTracking", "La Poste's answer could not be read: its events are not a list."),
            QStringLiteral("\"event\" is not an array"));
    const QJsonArray events = eventsValue.toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!events.at(i).isObject())
            return badAnswer(QCoreApplication::translate(
                "LaPosteTracking", "La Poste's answer could not be read: event %1 is not an event.")
                                 .arg(i + 1));
        const QJsonObject item = events.at(i).toObject();
        TrackingEvent event;
        event.code = item.value(QLatin1String("code")).toString().trimmed().toUpper();
        event.state = laPosteState(event.code);
        event.description = item.value(QLatin1String("label")).toString().trimmed();
        event.source = EventSource::Carrier;
        const QString date = item.value(QLatin1String("date")).toString();
        event.at = laPosteTime(date);
        // An event without its time cannot be placed among the others: the whole answer is refused
        // rather than recorded in part.
        if (!event.at.isValid())
            return badAnswer(QCoreApplication::translate("LaPosteTracking",
                                 "La Poste's answer could not be read: event %1 (%2) has no valid date.")
                                 .arg(i + 1)
                                 .arg(event.code.isEmpty() ? QStringLiteral("?") : excerpt(event.code)),
                excerpt(date));
        tracking.events.append(event);
    }
    // Newest first, as La Poste lists them; sorted all the same so that the promise holds.
    std::stable_sort(tracking.events.begin(), tracking.events.end(),
        [](const TrackingEvent& a, const TrackingEvent& b) { return a.at > b.at; });
    return answer;
}

// One number asked of La Poste: sent, retried once after a 429, read.
class LaPosteRequest final : public TrackingRequest
{
public:
    LaPosteRequest(const LaPosteTracking& provider, const QString& number, QObject* parent)
        : TrackingRequest(number, parent)
        , m_network(provider.m_network)
        , m_url(provider.urlFor(number))
        , m_apiKey(provider.m_apiKey)
        , m_host(provider.m_baseUrl.host())
        , m_timeout(provider.m_timeout)
        , m_maxRetryWait(provider.m_maxRetryWait)
    {
        m_retryTimer.setSingleShot(true);
        connect(&m_retryTimer, &QTimer::timeout, this, &LaPosteRequest::send);
    }

    ~LaPosteRequest() override { dropReply(); }

    void start()
    {
        // finished() is never emitted from inside fetch(): callers connect to it afterwards.
        if (m_apiKey.trimmed().isEmpty()) {
            QTimer::singleShot(0, this, [this] {
                finish(FetchFailure::KeyRefused,
                    Error(Error::Code::InvalidInput,
                        QCoreApplication::translate("LaPosteTracking",
                            "There is no API key for La Poste: get one on developer.laposte.fr (API “Suivi v2”).")));
            });
            return;
        }
        send();
    }

    void abort() override
    {
        m_retryTimer.stop();
        dropReply();
        finish(FetchFailure::Cancelled,
            Error(Error::Code::Cancelled, QCoreApplication::translate("LaPosteTracking", "Cancelled.")));
    }

private:
    void dropReply()
    {
        if (!m_reply)
            return;
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }

    void send()
    {
        if (!m_network) {
            finish(FetchFailure::Cancelled,
                Error(Error::Code::Cancelled, QCoreApplication::translate("LaPosteTracking", "Cancelled.")));
            return;
        }
        QNetworkRequest request(m_url);
        request.setRawHeader(QByteArrayLiteral("X-Okapi-Key"), m_apiKey.trimmed().toUtf8());
        request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
        request.setTransferTimeout(int(m_timeout.count()));
        m_reply = m_network->get(request);
        connect(m_reply, &QNetworkReply::finished, this, &LaPosteRequest::read);
    }

    // The wait a 429 asks for: seconds, or an HTTP date; a missing or unreadable one is a short pause.
    static std::chrono::seconds retryAfter(const QByteArray& header)
    {
        bool isNumber = false;
        const qint64 seconds = header.trimmed().toLongLong(&isNumber);
        if (isNumber)
            return std::chrono::seconds(std::max<qint64>(seconds, 0));
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
        if (at.isValid())
            return std::chrono::seconds(std::max<qint64>(QDateTime::currentDateTimeUtc().secsTo(at), 0));
        return std::chrono::seconds(2);
    }

    void read()
    {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        if (!reply)
            return;
        reply->deleteLater();
        const QNetworkReply::NetworkError error = reply->error();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // HTTP errors (4xx, 5xx) come with La Poste's body; failures below HTTP do not.
        const bool answered = status > 0
            && (error == QNetworkReply::NoError
                || (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError)
                || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError));
        if (!answered) {
            failTransport(error, reply->errorString());
            return;
        }
        if (status == 429 && !m_retried) {
            const std::chrono::seconds wait = retryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
            if (wait <= m_maxRetryWait) {
                m_retried = true;
                m_retryTimer.start(wait);
                return;
            }
        }
        const QByteArray body = reply->readAll();
        auto parsed = parseLaPosteAnswer(body, status);
        if (!parsed) {
            const int answered = answeredStatus(status, QJsonDocument::fromJson(body).object());
            finish(answered >= 200 && answered < 300 ? FetchFailure::BadAnswer : failureFor(answered), parsed.error());
            return;
        }
        finish(FetchFailure::None, std::move(parsed).value().tracking);
    }

    void failTransport(QNetworkReply::NetworkError error, const QString& detail)
    {
        const QString host = m_host.isEmpty() ? m_url.host() : m_host;
        switch (error) {
        case QNetworkReply::OperationCanceledError: // what a transfer timeout gives (we abort only after disconnecting)
        case QNetworkReply::TimeoutError: {
            const int seconds = int(std::max<qint64>(1, (m_timeout.count() + 999) / 1000));
            finish(FetchFailure::Timeout,
                Error(Error::Code::Io,
                    QCoreApplication::translate("LaPosteTracking",
                        "La Poste did not answer within %n second(s): try again later.", nullptr, seconds),
                    {}, detail));
            return;
        }
        case QNetworkReply::HostNotFoundError:
            finish(FetchFailure::Network,
                Error(Error::Code::Io,
                    QCoreApplication::translate("LaPosteTracking",
                        "La Poste's server (%1) could not be found: check the internet connection (DNS).")
                        .arg(host),
                    {}, detail));
            return;
        case QNetworkReply::SslHandshakeFailedError:
            finish(FetchFailure::Network,
                Error(Error::Code::Io,
                    QCoreApplication::translate("LaPosteTracking",
                        "The secure connection to La Poste's server (%1) failed (TLS): check the computer's date "
                        "and time, and any proxy or antivirus that inspects connections.")
                        .arg(host),
                    {}, detail));
            return;
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
            finish(FetchFailure::Network,
                Error(Error::Code::Io,
                    QCoreApplication::translate(
                        "LaPosteTracking", "The proxy did not let the connection to La Poste's server (%1) through.")
                        .arg(host),
                    {}, detail));
            return;
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::ProtocolFailure:
            finish(FetchFailure::BadAnswer,
                Error(Error::Code::Io,
                    QCoreApplication::translate("LaPosteTracking", "La Poste's answer could not be read."), {},
                    detail));
            return;
        default:
            finish(FetchFailure::Network,
                Error(Error::Code::Io,
                    QCoreApplication::translate("LaPosteTracking",
                        "Could not connect to La Poste's server (%1): check the internet connection.")
                        .arg(host),
                    {}, detail));
            return;
        }
    }

    QPointer<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    const QUrl m_url;
    const QString m_apiKey;
    const QString m_host;
    const std::chrono::milliseconds m_timeout;
    const std::chrono::seconds m_maxRetryWait;
    bool m_retried = false;
};

LaPosteTracking::LaPosteTracking(QString apiKey, QObject* parent)
    : TrackingProvider(parent)
    , m_apiKey(std::move(apiKey))
    , m_baseUrl(QString::fromLatin1(kDefaultBaseUrl))
    , m_network(new QNetworkAccessManager(this))
{ }

LaPosteTracking::~LaPosteTracking() = default;

QString LaPosteTracking::name() const
{
    return QStringLiteral("La Poste");
}

QStringList LaPosteTracking::carrierKeys() const
{
    return trackedCarriers();
}

QStringList LaPosteTracking::trackedCarriers()
{
    return {QStringLiteral("colissimo"), QStringLiteral("chronopost"), QStringLiteral("lettre-suivie")};
}

QUrl LaPosteTracking::configuredBaseUrl()
{
    const QUrl url(qEnvironmentVariable(kBaseUrlVariable).trimmed(), QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        return url;
    return QUrl(QString::fromLatin1(kDefaultBaseUrl));
}

QUrl LaPosteTracking::urlFor(const QString& number) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    // One number per request (see the class comment), percent-encoded whatever it holds.
    url.setPath(
        path + QStringLiteral("idships/") + QString::fromLatin1(QUrl::toPercentEncoding(number)), QUrl::TolerantMode);
    url.setQuery(QStringLiteral("lang=fr_FR"));
    return url;
}

TrackingRequest* LaPosteTracking::fetch(const QString& number, QObject* parent)
{
    auto* request = new LaPosteRequest(*this, number, parent);
    request->start();
    return request;
}

} // namespace comptoir::shipping
