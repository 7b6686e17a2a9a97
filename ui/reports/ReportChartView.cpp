#include "reports/ReportChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using comptoir::reports::ColumnKind;
using comptoir::reports::ReportChart;
using comptoir::reports::ReportTable;

namespace {

constexpr int kMostLineLabels = 12;
constexpr int kLongestBarLabel = 30;
// The height a bar needs for its name to show (the chart hides names that do not fit), and the
// height the title and the value axis take.
constexpr int kBarHeight = 22;
constexpr int kAroundBars = 110;

double scaleOf(int decimals)
{
    return std::pow(10.0, decimals);
}

// The figure as a double, in the unit the reader knows (euros, not cents): for drawing only.
double drawn(const ReportTable& table, int row, int column)
{
    const double number = double(table.number(row, column));
    switch (table.columns.value(column).kind) {
    case ColumnKind::Money:
        return number / scaleOf(table.currency.minorDigits());
    case ColumnKind::Percent:
        return number / 100.0;
    case ColumnKind::Decimal:
        return number / scaleOf(table.columns.value(column).decimals);
    default:
        return number;
    }
}

QString seriesName(const ReportTable& table, int column)
{
    const auto& c = table.columns.value(column);
    return c.kind == ColumnKind::Money  ? QStringLiteral("%1 (%2)").arg(c.title, table.currency.code())
        : c.kind == ColumnKind::Percent ? QStringLiteral("%1 (%)").arg(c.title)
                                        : c.title;
}

QString label(const ReportTable& table, int row)
{
    const int column = table.chart.labelColumn;
    return table.displayText(table.rows.value(row).value(column), column).simplified();
}

bool insertNew(QSet<QString>& set, const QString& value)
{
    const qsizetype before = set.size();
    set.insert(value);
    return set.size() > before;
}

// The column that tells apart rows of the same label ("FR" at 5.5 % and at 20 %, "Shoes" in two
// locations): another text column, else a rate or a date not drawn; -1 when labels are all distinct.
int distinguishingColumn(const ReportTable& table, int rows)
{
    QSet<QString> labels;
    bool repeated = false;
    for (int row = 0; row < rows && !repeated; ++row)
        repeated = !insertNew(labels, label(table, row));
    if (!repeated)
        return -1;
    const auto find = [&](auto accept) {
        for (int column = 0; column < table.columns.size(); ++column) {
            if (column != table.chart.labelColumn && !table.chart.valueColumns.contains(column)
                && accept(table.columns.at(column).kind))
                return column;
        }
        return -1;
    };
    const int text = find([](ColumnKind kind) { return kind == ColumnKind::Text; });
    return text >= 0 ? text
                     : find([](ColumnKind kind) { return kind == ColumnKind::Percent || kind == ColumnKind::Date; });
}

// A value axis starting at zero when nothing is negative, its ticks on round numbers.
QValueAxis* valueAxis(double least, double most)
{
    auto* axis = new QValueAxis;
    axis->setRange(std::min(0.0, least), most > least ? most : least + 1.0);
    axis->applyNiceNumbers();
    axis->setLabelFormat(most - std::min(0.0, least) >= 10.0 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    return axis;
}

} // namespace

ReportChartView::ReportChartView(QWidget* parent)
    : QChartView(parent)
    , m_redraw(new QTimer(this))
{
    m_redraw->setSingleShot(true);
    m_redraw->setInterval(100);
    connect(m_redraw, &QTimer::timeout, this, [this] {
        if (!m_table.columns.isEmpty())
            showTable(ReportTable(m_table));
    });
    setObjectName(QStringLiteral("reportChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setLocalizeNumbers(true);
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    applyTheme();
}

bool ReportChartView::hasChart() const
{
    return !chart()->series().isEmpty();
}

void ReportChartView::reset(const QString& title)
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    chart()->setTitle(title);
    chart()->legend()->setVisible(false);
}

void ReportChartView::showMessage(const QString& text)
{
    m_table = ReportTable();
    reset(text);
}

void ReportChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    // Bars are as many as the height lets their names show: drawn again when it changes enough.
    if (m_table.chart.kind == ReportChart::Kind::Bar && std::abs(height() - m_drawnHeight) >= kBarHeight)
        m_redraw->start();
}

void ReportChartView::showTable(const ReportTable& table)
{
    m_table = table;
    m_drawnHeight = height();
    chart()->setLocale(locale());
    const ReportChart& spec = table.chart;
    if (spec.kind == ReportChart::Kind::None || spec.valueColumns.isEmpty()) {
        reset(tr("This report has no chart."));
        return;
    }
    if (table.rows.isEmpty()) {
        reset(tr("Nothing to draw: the report has no rows for these filters."));
        return;
    }
    switch (spec.kind) {
    case ReportChart::Kind::Line:
        // One or two periods make no line: columns side by side say it better.
        if (table.rows.size() < 3)
            drawBars(table, Qt::Vertical);
        else
            drawLine(table);
        break;
    case ReportChart::Kind::Bar:
        drawBars(table, Qt::Horizontal);
        break;
    case ReportChart::Kind::Pie:
        drawPie(table);
        break;
    case ReportChart::Kind::None:
        break;
    }
}

void ReportChartView::drawLine(const ReportTable& table)
{
    const ReportChart& spec = table.chart;
    const int rows = spec.maxRows > 0 ? std::min(int(table.rows.size()), spec.maxRows) : int(table.rows.size());
    QStringList names;
    for (int column : spec.valueColumns)
        names << seriesName(table, column);
    reset(names.join(QStringLiteral(" · ")));
    auto* axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, int(std::ceil(double(rows) / kMostLineLabels)));
    for (int row = 0; row < rows; row += step)
        axisX->append(label(table, row), row);
    axisX->setRange(0, std::max(1, rows - 1));
    double least = 0, most = 0;
    QList<QLineSeries*> lines;
    for (int column : spec.valueColumns) {
        auto* series = new QLineSeries;
        series->setName(seriesName(table, column));
        series->setPointsVisible(rows <= 40);
        for (int row = 0; row < rows; ++row) {
            const double value = drawn(table, row, column);
            least = std::min(least, value);
            most = std::max(most, value);
            series->append(row, value);
        }
        chart()->addSeries(series);
        lines << series;
    }
    QValueAxis* axisY = valueAxis(least, most);
    chart()->addAxis(axisX, Qt::AlignBottom);
    chart()->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries* series : lines) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart()->legend()->setVisible(lines.size() > 1);
}

