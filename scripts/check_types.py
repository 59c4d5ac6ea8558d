"""Type-check what users write: the SDK, the examples and every README code block, with mypy --strict
and pyright (basedpyright) in strict mode; and prove that the typing catches mistakes.

    python scripts/check_types.py

1. ``otari/``, ``examples/`` and each ```python block of README.md (written to a scratch folder, one
   module per block, exactly as printed) must give zero errors under both checkers.
2. Each program in ``tests/typing/`` must be *rejected*: every line marked ``# expect-error`` must get an
   error from both checkers, and no other line may (so a program fails for the reason it names, and the
   typing cannot silently decay to ``Any``).

Exit 1, with the checkers' messages, when either does not hold.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
NEGATIVE = ROOT / "tests" / "typing"
BIN = Path(sys.executable).parent
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
MARK = "# expect-error"
MYPY_LINE = re.compile(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+): error: (?P<message>.*)$", re.MULTILINE)

Errors = dict[tuple[str, int], list[str]]


def readme_blocks(text: str) -> list[str]:
    """The README's ```python blocks, in order (the same extraction tests/test_readme.py runs)."""
    return BLOCK.findall(text)


def _mypy(paths: list[Path]) -> Errors:
    proc = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-error-summary", "--show-error-codes", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    found: Errors = defaultdict(list)
    for match in MYPY_LINE.finditer(proc.stdout):
        found[(str((ROOT / match["file"]).resolve()), int(match["line"]))].append("mypy: " + match["message"])
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not found):
        raise SystemExit(f"mypy did not run:\n{proc.stdout}{proc.stderr}")
    return found


def _pyright(paths: list[Path]) -> Errors:
    proc = subprocess.run(
        [str(BIN / "basedpyright"), "--outputjson", "--project", str(ROOT / "pyproject.toml"), *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"basedpyright did not run:\n{proc.stdout}{proc.stderr}") from None
    found: Errors = defaultdict(list)
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            key = (str(Path(diagnostic["file"]).resolve()), diagnostic["range"]["start"]["line"] + 1)
            found[key].append(f"pyright: {diagnostic['message']} ({diagnostic.get('rule', '')})")
    return found


def _report(errors: Errors, names: dict[str, str]) -> list[str]:
    lines = []
    for (file, line), messages in sorted(errors.items()):
        for message in messages:
            lines.append(f"{names.get(file, file)}:{line}: {message}")
    return lines


def check_clean(scratch: Path) -> list[str]:
    """Zero errors in the SDK, the examples and the README blocks."""
    names: dict[str, str] = {}
    blocks = []
    for index, code in enumerate(readme_blocks(README.read_text(encoding="utf-8")), start=1):
        path = scratch / f"readme_block_{index:02d}.py"
        path.write_text(code, encoding="utf-8")
        names[str(path.resolve())] = f"README.md block {index}"
        blocks.append(path)
    targets = [ROOT / "otari", ROOT / "examples", *blocks]
    problems = _report(_mypy(targets), names) + _report(_pyright(targets), names)
    print(f"check_types: otari/, examples/ and {len(blocks)} README blocks under mypy --strict and pyright strict")
    return problems


def check_rejected() -> list[str]:
    """Each negative program fails, on exactly its marked lines, under both checkers."""
    programs = sorted(NEGATIVE.glob("*.py"))
    if not programs:
        return [f"no negative programs in {NEGATIVE}"]
    problems: list[str] = []
    for checker, errors in (("mypy", _mypy(programs)), ("pyright", _pyright(programs))):
        for program in programs:
            file = str(program.resolve())
            lines = program.read_text(encoding="utf-8").splitlines()
            marked = {number for number, text in enumerate(lines, start=1) if MARK in text}
            if not marked:
                problems.append(f"{program.name}: no line is marked {MARK!r}")
            got = {line for (path, line) in errors if path == file}
            for number in sorted(marked - got):
                problems.append(f"{program.name}:{number}: {checker} accepted it: {lines[number - 1].strip()}")
            for number in sorted(got - marked):
                problems.extend(f"{program.name}:{number}: unexpected {m}" for m in errors[(file, number)])
    print(f"check_types: {len(programs)} programs in tests/typing/ rejected by both checkers where marked")
    return problems


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="otari-readme-") as tmp:
        problems = check_clean(Path(tmp))
    problems += check_rejected()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
