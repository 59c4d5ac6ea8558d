"""Credential lookup and the gateway's authentication errors."""

from __future__ import annotations

from dataclasses import dataclass

from ._headers import Headers

MISSING = "Missing Otari-Key, Authorization, or x-api-key header"
BAD_FORMAT = "Invalid header format. Expected 'Bearer <token>'"
INVALID_KEY = "Invalid API key"
INACTIVE_KEY = "API key is inactive"
EXPIRED_KEY = "API key has expired"
INVALID_MASTER = "Invalid master key"
MASTER_NEEDS_USER = "When using master key, 'user' field is required in request body"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a request authenticated as."""

    user_id: str = "default"
    key_id: str | None = None
    key_name: str | None = None
    is_master: bool = False
    allowed_models: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class AuthFailure:
    """A refused request: the status and the gateway's exact ``detail`` message."""

    status: int
    detail: str


def credential(headers: Headers) -> str | AuthFailure:
    """The token, looked up in the gateway's order; the first header present wins, right or wrong."""
    otari_key = headers.get("otari-key")
    if otari_key is not None:
        return otari_key.removeprefix("Bearer ").strip()
    authorization = headers.get("authorization")
    if authorization is not None:
        if not authorization.startswith("Bearer "):
            return AuthFailure(401, BAD_FORMAT)
        return authorization[len("Bearer ") :].strip()
    api_key = headers.get("x-api-key")
    if api_key is not None:
        return api_key.strip()
    return AuthFailure(401, MISSING)
