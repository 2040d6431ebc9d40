#!/usr/bin/env python3
"""Checks that every translations/charla_<lang>.ts catalogue is complete for the current sources.

For each catalogue (all of translations/charla_*.ts except charla_en.ts, which holds only English
plural forms and has its own test; or the ones given with --ts), lupdate runs over core/, ui/
and app/ into a temporary copy, so a string added to the code but not to the catalogue is found
and strings no longer in the code are not counted. Then every message must have a finished,
non-empty translation with every plural form the language has, and keep the %1..%9 placeholders
of its source (a translation that drops %1 shows a sentence with a hole in it).

With --embedded (the CHARLA_TS_FILES of the build, comma-separated), every catalogue found must
be one the build compiles and embeds, and every embedded one must exist: a charla_xx.ts that is
complete but not embedded would never reach anyone."""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms Qt uses per language (QTranslator's numerus rules); a language not listed needs at
# least one form per numerus message.
PLURAL_FORMS = {"de": 2, "en": 2, "es": 2, "fr": 2, "it": 2, "nl": 2, "pt": 2, "sv": 2,
                "ja": 1, "zh": 1, "ru": 3, "pl": 3, "cs": 3, "uk": 3}


def lang_of(path: str) -> str:
    return os.path.basename(path)[len("charla_"):-len(".ts")]


def check(lupdate: str, source: str, ts: str) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copy(ts, copy)
        dirs = [os.path.join(source, d) for d in ("core", "ui", "app")]
        run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *dirs, "-ts", copy],
                             capture_output=True, text=True)
        if run.returncode != 0:
            return [f"lupdate failed: {run.stdout} {run.stderr}"]
        tree = ET.parse(copy)

    lang = lang_of(ts)
    problems = []
    declared = tree.getroot().get("language") or ""
    if declared.split("_")[0] != lang.split("_")[0]:
        problems.append(f'the catalogue declares language="{declared}", its name says {lang}')
    total = 0
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{ctx}: untranslated: {source!r}")
                continue
            forms = tr.findall("numerusform")
            texts = [f.text for f in forms] if message.get("numerus") == "yes" else [tr.text]
            if any(not t or not t.strip() for t in texts) or not texts:
                problems.append(f"{ctx}: empty translation: {source!r}")
                continue
            want = PLURAL_FORMS.get(lang.split("_")[0])
            if message.get("numerus") == "yes" and want and len(texts) != want:
                problems.append(f"{ctx}: {len(texts)} plural forms instead of {want}: {source!r}")
            needed = set(re.findall(r"%L?[1-9]", source))
            for t in texts:
                lost = needed - set(re.findall(r"%L?[1-9]", t))
                if lost:
                    problems.append(f"{ctx}: translation drops {', '.join(sorted(lost))}: "
                                    f"{source!r} -> {t!r}")
    if total == 0:
        problems.append("no messages found: is lupdate scanning the sources?")
    print(f"{os.path.basename(ts)}: {total} messages, {len(problems)} problems")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--ts", action="append", help="check only this catalogue (repeatable)")
    ap.add_argument("--embedded", help="comma-separated .ts files the build embeds")
    args = ap.parse_args()

    found = sorted(p for p in glob.glob(os.path.join(args.source, "translations", "charla_*.ts"))
                   if lang_of(p) != "en")
    catalogues = args.ts or found
    failed = False
    if not catalogues:
        print("no translations/charla_*.ts found")
        return 1
    if args.embedded is not None:
        embedded = {os.path.realpath(p) for p in args.embedded.split(",") if p}
        for p in found:
            if os.path.realpath(p) not in embedded:
                print(f"{p} is not in CHARLA_TS_FILES, so it is never compiled or embedded")
                failed = True
        for p in sorted(embedded):
            if not os.path.exists(p):
                print(f"CHARLA_TS_FILES lists {p}, which does not exist")
                failed = True
    for ts in catalogues:
        problems = check(args.lupdate, args.source, ts)
        for p in problems:
            print("  " + p)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
