#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace comptoir {

// What a long-running core service sees of its job: report progress, ask whether to stop.
// Thread-safe; the service runs on a worker thread while the UI reads and cancels.
class JobControl
{
public:
    using ProgressCallback = std::function<void(qint64 done, qint64 total, const QString& step)>;

    JobControl() = default;
    explicit JobControl(ProgressCallback callback)
        : m_callback(std::move(callback))
    { }

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    // Returns false when the job was cancelled, so loops can write `if (!control.progress(...)) stop`.
    bool progress(qint64 done, qint64 total, const QString& step = {})
    {
        if (m_callback)
            m_callback(done, total, step);
        return !isCancelled();
    }

    static JobControl& none()
    {
        thread_local JobControl control;
        return control;
    }

private:
    ProgressCallback m_callback;
    std::atomic<bool> m_cancelled {false};
};

// A unit of background work shown in the status bar: a title, progress, cancel, and a result message.
class Job final : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<QString(JobControl& control)>; // returns an error message, empty when it succeeded

    Job(QString title, Work work, QObject* parent = nullptr);
    // A job destroyed while it runs is cancelled and waited for, so its work never outlives it.
    ~Job() override;

    QString title() const { return m_title; }
    JobControl& control() { return m_control; }
    void cancel() { m_control.cancel(); }

    // Runs the work on a new thread; finished() is emitted on the job's thread.
    void start();
    // Runs the work on the calling thread (CLI, tests).
    QString runHere();
    // Blocks until the work started by start() has returned.
    void wait();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total, const QString& step);
    void finished(bool succeeded, const QString& errorMessage);

private:
    QString m_title;
    Work m_work;
    JobControl m_control;
    QThread* m_thread = nullptr;
};

} // namespace comptoir
