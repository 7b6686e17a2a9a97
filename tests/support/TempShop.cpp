#include "support/TempShop.h"

#include <QTest>

TempShop::TempShop()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
}

comptoir::storage::DatabasePtr TempShop::open(const comptoir::storage::Database::Options& options)
{
    auto database = comptoir::storage::Database::open(path(), options);
    if (!database) {
        qWarning("%s", qPrintable(database.error().toString()));
        return nullptr;
    }
    return *database;
}

comptoir::demo::DemoShop::Options TempShop::demoOptions(qint64 products, qint64 orders, std::uint64_t seed)
{
    comptoir::demo::DemoShop::Options options;
    options.products = products;
    options.orders = orders;
    options.seed = seed;
    options.until = QDate(2026, 11, 20);
    return options;
}

comptoir::storage::DatabasePtr TempShop::openDemo(qint64 products, qint64 orders, std::uint64_t seed)
{
    auto created = comptoir::demo::DemoShop::createFile(path(), demoOptions(products, orders, seed));
    if (!created) {
        qWarning("%s", qPrintable(created.error().toString()));
        return nullptr;
    }
    return open();
}
