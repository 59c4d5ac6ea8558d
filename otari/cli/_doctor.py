"""``otari doctor``: what the CLI (and the SDK, with the same environment) would use, and whether it works.

Reports the resolved mode, base URL, API root, where each credential came from (never its value), the
gateway's health and version, round-trip times, and whether the gateway accepts the key. Exits 0 when
every check passed, else with the exit code of the first failure.
"""

from __future__ import annotations

import argparse
import os
import time
from typing import Any

from .._json import is_object
from ._args import Registry, option
from ._context import Context
from ._errors import Exit, classify

_HEALTH_TIMEOUT = 10.0


def _source(args: argparse.Namespace, flag_option: str, flag: str, envs: tuple[str, ...]) -> str | None:
    """Where a setting comes from, in the SDK's order: the flag, then the first non-empty variable."""
    if option(args, flag_option) is not None:
        return f"{flag} flag"
    for env in envs:
        if os.environ.get(env):
            return f"{env} environment variable"
    return None


def sources(args: argparse.Namespace, *, platform: bool) -> dict[str, str]:
    credential = (
        _source(args, "api_key", "--api-key", ("OTARI_AI_TOKEN", "GATEWAY_PLATFORM_TOKEN"))
        if platform
        else _source(args, "otari_key", "--otari-key", ("GATEWAY_API_KEY",))
    )
    base = _source(args, "base_url", "--base-url", ("GATEWAY_API_BASE",))
    admin = _source(args, "admin_key", "--admin-key", ("GATEWAY_ADMIN_KEY",))
    return {
        "credential": credential or "none",
        "base_url": base or "hosted default",
        "admin_key": admin or "none (the control plane uses the credential above)",
    }


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def _health(base_url: str, timeout: float) -> dict[str, Any]:
    """The gateway's readiness probe (no credential needed); the path comes from the generated core."""
    import httpx

    from .._calls import core_request

    path = core_request("health.health_readiness")["url"]
    start = time.perf_counter()
    try:
        response = httpx.get(base_url + path, timeout=timeout, follow_redirects=False)
    except httpx.HTTPError as exc:
        return {"ok": False, "path": path, "error": f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__}
    result: dict[str, Any] = {"ok": response.status_code == 200, "path": path, "status_code": response.status_code}
    result["rtt_ms"] = _ms(start)
    try:
        body = response.json()
    except ValueError:
        body = None
    if is_object(body):
        for name in ("status", "version", "database"):
            if body.get(name) is not None:
                result[name] = body[name]
    return result


def _root_source(root: str | None, *, pinned: bool, hosted: str) -> str:
    if root is None:
        return "not discovered (no request succeeded)"
    if not pinned:
        return "discovered"
    return "the hosted default" if hosted == "hosted default" else "pinned by the base URL"


def _probe(call: Any) -> tuple[dict[str, Any], BaseException | None]:
    start = time.perf_counter()
    try:
        value = call()
    except Exception as exc:
        return {"ok": False, "rtt_ms": _ms(start), "error": " ".join(str(exc).split())}, exc
    return {"ok": True, "rtt_ms": _ms(start), "value": value}, None


def doctor(ctx: Context, args: argparse.Namespace) -> int:
    report: dict[str, Any] = {}
    failure: BaseException | None = None
    client = ctx.client  # a configuration error ends here, with its own message and exit code 2
    report["mode"] = "platform" if client.platform_mode else "self-hosted"
    report["base_url"] = client.base_url
    report["sources"] = sources(args, platform=client.platform_mode)
    # Known before any request only when the base URL (or the hosted default) pins it.
    pinned = client.api_root is not None
    report["health"] = _health(client.base_url, option(args, "timeout") or _HEALTH_TIMEOUT)
    quick = client if option(args, "max_retries") is not None else client.with_options(max_retries=0)

    key, error = _probe(lambda: len(quick.list_models().data))
    key["check"] = "GET models"
    if key["ok"]:
        key["models"] = key.pop("value")
    failure = failure or error
    report["key"] = key
    report["api_root"] = client.api_root
    report["api_root_source"] = _root_source(report["api_root"], pinned=pinned, hosted=report["sources"]["base_url"])

    if option(args, "admin_key") is not None or os.environ.get("GATEWAY_ADMIN_KEY"):
        admin, error = _probe(lambda: len(quick.keys.list(limit=1)))
        admin.pop("value", None)
        admin["check"] = "GET keys"
        report["admin"] = admin
        failure = failure or error

    healthy = report["health"]["ok"]
    report["ok"] = failure is None and healthy
    code = Exit.OK if report["ok"] else (classify(failure)[0] if failure is not None else Exit.SERVER)
    if ctx.out.json_mode:
        ctx.out.json(report)
    else:
        _print(ctx, report)
    return code


def _verdict(check: dict[str, Any], good: str, bad: str) -> str:
    if check["ok"]:
        return f"{good} ({check['check']}, {check['rtt_ms']} ms)"
    return f"{bad} ({check['check']}, {check['rtt_ms']} ms): {check['error']}"


def _print(ctx: Context, report: dict[str, Any]) -> None:
    src = report["sources"]
    health = report["health"]
    if health["ok"]:
        details = ", ".join(f"{k} {health[k]}" for k in ("status", "version", "database") if k in health)
        gateway = f"up: {details or 'ready'} (GET {health['path']}, {health['rtt_ms']} ms)"
    elif "status_code" in health:
        gateway = f"not ready: HTTP {health['status_code']} from GET {health['path']}"
    else:
        gateway = f"unreachable: {health['error']}"
    key = report["key"]
    lines = [
        ("mode", report["mode"]),
        ("base URL", f"{report['base_url']}  (from {src['base_url']})"),
        ("API root", f"{report['api_root']} ({report['api_root_source']})" if report["api_root"] else "not discovered"),
        ("credential", src["credential"]),
        ("admin key", src["admin_key"]),
        ("gateway", gateway),
        ("key", _verdict(key, f"accepted, {key.get('models', 0)} models listed", "failed")),
    ]
    if "admin" in report:
        lines.append(("admin access", _verdict(report["admin"], "accepted", "failed")))
    lines.append(("result", "all checks passed" if report["ok"] else "problems found (see above)"))
    ctx.out.record(dict(lines))


def register(sub: Any, reg: Registry) -> None:
    reg.command(
        sub,
        "doctor",
        doctor,
        summary="check the configuration and the gateway",
        description="Show the resolved mode, base URL and API root, which flag or environment variable each "
        "credential comes from (never its value), the gateway's health and version, round-trip times, and whether "
        "the gateway accepts the key (and the admin key, when one is set). Exits non-zero when a check fails.",
        examples=["otari doctor", "otari doctor --json"],
    )
