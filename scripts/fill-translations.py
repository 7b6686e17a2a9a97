#!/usr/bin/env python3
"""Fills unfinished entries of translations/comptoir_fr.ts from a Python dict file.

Usage: scripts/fill-translations.py DICT.py
DICT.py defines T = {(context, source): "translation" or ["singular", "plural"]}.
Prints what is still unfinished afterwards."""
import re
import sys
import xml.sax.saxutils as su

ns = {}
exec(open(sys.argv[1], encoding="utf-8").read(), ns)
T = ns["T"]
path = "translations/comptoir_fr.ts"
text = open(path, encoding="utf-8").read()


def unescape(s):
    return su.unescape(s, {"&quot;": '"', "&apos;": "'"})


def fill(ctx_match):
    ctx = ctx_match.group(0)
    name = unescape(re.search(r"<name>(.*?)</name>", ctx, re.S).group(1))

    def message(m):
        msg = m.group(0)
        if 'type="unfinished"' not in msg:
            return msg
        source = unescape(re.search(r"<source>(.*?)</source>", msg, re.S).group(1))
        value = T.get((name, source))
        if value is None:
            return msg
        if isinstance(value, list):
            forms = "".join(f"\n            <numerusform>{su.escape(v)}</numerusform>" for v in value)
            new = f"<translation>{forms}\n        </translation>"
        else:
            new = f"<translation>{su.escape(value)}</translation>"
        return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>', new, msg,
                      flags=re.S)

    return re.sub(r"<message.*?</message>", message, ctx, flags=re.S)


text = re.sub(r"<context>.*?</context>", fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
left = text.count('type="unfinished"')
print(f"{left} unfinished left")
