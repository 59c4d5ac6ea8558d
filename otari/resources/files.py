"""``client.files``: the gateway's OpenAI-compatible Files API (``/v1/files``).

Files belong to the caller: these calls authenticate with the client's own key (not the admin key). A
master key acts for one user through ``user=``. ``content`` returns the bytes; ``content_stream`` reads
them in chunks (``write_to(path)`` / ``iter_bytes()``) without holding the whole file in memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .._calls import (
    Call,
    CallOptions,
    file_part,
    make_call,
    model_class,
    multipart_request,
    reject_unknown,
    require_str,
    split_options,
)
from .._pagination import PagePlan, single_page_plan
from .._parsing import parse_bytes, parse_model, parse_none
from ._base import (
    AsyncIterMethod,
    AsyncMethod,
    AsyncResource,
    M,
    SyncIterMethod,
    SyncMethod,
    SyncResource,
    path_id,
    query,
)

if TYPE_CHECKING:
    from typing import Unpack

    from .._downloads import AsyncBinaryStream, BinaryStream
    from .._generated.models.file_object import FileObject
    from ..params import RequestOptions


def _optional_str(method: str, name: str, value: object) -> str | None:
    return None if value is None else require_str(method, name, value)


def _files_call(built: dict[str, Any], options: CallOptions, parse: Any, *, stream: bool = False) -> Call[Any]:
    # Not the admin credential: the gateway lists and serves the authenticated user's own files.
    return make_call(built, "files", options, parse=parse, stream="bytes" if stream else None)


def _file_list(response: httpx.Response) -> list[FileObject]:
    data: list[FileObject] = parse_model("file_list")(response).data
    return data


def create_file(
    *, file: Any, purpose: str | None = None, user: str | None = None, **request_options: Unpack[RequestOptions]
) -> Call[FileObject]:
    """Upload a file (``POST /v1/files``, multipart).

    ``file`` is bytes, a path, an open binary file or a ``(filename, content[, mime_type])`` tuple, as for
    ``transcription``. ``purpose`` is passed through as the OpenAI purpose (``"batch"``, ``"user_data"``,
    ...); left out, the gateway uses ``"user_data"``. ``user`` names the owner when a master key uploads.
    """
    options: dict[str, Any] = dict(request_options)
    call_options = split_options(options)
    reject_unknown("files.create", options)
    part = file_part("files.create", file, "upload")
    fields: dict[str, Any] = {}
    if purpose is not None:
        fields["purpose"] = require_str("files.create", "purpose", purpose)
    if user is not None:
        fields["user"] = require_str("files.create", "user", user)
    body = model_class("body_create_file_v1_files_post").from_dict({**fields, "file": b""})
    built = multipart_request("files.create_file", body, part)
    return _files_call(built, call_options, parse_model("file_object"))


def _listing(method: str, purpose: object, user: object, options: dict[str, Any]) -> Call[list[FileObject]]:
    call_options = split_options(options)
    reject_unknown(method, options)
    given = {"purpose": _optional_str(method, "purpose", purpose), "user": _optional_str(method, "user", user)}
    return _files_call(query("files.list_files", {}, given), call_options, _file_list)


def list_files(
    *, purpose: str | None = None, user: str | None = None, **request_options: Unpack[RequestOptions]
) -> Call[list[FileObject]]:
    """The caller's files (``GET /v1/files``), optionally only those of one ``purpose``."""
    options: dict[str, Any] = dict(request_options)
    return _listing("files.list", purpose, user, options)


def iter_files(
    *, purpose: str | None = None, user: str | None = None, **request_options: Unpack[RequestOptions]
) -> PagePlan[FileObject]:
    """Every file, lazily. The gateway sends the whole listing in one answer, so this is one request."""
    options: dict[str, Any] = dict(request_options)
    return single_page_plan(_listing("files.iter", purpose, user, options))


def _one(
    method: str, endpoint: str, file_id: object, user: object, options: dict[str, Any], parse: Any, **kw: Any
) -> Call[Any]:
    call_options = split_options(options)
    reject_unknown(method, options)
    path = {"file_id": path_id(method, "file_id", file_id)}
    built = query(endpoint, path, {"user": _optional_str(method, "user", user)})
    return _files_call(built, call_options, parse, **kw)


def retrieve_file(
    file_id: str, *, user: str | None = None, **request_options: Unpack[RequestOptions]
) -> Call[FileObject]:
    """One file's metadata (``GET /v1/files/{file_id}``); an unknown id raises :class:`~otari.NotFoundError`."""
    options: dict[str, Any] = dict(request_options)
    return _one("files.retrieve", "files.get_file", file_id, user, options, parse_model("file_object"))


def file_content(file_id: str, *, user: str | None = None, **request_options: Unpack[RequestOptions]) -> Call[bytes]:
    """A file's bytes (``GET /v1/files/{file_id}/content``), read whole; see ``content_stream`` for big files."""
    options: dict[str, Any] = dict(request_options)
    return _one("files.content", "files.get_file_content", file_id, user, options, parse_bytes)


def file_content_stream(
    file_id: str, *, user: str | None = None, **request_options: Unpack[RequestOptions]
) -> Call[BinaryStream]:
    """A file's bytes as a :class:`~otari.BinaryStream`: ``write_to(path)`` or ``iter_bytes()``, chunk by chunk."""
    options: dict[str, Any] = dict(request_options)
    return _one("files.content_stream", "files.get_file_content", file_id, user, options, parse_bytes, stream=True)


def file_content_stream_async(
    file_id: str, *, user: str | None = None, **request_options: Unpack[RequestOptions]
) -> Call[AsyncBinaryStream]:
    """A file's bytes as an :class:`~otari.AsyncBinaryStream`: ``await write_to(path)`` or ``async for`` over
    ``iter_bytes()``."""
    options: dict[str, Any] = dict(request_options)
    # The same call: the async client opens the response as an AsyncBinaryStream.
    return file_content_stream(file_id, user=user, **options)  # type: ignore[return-value]


def delete_file(file_id: str, *, user: str | None = None, **request_options: Unpack[RequestOptions]) -> Call[None]:
    """Delete a file and its bytes (``DELETE /v1/files/{file_id}``)."""
    options: dict[str, Any] = dict(request_options)
    return _one("files.delete", "files.delete_file", file_id, user, options, parse_none)


class Files(SyncResource[M]):
    """Files: ``create``, ``list``, ``iter``, ``retrieve``, ``content``, ``content_stream``, ``delete``."""

    __slots__ = ()
    create = SyncMethod(create_file)
    list = SyncMethod(list_files)
    iter = SyncIterMethod(iter_files)
    retrieve = SyncMethod(retrieve_file)
    content = SyncMethod(file_content)
    content_stream = SyncMethod(file_content_stream)
    delete = SyncMethod(delete_file)


class AsyncFiles(AsyncResource[M]):
    """Files (awaitable; ``iter`` is ``async for``; ``content_stream`` gives an ``AsyncBinaryStream``)."""

    __slots__ = ()
    create = AsyncMethod(create_file)
    list = AsyncMethod(list_files)
    iter = AsyncIterMethod(iter_files)
    retrieve = AsyncMethod(retrieve_file)
    content = AsyncMethod(file_content)
    content_stream = AsyncMethod(file_content_stream_async)
    delete = AsyncMethod(delete_file)