void ReportChartView::drawBars(const ReportTable& table, Qt::Orientation orientation)
{
    const bool horizontal = orientation == Qt::Horizontal;
    const ReportChart& spec = table.chart;
    const int fitting = std::max(3, (height() - kAroundBars) / kBarHeight);
    const int rows = std::min({int(table.rows.size()), spec.maxRows > 0 ? spec.maxRows : fitting, fitting});
    const int other = distinguishingColumn(table, int(table.rows.size()));
    QStringList titles;
    for (int column : spec.valueColumns)
        titles << seriesName(table, column);
    reset(rows < table.rows.size() ? tr("%1, first %n", nullptr, rows).arg(titles.join(QStringLiteral(" · ")))
                                   : titles.join(QStringLiteral(" · ")));
    // Horizontal bars read top-down like the table: the first row is drawn last, at the top.
    QList<int> order;
    for (int row = 0; row < rows; ++row)
        order << row;
    if (horizontal)
        std::reverse(order.begin(), order.end());
    QStringList categories;
    QSet<QString> seen;
    for (int row : order) {
        QString name = label(table, row);
        if (other >= 0)
            name = QStringLiteral("%1 · %2").arg(
                name, table.displayText(table.rows.at(row).value(other), other).simplified());
        if (name.size() > kLongestBarLabel)
            name = name.left(kLongestBarLabel - 1) + QStringLiteral("…");
        // A category axis merges equal names: two products called alike stay two bars.
        for (int n = 2; seen.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(name.left(kLongestBarLabel - 5)).arg(n);
        seen.insert(name);
        categories << name;
    }
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double least = 0, most = 0;
    for (int column : spec.valueColumns) {
        auto* set = new QBarSet(seriesName(table, column));
        for (int row : order) {
            const double value = drawn(table, row, column);
            least = std::min(least, value);
            most = std::max(most, value);
            set->append(value);
        }
        series->append(set);
    }
    chart()->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    QFont small = names->labelsFont();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    names->setLabelsFont(small);
    QValueAxis* values = valueAxis(least, most);
    chart()->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart()->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
    if (!horizontal)
        static_cast<QBarSeries*>(series)->setBarWidth(std::min(0.5, 0.25 * rows));
    chart()->legend()->setVisible(spec.valueColumns.size() > 1);
}

void ReportChartView::drawPie(const ReportTable& table)
{
    const ReportChart& spec = table.chart;
    const int column = spec.valueColumns.first();
    reset(seriesName(table, column));
    // Shares of what is positive; past maxRows - 1 slices, the rest is one "Other" slice, so the
    // pie still adds up to the whole.
    double whole = 0;
    for (int row = 0; row < table.rows.size(); ++row)
        whole += std::max(0.0, drawn(table, row, column));
    if (whole <= 0) {
        reset(tr("Nothing to draw: no positive figure to share."));
        return;
    }
    QList<int> positive;
    for (int row = 0; row < table.rows.size(); ++row) {
        if (drawn(table, row, column) > 0)
            positive << row;
    }
    const int most = spec.maxRows > 0 ? spec.maxRows : int(positive.size());
    const int slices = positive.size() <= most ? int(positive.size()) : std::max(1, most - 1);
    const auto percent = [&](double value) { return QLocale().toString(100.0 * value / whole, 'f', 1); };
    auto* series = new QPieSeries;
    double other = 0;
    for (int i = 0; i < positive.size(); ++i) {
        const double value = drawn(table, positive.at(i), column);
        if (i < slices)
            series->append(tr("%1 (%2 %)").arg(label(table, positive.at(i)), percent(value)), value);
        else
            other += value;
    }
    if (other > 0)
        series->append(tr("Other (%1 %)").arg(percent(other)), other);
    series->setPieSize(0.8);
    chart()->addSeries(series);
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignRight);
}

void ReportChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QChartView::changeEvent(event);
}

void ReportChartView::applyTheme()
{
    // The chart follows the desktop's light or dark colours.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().base());
    chart()->setTitleBrush(palette().text());
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
}
