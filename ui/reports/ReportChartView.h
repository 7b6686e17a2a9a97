#pragma once

#include "reports/ReportTable.h"

#include <QChartView>

class QTimer;

// A report drawn as its ReportChart says: a line along the periods, horizontal bars for a top N
// (the first at the top), a pie of shares (the smallest gathered into "Other"). Money and other
// exact figures become doubles here only to be drawn.
class ReportChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit ReportChartView(QWidget* parent = nullptr);

    void showTable(const comptoir::reports::ReportTable& table);
    // No chart, a sentence in its place ("Running…", "Nothing to draw").
    void showMessage(const QString& text);
    bool hasChart() const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void reset(const QString& title);
    void drawLine(const comptoir::reports::ReportTable& table);
    void drawBars(const comptoir::reports::ReportTable& table, Qt::Orientation orientation);
    void drawPie(const comptoir::reports::ReportTable& table);
    void applyTheme();

    comptoir::reports::ReportTable m_table; // drawn again when the height changes
    int m_drawnHeight = 0;
    QTimer* m_redraw;
};
