"""In-memory model aliases (``/v1/aliases``) and their resolution on inference routes."""

from __future__ import annotations

from typing import Any

from ._control import iso, utcnow
from ._replies import Reply, detail_reply, json_reply, missing, no_content, validation_reply
from ._routing import Call, Route


class AliasStore:
    """Aliases by ``(name, user_id)``; a user's own alias shadows the global one of the same name."""

    def __init__(self) -> None:
        self.aliases: dict[tuple[str, str | None], dict[str, Any]] = {}

    def resolve(self, model: str, user_id: str) -> str:
        """The selector a request for ``model`` goes to (``model`` itself when it is no alias)."""
        found = self.aliases.get((model, user_id)) or self.aliases.get((model, None))
        return str(found["target"]) if found else model

    def set(self, call: Call) -> Reply:
        body = call.body
        errors = [missing(("body", name)) for name in ("name", "target") if not isinstance(body.get(name), str)]
        if errors:
            return validation_reply(errors)
        user_id = body.get("user_id")
        now = iso(utcnow())
        key = (body["name"], user_id if isinstance(user_id, str) else None)
        alias = self.aliases.get(key)
        if alias is None:
            alias = self.aliases[key] = {"name": key[0], "source": "storage", "user_id": key[1], "created_at": now}
        alias.update(target=body["target"], updated_at=now)
        return json_reply(alias)

    def list_aliases(self, call: Call) -> Reply:
        return json_reply(sorted(self.aliases.values(), key=lambda a: (a["name"], a["user_id"] or "")))

    def delete(self, call: Call) -> Reply:
        key = (call.params["name"], call.query.get("user_id") or None)
        if self.aliases.pop(key, None) is None:
            return detail_reply(404, f"Alias '{key[0]}' not found")
        return no_content()

    def routes(self) -> list[Route]:
        return [
            Route("GET", "/v1/aliases", self.list_aliases, "management"),
            Route("POST", "/v1/aliases", self.set, "management", "json"),
            Route("DELETE", "/v1/aliases/{name}", self.delete, "management"),
        ]


__all__ = ["AliasStore"]
