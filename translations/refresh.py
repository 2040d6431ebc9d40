#!/usr/bin/env python3
"""Refreshes every catalogue in one go: lupdate for each translations/charla_XX.ts (not the
English plural catalogue), then fills unfinished messages from JSON maps, then the English
plurals.

Maps: MAPS_DIR/*.json are Spanish ({"English source": "translation"}, a list of forms for %n
messages); MAPS_DIR/<lang>/*.json are for charla_<lang>.ts (de, fr, ...). Later files win.

Usage (from the source root): translations/refresh.py MAPS_DIR [--lupdate PATH]
Prints, per language, the sources still untranslated; exits 1 when any are left."""
import argparse
import glob
import json
import os
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("maps")
ap.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
args = ap.parse_args()

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
left_total = 0
for ts in sorted(glob.glob(os.path.join(here, "charla_*.ts"))):
    lang = os.path.basename(ts)[len("charla_"):-len(".ts")]
    if lang == "en":
        continue
    subprocess.run([args.lupdate, "-silent", "-no-obsolete", "-locations", "none",
                    "core", "ui", "app", "-ts", ts], cwd=root, check=True)
    folder = args.maps if lang == "es" else os.path.join(args.maps, lang)
    table = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as f:
            table.update(json.load(f))
    out = subprocess.run([sys.executable, os.path.join(here, "fill.py"), ts],
                         input=json.dumps(table), capture_output=True, text=True, check=True)
    left = [line for line in out.stdout.splitlines() if line.startswith("untranslated:")]
    left_total += len(left)
    print(f"{lang}: {len(left)} untranslated")
    for line in left:
        print("  ", line)
subprocess.run([sys.executable, os.path.join(here, "english_plurals.py")], cwd=root, check=True)
sys.exit(1 if left_total else 0)
