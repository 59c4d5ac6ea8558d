"""scripts/check_drift.py: the spec-vs-SDK gate behind `make drift SPEC=...`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.scripts_support import CURRENT_SPEC, GENERATED, REPO, SCRIPTS, V040_SPEC, script, shared_spec

manifest_mod = script("_manifest")
spec_mod = script("_spec")
check_drift = script("check_drift")

UNLISTED_BLOCK = "Not in sdk-endpoints.txt"
STALE_COVERED_BLOCK = "In [covered] but not in the spec"
STALE_EXCLUDED_BLOCK = "Note: in [excluded] but not in the spec"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = check_drift.main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def block(output: str, title: str) -> list[str]:
    """The endpoints listed under the block whose heading starts with ``title``."""
    lines = output.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(title)), None)
    if start is None:
        return []
    found = []
    for line in lines[start + 1 :]:
        if not line.startswith("  "):
            break
        if line.startswith("    "):  # the details under a changed endpoint
            continue
        found.append(re.sub(r"^\s+\S\s+(\S+ \S+).*$", r"\1", line))
    return found


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# --- synthetic specs, built from the committed core (no ../shared needed) ------------------------


@pytest.fixture(scope="module")
def core() -> dict[str, Any]:
    return manifest_mod.walk_core(GENERATED)


def spec_from_core(core: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI document with the core's operations, parameters and request bodies."""
    paths: dict[str, Any] = {}
    for endpoint, op in core.items():
        method, path = endpoint.split(" ", 1)
        params = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            for name in re.findall(r"\{([^}]+)\}", path)
        ]
        params += [
            {"name": name, "in": where, "required": required, "schema": {"type": "string"}}
            for name, where, required in sorted(op.signature.params)
        ]
        operation: dict[str, Any] = {"parameters": params, "responses": {"200": {"description": "OK"}}}
        if op.signature.body is not None:
            types, required = op.signature.body
            operation["requestBody"] = {
                "required": required,
                "content": {kind: {"schema": {"type": "object"}} for kind in sorted(types)},
            }
        paths.setdefault(path, {})[method.lower()] = operation
    return {"openapi": "3.1.0", "info": {"title": "synthetic", "version": "9.9.9"}, "paths": paths}


@pytest.fixture
def synthetic(core: dict[str, Any]) -> dict[str, Any]:
    return spec_from_core(core)


