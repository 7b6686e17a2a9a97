#pragma once

#include "reviews/ReviewList.h"
#include "widgets/LazyTableModel.h"

#include <memory>

// The reviews of the Reviews page, read page by page: the triage queue (unhappy and waiting
// first, oldest first) or another list; new ones in bold, unhappy ratings in red.
class ReviewTableModel final : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rating,
        Review,
        Product,
        Author,
        Date,
        Causes,
        Status,
        ColumnCount
    };

    explicit ReviewTableModel(QObject* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    void setFilters(comptoir::reviews::ReviewList::Filter filter, const QString& text,
        std::optional<comptoir::reviews::Cause> cause = std::nullopt, qint64 productId = 0);
    comptoir::reviews::ReviewList::Filter filter() const { return m_filter; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const comptoir::reviews::ReviewRow* reviewAt(const QModelIndex& index) const;
    int rowOf(qint64 reviewId) const;
    // Shows a change made on the page (the review seen, its causes decided) without reading again.
    void updateReview(
        qint64 reviewId, comptoir::reviews::ReviewStatus status, const QList<comptoir::reviews::Cause>& causes);
    // Stars as text: "★★☆☆☆".
    static QString stars(int rating);

protected:
    comptoir::Result<int> loadPage(int limit) override;
    void commitPage() override;
    void clearRows() override;
    bool hasSource() const override { return m_list != nullptr; }

private:
    void applyFilters();

    std::unique_ptr<comptoir::reviews::ReviewList> m_list;
    comptoir::reviews::ReviewList::Filter m_filter = comptoir::reviews::ReviewList::Filter::Queue;
    QString m_text;
    std::optional<comptoir::reviews::Cause> m_cause;
    qint64 m_productId = 0;
    QList<comptoir::reviews::ReviewRow> m_rows;
    QList<comptoir::reviews::ReviewRow> m_staged;
    QVariantList m_cursor;
};
