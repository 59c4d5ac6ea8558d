"""Batches: submit several chat requests at once, wait for the batch with ``wait_for_batch``, read the results.

Run: ``.venv/bin/python examples/batches.py``. Without environment variables it uses the bundled mock
gateway, where a batch completes after a few polls. On a real gateway (``OTARI_AI_TOKEN``, or
``GATEWAY_API_BASE`` + ``GATEWAY_API_KEY``) the provider runs the batch at its own pace — minutes to
hours, billed at batch prices; this script polls every 30 s for up to ``OTARI_EXAMPLE_BATCH_WAIT`` seconds
(default 600) and says how to pick the batch up later if it is still running.
"""

from __future__ import annotations

import os

from _env import example

import otari
from otari.params import BatchRequestItemParam

QUESTIONS = {
    "capital-fr": "What is the capital of France? One word.",
    "capital-jp": "What is the capital of Japan? One word.",
    "capital-br": "What is the capital of Brazil? One word.",
}


def main() -> None:
    with example("batches") as ex, ex.client() as client:
        if ex.mock is not None:
            ex.mock.batch_progression = ["validating", "in_progress", "finalizing", "completed"]
        poll_interval, timeout = (
            (0.1, 30.0) if ex.mock else (30.0, float(os.environ.get("OTARI_EXAMPLE_BATCH_WAIT", 600)))
        )

        requests: list[BatchRequestItemParam] = [
            {"custom_id": custom_id, "body": {"messages": [{"role": "user", "content": question}]}}
            for custom_id, question in QUESTIONS.items()
        ]
        batch = client.create_batch(model=ex.model, requests=requests, metadata={"example": "otari-python"})
        # The gateway says which provider instance runs the batch; every later call names it.
        provider = batch.provider
        print(f"created batch {batch.id} on provider {provider!r}: {batch.status}")

        try:
            batch = client.wait_for_batch(batch.id, provider=provider, poll_interval=poll_interval, timeout=timeout)
        except otari.BatchWaitTimeoutError as error:  # the batch is fine, just not finished yet
            print(error)
            print(f"pick it up later: client.wait_for_batch({batch.id!r}, provider={provider!r})")
            return
        counts = batch.request_counts
        done = f" ({counts.completed} of {counts.total} requests succeeded)" if counts else ""
        print(f"batch {batch.id} is {batch.status}{done}")
        if batch.status != "completed":
            return

        for item in client.retrieve_batch_results(batch.id, provider=provider).results:
            if isinstance(item.result, otari.ChatCompletion):
                print(f"  {item.custom_id}: {item.result.choices[0].message.content_string()}")
            elif item.error:
                print(f"  {item.custom_id}: failed: {item.error.message}")

        recent = client.list_batches(provider=provider, limit=5)
        print(f"{len(recent)} recent batch(es) on {provider!r}: " + ", ".join(f"{b.id} ({b.status})" for b in recent))


if __name__ == "__main__":
    main()
