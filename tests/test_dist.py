"""The release artefacts: what `make dist` builds installs and works on its own.

The sdist and the wheel are built from a copy of the repository (as `python -m build` does, wheel from
the sdist, without build isolation so that nothing is downloaded), checked with `twine check --strict`,
and the wheel is installed into a fresh venv that has only the run-time dependencies: no dev extras, no
editable checkout, no network. There a script run from outside the repository makes a completion, a
stream and a typed error against the bundled MockGateway, with every warning turned into an error, and
the `otari` console script answers `--version`.
"""

from __future__ import annotations

import email.parser
import importlib.metadata
import importlib.util
import re
import shutil
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from email.message import Message
from pathlib import Path

import pytest

import otari

REPO = Path(__file__).resolve().parents[1]
RUNTIME_REQUIREMENTS = {"httpx", "attrs", "python-dateutil"}


def _can_build() -> str | None:
    """Why the artefacts cannot be built offline here, or None."""
    for module in ("build", "twine", "packaging"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (it comes with the dev extra: make venv)"
    from packaging.version import Version

    if Version(importlib.metadata.version("setuptools")) < Version("77"):
        return "setuptools >= 77 is needed to build without isolation"
    return None


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=300)
    assert proc.returncode == 0, f"{cmd} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    reason = _can_build()
    if reason:
        pytest.skip(reason)
    root = tmp_path_factory.mktemp("dist")
    source = root / "source"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", "*.egg-info", "build", "dist", ".*_cache", ".hypothesis"
        ),
    )
    out = root / "out"
    proc = _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)], cwd=root)
    (root / "build.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    found = {"sdist": sorted(out.glob("*.tar.gz")), "wheel": sorted(out.glob("*.whl"))}
    assert [len(found["sdist"]), len(found["wheel"])] == [1, 1], found
    return {kind: paths[0] for kind, paths in found.items()}


def test_the_build_prints_no_packaging_warning(dists: dict[str, Path]) -> None:
    log = (dists["wheel"].parent.parent / "build.log").read_text(encoding="utf-8")
    assert not re.search(r"(?i)deprecat|SetuptoolsWarning|BuildBackendWarning", log), log
    # setuptools' own "warning:" lines (a MANIFEST.in pattern matching nothing, ...); byte-compiling
    # is off when PYTHONDONTWRITEBYTECODE is set, which says nothing about the project.
    warnings = [line for line in log.splitlines() if line.startswith("warning:") and "byte-compiling" not in line]
    assert warnings == []


def _metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.Parser().parsestr(archive.read(name).decode())


def test_twine_check_strict_passes(dists: dict[str, Path]) -> None:
    proc = _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, dists.values())], cwd=REPO)
    assert proc.stdout.count("PASSED") == 2, proc.stdout


def test_wheel_metadata_is_complete(dists: dict[str, Path]) -> None:
    from packaging.version import Version

    meta = _metadata(dists["wheel"])
    assert meta["Name"] == "otari" and meta["Version"] == otari.__version__
    # The next major of the `otari` distribution: it must sort above the 0.4 client on the index.
    assert Version(otari.__version__) >= Version("1.0.0") > Version("0.4.1")
    assert meta["License-Expression"] == "Apache-2.0" and meta.get_all("License-File") == ["LICENSE"]
    assert meta["Requires-Python"] == ">=3.11"
    classifiers = set(meta.get_all("Classifier") or [])
    assert {
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Programming Language :: Python :: 3.13",
        "Typing :: Typed",
        "Operating System :: OS Independent",
        "Development Status :: 5 - Production/Stable",
    } <= classifiers
    assert not any(c.startswith("License ::") for c in classifiers), "PEP 639: the SPDX expression replaces these"
    urls = {entry.split(",")[0] for entry in meta.get_all("Project-URL") or []}
    assert {"Repository", "Documentation", "Changelog", "Issues"} <= urls
    assert meta["Keywords"] and meta["Author"]
    unconditional = {r.split(";")[0] for r in meta.get_all("Requires-Dist") or [] if "extra ==" not in r}
    assert {r.split(">")[0].split("<")[0].split("=")[0] for r in unconditional} == RUNTIME_REQUIREMENTS
    description = meta.get_payload()
    assert isinstance(description, str)
    # PyPI's page opens with the install line and a short quickstart, before any section.
    opening = description.split("\n## ", 1)[0]
    blocks = re.findall(r"```(\w+)\n(.*?)```", opening, re.DOTALL)
    assert [language for language, _ in blocks] == ["bash", "python"], blocks
    assert blocks[0][1].strip() == "pip install otari"
    assert len(blocks[1][1].strip().splitlines()) <= 10


