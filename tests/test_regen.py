"""scripts/regen.py: the committed core is what the spec regenerates to, and bad specs fail clearly."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scripts_support import CURRENT_SPEC, GENERATED, REPO, SCRIPTS, shared_spec, tree

REGEN = SCRIPTS / "regen.py"


def regen(spec: str | Path, output: Path) -> subprocess.CompletedProcess[str]:
    # --output always points into tmp_path: a test must never overwrite the committed core.
    return subprocess.run(
        [sys.executable, str(REGEN), "--spec", str(spec), "--output", str(output)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The core regenerated from the shared current spec, once per module (it takes seconds)."""
    spec = shared_spec(CURRENT_SPEC)
    output = tmp_path_factory.mktemp("regen") / "_generated"
    proc = regen(spec, output)
    assert proc.returncode == 0, f"regen failed:\n{proc.stdout}\n{proc.stderr}"
    return output


def test_regen_reproduces_the_committed_core(regenerated: Path) -> None:
    fresh, committed = tree(regenerated), tree(GENERATED)
    only_fresh = sorted(fresh.keys() - committed.keys())
    only_committed = sorted(committed.keys() - fresh.keys())
    differing = sorted(name for name in fresh.keys() & committed.keys() if fresh[name] != committed[name])
    if not (only_fresh or only_committed or differing):
        return
    report = [
        "otari/_generated is not what `make regen SPEC=<shared current spec>` produces; regenerate it "
        "(never hand-edit it; change openapi/ or scripts/ instead)",
        f"  only in the regenerated core: {only_fresh[:20]}",
        f"  only in the committed core: {only_committed[:20]}",
        f"  differing files ({len(differing)}): {differing[:20]}",
    ]
    if differing:
        first = differing[0]
        diff = difflib.unified_diff(
            committed[first].decode(errors="replace").splitlines(),
            fresh[first].decode(errors="replace").splitlines(),
            f"committed/{first}",
            f"regenerated/{first}",
            lineterm="",
        )
        report.extend(list(diff)[:40])
    pytest.fail("\n".join(report))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "is not a file"),
        (b"openapi: 3.1.0\npaths: {}\n", "is not valid JSON"),
        (b"\xff\xfe not text", "is not valid JSON"),
        (b'["openapi", "3.1.0"]', "is not a JSON object"),
        (b'{"swagger": "2.0", "info": {}, "paths": {}}', "is not OpenAPI 3.x (no 'openapi' field)"),
        (b'{"openapi": "2.0", "paths": {}}', "is not OpenAPI 3.x (2.0)"),
        (b'{"openapi": "3.1.0", "info": {"version": "1"}}', "has no 'paths' object"),
    ],
    ids=["missing", "yaml", "binary", "array", "swagger", "openapi-2", "no-paths"],
)
def test_unusable_spec_fails_with_the_reason(tmp_path: Path, content: bytes | None, reason: str) -> None:
    spec = tmp_path / "openapi.json"
    if content is not None:
        spec.write_bytes(content)
    output = tmp_path / "out"
    proc = regen(spec, output)
    assert proc.returncode != 0
    assert reason in proc.stderr, proc.stderr
    assert str(spec) in proc.stderr
    assert not output.exists()


def test_spec_version_module_is_well_formed() -> None:
    from otari._generated import _spec_version

    assert isinstance(_spec_version.SPEC_VERSION, str) and _spec_version.SPEC_VERSION
    assert isinstance(_spec_version.SPEC_SOURCE, str) and _spec_version.SPEC_SOURCE
    assert re.fullmatch(r"[0-9a-f]{64}", _spec_version.SPEC_SHA256)


def test_spec_version_names_the_shared_spec() -> None:
    from otari._generated import _spec_version

    spec = shared_spec(CURRENT_SPEC)
    raw = spec.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == _spec_version.SPEC_SHA256, (
        f"otari/_generated was generated from a different spec than {spec}; run `make regen SPEC={spec}`"
    )
    assert json.loads(raw)["info"]["version"] == _spec_version.SPEC_VERSION
    assert spec.name == _spec_version.SPEC_SOURCE
