"""sdk-endpoints.txt is well formed and accounts for exactly the operations of the generated core."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.scripts_support import GENERATED, REPO, script

manifest_mod = script("_manifest")

MANIFEST_PATH = REPO / "sdk-endpoints.txt"
FIX = "sdk-endpoints.txt"


@pytest.fixture(scope="module")
def manifest() -> Any:
    return manifest_mod.load_manifest(MANIFEST_PATH)


@pytest.fixture(scope="module")
def core() -> set[str]:
    return manifest_mod.core_operations(GENERATED)


# --- the committed manifest ----------------------------------------------------------------------


def test_manifest_is_well_formed(manifest: Any) -> None:
    assert not manifest.problems, "sdk-endpoints.txt has problems:\n" + "\n".join(manifest.problems)


def test_manifest_has_both_sections(manifest: Any) -> None:
    assert manifest.covered, "sdk-endpoints.txt: [covered] is empty"
    assert manifest.excluded, "sdk-endpoints.txt: [excluded] is empty"
    assert not manifest.covered & manifest.excluded


def test_every_core_operation_is_in_the_manifest(manifest: Any, core: set[str]) -> None:
    listed = manifest_mod.by_route(manifest.covered | manifest.excluded)
    missing = sorted(op for op in core if manifest_mod.route_key(op) not in listed)
    assert not missing, (
        f"the generated core has operations that {FIX} does not list; add each to [covered] with a "
        f"public method, or to [excluded] with a reason in {FIX}:\n  " + "\n  ".join(missing)
    )


def test_every_manifest_line_is_in_the_core(manifest: Any, core: set[str]) -> None:
    in_core = manifest_mod.by_route(core)
    stale = sorted(
        f"[{entry.section}] line {entry.line}: {entry.endpoint}"
        for entry in manifest.entries
        if manifest_mod.route_key(entry.endpoint) not in in_core
    )
    assert not stale, (
        f"{FIX} lists operations the generated core does not have; remove them or regenerate the core "
        "(make regen SPEC=...):\n  " + "\n  ".join(stale)
    )


def test_core_walk_finds_operations_and_leaves_out_health(core: set[str]) -> None:
    assert "POST /v1/chat/completions" in core
    assert "PATCH /v1/keys/{key_id}" in core
    assert not [op for op in core if " /health" in op]
    assert all(op.split(" ", 1)[0] in manifest_mod.METHODS for op in core)


# --- the parser ----------------------------------------------------------------------------------

GOOD = """\
# heading comment
[covered]
POST /v1/chat/completions   # completion
GET /v1/models

