"""What every operation is built from: the :class:`Call` record and the checks and core access behind it.

An operation turns the caller's arguments into a ``Call`` — method, path, body and how to read the
answer — without doing any I/O; ``Otari`` and ``AsyncOtari`` hand the same ``Call`` to their own
transport. Paths and request serialisation come from the generated core (``_get_kwargs``), whose
modules are imported on first use so ``import otari`` stays cheap.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from types import ModuleType
from typing import Any, Generic, Literal, TypeVar, cast

import httpx

from ._errors import RouteKind
from ._json import is_mapping, is_object, is_tuple
from ._streaming import ServerSentEvent
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

T = TypeVar("T")


StreamKind = Literal["chat", "events", "bytes"]
"""``bytes``: a download read in chunks by the caller (no SSE decoding, no handler)."""


_CORE = "otari._generated"


_modules: dict[str, ModuleType] = {}


def core(name: str) -> ModuleType:
    """A generated module by its path below ``otari._generated`` (``"api.chat.chat_completions"``)."""
    module = _modules.get(name)
    if module is None:
        module = _modules[name] = import_module(f"{_CORE}.{name}")
    return module


_model_classes: dict[str, Any] = {}


def model_class(name: str) -> Any:
    """A generated model class by its module name (``"chat_completion"`` -> ``ChatCompletion``)."""
    cls = _model_classes.get(name)
    if cls is None:
        module = core(f"models.{name}")
        cls = _model_classes[name] = getattr(module, "".join(part.capitalize() for part in name.split("_")))
    return cls


@dataclass(slots=True)
class CallOptions:
    """The per-call knobs every method accepts besides its own parameters."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | None = None


@dataclass(slots=True)
class Call(Generic[T]):
    """One HTTP exchange, ready to be performed by either client."""

    method: str
    url: str
    route: RouteKind
    parse: Callable[[httpx.Response], T]
    params: dict[str, Any] | None = None
    json: Any = None
    files: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    options: CallOptions = field(default_factory=CallOptions)
    admin: bool = False
    stream: StreamKind | None = None
    handler: Callable[[ServerSentEvent], Any] | None = None


_OPTION_NAMES = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")


def split_options(params: dict[str, Any]) -> CallOptions:
    """Pop the per-call options out of ``params`` (in place), validating their types."""
    options = CallOptions()
    for name in _OPTION_NAMES:
        if name in params:
            setattr(options, name, params.pop(name))
    for name in ("extra_headers", "extra_query", "extra_body"):
        value = getattr(options, name)
        if value is not None and not isinstance(value, Mapping):
            raise TypeError(f"{name} must be a mapping (dict), got {type(value).__name__}")
    if options.max_retries is not None and (
        not isinstance(options.max_retries, int) or isinstance(options.max_retries, bool) or options.max_retries < 0  # pyright: ignore[reportUnnecessaryIsInstance]
    ):
        raise TypeError(f"max_retries must be a non-negative int, got {options.max_retries!r}")
    if not isinstance(options.timeout, NotGiven):
        check_timeout(options.timeout)
    return options


def check_timeout(value: object) -> None:
    """A timeout is a positive, finite number of seconds, an ``httpx.Timeout`` of such numbers, or None."""
    if isinstance(value, httpx.Timeout):
        phases = {"connect": value.connect, "read": value.read, "write": value.write, "pool": value.pool}
        for phase, seconds in phases.items():
            if seconds is not None and not _positive_seconds(seconds):
                raise TypeError(
                    f"timeout's {phase} phase must be a positive, finite number of seconds or None, got {seconds!r}"
                )
        return
    if value is None:
        return
    # inf would overflow the event loop's and the socket's clocks; nan compares false with every deadline.
    # A TypeError like every other unusable timeout, so that one except clause covers them all.
    if not _positive_seconds(value):
        raise TypeError(
            f"timeout must be a positive, finite number of seconds, an httpx.Timeout or None, got {value!r}"
        )


