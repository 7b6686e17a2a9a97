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
{ }

Job::~Job()
{
    if (m_thread) {
        m_control.cancel();
        wait();
    }
}

void Job::start()
{
    m_thread = QThread::create([this] {
        const QString error = m_work(m_control);
        // Delivered on the job's thread; dropped if the job is deleted first.
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT finished(error.isEmpty(), error); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void Job::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

QString Job::runHere()
{
    const QString error = m_work(m_control);
    Q_EMIT finished(error.isEmpty(), error);
    return error;
}

} // namespace comptoir
