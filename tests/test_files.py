"""``client.files`` against the MockGateway (sync and async): every accepted ``file`` form, purposes, the
owner scoping, content whole and streamed, deletes, and bad input refused before any request."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from otari import AsyncOtari, NotFoundError, Otari
from otari.testing import MockGateway
from tests.drivers import API_ROOTS

MASTER = "master-files"
ALICE = "gw-alice"


@pytest.fixture(scope="module", params=API_ROOTS)
def gateway(request: pytest.FixtureRequest) -> Iterator[MockGateway]:
    """Each gateway generation in turn; clients get the bare origin and discover the root."""
    with MockGateway(api_root=request.param, api_keys=[ALICE], master_key=MASTER) as gw:
        yield gw


@pytest.fixture
def gw(gateway: MockGateway) -> MockGateway:
    gateway.reset_state()
    return gateway


def _client(gw: MockGateway, key: str = ALICE) -> Otari:
    return Otari(base_url=gw.url, otari_key=key, admin_key=MASTER, max_retries=0)


def _forms(tmp_path: Path) -> dict[str, tuple[Any, str]]:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b'{"n": 1}\n')
    return {
        "bytes": (b'{"n": 1}\n', "upload"),
        "path": (path, "rows.jsonl"),
        "str path": (str(path), "rows.jsonl"),
        "open file": (open(path, "rb"), "rows.jsonl"),  # closed below
        "tuple": (("named.jsonl", b'{"n": 1}\n', "application/jsonl"), "named.jsonl"),
        "two-tuple": (("pair.jsonl", io.BytesIO(b'{"n": 1}\n')), "pair.jsonl"),
    }


def test_every_file_form_uploads_the_same_bytes(gw: MockGateway, tmp_path: Path) -> None:
    forms = _forms(tmp_path)
    try:
        with _client(gw) as client:
            for label, (file, name) in forms.items():
                uploaded = client.files.create(file=file, purpose="batch")
                assert uploaded.filename == name, label
                assert uploaded.bytes_ == 9 and uploaded.purpose == "batch", label
                assert client.files.content(uploaded.id) == b'{"n": 1}\n', label
    finally:
        forms["open file"][0].close()
    part = gw.requests[-2]  # the last upload
    assert part.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert "+++" not in part.headers["content-type"]


def test_purpose_defaults_to_the_gateways_and_filters_the_list(gw: MockGateway) -> None:
    with _client(gw) as client:
        notes = client.files.create(file=b"notes")
        batch = client.files.create(file=b"rows", purpose="batch")
        assert notes.purpose == "user_data"
        assert b"purpose" not in gw.requests[-2].body, "left out, the gateway's default applies"
        assert [f.id for f in client.files.list()] == [batch.id, notes.id]
        assert [f.id for f in client.files.list(purpose="batch")] == [batch.id]
        assert client.files.retrieve(batch.id).filename == "upload"
        assert client.files.delete(batch.id) is None
        with pytest.raises(NotFoundError, match=batch.id):
            client.files.retrieve(batch.id)
        assert [f.id for f in client.files.list()] == [notes.id]


def test_files_use_the_callers_own_key_and_are_scoped_to_its_user(gw: MockGateway) -> None:
    with _client(gw, MASTER) as admin:
        admin.users.create(user_id="alice")
        secret = admin.keys.create(user_id="alice").key
    with _client(gw, secret) as alice:
        mine = alice.files.create(file=b"alice's")
    assert gw.last_request.headers["otari-key"] == f"Bearer {secret}"
    with _client(gw, MASTER) as admin:
        assert admin.files.list() == [], "the master key's own files"
        assert [f.id for f in admin.files.list(user="alice")] == [mine.id]
        assert admin.files.content(mine.id, user="alice") == b"alice's"
        with pytest.raises(NotFoundError):
            admin.files.content(mine.id)


def test_content_stream_writes_a_file_chunk_by_chunk(gw: MockGateway, tmp_path: Path) -> None:
    body = bytes(range(256)) * 1000
    stored = gw.add_file(body, filename="big.bin", user_id="default")
    with _client(gw) as client:
        with client.files.content_stream(stored["id"]) as download:
            assert download.content_type == "application/octet-stream"
            chunks = list(download.iter_bytes(chunk_size=10_000))
        assert b"".join(chunks) == body and max(len(c) for c in chunks) <= 10_000
        assert client.files.content_stream(stored["id"]).write_to(tmp_path / "out.bin") == len(body)
    assert (tmp_path / "out.bin").read_bytes() == body
    with pytest.raises(ValueError, match="chunk_size"):
        next(_client(gw).files.content_stream(stored["id"]).iter_bytes(chunk_size=0))


def test_async_files(gw: MockGateway, tmp_path: Path) -> None:
    async def main() -> None:
        async with AsyncOtari(base_url=gw.url, otari_key=ALICE, max_retries=0) as client:
            uploaded = await client.files.create(file=("a.txt", b"async bytes", "text/plain"), purpose="batch")
            assert (await client.files.retrieve(uploaded.id)).bytes_ == 11
            assert await client.files.content(uploaded.id) == b"async bytes"
            stream = await client.files.content_stream(uploaded.id)
            assert await stream.write_to(tmp_path / "a.txt") == 11
            assert [f.id async for f in client.files.iter(purpose="batch")] == [uploaded.id]
            await client.files.delete(uploaded.id)
            assert await client.files.list() == []

    asyncio.run(main())
    assert (tmp_path / "a.txt").read_bytes() == b"async bytes"


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"file": 12}, TypeError, "'file' must be bytes, a path"),
        ({"file": "/no/such/file.jsonl"}, ValueError, "no such file"),
        ({"file": b"x", "purpose": ""}, ValueError, "'purpose'"),
        ({"file": b"x", "purpose": 3}, TypeError, "'purpose'"),
        ({"file": b"x", "colour": "red"}, TypeError, "colour"),
    ],
)
def test_bad_uploads_are_refused_before_any_request(
    gw: MockGateway, kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    gw.clear()
    with _client(gw) as client, pytest.raises(error, match=match):
        client.files.create(**kwargs)
    assert gw.requests == []


def test_ids_are_one_path_segment(gw: MockGateway) -> None:
    with _client(gw) as client, pytest.raises(NotFoundError):
        client.files.retrieve("../keys")
    assert gw.last_request.path == gw.api_root + "/files/..%2Fkeys"


def test_a_failed_download_raises_before_any_chunk(gw: MockGateway) -> None:
    with _client(gw) as client:
        with pytest.raises(NotFoundError, match="file-missing"):
            client.files.content_stream("file-missing")
        # The error's body was read and its connection handed back: the next call reuses the pool.
        assert client.files.list() == []
    assert gw.wait_until_idle()

    async def main() -> None:
        async with AsyncOtari(base_url=gw.url, otari_key=ALICE, max_retries=0) as client:
            with pytest.raises(NotFoundError):
                await client.files.content_stream("file-missing")

    asyncio.run(main())


def test_write_to_refuses_a_bad_chunk_size_before_touching_the_target(gw: MockGateway, tmp_path: Path) -> None:
    stored = gw.add_file(b"new bytes", filename="n.bin", user_id="default")
    target = tmp_path / "keep.bin"
    target.write_bytes(b"old bytes")
    with _client(gw) as client:
        download = client.files.content_stream(stored["id"])
        with pytest.raises(ValueError, match="chunk_size"):
            download.write_to(target, chunk_size=0)
        assert target.read_bytes() == b"old bytes", "the target was truncated before the check"
        with pytest.raises(ValueError, match="chunk_size"):
            download.iter_bytes(chunk_size=-1)  # at the call, not at the first next()
        download.close()


def test_write_to_releases_the_connection_when_the_target_cannot_be_opened(gw: MockGateway, tmp_path: Path) -> None:
    stored = gw.add_file(b"bytes", filename="n.bin", user_id="default")
    missing = tmp_path / "no-such-dir" / "out.bin"
    with _client(gw) as client:
        download = client.files.content_stream(stored["id"])
        with pytest.raises(FileNotFoundError):
            download.write_to(missing)
        assert download.response.is_closed

    async def main() -> None:
        async with AsyncOtari(base_url=gw.url, otari_key=ALICE, max_retries=0) as client:
            stream = await client.files.content_stream(stored["id"])
            with pytest.raises(ValueError, match="chunk_size"):
                stream.iter_bytes(chunk_size=0)
            with pytest.raises(FileNotFoundError):
                await stream.write_to(missing)
            assert stream.response.is_closed

    asyncio.run(main())
