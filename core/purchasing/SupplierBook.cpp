#include "purchasing/SupplierBook.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace comptoir::purchasing {

using namespace comptoir::storage;

namespace {

constexpr auto kColumns = "id, name, contact_name, email, phone, address, website, note, lead_time_days, "
                          "min_order_minor, currency, archived";

Supplier supplierFrom(const QSqlQuery& query)
{
    Supplier supplier;
    supplier.id = query.value(0).toLongLong();
    supplier.name = query.value(1).toString();
    supplier.contactName = query.value(2).toString();
    supplier.email = query.value(3).toString();
    supplier.phone = query.value(4).toString();
    supplier.address = query.value(5).toString();
    supplier.website = query.value(6).toString();
    supplier.note = query.value(7).toString();
    supplier.leadTimeDays = query.value(8).toInt();
    supplier.minimumOrder = Money(query.value(9).toLongLong(), Currency::fromCode(query.value(10).toString()));
    supplier.archived = query.value(11).toBool();
    return supplier;
}

Error invalid(const QString& message, const char* field)
{
    return Error(Error::Code::InvalidInput, message, QCoreApplication::translate("Supplier", field));
}

} // namespace

SupplierBook::SupplierBook(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QList<Supplier>> SupplierBook::list(bool includeArchived) const
{
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT %1 FROM suppliers %2 ORDER BY name COLLATE NOCASE, id")
            .arg(QLatin1String(kColumns), includeArchived ? QString() : QStringLiteral("WHERE archived = 0")));
    if (!query)
        return query.error();
    QList<Supplier> suppliers;
    while (query->next())
        suppliers.append(supplierFrom(*query));
    return suppliers;
}

Result<Supplier> SupplierBook::load(qint64 id) const
{
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT %1 FROM suppliers WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Supplier", "This supplier does not exist."),
            QStringLiteral("supplier %1").arg(id));
    return supplierFrom(*query);
}

Status SupplierBook::validate(const Supplier& supplier)
{
    if (supplier.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Supplier", "Give the supplier a name."),
            QT_TRANSLATE_NOOP("Supplier", "Name"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!supplier.email.trimmed().isEmpty() && !email.match(supplier.email.trimmed()).hasMatch())
        return invalid(QCoreApplication::translate("Supplier", "“%1” is not an e-mail address.").arg(supplier.email),
            QT_TRANSLATE_NOOP("Supplier", "E-mail"));
    if (supplier.leadTimeDays < 0 || supplier.leadTimeDays > 365)
        return invalid(QCoreApplication::translate("Supplier", "A lead time is between 0 and 365 days."),
            QT_TRANSLATE_NOOP("Supplier", "Lead time"));
    if (supplier.minimumOrder.isNegative())
        return invalid(QCoreApplication::translate("Supplier", "A minimum order cannot be negative."),
            QT_TRANSLATE_NOOP("Supplier", "Minimum order"));
    return {};
}

Result<qint64> SupplierBook::save(const Supplier& supplier)
{
    if (auto valid = validate(supplier); !valid)
        return valid.error();
    const auto db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString name = supplier.name.trimmed();
    auto clash = scalar(db, QStringLiteral("SELECT id FROM suppliers WHERE name = ? AND id <> ?"), {name, supplier.id});
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return invalid(QCoreApplication::translate("Supplier", "Another supplier is already called “%1”.").arg(name),
            QT_TRANSLATE_NOOP("Supplier", "Name"));
    const Currency currency
        = supplier.minimumOrder.currency().isValid() ? supplier.minimumOrder.currency() : Currency::euro();
    const QVariantList values {name, text(supplier.contactName.trimmed()), text(supplier.email.trimmed()),
        text(supplier.phone.trimmed()), text(supplier.address.trimmed()), text(supplier.website.trimmed()),
        text(supplier.note.trimmed()), supplier.leadTimeDays, qint64(supplier.minimumOrder.minorUnits()),
        currency.code(), supplier.archived ? 1 : 0};
    QSqlQuery query(db);
    qint64 id = supplier.id;
    if (id == 0) {
        query.prepare(QStringLiteral("INSERT INTO suppliers (name, contact_name, email, phone, address, website, note, "
                                     "lead_time_days, min_order_minor, currency, archived, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const auto& value : values)
            query.addBindValue(value);
        query.addBindValue(m_database->clock().nowSecs());
    } else {
        query.prepare(QStringLiteral("UPDATE suppliers SET name = ?, contact_name = ?, email = ?, phone = ?, "
                                     "address = ?, website = ?, note = ?, lead_time_days = ?, min_order_minor = ?, "
                                     "currency = ?, archived = ? WHERE id = ?"));
        for (const auto& value : values)
            query.addBindValue(value);
        query.addBindValue(id);
    }
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("Supplier", "Could not save the supplier."));
    if (id == 0)
        id = query.lastInsertId().toLongLong();
    else if (query.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, QCoreApplication::translate("Supplier", "This supplier does not exist."),
            QStringLiteral("supplier %1").arg(id));
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

} // namespace comptoir::purchasing
