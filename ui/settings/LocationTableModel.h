#pragma once

#include "common/Result.h"
#include "inventory/Locations.h"
#include "storage/Database.h"

#include <QAbstractTableModel>
#include <QList>

// The shop's stock locations on the Settings page. The name is edited in place and "Sold online"
// ticked or not; every change is saved at once through inventory::Locations, and a refusal is
// reported by editFailed() with the location left as it was.
class LocationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SoldOnlineColumn,
        StockColumn,
        ColumnCount
    };

    explicit LocationTableModel(QObject* parent = nullptr);

    // Empties the table; reload() reads the locations of the new shop.
    void setDatabase(comptoir::storage::DatabasePtr database);
    comptoir::Status reload();
    // Header and cell texts again, in the new language.
    void retranslate();

    const comptoir::inventory::StockLocation* locationAt(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 id, int column = NameColumn) const;
    const QList<comptoir::inventory::StockLocation>& locations() const { return m_rows; }

    // Adds or removes a location and reads the list again; returns why not when refused.
    comptoir::Result<qint64> addLocation(const QString& name, bool sellsOnline);
    comptoir::Status removeLocation(qint64 id);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    // A rename or a tick was refused: the message says why (translated).
    void editFailed(const QString& message);
    // A location was added, renamed, removed or ticked: other views showing locations read them again.
    void locationsChanged();

private:
    comptoir::storage::DatabasePtr m_database;
    QList<comptoir::inventory::StockLocation> m_rows;
};
