"""``client.pricing``: per-model prices (``/v1/pricing``). Control plane: authenticates with the admin key.

Model keys are ``provider:model`` (``openai:gpt-4o-mini``); the core escapes them into one path segment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._calls import Call, core_request, require_str, split_options
from .._pagination import DEFAULT_PAGE_SIZE, PagePlan, offset_plan
from .._parsing import parse_model, parse_model_list, parse_none
from ._base import (
    AsyncIterMethod,
    AsyncMethod,
    AsyncResource,
    DateLike,
    M,
    SyncIterMethod,
    SyncMethod,
    SyncResource,
    body,
    by_id,
    control_call,
    iso,
    paging,
    path_id,
    query_call,
)

if TYPE_CHECKING:
    from typing import Unpack

    from .._generated.models.pricing_response import PricingResponse
    from ..params import RequestOptions, SetPricingParams


def _price(method: str, name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{method}() argument {name!r} must be a number (price per million tokens), got {value!r}")
    return float(value)


def set_pricing(
    *,
    model_key: str,
    input_price_per_million: float,
    output_price_per_million: float,
    **params: Unpack[SetPricingParams],
) -> Call[PricingResponse]:
    """Set a model's price (``POST /v1/pricing``); a new version each time, effective now or at ``effective_at``.

    ``params`` are the other ``SetPricingRequest`` fields: ``cache_read_price_per_million``,
    ``cache_write_price_per_million``, ``cache_write_1h_price_per_million``, ``effective_at`` (a datetime
    or ISO 8601 string), ``pricing_tiers``.
    """
    given: dict[str, Any] = dict(params)
    options = split_options(given)
    fields = {
        "model_key": require_str("pricing.set", "model_key", model_key),
        "input_price_per_million": _price("pricing.set", "input_price_per_million", input_price_per_million),
        "output_price_per_million": _price("pricing.set", "output_price_per_million", output_price_per_million),
    }
    request = body("pricing.set", "set_pricing_request", fields, given, dates=("effective_at",))
    return control_call(core_request("pricing.set_pricing", body=request), options, parse_model("pricing_response"))


def list_pricing(
    *, skip: int | None = None, limit: int | None = None, **request_options: Unpack[RequestOptions]
) -> Call[list[PricingResponse]]:
    """List the current and past prices of every model (``GET /v1/pricing``)."""
    options: dict[str, Any] = dict(request_options)
    given = paging("pricing.list", skip, limit)
    return query_call("pricing.list", "pricing.list_pricing", {}, given, options, parse_model_list("pricing_response"))


def iter_pricing(
    *, page_size: int = DEFAULT_PAGE_SIZE, **request_options: Unpack[RequestOptions]
) -> PagePlan[PricingResponse]:
    """Every model price, fetched ``page_size`` at a time as the iteration needs them."""
    options: dict[str, Any] = dict(request_options)
    return offset_plan("pricing.iter", lambda skip, limit: list_pricing(skip=skip, limit=limit, **options), page_size)


def get_pricing(
    model_key: str, *, as_of: DateLike | None = None, **request_options: Unpack[RequestOptions]
) -> Call[PricingResponse]:
    """A model's price now, or in effect at ``as_of`` (``GET /v1/pricing/{model_key}``)."""
    options: dict[str, Any] = dict(request_options)
    path = {"model_key": path_id("pricing.get", "model_key", model_key)}
    given = {"as_of": None if as_of is None else iso("pricing.get", "as_of", as_of)}
    return query_call("pricing.get", "pricing.get_pricing", path, given, options, parse_model("pricing_response"))


def get_pricing_history(model_key: str, **request_options: Unpack[RequestOptions]) -> Call[list[PricingResponse]]:
    """Every price version of a model, newest first (``GET /v1/pricing/{model_key}/history``)."""
    options: dict[str, Any] = dict(request_options)
    parse = parse_model_list("pricing_response")
    return by_id("pricing.history", "pricing.get_pricing_history", "model_key", model_key, options, parse)


def delete_pricing(
    model_key: str, *, effective_at: DateLike | None = None, **request_options: Unpack[RequestOptions]
) -> Call[None]:
    """Delete a model's pricing (``DELETE /v1/pricing/{model_key}``), or only the version from ``effective_at``."""
    options: dict[str, Any] = dict(request_options)
    path = {"model_key": path_id("pricing.delete", "model_key", model_key)}
    given = {"effective_at": None if effective_at is None else iso("pricing.delete", "effective_at", effective_at)}
    return query_call("pricing.delete", "pricing.delete_pricing", path, given, options, parse_none)


class Pricing(SyncResource[M]):
    """Model pricing: ``set``, ``list``, ``get``, ``history``, ``delete``."""

    __slots__ = ()
    set = SyncMethod(set_pricing)
    list = SyncMethod(list_pricing)
    iter = SyncIterMethod(iter_pricing)
    get = SyncMethod(get_pricing)
    history = SyncMethod(get_pricing_history)
    delete = SyncMethod(delete_pricing)


class AsyncPricing(AsyncResource[M]):
    """Model pricing: ``set``, ``list``, ``get``, ``history``, ``delete`` (awaitable)."""

    __slots__ = ()
    set = AsyncMethod(set_pricing)
    list = AsyncMethod(list_pricing)
    iter = AsyncIterMethod(iter_pricing)
    get = AsyncMethod(get_pricing)
    history = AsyncMethod(get_pricing_history)
    delete = AsyncMethod(delete_pricing)
