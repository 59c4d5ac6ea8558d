"""A canned loopback gateway for the benchmarks, meant to run in its own process.

``python bench/server.py`` binds an ephemeral port on 127.0.0.1, prints ``PORT <n>`` and serves until it
is terminated. It answers every ``POST /v1/chat/completions`` from precomputed bytes, so that its own
CPU stays far below the client's and — running in another process — is never counted against it:

* without ``"stream": true`` in the body: the recorded gateway's non-streaming completion;
* with it: an SSE stream of recorded-shape chunks (455 bytes each), ``?frames=N`` of them (default 10), or
  ``?bytes=N`` for a stream of about N bytes, generated block by block with flow control so memory stays
  small; ``&shape=compact`` sends OpenAI's compact chunk shape instead (308 bytes, only the changed delta
  field, an ``obfuscation`` pad).

It is a minimal HTTP/1.1 server (keep-alive, ``content-length`` request bodies), not a general one.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from urllib.parse import parse_qs, urlsplit

_SECURITY_HEADERS = (
    b"x-content-type-options: nosniff\r\n"
    b"x-frame-options: DENY\r\n"
    b"referrer-policy: strict-origin-when-cross-origin\r\n"
    b"cache-control: private, no-store, no-cache\r\n"
    b"vary: Authorization\r\n"
)

#: The body a real gateway sent for a short non-streaming completion (tests/fixtures/wire/chat-nonstream).
COMPLETION: dict[str, object] = {
    "id": "chatcmpl-fakec9d8b9ae80be0395fd437a90",
    "choices": [
        {
            "finish_reason": "stop",
            "index": 0,
            "logprobs": None,
            "message": {
                "content": "Echo: hello there world",
                "refusal": None,
                "role": "assistant",
                "annotations": [],
                "audio": None,
                "function_call": None,
                "tool_calls": None,
                "reasoning": None,
                "extra_content": None,
                "images": None,
            },
        }
    ],
    "created": 1735689600,
    "model": "fake-model",
    "object": "chat.completion",
    "metadata": None,
    "moderation": None,
    "service_tier": "default",
    "system_fingerprint": "fp_fake",
    "usage": {
        "completion_tokens": 4,
        "prompt_tokens": 3,
        "total_tokens": 7,
        "completion_tokens_details": {
            "accepted_prediction_tokens": 0,
            "audio_tokens": 0,
            "reasoning_tokens": 0,
            "rejected_prediction_tokens": 0,
            "text_tokens": None,
            "image_tokens": None,
        },
        "prompt_tokens_details": {
            "audio_tokens": 0,
            "cache_write_tokens": None,
            "cached_tokens": 0,
            "image_tokens": None,
            "text_tokens": None,
            "cache_creation_token_details": None,
        },
    },
}


def _chunk(content: str, role: str | None = None) -> dict[str, object]:
    delta = {
        "audio": None,
        "content": content,
        "function_call": None,
        "refusal": None,
        "role": role,
        "tool_calls": None,
        "reasoning": None,
        "extra_content": None,
        "images": None,
    }
    return {
        "id": "chatcmpl-fakefc757fdabdb5d95d70685d33",
        "choices": [{"delta": delta, "index": 0, "finish_reason": None, "logprobs": None}],
        "created": 1735689600,
        "model": "fake-model",
        "object": "chat.completion.chunk",
        "moderation": None,
        "obfuscation": None,
        "service_tier": "default",
        "system_fingerprint": "fp_fake",
        "usage": None,
    }


def _compact_chunk(content: str, role: str | None = None) -> dict[str, object]:
    """A chunk as OpenAI sends it: a delta with only what changed, an ``obfuscation`` pad, no nulls besides."""
    delta: dict[str, object] = {"role": role, "content": content} if role else {"content": content}
    return {
        "id": "chatcmpl-C2fakeRq1bXo5Hn0sTmuVnq8wJ3Ke",
        "object": "chat.completion.chunk",
        "created": 1735689600,
        "model": "gpt-4o-mini",
        "service_tier": "default",
        "system_fingerprint": "fp_fake5ae93c",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": None}],
        "obfuscation": "Zq3x9kPQa",
    }


def _frame(payload: object) -> bytes:
    return b"data: " + json.dumps(payload, separators=(",", ":")).encode() + b"\n\n"


COMPLETION_BODY = json.dumps(COMPLETION, separators=(",", ":")).encode()
#: One content chunk of the stream, as the gateway frames it (455 bytes).
CHUNK_FRAME = _frame(_chunk("word "))
#: The same chunk in the compact shape (308 bytes), served for ``?shape=compact``.
COMPACT_FRAME = _frame(_compact_chunk("word "))
#: Per shape: the first frame (the role) and the content frame.
FRAMES = {
    "gateway": (_frame(_chunk("", role="assistant")), CHUNK_FRAME),
    "compact": (_frame(_compact_chunk("", role="assistant")), COMPACT_FRAME),
}
_DONE_FRAME = b"data: [DONE]\n\n"

_COMPLETION_REPLY = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    + f"content-length: {len(COMPLETION_BODY)}\r\n".encode()
    + _SECURITY_HEADERS
    + b"\r\n"
    + COMPLETION_BODY
)
_STREAM_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\ntransfer-encoding: chunked\r\n"
    + _SECURITY_HEADERS
    + b"\r\n"
)
_NOT_FOUND = b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 22\r\n\r\n" + (
    b'{"detail":"Not Found"}'
)
_BLOCK_FRAMES = 256  # frames per HTTP chunk of a generated stream (about 110 KB)


def _http_chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


_stream_cache: dict[tuple[int, str], bytes] = {}


def stream_reply(frames: int, shape: str = "gateway") -> bytes:
    """The whole response (head and chunked body) of a stream of ``frames`` content chunks, cached."""
    reply = _stream_cache.get((frames, shape))
    if reply is None:
        first, frame = FRAMES[shape]
        body = bytearray(_STREAM_HEAD)
        body += _http_chunk(first)
        block = _http_chunk(frame * _BLOCK_FRAMES)
        full, rest = divmod(frames, _BLOCK_FRAMES)
        body += block * full
        if rest:
            body += _http_chunk(frame * rest)
        body += _http_chunk(_DONE_FRAME) + b"0\r\n\r\n"
        reply = _stream_cache[frames, shape] = bytes(body)
    return reply


class _Connection(asyncio.Protocol):
    def __init__(self) -> None:
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._writable: asyncio.Event = asyncio.Event()
        self._writable.set()
        self._busy = False  # a generated stream is being written; requests wait in the buffer

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None
        self._writable.set()

    def pause_writing(self) -> None:
        self._writable.clear()

    def resume_writing(self) -> None:
        self._writable.set()

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        if not self._busy:
            self._serve_buffered()

    def _serve_buffered(self) -> None:
        buffer = self._buffer
        while self._transport is not None and not self._busy:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buffer[:end]).decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(buffer) < end + 4 + length:
                return
            body = bytes(buffer[end + 4 : end + 4 + length])
            del buffer[: end + 4 + length]
            self._answer(head.split(" ", 2)[1], body)

    def _answer(self, target: str, body: bytes) -> None:
        transport = self._transport
        assert transport is not None
        url = urlsplit(target)
        if url.path != "/v1/chat/completions":
            transport.write(_NOT_FOUND)
            return
        if b'"stream":true' not in body.replace(b" ", b""):
            transport.write(_COMPLETION_REPLY)
            return
        query = parse_qs(url.query)
        shape = query.get("shape", ["gateway"])[0]
        if shape not in FRAMES:
            transport.write(_NOT_FOUND)
            return
        if "bytes" in query:
            self._busy = True
            asyncio.get_running_loop().create_task(self._generate(int(query["bytes"][0])))
        else:
            transport.write(stream_reply(int(query.get("frames", ["10"])[0]), shape))

    async def _generate(self, size: int) -> None:
        """Write a stream of about ``size`` bytes without ever holding more than a block of it."""
        block = _http_chunk(CHUNK_FRAME * _BLOCK_FRAMES)
        blocks = max(1, size // (len(CHUNK_FRAME) * _BLOCK_FRAMES))
        writes = [_STREAM_HEAD + _http_chunk(FRAMES["gateway"][0])]
        writes += [block] * blocks
        writes.append(_http_chunk(_DONE_FRAME) + b"0\r\n\r\n")
        for data in writes:
            await self._writable.wait()
            if self._transport is None:
                return
            self._transport.write(data)
        self._busy = False
        self._serve_buffered()


async def serve(port: int = 0) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Connection, "127.0.0.1", port, backlog=4096)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