def _positive_seconds(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def core_request(endpoint: str, /, **kwargs: Any) -> dict[str, Any]:
    """Method, URL and serialised body from the generated core's ``_get_kwargs``."""
    built: dict[str, Any] = core(f"api.{endpoint}")._get_kwargs(**kwargs)
    return built


def multipart_request(endpoint: str, body: Any, file: tuple[str | None, Any, str | None]) -> dict[str, Any]:
    """:func:`core_request` for a multipart ``body`` whose ``file`` field gets ``file`` (see :func:`file_part`)."""
    name, content, mime = file
    body.file = core("types").File(payload=content, file_name=name, mime_type=mime)
    built = core_request(endpoint, body=body)
    # The generator pins a fake multipart boundary; httpx must choose the real one.
    built.get("headers", {}).pop("Content-Type", None)
    return built


def require_str(method: str, name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{method}() argument {name!r} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{method}() argument {name!r} must not be empty (for example model='openai:gpt-4o-mini')")
    return value


# Far above any real id, far below the URL length httpx refuses (65,536): a longer value is a mistake.
MAX_PATH_ID_CHARS = 4096


def require_path_id(method: str, name: str, value: object) -> str:
    """An id that becomes one URL path segment.

    ``"."`` and ``".."`` are refused: the HTTP stack normalises them away, so ``users.usage("..")`` would
    otherwise be sent as ``GET /v1/usage`` — every user's log.
    """
    text = require_str(method, name, value)
    if text in (".", ".."):
        raise ValueError(f"{method}() argument {name!r} must be an id, not {text!r} (a path step, not a name)")
    if len(text) > MAX_PATH_ID_CHARS:
        raise ValueError(
            f"{method}() argument {name!r} is {len(text)} characters long: an id has at most {MAX_PATH_ID_CHARS}"
        )
    return text


def _as_dict(method: str, name: str, index: int, item: object) -> dict[str, Any]:
    if is_mapping(item):
        return dict(item)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        converted = to_dict()
        if is_object(converted):
            return converted
    raise TypeError(
        f"{method}() argument {name!r}[{index}] must be a dict like "
        f'{{"role": "user", "content": "Hi"}} or a typed message model, got {type(item).__name__}'
    )


def require_messages(method: str, messages: object, name: str = "messages") -> list[dict[str, Any]]:
    if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
        raise TypeError(
            f"{method}() argument {name!r} must be a list of messages such as "
            f'[{{"role": "user", "content": "Hi"}}], got {type(messages).__name__}'
        )
    if not messages:
        raise ValueError(
            f'{method}() argument {name!r} must contain at least one message, e.g. {{"role": "user", ...}}'
        )
    return [_as_dict(method, name, i, item) for i, item in enumerate(cast("Sequence[object]", messages))]


def require_int(method: str, name: str, value: object, *, minimum: int = 1) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{method}() argument {name!r} must be an int, got {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{method}() argument {name!r} must be at least {minimum}, got {value}")
    return value


_NUMBER_PARAMS = ("temperature", "top_p", "frequency_penalty", "presence_penalty")


def check_cheap_types(method: str, params: Mapping[str, Any]) -> None:
    for name in _NUMBER_PARAMS:
        value = params.get(name)
        if value is not None and (not isinstance(value, int | float) or isinstance(value, bool)):
            raise TypeError(f"{method}() argument {name!r} must be a number, got {type(value).__name__}")
    for name in ("max_tokens", "max_completion_tokens", "n", "max_output_tokens"):
        value = params.get(name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise TypeError(f"{method}() argument {name!r} must be an int, got {type(value).__name__}")


def build_body(method: str, model_name: str, fields: dict[str, Any], params: Mapping[str, Any]) -> Any:
    """Validate ``params`` against the generated request model and return the model instance.

    Unknown names land in the model's ``additional_properties`` when parsed, which is exactly the
    set to reject: anything the spec does not know must go through ``extra_body`` explicitly.
    """
    check_cheap_types(method, params)
    cls = model_class(model_name)
    payload = {**params, **fields}
    try:
        body = cls.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TypeError(f"{method}(): invalid arguments for {cls.__name__}: {exc!r}") from None
    unknown = sorted(body.additional_properties)
    if unknown:
        names = ", ".join(repr(n) for n in unknown)
        raise TypeError(
            f"{method}() got unexpected keyword argument(s) {names}: not a field of {cls.__name__}. "
            f"Pass extra_body={{{unknown[0]!r}: ...}} to send a field the SDK does not know verbatim."
        )
    return body


def file_part(method: str, file: object, default_name: str) -> tuple[str | None, Any, str | None]:
    """Accept bytes, an open binary file, a path, or a ``(name, content[, mime])`` tuple."""
    import os

    if is_tuple(file) and 2 <= len(file) <= 3:
        name, content = file[0], file[1]
        mime = file[2] if len(file) == 3 else None
        return name, content, mime
    if isinstance(file, bytes | bytearray):
        return default_name, bytes(file), None
    if isinstance(file, str | os.PathLike):
        path = os.fspath(cast("str | os.PathLike[str]", file))
        if not os.path.isfile(path):
            raise ValueError(f"{method}() argument 'file': no such file {path!r}")
        with open(path, "rb") as handle:
            return os.path.basename(path), handle.read(), None
    read = getattr(file, "read", None)
    if callable(read):
        return os.path.basename(str(getattr(file, "name", default_name))), file, None
    raise TypeError(
        f"{method}() argument 'file' must be bytes, a path, an open binary file or a "
        f"(filename, content[, mime_type]) tuple, got {type(file).__name__}"
    )


def reject_unknown(method: str, params: Mapping[str, Any]) -> None:
    if params:
        names = ", ".join(repr(n) for n in sorted(params))
        raise TypeError(f"{method}() got unexpected keyword argument(s) {names}")


def make_call(
    built: dict[str, Any],
    route: RouteKind,
    options: CallOptions,
    *,
    parse: Callable[[httpx.Response], Any],
    stream: StreamKind | None = None,
    handler: Callable[[ServerSentEvent], Any] | None = None,
    admin: bool = False,
) -> Call[Any]:
    body = built.get("json")
    if options.extra_body:
        if not is_object(body):
            raise TypeError("extra_body can only be used with calls that send a JSON object body")
        body = {**body, **options.extra_body}
    params = built.get("params")
    if params:
        # The core leaves UNSET-valued optional query parameters out, but not explicit Nones.
        params = {k: v for k, v in params.items() if v is not None}
    return Call(
        method=built["method"].upper(),
        url=built["url"],
        route=route,
        parse=parse,
        params=params or None,
        json=body,
        files=built.get("files"),
        headers=dict(built.get("headers") or {}),
        options=options,
        admin=admin,
        stream=stream,
        handler=handler if stream else None,
    )
