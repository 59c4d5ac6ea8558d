"""``otari batch create|status|list|cancel|wait|results``: batches over ``Otari``'s batch methods."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from typing import Any

from .._json import is_array, is_mapping, is_object
from ._args import Registry, key_text, positive_float, positive_int
from ._context import Context
from ._errors import CliError, Exit
from ._output import Column, note, when
from ._progress import Progress


def _counts(batch: Mapping[str, Any]) -> str:
    counts = batch.get("request_counts")
    if not is_mapping(counts):
        return "-"
    return f"{counts.get('completed', 0)}/{counts.get('total', 0)} done, {counts.get('failed', 0)} failed"


_FIELDS = [
    Column("id", "id"),
    Column("provider", "provider"),
    Column("status", "status"),
    Column("model", "model"),
    Column("requests", _counts),
    Column("created", "created_at", fmt=when),
    Column("completion window", "completion_window"),
    Column("metadata", "metadata"),
]
_FAILED_END = ("failed", "expired", "cancelled")


def read_requests(ctx: Context, path: str) -> list[Any]:
    """The requests of a JSONL file: ``{"custom_id": ..., "body": {...}}`` lines, or bare request bodies.

    A line without ``custom_id`` gets ``request-<line number>``, so a result can be traced to its line.
    """
    text = ctx.read_bytes(path, "requests file").decode("utf-8", errors="replace")
    requests: list[Any] = []  # plain dicts from the file; create_batch validates them
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CliError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not is_object(item):
            raise CliError(f"{path}:{number}: each line must be a JSON object (a request body)")
        if isinstance(item.get("body"), dict):
            body = item["body"]
            custom_id = item.get("custom_id")
        else:
            body = dict(item)
            custom_id = body.pop("custom_id", None)
        if custom_id is None:
            custom_id = f"request-{number}"
        if not isinstance(custom_id, str) or not custom_id:
            raise CliError(f"{path}:{number}: custom_id must be a non-empty string")
        requests.append({"custom_id": custom_id, "body": body})
    if not requests:
        raise CliError(f"{path}: no requests (one JSON object per line)")
    return requests


def create(ctx: Context, args: argparse.Namespace) -> None:
    requests = read_requests(ctx, args.requests)
    metadata = dict(args.metadata) if args.metadata else None
    batch = ctx.client.create_batch(
        model=args.model, requests=requests, completion_window=args.completion_window, metadata=metadata
    )
    ctx.out.result(batch, fields=_FIELDS)
    if not ctx.out.json_mode:
        note(f"next: otari batch wait {batch.id} --provider {batch.provider}")


def status(ctx: Context, args: argparse.Namespace) -> None:
    ctx.out.result(ctx.client.retrieve_batch(args.batch_id, provider=args.provider), fields=_FIELDS)


def cancel(ctx: Context, args: argparse.Namespace) -> None:
    ctx.out.result(ctx.client.cancel_batch(args.batch_id, provider=args.provider), fields=_FIELDS)


_COLUMNS = [
    Column("ID", "id", shrink=False),
    Column("STATUS", "status", shrink=False),
    Column("MODEL", "model"),
    Column("REQUESTS", _counts),
    Column("CREATED", "created_at", fmt=when),
]


def list_(ctx: Context, args: argparse.Namespace) -> None:
    found = ctx.client.list_batches(provider=args.provider, after=args.after, limit=args.limit)
    ctx.out.result(found, columns=_COLUMNS, empty="(no batches)")


def _describe(batch: Any) -> str:
    data = batch.to_dict()
    return f"{data.get('id')}  {data.get('status')}  {_counts(data)}"


def wait(ctx: Context, args: argparse.Namespace) -> int:
    limit = {} if args.max_wait is None else {"timeout": args.max_wait}
    progress = Progress()
    try:
        batch = ctx.client.wait_for_batch(
            args.batch_id,
            provider=args.provider,
            poll_interval=args.interval,
            on_poll=lambda polled: progress.update(_describe(polled)),
            **limit,
        )
    finally:
        progress.close()
    ctx.out.result(batch, fields=_FIELDS)
    if batch.status in _FAILED_END:
        note(f"otari: batch {batch.id} ended {batch.status}")
        return Exit.FAILED
    return Exit.OK


def results(ctx: Context, args: argparse.Namespace) -> None:
    found = ctx.client.retrieve_batch_results(args.batch_id, provider=args.provider)
    items = [item.to_dict() for item in found.results]
    if args.output:
        lines = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
        ctx.write_bytes(args.output, lines.encode("utf-8"), "results file")
        failed = sum(1 for item in items if item.get("error"))
        if ctx.out.json_mode:
            ctx.out.json({"file": args.output, "results": len(items), "errors": failed})
        elif args.output != "-":
            note(f"wrote {len(items)} results to {args.output} ({failed} with errors)")
        return
    ctx.out.result(
        items,
        columns=[
            Column("CUSTOM ID", "custom_id", shrink=False),
            Column("OUTCOME", lambda r: "error" if r.get("error") else "ok", shrink=False),
            Column("TEXT", _result_text),
        ],
        empty="(no results)",
    )


def _result_text(item: Mapping[str, Any]) -> str:
    error = item.get("error")
    if is_mapping(error):
        return str(error.get("message") or error)
    result = item.get("result")
    choices = result.get("choices") if is_mapping(result) else None
    if is_array(choices) and choices and is_mapping(choices[0]):
        message = choices[0].get("message")
        if is_mapping(message):
            return str(message.get("content") or "")
    return ""


def _batch_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("batch_id", metavar="BATCH_ID", help="the batch id printed by 'otari batch create'")
    _provider(parser)


def _provider(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-p", "--provider", required=True, metavar="NAME", help="the provider running it (printed at creation)"
    )


def register(sub: Any, reg: Registry) -> None:
    batch = reg.group(
        sub,
        "batch",
        summary="run chat requests as a batch",
        description="Submit many chat requests at once and collect their results when the provider is done.",
    )
    p = reg.command(
        batch,
        "create",
        create,
        summary="submit a JSONL file of requests",
        description="Submit a batch (POST /v1/batches). REQUESTS is a JSON Lines file: each line a request body "
        '({"messages": [...]}) or {"custom_id": "...", "body": {...}}; a line without custom_id gets '
        "request-<line number>.",
        examples=["otari batch create openai:gpt-4o-mini requests.jsonl --metadata team=search"],
    )
    p.add_argument("model", metavar="MODEL", help="provider:model every request runs on")
    p.add_argument("requests", metavar="REQUESTS", help="the JSON Lines file ('-': standard input)")
    p.add_argument("--completion-window", default="24h", metavar="WINDOW", help="how long it may take (default 24h)")
    p.add_argument("--metadata", action="append", type=key_text, metavar="KEY=VALUE", help="a label (repeatable)")

    p = reg.command(
        batch,
        "status",
        status,
        summary="show a batch's status and counts",
        description="Show a batch's current status and request counts (GET /v1/batches/{id}).",
        examples=["otari batch status batch_abc123 --provider openai"],
    )
    _batch_id(p)

    p = reg.command(
        batch,
        "list",
        list_,
        summary="list a provider's batches",
        description="List a provider's batches, newest first (GET /v1/batches).",
        examples=["otari batch list --provider openai --limit 10"],
    )
    _provider(p)
    p.add_argument("--after", metavar="BATCH_ID", help="start after this batch (the last id of the previous page)")
    p.add_argument("--limit", type=positive_int, metavar="N", help="at most N batches")

    p = reg.command(
        batch,
        "cancel",
        cancel,
        summary="cancel a running batch",
        description="Ask the provider to cancel a batch (POST /v1/batches/{id}/cancel).",
        examples=["otari batch cancel batch_abc123 --provider openai"],
    )
    _batch_id(p)

    p = reg.command(
        batch,
        "wait",
        wait,
        summary="wait until a batch finishes, showing progress",
        description="Poll a batch until it is completed, failed, expired or cancelled, showing completed/failed/"
        "total and the elapsed time (a live line on a terminal, one line per poll otherwise). Exits 1 when the "
        "batch ends failed, expired or cancelled.",
        examples=[
            "otari batch wait batch_abc123 --provider openai",
            "otari batch wait batch_abc123 -p openai --interval 30 && otari batch results batch_abc123 -p openai",
        ],
    )
    _batch_id(p)
    p.add_argument("--interval", type=positive_float, default=5.0, metavar="SECONDS", help="between polls (default 5)")
    p.add_argument("--max-wait", type=positive_float, metavar="SECONDS", help="give up after this long (default 24 h)")

    p = reg.command(
        batch,
        "results",
        results,
        summary="fetch a finished batch's results",
        description="Fetch the per-request results of a finished batch (GET /v1/batches/{id}/results): a table, "
        "or with -o a JSON Lines file of {custom_id, result, error}.",
        examples=["otari batch results batch_abc123 --provider openai -o results.jsonl"],
    )
    _batch_id(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write JSON Lines to FILE ('-': standard output)")
