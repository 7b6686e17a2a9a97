#pragma once

#include "reviews/Reviews.h"
#include "storage/Database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

// What the reviews teach, on the Reviews page's Insights tab: the shop's rating; each cause of
// unhappy reviews this month against the three months before (rising ones first to the eye), with
// its months drawn as small bars; the products with the most unhappy reviews over a period.
// Activating a row lists its reviews.
class ReviewInsights final : public QWidget
{
    Q_OBJECT

public:
    enum CauseColumn
    {
        CauseName,
        ThisMonth,
        Before, // the average of the three months before
        Months, // the last twelve months, drawn
        CauseCount,
        CauseAverage,
        CauseColumnCount
    };
    enum ProductColumn
    {
        ProductName,
        ProductUnhappy,
        ProductReviews,
        ProductAverage,
        ProductCauses,
        ProductColumnCount
    };

    explicit ReviewInsights(QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    void refresh();
    // The month the figures end with (this month by default).
    void setMonth(const QDate& month);

    QLabel* summary() const { return m_summary; }
    QTableWidget* causesTable() const { return m_causes; }
    QTableWidget* productsTable() const { return m_products; }
    QComboBox* periodCombo() const { return m_period; }

Q_SIGNALS:
    void causeActivated(comptoir::reviews::Cause cause);
    void productActivated(qint64 productId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    comptoir::storage::DatabasePtr m_database;
    QDate m_month;
    QLabel* m_summary;
    QLabel* m_causesTitle;
    QLabel* m_productsTitle;
    QComboBox* m_period;
    QTableWidget* m_causes;
    QTableWidget* m_products;
};
