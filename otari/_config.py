"""Resolve how a client reaches the gateway: mode, base URL and credentials (api.md §1).

Every rule lives here so the sync and async clients cannot drift apart, and every failure is an
``OtariConfigError`` that names the parameter and the environment variable that would fix it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import SplitResult, urlsplit

from ._api_root import API_ROOT, split_root
from ._exceptions import OtariConfigError
from ._version import __version__

HOSTED_BASE_URL = "https://api.otari.ai"
USER_AGENT = f"otari-python/{__version__}"

ENV_PLATFORM_TOKEN = "OTARI_AI_TOKEN"
ENV_PLATFORM_TOKEN_LEGACY = "GATEWAY_PLATFORM_TOKEN"
ENV_BASE_URL = "GATEWAY_API_BASE"
ENV_GATEWAY_KEY = "GATEWAY_API_KEY"
ENV_ADMIN_KEY = "GATEWAY_ADMIN_KEY"


class Secret:
    """A credential that never shows itself in ``repr``/``str``, so it cannot reach a log line."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """The outcome of resolution: everything a request needs to find and authenticate to the gateway."""

    platform_mode: bool
    base_url: str
    credential: Secret | None = field(repr=False)
    admin_credential: Secret | None = field(repr=False)
    # The API root the base URL pinned ("/v1" or "/api/v1"); None: discover it on the first request.
    api_root: str | None = None

    def _auth_header(self, secret: Secret | None) -> dict[str, str]:
        if secret is None:
            return {}
        if self.platform_mode:
            return {"Authorization": f"Bearer {secret.reveal()}"}
        return {"Otari-Key": f"Bearer {secret.reveal()}"}

    def auth_headers(self) -> dict[str, str]:
        """Headers for inference calls: the client's own credential."""
        return self._auth_header(self.credential)

    def secrets(self) -> tuple[str, ...]:
        """The credential values, for redacting them from any text (server answers included)."""
        return tuple(secret.reveal() for secret in (self.credential, self.admin_credential) if secret is not None)

    def admin_headers(self) -> dict[str, str]:
        """Headers for control-plane calls: the admin key, else the client's own credential (rule 6)."""
        return self._auth_header(self.admin_credential or self.credential)


def _env(env: Mapping[str, str], name: str) -> str | None:
    # An exported-but-empty variable is a common shell accident; treat it as unset.
    value = env.get(name)
    return value if value else None


