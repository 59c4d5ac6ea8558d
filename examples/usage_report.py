"""A weekly spend report from a self-hosted gateway's usage analytics: spend per user and per model, the
busiest day, and the full breakdown downloaded as CSV.

Run: ``.venv/bin/python examples/usage_report.py [days]`` (default 7). Without environment variables it uses
the bundled mock gateway, seeded with two weeks of made-up traffic. For your own gateway set
``GATEWAY_API_BASE`` and ``GATEWAY_ADMIN_KEY`` (its master key); the script only reads. The hosted
platform shows these reports in its dashboard, so the script stops when ``OTARI_AI_TOKEN`` is set.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _env import example

from otari.params import UsageFilters
from otari.testing import MockGateway


def seed(mock: MockGateway) -> None:
    """Two weeks of traffic for three users on two models (the mock's log starts empty)."""
    now = datetime.now(UTC)
    for day in range(14):
        for hours, user, model, cost in ((1, "alice", "openai:gpt-4o", 0.42), (3, "bob", "openai:gpt-4o-mini", 0.03)):
            when = now - timedelta(days=day, hours=hours)
            mock.add_usage(
                user_id=user, model=model, prompt_tokens=1200, completion_tokens=300, cost=cost, timestamp=when
            )
        if day % 3 == 0:
            when = now - timedelta(days=day, hours=2)
            mock.add_usage(
                user_id="carol",
                model="openai:gpt-4o",
                prompt_tokens=5000,
                completion_tokens=900,
                cost=1.5,
                timestamp=when,
            )


def main() -> None:
    days = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with example("usage_report", self_hosted_only=True) as ex, ex.client() as admin:
        if ex.mock is not None:
            seed(ex.mock)
        end = datetime.now(UTC)
        # One set of filters for every call (a typed dict: mypy and pyright check the names and types).
        window: UsageFilters = {"start_date": end - timedelta(days=days), "end_date": end}

        report = admin.usage.summary(dimensions=["user", "model"], **window)
        totals = report.totals
        print(f"last {days} days: {totals.request_count} requests, {totals.total_tokens} tokens, ${totals.cost:.2f}")
        print("spend per user:")
        for row in report.by_user:
            print(f"  {row.label or row.key or '(none)':<10} {row.requests:>4} requests  ${row.cost:>7.2f}")
        print("spend per model:")
        for row in report.by_model:
            print(f"  {row.key or '(none)':<20} {row.requests:>4} requests  ${row.cost:>7.2f}")
        if report.series:
            busiest = max(report.series, key=lambda point: point.cost)
            print(f"busiest day: {busiest.bucket_start[:10]} (${busiest.cost:.2f})")

        # The same filters everywhere: the request log agrees with the totals.
        rows = sum(1 for _ in admin.usage.iter(page_size=500, **window))
        print(f"request log: {rows} rows (count endpoint: {admin.usage.count(**window).total})")

        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "usage.csv"
            with admin.usage.summary_csv_stream(**window) as body:
                written = body.write_to(target)
            lines = target.read_text(encoding="utf-8").splitlines()
            print(f"CSV: {written} bytes, {len(lines) - 1} rows, columns {lines[0]}")


if __name__ == "__main__":
    main()
