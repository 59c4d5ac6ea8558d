"""Keyword-argument types from the request schemas: writes ``otari/_generated/params.py``.

``openapi/params.json`` names the request schemas and, for each, the fields the SDK method takes as
explicit arguments; the rest become a ``TypedDict`` (``total=False``) that the shell spreads as
``**params: Unpack[...]`` (PEP 692), so a type checker flags a misspelt keyword or a wrong type.
Object schemas the fields refer to become ``<Name>Param`` TypedDicts of their own.
"""

from __future__ import annotations

import json
import keyword
import re
import textwrap
from typing import Any

from _spec import ROOT, SpecError

PARAMS_CONFIG = ROOT / "openapi" / "params.json"

_HEADER = '''"""Keyword-argument types of the SDK's requests, from the gateway spec (written by scripts/regen.py).

One ``TypedDict`` per request schema (the fields a method takes as ``**params``) and one ``<Name>Param``
per object schema they refer to. ``otari.params`` adds the per-call options and the public names.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict

'''


class _Writer:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.nested: dict[str, str] = {}  # schema name -> generated class source

    def ref_type(self, name: str) -> str:
        target = self.schemas.get(name)
        if target is None:
            raise SpecError(f"params: the spec has no schema {name}")
        if _is_typed_object(target):
            if name not in self.nested:
                self.nested[name] = ""  # reserve: a schema may refer to itself
                self.nested[name] = self.typed_dict(f"{name}Param", target, required=target.get("required", []))
            return f"{name}Param"
        return self.py_type(target)

    def py_type(self, schema: Any) -> str:
        if not isinstance(schema, dict) or not schema:
            return "Any"
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self.ref_type(ref.rsplit("/", 1)[1])
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return _union(self.py_type(option) for option in schema[key])
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.py_type(schema["allOf"][0])
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        if "enum" in schema and all(isinstance(v, str | int) and not isinstance(v, bool) for v in schema["enum"]):
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
        kind = schema.get("type")
        if isinstance(kind, list):
            return _union(self.py_type({**schema, "type": one}) for one in kind)
        if kind == "string":
            if schema.get("format") == "date-time":
                return "str | datetime.datetime"  # the SDK sends datetimes as ISO 8601
            return "bytes" if schema.get("format") == "binary" else "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "null":
            return "None"
        if kind == "array":
            return f"Sequence[{self.py_type(schema.get('items'))}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            value = self.py_type(extra) if isinstance(extra, dict) else "Any"
            return f"Mapping[str, {value}]"
        return "Any"

    def typed_dict(self, name: str, schema: dict[str, Any], *, required: list[str], skip: tuple[str, ...] = ()) -> str:
        fields = {k: v for k, v in schema.get("properties", {}).items() if k not in skip}
        lines: list[str] = []
        for field, field_schema in sorted(fields.items()):
            if not field.isidentifier() or keyword.iskeyword(field):
                raise SpecError(f"params: {name}.{field} is not a Python identifier; extend scripts/_params.py")
            annotation = self.py_type(field_schema)
            if field in required:
                annotation = f"Required[{annotation}]"
            lines.append(f"    {field}: {annotation}")
            description = field_schema.get("description") if isinstance(field_schema, dict) else None
            if description:
                lines.append(f"    {_docstring(description, 4)}")
        doc = schema.get("description") or schema.get("title") or name
        body = "\n".join(lines) if lines else "    pass"
        return f"class {name}(TypedDict, total=False):\n    {_docstring(doc, 4)}\n\n{body}\n"


def _is_typed_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" and bool(schema.get("properties"))


def _union(types: Any) -> str:
    seen: list[str] = []
    for found in types:
        for one in found.split(" | "):
            if one not in seen:
                seen.append(one)
    if "Any" in seen:
        return "Any"
    # None last, as people write it.
    seen.sort(key=lambda t: t == "None")
    return " | ".join(seen)


def _docstring(text: str, indent: int) -> str:
    text = re.sub(r"\s+", " ", str(text)).strip().replace("\\", "\\\\").replace('"""', "'''")
    if text.endswith('"'):
        text += " "
    lines = textwrap.wrap(text, width=116 - indent)
    if len(lines) <= 1:
        return f'"""{text}"""'
    pad = "\n" + " " * indent
    return '"""' + pad.join(lines) + pad + '"""'


def params_module(document: dict[str, Any]) -> str:
    """The source of ``params.py`` for this (overlaid) spec."""
    config = json.loads(PARAMS_CONFIG.read_text(encoding="utf-8"))
    schemas = document.get("components", {}).get("schemas", {})
    writer = _Writer(schemas)
    options = set(config["options"])
    top: list[str] = []
    for name, entry in config["params"].items():
        schema = schemas.get(entry["schema"])
        if not isinstance(schema, dict):
            raise SpecError(f"params: {name} refers to {entry['schema']}, which this spec does not have")
        explicit = tuple(entry["explicit"])
        clash = options & set(schema.get("properties", {}))
        if clash:
            raise SpecError(f"params: {entry['schema']} has fields named like per-call options: {sorted(clash)}")
        missing = [field for field in explicit if field not in schema.get("properties", {})]
        if missing:
            raise SpecError(f"params: {entry['schema']} has no field(s) {missing}; update openapi/params.json")
        required = [f for f in schema.get("required", []) if f not in explicit]
        top.append(writer.typed_dict(name, schema, required=required, skip=explicit))
    for name in config.get("schemas", []):
        writer.ref_type(name)
    nested = [writer.nested[name] for name in sorted(writer.nested)]
    return _HEADER + "\n\n".join(nested + top)
