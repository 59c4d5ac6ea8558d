"""Spec loading and operation listing shared by ``regen.py`` and ``check_drift.py``."""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ROOT = Path(__file__).resolve().parent.parent
OVERLAY_DIR = ROOT / "openapi" / "overlays"

# Where the gateway publishes its spec: a file in the gateway repository, so any commit of it is a URL.
GATEWAY_RAW = "https://raw.githubusercontent.com/mozilla-ai/otari"
GATEWAY_SPEC_PATH = "docs/public/openapi.json"
# The gateway commit whose spec the committed core (otari/_generated) was built from; the same commit
# the recordings in tests/fixtures name. A commit, never a branch, so that `make regen` without SPEC
# rebuilds exactly the committed core. Move it whenever the core is regenerated from a newer spec.
PINNED_COMMIT = "0e2634c"


def spec_url(ref: str) -> str:
    """The raw URL of the gateway's spec at ``ref`` (a commit, or ``main`` for the published one)."""
    return f"{GATEWAY_RAW}/{ref}/{GATEWAY_SPEC_PATH}"


PINNED_SPEC = spec_url(PINNED_COMMIT)
PUBLISHED_SPEC = spec_url("main")


class SpecError(Exception):
    """A spec that cannot be used; the message says why and what to do."""


class SpecDownloadError(SpecError):
    """The spec's URL could not be read (no network, DNS, HTTP error)."""


@dataclass(frozen=True)
class LoadedSpec:
    document: dict[str, Any]
    raw: bytes
    source: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def version(self) -> str:
        return str(self.document.get("info", {}).get("version", "unknown"))


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def load_spec(source: str) -> LoadedSpec:
    """Read a spec from a path or URL and check it is OpenAPI 3.x JSON."""
    if is_url(source):
        try:
            with urllib.request.urlopen(source, timeout=30) as response:
                raw = response.read()
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise SpecDownloadError(f"cannot download the spec from {source}: {exc}") from exc
    else:
        path = Path(source)
        if not path.is_file():
            raise SpecError(f"cannot read the spec: {source} is not a file (pass SPEC=<path or URL>)")
        raw = path.read_bytes()
    try:
        document = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SpecError(f"the spec at {source} is not valid JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecError(f"the spec at {source} is not a JSON object")
    version = str(document.get("openapi", ""))
    if not re.fullmatch(r"3\.\d+(\.\d+)?", version):
        found = version or "no 'openapi' field"
        raise SpecError(f"the spec at {source} is not OpenAPI 3.x ({found})")
    if not isinstance(document.get("paths"), dict):
        raise SpecError(f"the spec at {source} has no 'paths' object")
    return LoadedSpec(document=document, raw=raw, source=source)


def is_health(path: str) -> bool:
    """Health probes are infrastructure, not API: the manifest ignores them."""
    return path == "/health" or path.startswith("/health/")


def operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``"METHOD /path"`` -> operation object, health routes left out."""
    found: dict[str, dict[str, Any]] = {}
    for path, item in document.get("paths", {}).items():
        if is_health(path) or not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found[f"{method.upper()} {path}"] = op
    return found


def fastapi_suffix(path: str, method: str) -> str:
    """The tail FastAPI appends to a route's function name to build its default operationId."""
    return re.sub(r"\W", "_", path) + "_" + method.lower()


def load_overlays(directory: Path = OVERLAY_DIR) -> list[tuple[str, dict[str, Any]]]:
    overlays = []
    for file in sorted(directory.glob("*.json")):
        try:
            overlays.append((file.name, json.loads(file.read_text(encoding="utf-8"))))
        except json.JSONDecodeError as exc:
            raise SpecError(f"overlay {file} is not valid JSON: {exc}") from exc
    return overlays


def apply_overlays(document: dict[str, Any], overlays: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Return a copy of ``document`` with the project's overlays applied.

    An overlay holds ``schemas`` (added to, or replacing, ``components.schemas``), ``responses``
    (``"METHOD /path" -> {"200": "SchemaName"}``), which types an operation's response, and
    ``patches`` (JSON-pointer ``remove``/``set`` edits, applied last). A target that
    the spec does not have is an error: a silent no-op would untype the core without anyone noticing.
    """
    doc: dict[str, Any] = json.loads(json.dumps(document))
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for name, overlay in overlays:
        unknown = set(overlay) - {"description", "schemas", "responses", "patches"}
        if unknown:
            raise SpecError(f"overlay {name}: unknown keys {sorted(unknown)}")
        schemas.update(overlay.get("schemas", {}))
        for target, by_status in overlay.get("responses", {}).items():
            method, _, path = target.partition(" ")
            op = doc["paths"].get(path, {}).get(method.lower())
            if op is None:
                raise SpecError(f"overlay {name}: the spec has no operation {target}; update the overlay for this spec")
            for status, schema_name in by_status.items():
                if schema_name not in schemas:
                    raise SpecError(f"overlay {name}: {target} refers to unknown schema {schema_name}")
                response = op.setdefault("responses", {}).setdefault(status, {"description": "OK"})
                content = response.setdefault("content", {})
                content["application/json"] = {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}
        for patch in overlay.get("patches", []):
            _apply_patch(doc, patch, name)
    return doc


def _apply_patch(doc: dict[str, Any], patch: dict[str, Any], overlay: str) -> None:
    """``{"remove": "/json/pointer"}`` or ``{"set": "/json/pointer", "value": ...}``."""
    pointer = patch.get("remove") or patch.get("set")
    if not isinstance(pointer, str) or not pointer.startswith("/"):
        raise SpecError(f"overlay {overlay}: a patch needs 'remove' or 'set' with a JSON pointer, got {patch}")
    keys = [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]
    parent: Any = doc
    for key in keys[:-1]:
        if not isinstance(parent, dict) or key not in parent:
            raise SpecError(f"overlay {overlay}: {pointer} does not exist in this spec; update the overlay")
        parent = parent[key]
    if "remove" in patch:
        if not isinstance(parent, dict) or keys[-1] not in parent:
            raise SpecError(f"overlay {overlay}: {pointer} does not exist in this spec; update the overlay")
        del parent[keys[-1]]
    else:
        parent[keys[-1]] = patch.get("value")


def stable_operation_ids(document: dict[str, Any]) -> None:
    """Drop FastAPI's path suffix from operationIds, in place.

    ``chat_completions_v1_chat_completions_post`` becomes ``chat_completions``, so generated module
    names survive a gateway release that moves its routes (for example under ``/api/v1``). Where
    the short name would collide, the original is kept.
    """
    short: dict[tuple[str, str], str] = {}
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            op_id = op["operationId"]
            suffix = fastapi_suffix(path, method)
            if op_id.endswith(suffix) and len(op_id) > len(suffix):
                short[(path, method)] = op_id[: -len(suffix)]
    counts: dict[str, int] = {}
    for name in short.values():
        counts[name] = counts.get(name, 0) + 1
    for (path, method), name in short.items():
        if counts[name] == 1:
            document["paths"][path][method]["operationId"] = name
