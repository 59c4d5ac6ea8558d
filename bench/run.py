"""``make bench``: what otari costs on top of plain httpx, measured against a canned loopback gateway.

Runs offline with the dev dependencies only, in two to three minutes, prints every figure as SDK vs raw
ratio with MET/MISSED per target, and writes ``bench/results.json``:

* import: ``import otari`` and ``from otari import Otari, AsyncOtari`` vs ``import httpx``, each timed inside
  a fresh interpreter (median of 15, interleaved; bytecode caches warm, as after any install);
* per-call CPU of a non-streaming chat completion vs ``httpx.Client.post`` + ``json.loads``;
* CPU per SSE chunk of ``completion_stream`` vs httpx ``iter_lines`` + ``json.loads``, on OpenAI's compact
  308-byte chunks and on the gateway's 455-byte ones (every field, nulls included), and the peak RSS after
  10 MB and after 100 MB of one stream;
* requests per second at 500-way concurrency (500 tasks, 3 calls each, one client) of ``AsyncOtari()`` as
  constructed by default (``http_backend="auto"``), against a threaded sync-httpx client (the way an SDK
  without a real async client, such as the earlier official one, serves async callers), raw
  ``httpx.AsyncClient``, and raw httpx with httpx-aiohttp's transport;
* whole 100-chunk streams per second at 100-way concurrency on the aiohttp transport, SDK vs raw httpx +
  the same transport + ``aiter_lines`` + ``json.loads``.

The server (``bench/server.py``) runs in its own process, so client CPU (``time.process_time()`` in the
client process, see ``bench/cases.py``) never includes it. Every ratio compares figures of the same run,
interleaved round by round, so load on the machine hits both sides alike. A missed target is printed as
MISSED; the exit status stays 0 because a slow machine is not a broken build.

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
        verdict = {True: "MET", False: "MISSED", None: "skipped"}[self.met]
        return f"  {verdict:<7} {self.name:<52} {ratio:>6}  (target {sign} {self.limit:g}x)  {self.detail}"


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


@dataclass
class Sizes:
    """How much work each case does: the real run, or ``--quick``."""

    import_runs: int = 15
    calls: int = 300
    call_rounds: int = 9
    frames: int = 10_000
    stream_rounds: int = 5
    stream_bytes: int = 100_000_000
    checkpoint_bytes: int = 10_000_000
    concurrency: int = 500
    async_rounds: int = 3
    stream_concurrency: int = 100
    stream_frames: int = 100


QUICK = Sizes(2, 20, 2, 500, 2, 2_000_000, 200_000, 50, 1, 10, 10)


def measure(sizes: Sizes, env: dict[str, str]) -> dict[str, Any]:
    """Run every case; the raw numbers, keyed as in ``results.json``."""
    print("\n[1/6] import time (fresh interpreters)...", flush=True)
    imports = time_imports(sizes.import_runs, env)
    generated = generated_modules_after_import(env)
    with canned_server(env) as url:
        print("[2/6] per-call CPU...", flush=True)
        calls = run_case("calls", url, env, calls=sizes.calls, rounds=sizes.call_rounds)
        print("[3/6] streaming CPU...", flush=True)
        stream = {
            shape: {
                **run_case("stream", url, env, frames=sizes.frames, rounds=sizes.stream_rounds, shape=shape),
                "frames": sizes.frames,
            }
            for shape in SHAPES
        }
        print("[4/6] streaming memory...", flush=True)
        memory = {
            kind: run_case("memory", url, env, client=kind, bytes=sizes.stream_bytes, checkpoint=sizes.checkpoint_bytes)
            for kind in ("otari", "raw")
        }
        print("[5/6] async throughput...", flush=True)
        rps = run_case("throughput", url, env, concurrency=sizes.concurrency, per_worker=3, rounds=sizes.async_rounds)
        print("[6/6] concurrent streams...", flush=True)
        streams = run_case(
            "streams",
            url,
            env,
            concurrency=sizes.stream_concurrency,
            per_worker=3,
            frames=sizes.stream_frames,
            rounds=sizes.async_rounds,
        )
    growth = memory["otari"]["end_mb"] - memory["otari"]["checkpoint_mb"]
    return {
        "import_seconds": imports,
        "generated_modules_after_client_import": generated,
        "call_cpu_seconds": calls,
        "stream_cpu_seconds_per_chunk": stream,
        "stream_peak_rss_mb": {
            "checkpoint_bytes": sizes.checkpoint_bytes,
            "total_bytes": sizes.stream_bytes,
            **memory,
            "growth_mb": growth,
            "flat": memory["otari"]["end_mb"] <= FLAT * memory["otari"]["checkpoint_mb"],
        },
        "async_requests_per_second": {**rps, "concurrency": sizes.concurrency},
        "async_streams_per_second": {
            **streams,
            "concurrency": sizes.stream_concurrency,
            "frames": sizes.stream_frames,
        },
    }


#: A stream's memory is flat when its peak RSS after all of it is within this factor of the peak after a tenth.
FLAT = 1.15

#: Chunk shapes of the streaming CPU case: the server's name -> how the report calls it.
SHAPES = {"compact": "308-byte compact chunks", "gateway": "455-byte gateway chunks"}


def judge(m: dict[str, Any]) -> list[Target]:
    """The issue's targets, from the measurements."""
    imports, calls, memory = m["import_seconds"], m["call_cpu_seconds"], m["stream_peak_rss_mb"]
    rps, streams = m["async_requests_per_second"], m["async_streams_per_second"]
    way = f"{rps['concurrency']}-way"
    targets = [
        Target(
            "import: `from otari import Otari, AsyncOtari`",
            _ratio(imports["otari_clients"], imports["httpx"]),
            1.5,
            True,
            f"{_ms(imports['otari_clients'])} vs `import httpx` {_ms(imports['httpx'])}",
        ),
        Target(
            "per-call CPU: completion()",
            _ratio(calls["otari"], calls["raw"]),
            1.15,
            True,
            f"{_us(calls['otari'])} vs httpx post + json.loads {_us(calls['raw'])}",
        ),
    ]
    for shape, label in SHAPES.items():
        stream = m["stream_cpu_seconds_per_chunk"][shape]
        targets.append(
            Target(
                f"streaming CPU per chunk, {label}",
                _ratio(stream["otari"], stream["raw"]),
                1.5,
                True,
                f"{_us(stream['otari'])} vs iter_lines + json.loads {_us(stream['raw'])} ({stream['frames']:,} chunks)",
            )
        )
    small, big = memory["checkpoint_bytes"] / 1e6, memory["total_bytes"] / 1e6
    targets.append(
        Target(
            f"streaming memory: peak RSS at {big:g} MB vs at {small:g} MB",
            _ratio(memory["otari"]["end_mb"], memory["otari"]["checkpoint_mb"]),
            FLAT,
            True,
            f"peak RSS +{memory['growth_mb']:.1f} MB after the first {memory['checkpoint_bytes'] / 1e6:g} MB "
            f"(raw iter_lines +{memory['raw']['end_mb'] - memory['raw']['checkpoint_mb']:.1f} MB)",
        )
    )
    targets.append(
        Target(
            f"async: AsyncOtari() vs threaded sync httpx, {way}",
            _ratio(rps["otari"], rps["threaded"]),
            1.8,
            False,
            f"{rps['otari']:.0f} req/s ({rps['otari_backend']} backend) vs {rps['threaded']:.0f} req/s "
            f"(raw httpx.AsyncClient {rps['raw']:.0f} req/s)",
        )
    )
    skipped = rps.get("aiohttp_skipped")
    on_aiohttp = rps["otari_backend"] == "aiohttp"
    targets.append(
        Target(
            f"async: aiohttp backend vs raw httpx + aiohttp, {way}",
            None if skipped or not on_aiohttp else _ratio(rps["otari"], rps["raw_aiohttp"]),
            0.9,
            False,
            f"skipped: {skipped}" if skipped else f"{rps['otari']:.0f} req/s vs {rps['raw_aiohttp']:.0f} req/s",
        )
    )
    skipped = streams.get("aiohttp_skipped")
    targets.append(
        Target(
            f"async streams: aiohttp backend vs raw, {streams['concurrency']}-way",
            None if skipped else _ratio(streams["otari_aiohttp"], streams["raw_aiohttp"]),
            0.8,
            False,
            f"skipped: {skipped}"
            if skipped
            else (
                f"{streams['otari_aiohttp']:.0f} vs {streams['raw_aiohttp']:.0f} streams/s "
                f"of {streams['frames']} chunks (raw: aiter_lines + json.loads)"
            ),
        )
    )
    return targets


