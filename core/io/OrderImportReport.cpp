#include "io/OrderImportReport.h"

#include <QCoreApplication>

#include <climits>

namespace comptoir::io {

namespace {

// Plural forms count with an int; a template argument inside translate() confuses lupdate.
int counted(qint64 value)
{
    return int(std::min<qint64>(value, INT_MAX));
}

} // namespace

void OrderImportReport::sortAll()
{
    sortProblems();
    warnings.sortProblems();
    skipped.sortProblems();
}

QString OrderImportReport::summary() const
{
    QString text = QCoreApplication::translate("OrderImportReport",
        "%n order(s) created: %1 new, %2 paid, %3 shipped, %4 cancelled; %5 lines.", nullptr, counted(ordersCreated))
                       .arg(newOrders)
                       .arg(paidOrders)
                       .arg(shippedOrders)
                       .arg(cancelledOrders)
                       .arg(linesCreated);
    if (ordersPresent > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("OrderImportReport", "%n order(s) already in the shop, left as they are.",
                nullptr, counted(ordersPresent));
    if (shippedSkipped > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("OrderImportReport",
                "%n order(s) already shipped, skipped: their stock is left alone.", nullptr, counted(shippedSkipped));
    if (shortItems > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("OrderImportReport",
                "%n item(s) of paid orders are not in stock: those orders wait under Problems.", nullptr,
                counted(shortItems));
    return text;
}

} // namespace comptoir::io
