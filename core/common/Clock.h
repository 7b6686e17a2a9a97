#pragma once

#include <QDateTime>

namespace comptoir {

// Time source that tests can replace; storage keeps UTC seconds since the epoch.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }

    static const Clock& system()
    {
        static const Clock clock;
        return clock;
    }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    { }
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace comptoir
