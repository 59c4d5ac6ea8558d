"""The measured client code of ``bench/run.py``; each case runs in its own process and prints one JSON line.

``python bench/cases.py <case> <base_url> [options as JSON]``. The server (``bench/server.py``) runs in
another process, so ``time.process_time()`` here is the client's CPU alone. Every case alternates the
otari client and the raw-httpx baseline round by round against the same server, so that load on the
machine hits both alike, and reports the median of its rounds (the memory case runs one client per process).
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from otari import AsyncOtari, Otari
from otari._client import DEFAULT_LIMITS

KEY = "gw-bench-key"
MODEL = "openai:fake-model"
MESSAGES = [{"role": "user", "content": "hello there world"}]
BODY = {"model": MODEL, "messages": MESSAGES}
STREAM_BODY = {"model": MODEL, "messages": MESSAGES, "stream": True}
RAW_HEADERS = {"Otari-Key": f"Bearer {KEY}", "Accept": "application/json"}
PATH = "/v1/chat/completions"


def _cpu_per_item(work: Callable[[], int]) -> float:
    """Client CPU seconds per item of one round of ``work`` (which returns how many items it handled)."""
    gc.collect()
    start = time.process_time()
    items = work()
    return (time.process_time() - start) / items


def _alternate(rounds: int, cases: dict[str, Callable[[], int]]) -> dict[str, float]:
    """Median CPU per item of each case, the cases interleaved round by round."""
    for work in cases.values():  # warm up: imports, connection, first-call caches
        work()
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, work in cases.items():
            samples[name].append(_cpu_per_item(work))
    return {name: statistics.median(values) for name, values in samples.items()}


def calls(base_url: str, options: dict[str, Any]) -> dict[str, Any]:
    """CPU per non-streaming chat completion: ``Otari.completion`` vs ``httpx.Client.post`` + ``json.loads``."""
    n = int(options.get("calls", 300))
    url = base_url + PATH
    raw = httpx.Client(limits=DEFAULT_LIMITS)
    client = Otari(base_url=base_url, otari_key=KEY)

    def raw_round() -> int:
        for _ in range(n):
            data = json.loads(raw.post(url, json=BODY, headers=RAW_HEADERS).content)
            assert data["choices"][0]["message"]["content"]
        return n

    def otari_round() -> int:
        for _ in range(n):
            reply = client.completion(model=MODEL, messages=MESSAGES)
            assert reply.choices[0].message.content
        return n

    result = _alternate(int(options.get("rounds", 7)), {"raw": raw_round, "otari": otari_round})
    raw.close()
    client.close()
    return result


def stream(base_url: str, options: dict[str, Any]) -> dict[str, Any]:
    """CPU per SSE chunk: ``completion_stream`` vs httpx ``iter_lines`` + ``json.loads`` of each ``data:`` line.

    ``shape`` is the server's chunk shape: ``"gateway"`` (455 bytes, every field sent, nulls included) or
    ``"compact"`` (308 bytes, as OpenAI sends them).
    """
    frames = int(options.get("frames", 10_000))
    query = {"frames": frames, "shape": options.get("shape", "gateway")}
    url = base_url + PATH
    raw = httpx.Client(limits=DEFAULT_LIMITS)
    client = Otari(base_url=base_url, otari_key=KEY)
    stream_headers = {**RAW_HEADERS, "Accept": "text/event-stream"}

    def raw_round() -> int:
        count = 0
        with raw.stream("POST", url, params=query, json=STREAM_BODY, headers=stream_headers) as reply:
            for line in reply.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    chunk = json.loads(line[6:])
                    if chunk["choices"] and chunk["choices"][0]["delta"]["content"]:
                        count += 1
        assert count == frames
        return count

    def otari_round() -> int:
        count = 0
        with client.completion_stream(model=MODEL, messages=MESSAGES, extra_query=query) as chunks:
            for chunk in chunks:
                delta = chunk.choices[0].delta if chunk.choices else None
                if delta and delta.content:
                    count += 1
        assert count == frames
        return count

    result = _alternate(int(options.get("rounds", 5)), {"raw": raw_round, "otari": otari_round})
    raw.close()
    client.close()
    return result


def _peak_rss_mb() -> float:
    import resource  # Unix only: the other cases run anywhere

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def memory(base_url: str, options: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS after 10 MB and after 100 MB of one stream (run alone in a fresh process: RSS only grows)."""
    total = int(options.get("bytes", 100_000_000))
    checkpoint = int(options.get("checkpoint", 10_000_000))
    kind = options.get("client", "otari")
    at_checkpoint: float | None = None
    start = _peak_rss_mb()
    if kind == "otari":
        client = Otari(base_url=base_url, otari_key=KEY)
        with client.completion_stream(model=MODEL, messages=MESSAGES, extra_query={"bytes": total}) as chunks:
            for _ in chunks:
                if at_checkpoint is None and chunks.response.num_bytes_downloaded >= checkpoint:
                    at_checkpoint = _peak_rss_mb()
            streamed = chunks.response.num_bytes_downloaded
        client.close()
    else:
        raw = httpx.Client()
        headers = {**RAW_HEADERS, "Accept": "text/event-stream"}
        with raw.stream("POST", base_url + PATH, params={"bytes": total}, json=STREAM_BODY, headers=headers) as reply:
            for line in reply.iter_lines():
                if line.startswith("data: {"):
                    json.loads(line[6:])
                if at_checkpoint is None and reply.num_bytes_downloaded >= checkpoint:
                    at_checkpoint = _peak_rss_mb()
            streamed = reply.num_bytes_downloaded
        raw.close()
    return {"start_mb": start, "checkpoint_mb": at_checkpoint, "end_mb": _peak_rss_mb(), "streamed": streamed}


