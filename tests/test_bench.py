"""``make bench`` keeps working: a ``--quick`` run (a few iterations of every case, numbers meaningless)
against its own loopback server must produce every measurement and a verdict for every target."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_quick_bench_measures_everything(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--output", str(output)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(output.read_text())

    assert results["generated_modules_after_client_import"] == 0
    assert all(seconds > 0 for seconds in results["import_seconds"].values())
    assert set(results["call_cpu_seconds"]) == {"raw", "otari"}
    for shape in ("compact", "gateway"):
        assert results["stream_cpu_seconds_per_chunk"][shape]["otari"] > 0
        assert results["stream_cpu_seconds_per_chunk"][shape]["raw"] > 0
    memory = results["stream_peak_rss_mb"]
    for kind in ("otari", "raw"):
        assert memory[kind]["streamed"] >= memory["total_bytes"] * 0.9
        assert 0 < memory[kind]["checkpoint_mb"] <= memory[kind]["end_mb"]
    rps = results["async_requests_per_second"]
    assert rps["otari"] > 0 and rps["threaded"] > 0 and rps["raw"] > 0
    assert rps["otari_backend"] in ("aiohttp", "httpx")

    targets = {target["name"]: target for target in results["targets"]}
    assert len(targets) == 8
    skipped = rps["aiohttp_skipped"]
    for name, target in targets.items():
        if "aiohttp" in name and skipped:
            assert target["ratio"] is None and target["met"] is None
            continue
        assert target["ratio"] > 0, name
        assert target["met"] in (True, False), name
        verdict = "MET" if target["met"] else "MISSED"
        assert any(name in line and line.strip().startswith(verdict) for line in done.stdout.splitlines()), (
            name,
            done.stdout,
        )
