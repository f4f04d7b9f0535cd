#!/usr/bin/env python3
"""Checks schema/export.schema.json with an independent validator (python3-jsonschema).

The schema must itself be a valid draft 2020-12 schema. The expected exports under
tests/export/expected/ must be accepted (their placeholders for the application version and the
form hash filled in as the tests fill them); every fixture under tests/schema/invalid-exports/
must be rejected (each is a small export with one thing wrong, named after it); and every
export given after the repository's root must be accepted: the tests pass real exports.
Usage: check_export_schema.py REPOSITORY_ROOT [EXPORT...]
"""
import glob
import json
import os
import sys

import jsonschema


def load(path, placeholders=False):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if placeholders:
        text = text.replace("@ENUMERA_VERSION@", "0.0.0").replace("@FORM_HASH@", "0" * 64)
    return json.loads(text)


def main(root, exports):
    failures = []
    schema = load(os.path.join(root, "schema", "export.schema.json"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    expected = sorted(glob.glob(os.path.join(root, "tests", "export", "expected", "*.json")))
    for path in expected + exports:
        errors = list(validator.iter_errors(load(path, placeholders=path in expected)))
        for e in errors[:5]:
            failures.append(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
        print(f"{'ok  ' if not errors else 'FAIL'} {os.path.relpath(path, root)} is accepted")

    invalid = sorted(glob.glob(os.path.join(root, "tests", "schema", "invalid-exports", "*.json")))
    for path in invalid:
        if validator.is_valid(load(path)):
            failures.append(f"{path}: accepted, but the schema must reject it")
            print(f"FAIL {os.path.relpath(path, root)} is rejected")
        else:
            print(f"ok   {os.path.relpath(path, root)} is rejected")
    if not expected or not invalid:
        failures.append("no expected exports or no invalid fixtures found")
    for f in failures:
        print(f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
