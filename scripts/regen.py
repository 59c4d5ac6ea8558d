"""Regenerate ``otari/_generated`` from the gateway's OpenAPI spec.

    python scripts/regen.py [--spec <path or URL>] [--output DIR]

Loads the spec, applies the overlays in ``openapi/overlays``, gives operations stable ids, runs
openapi-python-client with ``openapi/config.yaml`` and the templates in ``openapi/templates``,
formats the result and stamps ``_spec_version.py``. The same spec always gives the same bytes.

Without ``--spec`` it downloads the spec of the pinned gateway commit (``PINNED_SPEC`` in
``_spec.py``) and refuses to go on unless its fingerprint is the one the committed core records, so
that a plain ``make regen`` can only reproduce the committed core.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _params import params_module
from _spec import (
    PINNED_SPEC,
    ROOT,
    LoadedSpec,
    SpecDownloadError,
    SpecError,
    apply_overlays,
    is_url,
    load_overlays,
    load_spec,
    operations,
    stable_operation_ids,
)

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


def _spec_version_module(spec: LoadedSpec, fingerprint: dict[str, str]) -> str:
    source = spec.source if is_url(spec.source) else Path(spec.source).name
    if fingerprint.get("SPEC_SHA256") == spec.sha256 and "SPEC_SOURCE" in fingerprint:
        # The same bytes read from elsewhere (the pinned URL, a local copy) are the same spec: keep its
        # label, so that reproducing the committed core changes no byte of it.
        source = fingerprint["SPEC_SOURCE"]
    return (
        '"""The gateway spec this core was generated from (written by scripts/regen.py)."""\n\n'
        f"SPEC_VERSION = {json.dumps(spec.version)}\n"
        f"SPEC_SOURCE = {json.dumps(source)}\n"
        f"SPEC_SHA256 = {json.dumps(spec.sha256)}\n"
    )


def committed_fingerprint(core: Path = TARGET) -> dict[str, str]:
    """SPEC_VERSION / SPEC_SOURCE / SPEC_SHA256 as stamped in ``core/_spec_version.py`` (empty if absent)."""
    try:
        tree = ast.parse((core / "_spec_version.py").read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return {}
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                found[target.id] = node.value.value
    return found


def _describe(fingerprint: dict[str, str]) -> str:
    if "SPEC_SHA256" not in fingerprint:
        return "the committed core records no spec fingerprint"
    return (
        f"the committed core was generated from {fingerprint.get('SPEC_SOURCE', '?')} "
        f"(spec version {fingerprint.get('SPEC_VERSION', '?')}, sha256 {fingerprint['SPEC_SHA256']}; "
        f"see {(TARGET / '_spec_version.py').relative_to(ROOT)})"
    )


def check_pinned(spec: LoadedSpec, fingerprint: dict[str, str]) -> None:
    """The pinned spec must be the one the committed core was built from, or regen would silently move it."""
    expected = fingerprint.get("SPEC_SHA256")
    if expected is not None and spec.sha256 != expected:
        raise SpecError(
            f"the pinned spec {spec.source} has sha256 {spec.sha256}, but {_describe(fingerprint)}.\n"
            "To build the core from another spec on purpose, name it: make regen SPEC=path/to/openapi.json "
            "(then move PINNED_COMMIT in scripts/_spec.py to the gateway commit it came from)."
        )


RESULT_MARK = "x-otari-result"


def _schema_refs(node: Any, schemas: dict[str, Any], found: set[str]) -> set[str]:
    """Every component schema ``node`` refers to, directly or through other schemas."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in found:
                found.add(name)
                _schema_refs(schemas.get(name, {}), schemas, found)
        for value in node.values():
            _schema_refs(value, schemas, found)
    elif isinstance(node, list):
        for value in node:
            _schema_refs(value, schemas, found)
    return found


def mark_results(document: dict[str, Any]) -> None:
    """Mark the schemas the SDK hands back to users (``x-otari-result``), in place.

    ``openapi/templates/model.py.jinja`` gives those models result semantics: a field the server left
    out is ``None`` (never ``Unset``), reprs are compact. A schema is a result when a response reaches
    it, or when no request does (``ChatCompletionChunk`` arrives over SSE, not as a response body).
    Request models keep ``Unset``: there "omitted" and ``null`` mean different things on the wire.
    """
    schemas = document.get("components", {}).get("schemas", {})
    in_responses: set[str] = set()
    in_requests: set[str] = set()
    for op in operations(document).values():
        _schema_refs(op.get("responses", {}), schemas, in_responses)
        _schema_refs([op.get("requestBody", {}), op.get("parameters", [])], schemas, in_requests)
    for name, schema in schemas.items():
        if isinstance(schema, dict) and (name in in_responses or name not in in_requests):
            schema[RESULT_MARK] = True


def generate(spec: LoadedSpec, output: Path, fingerprint: dict[str, str]) -> None:
    document = apply_overlays(spec.document, load_overlays())
    stable_operation_ids(document)
    mark_results(document)
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
        (package / "params.py").write_text(params_module(document), encoding="utf-8")
        (package / "_spec_version.py").write_text(_spec_version_module(spec, fingerprint), encoding="utf-8")
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
    parser.add_argument("--spec", help=f"path or URL of the gateway's openapi.json (default: the pinned {PINNED_SPEC})")
    parser.add_argument("--output", type=Path, default=TARGET, help="where the package goes")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    fingerprint = committed_fingerprint()
    try:
        spec = load_spec(args.spec or PINNED_SPEC)
        if args.spec is None:
            check_pinned(spec, fingerprint)
        generate(spec, args.output, fingerprint)
    except SpecDownloadError as exc:
        print(
            f"regen: {exc}\n"
            f"regen: {_describe(fingerprint)}.\n"
            "regen: without network, pass a local copy of the gateway's spec: make regen SPEC=path/to/openapi.json",
            file=sys.stderr,
        )
        return 1
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
