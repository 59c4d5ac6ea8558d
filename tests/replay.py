"""A loopback HTTP server that replays recorded gateway exchanges byte for byte.

Tests queue ``tests.wire`` exchanges (or ad-hoc replies); each request takes the next one and is
recorded, so a test can check what the client sent and how it read what a real gateway answers.
Streamed bodies go out chunked, in small pieces, so the client's SSE decoder sees events split
across network reads as it would in production.

The server plays one gateway generation (``api_root``): a request under the other root is a route
miss, answered ``404 {"detail":"Not Found"}`` without taking a queued exchange, and kept in ``misses``
rather than ``received``. Recordings were made under ``/v1``; :meth:`ReplayServer.served` says where
a recorded path is served here.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.wire import Exchange


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class ReplayServer:
    def __init__(self, chunk_size: int = 7, api_root: str = "/v1") -> None:
        self.queue: deque[Exchange] = deque()
        self.received: list[Received] = []
        self.misses: list[Received] = []
        self.api_root = api_root
        other_root = "/v1" if api_root == "/api/v1" else "/api/v1"
        self.chunk_size = chunk_size
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                received = Received(
                    self.command,
                    parts.path,
                    dict(parse_qsl(parts.query)),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                if parts.path.startswith(other_root + "/"):
                    server.misses.append(received)
                    miss = b'{"detail":"Not Found"}'
                    self.send_response(404)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(miss)))
                    self.end_headers()
                    self.wfile.write(miss)
                    return
                server.received.append(received)
                if not server.queue:
                    self.send_response(599, "No reply queued")
                    self.send_header("content-length", "0")
                    self.end_headers()
                    return
                exchange = server.queue.popleft()
                self.send_response(exchange.status, exchange.reason)
                for key, value in exchange.replay_headers():
                    self.send_header(key, value)
                if exchange.is_stream:
                    self.send_header("transfer-encoding", "chunked")
                    self.end_headers()
                    data = exchange.body
                    for start in range(0, len(data), server.chunk_size):
                        piece = data[start : start + server.chunk_size]
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                        self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")
                else:
                    self.send_header("content-length", str(len(exchange.body)))
                    self.end_headers()
                    self.wfile.write(exchange.body)

            do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _handle

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                # A client that stops reading a stream early resets the socket: expected here.
                pass

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def served(self, recorded_path: str) -> str:
        """Where a path recorded under ``/v1`` is served by this server."""
        assert recorded_path.startswith("/v1/"), recorded_path
        return self.api_root + recorded_path[len("/v1") :]

    def add(self, *exchanges: Exchange) -> ReplayServer:
        self.queue.extend(exchanges)
        return self

    @property
    def last(self) -> Received:
        return self.received[-1]

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
