"""In-memory control plane: keys, users, budgets, pricing and usage, with the gateway's shapes and messages."""

from __future__ import annotations

import secrets
import uuid
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import Any

from .._json import is_object
from ._analytics import Analytics, UsageQuery, UsageRecord
from ._auth import (
    EXPIRED_KEY,
    INACTIVE_KEY,
    AuthFailure,
    Principal,
)
from ._replies import (
    Reply,
    detail_reply,
    field_error,
    json_reply,
    missing,
    no_content,
    validation_reply,
)
from ._routing import AuthKind, Call, Route

USAGE_LOG_SIZE = 10_000
_PRICE_FIELDS = (
    "input_price_per_million",
    "output_price_per_million",
    "cache_read_price_per_million",
    "cache_write_price_per_million",
    "cache_write_1h_price_per_million",
)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def iso(moment: datetime) -> str:
    """Control-plane timestamps: ISO-8601 with microseconds and no timezone."""
    return moment.isoformat(timespec="microseconds")


def normalize_model_key(key: str) -> str:
    """``openai/fake-model`` names the same model as ``openai:fake-model``."""
    if ":" not in key and "/" in key:
        provider, _, name = key.partition("/")
        return f"{provider}:{name}"
    return key


def _ge_zero(body: dict[str, Any], name: str, errors: list[dict[str, Any]]) -> None:
    value = body.get(name)
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        errors.append(field_error("float_type", ("body", name), "Input should be a valid number"))
    elif value < 0:
        errors.append(field_error("greater_than_equal", ("body", name), "Input should be greater than or equal to 0"))


def page(items: list[Any], query: dict[str, str]) -> list[Any] | Reply:
    """Apply ``skip``/``limit`` (default 100, at most 1000) like the gateway's list routes."""
    bounds = {"skip": 0, "limit": 100}
    errors: list[dict[str, Any]] = []
    for name in bounds:
        if name in query:
            try:
                bounds[name] = int(query[name])
            except ValueError:
                errors.append(
                    field_error(
                        "int_parsing",
                        ("query", name),
                        "Input should be a valid integer, unable to parse string as an integer",
                    )
                )
    if bounds["limit"] > 1000:
        errors.append(field_error("less_than_equal", ("query", "limit"), "Input should be less than or equal to 1000"))
    if errors:
        return validation_reply(errors)
    return items[bounds["skip"] :][: max(bounds["limit"], 0)]


