"""Streamed downloads stay flat in memory: a 100 MB body read through ``speech_stream``,
``files.content_stream`` and ``usage.summary_csv_stream`` (sync and async) never has more than a few
chunks alive at once. A control read of the whole body shows the measurement does see a held body.

The body comes from a loopback server that sends the same 64 KiB block over and over, so the server
holds no more than the client should. Memory is Python's own allocations (tracemalloc), not time.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from otari import AsyncOtari, Otari

BODY_SIZE = 100 * 1024 * 1024
BLOCK = bytes(range(256)) * 256  # 64 KiB
# A few chunks, the HTTP client's buffers and bookkeeping; a held body would be 100 MB.
FLAT_LIMIT = 8 * 1024 * 1024


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    size = BODY_SIZE

    def _body(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("content-type", "application/octet-stream")
        self.send_header("content-length", str(self.size))
        self.end_headers()
        remaining = self.size
        while remaining:
            block = BLOCK if remaining >= len(BLOCK) else BLOCK[:remaining]
            self.wfile.write(block)
            remaining -= len(block)

    do_GET = _body
    do_POST = _body

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _peak(run: Callable[[], int]) -> tuple[int, int]:
    """(bytes received, peak traced memory above the starting point while receiving them)."""
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        received = run()
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    return received, peak


def _count(chunks: Any) -> int:
    return sum(len(chunk) for chunk in chunks)


SYNC_DOWNLOADS: dict[str, Callable[[Otari, Path], int]] = {
    "speech_stream.write_to": lambda c, p: c.speech_stream(model="openai:tts", input="hi", voice="alloy").write_to(p),
    "files.content_stream.iter_bytes": lambda c, p: _count(c.files.content_stream("file-big").iter_bytes()),
    "usage.summary_csv_stream.write_to": lambda c, p: c.usage.summary_csv_stream().write_to(p),
}


@pytest.mark.parametrize("name", sorted(SYNC_DOWNLOADS))
def test_sync_download_of_100_mb_stays_flat(server: str, tmp_path: Path, name: str) -> None:
    target = tmp_path / "body.bin"
    with Otari(base_url=server, otari_key="k", admin_key="m") as client:
        received, peak = _peak(lambda: SYNC_DOWNLOADS[name](client, target))
    assert received == BODY_SIZE
    if name.endswith("write_to"):
        assert target.stat().st_size == BODY_SIZE
    assert peak < FLAT_LIMIT, f"{name}: peak {peak / 1e6:.1f} MB for a {BODY_SIZE / 1e6:.0f} MB body"


async def _async_count(chunks: Any) -> int:
    return sum([len(chunk) async for chunk in chunks])


async def _async_download(client: AsyncOtari, name: str, target: Path) -> int:
    if name == "speech_stream.write_to":
        return await (await client.speech_stream(model="openai:tts", input="hi", voice="alloy")).write_to(target)
    if name == "files.content_stream.iter_bytes":
        return await _async_count((await client.files.content_stream("file-big")).iter_bytes())
    return await (await client.usage.summary_csv_stream()).write_to(target)


@pytest.mark.parametrize("name", sorted(SYNC_DOWNLOADS))
def test_async_download_of_100_mb_stays_flat(server: str, tmp_path: Path, name: str) -> None:
    target = tmp_path / "body.bin"

    async def main() -> tuple[int, int]:
        async with AsyncOtari(base_url=server, otari_key="k", admin_key="m") as client:
            gc.collect()
            tracemalloc.start()
            try:
                base = tracemalloc.get_traced_memory()[0]
                tracemalloc.reset_peak()
                received = await _async_download(client, name, target)
                peak = tracemalloc.get_traced_memory()[1] - base
            finally:
                tracemalloc.stop()
            return received, peak

    received, peak = asyncio.run(main())
    assert received == BODY_SIZE
    assert peak < FLAT_LIMIT, f"async {name}: peak {peak / 1e6:.1f} MB for a {BODY_SIZE / 1e6:.0f} MB body"


def test_the_measurement_sees_a_body_held_whole(server: str) -> None:
    # The control: the plain method keeps the whole body, and the same measurement shows it.
    _Handler.size = 20 * 1024 * 1024
    try:
        with Otari(base_url=server, otari_key="k") as client:
            received, peak = _peak(lambda: len(client.files.content("file-big")))
    finally:
        _Handler.size = BODY_SIZE
    assert received == 20 * 1024 * 1024
    assert peak >= 20 * 1024 * 1024
