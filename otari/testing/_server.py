"""The HTTP/1.1 server: an asyncio loop in a background thread, keep-alive connections, scripted framing."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from collections.abc import Awaitable, Callable
from dataclasses import replace

from ._protocol import (
    CONTINUE,
    HEAD_END,
    LAST_CHUNK,
    MAX_HEAD,
    ProtocolError,
    RequestHead,
    chunk,
    parse_head,
    read_body,
    response_head,
)
from ._replies import KEEPALIVE_FRAME, AnyReply, Reply, ResetReply, StreamReply

RequestHandler = Callable[[RequestHead, bytes], Awaitable[AnyReply]]
_BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
_NO_BODY_STATUSES = frozenset({204, 304})


class ServerThread:
    """Serves ``handler`` on ``host``:``port`` (0: an ephemeral port) from its own thread and event loop."""

    def __init__(
        self,
        handler: RequestHandler,
        *,
        host: str,
        port: int = 0,
        backlog: int = 4096,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._handler = handler
        self._on_error = on_error
        self._host = host
        self._requested_port = port
        self._backlog = backlog
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._idle = threading.Condition()
        self.active = 0
        self.opened = 0
        self.port = 0

    # --- lifecycle (called from the test's thread) -----------------------------------------------------

    def start(self) -> int:
        """Bind, start serving and return the bound port."""
        self._ready.clear()
        self._startup_error = None
        self.opened = 0
        self._thread = threading.Thread(target=self._run, name="otari-mock-gateway", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._startup_error is not None:
            self._thread.join()
            self._thread = None
            raise self._startup_error
        return self.port

    def stop(self, timeout: float = 10.0) -> None:
        """Close the listener and every connection, then join the thread."""
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None or loop is None or stopping is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop may already be gone
            loop.call_soon_threadsafe(stopping.set)
        thread.join(timeout)
        if thread.is_alive():
            raise RuntimeError("mock gateway thread did not stop")
        self._thread = None
        self._loop = None

    def wait_until_idle(self, timeout: float) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self.active == 0, timeout)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # surfaced by start(); nothing else can see this thread's errors
            if not self._ready.is_set():
                self._startup_error = exc
        finally:
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        server = await asyncio.start_server(
            self._serve, self._host, self._requested_port, backlog=self._backlog, limit=MAX_HEAD
        )
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            await self._stopping.wait()
        finally:
            server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await server.wait_closed()

    # --- connections (on the server's loop) ------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        with self._idle:
            self.active += 1
            self.opened += 1
        try:
            await self._converse(reader, writer)
        except ProtocolError:
            with contextlib.suppress(ConnectionError):
                writer.write(_BAD_REQUEST)
        except (
            ConnectionError,
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            asyncio.CancelledError,
        ):
            pass  # the client went away (or we are stopping): nothing left to answer
        except Exception as exc:  # a bug in the server: drop the connection, report it to the owner
            if self._on_error is not None:
                self._on_error(exc)
        finally:
            self._tasks.discard(task)
            self._writers.discard(writer)
            if not writer.transport.is_closing():
                writer.close()
            with self._idle:
                self.active -= 1
                self._idle.notify_all()

    async def _converse(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                raw_head = await reader.readuntil(HEAD_END)
            except asyncio.IncompleteReadError:
                return  # clean close between requests
            head = parse_head(raw_head)
            if head.headers.get("expect", "").lower() == "100-continue":
                writer.write(CONTINUE)
            body = await read_body(reader, head.headers)
            reply = await self._handler(head, body)
            keep_alive = head.keep_alive
            if head.method == "HEAD" and isinstance(reply, Reply):
                reply = replace(reply, body=b"", length_header=False)
            if not await self._send(writer, reply, keep_alive) or not keep_alive:
                return

    async def _send(self, writer: asyncio.StreamWriter, reply: AnyReply, keep_alive: bool) -> bool:
        """Write ``reply``; False when the connection must not be reused."""
        if isinstance(reply, ResetReply):
            if reply.abortive:
                sock = writer.get_extra_info("socket")
                if sock is not None:  # linger 0: close() sends RST instead of FIN
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()
            else:
                writer.close()
            return False
        if isinstance(reply, Reply):
            own_length = any(name.lower() == "content-length" for name, _ in reply.headers)
            no_body = reply.status in _NO_BODY_STATUSES or reply.status < 200
            length = None if no_body or own_length or not reply.length_header else len(reply.body)
            head = response_head(reply.status, reply.headers, length=length, close=not keep_alive)
            writer.write(head + (b"" if no_body else reply.body))
            await writer.drain()
            return keep_alive
        return await self._stream(writer, reply, keep_alive)

    async def _stream(self, writer: asyncio.StreamWriter, reply: StreamReply, keep_alive: bool) -> bool:
        head = response_head(reply.status, reply.headers, length=None, chunked=True, close=not keep_alive)
        frames = reply.frames
        plain = (
            not reply.delay_between
            and reply.drop_after is None
            and reply.stall_after is None
            and reply.keepalive_every is None
        )
        if plain:  # the hot path: one write for the whole stream
            writer.write(head + b"".join(chunk(frame) for frame in frames) + LAST_CHUNK)
            await writer.drain()
            return keep_alive
        writer.write(head)
        await writer.drain()
        every = reply.keepalive_every
        for index in range(len(frames) + 1):
            if index == reply.drop_after:
                writer.close()  # FIN after the frames so far: the body ends without its last chunk
                return False
            if index == len(frames):
                break
            if index == reply.stall_after:
                await asyncio.sleep(reply.stall_for)
            elif index and reply.delay_between:
                await asyncio.sleep(reply.delay_between)
            if writer.transport.is_closing():
                return False
            writer.write(chunk(frames[index]))
            if every and (index + 1) % every == 0 and index + 1 < len(frames):
                writer.write(chunk(KEEPALIVE_FRAME))
            await writer.drain()
        writer.write(LAST_CHUNK)
        await writer.drain()
        return keep_alive
