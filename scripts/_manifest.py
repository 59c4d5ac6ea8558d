"""The endpoint manifest (``sdk-endpoints.txt``) and the operations a generated core holds.

Shared by ``check_drift.py`` and the tests. Endpoints are ``"METHOD /path"`` strings. Paths in the
manifest and the spec use the spec's placeholder names, while the generated core renames them to
Python identifiers (``{keyId}`` becomes ``{key_id}``), so comparisons go through ``route_key``.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _spec import ROOT, is_health

MANIFEST = ROOT / "sdk-endpoints.txt"
CORE = ROOT / "otari" / "_generated"
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
SECTIONS = ("covered", "excluded")

# Where the generated ``_get_kwargs`` puts a request body, for cores that set no Content-Type literal.
_BODY_KINDS = {
    "json": "application/json",
    "files": "multipart/form-data",
    "data": "application/x-www-form-urlencoded",
    "content": "application/octet-stream",
}
_PARAM_DICTS = {"params": "query", "headers": "header", "cookies": "cookie"}


class ManifestError(Exception):
    """The manifest file cannot be read at all."""


class CoreError(Exception):
    """The generated core is missing or not shaped the way the generator writes it."""


def route_key(endpoint: str) -> str:
    """``endpoint`` with placeholder names dropped, so spec and core spellings compare equal."""
    return re.sub(r"\{[^{}/]*\}", "{}", endpoint)


def _norm(name: str) -> str:
    # Python names are the generator's snake_case of the wire name; both reduce to the same letters.
    return re.sub(r"[^a-z0-9]", "", name.lower())


# ---------------------------------------------------------------------------------------------------
# The manifest


@dataclass(frozen=True)
class Entry:
    section: str
    endpoint: str
    reason: str
    line: int


@dataclass(frozen=True)
class Manifest:
    """A parsed manifest. ``problems`` lists every malformed line; it is empty for a good file."""

    source: str
    entries: tuple[Entry, ...]
    problems: tuple[str, ...]

    def section(self, name: str) -> set[str]:
        return {entry.endpoint for entry in self.entries if entry.section == name}

    @property
    def covered(self) -> set[str]:
        return self.section("covered")

    @property
    def excluded(self) -> set[str]:
        return self.section("excluded")

    def where(self, endpoint: str) -> str | None:
        """The section that lists ``endpoint`` (compared by route), or None."""
        key = route_key(endpoint)
        for entry in self.entries:
            if route_key(entry.endpoint) == key:
                return entry.section
        return None


_SECTION_RE = re.compile(r"\[(?P<name>[^\]]*)\]")
_ENTRY_RE = re.compile(r"(?P<method>\S+)\s+(?P<path>\S+)")


def parse_manifest(text: str, source: str = "sdk-endpoints.txt") -> Manifest:
    """Parse manifest text; never raises, every defect becomes a ``problems`` line."""
    entries: list[Entry] = []
    problems: list[str] = []
    section: str | None = None
    seen_sections: dict[str, int] = {}
    first_seen: dict[str, Entry] = {}

    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{source}:{number}"
        content, _, comment = raw.partition("#")
        content = content.strip()
        if not content:
            continue
        header = _SECTION_RE.fullmatch(content)
        if header:
            name = header["name"].strip()
            if name not in SECTIONS:
                problems.append(f"{where}: unknown section [{name}]; use [covered] or [excluded]")
                section = None
            elif name in seen_sections:
                problems.append(f"{where}: section [{name}] repeats line {seen_sections[name]}; merge them")
                section = name
            else:
                seen_sections[name] = number
                section = name
            continue
        match = _ENTRY_RE.fullmatch(content)
        if match is None:
            problems.append(f"{where}: expected 'METHOD /path', got {content!r}")
            continue
        method, path = match["method"], match["path"]
        if method not in METHODS:
            problems.append(f"{where}: unknown method {method!r}; use one of {', '.join(METHODS)}")
            continue
        if not path.startswith("/"):
            problems.append(f"{where}: path {path!r} must start with '/'")
            continue
        if section is None:
            problems.append(f"{where}: {method} {path} is outside a section; put it under [covered] or [excluded]")
            continue
        if is_health(path):
            problems.append(f"{where}: {method} {path} is a health route; those are ignored, remove the line")
            continue
        reason = comment.strip()
        if section == "excluded" and not reason:
            problems.append(f"{where}: {method} {path} needs a reason: '{method} {path}  # why it is excluded'")
        entry = Entry(section=section, endpoint=f"{method} {path}", reason=reason, line=number)
        previous = first_seen.get(route_key(entry.endpoint))
        if previous is not None:
            if previous.section == section:
                problems.append(f"{where}: {entry.endpoint} duplicates line {previous.line}")
            else:
                problems.append(
                    f"{where}: {entry.endpoint} is in [{section}] but line {previous.line} has it in "
                    f"[{previous.section}]; keep one"
                )
            continue
        first_seen[route_key(entry.endpoint)] = entry
        entries.append(entry)

    for name in SECTIONS:
        if name not in seen_sections:
            problems.append(f"{source}: no [{name}] section")
    return Manifest(source=source, entries=tuple(entries), problems=tuple(problems))


def load_manifest(path: Path = MANIFEST) -> Manifest:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"cannot read the manifest {path}: {exc}") from exc
    return parse_manifest(text, source=path.name)


# ---------------------------------------------------------------------------------------------------
# The generated core


@dataclass(frozen=True)
class Signature:
    """What a caller must send, independent of operation ids and Python names.

    ``params`` holds ``(wire name, location, required)`` for query, header and cookie parameters
    (path parameters are part of the route itself); ``body`` is the request body's content types and
    whether it is required, or None for no body.
    """

    params: frozenset[tuple[str, str, bool]] = field(default_factory=frozenset)
    body: tuple[frozenset[str], bool] | None = None


def describe_changes(core: Signature, spec: Signature) -> list[str]:
    """How ``spec`` differs from what ``core`` sends, one readable line per difference."""
    changes: list[str] = []
    old = {(name, where): required for name, where, required in core.params}
    new = {(name, where): required for name, where, required in spec.params}
    for name, where in sorted(new.keys() - old.keys()):
        kind = "required" if new[name, where] else "optional"
        changes.append(f"the spec adds {where} parameter {name!r} ({kind})")
    for name, where in sorted(old.keys() - new.keys()):
        changes.append(f"the spec has no {where} parameter {name!r} (the core sends it)")
    for name, where in sorted(old.keys() & new.keys()):
        if old[name, where] != new[name, where]:
            now = "required" if new[name, where] else "optional"
            changes.append(f"{where} parameter {name!r} is {now} in the spec")
    if core.body != spec.body:
        changes.append(f"request body: core {_body_text(core.body)}, spec {_body_text(spec.body)}")
    return changes


def _body_text(body: tuple[frozenset[str], bool] | None) -> str:
    if body is None:
        return "none"
    types, required = body
    return f"{', '.join(sorted(types)) or '?'} ({'required' if required else 'optional'})"


@dataclass(frozen=True)
class CoreOperation:
    endpoint: str
    module: str
    signature: Signature


def _literal_str(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _request_line(func: ast.FunctionDef, module: str) -> tuple[str, str]:
    """``(METHOD, url template)`` from the dict literal holding "method" and "url"."""
    for node in ast.walk(func):
        if not isinstance(node, ast.Dict):
            continue
        values = {_literal_str(k): v for k, v in zip(node.keys, node.values, strict=True) if k is not None}
        if "method" not in values or "url" not in values:
            continue
        method = _literal_str(values["method"])
        url_node = values["url"]
        # A path with parameters is `"/v1/x/{id}".format(id=quote(...))`; the template is the receiver.
        if (
            isinstance(url_node, ast.Call)
            and isinstance(url_node.func, ast.Attribute)
            and url_node.func.attr == "format"
        ):
            url_node = url_node.func.value
        url = _literal_str(url_node)
        if method is None or url is None:
            break
        return method.upper(), url
    raise CoreError(f"{module}: _get_kwargs has no literal 'method' and 'url'; is the core generated?")


def _signature(func: ast.FunctionDef) -> Signature:
    args = func.args
    required_by_name: dict[str, bool] = {}
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        required_by_name[arg.arg] = default is None
    positional = args.posonlyargs + args.args
    first_default = len(positional) - len(args.defaults)
    for index, arg in enumerate(positional):
        required_by_name[arg.arg] = index < first_default
    by_norm = {_norm(name): required for name, required in required_by_name.items()}

    params: set[tuple[str, str, bool]] = set()
    content_types: set[str] = set()
    body_kinds: set[str] = set()
    for node in ast.walk(func):
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            if not (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)):
                continue
            key = _literal_str(target.slice)
            if key is None:
                continue
            container = target.value.id
            if container == "headers" and key.lower() == "content-type":
                value = _literal_str(node.value)
                if value is not None:
                    content_types.add(value.split(";")[0].strip())
            elif container in _PARAM_DICTS:
                params.add((key, _PARAM_DICTS[container], by_norm.get(_norm(key), False)))
            elif container == "_kwargs" and key in _BODY_KINDS:
                body_kinds.add(_BODY_KINDS[key])

    body: tuple[frozenset[str], bool] | None = None
    if "body" in required_by_name:
        types = content_types or body_kinds
        body = (frozenset(types), required_by_name["body"])
    return Signature(params=frozenset(params), body=body)


def _get_kwargs_def(source: str, filename: str) -> ast.FunctionDef | None:
    """The module's top-level ``_get_kwargs``.

    Parsing just that function (up to the next top-level statement) is several times
    faster than parsing the whole module; the full parse is the fallback for anything unusual.
    """
    # The signature's closing ") -> dict[...]:" also starts in column 0, so it does not end the function.
    match = re.search(r"^def _get_kwargs\(.*?(?=^[^\s)]|\Z)", source, re.MULTILINE | re.DOTALL)
    candidates = [match.group(0)] if match else []
    for text in [*candidates, source]:
        try:
            tree = ast.parse(text, filename=filename)
        except SyntaxError:
            if text is source:
                raise
            continue
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
                return node
    return None


def walk_core(root: Path = CORE) -> dict[str, CoreOperation]:
    """Every operation of the generated package at ``root``, keyed by ``"METHOD /path"``; no health."""
    api = root / "api"
    if not api.is_dir():
        raise CoreError(f"no generated core at {root} (expected {api}); run `make regen SPEC=...`")
    found: dict[str, CoreOperation] = {}
    for file in sorted(api.rglob("*.py")):
        if file.name == "__init__.py" or "__pycache__" in file.parts:
            continue
        module = file.relative_to(root).as_posix()
        try:
            func = _get_kwargs_def(file.read_text(encoding="utf-8"), str(file))
        except (OSError, UnicodeDecodeError, SyntaxError) as exc:
            raise CoreError(f"{module}: cannot parse: {exc}") from exc
        if func is None:
            raise CoreError(f"{module}: no _get_kwargs function; is the core generated?")
        method, url = _request_line(func, module)
        if is_health(url):
            continue
        endpoint = f"{method} {url}"
        if endpoint in found:
            raise CoreError(f"{module}: {endpoint} is also generated by {found[endpoint].module}")
        found[endpoint] = CoreOperation(endpoint=endpoint, module=module, signature=_signature(func))
    return found


def core_operations(root: Path = CORE) -> set[str]:
    """``"METHOD /path"`` for every operation of the generated core at ``root``, health left out."""
    return set(walk_core(root))


def by_route(endpoints: Iterable[str]) -> dict[str, str]:
    """``route_key(e) -> e``, for comparing spellings from the spec, the manifest and the core."""
    return {route_key(endpoint): endpoint for endpoint in endpoints}
