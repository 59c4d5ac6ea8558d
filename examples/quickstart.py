"""The first five minutes: a completion, a streamed completion, an embedding and a typed error.

Run it with ``make demo`` (or ``.venv/bin/python examples/quickstart.py``). With no environment variables it
talks to the bundled mock gateway, so it works from a fresh clone; set ``OTARI_AI_TOKEN`` for the hosted
platform, or ``GATEWAY_API_BASE`` (+ ``GATEWAY_API_KEY``) for your own gateway. The first line says
which. ``OTARI_EXAMPLE_MODEL`` / ``OTARI_EXAMPLE_EMBEDDING_MODEL`` pick the models on a real gateway.
"""

from __future__ import annotations

from _env import example

import otari


def main() -> None:
    with example("quickstart", stream_delay=0.02) as ex, ex.client() as client:
        question = "Say hello to a new otari user in one short sentence."

        # 1. A chat completion: typed all the way down.
        reply = client.completion(model=ex.model, messages=[{"role": "user", "content": question}])
        print(f"\n1. completion ({reply.model}):")
        print("  ", reply.choices[0].message.content_string())
        if reply.usage:
            print(f"   {reply.usage.total_tokens} tokens")

        # 2. The same, streamed: chunks arrive as the model writes.
        print("\n2. streamed completion:\n   ", end="", flush=True)
        with client.completion_stream(
            model=ex.model, messages=[{"role": "user", "content": "Count from one to five in words."}]
        ) as stream:
            for chunk in stream:
                delta = chunk.choices[0].delta if chunk.choices else None
                if delta and delta.content:  # the last chunk carries only usage; delta may be absent
                    print(delta.content, end="", flush=True)
        print()

        # 3. An embedding.
        embedding = client.embedding(model=ex.embedding_model, input="otari routes every provider")
        vector = embedding.data[0].embedding
        print(f"\n3. embedding: {len(vector)} dimensions from {embedding.model}")

        # 4. A typed error: failures are exceptions you can catch by kind, with the gateway's message.
        model = ex.failing_model()
        try:
            client.completion(model=model, messages=[{"role": "user", "content": question}], max_retries=0)
        except otari.InsufficientFundsError as error:  # 402, or 403 "budget exceeded": a billing problem
            print(f"\n4. typed error, billing: {type(error).__name__} (HTTP {error.status_code}) for {model!r}")
            print("  ", error.message)
        except otari.APIStatusError as error:  # any other HTTP error; all carry status_code and message
            print(f"\n4. typed error: {type(error).__name__} (HTTP {error.status_code}) for {model!r}")
            print("  ", error.message)
        else:
            print(f"\n4. {model!r} unexpectedly succeeded")


if __name__ == "__main__":
    main()
