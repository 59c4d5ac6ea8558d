"""The maintainer path of scripts/regen.py: the pinned default spec, and what it says when it cannot run.

Specs are served from a loopback HTTP server standing in for the gateway repository; no test reaches
the network.
"""

from __future__ import annotations

import http.server
import re
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from otari._generated import _spec_version
from tests.scripts_support import CURRENT_SPEC, GENERATED, script, shared_spec, tree

regen = script("regen")
spec_module = script("_spec")
fetch_spec = script("fetch_spec")

MINIMAL_SPEC = b'{"openapi": "3.1.0", "info": {"title": "otari", "version": "9.9.9"}, "paths": {}}'


@pytest.fixture
def serve() -> Iterator[Callable[[bytes], str]]:
    """Serve bytes at ``/openapi.json`` on 127.0.0.1; returns the URL."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(body: bytes) -> str:
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/openapi.json"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def unreachable() -> str:
    """A loopback URL where nothing listens (the port was just released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/openapi.json"


def test_the_default_spec_is_pinned_to_a_gateway_commit() -> None:
    assert re.fullmatch(
        r"https://raw\.githubusercontent\.com/mozilla-ai/otari/[0-9a-f]{7,40}/docs/public/openapi\.json",
        spec_module.PINNED_SPEC,
    ), spec_module.PINNED_SPEC
    assert spec_module.PUBLISHED_SPEC.endswith("/otari/main/docs/public/openapi.json")


def test_regen_without_network_says_what_failed_and_what_to_do(
    monkeypatch: pytest.MonkeyPatch, unreachable: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(regen, "PINNED_SPEC", unreachable)
    output = tmp_path / "_generated"
    assert regen.main(["--output", str(output)]) == 1
    err = capsys.readouterr().err
    assert f"cannot download the spec from {unreachable}" in err
    assert "make regen SPEC=path/to/openapi.json" in err
    assert _spec_version.SPEC_SHA256 in err and "otari/_generated/_spec_version.py" in err
    assert not output.exists()


def test_a_named_url_that_cannot_be_read_gets_the_same_advice(
    unreachable: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert regen.main(["--spec", unreachable, "--output", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "make regen SPEC=path/to/openapi.json" in err and _spec_version.SPEC_SHA256 in err


def test_a_pinned_spec_that_is_not_the_committed_one_is_refused(
    monkeypatch: pytest.MonkeyPatch,
    serve: Callable[[bytes], str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = serve(MINIMAL_SPEC)
    monkeypatch.setattr(regen, "PINNED_SPEC", url)
    output = tmp_path / "_generated"
    assert regen.main(["--output", str(output)]) == 1
    err = capsys.readouterr().err
    assert f"the pinned spec {url} has sha256" in err
    assert _spec_version.SPEC_SHA256 in err
    assert "make regen SPEC=path/to/openapi.json" in err and "PINNED_COMMIT" in err
    assert not output.exists(), "nothing may be generated from a spec the pin does not vouch for"


def test_regen_from_the_pinned_url_reproduces_the_committed_core(
    monkeypatch: pytest.MonkeyPatch, serve: Callable[[bytes], str], tmp_path: Path
) -> None:
    # The shared spec stands in for the file at the pinned gateway commit (same bytes, same fingerprint).
    monkeypatch.setattr(regen, "PINNED_SPEC", serve(shared_spec(CURRENT_SPEC).read_bytes()))
    output = tmp_path / "_generated"
    assert regen.main(["--output", str(output)]) == 0

    fresh, committed = tree(output), tree(GENERATED)
    assert fresh.keys() == committed.keys()
    assert [name for name in fresh if fresh[name] != committed[name]] == []


def test_fetch_spec_writes_the_spec_and_names_its_fingerprint(
    monkeypatch: pytest.MonkeyPatch,
    serve: Callable[[bytes], str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = serve(MINIMAL_SPEC)
    asked: list[str] = []

    def fake_spec_url(ref: str) -> str:
        asked.append(ref)
        return url

    monkeypatch.setattr(fetch_spec, "spec_url", fake_spec_url)
    target = tmp_path / "openapi.json"
    assert fetch_spec.main(["--ref", "0e2634c", "--output", str(target)]) == 0
    assert asked == ["0e2634c"]
    assert target.read_bytes() == MINIMAL_SPEC
    assert "spec version 9.9.9" in capsys.readouterr().out


@pytest.mark.parametrize("ref", ["../../evil", "-rf", "main?x=1", "a b", "https://example.com/x"])
def test_fetch_spec_refuses_a_ref_that_is_not_a_git_name(
    ref: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "openapi.json"
    assert fetch_spec.main([f"--ref={ref}", "--output", str(target)]) == 1
    assert "is not a git commit or branch name" in capsys.readouterr().err
    assert not target.exists()
