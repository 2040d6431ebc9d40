#!/usr/bin/env python3
"""Fills unfinished messages of a Qt Linguist .ts file from a JSON object {source: translation}
(a list of forms for plural messages).

Usage: translations/fill.py translations/charla_es.ts < strings.json
Prints the sources still untranslated afterwards. Run `lupdate` (target update_translations)
first so the catalogue lists every string of the code."""
import json
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
table = json.load(sys.stdin)
tree = ET.parse(path)
left = []
for message in tree.getroot().iter("message"):
    source = message.findtext("source")
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    done = (tr.text or "").strip() or any((f.text or "").strip() for f in tr.iter("numerusform"))
    if tr.get("type") != "unfinished" and done:
        continue
    if source in table:
        value = table[source]
        if isinstance(value, list):  # plural forms of a numerus message
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in value:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
        tr.attrib.pop("type", None)
    else:
        left.append(source)
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
for s in left:
    print("untranslated:", repr(s))
