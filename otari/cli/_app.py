"""The ``otari`` command: the parser of every command, and the run loop that turns failures into exit codes."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Sequence

from . import _batches, _control, _doctor, _inference
from ._args import option, root_parser
from ._context import Context, warn_about_key_flags
from ._errors import Exit, classify, one_line


def _version() -> str:
    from .._generated._spec_version import SPEC_VERSION
    from .._version import __version__

    return f"otari {__version__} (gateway spec {SPEC_VERSION}, Python {sys.version.split()[0]})"


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree (building it imports no HTTP or generated code)."""
    parser, registry = root_parser(_version())
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _inference.register(sub, registry)
    _batches.register(sub, registry)
    _control.register(sub, registry)
    _doctor.register(sub, registry)
    return parser


def _enable_debug_logs() -> None:
    # The SDK's own logging switch: redacted request/response lines on stderr.
    os.environ.setdefault("OTARI_LOG", "debug")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``otari`` with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.handler is None:
        # A group without its subcommand (``otari keys``), or no command at all: show what exists.
        args.group_parser.print_help(sys.stderr)
        return Exit.USAGE
    debug = bool(option(args, "debug"))
    if debug:
        _enable_debug_logs()
    warn_about_key_flags(args)
    context = Context(args)
    try:
        code = args.handler(context, args)
        return Exit.OK if code is None else int(code)
    except KeyboardInterrupt:
        context.out.end_line()
        sys.stderr.write("otari: interrupted\n")
        return Exit.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``otari models | head -1``): not an error worth a message.
        _silence_stdout()
        return Exit.FAILED
    except Exception as error:
        context.out.end_line()
        if debug:
            traceback.print_exc()
        code, pointer = classify(error)
        sys.stderr.write(one_line(error, pointer) + "\n")
        return code
    finally:
        # A second Ctrl-C while closing: we are leaving anyway.
        with contextlib.suppress(KeyboardInterrupt):
            context.close()


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
