"""The control plane of a self-hosted gateway: budgets, users, virtual keys, pricing and the usage log.

Run: ``.venv/bin/python examples/control_plane.py``. Without environment variables it uses the bundled mock
gateway. To administer your own gateway set ``GATEWAY_API_BASE`` and ``GATEWAY_ADMIN_KEY`` (its master
key); the script creates a budget, a user, a key and a price for a made-up model
(``example:otari-python-demo``, so no real model's billing changes), and deletes all of them at the end.
The hosted platform manages these in its dashboard, so the script stops when ``OTARI_AI_TOKEN`` is set.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from _env import example

import otari

DEMO_MODEL = "example:otari-python-demo"


def main() -> None:
    with example("control_plane", self_hosted_only=True) as ex, ex.client() as admin:
        cleanup: list[tuple[str, Callable[[], None]]] = []
        try:
            budget = admin.budgets.create(name="otari-example", max_budget=5.0, budget_duration_sec=86400)
            cleanup.append(("budget", lambda: admin.budgets.delete(budget.budget_id)))
            print(f"budget {budget.budget_id}: ${budget.max_budget} per day")

            user_id = f"otari-example-{secrets.token_hex(3)}"
            user = admin.users.create(user_id=user_id, alias="Example user", budget_id=budget.budget_id)
            cleanup.append(("user", lambda: admin.users.delete(user_id)))
            print(f"user {user.user_id} ({user.alias}), spend so far ${user.spend:.2f}")

            key = admin.keys.create(key_name="otari-example", user_id=user_id, metadata={"team": "docs"})
            cleanup.append(("key", lambda: admin.keys.delete(key.id)))
            # key.key is the secret, returned this once; repr(key) and logs show it masked.
            print(f"key {key.id} for {key.user_id}, prefix {key.key_prefix}")
            rotated = admin.keys.rotate(key.id)
            print(f"rotated: new prefix {rotated.key_prefix}; the old secret no longer works")

            price = admin.pricing.set(model_key=DEMO_MODEL, input_price_per_million=0.15, output_price_per_million=0.6)
            cleanup.append(("price", lambda: admin.pricing.delete(DEMO_MODEL)))
            cost = f"${price.input_price_per_million}/M in, ${price.output_price_per_million}/M out"
            print(f"price of {price.model_key}: {cost}")

            # The new key is an ordinary credential: inference with it is billed to the user's budget.
            with ex.client(otari_key=rotated.key) as as_user:
                try:
                    reply = as_user.completion(model=ex.model, messages=[{"role": "user", "content": "Hello!"}])
                    print(f"as {user_id}: {reply.choices[0].message.content_string()}")
                except otari.APIStatusError as error:  # e.g. the model is unpriced on this gateway
                    print(f"as {user_id}: {type(error).__name__}: {error.message}")

            keys = admin.keys.list(limit=100)
            print(f"{len(keys)} key(s) on the gateway, {sum(k.user_id == user_id for k in keys)} for {user_id}")
            for entry in admin.usage.list(user_id=user_id, limit=5):
                print(f"usage: {entry.model} {entry.status} {entry.prompt_tokens}+{entry.completion_tokens} tokens")
        finally:
            for what, delete in reversed(cleanup):
                try:
                    delete()
                    print(f"deleted the example {what}")
                except otari.APIError as error:
                    print(f"could not delete the example {what}: {error}")


if __name__ == "__main__":
    main()
