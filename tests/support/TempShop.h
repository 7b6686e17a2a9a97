#pragma once

#include "demo/DemoShop.h"
#include "storage/Database.h"

#include <QTemporaryDir>

// A shop database in a temporary folder, removed with the object.
class TempShop final
{
public:
    TempShop();
    QString folder() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("shop.db")); }
    // Opens (creating) the shop; fails the calling test when it cannot.
    comptoir::storage::DatabasePtr open(const comptoir::storage::Database::Options& options = {});
    // Writes a demo shop of the given size into path() and opens it.
    comptoir::storage::DatabasePtr openDemo(qint64 products = 60, qint64 orders = 150, std::uint64_t seed = 7);

    static comptoir::demo::DemoShop::Options demoOptions(qint64 products, qint64 orders, std::uint64_t seed);

private:
    QTemporaryDir m_dir;
};