def test_spec_matching_the_core_passes_with_nothing_to_report(
    synthetic: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--spec", write_json(tmp_path / "spec.json", synthetic))
    assert code == 0, out
    assert "drift: OK" in out
    for heading in ("Added", "Removed", "Changed", UNLISTED_BLOCK, STALE_COVERED_BLOCK, "Note:"):
        assert heading not in out, out


def test_unlisted_operation_fails_and_is_named(
    synthetic: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synthetic["paths"]["/v1/widgets/{widget_id}"] = {"post": {"responses": {"200": {"description": "OK"}}}}
    code, out, _ = run(capsys, "--spec", write_json(tmp_path / "spec.json", synthetic))
    assert code == 1, out
    assert block(out, UNLISTED_BLOCK) == ["POST /v1/widgets/{widget_id}"]
    assert block(out, "Added") == ["POST /v1/widgets/{widget_id}"]
    assert "add each to [covered] with a public method, or to [excluded] with a reason" in out
    assert "drift: FAILED, 1 operation(s) missing from sdk-endpoints.txt" in out


def test_missing_covered_operation_fails_and_is_named(
    synthetic: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    del synthetic["paths"]["/v1/embeddings"]["post"]
    code, out, _ = run(capsys, "--spec", write_json(tmp_path / "spec.json", synthetic))
    assert code == 1, out
    assert block(out, STALE_COVERED_BLOCK) == ["POST /v1/embeddings"]
    assert block(out, "Removed") == ["POST /v1/embeddings"]
    assert "1 [covered] line(s) missing from the spec" in out


def test_missing_excluded_operation_is_only_a_note(
    synthetic: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    del synthetic["paths"]["/v1/bootstrap"]
    code, out, _ = run(capsys, "--spec", write_json(tmp_path / "spec.json", synthetic))
    assert code == 0, out
    assert block(out, STALE_EXCLUDED_BLOCK) == ["GET /v1/bootstrap"]
    assert "drift: OK" in out


def test_changed_parameters_and_body_are_reported(
    synthetic: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batches = synthetic["paths"]["/v1/batches"]["get"]
    for param in batches["parameters"]:
        if param["name"] == "limit":
            param["required"] = True
    batches["parameters"].append({"name": "order", "in": "query", "schema": {"type": "string"}})
    batches["parameters"] = [p for p in batches["parameters"] if p["name"] != "after"]
    synthetic["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"] = {"multipart/form-data": {}}

    code, out, _ = run(capsys, "--spec", write_json(tmp_path / "spec.json", synthetic))
    assert code == 0, out  # a change is for the maintainer to read, not a gate failure
    assert block(out, "Changed") == ["GET /v1/batches", "POST /v1/embeddings"]
    assert "the spec adds query parameter 'order' (optional)" in out
    assert "the spec has no query parameter 'after' (the core sends it)" in out
    assert "query parameter 'limit' is required in the spec" in out
    assert "request body: core application/json (required), spec multipart/form-data (required)" in out


def test_referenced_and_path_level_parameters_are_resolved(
    synthetic: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item = synthetic["paths"]["/v1/batches/{batch_id}"]
    provider = next(p for p in item["get"]["parameters"] if p["name"] == "provider")
    item["get"]["parameters"].remove(provider)
    synthetic.setdefault("components", {})["parameters"] = {"Provider": provider}
    item["parameters"] = [{"$ref": "#/components/parameters/Provider"}]
    code, out, _ = run(capsys, "--spec", write_json(tmp_path / "spec.json", synthetic))
    assert code == 0, out
    assert "Changed" not in out, out


def test_placeholder_spelling_does_not_matter(
    synthetic: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The generator renames {keyId} to {key_id}; the spec's spelling must still match the core.
    synthetic["paths"]["/v1/keys/{keyId}"] = synthetic["paths"].pop("/v1/keys/{key_id}")
    code, out, _ = run(capsys, "--spec", write_json(tmp_path / "spec.json", synthetic))
    assert code == 0, out
    assert "Added" not in out and "Removed" not in out


def test_malformed_manifest_exits_2(
    synthetic: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "sdk-endpoints.txt"
    manifest.write_text("[covered]\nget /v1/models\n")
    spec = write_json(tmp_path / "spec.json", synthetic)
    code, out, err = run(capsys, "--spec", spec, "--manifest", manifest)
    assert code == 2
    assert "is malformed" in err
    assert "unknown method 'get'" in err
    assert "no [excluded] section" in err
    assert out == ""


def test_missing_core_exits_2(synthetic: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_json(tmp_path / "spec.json", synthetic)
    code, _, err = run(capsys, "--spec", spec, "--core", tmp_path / "nothing")
    assert code == 2
    assert "no generated core" in err and "make regen" in err


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "is not a file"),
        ("{not json", "is not valid JSON"),
        ('{"swagger": "2.0", "paths": {}}', "is not OpenAPI 3.x (no 'openapi' field)"),
    ],
)
def test_unusable_spec_exits_2_from_the_command_line(tmp_path: Path, content: str | None, reason: str) -> None:
    spec = tmp_path / "spec.json"
    if content is not None:
        spec.write_text(content)
    proc = subprocess.run(
        [sys.executable, str(SCRIPTS / "check_drift.py"), "--spec", str(spec)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert proc.returncode == 2, proc
    assert reason in proc.stderr
    assert proc.stdout == ""


# --- the real specs (skipped without ../shared) --------------------------------------------------


def test_current_spec_is_accounted_for(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--spec", shared_spec(CURRENT_SPEC))
    assert code == 0, out
    assert "drift: OK" in out


def test_core_matches_the_current_spec(core: dict[str, Any]) -> None:
    # The core is generated from this spec, so the parameters and bodies read back from
    # `_get_kwargs` must agree with the spec's: this keeps the "changed" report honest.
    document = spec_mod.load_spec(str(shared_spec(CURRENT_SPEC))).document
    report = check_drift.Report(document, manifest_mod.load_manifest(), core)
    assert (report.added, report.removed, report.changed) == ([], [], [])


def test_v040_to_current(core: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_path, new_path = shared_spec(V040_SPEC), shared_spec(CURRENT_SPEC)
    old = set(spec_mod.operations(spec_mod.load_spec(str(old_path)).document))
    new = set(spec_mod.operations(spec_mod.load_spec(str(new_path)).document))
    added, removed = sorted(new - old), sorted(old - new)
    print(f"v0.4.0 -> current: {len(added)} added, {len(removed)} removed")
    assert added, "the v0.4.0 and current specs are expected to differ"

    # A manifest that accounted for v0.4.0 exactly does not account for the current spec: the
    # gate fails and names every operation added since.
    manifest = manifest_mod.load_manifest()
    old_manifest = tmp_path / "sdk-endpoints.txt"
    covered = sorted(manifest.covered & old)
    excluded = [f"{op}  # excluded in v0.4.0" for op in sorted(old - manifest.covered)]
    old_manifest.write_text("\n".join(["[covered]", *covered, "[excluded]", *excluded, ""]))
    code, out, _ = run(capsys, "--spec", new_path, "--manifest", old_manifest)
    assert code == 1, out
    assert block(out, UNLISTED_BLOCK) == added
    assert f"drift: FAILED, {len(added)} operation(s) missing from sdk-endpoints.txt" in out

    # The committed manifest against the old spec: the operations it lacks show as removed from
    # the core, and the gate fails only if one of them is [covered].
    code, out, _ = run(capsys, "--spec", old_path)
    in_core_only = sorted(set(core) - old)
    assert block(out, "Removed") == in_core_only
    stale_covered = sorted(manifest.covered - old)
    assert block(out, STALE_COVERED_BLOCK) == stale_covered
    assert block(out, STALE_EXCLUDED_BLOCK) == sorted(manifest.excluded - old)
    assert code == (1 if stale_covered else 0), out
