#include "documents/PrintJob.h"

#include <QPagedPaintDevice>

namespace comptoir::documents {

PrintJob::PrintJob(QPagedPaintDevice* device)
    : m_device(device)
{
    m_painter.begin(device);
}

PrintJob::~PrintJob()
{
    end();
}

void PrintJob::add(const QList<PrintedPage>& pages)
{
    for (const PrintedPage& page : pages) {
        if (!m_firstPage)
            m_device->newPage();
        m_firstPage = false;
        page.paint(m_painter);
    }
}

void PrintJob::end()
{
    if (m_painter.isActive())
        m_painter.end();
}

} // namespace comptoir::documents
