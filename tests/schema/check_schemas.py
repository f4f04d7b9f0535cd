#!/usr/bin/env python3
"""Checks the repository's JSON Schemas with an independent validator (python3-jsonschema).

Every form and module under forms/ must be valid; every fixture under
tests/schema/invalid-forms/ must be rejected (each is a small form with one thing wrong, named
after it). Usage: check_schemas.py REPOSITORY_ROOT
"""
import glob
import json
import os
import sys

import jsonschema


def main(root):
    failures = []
    form_schema = json.load(open(os.path.join(root, "schema", "form.schema.json"), encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(form_schema)
    validator = jsonschema.Draft202012Validator(form_schema)

    forms = sorted(glob.glob(os.path.join(root, "forms", "*.json"))
                   + glob.glob(os.path.join(root, "forms", "modules", "*.json")))
    for path in forms:
        errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
        for e in errors[:5]:
            failures.append(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
        print(f"{'ok  ' if not errors else 'FAIL'} {os.path.relpath(path, root)} is accepted")

    invalid = sorted(glob.glob(os.path.join(root, "tests", "schema", "invalid-forms", "*.json")))
    for path in invalid:
        if validator.is_valid(json.load(open(path, encoding="utf-8"))):
            failures.append(f"{path}: accepted, but the schema must reject it")
            print(f"FAIL {os.path.relpath(path, root)} is rejected")
        else:
            print(f"ok   {os.path.relpath(path, root)} is rejected")
    if not forms or not invalid:
        failures.append("no forms or no invalid fixtures found")
    for f in failures:
        print(f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