_ASYNC_NAMES = {
    "otari": "AsyncOtari()",
    "threaded": "threaded sync httpx",
    "raw": "raw httpx.AsyncClient",
    "raw_aiohttp": "raw httpx+aiohttp",
}


def print_report(m: dict[str, Any], targets: list[Target]) -> None:
    imports, calls = m["import_seconds"], m["call_cpu_seconds"]
    memory, rps, streams = m["stream_peak_rss_mb"], m["async_requests_per_second"], m["async_streams_per_second"]
    print("\nMeasurements")
    print(f"  import otari                                  {_ms(imports['otari'])}")
    print(f"  from otari import Otari, AsyncOtari           {_ms(imports['otari_clients'])}")
    print(f"  import httpx                                  {_ms(imports['httpx'])}")
    print(f"  otari._generated modules after that import    {m['generated_modules_after_client_import']}")
    print(f"  non-streaming call, client CPU                otari {_us(calls['otari'])}   raw {_us(calls['raw'])}")
    for shape in SHAPES:
        stream = m["stream_cpu_seconds_per_chunk"][shape]
        print(f"  streaming CPU per chunk, {shape:<20} otari {_us(stream['otari'])}   raw {_us(stream['raw'])}")
    small, big = memory["checkpoint_bytes"] / 1e6, memory["total_bytes"] / 1e6
    for kind, label in (("otari", "completion_stream"), ("raw", "raw iter_lines")):
        rss = memory[kind]
        print(
            f"  peak RSS, {label:<18} at {small:g} MB: {rss['checkpoint_mb']:.1f} MB, "
            f"at {big:g} MB: {rss['end_mb']:.1f} MB (+{rss['end_mb'] - rss['checkpoint_mb']:.1f} MB)"
        )
    line = ", ".join(f"{label} {rps[key]:.0f}" for key, label in _ASYNC_NAMES.items() if key in rps)
    print(f"  req/s at {rps['concurrency']}-way concurrency   {line} (AsyncOtari() is on {rps['otari_backend']})")
    if streams.get("aiohttp_skipped"):
        print(f"  (aiohttp figures skipped: {streams['aiohttp_skipped']})")
    else:
        print(
            f"  streams/s at {streams['concurrency']}-way, aiohttp    AsyncOtari {streams['otari_aiohttp']:.0f}, "
            f"raw {streams['raw_aiohttp']:.0f} ({streams['frames']} chunks each)"
        )

    print("\nTargets (SDK vs raw, same run)")
    for target in targets:
        print(target.row())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a few iterations only (smoke test)")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    print("otari benchmarks" + (" (--quick: smoke test, numbers meaningless)" if args.quick else ""))
    environment = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": _load(),
    }
    print(f"Python {environment['python']}, {environment['cpus']} CPUs, load average {environment['load_average']}")
    pycache = tempfile.mkdtemp(prefix="otari-bench-pycache-")
    try:
        measurements = measure(QUICK if args.quick else Sizes(), _child_env(pycache))
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
    environment["load_average_at_end"] = _load()
    targets = judge(measurements)
    print_report(measurements, targets)
    elapsed = time.perf_counter() - started
    met = sum(t.met is True for t in targets)
    print(f"\n{met} of {len(targets)} targets met; load average at the end {environment['load_average_at_end']}")
    print(f"{elapsed:.0f} s; results in {args.output}")

    results = {
        "quick": args.quick,
        "environment": environment,
        **measurements,
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
