"""A loopback TCP server whose answers are written byte by byte by the test: for the faults MockGateway
cannot produce (a body cut after its headers, a 3xx, a trickled answer, malformed framing).

Each accepted connection runs ``handler(conn)`` in its own thread; ``conn.request()`` reads one request
(head and Content-Length body) and records it. Works for every client kind, since it runs in threads.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any


class Conn:
    """One accepted connection."""

    def __init__(self, sock: socket.socket, server: RawServer) -> None:
        self.sock = sock
        self.server = server
        self._buffer = b""

    def request(self) -> bytes | None:
        """Read one whole request; None when the client closed the connection first."""
        while b"\r\n\r\n" not in self._buffer:
            data = self._recv()
            if not data:
                return None
            self._buffer += data
        head, _, rest = self._buffer.partition(b"\r\n\r\n")
        found = re.search(rb"(?im)^content-length:\s*(\d+)", head)
        length = int(found.group(1)) if found else 0
        while len(rest) < length:
            data = self._recv()
            if not data:
                return None
            rest += data
        self._buffer = rest[length:]
        whole = head + b"\r\n\r\n" + rest[:length]
        with self.server.lock:
            self.server.requests.append(whole)
        return whole

    def _recv(self) -> bytes:
        try:
            return self.sock.recv(65536)
        except OSError:
            return b""

    def send(self, data: bytes | str) -> None:
        self.sock.sendall(data.encode() if isinstance(data, str) else data)

    def trickle(self, data: bytes, *, every: float, size: int = 1) -> None:
        """Send ``data`` ``size`` bytes at a time, ``every`` seconds apart (until the client leaves)."""
        for start in range(0, len(data), size):
            try:
                self.send(data[start : start + size])
            except OSError:
                return
            time.sleep(every)

    def wait_for_close(self, timeout: float = 30.0) -> None:
        """Hold the connection, silent, until the client closes it (or ``timeout``)."""
        self.sock.settimeout(timeout)
        with contextlib.suppress(OSError):
            while self.sock.recv(65536):
                pass


Handler = Callable[[Conn], Any]


class RawServer:
    """``with RawServer(handler) as server: ... server.url``; counts connections and records requests."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[bytes] = []
        self.connections = 0
        self.lock = threading.Lock()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._socks: list[socket.socket] = []
        self._stopped = False

    def __enter__(self) -> RawServer:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopped = True
        with contextlib.suppress(OSError):
            self._listener.close()
        for sock in list(self._socks):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while not self._stopped:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with self.lock:
                self.connections += 1
                self._socks.append(sock)
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            self.handler(Conn(sock, self))
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sock.close()


def each_request(answer: Callable[[Conn, bytes], Any]) -> Handler:
    """A keep-alive handler: ``answer(conn, request)`` for every request on the connection."""

    def handler(conn: Conn) -> None:
        while (request := conn.request()) is not None:
            answer(conn, request)

    return handler


def http_response(status: str, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    """A whole HTTP/1.1 response with a Content-Length (unless ``headers`` frame it otherwise)."""
    fields = {"content-type": "application/json", **(headers or {})}
    if "content-length" not in fields and "transfer-encoding" not in fields:
        fields["content-length"] = str(len(body))
    head = "".join(f"{name}: {value}\r\n" for name, value in fields.items())
    return f"HTTP/1.1 {status}\r\n{head}\r\n".encode() + body


@contextlib.contextmanager
def serving(handler: Handler) -> Iterator[RawServer]:
    with RawServer(handler) as server:
        yield server
