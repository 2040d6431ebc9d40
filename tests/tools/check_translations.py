#!/usr/bin/env python3
"""Checks that translations/charla_<lang>.ts is complete for the current sources.

Runs lupdate over core/, ui/ and app/ into a temporary copy of the catalogue, so a string added
to the code but not to the catalogue is found, then requires every message to have a finished,
non-empty translation (and every plural form of numerus messages)."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--ts", required=True)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(args.ts))
        shutil.copy(args.ts, copy)
        dirs = [os.path.join(args.source, d) for d in ("core", "ui", "app")]
        run = subprocess.run([args.lupdate, "-no-obsolete", "-locations", "none", *dirs, "-ts", copy],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        tree = ET.parse(copy)

    problems = []
    total = 0
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source")
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{ctx}: untranslated: {source!r}")
                continue
            forms = tr.findall("numerusform")
            texts = [f.text for f in forms] if forms else [tr.text]
            if any(not t or not t.strip() for t in texts):
                problems.append(f"{ctx}: empty translation: {source!r}")

    print(f"{total} messages in {os.path.basename(args.ts)}, {len(problems)} not translated")
    for p in problems:
        print("  " + p)
    if total == 0:
        print("no messages found: is lupdate scanning the sources?")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
