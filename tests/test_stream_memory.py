"""A long chat stream keeps client memory flat: what ``final_completion()`` keeps grows with the text, not
with the number of chunks (``make bench`` measures the whole client on 100 MB; this pins the part that
used to grow)."""

from __future__ import annotations

import gc
import tracemalloc
from typing import Any

from otari._accumulate import ChunkAccumulator

FRAGMENTS = 60_000  # "word " each: 300 KB of text, in 25 MB of stream


def _chunk(content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}],
    }


def test_accumulated_text_costs_about_its_own_size() -> None:
    accumulator = ChunkAccumulator()
    accumulator.add({**_chunk(""), "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]})
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(FRAGMENTS):
            # A new str per fragment, as json.loads makes for every chunk.
            accumulator.add(_chunk("".join(("wo", "rd "))))
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    text_size = FRAGMENTS * len("word ")
    # One str object per fragment would be about 60 bytes each (3.6 MB here).
    assert kept < 4 * text_size, f"{kept / 1e6:.1f} MB kept for {text_size / 1e6:.1f} MB of text"
    content = accumulator.result()["choices"][0]["message"]["content"]
    assert content == "word " * FRAGMENTS
