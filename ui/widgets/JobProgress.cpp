#include "widgets/JobProgress.h"

#include "common/Job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

JobProgress::JobProgress(QLabel* status, QWidget* parent)
    : QWidget(parent)
    , m_status(status)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Progress"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_status->setText(tr("Cancelling…"));
        }
    });
}

void JobProgress::start(comptoir::Job* job)
{
    m_job = job;
    job->setParent(this);
    m_status->setText(job->title() + QStringLiteral("…"));
    m_bar->setRange(0, 0);
    connect(job, &comptoir::Job::progressChanged, this, [this](qint64 done, qint64 total, const QString& step) {
        if (total > 0) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(done * 1000 / total));
        }
        if (!step.isEmpty() && m_job)
            m_status->setText(m_job->title() + QStringLiteral(" – ") + step);
    });
    connect(job, &comptoir::Job::finished, this, [this, job] {
        m_job = nullptr;
        job->wait();
        job->deleteLater();
        hide();
        Q_EMIT finished();
    });
    show();
    m_cancel->setFocus();
    job->start();
}

void JobProgress::cancelAndWait()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}
