#include "documents/DocumentSettings.h"

#include "settings/ShopSettings.h"

#include <QCoreApplication>
#include <QLocale>

namespace comptoir::documents {

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

Result<DocumentSettings> DocumentSettings::read(const storage::DatabasePtr& database)
{
    const settings::ShopSettings settings(database);
    DocumentSettings read;
    auto format = settings.value(key(kPageFormatKey));
    if (!format)
        return format.error();
    if (!pageFormatFromKey(format->trimmed(), read.pageFormat))
        read.pageFormat = PageFormat::A4;

    auto prices = settings.value(key(kSlipPricesKey));
    if (!prices)
        return prices.error();
    const QString stored = prices->trimmed();
    if (stored == QLatin1String("1"))
        read.slipPrices = true;
    else if (stored == QLatin1String("0"))
        read.slipPrices = false;
    else
        read.slipPrices = PackingSlipDocument::Options::forFormat(read.pageFormat).prices;

    auto instructions = settings.value(key(kReturnInstructionsKey));
    if (!instructions)
        return instructions.error();
    read.returnInstructions = instructions->trimmed();
    return read;
}

Status DocumentSettings::validate() const
{
    const qsizetype length = returnInstructions.trimmed().size();
    if (length > kMaxReturnInstructions)
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("DocumentSettings",
                "Keep the return instructions to %1 characters so they fit at the bottom of a slip (now %2).")
                .arg(QLocale().toString(kMaxReturnInstructions), QLocale().toString(length)),
            QCoreApplication::translate("DocumentSettings", "Return instructions"));
    return {};
}

Status DocumentSettings::write(const storage::DatabasePtr& database) const
{
    if (auto valid = validate(); !valid)
        return valid;
    return settings::ShopSettings(database).setValues({
        {key(kPageFormatKey), pageFormatKey(pageFormat)},
        {key(kSlipPricesKey), slipPrices ? QStringLiteral("1") : QStringLiteral("0")},
        {key(kReturnInstructionsKey), returnInstructions.trimmed()},
    });
}

PackingSlipDocument::Options DocumentSettings::slipOptions() const
{
    PackingSlipDocument::Options options;
    options.format = pageFormat;
    options.prices = slipPrices;
    return options;
}

} // namespace comptoir::documents