def _check_str(name: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise OtariConfigError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise OtariConfigError(f"{name} is empty: pass a non-empty value or leave it out")
    return value


# Schemes worth naming in an error ("ftp" is a typo worth pointing at); any other text is not repeated.
_KNOWN_SCHEMES = frozenset({"ftp", "ftps", "ws", "wss", "file", "grpc", "grpcs", "h2c", "unix", "tcp"})


def _origin(scheme: str, parts: SplitResult) -> str:
    host = parts.hostname or ""
    return f"{scheme}://{host}" + (f":{parts.port}" if parts.port else "")


def _split(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    return parts


def normalize_base_url(url: str, *, source: str) -> tuple[str, str | None]:
    """The base URL without a trailing ``/`` or API root, and the root it ended with (None: none).

    Routes come from the core with the spec's ``/v1``; the client puts them under the gateway's root.
    """
    # No message here quotes the value: a key pasted into the wrong parameter must not reach a log.
    parts = _split(url)
    if parts is None:
        # Raised outside the except block: the parser's own error quotes the value, and would ride along
        # as __context__.
        raise OtariConfigError(
            f"{source} must be an http(s) URL such as http://localhost:8000 (the value given is not a valid URL)"
        )
    if parts.scheme not in ("http", "https") or not parts.netloc:
        scheme = parts.scheme.lower()
        what = f"its scheme is {scheme!r}" if scheme in _KNOWN_SCHEMES else "it does not start with http:// or https://"
        raise OtariConfigError(f"{source} must be an http(s) URL such as http://localhost:8000 ({what})")
    if "@" in parts.netloc:
        raise OtariConfigError(
            f"{source} must not carry credentials (user:password@): pass the key as api_key / otari_key instead "
            f"(scheme {parts.scheme}://, userinfo not shown)"
        )
    if parts.query or parts.fragment:
        raise OtariConfigError(f"{source} must not carry a query string or fragment ({_origin(parts.scheme, parts)})")
    path, root = split_root(parts.path.rstrip("/"))
    return f"{parts.scheme}://{parts.netloc}{path.rstrip('/')}", root


def resolve_config(
    *,
    api_key: str | None = None,
    platform_mode: bool | None = None,
    base_url: str | None = None,
    otari_key: str | None = None,
    admin_key: str | None = None,
    env: Mapping[str, str] | None = None,
) -> ClientConfig:
    """Apply the resolution rules of api.md §1, in order."""
    environ: Mapping[str, str] = os.environ if env is None else env
    api_key = _check_str("api_key", api_key)
    otari_key = _check_str("otari_key", otari_key)
    base_url = _check_str("base_url", base_url)
    admin_key = _check_str("admin_key", admin_key)
    if platform_mode is not None and not isinstance(platform_mode, bool):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise OtariConfigError(f"platform_mode must be True or False, got {type(platform_mode).__name__}")

    # Rule 1: combinations that name both modes at once.
    if api_key is not None and otari_key is not None:
        raise OtariConfigError(
            "api_key (platform token) and otari_key (self-hosted gateway key) were both given: "
            "pass api_key for the hosted platform or otari_key for a self-hosted gateway, not both"
        )
    if platform_mode is True and otari_key is not None:
        raise OtariConfigError(
            "platform_mode=True cannot be combined with otari_key: platform mode authenticates with "
            "api_key (or OTARI_AI_TOKEN); drop platform_mode to use otari_key against a self-hosted gateway"
        )
    if platform_mode is False and api_key is not None:
        raise OtariConfigError(
            "api_key is a platform token but platform_mode=False was given: pass otari_key for a "
            "self-hosted gateway, or drop platform_mode=False"
        )

    env_token = _env(environ, ENV_PLATFORM_TOKEN) or _env(environ, ENV_PLATFORM_TOKEN_LEGACY)
    explicit_credential = api_key is not None or otari_key is not None
    # Rule 2: platform mode.
    platform = (
        platform_mode is True
        or api_key is not None
        or (platform_mode is None and not explicit_credential and env_token is not None)
    )
    admin_env = _env(environ, ENV_ADMIN_KEY)
    admin = Secret(admin_key) if admin_key else (Secret(admin_env) if admin_env else None)

    if platform:
        token = api_key or env_token
        if token is None:
            raise OtariConfigError(
                "platform mode requires a token: pass api_key='tk_...' or set OTARI_AI_TOKEN "
                "(legacy alias GATEWAY_PLATFORM_TOKEN)"
            )
        chosen = base_url or _env(environ, ENV_BASE_URL)
        if chosen is None:
            # The hosted platform serves the API under /api/v1: no need to discover it.
            return ClientConfig(True, HOSTED_BASE_URL, Secret(token), admin, api_root=API_ROOT)
        source = "base_url" if base_url else ENV_BASE_URL
        base, root = normalize_base_url(chosen, source=source)
        return ClientConfig(True, base, Secret(token), admin, api_root=root)

    # Rule 3: self-hosted mode.
    key = otari_key or _env(environ, ENV_GATEWAY_KEY)
    url = base_url or _env(environ, ENV_BASE_URL)
    if url is None:
        raise OtariConfigError(
            "self-hosted mode requires a gateway URL: pass base_url='http://localhost:8000' or set "
            "GATEWAY_API_BASE (for the hosted platform, pass api_key= or set OTARI_AI_TOKEN instead)"
        )
    if key is None and admin is None:
        raise OtariConfigError(
            "self-hosted mode requires a gateway key: pass otari_key='gw-...' or set GATEWAY_API_KEY "
            "(for the hosted platform, pass api_key= or set OTARI_AI_TOKEN instead)"
        )
    source = "base_url" if base_url else ENV_BASE_URL
    base, root = normalize_base_url(url, source=source)
    return ClientConfig(False, base, Secret(key) if key else None, admin, api_root=root)
