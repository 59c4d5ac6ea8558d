"""In-memory batches with a scriptable lifecycle, answering like the gateway's ``/v1/batches`` routes."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .._json import is_array, is_object
from . import _bodies
from ._replies import Reply, detail_reply, field_error, json_reply, missing, validation_reply
from ._routing import Call, Route

DEFAULT_PROGRESSION = ("validating", "in_progress", "completed")
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
# Which timestamp field a status sets when the batch reaches it.
_STAMPS = {
    "in_progress": "in_progress_at",
    "finalizing": "finalizing_at",
    "completed": "completed_at",
    "failed": "failed_at",
    "expired": "expired_at",
    "cancelling": "cancelling_at",
    "cancelled": "cancelled_at",
}
UNKNOWN_BATCH = "LLM provider error"


@dataclass(slots=True)
class BatchState:
    obj: dict[str, Any]
    requests: list[Any]
    model: str
    progression: tuple[str, ...]
    step: int = 0
    results: list[Any] | None = field(default=None)


def _batch_object(batch_id: str, provider: str, status: str, metadata: dict[str, Any], now: int) -> dict[str, Any]:
    return {
        "id": batch_id,
        "completion_window": "24h",
        "created_at": now,
        "endpoint": "/v1/chat/completions",
        "input_file_id": _bodies.new_id("file-mock"),
        "object": "batch",
        "status": status,
        "cancelled_at": None,
        "cancelling_at": None,
        "completed_at": None,
        "error_file_id": None,
        "errors": None,
        "expired_at": None,
        "expires_at": now + 86400,
        "failed_at": None,
        "finalizing_at": None,
        "in_progress_at": None,
        "metadata": metadata,
        "model": None,
        "output_file_id": None,
        "request_counts": {"completed": 0, "failed": 0, "total": 0},
        "usage": None,
        "provider": provider,
    }


class Batches:
    """Batches keyed by id; each retrieve advances a batch one step along its progression."""

    def __init__(self) -> None:
        self.items: dict[str, BatchState] = {}
        self.progression: tuple[str, ...] = DEFAULT_PROGRESSION

    def add(
        self,
        batch_id: str,
        *,
        provider: str,
        model: str,
        requests: list[Any],
        metadata: dict[str, Any],
        progression: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        steps = tuple(progression) if progression else self.progression
        state = BatchState(
            _batch_object(batch_id, provider, steps[0], metadata, int(time.time())), requests, model, steps
        )
        self.items[batch_id] = state
        self._enter(state, steps[0])
        return state.obj

    def set_status(self, batch_id: str, status: str, results: list[Any] | None = None) -> dict[str, Any]:
        state = self.items[batch_id]
        state.step = len(state.progression)  # an explicit status ends the scripted progression
        self._enter(state, status)
        if results is not None:
            state.results = results
        return state.obj

    def _enter(self, state: BatchState, status: str) -> None:
        obj = state.obj
        obj["status"] = status
        stamp = _STAMPS.get(status)
        if stamp is not None and obj[stamp] is None:
            obj[stamp] = int(time.time())
        total = len(state.requests)
        if status != "validating":
            obj["request_counts"] = {
                "completed": total if status == "completed" else 0,
                "failed": 0,
                "total": total,
            }
        if status == "completed" and obj["output_file_id"] is None:
            obj["output_file_id"] = _bodies.new_id("file-mockout")

    def _advance(self, state: BatchState) -> None:
        if state.obj["status"] in TERMINAL or state.step + 1 >= len(state.progression):
            return
        state.step += 1
        self._enter(state, state.progression[state.step])

    # --- routes ----------------------------------------------------------------------------------------

    def create(self, call: Call) -> Reply:
        body = call.body
        errors = [missing(("body", name)) for name in ("model", "requests") if name not in body]
        requests = body.get("requests")
        if "requests" in body:
            if not is_array(requests):
                errors.append(field_error("list_type", ("body", "requests"), "Input should be a valid list"))
            elif not requests:
                errors.append(
                    field_error(
                        "too_short",
                        ("body", "requests"),
                        "List should have at least 1 item after validation, not 0",
                    )
                )
            else:
                for index, item in enumerate(requests):
                    for name in ("custom_id", "body"):
                        if not is_object(item) or name not in item:
                            errors.append(missing(("body", "requests", index, name)))
        if errors:
            return validation_reply(errors)
        model = str(body["model"])
        provider = _bodies.provider_of(model)
        if provider is None:
            return detail_reply(422, f"Model '{model}' must be in 'provider:model' format to select the batch provider")
        metadata = dict(body["metadata"]) if isinstance(body.get("metadata"), dict) else {}
        metadata["otari_user_id"] = call.principal.user_id
        obj = self.add(
            _bodies.new_id("batch_mock"),
            provider=provider,
            model=model,
            requests=list(requests or []),
            metadata=metadata,
        )
        obj["completion_window"] = body.get("completion_window") or "24h"
        return json_reply(obj)

    @staticmethod
    def _provider(call: Call) -> str | Reply:
        provider = call.query.get("provider")
        if provider is None:
            return validation_reply([missing(("query", "provider"))])
        return provider

    def _lookup(self, call: Call) -> BatchState | Reply:
        provider = self._provider(call)
        if isinstance(provider, Reply):
            return provider
        state = self.items.get(call.params["batch_id"])
        if state is None or state.obj["provider"] != provider:
            return detail_reply(502, UNKNOWN_BATCH)
        return state

    def list_batches(self, call: Call) -> Reply:
        provider = self._provider(call)
        if isinstance(provider, Reply):
            return provider
        objs = [s.obj for s in reversed(self.items.values()) if s.obj["provider"] == provider]
        after = call.query.get("after")
        if after is not None:
            ids = [o["id"] for o in objs]
            objs = objs[ids.index(after) + 1 :] if after in ids else []
        limit = call.query.get("limit")
        if limit is not None:
            try:
                objs = objs[: int(limit)]
            except ValueError:
                return validation_reply(
                    [
                        field_error(
                            "int_parsing",
                            ("query", "limit"),
                            "Input should be a valid integer, unable to parse string as an integer",
                        )
                    ]
                )
        return json_reply({"data": objs})

    def retrieve(self, call: Call) -> Reply:
        state = self._lookup(call)
        if isinstance(state, Reply):
            return state
        self._advance(state)
        return json_reply(state.obj)

    def cancel(self, call: Call) -> Reply:
        state = self._lookup(call)
        if isinstance(state, Reply):
            return state
        if state.obj["status"] not in TERMINAL:
            self.set_status(state.obj["id"], "cancelled")
        return json_reply(state.obj)

    def results(self, call: Call) -> Reply:
        state = self._lookup(call)
        if isinstance(state, Reply):
            return state
        obj = state.obj
        if obj["status"] != "completed":
            batch_id, provider = obj["id"], obj["provider"]
            return detail_reply(
                409,
                f"Batch '{batch_id}' is not yet complete (status: {obj['status']}). "
                f"Call GET /v1/batches/{batch_id}?provider={provider} to check the current status.",
            )
        if state.results is not None:
            return json_reply({"results": state.results})
        return json_reply({"results": [self._result(state.model, item) for item in state.requests]})

    @staticmethod
    def _result(model: str, item: Any) -> dict[str, Any]:
        custom_id = item.get("custom_id") if is_object(item) else None
        body = item.get("body") if is_object(item) else None
        messages = body.get("messages") if is_object(body) else None
        if not is_array(messages) or not messages:
            return {
                "custom_id": custom_id,
                "result": None,
                "error": {"code": "unknown", "message": "Unexpected response format"},
            }
        prompt = _bodies.last_user_text(messages)
        text = "Echo: " + prompt
        completion = _bodies.chat_completion(
            model=_bodies.bare_model(model),
            text=text,
            tool=None,
            arguments="",
            prompt=_bodies.count_words(prompt),
            completion=_bodies.count_words(text),
        )
        return {"custom_id": custom_id, "result": completion, "error": None}

    def routes(self) -> list[Route]:
        return [
            Route("POST", "/v1/batches", self.create, "inference", "json"),
            Route("GET", "/v1/batches", self.list_batches, "reader"),
            Route("GET", "/v1/batches/{batch_id}", self.retrieve, "reader"),
            Route("POST", "/v1/batches/{batch_id}/cancel", self.cancel, "reader"),
            Route("GET", "/v1/batches/{batch_id}/results", self.results, "reader"),
        ]
