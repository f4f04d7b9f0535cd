#!/usr/bin/env python3
"""Keeps translations/enumera_*.ts in step with every tr() string of src/.

    python3 translations/lupdate.py REPO            updates the .ts files (new strings unfinished)
    python3 translations/lupdate.py --check REPO    fails if a string is missing or unfinished

Each source file is read by lupdate on its own: several files declare their translation context
with a local `struct Tr { Q_DECLARE_TR_FUNCTIONS(Context) }`, and lupdate reading them all at
once would file some of their strings under the wrong context. Even alone, lupdate files the
strings of `Tr::tr` calls made inside a class's member functions under "Tr"; they are put back
under the context the file declares, which is the one the program looks them up in.
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ["es", "pt"]
# English needs only the plural forms of the %n strings ("1 error", "2 errors"), made from the
# source's "(s)".
PLURALS_ONLY = "en"


def lupdate_binary():
    for candidate in [os.environ.get("LUPDATE"), "/usr/lib/qt6/bin/lupdate",
                      shutil.which("lupdate6"), shutil.which("lupdate")]:
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("lupdate not found (Debian package qt6-l10n-tools)")


def source_messages(repo):
    """(context, source, numerus) of every tr() string of src/, in a stable order."""
    files = sorted(f for f in glob.glob(os.path.join(repo, "src", "**", "*.*"), recursive=True)
                   if f.endswith((".cpp", ".h")) and "tr(" in open(f, encoding="utf-8").read())
    binary = lupdate_binary()
    found = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, f in enumerate(files):
            ts = os.path.join(tmp, "f%d.ts" % i)
            subprocess.run([binary, "-silent", "-no-obsolete", "-locations", "none", f, "-ts", ts],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if not os.path.exists(ts):
                continue
            declared = set(re.findall(r"Q_DECLARE_TR_FUNCTIONS\((\w+)\)",
                                      open(f, encoding="utf-8").read()))
            for ctx in ET.parse(ts).getroot().findall("context"):
                name = ctx.findtext("name")
                if name == "Tr" and len(declared) == 1:
                    name = next(iter(declared))
                for m in ctx.findall("message"):
                    key = (name, m.findtext("source"))
                    found[key] = m.get("numerus") == "yes"
    return [(c, s, n) for (c, s), n in sorted(found.items())]


def read_ts(path):
    """(context, source) -> (finished, [forms])"""
    out = {}
    if not os.path.exists(path):
        return out
    for ctx in ET.parse(path).getroot().findall("context"):
        name = ctx.findtext("name")
        for m in ctx.findall("message"):
            t = m.find("translation")
            forms = [f.text or "" for f in t.findall("numerusform")] if t is not None else []
            if t is not None and not forms:
                forms = [t.text or ""]
            finished = t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete")
            finished = finished and all(forms)
            out[(name, m.findtext("source"))] = (finished, forms)
    return out


def write_ts(path, language, messages, existing):
    root = ET.Element("TS", version="2.1", language=language)
    contexts = {}
    for context, source, numerus in messages:
        ctx = contexts.get(context)
        if ctx is None:
            ctx = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        m = ET.SubElement(ctx, "message")
        if numerus:
            m.set("numerus", "yes")
        ET.SubElement(m, "source").text = source
        finished, forms = existing.get((context, source), (False, []))
        t = ET.SubElement(m, "translation")
        if not finished:
            t.set("type", "unfinished")
        if numerus:
            for i in range(2):
                ET.SubElement(t, "numerusform").text = forms[i] if i < len(forms) else ""
        else:
            t.text = forms[0] if forms else ""
    ET.indent(root)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode"))
        f.write("\n")


def write_plurals(path, messages):
    existing = {}
    for context, source, _ in messages:
        one = source.replace("(s)", "").replace("(es)", "")
        other = source.replace("(s)", "s").replace("(es)", "es")
        existing[(context, source)] = (True, [one, other])
    write_ts(path, PLURALS_ONLY, messages, existing)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    repo = os.path.abspath(args[0] if args else os.path.join(os.path.dirname(__file__), ".."))
    messages = source_messages(repo)
    failures = 0
    for language in LANGUAGES:
        path = os.path.join(repo, "translations", "enumera_%s.ts" % language)
        existing = read_ts(path)
        if check:
            for context, source, numerus in messages:
                finished, _ = existing.get((context, source), (None, []))
                if finished is None:
                    print("%s: missing: [%s] %s" % (os.path.basename(path), context, source))
                    failures += 1
                elif not finished:
                    print("%s: unfinished: [%s] %s" % (os.path.basename(path), context, source))
                    failures += 1
        else:
            write_ts(path, language, messages, existing)
    if not check:
        write_plurals(os.path.join(repo, "translations", "enumera_%s.ts" % PLURALS_ONLY),
                      [m for m in messages if m[2]])
        print("%d strings in %s" % (len(messages), ", ".join(LANGUAGES)))
        return 0
    total = len(messages) * len(LANGUAGES)
    print("translations: %d passed, %d failed" % (total - failures, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
