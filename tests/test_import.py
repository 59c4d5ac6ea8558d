"""``import otari`` stays cheap: nothing of the generated core loads before a call needs it, and the
lazy exports stay visible to ``dir()``, ``from otari import *`` and type checkers.

Import state is process-wide, so every check runs in a fresh interpreter (``sys.executable``).
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import otari
from otari.testing import MockGateway

REPO = Path(__file__).resolve().parents[1]
GENERATED = REPO / "otari" / "_generated"
# What only a call may load: the generated models and operations (~570 modules).
HEAVY_PREFIXES = ("otari._generated.models.", "otari._generated.api.")


def _fresh(code: str, **env: str) -> dict[str, Any]:
    """Run ``code`` in a new interpreter; it must end by printing one JSON value, which is returned."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("OTARI_", "GATEWAY_"))}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**environ, **env},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _loaded(code: str) -> list[str]:
    """The modules loaded once ``code`` has run in a fresh interpreter."""
    modules: list[str] = _fresh(
        textwrap.dedent(code) + "\nimport json, sys; print(json.dumps({'modules': sorted(sys.modules)}))"
    )["modules"]
    return modules


def _heavy(modules: list[str]) -> list[str]:
    return [name for name in modules if name.startswith(HEAVY_PREFIXES)]


def _generated_module_count() -> int:
    return sum(1 for path in GENERATED.rglob("*.py") if path.name != "__init__.py")


def test_import_otari_loads_only_the_package_itself() -> None:
    modules = _loaded("import otari")
    assert [m for m in modules if m.startswith("otari")] == ["otari", "otari._version"]
    # Not even httpx: the first attribute that needs it pays for it.
    assert "httpx" not in modules
    assert "attrs" not in modules


def test_the_command_line_is_never_imported_by_the_sdk() -> None:
    modules = _loaded("import otari, otari.testing\nfrom otari import Otari, AsyncOtari, APIStatusError")
    assert "otari._client" in modules  # the imports did happen
    assert [m for m in modules if m.startswith(("otari.cli", "otari.__main__"))] == []
    assert "argparse" not in modules


def test_importing_the_clients_loads_no_generated_model_or_operation() -> None:
    modules = _loaded("from otari import Otari, AsyncOtari")
    assert "otari._client" in modules  # the import did happen
    assert _heavy(modules) == []
    assert "attrs" not in modules  # every generated model is an attrs class
    # A sync program never needs the event loop machinery (tens of milliseconds to import).
    assert "asyncio" not in modules


def test_importing_the_clients_loads_no_network_backend() -> None:
    # httpcore (with h11) is a fifth of the import: only a pool on httpx's own transport needs it, when built.
    modules = _loaded("from otari import Otari, AsyncOtari")
    assert not [name for name in modules if name.split(".")[0] in ("httpcore", "h11", "aiohttp")]
    built = _loaded("import otari; otari.Otari(base_url='http://127.0.0.1:9', otari_key='gw-x')")
    assert "httpcore" in built  # the sync client's pool is httpx's transport, deadline-wrapped


def test_errors_and_streams_import_without_the_core() -> None:
    code = "from otari import APIStatusError, RateLimitError, Stream, AsyncStream, NOT_GIVEN, RawResponse"
    assert _heavy(_loaded(code)) == []


def test_one_completion_loads_only_what_that_call_needs() -> None:
    with MockGateway() as gateway:
        code = f"""
            from otari import Otari
            with Otari(base_url={gateway.url!r}, otari_key="gw-test", max_retries=0) as client:
                reply = client.completion(model="openai:fake-model", messages=[{{"role": "user", "content": "hi"}}])
            assert reply.choices[0].message.content == "Echo: hi", reply
        """
        modules = _loaded(code)
    heavy = _heavy(modules)
    assert "otari._generated.models.chat_completion" in heavy
    assert "otari._generated.models.chat_completion_request" in heavy
    assert "otari._generated.api.chat.chat_completions" in heavy
    # Nothing of another endpoint: only the chat operation, and no control-plane or batch model.
    assert [m for m in heavy if m.startswith("otari._generated.api.")] == [
        "otari._generated.api.chat",
        "otari._generated.api.chat.chat_completions",
    ]
    for other in ("create_key_response", "batch", "create_embedding_response", "user_response", "usage_entry"):
        assert f"otari._generated.models.{other}" not in heavy
    total = _generated_module_count()
    assert total > 300  # the comparison below means something only against the whole core
    assert len(heavy) < total / 10, f"{len(heavy)} of {total} generated modules loaded by one completion"


