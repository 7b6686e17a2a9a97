#pragma once

#include "io/CellReader.h"
#include "io/OrderFormat.h"
#include "io/OrderImportRow.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <optional>

namespace comptoir::io {

// Turns the lines of one order file format into OrderImportRows. One subclass per format; the
// importer does the rest (grouping lines into orders, checks against the shop, writing) the same
// way for all.
class OrderRowReader
{
public:
    // The cells the importer points at when it finds a problem after reading.
    enum class Place
    {
        Number,
        Status,
        Email,
        Discount,
        Total,
        Sku,
        Quantity,
        Count
    };

    explicit OrderRowReader(CellReader& cells);
    virtual ~OrderRowReader() = default;
    OrderRowReader(const OrderRowReader&) = delete;
    OrderRowReader& operator=(const OrderRowReader&) = delete;

    // A reader for the format (not Auto).
    static std::unique_ptr<OrderRowReader> create(OrderFormat format, CellReader& cells);

    // Learns where the columns are. False, with a problem per missing column, when one the format
    // requires is missing.
    virtual bool setHeader(const QStringList& header) = 0;
    // The order number on this line, trimmed; empty when it has none (read() reports it).
    QString number(const QStringList& cells) const { return at(cells, m_places[int(Place::Number)]); }
    // Reads one line (as wide as the header) into `row`; problems go to the report. The order's own
    // fields are read when `firstOfOrder`; amounts are in the currency the line names, else `currency`.
    virtual void read(const QStringList& cells, bool firstOfOrder, Currency currency, OrderImportRow& row) = 0;

    // The 1-based column of `place` in this file, 0 when it has none; and its header name.
    int column(Place place) const { return m_places[int(place)] + 1; }
    QString header(Place place) const { return m_header.value(m_places[int(place)]); }

protected:
    // Where an address's parts are, as 0-based columns (-1: the file has none).
    struct AddressColumns
    {
        int name = -1;
        int lastName = -1; // joined to the name when the file splits them
        int company = -1;
        int address1 = -1;
        int address2 = -1;
        int postcode = -1;
        int city = -1;
        int country = -1;
        int phone = -1;
    };

    // The 0-based column of the first of `names` the header has, -1 when none.
    int find(std::initializer_list<const char*> names) const;
    // Reports a required column the header lacks (at 1:1); returns whether it is there.
    bool require(int index, const char* name);
    void setPlace(Place place, int index) { m_places[int(place)] = index; }
    // The cell's trimmed text, empty when the file has no such column.
    QString at(const QStringList& cells, int index) const;
    void problem(int index, const QString& why);
    // Notes a warning on the row: something worth knowing that does not stop the import.
    void warn(OrderImportRow& row, int index, const QString& why) const;
    // An amount, not negative; empty when the cell is (or the file has no such column).
    std::optional<qint64> money(const QStringList& cells, int index, Currency currency);
    // Invalid when the cell is empty or wrong (then reported).
    QDateTime dateTime(const QStringList& cells, int index);
    // The line's currency when it names one, else `fallback`.
    Currency currency(const QStringList& cells, int index, Currency fallback);
    orders::Address address(const QStringList& cells, const AddressColumns& columns) const;
    // The order's e-mail, reported when it is not an address.
    QString email(const QStringList& cells, int index);
    std::optional<qint64> quantity(const QStringList& cells, int index);

    CellReader& m_cells;
    QStringList m_header;

private:
    int m_places[int(Place::Count)];
};

} // namespace comptoir::io
