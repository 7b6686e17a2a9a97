#pragma once

#include "common/Result.h"
#include "shipping/TrackingProvider.h"

#include <QByteArray>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace comptoir::shipping {

// La Poste's answer about one parcel (Suivi API v2): the tracking and La Poste's own return code.
struct LaPosteAnswer
{
    int returnCode = 0; // 200 when La Poste knows the parcel
    TrackingAnswer tracking;
};

// The state a La Poste event code stands for (DI1 delivered, MD2 out for delivery…); codes not
// known to Comptoir are in transit (the event keeps its code and label).
TrackingState laPosteState(const QString& code);

// Reads what La Poste answered (the body and its HTTP status) about one parcel. An error answer
// (400, 401, 404, 429, 5xx) becomes an Error saying what it means for the merchant, with La Poste's
// own returnMessage as the detail; a body that cannot be read is refused, whatever it holds.
Result<LaPosteAnswer> parseLaPosteAnswer(const QByteArray& body, int httpStatus);

// La Poste's public tracking API ("Suivi v2", developer.laposte.fr): Colissimo, Chronopost and Lettre
// suivie parcels, one number per request (the API accepts several, but how it separates them and
// answers is not documented well enough to rely on). The API key is the shop's, given by the caller.
class LaPosteTracking final : public TrackingProvider
{
    Q_OBJECT

public:
    static constexpr auto kDefaultBaseUrl = "https://api.laposte.fr/suivi/v2";
    static constexpr std::chrono::milliseconds kDefaultTimeout {20000};
    // Longer waits asked by a "429 Too many requests" give up at once rather than hold the refresh.
    static constexpr std::chrono::seconds kDefaultMaxRetryWait {30};

    // The name of the shop's La Poste key among its secrets (settings::Secrets::shopKey()).
    static constexpr auto kSecretName = "laposte.api_key";
    // The environment variable that points the application at another server than La Poste's (tests).
    static constexpr auto kBaseUrlVariable = "COMPTOIR_LAPOSTE_URL";
    // A number asked about to try a key: La Poste checks the key before the number, so any answer
    // but "key refused" says the key works.
    static constexpr auto kKeyCheckNumber = "6A00000000000";

    // kDefaultBaseUrl, or the http(s) address in COMPTOIR_LAPOSTE_URL when it holds one.
    static QUrl configuredBaseUrl();
    // The keys of the carriers La Poste tracks (carriers.json): Colissimo, Chronopost, Lettre suivie.
    static QStringList trackedCarriers();

    // Asks kDefaultBaseUrl; setBaseUrl() changes it.
    explicit LaPosteTracking(QString apiKey, QObject* parent = nullptr);
    ~LaPosteTracking() override;

    QString name() const override;
    QStringList carrierKeys() const override;
    TrackingRequest* fetch(const QString& number, QObject* parent) override;

    // Where the API is: tests point it at a local server.
    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // How long one request may go without receiving data.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxRetryWait(std::chrono::seconds wait) { m_maxRetryWait = wait; }
    std::chrono::seconds maxRetryWait() const { return m_maxRetryWait; }

    // The address asked for a number.
    QUrl urlFor(const QString& number) const;

private:
    friend class LaPosteRequest;

    QString m_apiKey;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    std::chrono::seconds m_maxRetryWait = kDefaultMaxRetryWait;
    QNetworkAccessManager* m_network;
};

} // namespace comptoir::shipping
