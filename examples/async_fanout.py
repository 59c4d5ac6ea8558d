"""Async fan-out: many completions at once from one ``AsyncOtari``, with bounded concurrency.

Run: ``.venv/bin/python examples/async_fanout.py [how_many]`` (default 20). Without environment variables it
uses the bundled mock gateway; set ``OTARI_AI_TOKEN`` or ``GATEWAY_API_BASE`` (+ ``GATEWAY_API_KEY``) for a
real one — that makes ``how_many`` small, billed calls. ``AsyncOtari``'s default backend (``"auto"``) is the
aiohttp transport when ``otari[aiohttp]`` is installed (much faster with hundreds of calls in flight),
httpx's otherwise; the first line says which.
"""

from __future__ import annotations

import asyncio
import sys
import time

from _env import Example, example

MAX_IN_FLIGHT = 50  # more than the gateway or provider rate limits allow only buys 429s


async def fan_out(ex: Example, count: int) -> None:
    client = ex.async_client()
    print(f"{count} questions, at most {MAX_IN_FLIGHT} in flight, {client.http_backend} transport")
    limit = asyncio.Semaphore(MAX_IN_FLIGHT)

    async def ask(n: int) -> str:
        async with limit:
            reply = await client.completion(
                model=ex.model,
                messages=[{"role": "user", "content": f"Give one fun fact about the number {n}, in ten words."}],
            )
            return reply.choices[0].message.content_string() or ""

    async with client:
        started = time.perf_counter()
        # return_exceptions: one failed call (a 429, a timeout) must not hide the answers of the others.
        results = await asyncio.gather(*(ask(n) for n in range(1, count + 1)), return_exceptions=True)
        elapsed = time.perf_counter() - started

    failures = [r for r in results if isinstance(r, BaseException)]
    for n, result in enumerate(results[:5], start=1):
        print(f"  {n}: {result if isinstance(result, str) else f'failed: {type(result).__name__}: {result}'}")
    if count > 5:
        print(f"  ... and {count - 5} more")
    print(f"{count - len(failures)} answers, {len(failures)} failures in {elapsed:.2f} s")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with example("async_fanout") as ex:
        asyncio.run(fan_out(ex, count))


if __name__ == "__main__":
    main()
