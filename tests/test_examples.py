"""Every script in ``examples/`` runs as a user would run it, against its own fallback (the bundled mock
gateway), and prints what it promises. Also: the environment selection shared by all of them
(``examples/_env.py``) really follows ``OTARI_AI_TOKEN`` / ``GATEWAY_API_BASE``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from otari.testing import MockGateway

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
MOCK_LINE = re.compile(r"^Using the bundled mock gateway at http://127\.0\.0\.1:\d+ ")


def _run(script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``examples/<script>`` in a fresh interpreter with no gateway settings but ``env``."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("OTARI_", "GATEWAY_"))}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**environ, **env},
        timeout=120,
    )


def _ok(script: str, root: str, *args: str) -> list[str]:
    """Run ``script`` against the bundled mock playing the gateway generation whose API is under ``root``."""
    done = _run(script, *args, OTARI_EXAMPLE_MOCK_API_ROOT=root)
    assert done.returncode == 0, done.stdout + done.stderr
    # No traceback, no "Unclosed client session" or other warning: the examples clean up after themselves.
    assert done.stderr == "", done.stderr
    lines = done.stdout.splitlines()
    assert MOCK_LINE.match(lines[0]) and f"(API under {root};" in lines[0], lines[0]
    return lines


# Every example runs against both gateway generations (`make demo MOCK_API_ROOT=/v1` for the older one).
each_root = pytest.mark.parametrize("root", ["/api/v1", "/v1"])


def test_every_example_is_tested() -> None:
    scripts = {path.name for path in EXAMPLES.glob("*.py") if not path.name.startswith("_")}
    tested = {
        "quickstart.py",
        "streaming.py",
        "tool_calls.py",
        "async_fanout.py",
        "batches.py",
        "control_plane.py",
        "usage_report.py",
    }
    assert scripts == tested


@each_root
def test_quickstart(root: str) -> None:
    out = "\n".join(_ok("quickstart.py", root))
    assert "1. completion (fake-model):\n   Echo: Say hello to a new otari user in one short sentence." in out
    assert "2. streamed completion:\n   Echo: Count from one to five in words.\n" in out
    assert re.search(r"3\. embedding: \d+ dimensions from fake-embed", out)
    assert "4. typed error, billing: InsufficientFundsError (HTTP 402) for 'openai:unpriced-model'" in out
    assert "No pricing is configured for model 'openai:unpriced-model'" in out


@each_root
def test_streaming(root: str) -> None:
    out = "\n".join(_ok("streaming.py", root, "stream", "these", "words"))
    assert "> stream these words\n\nEcho: stream these words\n" in out
    assert re.search(r"\n\d+ chunks in \d+\.\d+ s, first token after \d+ ms\n", out)
    assert re.search(r"usage: \d+ prompt \+ \d+ completion tokens", out)


@each_root
def test_tool_calls(root: str) -> None:
    out = "\n".join(_ok("tool_calls.py", root))
    assert "finish_reason='tool_calls', 1 tool call(s)" in out
    # final_completion() joined the argument fragments into valid JSON, and the tool ran on them.
    assert re.search(r'tool call \S+: count_words\(\{"text": "How many words .*"\}\) -> \{"words": 19\}', out)
    assert "final answer: Echo: How many words are in the sentence" in out


@each_root
def test_async_fanout(root: str) -> None:
    lines = _ok("async_fanout.py", root, "30")
    assert re.match(r"30 questions, at most 50 in flight, (aiohttp|httpx) transport", lines[1])
    assert "  1: Echo: Give one fun fact about the number 1, in ten words." in lines
    assert re.match(r"30 answers, 0 failures in \d+\.\d+ s", lines[-1])


@each_root
def test_batches(root: str) -> None:
    out = "\n".join(_ok("batches.py", root))
    assert re.search(r"created batch \S+ on provider 'openai': validating", out)
    assert re.search(r"batch \S+ is completed \(3 of 3 requests succeeded\)", out)
    for custom_id, country in (("capital-fr", "France"), ("capital-jp", "Japan"), ("capital-br", "Brazil")):
        assert f"  {custom_id}: Echo: What is the capital of {country}? One word." in out


@each_root
def test_control_plane(root: str) -> None:
    out = "\n".join(_ok("control_plane.py", root))
    user = re.search(r"user (otari-example-[0-9a-f]{6}) \(Example user\)", out)
    assert user, out
    assert f"as {user.group(1)}: Echo: Hello!" in out  # the rotated key works for inference
    assert "usage: fake-model success" in out  # ... and that call shows in the user's usage
    assert out.endswith(
        "deleted the example price\ndeleted the example key\ndeleted the example user\ndeleted the example budget"
    )
    assert "gw-" not in out.replace("prefix gw-", "")  # no secret printed, only prefixes


@each_root
def test_usage_report(root: str) -> None:
    out = "\n".join(_ok("usage_report.py", root))
    # The mock's two weeks: 7 days hold 7 rows for alice and for bob, 3 for carol.
    assert "last 7 days: 17 requests, 38700 tokens, $7.65" in out
    assert "  carol         3 requests  $   4.50" in out
    assert "  alice         7 requests  $   2.94" in out
    assert "  gpt-4o-mini             7 requests  $   0.21" in out
    assert re.search(r"busiest day: \d{4}-\d{2}-\d{2} \(\$\d+\.\d{2}\)", out)
    assert "request log: 17 rows (count endpoint: 17)" in out
    assert re.search(r"CSV: \d+ bytes, 10 rows, columns dimension,key,label,requests,tokens,cost", out)
    assert "14 days" not in out
    assert "\n".join(_ok("usage_report.py", root, "14")).count("last 14 days: 33 requests") == 1


def test_control_plane_refuses_the_hosted_platform() -> None:
    done = _run("control_plane.py", OTARI_AI_TOKEN="tk_example")
    assert done.returncode == 1
    assert "administers a self-hosted gateway" in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("env", "first_line", "auth"),
    [
        ({"GATEWAY_API_KEY": "gw-selfhosted"}, "Using your self-hosted gateway at {url}", "otari-key"),
        ({"OTARI_AI_TOKEN": "tk_platform"}, "Using the hosted otari platform at {url}", "authorization"),
    ],
)
def test_examples_follow_the_environment(env: dict[str, str], first_line: str, auth: str) -> None:
    with MockGateway() as gateway:  # stands in for the real gateway the variables point at
        done = _run("streaming.py", "hi", GATEWAY_API_BASE=gateway.url, **env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[0].startswith(first_line.format(url=gateway.url))
        assert "Echo: hi" in done.stdout
        sent = gateway.last_request.headers.get(auth)
    assert sent == f"Bearer {next(iter(env.values()))}"
