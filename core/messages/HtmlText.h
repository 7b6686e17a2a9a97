#pragma once

#include <QString>

namespace comptoir::messages {

// An HTML mail body turned into plain text to show safely, with libxml2's forgiving HTML parser:
// scripts, styles and the head dropped, blocks and line breaks kept as lines, links kept as
// "text (url)", entities decoded. Nothing is ever fetched or run.
class HtmlText final
{
public:
    static QString toPlainText(const QString& html);
};

} // namespace comptoir::messages
