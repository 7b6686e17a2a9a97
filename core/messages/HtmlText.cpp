#include "messages/HtmlText.h"

#include <libxml/HTMLparser.h>

#include <QRegularExpression>
#include <QSet>

namespace comptoir::messages {

namespace {

QString nameOf(xmlNodePtr node)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(node->name)).toLower();
}

QString attribute(xmlNodePtr node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text.trimmed();
}

class TextCollector final
{
public:
    QString text() const
    {
        QString result = m_text;
        static const QRegularExpression trailingSpaces(QStringLiteral("[ \\t]+\\n"));
        static const QRegularExpression leadingSpaces(QStringLiteral("\\n[ ]+"));
        static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
        result.replace(trailingSpaces, QStringLiteral("\n"));
        result.replace(leadingSpaces, QStringLiteral("\n"));
        result.replace(blankLines, QStringLiteral("\n\n"));
        return result.trimmed();
    }

    void walk(xmlNodePtr node)
    {
        for (; node; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                addText(QString::fromUtf8(reinterpret_cast<const char*>(node->content)));
                continue;
            }
            if (node->type != XML_ELEMENT_NODE)
                continue;
            const QString name = nameOf(node);
            static const QSet<QString> hidden = {QStringLiteral("script"), QStringLiteral("style"),
                QStringLiteral("head"), QStringLiteral("title"), QStringLiteral("noscript"), QStringLiteral("template"),
                QStringLiteral("iframe"), QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("svg"),
                QStringLiteral("form"), QStringLiteral("select")};
            static const QSet<QString> blocks = {QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("table"),
                QStringLiteral("tr"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("h1"),
                QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
                QStringLiteral("h6"), QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("section"),
                QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"),
                QStringLiteral("address"), QStringLiteral("center")};
            if (hidden.contains(name))
                continue;
            if (name == QLatin1String("br")) {
                m_text += QLatin1Char('\n');
                continue;
            }
            if (name == QLatin1String("hr")) {
                newParagraph();
                m_text += QStringLiteral("----");
                newParagraph();
                continue;
            }
            if (name == QLatin1String("img")) {
                const QString alt = attribute(node, "alt");
                if (!alt.isEmpty())
                    addText(QLatin1Char('[') + alt + QLatin1Char(']'));
                continue;
            }
            const bool block = blocks.contains(name);
            if (block)
                newParagraph();
            if (name == QLatin1String("li")) {
                newLine();
                m_text += QStringLiteral("- ");
            }
            if ((name == QLatin1String("td") || name == QLatin1String("th")) && !m_text.endsWith(QLatin1Char('\n'))
                && !m_text.isEmpty())
                m_text += QLatin1Char(' ');
            const bool pre = name == QLatin1String("pre");
            m_preDepth += pre ? 1 : 0;
            const qsizetype start = m_text.size();
            walk(node->children);
            m_preDepth -= pre ? 1 : 0;
            if (name == QLatin1String("a"))
                addLink(attribute(node, "href"), m_text.mid(start).trimmed());
            if (block)
                newParagraph();
        }
    }

private:
    void addText(QString text)
    {
        if (m_preDepth == 0) {
            // HTML white space only: a no-break space is kept (French puts one before « : ; ? ! »).
            static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n\\f]+"));
            text.replace(spaces, QStringLiteral(" "));
            if (text.startsWith(QLatin1Char(' '))
                && (m_text.isEmpty() || m_text.back() == QLatin1Char(' ') || m_text.back() == QLatin1Char('\n')))
                text.remove(0, 1);
        }
        m_text += text;
    }

    // A link shows where it goes, unless its text already says it; anything but web and mail
    // addresses (javascript:, data:…) is left out.
    void addLink(const QString& href, const QString& text)
    {
        const QString lower = href.toLower();
        if (!(lower.startsWith(QLatin1String("http://")) || lower.startsWith(QLatin1String("https://"))
                || lower.startsWith(QLatin1String("mailto:"))))
            return;
        QString target = href;
        if (lower.startsWith(QLatin1String("mailto:")))
            target = href.mid(7);
        if (text == target || text == href)
            return;
        m_text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('(') + target + QLatin1Char(')');
    }

    void newLine()
    {
        if (!m_text.isEmpty() && !m_text.endsWith(QLatin1Char('\n')))
            m_text += QLatin1Char('\n');
    }

    void newParagraph()
    {
        newLine();
        if (!m_text.isEmpty() && !m_text.endsWith(QLatin1String("\n\n")))
            m_text += QLatin1Char('\n');
    }

    QString m_text;
    int m_preDepth = 0;
};

} // namespace

QString HtmlText::toPlainText(const QString& html)
{
    const QByteArray utf8 = html.toUtf8();
    if (utf8.trimmed().isEmpty())
        return {};
    htmlDocPtr document = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!document)
        return {};
    TextCollector collector;
    collector.walk(xmlDocGetRootElement(document));
    xmlFreeDoc(document);
    return collector.text();
}

} // namespace comptoir::messages
