#include "common/Job.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace comptoir {

Job::Job(QString title, Work work, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_work(std::move(work))
    , m_control([this](qint64 done, qint64 total, const QString& step) {
        Q_EMIT progressChanged(done, total, step); // queued to receivers on other threads
    })
{
}

void Job::start()
{
    QThread* thread = QThread::create([this] {
        const QString error = m_work(m_control);
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT finished(error.isEmpty(), error); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString Job::runHere()
{
    const QString error = m_work(m_control);
    Q_EMIT finished(error.isEmpty(), error);
    return error;
}

} // namespace comptoir
