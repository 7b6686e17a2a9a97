#pragma once

#include "common/Result.h"
#include "settings/ShopSettings.h"
#include "storage/Database.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace comptoir::documents {

// What every document the customer receives says about the shop: its name, address and logo, and
// how to send something back.
struct Letterhead
{
    settings::ShopIdentity shop;
    QImage logo; // null: none; decoded once for a whole batch
    QString returnInstructions;

    // The shop's identity and its return instructions (DocumentSettings), or the default ones.
    static Result<Letterhead> read(const storage::DatabasePtr& database);
    // The shop identity as given, with its logo decoded and the default return instructions.
    static Letterhead fromIdentity(const settings::ShopIdentity& shop);
    // Printed when the shop has not written its own, in the application's language.
    static QString defaultReturnInstructions(const settings::ShopIdentity& shop);

    // Street lines and "postcode city", without the name.
    QStringList postalLines() const;
    // "e-mail · phone", or what the shop has of them.
    QString contactLine() const;
};

} // namespace comptoir::documents
