"""What a command runs with: the parsed line, the output, and the client (built on first use).

The client is an ordinary :class:`otari.Otari`: flags are passed as its keyword arguments and it reads
the environment for the rest, so the CLI resolves mode, URL and credentials exactly as the SDK does.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, BinaryIO

from ._args import KEY_FLAGS, option
from ._errors import CliError, Exit
from ._output import Output, warn

if TYPE_CHECKING:
    from .. import Otari


def warn_about_key_flags(args: argparse.Namespace) -> None:
    """Keys typed on the command line land in shell history and the process list: say so, never echo them."""
    for name, (flag, env) in KEY_FLAGS.items():
        if option(args, name) is not None:
            warn(f"{flag} leaves the key in your shell history and process list; export {env} instead")


class Context:
    """One run of ``otari``."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out = Output(json_mode=bool(option(args, "json")))
        self._client: Otari | None = None

    @property
    def client(self) -> Otari:
        if self._client is None:
            from .. import Otari

            kwargs: dict[str, Any] = {
                name: option(self.args, name) for name in ("base_url", "otari_key", "api_key", "admin_key")
            }
            if option(self.args, "timeout") is not None:
                kwargs["timeout"] = option(self.args, "timeout")
            kwargs["max_retries"] = option(self.args, "max_retries")
            self._client = Otari(**kwargs)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def read_text(self, value: str, what: str) -> str:
        """``value``, or all of stdin when it is ``-`` (a trailing newline dropped)."""
        if value != "-":
            return value
        if sys.stdin is None:
            raise CliError(f"{what} '-' reads standard input, but there is none")
        if sys.stdin.isatty():
            sys.stderr.write(f"reading {what} from the terminal; end it with Ctrl-D\n")
        text = sys.stdin.read()
        return text[:-1] if text.endswith("\n") else text

    def read_bytes(self, path: str, what: str) -> bytes:
        """The bytes of file ``path`` (``-``: stdin), or a usage error naming it."""
        if path == "-":
            return sys.stdin.buffer.read()
        try:
            with open(path, "rb") as handle:
                return handle.read()
        except OSError as exc:
            raise CliError(f"cannot read {what} {path!r}: {exc.strerror or exc}") from None

    def write_bytes(self, path: str, data: bytes, what: str) -> None:
        """Write ``data`` to ``path`` (``-``: stdout), or fail naming the file."""
        if path == "-":
            stream: BinaryIO = sys.stdout.buffer
            stream.write(data)
            stream.flush()
            return
        try:
            with open(path, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise CliError(f"cannot write {what} {path!r}: {exc.strerror or exc}", Exit.FAILED) from None
