#include "shipping/TrackingProvider.h"

namespace comptoir::shipping {

bool failsEveryParcel(FetchFailure failure)
{
    switch (failure) {
    case FetchFailure::Network:
    case FetchFailure::KeyRefused:
    case FetchFailure::Throttled:
    case FetchFailure::ServiceDown:
        return true;
    case FetchFailure::None:
    case FetchFailure::UnknownNumber:
    case FetchFailure::BadAnswer:
    case FetchFailure::Timeout: // a slow answer may be one parcel's; the next request has its own timeout
    case FetchFailure::Cancelled:
        return false;
    }
    return false;
}

TrackingRequest::TrackingRequest(const QString& number, QObject* parent)
    : QObject(parent)
{
    m_result.number = number;
}

void TrackingRequest::finish(FetchFailure failure, Result<TrackingAnswer> answer)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.failure = failure;
    m_result.answer = std::move(answer);
    Q_EMIT finished();
}

} // namespace comptoir::shipping
