"""The progress of ``otari batch wait`` on stderr.

On a terminal, one line redrawn in place, its elapsed time ticking every second between polls. Piped,
one plain line per poll, so a log file shows the history without control characters.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO


def elapsed(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Shows ``text + elapsed`` on stderr; :meth:`update` sets the text, :meth:`close` ends the line."""

    def __init__(self, stream: TextIO | None = None, *, live: bool | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self.live = self._stream.isatty() if live is None else live
        self._start = time.monotonic()
        self._text = ""
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def update(self, text: str) -> None:
        with self._lock:
            self._text = text
            if not self.live:
                self._stream.write(f"{text}  elapsed {elapsed(time.monotonic() - self._start)}\n")
                self._stream.flush()
                return
            self._draw()
        if self._ticker is None:
            # A daemon: it must never keep the process alive, and Ctrl-C goes to the main thread.
            self._ticker = threading.Thread(target=self._tick, name="otari-progress", daemon=True)
            self._ticker.start()

    def _draw(self) -> None:
        # \r + erase-line: redraw in place without scrolling.
        self._stream.write(f"\r\x1b[K{self._text}  elapsed {elapsed(time.monotonic() - self._start)}")
        self._stream.flush()

    def _tick(self) -> None:
        while not self._stop.wait(1.0):
            with self._lock:
                self._draw()

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=2)
        if self.live and self._text:
            with self._lock:
                self._stream.write("\n")
                self._stream.flush()
