#include "io/OrderRowReader.h"

#include "io/ComptoirOrderRowReader.h"
#include "io/ShopifyOrderRowReader.h"
#include "io/WooCommerceOrderRowReader.h"
#include "orders/OrderBook.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir::io {

OrderRowReader::OrderRowReader(CellReader& cells)
    : m_cells(cells)
{
    std::fill(std::begin(m_places), std::end(m_places), -1);
}

std::unique_ptr<OrderRowReader> OrderRowReader::create(OrderFormat format, CellReader& cells)
{
    switch (format) {
    case OrderFormat::Shopify:
        return std::make_unique<ShopifyOrderRowReader>(cells);
    case OrderFormat::WooCommerce:
        return std::make_unique<WooCommerceOrderRowReader>(cells);
    case OrderFormat::Comptoir:
    case OrderFormat::Auto:
        break;
    }
    return std::make_unique<ComptoirOrderRowReader>(cells);
}

int OrderRowReader::find(std::initializer_list<const char*> names) const
{
    for (const char* name : names) {
        const auto index = m_header.indexOf(QLatin1String(name));
        if (index >= 0)
            return int(index);
    }
    return -1;
}

bool OrderRowReader::require(int index, const char* name)
{
    if (index >= 0)
        return true;
    // A missing column has no place of its own: it is reported on the header line, first column.
    m_cells.startLine(1);
    m_cells.problem(1, QLatin1String(name),
        QCoreApplication::translate("ProductRowReader", "this column is required and the file does not have it."));
    return false;
}

QString OrderRowReader::at(const QStringList& cells, int index) const
{
    return index >= 0 ? CellReader::text(cells.value(index)) : QString();
}

void OrderRowReader::problem(int index, const QString& why)
{
    m_cells.problem(index + 1, m_header.value(index), why);
}

void OrderRowReader::warn(OrderImportRow& row, int index, const QString& why) const
{
    row.warnings.append(
        {index + 1, QCoreApplication::translate("CellReader", "%1: %2").arg(m_header.value(index), why)});
}

std::optional<qint64> OrderRowReader::money(const QStringList& cells, int index, Currency currency)
{
    if (index < 0)
        return std::nullopt;
    return m_cells.money(index + 1, m_header.value(index), cells.value(index), currency);
}

QDateTime OrderRowReader::dateTime(const QStringList& cells, int index)
{
    if (index < 0)
        return {};
    return m_cells.dateTime(index + 1, m_header.value(index), cells.value(index)).value_or(QDateTime());
}

Currency OrderRowReader::currency(const QStringList& cells, int index, Currency fallback)
{
    if (index < 0)
        return fallback;
    const auto code = m_cells.currency(index + 1, m_header.value(index), cells.value(index));
    return code ? Currency::fromCode(*code) : fallback;
}

orders::Address OrderRowReader::address(const QStringList& cells, const AddressColumns& columns) const
{
    orders::Address a;
    a.name = QStringList {at(cells, columns.name), at(cells, columns.lastName)}.join(QLatin1Char(' ')).trimmed();
    a.company = at(cells, columns.company);
    a.address1 = at(cells, columns.address1);
    a.address2 = at(cells, columns.address2);
    a.postcode = at(cells, columns.postcode);
    a.city = at(cells, columns.city);
    // Platforms write ISO codes ("FR"); a spreadsheet may have lowered them.
    a.country = at(cells, columns.country);
    if (a.country.size() == 2)
        a.country = a.country.toUpper();
    a.phone = at(cells, columns.phone);
    return a;
}

QString OrderRowReader::email(const QStringList& cells, int index)
{
    const QString value = at(cells, index);
    if (!value.isEmpty() && !orders::OrderBook::isEmailAddress(value)) {
        problem(index, QCoreApplication::translate("OrderBook", "“%1” is not an e-mail address.").arg(value));
        return {};
    }
    return value;
}

std::optional<qint64> OrderRowReader::quantity(const QStringList& cells, int index)
{
    if (index < 0)
        return std::nullopt;
    return m_cells.quantity(index + 1, m_header.value(index), cells.value(index));
}

} // namespace comptoir::io
