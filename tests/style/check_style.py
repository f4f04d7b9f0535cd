#!/usr/bin/env python3
"""Checks that the tree is clean under the committed .clang-format and .editorconfig.

C++ files must be exactly as clang-format writes them (100 columns); every text file ends with
a newline and has no trailing whitespace (Markdown excepted for the latter, where two spaces
can mean a line break). Usage: check_style.py REPOSITORY_ROOT [CLANG_FORMAT]
"""
import os
import subprocess
import sys

SKIP_DIRS = {".git", "node_modules", "corpus", "out"}
TEXT = (".cpp", ".h", ".json", ".jsonl", ".md", ".txt", ".cmake", ".py", ".mjs", ".ts", ".qrc",
        ".sh", ".yml", ".yaml")


def files(root):
    for folder in ("src", "tests", "bench", "forms", "schema", "docs", "translations",
                   "resources", ".ci"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, folder)):
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith("build")]
            for name in filenames:
                yield os.path.join(dirpath, name)
    for name in ("CMakeLists.txt", "README.md", ".clang-format", ".editorconfig"):
        yield os.path.join(root, name)


def main(root, clang_format):
    problems = []
    sources = []
    for path in files(root):
        if not os.path.isfile(path):
            continue
        rel = os.path.relpath(path, root)
        if path.endswith((".cpp", ".h")):
            sources.append(path)
        if not (path.endswith(TEXT) or os.path.basename(path) in ("CMakeLists.txt", "run",
                                                                  "install-deps")):
            continue
        data = open(path, "rb").read()
        if data and not data.endswith(b"\n"):
            problems.append(f"{rel}: no newline at the end of the file")
        if not path.endswith(".md"):
            for number, line in enumerate(data.split(b"\n"), 1):
                if line.rstrip(b" \t\r") != line:
                    problems.append(f"{rel}:{number}: trailing whitespace")
                    break
    for start in range(0, len(sources), 50):
        batch = sources[start:start + 50]
        result = subprocess.run([clang_format, "--dry-run", "--Werror", *batch],
                                capture_output=True, text=True)
        if result.returncode != 0:
            for line in result.stderr.splitlines():
                if "error:" in line:
                    problems.append(os.path.relpath(line.split(":")[0], root)
                                    + ": not formatted as .clang-format says (run clang-format -i)")
    for p in sorted(set(problems)):
        print(p)
    print(f"{len(sources)} C++ files checked, {len(set(problems))} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "clang-format"))