# --- async throughput -------------------------------------------------------------------------------------


def _aiohttp_available() -> str | None:
    """None when the aiohttp columns can run, else why not."""
    try:
        import httpx_aiohttp  # noqa: F401
    except ImportError:
        return "httpx-aiohttp is not installed (pip install 'otari[aiohttp]')"
    if "http_backend" not in inspect.signature(AsyncOtari).parameters:
        return "this AsyncOtari has no http_backend parameter"
    return None


#: One variant of an async case: a factory of (one unit of work, the client to close).
Factory = Callable[[], tuple[Callable[[], Awaitable[Any]], Any]]


def _async_variants(base_url: str) -> dict[str, Factory]:
    """name -> factory of (one non-streaming chat call, the client to close)."""
    url = base_url + PATH

    def raw(transport: httpx.AsyncBaseTransport | None = None) -> tuple[Callable[[], Awaitable[Any]], Any]:
        http = httpx.AsyncClient(limits=DEFAULT_LIMITS, transport=transport)

        async def call() -> Any:
            reply = await http.post(url, json=BODY, headers=RAW_HEADERS)
            return json.loads(reply.content)["choices"][0]["message"]["content"]

        return call, http

    def threaded() -> tuple[Callable[[], Awaitable[Any]], Any]:
        # What an SDK without a real async client does (the earlier official one): a blocking call on a
        # shared sync client, run in asyncio's default thread pool (min(32, CPUs + 4) threads).
        http = httpx.Client(limits=DEFAULT_LIMITS)

        def blocking() -> Any:
            reply = http.post(url, json=BODY, headers=RAW_HEADERS)
            return json.loads(reply.content)["choices"][0]["message"]["content"]

        async def call() -> Any:
            return await asyncio.to_thread(blocking)

        class Closer:
            async def aclose(self) -> None:
                http.close()

        return call, Closer()

    def sdk(**kwargs: Any) -> tuple[Callable[[], Awaitable[Any]], Any]:
        client = AsyncOtari(base_url=base_url, otari_key=KEY, **kwargs)

        async def call() -> Any:
            reply = await client.completion(model=MODEL, messages=MESSAGES)
            return reply.choices[0].message.content

        return call, client

    variants: dict[str, Factory] = {"raw": raw, "threaded": threaded, "otari": sdk}
    if _aiohttp_available() is None:
        from httpx_aiohttp import AiohttpTransport

        variants["raw_aiohttp"] = lambda: raw(AiohttpTransport(limits=DEFAULT_LIMITS))
    return variants


