"""The ``otari`` command line, run as the installed console script in a subprocess against MockGateway.

Every test talks to the mock on loopback only. The CLI's environment is cleared of real credentials and
points at the mock (``GATEWAY_API_BASE`` / ``GATEWAY_API_KEY``), exactly as a user's shell would.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from otari.testing import MockGateway

OTARI = Path(sys.executable).with_name("otari")
KEY = "gw-test-key-9f8e7d"
MODEL = "openai:fake-model"
API_ROOTS = ("/api/v1", "/v1")


@pytest.fixture(params=API_ROOTS, ids=lambda root: root.strip("/").replace("/", "-"))
def root(request: pytest.FixtureRequest) -> str:
    """Both gateway generations: the API under ``/api/v1`` (current) or ``/v1`` (up to August 2026)."""
    value: str = request.param
    return value


@pytest.fixture
def gw(root: str) -> Iterator[MockGateway]:
    """A mock of that generation; the CLI is given its bare URL, so the SDK discovers the root."""
    with MockGateway(api_root=root) as gateway:
        yield gateway


def _env(gw: MockGateway | None, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTARI_", "GATEWAY_")) and k not in ("COLUMNS",)}
    if gw is not None:
        env.update(GATEWAY_API_BASE=gw.url, GATEWAY_API_KEY=KEY)
    env.update(extra or {})
    return env


def otari(
    gw: MockGateway | None,
    *args: str,
    stdin: str | bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the console script; stdin is closed (not a terminal) unless given."""
    data = stdin.decode() if isinstance(stdin, bytes) else stdin
    return subprocess.run(
        [str(OTARI), *args],
        input=data if data is not None else "",
        capture_output=True,
        text=True,
        env=_env(gw, env),
        cwd=cwd,
        timeout=60,
    )


@contextlib.contextmanager
def spawned(gw: MockGateway, *args: str, stderr: int = subprocess.PIPE) -> Iterator[subprocess.Popen[bytes]]:
    """The console script running in the background (killed on the way out if still alive)."""
    proc = subprocess.Popen([str(OTARI), *args], stdout=subprocess.PIPE, stderr=stderr, env=_env(gw))
    try:
        yield proc
    finally:
        proc.kill()
        proc.communicate()


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"exit {done.returncode}\nstdout: {done.stdout}\nstderr: {done.stderr}"
    return done.stdout


