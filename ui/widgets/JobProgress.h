#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace comptoir {
class Job;
}

// The progress bar and Cancel button of a job a dialog runs itself (checking or importing a file):
// the job's title and steps go to the dialog's status label, Cancel asks the job to stop. Shown
// only while a job runs.
class JobProgress final : public QWidget
{
    Q_OBJECT

public:
    // `status`: the label that tells what the job is doing (not owned).
    explicit JobProgress(QLabel* status, QWidget* parent = nullptr);

    // Takes ownership of `job`, shows it and starts it on its own thread.
    void start(comptoir::Job* job);
    bool isBusy() const { return !m_job.isNull(); }
    // Cancels the running job and waits for it to return: nothing is left half done when a dialog closes.
    void cancelAndWait();

    QProgressBar* bar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    // The job returned (its result is wherever its work put it); the job is deleted afterwards.
    void finished();

private:
    QLabel* m_status;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QPointer<comptoir::Job> m_job;
};
