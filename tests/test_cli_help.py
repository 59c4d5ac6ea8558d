"""Every command of api.md §7 exists, and its ``--help`` is its own: usage line, description, examples."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from otari.cli import main
from otari.cli._app import build_parser

OTARI = Path(sys.executable).with_name("otari")

# api.md §7, spelled out: the command line must offer exactly these.
EXPECTED = {
    ("chat",), ("responses",), ("messages",), ("embed",), ("moderate",), ("rerank",), ("image",), ("speak",),
    ("transcribe",), ("models",), ("tokens",), ("doctor",),
    *(("batch", c) for c in ("create", "status", "list", "cancel", "wait", "results")),
    *((r, c) for r in ("keys", "users", "budgets") for c in ("list", "get", "create", "update", "delete")),
    ("keys", "rotate"), ("users", "usage"),
    *(("pricing", c) for c in ("list", "get", "set", "history", "delete")),
    ("usage", "list"),
}  # fmt: skip


Tree = dict[tuple[str, ...], argparse.ArgumentParser]


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Tree:
    found: Tree = {}
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {path: parser}
    for name, child in subs[0].choices.items():
        found.update(_leaves(child, (*path, name)))
    return found


LEAVES = _leaves(build_parser())


def test_the_command_tree_is_exactly_api_md_section_7() -> None:
    assert set(LEAVES) == EXPECTED


def _help(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        main([*path, "--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("path", sorted(EXPECTED), ids=" ".join)
def test_help_of_every_command_is_specific(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(path, capsys)
    command = " ".join(path)
    assert text.startswith(f"usage: otari {command} ")
    description = LEAVES[path].description
    assert description and " ".join(description.split()) in " ".join(text.split())
    # At least one example, and it runs this very command.
    examples = text.split("examples:\n", 1)[1].splitlines()
    assert any(line.strip().startswith(f"otari {command}") for line in examples), examples
    # The global options are on every command.
    assert "--json" in text and "--base-url" in text


def test_no_two_commands_share_a_description() -> None:
    descriptions = [parser.description for parser in LEAVES.values()]
    assert len(set(descriptions)) == len(descriptions)


def test_the_real_script_prints_help_and_a_group_without_command_lists_its_commands() -> None:
    done = subprocess.run([str(OTARI), "batch", "wait", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("usage: otari batch wait ")
    assert "completed/failed/total" in " ".join(done.stdout.split())
    group = subprocess.run([str(OTARI), "keys"], capture_output=True, text=True, timeout=60)
    assert group.returncode == 2
    for sub in ("list", "get", "create", "update", "delete", "rotate"):
        assert sub in group.stderr
    top = subprocess.run([str(OTARI), "--help"], capture_output=True, text=True, timeout=60)
    assert top.returncode == 0 and "exit status:" in top.stdout and "GATEWAY_API_BASE" in top.stdout


def test_every_command_in_the_readme_transcript_parses() -> None:
    import re
    import shlex

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    [transcript] = re.findall(r"## Command line: `otari`.*?```console\n(.*?)```", readme, re.DOTALL)
    commands = []
    for line in transcript.splitlines():
        if line.startswith("$ "):
            # Each `otari ...` of a pipeline or `&&` chain, without shell comments and redirections.
            for part in re.split(r"\|\||&&|\||;", line[2:].split("  #")[0]):
                words = shlex.split(part)
                if words and words[0] == "otari":
                    commands.append(words[1:])
    assert len(commands) >= 8
    parser = build_parser()
    for words in commands:
        args = parser.parse_args(words)
        assert args.handler is not None, words
