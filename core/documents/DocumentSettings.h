#pragma once

#include "common/Result.h"
#include "documents/PackingSlipDocument.h"
#include "documents/PageFormat.h"
#include "storage/Database.h"

#include <QString>

namespace comptoir::documents {

// What the shop chose for the documents it prints (Settings ▸ Documents): the paper, whether packing
// slips show prices, and its own return instructions. Kept as business settings in the shop database,
// read and written only here.
struct DocumentSettings
{
    static constexpr auto kPageFormatKey = "documents.page_format"; // "a4", "letter", "4x6"
    static constexpr auto kSlipPricesKey = "documents.slip_prices"; // "1" or "0"; missing: as the paper suits
    static constexpr auto kReturnInstructionsKey = "documents.return_instructions"; // empty: the default text
    // Return instructions longer than this would push a slip onto a second page (or label).
    static constexpr int kMaxReturnInstructions = 800;

    PageFormat pageFormat = PageFormat::A4;
    bool slipPrices = true;
    QString returnInstructions; // empty: Letterhead::defaultReturnInstructions()

    // Reads what the shop saved. A value that is missing or that this version cannot read (a paper it
    // does not know) gives the default, so printing never stops on it; only a database error fails.
    static Result<DocumentSettings> read(const storage::DatabasePtr& database);
    // Validates, then saves every value in one transaction.
    Status write(const storage::DatabasePtr& database) const;
    // Refuses return instructions too long for a slip; the error names the field.
    Status validate() const;

    // The packing slips' options: this paper, with or without prices, no pick list.
    PackingSlipDocument::Options slipOptions() const;

    friend bool operator==(const DocumentSettings&, const DocumentSettings&) = default;
};

} // namespace comptoir::documents
