#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace comptoir {
class Job;
}

// The status-bar corner that shows the running background job: its title and step, a progress bar
// and a cancel button. Jobs queue up and run one after another.
class JobStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit JobStatusWidget(QWidget* parent = nullptr);
    // Takes ownership; starts the job now, or when the running one ends.
    void run(comptoir::Job* job);
    bool isBusy() const { return !m_current.isNull(); }
    // Drops queued jobs and waits for the running one to return (before the shop file is swapped).
    void waitForIdle();

Q_SIGNALS:
    void jobFinished(const QString& title, bool succeeded, const QString& errorMessage);

private:
    void startNext();

    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QPointer<comptoir::Job> m_current;
    QList<comptoir::Job*> m_queue;
};
