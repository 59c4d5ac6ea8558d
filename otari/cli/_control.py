"""Control-plane commands: ``keys``, ``users``, ``budgets``, ``pricing``, ``usage``.

Each subcommand is one call on ``client.<resource>``; options are declared as :class:`Field` rows that
become that call's keyword arguments when given, so the SDK validates them and names what is wrong.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from ._args import Field, Registry, add_fields, collect_fields, iso_time, non_negative_int, positive_int
from ._context import Context
from ._errors import CliError
from ._output import Column, note, when

Run = Callable[[Context, argparse.Namespace], None]

PAGING = [
    Field("--skip", "skip", "skip the first N", type=non_negative_int, metavar="N"),
    Field("--limit", "limit", "at most N", type=positive_int, metavar="N"),
]

# --- keys ----------------------------------------------------------------------------------------------

KEY_COLUMNS = [
    Column("ID", "id", shrink=False),
    Column("NAME", "key_name"),
    Column("PREFIX", "key_prefix"),
    Column("USER", "user_id"),
    Column("ACTIVE", "is_active", shrink=False),
    Column("EXPIRES", "expires_at", fmt=when),
    Column("LAST USED", "last_used_at", fmt=when),
    Column("CREATED", "created_at", fmt=when),
]
KEY_WRITE = [
    Field("--name", "key_name", "a name for the key", metavar="NAME"),
    Field("--expires-at", "expires_at", "expiry, ISO 8601 (e.g. 2027-01-01T00:00:00Z)", type=iso_time, metavar="WHEN"),
    Field("--allowed-model", "allowed_models", "restrict to this model (repeatable)", many=True, metavar="MODEL"),
    Field("--metadata", "metadata", "a label (repeatable)", pairs=True),
    Field("--exclude-from-budget", "exclude_from_budget", "do not count its spend against a budget", switch=True),
]
KEY_CREATE = [Field("--user", "user_id", "the user it belongs to", metavar="USER_ID"), *KEY_WRITE]
KEY_UPDATE = [*KEY_WRITE, Field("--active", "is_active", "enable or disable the key", switch=True)]

# --- users ---------------------------------------------------------------------------------------------

USER_COLUMNS = [
    Column("USER", "user_id", shrink=False),
    Column("ALIAS", "alias"),
    Column("BUDGET", "budget_id"),
    Column("SPEND", "spend", right=True),
    Column("BLOCKED", "blocked", shrink=False),
    Column("CREATED", "created_at", fmt=when),
]
USER_WRITE = [
    Field("--alias", "alias", "a display name", metavar="NAME"),
    Field("--budget", "budget_id", "the budget that limits the user's spend", metavar="BUDGET_ID"),
    Field("--allowed-model", "allowed_models", "restrict to this model (repeatable)", many=True, metavar="MODEL"),
    Field("--blocked", "blocked", "block or unblock the user's requests", switch=True),
    Field("--metadata", "metadata", "a label (repeatable)", pairs=True),
]
USAGE_LOG_COLUMNS = [
    Column("TIME", "timestamp", fmt=when, shrink=False),
    Column("MODEL", "model"),
    Column("STATUS", "status", shrink=False),
    Column("TOKENS", "total_tokens", right=True),
    Column("COST", "cost", right=True),
    Column("LATENCY MS", "latency_ms", right=True),
    Column("ENDPOINT", "endpoint"),
    Column("USER", "user_id"),
]

# --- budgets -------------------------------------------------------------------------------------------

BUDGET_COLUMNS = [
    Column("ID", "budget_id", shrink=False),
    Column("NAME", "name"),
    Column("MAX", "max_budget", right=True),
    Column("PERIOD S", "budget_duration_sec", right=True),
    Column("USERS", "user_count", right=True),
    Column("SPEND", "total_spend", right=True),
    Column("CREATED", "created_at", fmt=when),
]
BUDGET_WRITE = [
    Field("--name", "name", "a name", metavar="NAME"),
    Field("--max", "max_budget", "the spending limit, in the gateway's currency", type=float, metavar="AMOUNT"),
    Field(
        "--period",
        "budget_duration_sec",
        "reset every N seconds (e.g. 2592000 = 30 days)",
        type=positive_int,
        metavar="SECONDS",
    ),
    Field("--reset-alignment", "reset_alignment", "align resets to calendar boundaries (e.g. monthly)", metavar="A"),
]

# --- pricing -------------------------------------------------------------------------------------------

PRICE_COLUMNS = [
    Column("MODEL", "model_key", shrink=False),
    Column("INPUT $/M", "input_price_per_million", right=True),
    Column("OUTPUT $/M", "output_price_per_million", right=True),
    Column("CACHE READ $/M", "cache_read_price_per_million", right=True),
    Column("EFFECTIVE", "effective_at", fmt=when),
]
PRICE_SET = [
    Field(
        "--input",
        "input_price_per_million",
        "price per million input tokens",
        type=float,
        metavar="PRICE",
        required=True,
    ),
    Field(
        "--output",
        "output_price_per_million",
        "price per million output tokens",
        type=float,
        metavar="PRICE",
        required=True,
    ),
    Field(
        "--cache-read",
        "cache_read_price_per_million",
        "price per million cached input tokens read",
        type=float,
        metavar="PRICE",
    ),
    Field(
        "--cache-write",
        "cache_write_price_per_million",
        "price per million tokens written to the cache",
        type=float,
        metavar="PRICE",
    ),
    Field(
        "--effective-at",
        "effective_at",
        "when this price starts, ISO 8601 (default: now)",
        type=iso_time,
        metavar="WHEN",
    ),
]

# --- usage ---------------------------------------------------------------------------------------------

USAGE_FILTERS = [
    Field("--start", "start_date", "from this time, ISO 8601 date or datetime", type=iso_time, metavar="WHEN"),
    Field("--end", "end_date", "until this time, ISO 8601", type=iso_time, metavar="WHEN"),
    Field("--user", "user_id", "only this user (repeatable)", many=True, metavar="USER_ID"),
    Field("--model", "model", "only this model (repeatable)", many=True, metavar="MODEL"),
    Field("--api-key-id", "api_key_id", "only this key id (repeatable)", many=True, metavar="KEY_ID"),
    Field("--request-group-id", "request_group_id", "only this request group (repeatable)", many=True, metavar="ID"),
    Field("--status", "status", "success or error", metavar="STATUS"),
    Field("--status-code", "status_code", "only this HTTP status", type=int, metavar="CODE"),
    Field("--endpoint", "endpoint", "only this endpoint, e.g. /v1/chat/completions", metavar="PATH"),
    Field("--provider", "provider", "only this provider", metavar="NAME"),
    Field("--source", "source", "only this source", metavar="SOURCE"),
    Field("--source-label", "source_label", "only this source label", metavar="LABEL"),
    Field("--tool", "tool", "only requests that used this tool", metavar="NAME"),
    Field("--priced", "priced", "only priced (or with --no-priced, unpriced) requests", switch=True),
    Field(
        "--counts-toward-budget",
        "counts_toward_budget",
        "only requests that count (or not) toward a budget",
        switch=True,
    ),
    Field("--workspace-id", "workspace_id", "only this workspace", metavar="UUID"),
    *PAGING,
]


# --- handlers ------------------------------------------------------------------------------------------


def _listing(resource: str, columns: Sequence[Column], fields: Sequence[Field], what: str) -> Run:
    def run(ctx: Context, args: argparse.Namespace) -> None:
        given = collect_fields(args, fields)
        endpoint = getattr(ctx.client, resource)
        if not args.all:
            ctx.out.result(endpoint.list(**given), columns=columns, empty=f"(no {what})")
            return
        if "skip" in given:
            raise CliError("--all starts at the first page: leave out --skip")
        if "limit" in given:
            given["page_size"] = given.pop("limit")
        pages = endpoint.iter(**given)
        if ctx.out.json_mode:
            # JSON Lines as the pages arrive: a long log starts flowing at once.
            ctx.out.json_lines(pages)
        else:
            ctx.out.result(list(pages), columns=columns, empty=f"(no {what})")

    return run


def _add_listing(parser: argparse.ArgumentParser, fields: Sequence[Field]) -> None:
    add_fields(parser, fields)
    parser.add_argument(
        "--all", action="store_true", help="fetch every page, not just the first (--limit sets the page size)"
    )


def _getter(resource: str, method: str = "get", **kwargs_of: str) -> Run:
    def run(ctx: Context, args: argparse.Namespace) -> None:
        extra = {kwarg: getattr(args, dest) for kwarg, dest in kwargs_of.items() if getattr(args, dest) is not None}
        ctx.out.result(getattr(getattr(ctx.client, resource), method)(args.id, **extra))

    return run


def _creator(resource: str, fields: Sequence[Field], *, id_kwarg: str | None = None) -> Run:
    def run(ctx: Context, args: argparse.Namespace) -> None:
        given = collect_fields(args, fields)
        if id_kwarg is not None:
            given[id_kwarg] = args.id
        created = getattr(ctx.client, resource).create(**given)
        _print_secret_or_record(ctx, created)

    return run


def _updater(resource: str, fields: Sequence[Field]) -> Run:
    def run(ctx: Context, args: argparse.Namespace) -> None:
        given = collect_fields(args, fields)
        if not given:
            flags = ", ".join(f.flag for f in fields)
            raise CliError(f"nothing to update: give at least one of {flags}")
        ctx.out.result(getattr(ctx.client, resource).update(args.id, **given))

    return run


def _deleter(resource: str, what: str, **kwargs_of: str) -> Run:
    def run(ctx: Context, args: argparse.Namespace) -> None:
        extra = {kwarg: getattr(args, dest) for kwarg, dest in kwargs_of.items() if getattr(args, dest) is not None}
        getattr(ctx.client, resource).delete(args.id, **extra)
        if ctx.out.json_mode:
            ctx.out.json({"id": args.id, "deleted": True})
        else:
            ctx.out.line(f"deleted {what} {args.id}")

    return run


def _print_secret_or_record(ctx: Context, created: Any) -> None:
    """A created or rotated key shows its secret here, once; other objects print as records."""
    ctx.out.result(created)
    if not ctx.out.json_mode and getattr(created, "key", None):
        note("store the key now: the gateway will not show it again")


def _rotate(ctx: Context, args: argparse.Namespace) -> None:
    _print_secret_or_record(ctx, ctx.client.keys.rotate(args.id))


def _user_usage(ctx: Context, args: argparse.Namespace) -> None:
    found = ctx.client.users.usage(args.id, **collect_fields(args, PAGING))
    ctx.out.result(found, columns=USAGE_LOG_COLUMNS, empty="(no requests logged)")


def _price_set(ctx: Context, args: argparse.Namespace) -> None:
    ctx.out.result(ctx.client.pricing.set(model_key=args.id, **collect_fields(args, PRICE_SET)))


def _price_history(ctx: Context, args: argparse.Namespace) -> None:
    ctx.out.result(ctx.client.pricing.history(args.id), columns=PRICE_COLUMNS, empty="(no prices)")


# --- registration --------------------------------------------------------------------------------------


def _id(parser: argparse.ArgumentParser, metavar: str, help: str) -> argparse.ArgumentParser:
    parser.add_argument("id", metavar=metavar, help=help)
    return parser


def _crud(
    sub: Any,
    reg: Registry,
    *,
    resource: str,
    what: str,
    id_metavar: str,
    columns: Sequence[Column],
    create: Sequence[Field],
    update: Sequence[Field],
    list_fields: Sequence[Field],
    create_needs_id: bool,
    create_example: str,
    update_example: str,
    create_note: str = "",
) -> Any:
    """list/get/create/update/delete for one resource: the same five commands, each with its own text."""
    group = reg.group(
        sub,
        resource,
        summary=f"manage {what}s (control plane, master key)",
        description=f"Manage the gateway's {what}s (/v1/{resource}). These calls authenticate with "
        "GATEWAY_ADMIN_KEY (--admin-key), else the gateway key.",
    )
    p = reg.command(
        group,
        "list",
        _listing(resource, columns, list_fields, f"{what}s"),
        summary=f"list {what}s",
        description=f"List {what}s (GET /v1/{resource}) as a table; --json prints one {what} per line.",
        examples=[f"otari {resource} list --limit 20"],
    )
    _add_listing(p, list_fields)
    p = reg.command(
        group,
        "get",
        _getter(resource),
        summary=f"show one {what}",
        description=f"Show one {what} (GET /v1/{resource}/{{id}}).",
        examples=[f"otari {resource} get {id_metavar}"],
    )
    _id(p, id_metavar, f"the {what}'s id")
    p = reg.command(
        group,
        "create",
        _creator(resource, create, id_kwarg="user_id" if create_needs_id else None),
        summary=f"create a {what}",
        description=f"Create a {what} (POST /v1/{resource}).{create_note}",
        examples=[create_example],
    )
    if create_needs_id:
        _id(p, id_metavar, f"the new {what}'s id")
    add_fields(p, create)
    p = reg.command(
        group,
        "update",
        _updater(resource, update),
        summary=f"change a {what}",
        description=f"Change a {what} (PATCH /v1/{resource}/{{id}}); only the options given are changed.",
        examples=[update_example],
    )
    _id(p, id_metavar, f"the {what}'s id")
    add_fields(p, update)
    p = reg.command(
        group,
        "delete",
        _deleter(resource, what),
        summary=f"delete a {what}",
        description=f"Delete a {what} (DELETE /v1/{resource}/{{id}}).",
        examples=[f"otari {resource} delete {id_metavar}"],
    )
    _id(p, id_metavar, f"the {what}'s id")
    return group


def register(sub: Any, reg: Registry) -> None:
    keys = _crud(
        sub,
        reg,
        resource="keys",
        what="key",
        id_metavar="KEY_ID",
        columns=KEY_COLUMNS,
        create=KEY_CREATE,
        update=KEY_UPDATE,
        list_fields=[*PAGING, Field("--workspace-id", "workspace_id", "only this workspace", metavar="UUID")],
        create_needs_id=False,
        create_example="otari keys create --name ci --user alice --allowed-model openai:gpt-4o-mini",
        update_example="otari keys update KEY_ID --no-active",
        create_note=" The new key's secret is printed this once: store it.",
    )
    p = reg.command(
        keys,
        "rotate",
        _rotate,
        summary="issue a new secret for a key",
        description="Issue a new secret for a key (POST /v1/keys/{id}/rotate); the old secret stops working. "
        "The new secret is printed once.",
        examples=["otari keys rotate KEY_ID"],
    )
    _id(p, "KEY_ID", "the key's id")

    users = _crud(
        sub,
        reg,
        resource="users",
        what="user",
        id_metavar="USER_ID",
        columns=USER_COLUMNS,
        create=USER_WRITE,
        update=USER_WRITE,
        list_fields=PAGING,
        create_needs_id=True,
        create_example="otari users create alice --alias 'Alice' --budget BUDGET_ID",
        update_example="otari users update alice --blocked",
    )
    p = reg.command(
        users,
        "usage",
        _user_usage,
        summary="show a user's request log",
        description="Show one user's logged requests, newest first (GET /v1/users/{id}/usage).",
        examples=["otari users usage alice --limit 50"],
    )
    _id(p, "USER_ID", "the user's id")
    add_fields(p, PAGING)

    _crud(
        sub,
        reg,
        resource="budgets",
        what="budget",
        id_metavar="BUDGET_ID",
        columns=BUDGET_COLUMNS,
        create=BUDGET_WRITE,
        update=BUDGET_WRITE,
        list_fields=PAGING,
        create_needs_id=False,
        create_example="otari budgets create --name team --max 100 --period 2592000",
        update_example="otari budgets update BUDGET_ID --max 250",
    )

    pricing = reg.group(
        sub,
        "pricing",
        summary="manage model prices (control plane, master key)",
        description="Manage per-model prices (/v1/pricing), per million tokens; each set adds a version.",
    )
    p = reg.command(
        pricing,
        "list",
        _listing("pricing", PRICE_COLUMNS, PAGING, "prices"),
        summary="list prices",
        description="List the current and past prices of every model (GET /v1/pricing).",
        examples=["otari pricing list", "otari pricing list --all --json"],
    )
    _add_listing(p, PAGING)
    p = reg.command(
        pricing,
        "get",
        _getter("pricing", as_of="as_of"),
        summary="show a model's price",
        description="Show a model's price now, or in effect at --as-of (GET /v1/pricing/{model_key}).",
        examples=["otari pricing get openai:gpt-4o-mini --as-of 2026-01-01"],
    )
    _id(p, "MODEL_KEY", "provider:model")
    p.add_argument("--as-of", type=iso_time, metavar="WHEN", help="the price in effect at this time, ISO 8601")
    p = reg.command(
        pricing,
        "set",
        _price_set,
        summary="set a model's price",
        description="Set a model's price per million tokens (POST /v1/pricing); effective now or at --effective-at.",
        examples=["otari pricing set openai:gpt-4o-mini --input 0.15 --output 0.6"],
    )
    _id(p, "MODEL_KEY", "provider:model")
    add_fields(p, PRICE_SET)
    p = reg.command(
        pricing,
        "history",
        _price_history,
        summary="show every price version of a model",
        description="Show every price version of a model, newest first (GET /v1/pricing/{model_key}/history).",
        examples=["otari pricing history openai:gpt-4o-mini"],
    )
    _id(p, "MODEL_KEY", "provider:model")
    p = reg.command(
        pricing,
        "delete",
        _deleter("pricing", "pricing of", effective_at="effective_at"),
        summary="delete a model's pricing",
        description="Delete a model's pricing (DELETE /v1/pricing/{model_key}), or only the version that starts at "
        "--effective-at.",
        examples=["otari pricing delete openai:gpt-4o-mini"],
    )
    _id(p, "MODEL_KEY", "provider:model")
    p.add_argument(
        "--effective-at", type=iso_time, metavar="WHEN", help="delete only the version starting at this time"
    )

    usage = reg.group(
        sub,
        "usage",
        summary="the gateway's request log (control plane, master key)",
        description="Read the gateway's request log (/v1/usage).",
    )
    p = reg.command(
        usage,
        "list",
        _listing("usage", USAGE_LOG_COLUMNS, USAGE_FILTERS, "requests logged"),
        summary="list logged requests, with filters",
        description="List logged requests, newest first (GET /v1/usage), filtered by the options given.",
        examples=["otari usage list --start 2026-11-01 --model openai:gpt-4o-mini --status error --limit 20"],
    )
    _add_listing(p, USAGE_FILTERS)