[excluded]  # trailing comment on a header
POST /v1/logs   # OTLP ingest
"""


def test_parser_reads_a_good_manifest() -> None:
    parsed = manifest_mod.parse_manifest(GOOD)
    assert parsed.problems == ()
    assert parsed.covered == {"POST /v1/chat/completions", "GET /v1/models"}
    assert parsed.excluded == {"POST /v1/logs"}
    reasons = {entry.endpoint: entry.reason for entry in parsed.entries}
    assert reasons["POST /v1/chat/completions"] == "completion"
    assert reasons["GET /v1/models"] == ""
    assert parsed.where("POST /v1/logs") == "excluded"
    assert parsed.where("GET /v1/nothing") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[covered]\nget /v1/models\n[excluded]\n", "unknown method 'get'"),
        ("[covered]\nFETCH /v1/models\n[excluded]\n", "unknown method 'FETCH'"),
        ("[covered]\nGET v1/models\n[excluded]\n", "must start with '/'"),
        ("[covered]\nGET /v1/models extra\n[excluded]\n", "expected 'METHOD /path'"),
        ("[covered]\nGET\n[excluded]\n", "expected 'METHOD /path'"),
        ("GET /v1/models\n[covered]\n[excluded]\n", "outside a section"),
        ("[covered]\n[extra]\n[excluded]\n", "unknown section [extra]"),
        ("[covered]\n[excluded]\n[covered]\n", "section [covered] repeats line 1"),
        ("[covered]\nGET /v1/models\nGET /v1/models\n[excluded]\n", "duplicates line 2"),
        ("[covered]\nGET /v1/models\n[excluded]\nGET /v1/models # x\n", "line 2 has it in [covered]"),
        ("[covered]\n[excluded]\nGET /v1/models\n", "needs a reason"),
        ("[covered]\nGET /health\n[excluded]\n", "health route"),
        ("[covered]\nGET /v1/models\n", "no [excluded] section"),
        ("[excluded]\nGET /v1/models # x\n", "no [covered] section"),
    ],
)
def test_parser_reports_malformed_lines(text: str, expected: str) -> None:
    parsed = manifest_mod.parse_manifest(text, source="m.txt")
    assert any(expected in problem for problem in parsed.problems), parsed.problems


def test_parser_problems_name_the_line() -> None:
    parsed = manifest_mod.parse_manifest("[covered]\n\n# c\nGET nope\n[excluded]\n", source="m.txt")
    assert parsed.problems == ("m.txt:4: path 'nope' must start with '/'",)


def test_duplicates_are_found_across_placeholder_spellings() -> None:
    text = "[covered]\nGET /v1/keys/{key_id}\n[excluded]\nGET /v1/keys/{keyId}  # same route\n"
    parsed = manifest_mod.parse_manifest(text)
    assert any("line 2 has it in [covered]" in problem for problem in parsed.problems)


def test_load_manifest_reports_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(manifest_mod.ManifestError, match="cannot read the manifest"):
        manifest_mod.load_manifest(tmp_path / "absent.txt")


# --- the core walker on hand-made cores ----------------------------------------------------------


def _write_op(root: Path, name: str, body: str) -> None:
    file = root / "api" / "things" / f"{name}.py"
    file.parent.mkdir(parents=True, exist_ok=True)
    (root / "api" / "__init__.py").write_text("")
    file.write_text(textwrap.dedent(body))


def test_core_walk_reads_templates_and_signatures(tmp_path: Path) -> None:
    _write_op(
        tmp_path,
        "get_thing",
        """
        from urllib.parse import quote

        def _get_kwargs(thingId: str, *, order: str, page: int | None = None) -> dict:
            params = {}
            params["order"] = order
            params["page"] = page
            return {
                "method": "get",
                "url": "/v1/things/{thingId}".format(thingId=quote(str(thingId), safe="")),
                "params": params,
            }
        """,
    )
    _write_op(
        tmp_path,
        "create_thing",
        """
        def _get_kwargs(*, body) -> dict:
            headers = {}
            _kwargs = {"method": "post", "url": "/v1/things"}
            _kwargs["json"] = body.to_dict()
            headers["Content-Type"] = "application/json"
            _kwargs["headers"] = headers
            return _kwargs
        """,
    )
    _write_op(
        tmp_path,
        "probe",
        'def _get_kwargs() -> dict:\n    return {"method": "get", "url": "/health/readiness"}\n',
    )

    walked = manifest_mod.walk_core(tmp_path)
    assert set(walked) == {"GET /v1/things/{thingId}", "POST /v1/things"}
    assert manifest_mod.core_operations(tmp_path) == set(walked)
    get = walked["GET /v1/things/{thingId}"].signature
    assert get.params == {("order", "query", True), ("page", "query", False)}
    assert get.body is None
    create = walked["POST /v1/things"].signature
    assert create.params == frozenset()
    assert create.body == (frozenset({"application/json"}), True)


def test_core_walk_rejects_a_module_without_get_kwargs(tmp_path: Path) -> None:
    _write_op(tmp_path, "odd", "def something_else():\n    pass\n")
    with pytest.raises(manifest_mod.CoreError, match=r"api/things/odd.py: no _get_kwargs"):
        manifest_mod.walk_core(tmp_path)


def test_core_walk_rejects_a_computed_url(tmp_path: Path) -> None:
    _write_op(tmp_path, "odd", 'def _get_kwargs(u):\n    return {"method": "get", "url": u}\n')
    with pytest.raises(manifest_mod.CoreError, match="no literal 'method' and 'url'"):
        manifest_mod.walk_core(tmp_path)


def test_core_walk_needs_a_generated_package(tmp_path: Path) -> None:
    with pytest.raises(manifest_mod.CoreError, match="make regen"):
        manifest_mod.walk_core(tmp_path)