def test_dir_lists_every_public_name_without_importing_them() -> None:
    result = _fresh(
        """
        import json, sys
        import otari
        names = dir(otari)
        print(json.dumps({"dir": names, "all": otari.__all__, "httpx": "httpx" in sys.modules}))
        """
    )
    assert set(result["all"]) <= set(result["dir"])
    assert {"Otari", "AsyncOtari", "ChatCompletion", "APIStatusError", "__version__"} <= set(result["dir"])
    assert result["httpx"] is False


def test_every_name_in_all_resolves() -> None:
    assert len(otari.__all__) == len(set(otari.__all__))
    for name in otari.__all__:
        assert getattr(otari, name) is not None, name
    namespace: dict[str, Any] = {}
    exec("from otari import *", namespace)
    assert set(otari.__all__) <= set(namespace)
    assert namespace["ChatCompletion"].__module__ == "otari._generated.models.chat_completion"
    assert issubclass(namespace["RateLimitError"], namespace["APIStatusError"])


def test_unknown_attributes_still_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = otari.Nope
    assert not hasattr(otari, "chat_completion")  # a module name of the core is not a public name


def test_type_checkers_see_every_lazy_name() -> None:
    """Each exported name is imported under ``if TYPE_CHECKING:`` (or defined), so tools resolve it statically."""
    tree = ast.parse((REPO / "otari" / "__init__.py").read_text())
    seen: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for item in ast.walk(node):
                if isinstance(item, ast.ImportFrom):
                    seen.update(alias.asname or alias.name for alias in item.names)
        elif isinstance(node, ast.ImportFrom):
            seen.update(alias.asname or alias.name for alias in node.names)
    missing = set(otari.__all__) - seen
    assert not missing, f"exported but invisible to type checkers: {sorted(missing)}"


_TYPED_SNIPPET = """
import asyncio

import otari
from otari import AsyncOtari, Otari

client = Otari(base_url="http://127.0.0.1:9", otari_key="gw-test")
reply = client.completion(model="openai:fake-model", messages=[{"role": "user", "content": "hi"}])
reveal_type(reply)
typed: otari.ChatCompletion = reply
wrong: int = reply  # must be an error: the return type is not Any
with client.completion_stream(model="m", messages=[{"role": "user", "content": "hi"}]) as stream:
    for chunk in stream:
        reveal_type(chunk)


async def main() -> None:
    async with AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-test") as aclient:
        areply = await aclient.completion(model="m", messages=[{"role": "user", "content": "hi"}])
        reveal_type(areply)


asyncio.run(main())
"""


@pytest.mark.skipif(shutil.which("mypy", path=str(Path(sys.executable).parent)) is None, reason="mypy not installed")
def test_lazy_exports_keep_their_static_types(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(_TYPED_SNIPPET)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--follow-imports",
            "silent",  # report the snippet's errors only
            "--cache-dir",
            str(tmp_path / "cache"),
            str(snippet),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
    lines = done.stdout.splitlines()
    revealed = [line.split("Revealed type is ", 1)[1] for line in lines if "Revealed type is" in line]
    assert revealed == [
        '"otari._generated.models.chat_completion.ChatCompletion"',
        '"otari._generated.models.chat_completion_chunk.ChatCompletionChunk"',
        '"otari._generated.models.chat_completion.ChatCompletion"',
    ], done.stdout + done.stderr
    wrong_line = _TYPED_SNIPPET.splitlines().index("wrong: int = reply  # must be an error: the return type is not Any")
    errors = [line for line in lines if ": error:" in line]
    assert len(errors) == 1, lines
    assert f"snippet.py:{wrong_line + 1}:" in errors[0] and "incompatible types" in errors[0].lower(), errors
