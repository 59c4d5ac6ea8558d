"""Regenerate ``otari/_generated`` from the gateway's OpenAPI spec.

    python scripts/regen.py --spec <path or URL> [--output DIR]

Loads the spec, applies the overlays in ``openapi/overlays``, gives operations stable ids, runs
openapi-python-client with ``openapi/config.yaml`` and the templates in ``openapi/templates``,
formats the result and stamps ``_spec_version.py``. The same spec always gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _spec import (
    ROOT,
    LoadedSpec,
    SpecError,
    apply_overlays,
    is_url,
    load_overlays,
    load_spec,
    stable_operation_ids,
)

DEFAULT_SPEC = "https://raw.githubusercontent.com/mozilla-ai/otari/main/docs/public/openapi.json"
CONFIG = ROOT / "openapi" / "config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
TARGET = ROOT / "otari" / "_generated"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    """The console script installed beside this interpreter (the dev extra pins its version)."""
    candidate = BIN / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SpecError(f"{name} is not installed; run `make venv` (it installs the dev extra)")
    return found


def _run(cmd: list[str], what: str) -> None:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", NO_COLOR="1")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip()
        raise SpecError(f"{what} failed (exit {proc.returncode}):\n{output}")


def _spec_version_module(spec: LoadedSpec) -> str:
    source = spec.source if is_url(spec.source) else Path(spec.source).name
    return (
        '"""The gateway spec this core was generated from (written by scripts/regen.py)."""\n\n'
        f"SPEC_VERSION = {json.dumps(spec.version)}\n"
        f"SPEC_SOURCE = {json.dumps(source)}\n"
        f"SPEC_SHA256 = {json.dumps(spec.sha256)}\n"
    )


def generate(spec: LoadedSpec, output: Path) -> None:
    document = apply_overlays(spec.document, load_overlays())
    stable_operation_ids(document)
    with tempfile.TemporaryDirectory(prefix="otari-regen-") as tmp:
        work = Path(tmp)
        patched = work / "spec.json"
        patched.write_text(json.dumps(document, indent=1, sort_keys=True), encoding="utf-8")
        package = work / "_generated"
        _run(
            [
                _tool("openapi-python-client"),
                "generate",
                "--path",
                str(patched),
                "--config",
                str(CONFIG),
                "--custom-template-path",
                str(TEMPLATES),
                "--meta",
                "none",
                "--output-path",
                str(package),
                "--fail-on-warning",
            ],
            "openapi-python-client",
        )
        (package / "_spec_version.py").write_text(_spec_version_module(spec), encoding="utf-8")
        ruff = _tool("ruff")
        _run([ruff, "check", "--isolated", "--select", "I", "--fix", "--quiet", str(package)], "ruff (imports)")
        _run([ruff, "format", "--isolated", "--line-length", "120", "--quiet", str(package)], "ruff format")
        for cache in package.rglob("__pycache__"):
            shutil.rmtree(cache)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(package, output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", default=DEFAULT_SPEC, help="path or URL of the gateway's openapi.json")
    parser.add_argument("--output", type=Path, default=TARGET, help="where the package goes")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        spec = load_spec(args.spec)
        generate(spec, args.output)
    except SpecError as exc:
        print(f"regen: {exc}", file=sys.stderr)
        return 1
    files = [p for p in args.output.rglob("*.py")]
    size = sum(p.stat().st_size for p in files)
    print(
        f"regen: spec {spec.version} ({spec.sha256[:12]}) -> {args.output}: "
        f"{len(files)} modules, {size / 1024:.0f} KiB in {time.perf_counter() - started:.1f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
