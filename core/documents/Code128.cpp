#include "documents/Code128.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace comptoir::documents {

Code128 Code128::encode(const QString& text)
{
    Code128 code;
    if (text.isEmpty() || text.size() > 80)
        return code;
    for (QChar c : text)
        if (c.unicode() < 32 || c.unicode() > 126)
            return code;
    try {
        // Width 0 and no margin: one pixel per module, nothing but the symbol.
        const ZXing::BitMatrix matrix
            = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128).setMargin(0).encode(text.toStdString(), 0, 1);
        code.m_modules = matrix.width();
        int start = -1;
        for (int x = 0; x <= matrix.width(); ++x) {
            const bool dark = x < matrix.width() && matrix.get(x, 0);
            if (dark && start < 0) {
                start = x;
            } else if (!dark && start >= 0) {
                code.m_bars.append({start, x - start});
                start = -1;
            }
        }
    } catch (const std::exception&) {
        return {};
    }
    return code;
}

} // namespace comptoir::documents
