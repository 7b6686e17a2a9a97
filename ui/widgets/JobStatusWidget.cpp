#include "widgets/JobStatusWidget.h"

#include "common/Job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

JobStatusWidget::JobStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobStatus"));
    m_label->setObjectName(QStringLiteral("jobLabel"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the background job"));
    m_cancel->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_current) {
            m_current->cancel();
            m_label->setText(tr("%1: cancelling…").arg(m_current->title()));
        }
    });
    hide();
}

void JobStatusWidget::run(comptoir::Job* job)
{
    job->setParent(this);
    m_queue.append(job);
    if (!m_current)
        startNext();
}

void JobStatusWidget::waitForIdle()
{
    qDeleteAll(m_queue);
    m_queue.clear();
    if (m_current)
        m_current->wait();
}

void JobStatusWidget::startNext()
{
    if (m_queue.isEmpty()) {
        hide();
        return;
    }
    m_current = m_queue.takeFirst();
    comptoir::Job* job = m_current;
    m_label->setText(job->title());
    m_progress->setRange(0, 0);
    show();
    connect(job, &comptoir::Job::progressChanged, this, [this, job](qint64 done, qint64 total, const QString& step) {
        if (job != m_current)
            return;
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        }
        m_label->setText(step.isEmpty() ? job->title() : job->title() + QStringLiteral(" – ") + step);
    });
    connect(job, &comptoir::Job::finished, this, [this, job](bool succeeded, const QString& error) {
        Q_EMIT jobFinished(job->title(), succeeded, error);
        job->wait();
        job->deleteLater();
        m_current.clear();
        startNext();
    });
    job->start();
}
