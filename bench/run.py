"""``make bench``: what otari costs on top of httpx, measured against a canned loopback gateway.

Runs offline with the dev dependencies only, in about two minutes, prints a table and writes
``bench/results.json``:

* import: ``import otari`` and ``from otari import Otari, AsyncOtari`` vs ``import httpx``, each timed inside
  a fresh interpreter (median of 15, interleaved; bytecode caches warm, as after any install);
* per-call CPU of a non-streaming chat completion vs ``httpx.Client.post`` + ``json.loads``;
* CPU per SSE chunk of ``completion_stream`` vs httpx ``iter_lines`` + ``json.loads``, and the peak RSS
  after 10 MB and after 100 MB of one stream;
* requests per second at 500-way concurrency (500 tasks, 3 calls each, one client) of ``AsyncOtari`` vs raw
  ``httpx.AsyncClient``, and of both with the aiohttp transport when ``otari[aiohttp]`` is installed.

The server (``bench/server.py``) runs in its own process, so client CPU (``time.process_time()`` in the
client process, see ``bench/cases.py``) never includes it. A missed target is printed as MISSED; the
exit status stays 0 because a slow machine is not a broken build.

``--quick`` runs a few iterations of everything (a smoke test, numbers meaningless); ``--output PATH``
writes the JSON elsewhere.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases.py"
SERVER = HERE / "server.py"

IMPORTS = {
    "httpx": "import httpx",
    "otari": "import otari",
    "otari_clients": "from otari import Otari, AsyncOtari",
}
_TIMED = "import time; _t = time.perf_counter(); {stmt}; print(time.perf_counter() - _t)"


@dataclass
class Target:
    """One of the issue's targets: ``ratio`` compared with ``limit`` (``at_most`` or ``at_least``)."""

    name: str
    ratio: float | None
    limit: float
    at_most: bool
    detail: str

    @property
    def met(self) -> bool | None:
        if self.ratio is None:
            return None
        return self.ratio <= self.limit if self.at_most else self.ratio >= self.limit

    def row(self) -> str:
        sign = "<=" if self.at_most else ">="
        ratio = "n/a" if self.ratio is None else f"{self.ratio:.2f}x"
        verdict = {True: "met", False: "MISSED", None: "skipped"}[self.met]
        return f"  {self.name:<44} {ratio:>8}  (target {sign} {self.limit:g}x)  {verdict:<7}  {self.detail}"


# --- processes ---------------------------------------------------------------------------------------------


