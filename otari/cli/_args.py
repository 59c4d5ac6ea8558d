"""argparse building blocks shared by every command: the global options, command/group helpers, and
value parsers (``NAME=VALUE``, ``role:content``, positive numbers).

Global options are accepted before or after the command (``otari --json models`` and ``otari models
--json``). They are declared with ``default=SUPPRESS`` on every parser, so a subcommand never overwrites
a value given before it with its own default; :func:`option` reads them with the real default.
"""

from __future__ import annotations

import argparse
import datetime
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ._errors import EXIT_CODES_HELP

Handler = Callable[..., "int | None"]

ENVIRONMENT_HELP = """environment:
  OTARI_AI_TOKEN     hosted-platform token (platform mode)
  GATEWAY_API_BASE   gateway URL, e.g. http://localhost:8000
  GATEWAY_API_KEY    self-hosted gateway key
  GATEWAY_ADMIN_KEY  master key for keys/users/budgets/pricing/usage
Flags override the environment. Prefer the environment for keys: flags end up in shell history."""

# Global option -> default, read through option().
GLOBAL_DEFAULTS: dict[str, Any] = {
    "base_url": None,
    "otari_key": None,
    "api_key": None,
    "admin_key": None,
    "timeout": None,
    "max_retries": None,
    "json": False,
    "debug": False,
}
KEY_FLAGS = {
    "otari_key": ("--otari-key", "GATEWAY_API_KEY"),
    "api_key": ("--api-key", "OTARI_AI_TOKEN"),
    "admin_key": ("--admin-key", "GATEWAY_ADMIN_KEY"),
}


def option(args: argparse.Namespace, name: str) -> Any:
    """A global option's value, or its default when it was not given anywhere on the line."""
    return getattr(args, name, GLOBAL_DEFAULTS[name])


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text!r}")
    return value


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {text!r}")
    return value


def positive_int(text: str) -> int:
    value = non_negative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError("expected 1 or more, got 0")
    return value


def iso_time(text: str) -> str:
    """An ISO 8601 date or date-time (``2026-11-01``, ``2026-11-01T09:30:00Z``), checked here and sent as typed."""
    try:
        datetime.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 8601 date or time such as 2026-11-01 or 2026-11-01T09:30:00Z, got {text!r}"
        ) from None
    return text


def name_value(text: str) -> tuple[str, Any]:
    """``NAME=VALUE``; VALUE is read as JSON when it is JSON (``0.2``, ``true``, ``["a"]``), else as text."""
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    return name.strip(), value


def key_text(text: str) -> tuple[str, str]:
    """``KEY=VALUE`` with VALUE kept as text (metadata values are strings)."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return name.strip(), value


def role_content(text: str) -> dict[str, str]:
    """``role:content`` -> a chat message."""
    role, sep, content = text.partition(":")
    if not sep or not role.strip() or " " in role.strip():
        raise argparse.ArgumentTypeError(f"expected ROLE:CONTENT such as 'user:Hello', got {text!r}")
    return {"role": role.strip(), "content": content}


def _add_globals(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection (override the environment)")
    S = argparse.SUPPRESS
    group.add_argument("--base-url", metavar="URL", default=S, help="gateway URL (env GATEWAY_API_BASE)")
    group.add_argument(
        "--otari-key", metavar="KEY", default=S, help="self-hosted gateway key (env GATEWAY_API_KEY; prefer the env)"
    )
    group.add_argument(
        "--api-key", metavar="TOKEN", default=S, help="hosted-platform token (env OTARI_AI_TOKEN; prefer the env)"
    )
    group.add_argument(
        "--admin-key", metavar="KEY", default=S, help="master key for the control plane (env GATEWAY_ADMIN_KEY)"
    )
    group.add_argument("--timeout", metavar="SECONDS", type=positive_float, default=S, help="per-request timeout")
    group.add_argument(
        "--max-retries", metavar="N", type=non_negative_int, default=S, help="retries of failed requests (default 2)"
    )
    out = parser.add_argument_group("output")
    out.add_argument(
        "--json", action="store_true", default=S, help="machine-readable JSON (JSON Lines for lists and streams)"
    )
    out.add_argument("--debug", action="store_true", default=S, help="show tracebacks and HTTP logs")


def global_options() -> argparse.ArgumentParser:
    """A parent parser holding the global options, added to every command."""
    parent = argparse.ArgumentParser(add_help=False)
    _add_globals(parent)
    return parent


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


@dataclass(slots=True)
class Registry:
    """Hands out parsers that all carry the global options and share one help style."""

    common: argparse.ArgumentParser

    def command(
        self,
        sub: Any,
        name: str,
        handler: Handler,
        *,
        summary: str,
        description: str,
        examples: Sequence[str] = (),
    ) -> argparse.ArgumentParser:
        epilog = "examples:\n" + "\n".join(f"  {line}" for line in examples) if examples else None
        parser: argparse.ArgumentParser = sub.add_parser(
            name,
            help=summary,
            description=description,
            epilog=epilog,
            parents=[self.common],
            formatter_class=_Formatter,
        )
        parser.set_defaults(handler=handler)
        return parser

    def group(self, sub: Any, name: str, *, summary: str, description: str) -> Any:
        parser: argparse.ArgumentParser = sub.add_parser(
            name, help=summary, description=description, parents=[self.common], formatter_class=_Formatter
        )
        parser.set_defaults(handler=None, group_parser=parser)
        return parser.add_subparsers(title="commands", metavar="COMMAND")


def root_parser(version: str) -> tuple[argparse.ArgumentParser, Registry]:
    common = global_options()
    parser = argparse.ArgumentParser(
        prog="otari",
        description="The otari gateway from the terminal: chat, embeddings, batches, keys, users, budgets, "
        "pricing and usage. Run 'otari doctor' first when something is wrong.",
        epilog=f"{ENVIRONMENT_HELP}\n\n{EXIT_CODES_HELP}",
        formatter_class=_Formatter,
    )
    _add_globals(parser)
    parser.add_argument("--version", action="version", version=version)
    parser.set_defaults(handler=None, group_parser=parser)
    return parser, Registry(common)


@dataclass(frozen=True, slots=True)
class Field:
    """A command-line option that becomes one keyword argument of an SDK call when it is given."""

    flag: str
    kwarg: str
    help: str
    type: Callable[[str], Any] | None = None
    many: bool = False  # repeatable: a list
    pairs: bool = False  # repeatable KEY=VALUE: a dict
    switch: bool = False  # --flag / --no-flag
    metavar: str | None = None
    required: bool = False


def add_fields(parser: argparse.ArgumentParser, fields: Sequence[Field]) -> None:
    for f in fields:
        dest = f"field_{f.kwarg}"
        if f.switch:
            parser.add_argument(f.flag, dest=dest, action=argparse.BooleanOptionalAction, default=None, help=f.help)
        elif f.pairs:
            parser.add_argument(
                f.flag, dest=dest, action="append", type=key_text, metavar=f.metavar or "KEY=VALUE", help=f.help
            )
        else:
            parser.add_argument(
                f.flag,
                dest=dest,
                action="append" if f.many else "store",
                type=f.type or str,
                metavar=f.metavar,
                required=f.required,
                help=f.help,
            )


def collect_fields(args: argparse.Namespace, fields: Sequence[Field]) -> dict[str, Any]:
    """The SDK keyword arguments of the fields that were given (absent ones are left out)."""
    given: dict[str, Any] = {}
    for f in fields:
        value = getattr(args, f"field_{f.kwarg}", None)
        if value is None:
            continue
        given[f.kwarg] = dict(value) if f.pairs else value
    return given