def test_wheel_ships_the_typed_package_and_its_license(dists: dict[str, Path]) -> None:
    with zipfile.ZipFile(dists["wheel"]) as archive:
        names = set(archive.namelist())
    version = otari.__version__
    assert {
        "otari/py.typed",
        "otari/_generated/_spec_version.py",
        "otari/testing/__init__.py",
        f"otari-{version}.dist-info/licenses/LICENSE",
    } <= names
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]


def test_sdist_is_the_package_without_a_partial_test_suite(dists: dict[str, Path]) -> None:
    with tarfile.open(dists["sdist"]) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml", "otari/py.typed"} <= names
    assert "otari/_generated/_spec_version.py" in names
    assert not [n for n in names if n == "tests" or n.startswith("tests/")], "tests: all or nothing"


def _runtime_closure(wheel: Path) -> list[importlib.metadata.Distribution]:
    """The installed distributions the wheel needs at run time (its Requires-Dist, recursively, no extras)."""
    from packaging.requirements import Requirement

    pending = [Requirement(r) for r in _metadata(wheel).get_all("Requires-Dist") or []]
    seen: dict[str, importlib.metadata.Distribution] = {}
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        key = requirement.name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            dist = importlib.metadata.distribution(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{requirement.name} is not installed here, so it cannot be copied into the fresh venv")
        seen[key] = dist
        pending.extend(Requirement(r) for r in dist.requires or [])
    return list(seen.values())


def _copy_distribution(dist: importlib.metadata.Distribution, site_packages: Path) -> None:
    """Copy one installed distribution's files (code and .dist-info) as pip had installed them."""
    for file in dist.files or []:
        if file.parts[0] == ".." or "__pycache__" in file.parts:
            continue  # console scripts live outside site-packages; bytecode is rebuilt
        target = site_packages / file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(Path(str(dist.locate_file(file))), target)


SMOKE = textwrap.dedent(
    """
    import importlib.util
    import sys
    import otari
    from otari import Otari, RateLimitError
    from otari.testing import MockGateway

    print("from", otari.__file__)
    assert importlib.util.find_spec("pytest") is None, "a dev dependency leaked into the fresh venv"
    with MockGateway() as gateway:
        client = Otari(base_url=gateway.url, otari_key="gw-wheel", max_retries=0)
        reply = client.completion(model="openai:gpt-4o-mini", messages=[{"role": "user", "content": "ping"}])
        print("completion:", reply.choices[0].message.content)
        with client.completion_stream(
            model="openai:gpt-4o-mini", messages=[{"role": "user", "content": "stream"}]
        ) as stream:
            text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
        print("stream:", text)
        gateway.queue_error(429, "Rate limit exceeded", headers={"retry-after": "2"})
        try:
            client.completion(model="openai:gpt-4o-mini", messages=[{"role": "user", "content": "again"}])
        except RateLimitError as error:
            print("error:", type(error).__name__, error.status_code, error.retry_after)
        print("user-agent:", gateway.requests[0].headers.get("user-agent"))
        client.close()
    """
)


def test_the_wheel_works_in_a_fresh_venv_without_dev_extras(dists: dict[str, Path], tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    python = venv / "bin" / "python"
    site_packages = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp_path
        ).stdout.strip()
    )
    for dist in _runtime_closure(dists["wheel"]):
        _copy_distribution(dist, site_packages)
    offline = {"PATH": "/usr/bin:/bin", "PIP_NO_INDEX": "1", "PIP_CONFIG_FILE": "/dev/null"}
    _run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", str(dists["wheel"])],
        cwd=tmp_path,
        env=offline,
    )
    # Every requirement of the installed wheel is met by what the venv holds, and nothing else came in.
    assert "No broken requirements" in _run([str(python), "-m", "pip", "check"], cwd=tmp_path, env=offline).stdout

    script = tmp_path / "smoke.py"
    script.write_text(SMOKE, encoding="utf-8")
    # -I: no PYTHONPATH, no user site, not even the script's directory; -W error: no warning may pass.
    proc = subprocess.run(
        [str(python), "-I", "-W", "error", str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stderr == "", proc.stderr
    lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines())
    assert Path(lines["from"]).is_relative_to(venv), lines["from"]
    assert lines["completion:"].strip() and lines["stream:"].strip()
    assert lines["error:"] == "RateLimitError 429 2.0"
    assert lines["user-agent:"] == f"otari-python/{otari.__version__}"

    # The wheel's console script is installed and runs from the fresh venv.
    cli = _run([str(venv / "bin" / "otari"), "--version"], cwd=tmp_path, env={"PATH": "/usr/bin:/bin"})
    assert cli.stdout.startswith(f"otari {otari.__version__} "), cli.stdout