def _child_env(pycache: str) -> dict[str, str]:
    """The environment of measured interpreters: bytecode cached (in a private directory, not the tree)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    # The repository first, so the otari measured is this checkout even without an editable install.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))
    return env


@contextmanager
def canned_server(env: dict[str, str]) -> Iterator[str]:
    """``bench/server.py`` in its own process; yields its base URL."""
    proc = subprocess.Popen([sys.executable, str(SERVER)], stdout=subprocess.PIPE, text=True, env=env, cwd=HERE.parent)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        if line[:1] != ["PORT"]:
            raise RuntimeError(f"bench server did not start: {line!r}")
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_case(name: str, url: str, env: dict[str, str], **options: Any) -> dict[str, Any]:
    """Run one case of ``bench/cases.py`` in a fresh client process."""
    done = subprocess.run(
        [sys.executable, str(CASES), name, url, json.dumps(options)],
        capture_output=True,
        text=True,
        env=env,
        cwd=HERE.parent,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench case {name!r} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def time_imports(runs: int, env: dict[str, str]) -> dict[str, float]:
    """Median seconds of each import statement, each run in a fresh interpreter, interleaved."""
    for stmt in IMPORTS.values():  # compiles every module once into the private bytecode cache
        subprocess.run([sys.executable, "-c", stmt], env=env, check=True, cwd=HERE.parent)
    samples: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for _ in range(runs):
        for name, stmt in IMPORTS.items():
            out = subprocess.run(
                [sys.executable, "-c", _TIMED.format(stmt=stmt)],
                env=env,
                check=True,
                capture_output=True,
                text=True,
                cwd=HERE.parent,
            ).stdout
            samples[name].append(float(out))
    return {name: statistics.median(values) for name, values in samples.items()}


def generated_modules_after_import(env: dict[str, str]) -> int:
    """How many ``otari._generated`` modules ``from otari import Otari, AsyncOtari`` loads (should be 0)."""
    code = (
        "import sys; from otari import Otari, AsyncOtari; "
        "print(sum(m.startswith('otari._generated') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True, cwd=HERE.parent
    )
    return int(out.stdout)


# --- report ------------------------------------------------------------------------------------------------


def _ratio(value: float | None, base: float | None) -> float | None:
    return None if value is None or not base else value / base


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.1f} us"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a few iterations only (smoke test)")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)
    quick: bool = args.quick

    started = time.perf_counter()
    pycache = tempfile.mkdtemp(prefix="otari-bench-pycache-")
    env = _child_env(pycache)
    try:
        print("otari benchmarks" + (" (--quick: smoke test, numbers meaningless)" if quick else ""), flush=True)
        print(
            f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
            f"{os.cpu_count()} CPUs, load average {_load()}",
            flush=True,
        )
        print("\n[1/5] import time (fresh interpreters)...", flush=True)
        imports = time_imports(2 if quick else 15, env)
        generated = generated_modules_after_import(env)
        with canned_server(env) as url:
            print("[2/5] per-call CPU...", flush=True)
            calls = run_case("calls", url, env, calls=20 if quick else 300, rounds=2 if quick else 9)
            print("[3/5] streaming CPU...", flush=True)
            frames = 500 if quick else 10_000
            stream = run_case("stream", url, env, frames=frames, rounds=2 if quick else 5)
            print("[4/5] streaming memory...", flush=True)
            big, small = (2_000_000, 200_000) if quick else (100_000_000, 10_000_000)
            memory = {
                kind: run_case("memory", url, env, client=kind, bytes=big, checkpoint=small)
                for kind in ("otari", "raw")
            }
            print("[5/5] async throughput...", flush=True)
            concurrency = 50 if quick else 500
            rps = run_case("throughput", url, env, concurrency=concurrency, per_worker=3, rounds=1 if quick else 3)
    finally:
        shutil.rmtree(pycache, ignore_errors=True)

    targets = [
        Target(
            "import: `from otari import Otari, AsyncOtari`",
            _ratio(imports["otari_clients"], imports["httpx"]),
            2.0,
            True,
            f"{_ms(imports['otari_clients'])} vs `import httpx` {_ms(imports['httpx'])}",
        ),
        Target(
            "per-call CPU: completion()",
            _ratio(calls["otari"], calls["raw"]),
            1.5,
            True,
            f"{_us(calls['otari'])} vs httpx post + json.loads {_us(calls['raw'])}",
        ),
        Target(
            f"streaming CPU: {frames:,} chunks",
            _ratio(stream["otari"], stream["raw"]),
            1.5,
            True,
            f"{_us(stream['otari'])}/chunk vs iter_lines + json.loads {_us(stream['raw'])}/chunk",
        ),
        Target(
            f"async: AsyncOtari vs raw httpx, {concurrency}-way",
            _ratio(rps["otari"], rps["raw"]),
            0.8,
            False,
            f"{rps['otari']:.0f} req/s vs raw httpx.AsyncClient {rps['raw']:.0f} req/s",
        ),
        Target(
            f"async: aiohttp backend vs raw httpcore, {concurrency}-way",
            _ratio(rps.get("otari_aiohttp"), rps["raw"]),
            3.0,
            False,
            (
                f"{rps['otari_aiohttp']:.0f} req/s vs {rps['raw']:.0f} req/s "
                f"(raw httpx + aiohttp transport: {rps['raw_aiohttp']:.0f} req/s)"
            )
            if rps.get("aiohttp_skipped") is None
            else f"skipped: {rps['aiohttp_skipped']}",
        ),
    ]

    print("\nMeasurements")
    print(f"  import otari                                  {_ms(imports['otari'])}")
    print(f"  from otari import Otari, AsyncOtari           {_ms(imports['otari_clients'])}")
    print(f"  import httpx                                  {_ms(imports['httpx'])}")
    print(f"  otari._generated modules after that import    {generated}")
    print(f"  non-streaming call, client CPU                otari {_us(calls['otari'])}   raw {_us(calls['raw'])}")
    print(f"  streaming, client CPU per chunk               otari {_us(stream['otari'])}   raw {_us(stream['raw'])}")
    for kind, label in (("otari", "completion_stream"), ("raw", "raw iter_lines")):
        m = memory[kind]
        print(
            f"  peak RSS, {label:<18} at {small / 1e6:g} MB: {m['checkpoint_mb']:.1f} MB, "
            f"at {big / 1e6:g} MB: {m['end_mb']:.1f} MB (+{m['end_mb'] - m['checkpoint_mb']:.1f} MB)"
        )
    names = {
        "raw": "raw httpx",
        "otari": "AsyncOtari",
        "raw_aiohttp": "raw httpx+aiohttp",
        "otari_aiohttp": "AsyncOtari(aiohttp)",
    }
    line = ", ".join(f"{label} {rps[key]:.0f}" for key, label in names.items() if key in rps)
    print(f"  async req/s at {concurrency}-way concurrency        {line}")
    if rps.get("aiohttp_skipped"):
        print(f"  (aiohttp columns skipped: {rps['aiohttp_skipped']})")

    print("\nTargets")
    for target in targets:
        print(target.row())
    growth = memory["otari"]["end_mb"] - memory["otari"]["checkpoint_mb"]
    flat = growth <= max(5.0, 0.05 * big / 1e6)
    label = f"streaming memory, {small / 1e6:g} MB -> {big / 1e6:g} MB"
    print(f"  {label:<44} {f'+{growth:.1f} MB':>8}  {'flat' if flat else 'GROWS'}")
    elapsed = time.perf_counter() - started
    print(f"\n{elapsed:.0f} s; results in {args.output}")

    results = {
        "quick": quick,
        "environment": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average": _load(),
        },
        "import_seconds": imports,
        "generated_modules_after_client_import": generated,
        "call_cpu_seconds": calls,
        "stream_cpu_seconds_per_chunk": {**stream, "frames": frames},
        "stream_peak_rss_mb": {"checkpoint_bytes": small, "total_bytes": big, **memory, "flat": flat},
        "async_requests_per_second": {**rps, "concurrency": concurrency},
        "targets": [{**asdict(t), "met": t.met} for t in targets],
        "seconds": elapsed,
    }
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    return 0


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


if __name__ == "__main__":
    sys.exit(main())
