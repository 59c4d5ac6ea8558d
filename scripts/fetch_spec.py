"""Download the gateway's published spec at one gateway commit and check that it is usable.

    python scripts/fetch_spec.py --output FILE [--ref COMMIT_OR_BRANCH]

``--ref`` defaults to ``main`` (the spec the gateway publishes now); the drift workflow passes the
commit a gateway ``repository_dispatch`` names. Prints the URL, the spec version and its sha256.
Exit 1 when the spec cannot be downloaded or is not OpenAPI 3.x JSON.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _spec import SpecError, load_spec, spec_url

# A git ref as it may appear in a URL path: no "..", no leading "-", no spaces or URL syntax.
_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,99}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ref", default="main", help="gateway commit or branch (default: main)")
    parser.add_argument("--output", type=Path, required=True, help="where to write the spec")
    args = parser.parse_args(argv)
    ref = args.ref or "main"
    if not _REF.fullmatch(ref) or ".." in ref:
        print(f"fetch_spec: --ref {ref!r} is not a git commit or branch name", file=sys.stderr)
        return 1
    try:
        spec = load_spec(spec_url(ref))
    except SpecError as exc:
        print(f"fetch_spec: {exc}", file=sys.stderr)
        return 1
    args.output.write_bytes(spec.raw)
    print(f"fetch_spec: {spec.source}: spec version {spec.version}, sha256 {spec.sha256} -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
