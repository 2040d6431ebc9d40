#!/usr/bin/env python3
"""Fills unfinished messages of a Qt Linguist .ts file from a JSON object {source: translation}.

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
    if tr.get("type") != "unfinished" and (tr.text or "").strip():
        continue
    if source in table:
        tr.text = table[source]
        tr.attrib.pop("type", None)
    else:
        left.append(source)
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
for s in left:
    print("untranslated:", repr(s))