def json_lines(text: str) -> list[Any]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a failed run (no traceback)."""
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert "Traceback" not in done.stderr, done.stderr
    assert len(lines) == 1 and lines[0].startswith("otari: error: "), done.stderr
    return lines[0]


def test_console_script_is_installed() -> None:
    assert OTARI.exists(), f"{OTARI} missing: run `make venv` so pyproject's [project.scripts] is installed"


def test_version_from_the_script_and_from_python_m() -> None:
    import otari as sdk

    script = ok(otari(None, "--version"))
    module = subprocess.run(
        [sys.executable, "-m", "otari", "--version"], capture_output=True, text=True, env=_env(None), timeout=60
    )
    assert module.returncode == 0, module.stderr
    assert script == module.stdout
    assert script.startswith(f"otari {sdk.__version__} (gateway spec ")


# --- chat ----------------------------------------------------------------------------------------------


def test_chat_streams_by_default(gw: MockGateway, root: str) -> None:
    out = ok(otari(gw, "chat", MODEL, "hello there"))
    assert out == "Echo: hello there\n"
    sent = gw.last_request
    assert sent.path == f"{root}/chat/completions" and sent.json()["stream"] is True
    assert sent.headers["otari-key"] == f"Bearer {KEY}"


def test_chat_prints_tokens_before_the_stream_ends(gw: MockGateway) -> None:
    # The answer stalls after its first words: they must already be on the terminal by then.
    gw.queue_stall_stream(after=3, seconds=3.0)
    with spawned(gw, "chat", MODEL, "slowly") as proc:
        first = _read_until(proc, b"Echo:", within=20)
        assert b"Echo:" in first
        assert proc.poll() is None  # still streaming
        out, _ = proc.communicate(timeout=30)
    assert (first + out).decode() == "Echo: slowly\n" and proc.returncode == 0


def test_chat_without_stream_and_json_prints_the_completion(gw: MockGateway) -> None:
    [completion] = json_lines(ok(otari(gw, "chat", MODEL, "hi", "--no-stream", "--json")))
    assert completion["object"] == "chat.completion"
    assert completion["choices"][0]["message"]["content"] == "Echo: hi"
    assert "stream" not in gw.last_request.json()


def test_chat_stream_json_is_one_chunk_per_line(gw: MockGateway) -> None:
    chunks = json_lines(ok(otari(gw, "--json", "chat", MODEL, "two words")))
    assert len(chunks) > 2 and {c["object"] for c in chunks} == {"chat.completion.chunk"}
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == "Echo: two words"


def test_chat_messages_system_and_params_in_order(gw: MockGateway) -> None:
    args = ["chat", MODEL, "last", "--system", "be brief", "-m", "user:first", "-m", "assistant:reply"]
    ok(otari(gw, *args, "--temperature", "0.2", "--param", "seed=7", "--param", 'stop=["x"]', "--no-stream"))
    body = gw.last_request.json()
    assert body["messages"] == [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "reply"},
        {"role": "user", "content": "last"},
    ]
    assert (body["temperature"], body["seed"], body["stop"]) == (0.2, 7, ["x"])


def test_chat_reads_the_prompt_from_stdin(gw: MockGateway) -> None:
    out = ok(otari(gw, "chat", MODEL, "-", stdin="piped prompt\n"))
    assert out == "Echo: piped prompt\n"
    assert gw.last_request.json()["messages"] == [{"role": "user", "content": "piped prompt"}]


def test_chat_without_any_prompt_is_a_usage_error_and_sends_nothing(gw: MockGateway) -> None:
    done = otari(gw, "chat", MODEL)
    assert done.returncode == 2
    assert "PROMPT" in one_error_line(done)
    assert gw.requests == []


# --- the other inference commands ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected", "path"),
    [
        (["responses", MODEL, "resp"], "Echo: resp\n", "/responses"),
        (["responses", MODEL, "resp", "--no-stream"], "Echo: resp\n", "/responses"),
        (["messages", MODEL, "msg"], "Echo: msg\n", "/messages"),
        (["messages", MODEL, "msg", "--no-stream"], "Echo: msg\n", "/messages"),
        (["tokens", MODEL, "count these four"], "8\n", "/messages/count_tokens"),  # 16 chars // 4 + 3 + 1
    ],
)
def test_text_commands(gw: MockGateway, args: list[str], expected: str, path: str) -> None:
    assert ok(otari(gw, *args)) == expected
    assert gw.last_request.path.endswith(path)


def test_messages_sends_system_as_the_top_level_field(gw: MockGateway) -> None:
    ok(otari(gw, "messages", MODEL, "q", "--system", "sys", "--max-tokens", "50", "--no-stream"))
    body = gw.last_request.json()
    assert body["system"] == "sys" and body["max_tokens"] == 50
    assert body["messages"] == [{"role": "user", "content": "q"}]


def test_embed_table_and_json(gw: MockGateway) -> None:
    lines = ok(otari(gw, "embed", "openai:fake-embed", "first", "second")).splitlines()
    assert lines[0].split() == ["INDEX", "DIMENSIONS", "VECTOR"]
    assert [line.split()[:2] for line in lines[1:]] == [["0", "8"], ["1", "8"]]
    [result] = json_lines(ok(otari(gw, "embed", "openai:fake-embed", "-", "--json", stdin="a\n\nb\nc\n")))
    assert len(result["data"]) == 3 and gw.last_request.json()["input"] == ["a", "b", "c"]


def test_moderate_and_rerank_tables(gw: MockGateway) -> None:
    lines = ok(otari(gw, "moderate", "openai:omni-moderation-latest", "fine", "FLAG me")).splitlines()
    assert lines[1].split()[:3] == ["0", "no", "-"]
    assert lines[2].split()[:3] == ["1", "yes", "violence"]
    out = ok(otari(gw, "rerank", MODEL, "paris france", "Berlin is big", "Paris is in France", "--top-n", "2"))
    rows = [line.split(None, 3) for line in out.splitlines()[1:]]
    assert rows[0] == ["1", "1", "1", "Paris is in France"]
    assert [row[2] for row in rows] == ["1", "0"]


def test_image_speak_and_transcribe_write_and_read_files(gw: MockGateway, tmp_path: Path) -> None:
    done = otari(gw, "image", MODEL, "a cat", "-o", "cat.png", "--n", "2", cwd=tmp_path)
    ok(done)
    assert gw.last_request.json()["response_format"] == "b64_json"
    assert (tmp_path / "cat.png").read_bytes().startswith(b"\x89PNG mock ")
    assert (tmp_path / "cat-2.png").exists() and "wrote cat.png" in done.stderr

    [info] = json_lines(ok(otari(gw, "speak", MODEL, "say this", "--voice", "alloy", "--json", cwd=tmp_path)))
    audio = (tmp_path / "speech.mp3").read_bytes()
    assert audio.startswith(b"ID3") and info == {"file": "speech.mp3", "bytes": len(audio)}

    (tmp_path / "talk.wav").write_bytes(b"spoken words")
    assert ok(otari(gw, "transcribe", str(tmp_path / "talk.wav"), "--model", "openai:whisper-1")) == "spoken words\n"


def test_models_table_json_and_provider_filter(gw: MockGateway) -> None:
    lines = ok(otari(gw, "models")).splitlines()
    assert lines[0].split()[:3] == ["ID", "OWNED", "BY"]
    assert [line.split()[0] for line in lines[1:]] == sorted(
        ["openai:fake-model", "openai:fake-model-2", "openai:fake-embed", "openai:omni-moderation-latest"]
    )
    models = json_lines(ok(otari(gw, "models", "--provider", "openai", "--json")))
    assert len(models) == 4 and all(m["object"] == "model" for m in models)
    assert gw.last_request.query["provider"] == "openai"


def test_tables_fit_the_terminal_width(gw: MockGateway) -> None:
    wide = ok(otari(gw, "models")).splitlines()
    assert max(map(len, wide)) > 60  # the comparison below means something
    narrow = ok(otari(gw, "models", env={"COLUMNS": "60"})).splitlines()
    assert max(map(len, narrow)) <= 60
    assert narrow[0].startswith("ID ")
    # The id column is never cut: every model id is still whole.
    assert "openai:omni-moderation-latest" in narrow[-1]


# --- errors --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "detail", "code", "needle"),
    [
        (400, "Invalid request: temperature out of range", 1, "Error code: 400"),
        (401, "Invalid API key", 3, "otari doctor"),
        (403, "Model 'openai:x' is not permitted for this API key.", 3, "not permitted"),
        (404, "Model 'nope' not found", 4, "Error code: 404"),
        (429, "Rate limit exceeded", 5, "Rate limit"),
        (402, "Insufficient funds", 5, "Error code: 402"),
        (403, "User 'u' has exceeded budget limit", 5, "budget"),
        (500, "Internal error", 7, "Error code: 500"),
        (502, "LLM provider error", 7, "Error code: 502"),
    ],
)
def test_each_error_class_has_its_exit_code(gw: MockGateway, status: int, detail: str, code: int, needle: str) -> None:
    gw.queue_error(status, detail)
    done = otari(gw, "--max-retries", "0", "chat", MODEL, "hi", "--no-stream")
    assert done.returncode == code
    line = one_error_line(done)
    assert needle in line and done.stdout == ""


def test_connection_failure_exit_code(gw: MockGateway) -> None:
    url = gw.url
    gw.stop()
    done = otari(None, "--max-retries", "0", "models", env={"GATEWAY_API_BASE": url, "GATEWAY_API_KEY": KEY})
    assert done.returncode == 6
    assert "otari doctor" in one_error_line(done)


def test_configuration_and_usage_errors_exit_2(gw: MockGateway) -> None:
    done = otari(None, "models")  # no URL, no key anywhere
    assert done.returncode == 2 and "GATEWAY_API_BASE" in one_error_line(done)
    bad_flag = otari(gw, "models", "--no-such-flag")
    assert bad_flag.returncode == 2 and "unrecognized arguments" in bad_flag.stderr
    bad_value = otari(gw, "chat", MODEL, "x", "--max-tokens", "zero")
    assert bad_value.returncode == 2 and "--max-tokens" in bad_value.stderr
    bad_date = otari(gw, "usage", "list", "--start", "yesterday")
    assert bad_date.returncode == 2 and "argument --start: expected an ISO 8601 date" in bad_date.stderr
    assert gw.requests == []


def test_a_mid_stream_error_keeps_what_arrived_and_exits_7(gw: MockGateway) -> None:
    gw.queue_stream([{"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
                      "choices": [{"index": 0, "delta": {"content": "partial"}, "finish_reason": None}]}],
                    error_event=True)  # fmt: skip
    done = otari(gw, "chat", MODEL, "hi")
    assert done.returncode == 7
    assert done.stdout == "partial\n"
    assert "An error occurred during streaming" in one_error_line(done)


def test_debug_shows_the_traceback(gw: MockGateway) -> None:
    gw.queue_error(404, "Model 'nope' not found")
    done = otari(gw, "--debug", "chat", MODEL, "hi", "--no-stream")
    assert done.returncode == 4
    assert "Traceback" in done.stderr and "NotFoundError" in done.stderr
    logged = otari(gw, "models", "--debug")
    assert "otari DEBUG] GET " in logged.stderr and "/models -> 200" in logged.stderr  # the SDK's request log


def test_keys_given_as_flags_are_never_echoed_and_draw_a_warning(root: str) -> None:
    secret = "gw-flag-secret-5a4b3c"
    with MockGateway(api_root=root, api_keys=["another-key"]) as gw:
        done = otari(None, "--base-url", gw.url, "--otari-key", secret, "--max-retries", "0", "models")
        assert done.returncode == 3
        assert gw.last_request.headers["otari-key"] == f"Bearer {secret}"  # it was used ...
    assert secret not in done.stdout + done.stderr  # ... and never shown
    assert "otari: warning: --otari-key" in done.stderr and "GATEWAY_API_KEY" in done.stderr


# --- Ctrl-C --------------------------------------------------------------------------------------------


def _read_until(proc: subprocess.Popen[bytes], needle: bytes, *, within: float) -> bytes:
    assert proc.stdout is not None
    seen = b""
    deadline = time.monotonic() + within
    while needle not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            seen += chunk
    return seen


def test_ctrl_c_during_a_stalled_stream_exits_130(gw: MockGateway) -> None:
    gw.queue_stall_stream(after=3, seconds=30.0)
    with spawned(gw, "chat", MODEL, "never ends") as proc:
        seen = _read_until(proc, b"Echo:", within=20)
        assert b"Echo:" in seen, proc.stderr.read() if proc.stderr else b""
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=15)
        # It left at once, not when the gateway resumed 30 s later.
        assert time.monotonic() - started < 10
    assert proc.returncode == 130
    assert (seen + out).decode().endswith("\n")  # the partial line was ended
    assert "Traceback" not in err.decode() and "interrupted" in err.decode()


def test_ctrl_c_during_batch_wait_exits_130(gw: MockGateway) -> None:
    batch = gw.add_batch(progression=["in_progress"])
    with spawned(gw, "batch", "wait", batch["id"], "-p", "openai", "--interval", "0.2") as proc:
        deadline = time.monotonic() + 20
        while sum(r.path.endswith(batch["id"]) for r in gw.requests) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=15)
    assert proc.returncode == 130
    assert "Traceback" not in err.decode()


# --- batches -------------------------------------------------------------------------------------------


def _requests_file(tmp_path: Path) -> Path:
    path = tmp_path / "requests.jsonl"
    path.write_text(
        json.dumps({"messages": [{"role": "user", "content": "one"}]})
        + "\n\n"
        + json.dumps({"custom_id": "mine", "body": {"messages": [{"role": "user", "content": "two"}]}})
        + "\n"
    )
    return path


def test_batch_create_wait_and_results(gw: MockGateway, tmp_path: Path) -> None:
    created = json_lines(ok(otari(gw, "batch", "create", MODEL, str(_requests_file(tmp_path)), "--json")))[0]
    sent = gw.last_request.json()
    assert [r["custom_id"] for r in sent["requests"]] == ["request-1", "mine"]
    assert sent["requests"][1]["body"] == {"messages": [{"role": "user", "content": "two"}]}
    batch_id, provider = created["id"], created["provider"]

    done = otari(gw, "batch", "wait", batch_id, "-p", provider, "--interval", "0.1")
    out = ok(done)
    # Piped: one plain progress line per poll, each with the counts and the elapsed time.
    progress = done.stderr.splitlines()
    assert len(progress) >= 2 and all(batch_id in line and "elapsed" in line for line in progress)
    assert "\r" not in done.stderr and "2/2 done, 0 failed" in progress[-1]
    assert "status             completed" in out

    results_file = tmp_path / "results.jsonl"
    ok(otari(gw, "batch", "results", batch_id, "-p", provider, "-o", str(results_file)))
    results = json_lines(results_file.read_text())
    assert [r["custom_id"] for r in results] == ["request-1", "mine"]
    assert results[0]["result"]["choices"][0]["message"]["content"] == "Echo: one"

    table = ok(otari(gw, "batch", "results", batch_id, "-p", provider)).splitlines()
    assert table[0].split() == ["CUSTOM", "ID", "OUTCOME", "TEXT"]
    assert table[2].split() == ["mine", "ok", "Echo:", "two"]
    listed = ok(otari(gw, "batch", "list", "-p", provider)).splitlines()
    assert listed[0].split()[:2] == ["ID", "STATUS"] and batch_id in listed[1]
    assert json_lines(ok(otari(gw, "batch", "status", batch_id, "-p", provider, "--json")))[0]["status"] == "completed"


def test_batch_wait_progress_is_one_live_line_on_a_terminal(gw: MockGateway) -> None:
    batch = gw.add_batch(progression=["validating", "in_progress", "in_progress", "completed"])
    master, slave = pty.openpty()
    try:
        with spawned(gw, "batch", "wait", batch["id"], "-p", "openai", "--interval", "0.1", stderr=slave) as proc:
            out, _ = proc.communicate(timeout=60)
        os.close(slave)
        slave = -1
        drawn = b""
        while select.select([master], [], [], 0.5)[0]:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        if slave != -1:
            os.close(slave)
        os.close(master)
    assert proc.returncode == 0, drawn
    text = drawn.decode()
    # Redrawn in place (carriage return + erase line), ended by one newline.
    assert text.count("\r\x1b[K") >= 3 and text.count("\n") == 1
    assert "completed" in text and "elapsed" in text
    assert b"completed" in out


def test_batch_that_fails_exits_1(gw: MockGateway) -> None:
    batch = gw.add_batch(progression=["in_progress", "failed"])
    done = otari(gw, "batch", "wait", batch["id"], "-p", "openai", "--interval", "0.1")
    assert done.returncode == 1 and "ended failed" in done.stderr


def test_batch_create_rejects_bad_lines_before_sending(gw: MockGateway, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"messages": []}\nnot json\n')
    done = otari(gw, "batch", "create", MODEL, str(path))
    assert done.returncode == 2 and f"{path}:2: not valid JSON" in one_error_line(done)
    path.write_text('{"custom_id": "a", "messages": []}\n{"custom_id": "a", "messages": []}\n')
    done = otari(gw, "batch", "create", MODEL, str(path))
    assert done.returncode == 2 and "'a' is used twice" in one_error_line(done)
    assert gw.requests == []


def test_results_of_an_unfinished_batch(gw: MockGateway) -> None:
    batch = gw.add_batch(progression=["in_progress"])
    done = otari(gw, "batch", "results", batch["id"], "-p", "openai")
    assert done.returncode == 1 and "otari batch wait" in one_error_line(done)


# --- control plane -------------------------------------------------------------------------------------


def test_users_budgets_and_keys(gw: MockGateway) -> None:
    budget = json_lines(ok(otari(gw, "budgets", "create", "--name", "team", "--max", "100", "--json")))[0]
    assert gw.last_request.json() == {"name": "team", "max_budget": 100.0}
    ok(otari(gw, "users", "create", "alice", "--alias", "Alice", "--budget", budget["budget_id"]))
    users = ok(otari(gw, "users", "list")).splitlines()
    assert users[0].split()[:3] == ["USER", "ALIAS", "BUDGET"]
    assert any(line.split()[:3] == ["alice", "Alice", budget["budget_id"]] for line in users[1:])
    blocked = json_lines(ok(otari(gw, "users", "update", "alice", "--blocked", "--json")))[0]
    assert blocked["blocked"] is True and gw.last_request.json() == {"blocked": True}

    done = otari(gw, "keys", "create", "--name", "ci", "--user", "alice", "--metadata", "team=search")
    created = ok(done)
    assert gw.last_request.json() == {"key_name": "ci", "user_id": "alice", "metadata": {"team": "search"}}
    secret = next(line.split()[1] for line in created.splitlines() if line.startswith("key "))
    assert secret.startswith("gw-") and "not show it again" in done.stderr
    [key] = json_lines(ok(otari(gw, "keys", "list", "--json")))
    assert "key" not in key and key["key_name"] == "ci"
    rotated = json_lines(ok(otari(gw, "keys", "rotate", key["id"], "--json")))[0]
    assert rotated["key"] != secret
    assert ok(otari(gw, "keys", "delete", key["id"])) == f"deleted key {key['id']}\n"
    gone = otari(gw, "keys", "get", key["id"])
    assert gone.returncode == 4 and "not found" in one_error_line(gone)

    nothing = otari(gw, "users", "update", "alice")
    assert nothing.returncode == 2 and "nothing to update" in one_error_line(nothing)


def test_pricing_and_usage(gw: MockGateway) -> None:
    ok(otari(gw, "pricing", "set", MODEL, "--input", "0.15", "--output", "0.6"))
    assert gw.last_request.json() == {
        "model_key": MODEL,
        "input_price_per_million": 0.15,
        "output_price_per_million": 0.6,
    }
    rows = ok(otari(gw, "pricing", "list")).splitlines()
    assert rows[1].split()[:3] == [MODEL, "0.15", "0.6"]
    assert json_lines(ok(otari(gw, "pricing", "get", MODEL, "--json")))[0]["input_price_per_million"] == 0.15
    assert len(json_lines(ok(otari(gw, "pricing", "history", MODEL, "--json")))) == 1

    ok(otari(gw, "chat", MODEL, "bill me"))
    usage = ok(otari(gw, "usage", "list")).splitlines()
    assert usage[0].split()[:3] == ["TIME", "MODEL", "STATUS"] and "success" in usage[1]
    ok(otari(gw, "usage", "list", "--status", "error", "--user", "a", "--user", "b", "--priced", "--limit", "5"))
    query = parse_qs(gw.last_request.target.partition("?")[2])
    assert query["status"] == ["error"] and query["user_id"] == ["a", "b"]
    assert query["priced"] == ["true"] and query["limit"] == ["5"]
    assert ok(otari(gw, "pricing", "delete", MODEL)) == f"deleted pricing of {MODEL}\n"
    assert ok(otari(gw, "pricing", "list")) == "(no prices)\n"


def test_control_plane_uses_the_admin_key(root: str) -> None:
    with MockGateway(api_root=root, master_key="master-123", api_keys=[KEY]) as gw:
        refused = otari(gw, "keys", "list")
        assert refused.returncode == 3 and "GATEWAY_ADMIN_KEY" in one_error_line(refused)
        ok(otari(gw, "keys", "list", env={"GATEWAY_ADMIN_KEY": "master-123"}))
        assert gw.last_request.headers["otari-key"] == "Bearer master-123"


# --- doctor --------------------------------------------------------------------------------------------


def _doctor_fields(out: str) -> dict[str, str]:
    return {line.split("  ", 1)[0]: line.split("  ", 1)[1].strip() for line in out.splitlines()}


def test_doctor_reports_sources_health_and_key(gw: MockGateway, root: str) -> None:
    out = ok(otari(gw, "doctor"))
    fields = _doctor_fields(out)
    assert fields["mode"] == "self-hosted"
    assert fields["API root"] == f"{root} (discovered)"
    assert fields["base URL"].startswith(gw.url) and "GATEWAY_API_BASE" in fields["base URL"]
    assert fields["credential"] == "GATEWAY_API_KEY environment variable"
    assert "version 0.0.0-dev" in fields["gateway"] and " ms)" in fields["gateway"]
    assert fields["key"].startswith("accepted")
    assert KEY not in out

    [report] = json_lines(ok(otari(gw, "doctor", "--json")))
    assert report["ok"] is True and report["health"]["version"] == "0.0.0-dev"
    assert (report["api_root"], report["api_root_source"]) == (root, "discovered")
    pinned = _doctor_fields(ok(otari(gw, "doctor", env={"GATEWAY_API_BASE": gw.api_url})))
    assert pinned["API root"] == f"{root} (pinned by the base URL)"
    assert report["key"]["ok"] is True and report["key"]["rtt_ms"] >= 0
    assert KEY not in json.dumps(report)


@pytest.mark.parametrize("root", ["/api/v1", "/v1"])
def test_doctor_and_chat_find_either_gateway_generation_from_its_origin(root: str) -> None:
    with MockGateway(api_root=root) as gw:
        fields = dict(line.split("  ", 1) for line in ok(otari(gw, "doctor")).splitlines())
        assert fields["API root"].strip() == f"{root} (discovered)"
        assert fields["result"].strip() == "all checks passed"
        assert ok(otari(gw, "chat", MODEL, "hello there", "--no-stream")).strip() == "Echo: hello there"
        pinned = ok(otari(gw, "chat", MODEL, "pinned", "--no-stream", "--base-url", gw.api_url))
        assert pinned.strip() == "Echo: pinned"
        probes = [r.path for r in gw.requests if not r.path.startswith((root + "/", "/health"))]
    # Each of the two unpinned runs paid one request to learn an older gateway's root; the pinned one none.
    assert len(probes) == (2 if root == "/v1" else 0)


def test_doctor_names_the_winning_source_and_fails_with_the_right_code(root: str) -> None:
    with MockGateway(api_root=root, api_keys=[KEY], master_key="m") as gw:
        done = otari(
            gw, "doctor", "--json", "--otari-key", "wrong-key", "--max-retries", "0", env={"GATEWAY_ADMIN_KEY": "m"}
        )
    assert done.returncode == 3
    [report] = json_lines(done.stdout)
    assert report["sources"]["credential"] == "--otari-key flag"
    assert report["sources"]["admin_key"] == "GATEWAY_ADMIN_KEY environment variable"
    assert report["key"]["ok"] is False and report["admin"]["ok"] is True
    assert "wrong-key" not in done.stdout + done.stderr


def test_doctor_against_a_gateway_that_is_down(gw: MockGateway) -> None:
    url = gw.url
    gw.stop()
    done = otari(None, "doctor", env={"GATEWAY_API_BASE": url, "GATEWAY_API_KEY": KEY})
    assert done.returncode == 6
    assert "unreachable" in done.stdout and "problems found" in done.stdout


def test_ctrl_c_mid_stream_closes_the_connection_while_the_process_lives_on(
    root: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In-process, so only the CLI's own cleanup can close the socket (process exit would do it anyway).
    from otari.cli import main
    from otari.cli._output import Output

    written: list[str] = []

    def write_then_interrupt(self: Output, text: str) -> None:
        written.append(text)
        if text.strip():
            raise KeyboardInterrupt

    monkeypatch.setattr(Output, "write", write_then_interrupt)
    with MockGateway(api_root=root, stream_delay=0.3) as gw:
        monkeypatch.setenv("GATEWAY_API_BASE", gw.url)
        monkeypatch.setenv("GATEWAY_API_KEY", KEY)
        assert main(["chat", MODEL, "a long enough answer to still be streaming"]) == 130
        assert gw.wait_until_idle(5.0), "the stream's connection was left open"
    assert written[-1].strip() == "Echo:"
    assert "otari: interrupted" in capsys.readouterr().err


def test_list_all_walks_every_page(gw: MockGateway) -> None:
    from otari import Otari

    with Otari(base_url=gw.url, otari_key=KEY) as client:  # state set up through the SDK: faster
        for n in range(5):
            client.budgets.create(name=f"b{n}")
    first_page = json_lines(ok(otari(gw, "budgets", "list", "--limit", "2", "--json")))
    assert len(first_page) == 2
    everything = json_lines(ok(otari(gw, "budgets", "list", "--all", "--limit", "2", "--json")))
    assert sorted(b["name"] for b in everything) == [f"b{n}" for n in range(5)]
    pages = [r.query for r in gw.requests if r.path.endswith("/budgets")][-3:]
    assert [p.get("skip", "0") for p in pages] == ["0", "2", "4"] and {p["limit"] for p in pages} == {"2"}
    table = ok(otari(gw, "budgets", "list", "--all")).splitlines()
    assert len(table) == 1 + 5
    both = otari(gw, "budgets", "list", "--all", "--skip", "1")
    assert both.returncode == 2 and "--skip" in one_error_line(both)
