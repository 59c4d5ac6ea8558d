"""Check a gateway spec against what the SDK accounts for.

    python scripts/check_drift.py --spec <path or URL> [--manifest FILE] [--core DIR]

Compares the spec's operations (health routes ignored) with the generated core (otari/_generated)
and with sdk-endpoints.txt, and prints:

  added      in the spec, not in the core: regenerate the core (`make regen SPEC=...`)
  removed    in the core, not in the spec
  changed    same route, but query/header/cookie parameters or the request body differ from
             what the core sends (read from the core's `_get_kwargs`; responses are not compared,
             because the project's overlays retype them on purpose)

Exit status:
  0  every operation of the spec is in [covered] or [excluded] and every [covered] line is in the
     spec; additions, removals and changes are reported but do not fail on their own
  1  drift that needs a decision: an operation of the spec is in neither section, or a [covered]
     line is missing from the spec (the SDK would call a route the gateway does not serve)
  2  the spec, the manifest or the core cannot be used, or the arguments are wrong
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _manifest import (
    CORE,
    MANIFEST,
    CoreError,
    CoreOperation,
    Manifest,
    ManifestError,
    Signature,
    by_route,
    describe_changes,
    load_manifest,
    walk_core,
)
from _spec import PUBLISHED_SPEC, SpecError, load_spec, operations

_PARAM_LOCATIONS = ("query", "header", "cookie")


def _resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` (a few hops at most) to the object it names."""
    for _ in range(10):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise SpecError(f"unsupported non-local reference {ref}")
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                raise SpecError(f"dangling reference {ref}")
            target = target[part]
        node = target
    raise SpecError("reference chain too long (a $ref cycle?)")


def spec_signature(document: dict[str, Any], path: str, method: str) -> Signature:
    """The ``Signature`` of one spec operation, comparable with the core's."""
    item = document["paths"][path]
    merged: dict[tuple[str, str], bool] = {}
    # Operation-level parameters override path-level ones with the same name and location.
    for source in (item.get("parameters", []), item[method.lower()].get("parameters", [])):
        for raw in source or []:
            param = _resolve(document, raw)
            if not isinstance(param, dict) or param.get("in") not in _PARAM_LOCATIONS:
                continue
            merged[str(param.get("name")), str(param["in"])] = bool(param.get("required", False))
    body: tuple[frozenset[str], bool] | None = None
    raw_body = item[method.lower()].get("requestBody")
    if raw_body is not None:
        request_body = _resolve(document, raw_body)
        content = request_body.get("content", {}) if isinstance(request_body, dict) else {}
        body = (frozenset(content), bool(request_body.get("required", False)))
    params = frozenset((name, where, required) for (name, where), required in merged.items())
    return Signature(params=params, body=body)


class Report:
    """The comparison of one spec with the manifest and the core."""

    def __init__(
        self,
        document: dict[str, Any],
        manifest: Manifest,
        core: dict[str, CoreOperation],
    ) -> None:
        self.spec = by_route(operations(document))
        self.core = by_route(core)
        covered = by_route(manifest.covered)
        excluded = by_route(manifest.excluded)
        spec_keys, core_keys = set(self.spec), set(self.core)

        self.added = sorted(self.spec[k] for k in spec_keys - core_keys)
        self.removed = sorted(self.core[k] for k in core_keys - spec_keys)
        self.changed: list[tuple[str, list[str]]] = []
        for key in sorted(spec_keys & core_keys):
            method, _, path = self.spec[key].partition(" ")
            changes = describe_changes(core[self.core[key]].signature, spec_signature(document, path, method))
            if changes:
                self.changed.append((self.spec[key], changes))
        self.unlisted = sorted(self.spec[k] for k in spec_keys - covered.keys() - excluded.keys())
        self.stale_covered = sorted(covered[k] for k in covered.keys() - spec_keys)
        self.stale_excluded = sorted(excluded[k] for k in excluded.keys() - spec_keys)
        self._manifest = manifest

    @property
    def ok(self) -> bool:
        return not self.unlisted and not self.stale_covered

    def _tag(self, endpoint: str) -> str:
        section = self._manifest.where(endpoint)
        return f"[{section}]" if section else "[not in sdk-endpoints.txt]"

    def render(self, spec_label: str, source: str) -> str:
        lines = [
            f"drift: spec {spec_label} from {source}",
            f"  spec {len(self.spec)} operations, core {len(self.core)}, manifest "
            f"{len(self._manifest.covered)} covered + {len(self._manifest.excluded)} excluded "
            "(health routes ignored)",
        ]

        def block(title: str, items: list[str], mark: str, tagged: bool = True) -> None:
            if not items:
                return
            lines.extend(["", f"{title} ({len(items)}):"])
            lines.extend(f"  {mark} {item}" + (f"  {self._tag(item)}" if tagged else "") for item in items)

        block(
            "Added: in the spec, not in the generated core; regenerate with `make regen SPEC=...`",
            self.added,
            "+",
        )
        block("Removed: in the generated core, not in the spec", self.removed, "-")
        if self.changed:
            lines.extend(["", f"Changed: differs from what the generated core sends ({len(self.changed)}):"])
            for endpoint, changes in self.changed:
                lines.append(f"  ~ {endpoint}  {self._tag(endpoint)}")
                lines.extend(f"      {change}" for change in changes)
        block(
            "Not in sdk-endpoints.txt: add each to [covered] with a public method, or to [excluded] with a reason",
            self.unlisted,
            "!",
            tagged=False,
        )
        block(
            "In [covered] but not in the spec: the SDK would call a route this gateway does not "
            "serve; remove the method and its line, or check that this is the right spec",
            self.stale_covered,
            "!",
            tagged=False,
        )
        block(
            "Note: in [excluded] but not in the spec (harmless while older gateways are supported)",
            self.stale_excluded,
            ".",
            tagged=False,
        )

        lines.append("")
        if self.ok:
            lines.append("drift: OK, the SDK accounts for every operation of this spec")
        else:
            lines.append(
                f"drift: FAILED, {len(self.unlisted)} operation(s) missing from sdk-endpoints.txt, "
                f"{len(self.stale_covered)} [covered] line(s) missing from the spec"
            )
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--spec", default=PUBLISHED_SPEC, help="path or URL of the gateway's openapi.json (default: the published one)"
    )
    parser.add_argument("--manifest", type=Path, default=MANIFEST, help="the endpoint manifest")
    parser.add_argument("--core", type=Path, default=CORE, help="the generated package to compare with")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.spec)
        manifest = load_manifest(args.manifest)
        if manifest.problems:
            print(f"check_drift: {args.manifest} is malformed:", file=sys.stderr)
            for problem in manifest.problems:
                print(f"  {problem}", file=sys.stderr)
            return 2
        core = walk_core(args.core)
        report = Report(spec.document, manifest, core)
    except (SpecError, ManifestError, CoreError) as exc:
        print(f"check_drift: {exc}", file=sys.stderr)
        return 2
    print(report.render(f"{spec.version} ({spec.sha256[:12]})", spec.source))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
