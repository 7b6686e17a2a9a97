#!/usr/bin/env python3
"""Fills the English plural forms in translations/comptoir_en.ts from the source strings:
"%n line(s)" becomes "%n line" and "%n lines". Run after update_translations."""
import re

path = "translations/comptoir_en.ts"
text = open(path, encoding="utf-8").read()


def forms(source):
    singular = re.sub(r"\((s|es)\)", "", source)
    singular = singular.replace("y(ies)", "y")
    plural = re.sub(r"\((s|es)\)", r"\1", source).replace("y(ies)", "ies")
    return singular, plural


def fill(m):
    msg = m.group(0)
    if 'type="unfinished"' not in msg:
        return msg
    source = re.search(r"<source>(.*?)</source>", msg, re.S).group(1)
    one, many = forms(source)
    new = (f"<translation>\n            <numerusform>{one}</numerusform>\n"
           f"            <numerusform>{many}</numerusform>\n        </translation>")
    return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>', new, msg,
                  flags=re.S)


text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
left = text.count('type="unfinished"')
print(f"{left} unfinished left")
