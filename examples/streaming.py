"""Stream a chat completion to the terminal as it is written, then report what the stream carried.

Run: ``.venv/bin/python examples/streaming.py ["your prompt"]``. Without environment variables it uses the
bundled mock gateway (which echoes the prompt word by word); set ``OTARI_AI_TOKEN`` for the hosted
platform or ``GATEWAY_API_BASE`` (+ ``GATEWAY_API_KEY``) for your gateway. Ctrl-C stops the stream and
releases the connection.
"""

from __future__ import annotations

import sys
import time

from _env import example

import otari


def main() -> None:
    prompt = " ".join(sys.argv[1:]) or "Write a haiku about a river otter who routes messages."
    with example("streaming", stream_delay=0.03) as ex, ex.client() as client:
        print(f"> {prompt}\n")
        started = time.perf_counter()
        first_token: float | None = None
        chunks = 0
        usage = None
        try:
            # `with` closes the stream (and frees the connection) however the block is left.
            with client.completion_stream(
                model=ex.model,
                messages=[{"role": "user", "content": prompt}],
                stream_options={"include_usage": True},
            ) as stream:
                for chunk in stream:
                    chunks += 1
                    if chunk.usage:
                        usage = chunk.usage  # sent on a last chunk with no choices
                    delta = chunk.choices[0].delta if chunk.choices else None
                    if delta and delta.content:
                        if first_token is None:
                            first_token = time.perf_counter() - started
                        print(delta.content, end="", flush=True)
        except KeyboardInterrupt:
            print("\n[stopped]")
        except otari.StreamError as error:  # the gateway reported a failure mid-stream
            print(f"\n[stream failed after {chunks} chunks: {error}]")
        except otari.APIConnectionError as error:  # the connection dropped
            print(f"\n[connection lost after {chunks} chunks: {error}]")
        elapsed = time.perf_counter() - started
        print("\n")
        ttft = "n/a" if first_token is None else f"{first_token * 1000:.0f} ms"
        print(f"{chunks} chunks in {elapsed:.2f} s, first token after {ttft}")
        if usage:
            print(f"usage: {usage.prompt_tokens} prompt + {usage.completion_tokens} completion tokens")


if __name__ == "__main__":
    main()
