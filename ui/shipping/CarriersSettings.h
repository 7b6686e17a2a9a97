#pragma once

#include "shipping/Carriers.h"
#include "storage/Database.h"

#include <QWidget>

class MessageBar;
class QPushButton;
class QTableWidget;

// The shop's carriers in Settings: Comptoir's list (each editable, and back to Comptoir's version
// with Reset) and the shop's own (added, removed while no parcel uses them); exported and imported
// as the JSON of core/shipping/carriers.json. Each change is saved at once.
class CarriersSettings final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        NumbersColumn,
        ServicesColumn,
        LostAfterColumn,
        OriginColumn,
        ColumnCount
    };

    explicit CarriersSettings(MessageBar* messages, QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    void reload();
    QTableWidget* table() const { return m_table; }
    // The key of the selected carrier, empty when none.
    QString currentKey() const;

    void editCurrent();
    void addCarrier();
    void resetCurrent();
    bool exportTo(const QString& path = {});
    bool importFrom(const QString& path = {});

Q_SIGNALS:
    void carriersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void selectKey(const QString& key);

    comptoir::storage::DatabasePtr m_database;
    QList<comptoir::shipping::Carrier> m_carriers;
    MessageBar* m_messages;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_add;
    QPushButton* m_reset;
    QPushButton* m_export;
    QPushButton* m_import;
};
