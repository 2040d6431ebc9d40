#!/usr/bin/env python3
"""Keeps translations/charla_en.ts: English plural forms for every %n message of the code.

The source strings are written with "(s)" ("%n unread message(s)"); without an English catalogue
Qt shows that text as it is. This script runs lupdate with -pluralonly, then writes the singular
(without "(s)") and plural (with "s") forms of every numerus message. A message it cannot derive
(no "(s)" in it) is printed and left unfinished, which the build_translations_en test reports.

Usage: translations/english_plurals.py [--lupdate PATH]   (from the source root)"""
import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET


def forms(source: str):
    if "(s)" not in source:
        return None
    # "(es)" style endings are not used; "(s)" after a word is the only pattern.
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    ap.add_argument("--ts", default="translations/charla_en.ts")
    ap.add_argument("--source", default=".")
    ap.add_argument("--check", action="store_true",
                    help="fail when the committed catalogue is not what this script would write")
    args = ap.parse_args()
    os.chdir(args.source)
    if args.check:
        import shutil
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, "charla_en.ts")
            shutil.copy(args.ts, copy)
            status = update(args.lupdate, copy)
            same = open(copy, "rb").read() == open(args.ts, "rb").read()
        if not same:
            print(f"{args.ts} is out of date: run translations/english_plurals.py")
        return 1 if status or not same else 0
    return update(args.lupdate, args.ts)


def update(lupdate: str, ts: str) -> int:
    run = subprocess.run([lupdate, "-pluralonly", "-no-obsolete", "-locations", "none",
                          "-target-language", "en", "core", "ui", "app", "-ts", ts],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout, run.stderr)
        return 1
    tree = ET.parse(ts)
    left = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        derived = forms(source)
        if derived is None:
            left.append(source)
            continue
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        tr.attrib.pop("type", None)
        for f in derived:
            ET.SubElement(tr, "numerusform").text = f
    with open(ts, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    for s in left:
        print("no English plural forms derived for:", s)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