def _stream_variants(base_url: str, frames: int) -> dict[str, Factory]:
    """name -> factory of (one whole chat stream of ``frames`` chunks, the client to close), aiohttp only."""
    from httpx_aiohttp import AiohttpTransport

    url = base_url + PATH
    headers = {**RAW_HEADERS, "Accept": "text/event-stream"}

    def raw() -> tuple[Callable[[], Awaitable[Any]], Any]:
        http = httpx.AsyncClient(limits=DEFAULT_LIMITS, transport=AiohttpTransport(limits=DEFAULT_LIMITS))

        async def call() -> Any:
            count = 0
            async with http.stream("POST", url, params={"frames": frames}, json=STREAM_BODY, headers=headers) as reply:
                async for line in reply.aiter_lines():
                    if line.startswith("data: ") and line != "data: [DONE]":
                        chunk = json.loads(line[6:])
                        if chunk["choices"] and chunk["choices"][0]["delta"]["content"]:
                            count += 1
            assert count == frames
            return count

        return call, http

    def sdk() -> tuple[Callable[[], Awaitable[Any]], Any]:
        client = AsyncOtari(base_url=base_url, otari_key=KEY, http_backend="aiohttp")

        async def call() -> Any:
            count = 0
            stream = await client.completion_stream(model=MODEL, messages=MESSAGES, extra_query={"frames": frames})
            async with stream:
                async for chunk in stream:
                    delta = chunk.choices[0].delta if chunk.choices else None
                    if delta and delta.content:
                        count += 1
            assert count == frames
            return count

        return call, client

    return {"raw_aiohttp": raw, "otari_aiohttp": sdk}


async def _throughput(factory: Factory, concurrency: int, per_worker: int) -> float:
    """Units of work per second of ``concurrency`` workers each doing ``per_worker`` in a row, on one client.

    One unit first loads what a first call loads (generated modules, the TLS context); the workers then
    ramp the pool up to ``concurrency`` connections and keep it busy, as an agent's fan-out does.
    """
    call, client = factory()

    async def worker() -> None:
        for _ in range(per_worker):
            assert await call()

    try:
        await call()
        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    finally:
        await client.aclose()
    return concurrency * per_worker / elapsed


async def _rates(variants: dict[str, Factory], options: dict[str, Any]) -> dict[str, Any]:
    """Median units per second of each variant, the variants interleaved round by round."""
    concurrency = int(options.get("concurrency", 500))
    per_worker = int(options.get("per_worker", 3))
    budget = float(options.get("budget", 20.0))  # seconds a variant may spend before it stops sampling
    samples: dict[str, list[float]] = {name: [] for name in variants}
    spent = dict.fromkeys(variants, 0.0)
    for _ in range(int(options.get("rounds", 3))):
        for name, factory in variants.items():
            if samples[name] and spent[name] > budget:
                continue  # httpcore needs seconds per round at 500-way: keep `make bench` short
            start = time.perf_counter()
            samples[name].append(await _throughput(factory, concurrency, per_worker))
            spent[name] += time.perf_counter() - start
    result: dict[str, Any] = {name: statistics.median(values) for name, values in samples.items()}
    result["samples"] = {name: len(values) for name, values in samples.items()}
    return result


def throughput(base_url: str, options: dict[str, Any]) -> dict[str, Any]:
    """Requests per second at ``concurrency``-way concurrency, per client variant (median of the rounds).

    ``otari`` is ``AsyncOtari()`` as constructed by default; ``otari_backend`` says which backend that is.
    """
    result = asyncio.run(_rates(_async_variants(base_url), options))
    probe = AsyncOtari(base_url=base_url, otari_key=KEY)
    result["otari_backend"] = probe.http_backend
    asyncio.run(probe.aclose())
    result["aiohttp_skipped"] = _aiohttp_available()
    return result


def streams(base_url: str, options: dict[str, Any]) -> dict[str, Any]:
    """Whole streams per second at ``concurrency``-way concurrency on the aiohttp transport, SDK vs raw."""
    skipped = _aiohttp_available()
    if skipped:
        return {"aiohttp_skipped": skipped}
    result = asyncio.run(_rates(_stream_variants(base_url, int(options.get("frames", 100))), options))
    result["aiohttp_skipped"] = None
    return result


CASES: dict[str, Callable[[str, dict[str, Any]], dict[str, Any]]] = {
    "calls": calls,
    "stream": stream,
    "memory": memory,
    "throughput": throughput,
    "streams": streams,
}

if __name__ == "__main__":
    name, base = sys.argv[1], sys.argv[2]
    opts = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    print(json.dumps(CASES[name](base, opts)))
