"""The generated models parse cheaply (openapi/templates): no import statement and no function defined inside
``from_dict`` / ``to_dict`` (both ran on every call), and ``__init__`` called with positional arguments in
the order the fields are declared. Checked on the source of every generated model, so a template change that
brings either back, or passes a field in the wrong position, fails here."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import attrs

MODELS = Path(__file__).resolve().parents[1] / "otari" / "_generated" / "models"


def _trees() -> dict[str, ast.Module]:
    """Every model module (enum modules have no parser), parsed."""
    trees: dict[str, ast.Module] = {}
    for path in sorted(MODELS.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "def from_dict" in source:
            trees[path.stem] = ast.parse(source)
    return trees


def _methods(tree: ast.Module) -> tuple[ast.ClassDef, dict[str, ast.FunctionDef]]:
    cls = next(node for node in tree.body if isinstance(node, ast.ClassDef))
    found: dict[str, ast.FunctionDef] = {}
    for item in cls.body:
        # The generated parser comes first; a model_extras fast parser may follow it.
        if isinstance(item, ast.FunctionDef) and item.name in ("from_dict", "to_dict"):
            found.setdefault(item.name, item)
    return cls, found


def test_parsers_define_and_import_nothing_per_call() -> None:
    trees = _trees()
    assert len(trees) > 300
    offences = []
    for name, tree in trees.items():
        _, methods = _methods(tree)
        assert set(methods) == {"from_dict", "to_dict"}, name
        for method in methods.values():
            for node in ast.walk(method):
                if isinstance(node, ast.Import | ast.ImportFrom) or (
                    node is not method and isinstance(node, ast.FunctionDef | ast.Lambda)
                ):
                    offences.append(f"{name}.{method.name}: {ast.unparse(node).splitlines()[0]}")
    assert not offences, offences[:10]


def test_from_dict_passes_the_fields_in_init_order() -> None:
    wrong = []
    for name, tree in _trees().items():
        class_node, methods = _methods(tree)
        calls = [
            node
            for node in ast.walk(methods["from_dict"])
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
        ]
        assert len(calls) == 1, name
        passed = [arg.id if isinstance(arg, ast.Name) else ast.unparse(arg) for arg in calls[0].args]
        passed += [f"{keyword.arg}=" for keyword in calls[0].keywords]
        cls = getattr(importlib.import_module(f"otari._generated.models.{name}"), class_node.name)
        if passed != [field.name for field in attrs.fields(cls) if field.init]:
            wrong.append(name)
    assert not wrong, wrong[:10]
