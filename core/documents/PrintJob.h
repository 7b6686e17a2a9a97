#pragma once

#include "documents/PrintedPage.h"

#include <QList>
#include <QPainter>

class QPagedPaintDevice;

namespace comptoir::documents {

// One job on a printer or PDF writer: documents' pages painted one after the other, each on a new
// sheet. The painting ends with the object, or with end().
class PrintJob final
{
public:
    explicit PrintJob(QPagedPaintDevice* device);
    ~PrintJob();
    Q_DISABLE_COPY_MOVE(PrintJob)

    // Whether the device accepted the painter; nothing can be printed otherwise.
    bool isActive() const { return m_painter.isActive(); }
    void add(const QList<PrintedPage>& pages);
    void end();

private:
    QPagedPaintDevice* m_device;
    QPainter m_painter;
    bool m_firstPage = true;
};

} // namespace comptoir::documents