class ControlPlane:
    """Keys, users, budgets, pricing and usage, plus the credential checks that depend on them."""

    def __init__(self) -> None:
        self.workspace_id = str(uuid.uuid4())
        self.users: dict[str, dict[str, Any]] = {}
        self.keys: dict[str, dict[str, Any]] = {}
        self.key_ids_by_secret: dict[str, str] = {}
        self.budgets: dict[str, dict[str, Any]] = {}
        self.pricing: dict[str, list[dict[str, Any]]] = {}
        self.usage: deque[UsageRecord] = deque(maxlen=USAGE_LOG_SIZE)
        self.users["default"] = self._new_user("default", "Default", None, {})
        self.analytics = Analytics(lambda: self.usage, self._alias_of)
        self.reset_logs: list[dict[str, Any]] = []

    def _alias_of(self, user_id: str) -> str | None:
        user = self.users.get(user_id)
        return user["alias"] if user else None

    # --- credentials -----------------------------------------------------------------------------------

    def principal_for(self, secret: str) -> Principal | AuthFailure | None:
        """The principal of a key created through ``POST /v1/keys`` (None: not such a key)."""
        key_id = self.key_ids_by_secret.get(secret)
        if key_id is None:
            return None
        info = self.keys[key_id]
        if not info["is_active"]:
            return AuthFailure(401, INACTIVE_KEY)
        expires = info["expires_at"]
        now = utcnow()
        if expires is not None and datetime.fromisoformat(expires) < now:
            return AuthFailure(401, EXPIRED_KEY)
        info["last_used_at"] = iso(now)
        allowed = info["allowed_models"]
        return Principal(
            user_id=info["user_id"],
            key_id=key_id,
            key_name=info["key_name"],
            allowed_models=tuple(allowed) if allowed is not None else None,
        )

    def user_problem(self, user_id: str, *, must_exist: bool) -> AuthFailure | None:
        """The gateway's refusal for an inference request billed to ``user_id``, if any."""
        user = self.users.get(user_id)
        if user is None:
            return AuthFailure(404, f"User '{user_id}' not found") if must_exist else None
        if user["blocked"]:
            return AuthFailure(403, f"User '{user_id}' is blocked")
        return None

    # --- usage -----------------------------------------------------------------------------------------

    def current_price(self, model_key: str) -> dict[str, Any] | None:
        history = self.pricing.get(normalize_model_key(model_key))
        return history[0] if history else None

    def log_usage(
        self,
        principal: Principal,
        *,
        selector: str,
        model: str,
        provider: str | None,
        endpoint: str,
        prompt: int,
        completion: int,
    ) -> None:
        price = self.current_price(selector)
        rates = None
        cost = None
        if price is not None:
            rates = (float(price["input_price_per_million"]), float(price["output_price_per_million"]))
            cost = (prompt * rates[0] + completion * rates[1]) / 1_000_000
            user = self.users.get(principal.user_id)
            if user is not None:
                user["spend"] = round(user["spend"] + cost, 12)
        self.usage.appendleft(
            UsageRecord(
                str(uuid.uuid4()),
                datetime.now(UTC),
                principal.user_id,
                principal.key_id,
                principal.key_name,
                model,
                provider,
                endpoint,
                prompt,
                completion,
                cost,
                rates,
            )
        )

    def _usage_entry(self, record: UsageRecord) -> dict[str, Any]:
        user = self.users.get(record.user_id)
        meters = {
            "total_input_tokens": record.prompt_tokens,
            "fresh_input_tokens": record.prompt_tokens,
            "cache_read_tokens": 0,
            "cache_write_tokens": 0,
            "cache_write_1h_tokens": 0,
            "completion_tokens": record.completion_tokens,
        }
        breakdown = None
        if record.rates is not None:
            breakdown = [
                {
                    "meter": "input",
                    "units": record.prompt_tokens,
                    "rate_per_million": record.rates[0],
                    "cost": record.prompt_tokens * record.rates[0] / 1_000_000,
                },
                {
                    "meter": "output",
                    "units": record.completion_tokens,
                    "rate_per_million": record.rates[1],
                    "cost": record.completion_tokens * record.rates[1] / 1_000_000,
                },
            ]
        return {
            "id": record.id,
            "user_id": record.user_id,
            "user_alias": user["alias"] if user else None,
            "api_key_id": record.key_id,
            "api_key_name": record.key_name,
            "timestamp": record.moment.isoformat(timespec="microseconds"),
            "model": record.model,
            "provider": record.provider,
            "endpoint": record.endpoint,
            "prompt_tokens": record.prompt_tokens,
            "completion_tokens": record.completion_tokens,
            "total_tokens": record.prompt_tokens + record.completion_tokens,
            "cache_read_tokens": 0,
            "cache_write_tokens": 0,
            "cache_write_1h_tokens": 0,
            "billing_meters": meters,
            "pricing_breakdown": breakdown,
            "cost": record.cost,
            "status": "success",
            "error_message": None,
            "status_code": None,
            "latency_ms": 1,
            "source": "gateway",
            "source_label": None,
            "counts_toward_budget": True,
            "policy_name": None,
            "selection_reason": None,
            "attempt_position": None,
            "attempt_count": None,
            "request_group_id": None,
        }

    def _usage_row(self, record: UsageRecord) -> dict[str, Any]:
        return {
            "id": record.id,
            "user_id": record.user_id,
            "api_key_id": record.key_id,
            "timestamp": iso(record.moment.replace(tzinfo=None)),
            "model": record.model,
            "provider": record.provider,
            "endpoint": record.endpoint,
            "prompt_tokens": record.prompt_tokens,
            "completion_tokens": record.completion_tokens,
            "total_tokens": record.prompt_tokens + record.completion_tokens,
            "cost": record.cost,
            "status": "success",
            "error_message": None,
            "latency_ms": 1,
        }

    def _filtered_usage(self, call: Call) -> list[UsageRecord] | Reply:
        parsed = UsageQuery.parse(call.request)
        if isinstance(parsed, Reply):
            return parsed
        return parsed.select(self.usage)

    def list_usage(self, call: Call) -> Reply:
        records = self._filtered_usage(call)
        if isinstance(records, Reply):
            return records
        rows = page(records, call.query)
        if isinstance(rows, Reply):
            return rows
        return json_reply([self._usage_entry(r) for r in rows])

    def count_usage(self, call: Call) -> Reply:
        records = self._filtered_usage(call)
        if isinstance(records, Reply):
            return records
        return json_reply({"total": len(records)})

    def add_usage(
        self,
        *,
        user_id: str,
        model: str,
        prompt_tokens: int,
        completion_tokens: int,
        moment: datetime,
        api_key_id: str | None,
        cost: float | None,
        endpoint: str,
    ) -> str:
        """Log a request directly (for tests of reports); ``model`` is ``provider:model``. Returns its id."""
        provider, _, bare = model.partition(":") if ":" in model else (None, "", model)
        if cost is None:
            price = self.current_price(model)
            if price is not None:
                cost = (
                    prompt_tokens * float(price["input_price_per_million"])
                    + completion_tokens * float(price["output_price_per_million"])
                ) / 1_000_000
        key_name = self.keys[api_key_id]["key_name"] if api_key_id in self.keys else None
        record = UsageRecord(
            str(uuid.uuid4()),
            moment if moment.tzinfo else moment.replace(tzinfo=UTC),
            user_id,
            api_key_id,
            key_name,
            bare,
            provider,
            endpoint,
            prompt_tokens,
            completion_tokens,
            cost,
            None,
        )
        # The log is newest first.
        records = sorted([*self.usage, record], key=lambda r: r.moment, reverse=True)
        self.usage.clear()
        self.usage.extend(records)
        return record.id

    # --- users -----------------------------------------------------------------------------------------

    def _new_user(self, user_id: str, alias: Any, budget_id: Any, metadata: Any) -> dict[str, Any]:
        now = utcnow()
        started, next_reset = self._budget_window(budget_id, now)
        return {
            "user_id": user_id,
            "alias": alias,
            "spend": 0.0,
            "reserved": 0.0,
            "budget_id": budget_id,
            "allowed_models": None,
            "budget_started_at": started,
            "next_budget_reset_at": next_reset,
            "blocked": False,
            "created_at": iso(now),
            "updated_at": iso(now),
            "metadata": metadata if is_object(metadata) else {},
        }

    def _budget_window(self, budget_id: Any, now: datetime) -> tuple[str | None, str | None]:
        budget = self.budgets.get(budget_id) if isinstance(budget_id, str) else None
        if budget is None:
            return None, None
        duration = budget["budget_duration_sec"]
        next_reset = iso(now + timedelta(seconds=duration)) if duration else None
        return iso(now), next_reset

    def _user_missing(self, user_id: str) -> Reply:
        return detail_reply(404, f"User with id '{user_id}' not found")

    def _budget_missing(self, budget_id: str) -> Reply:
        return detail_reply(404, f"Budget with id '{budget_id}' not found")

    def create_user(self, call: Call) -> Reply:
        body = call.body
        user_id = body.get("user_id")
        if user_id is None:
            return validation_reply([missing(("body", "user_id"))])
        if not isinstance(user_id, str):
            return validation_reply([field_error("string_type", ("body", "user_id"), "Input should be a valid string")])
        if user_id in self.users:
            return detail_reply(409, f"User with id '{user_id}' already exists")
        budget_id = body.get("budget_id")
        if budget_id is not None and budget_id not in self.budgets:
            return self._budget_missing(str(budget_id))
        user = self._new_user(user_id, body.get("alias"), budget_id, body.get("metadata"))
        user["blocked"] = bool(body.get("blocked", False))
        user["allowed_models"] = body.get("allowed_models")
        self.users[user_id] = user
        return json_reply(user)

    def list_users(self, call: Call) -> Reply:
        users = page(list(self.users.values()), call.query)
        return users if isinstance(users, Reply) else json_reply(users)

    def get_user(self, call: Call) -> Reply:
        user = self.users.get(call.params["user_id"])
        return json_reply(user) if user is not None else self._user_missing(call.params["user_id"])

    def update_user(self, call: Call) -> Reply:
        user_id = call.params["user_id"]
        user = self.users.get(user_id)
        if user is None:
            return self._user_missing(user_id)
        body = call.body
        if "budget_id" in body and body["budget_id"] is not None:
            if body["budget_id"] not in self.budgets:
                return self._budget_missing(str(body["budget_id"]))
            if body["budget_id"] != user["budget_id"]:
                now = utcnow()
                user["budget_started_at"], user["next_budget_reset_at"] = self._budget_window(body["budget_id"], now)
        for name in ("alias", "budget_id", "blocked", "allowed_models", "metadata"):
            if name in body:
                user[name] = body[name]
        user["updated_at"] = iso(utcnow())
        return json_reply(user)

    def delete_user(self, call: Call) -> Reply:
        user_id = call.params["user_id"]
        if self.users.pop(user_id, None) is None:
            return self._user_missing(user_id)
        for info in self.keys.values():
            if info["user_id"] == user_id:
                info["is_active"] = False
        return no_content()

    def user_usage(self, call: Call) -> Reply:
        user_id = call.params["user_id"]
        if user_id not in self.users:
            return self._user_missing(user_id)
        rows = page([r for r in self.usage if r.user_id == user_id], call.query)
        if isinstance(rows, Reply):
            return rows
        return json_reply([self._usage_row(r) for r in rows])

    # --- keys ------------------------------------------------------------------------------------------

    def _key_missing(self, key_id: str) -> Reply:
        return detail_reply(404, f"API key with id '{key_id}' not found")

    def _key_info(self, info: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": info["id"],
            "key_prefix": info["key_prefix"],
            "key_name": info["key_name"],
            "user_id": info["user_id"],
            "created_at": info["created_at"],
            "last_used_at": info["last_used_at"],
            "expires_at": info["expires_at"],
            "is_active": info["is_active"],
            "allowed_models": info["allowed_models"],
            "exclude_from_budget": info["exclude_from_budget"],
            "reject_user_mismatch": info["reject_user_mismatch"],
            "capture_agent_telemetry": info["capture_agent_telemetry"],
            "workspace_id": self.workspace_id,
            "metadata": info["metadata"],
        }

    def _key_created(self, info: dict[str, Any], secret: str) -> dict[str, Any]:
        return {
            "id": info["id"],
            "key": secret,
            "key_prefix": info["key_prefix"],
            "key_name": info["key_name"],
            "user_id": info["user_id"],
            "created_at": info["created_at"],
            "expires_at": info["expires_at"],
            "is_active": info["is_active"],
            "allowed_models": info["allowed_models"],
            "exclude_from_budget": info["exclude_from_budget"],
            "reject_user_mismatch": info["reject_user_mismatch"],
            "capture_agent_telemetry": info["capture_agent_telemetry"],
            "metadata": info["metadata"],
        }

    def _issue_secret(self, key_id: str) -> str:
        secret = "gw-" + secrets.token_hex(32)
        stale = [s for s, k in self.key_ids_by_secret.items() if k == key_id]
        for old in stale:
            del self.key_ids_by_secret[old]
        self.key_ids_by_secret[secret] = key_id
        self.keys[key_id]["key_prefix"] = secret[:10]
        return secret

    @staticmethod
    def _expiry(value: Any) -> str | Reply | None:
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return validation_reply(
                [
                    field_error(
                        "datetime_from_date_parsing",
                        ("body", "expires_at"),
                        "Input should be a valid datetime",
                    )
                ]
            )
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment.isoformat()

    def create_key(self, call: Call) -> Reply:
        body = call.body
        user_id = body.get("user_id") or "default"
        if user_id not in self.users:
            return self._user_missing(str(user_id))
        expires = self._expiry(body.get("expires_at"))
        if isinstance(expires, Reply):
            return expires
        key_id = str(uuid.uuid4())
        self.keys[key_id] = {
            "id": key_id,
            "key_prefix": "",
            "key_name": body.get("key_name"),
            "user_id": user_id,
            "created_at": iso(utcnow()),
            "last_used_at": None,
            "expires_at": expires,
            "is_active": True,
            "allowed_models": body.get("allowed_models"),
            "exclude_from_budget": bool(body.get("exclude_from_budget", False)),
            "reject_user_mismatch": body.get("reject_user_mismatch"),
            "capture_agent_telemetry": body.get("capture_agent_telemetry"),
            "metadata": body.get("metadata") if isinstance(body.get("metadata"), dict) else {},
        }
        secret = self._issue_secret(key_id)
        return json_reply(self._key_created(self.keys[key_id], secret))

    def list_keys(self, call: Call) -> Reply:
        keys = page([self._key_info(info) for info in self.keys.values()], call.query)
        return keys if isinstance(keys, Reply) else json_reply(keys)

    def get_key(self, call: Call) -> Reply:
        info = self.keys.get(call.params["key_id"])
        return json_reply(self._key_info(info)) if info is not None else self._key_missing(call.params["key_id"])

    def update_key(self, call: Call) -> Reply:
        info = self.keys.get(call.params["key_id"])
        if info is None:
            return self._key_missing(call.params["key_id"])
        body = call.body
        if "expires_at" in body:
            expires = self._expiry(body["expires_at"])
            if isinstance(expires, Reply):
                return expires
            info["expires_at"] = expires
        for name in (
            "key_name",
            "is_active",
            "allowed_models",
            "exclude_from_budget",
            "metadata",
            "reject_user_mismatch",
            "capture_agent_telemetry",
        ):
            if name in body:
                info[name] = body[name]
        return json_reply(self._key_info(info))

    def delete_key(self, call: Call) -> Reply:
        key_id = call.params["key_id"]
        if self.keys.pop(key_id, None) is None:
            return self._key_missing(key_id)
        for secret in [s for s, k in self.key_ids_by_secret.items() if k == key_id]:
            del self.key_ids_by_secret[secret]
        return no_content()

    def rotate_key(self, call: Call) -> Reply:
        key_id = call.params["key_id"]
        info = self.keys.get(key_id)
        if info is None:
            return self._key_missing(key_id)
        return json_reply(self._key_created(info, self._issue_secret(key_id)))

    # --- budgets ---------------------------------------------------------------------------------------

    def _budget_view(self, budget: dict[str, Any]) -> dict[str, Any]:
        members = [u for u in self.users.values() if u["budget_id"] == budget["budget_id"]]
        return {
            **budget,
            "user_count": len(members),
            "total_spend": float(sum(u["spend"] for u in members)),
            "total_reserved": float(sum(u["reserved"] for u in members)),
        }

    @staticmethod
    def _budget_errors(body: dict[str, Any]) -> list[dict[str, Any]]:
        errors: list[dict[str, Any]] = []
        _ge_zero(body, "max_budget", errors)
        duration = body.get("budget_duration_sec")
        if duration is not None and (isinstance(duration, bool) or not isinstance(duration, int) or duration <= 0):
            errors.append(
                field_error("greater_than", ("body", "budget_duration_sec"), "Input should be greater than 0")
            )
        return errors

    def create_budget(self, call: Call) -> Reply:
        errors = self._budget_errors(call.body)
        if errors:
            return validation_reply(errors)
        now = iso(utcnow())
        budget_id = str(uuid.uuid4())
        max_budget = call.body.get("max_budget")
        self.budgets[budget_id] = {
            "budget_id": budget_id,
            "name": call.body.get("name"),
            "max_budget": float(max_budget) if max_budget is not None else None,
            "budget_duration_sec": call.body.get("budget_duration_sec"),
            "reset_alignment": call.body.get("reset_alignment"),
            "created_at": now,
            "updated_at": now,
        }
        return json_reply(self._budget_view(self.budgets[budget_id]))

    def list_budgets(self, call: Call) -> Reply:
        budgets = page([self._budget_view(b) for b in self.budgets.values()], call.query)
        return budgets if isinstance(budgets, Reply) else json_reply(budgets)

    def get_budget(self, call: Call) -> Reply:
        budget = self.budgets.get(call.params["budget_id"])
        if budget is None:
            return self._budget_missing(call.params["budget_id"])
        return json_reply(self._budget_view(budget))

    def update_budget(self, call: Call) -> Reply:
        budget = self.budgets.get(call.params["budget_id"])
        if budget is None:
            return self._budget_missing(call.params["budget_id"])
        errors = self._budget_errors(call.body)
        if errors:
            return validation_reply(errors)
        for name in ("name", "max_budget", "budget_duration_sec", "reset_alignment"):
            if name in call.body:
                value = call.body[name]
                budget[name] = float(value) if name == "max_budget" and value is not None else value
        budget["updated_at"] = iso(utcnow())
        return json_reply(self._budget_view(budget))

    def delete_budget(self, call: Call) -> Reply:
        budget_id = call.params["budget_id"]
        if self.budgets.pop(budget_id, None) is None:
            return self._budget_missing(budget_id)
        return no_content()

    # --- pricing ---------------------------------------------------------------------------------------

    def _pricing_missing(self, model_key: str) -> Reply:
        return detail_reply(404, f"Pricing for model '{model_key}' not found")

    def set_pricing(self, call: Call) -> Reply:
        body = call.body
        errors = [
            missing(("body", name))
            for name in ("model_key", "input_price_per_million", "output_price_per_million")
            if name not in body
        ]
        for name in _PRICE_FIELDS:
            _ge_zero(body, name, errors)
        if errors:
            return validation_reply(errors)
        model_key = normalize_model_key(str(body["model_key"]))
        history = self.pricing.setdefault(model_key, [])
        previous = history[0] if history else {}
        now = iso(utcnow())
        entry: dict[str, Any] = {"model_key": model_key, "effective_at": body.get("effective_at") or now}
        for name in _PRICE_FIELDS:
            value = body.get(name, previous.get(name))  # an omitted optional price keeps its earlier value
            entry[name] = float(value) if value is not None else None
        entry["pricing_tiers"] = body.get("pricing_tiers") or previous.get("pricing_tiers") or []
        entry["created_at"] = now
        entry["updated_at"] = now
        history.insert(0, entry)
        return json_reply(entry)

    def list_pricing(self, call: Call) -> Reply:
        current = [self.pricing[key][0] for key in sorted(self.pricing)]
        rows = page(current, call.query)
        return rows if isinstance(rows, Reply) else json_reply(rows)

    def get_pricing(self, call: Call) -> Reply:
        model_key = normalize_model_key(call.params["model_key"])
        history = self.pricing.get(model_key)
        return json_reply(history[0]) if history else self._pricing_missing(model_key)

    def pricing_history(self, call: Call) -> Reply:
        model_key = normalize_model_key(call.params["model_key"])
        history = self.pricing.get(model_key)
        return json_reply(history) if history else self._pricing_missing(model_key)

    def delete_pricing(self, call: Call) -> Reply:
        model_key = normalize_model_key(call.params["model_key"])
        if self.pricing.pop(model_key, None) is None:
            return self._pricing_missing(model_key)
        return no_content()

    def reset_budget(self, budget_id: str) -> list[dict[str, Any]]:
        """Start a new period for every user on the budget now: log each one's spend, then zero it."""
        budget = self.budgets[budget_id]
        now = utcnow()
        events: list[dict[str, Any]] = []
        for user in self.users.values():
            if user["budget_id"] != budget_id:
                continue
            duration = budget["budget_duration_sec"]
            event = {
                "id": len(self.reset_logs) + 1,
                "user_id": user["user_id"],
                "budget_id": budget_id,
                "previous_spend": user["spend"],
                "reset_at": iso(now),
                "next_reset_at": iso(now + timedelta(seconds=duration)) if duration else None,
            }
            self.reset_logs.insert(0, event)
            events.append(event)
            user["spend"] = 0.0
            user["budget_started_at"], user["next_budget_reset_at"] = event["reset_at"], event["next_reset_at"]
        return events

    def budget_reset_logs(self, call: Call) -> Reply:
        budget_id = call.params["budget_id"]
        if budget_id not in self.budgets:
            return self._budget_missing(budget_id)
        rows = page([e for e in self.reset_logs if e["budget_id"] == budget_id], call.query)
        return rows if isinstance(rows, Reply) else json_reply(rows)

    # --- routes ----------------------------------------------------------------------------------------

    def routes(self) -> list[Route]:
        m: AuthKind = "management"
        return [
            Route("POST", "/v1/keys", self.create_key, m, "json"),
            Route("GET", "/v1/keys", self.list_keys, m),
            Route("POST", "/v1/keys/{key_id}/rotate", self.rotate_key, m),
            Route("GET", "/v1/keys/{key_id}", self.get_key, m),
            Route("PATCH", "/v1/keys/{key_id}", self.update_key, m, "json"),
            Route("DELETE", "/v1/keys/{key_id}", self.delete_key, m),
            Route("POST", "/v1/users", self.create_user, m, "json"),
            Route("GET", "/v1/users", self.list_users, m),
            Route("GET", "/v1/users/{user_id}/usage", self.user_usage, m),
            Route("GET", "/v1/users/{user_id}", self.get_user, m),
            Route("PATCH", "/v1/users/{user_id}", self.update_user, m, "json"),
            Route("DELETE", "/v1/users/{user_id}", self.delete_user, m),
            Route("POST", "/v1/budgets", self.create_budget, m, "json"),
            Route("GET", "/v1/budgets", self.list_budgets, m),
            Route("GET", "/v1/budgets/{budget_id}", self.get_budget, m),
            Route("GET", "/v1/budgets/{budget_id}/reset-logs", self.budget_reset_logs, m),
            Route("PATCH", "/v1/budgets/{budget_id}", self.update_budget, m, "json"),
            Route("DELETE", "/v1/budgets/{budget_id}", self.delete_budget, m),
            Route("POST", "/v1/pricing", self.set_pricing, m, "json"),
            Route("GET", "/v1/pricing", self.list_pricing, "reader"),
            Route("GET", "/v1/pricing/{model_key:path}/history", self.pricing_history, "reader"),
            Route("GET", "/v1/pricing/{model_key:path}", self.get_pricing, "reader"),
            Route("DELETE", "/v1/pricing/{model_key:path}", self.delete_pricing, m),
            Route("GET", "/v1/usage", self.list_usage, m),
            Route("GET", "/v1/usage/count", self.count_usage, m),
            Route("GET", "/v1/usage/summary", lambda call: self.analytics.summary(call.request), m),
            Route("GET", "/v1/usage/series", lambda call: self.analytics.series(call.request), m),
            Route("GET", "/v1/usage/summary.csv", lambda call: self.analytics.summary_csv(call.request), m),
        ]
