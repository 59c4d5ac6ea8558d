from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.rank_request import RankRequest
from ...models.rank_response import RankResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: RankRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/routing/preferences/rank",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RankResponse | None:
    if response.status_code == 200:
        response_200 = RankResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | RankResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RankRequest,
) -> Response[HTTPValidationError | RankResponse]:
    """Rank Candidates

     Record scored examples: one routing-memory record each, plus an audit row.

    The routing-memory record is written before its audit row for each example,
    because it is the load-bearing one (the router votes over it) and embedding it
    can fail; writing the audit row only afterwards means a failed embedding never
    leaves an orphan audit row.

    A failed embedding is a 502 that names the model, not a 500. Every example in
    the batch is embedded, so this is the call an operator makes most often and the
    one most likely to meet a misconfigured ``router_embedding_model``.

    Score keys are stored canonically as ``instance:model`` (see
    :func:`_validated_scores`), which is the form the router canonicalizes its
    candidates to, so how a policy spells a candidate cannot decide whether it
    matches.

    Args:
        body (RankRequest): Record how well each candidate did, for one or many prompts.

            A batch because of the arithmetic: a pool routes nothing until it holds
            ``router_seed_count`` examples (20 by default) and the vote reads the ``k``
            nearest (5 by default), so a useful first teaching pass is dozens of examples
            across the kinds of prompt you care about.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RankResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RankRequest,
) -> HTTPValidationError | RankResponse | None:
    """Rank Candidates

     Record scored examples: one routing-memory record each, plus an audit row.

    The routing-memory record is written before its audit row for each example,
    because it is the load-bearing one (the router votes over it) and embedding it
    can fail; writing the audit row only afterwards means a failed embedding never
    leaves an orphan audit row.

    A failed embedding is a 502 that names the model, not a 500. Every example in
    the batch is embedded, so this is the call an operator makes most often and the
    one most likely to meet a misconfigured ``router_embedding_model``.

    Score keys are stored canonically as ``instance:model`` (see
    :func:`_validated_scores`), which is the form the router canonicalizes its
    candidates to, so how a policy spells a candidate cannot decide whether it
    matches.

    Args:
        body (RankRequest): Record how well each candidate did, for one or many prompts.

            A batch because of the arithmetic: a pool routes nothing until it holds
            ``router_seed_count`` examples (20 by default) and the vote reads the ``k``
            nearest (5 by default), so a useful first teaching pass is dozens of examples
            across the kinds of prompt you care about.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RankResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RankRequest,
) -> Response[HTTPValidationError | RankResponse]:
    """Rank Candidates

     Record scored examples: one routing-memory record each, plus an audit row.

    The routing-memory record is written before its audit row for each example,
    because it is the load-bearing one (the router votes over it) and embedding it
    can fail; writing the audit row only afterwards means a failed embedding never
    leaves an orphan audit row.

    A failed embedding is a 502 that names the model, not a 500. Every example in
    the batch is embedded, so this is the call an operator makes most often and the
    one most likely to meet a misconfigured ``router_embedding_model``.

    Score keys are stored canonically as ``instance:model`` (see
    :func:`_validated_scores`), which is the form the router canonicalizes its
    candidates to, so how a policy spells a candidate cannot decide whether it
    matches.

    Args:
        body (RankRequest): Record how well each candidate did, for one or many prompts.

            A batch because of the arithmetic: a pool routes nothing until it holds
            ``router_seed_count`` examples (20 by default) and the vote reads the ``k``
            nearest (5 by default), so a useful first teaching pass is dozens of examples
            across the kinds of prompt you care about.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RankResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RankRequest,
) -> HTTPValidationError | RankResponse | None:
    """Rank Candidates

     Record scored examples: one routing-memory record each, plus an audit row.

    The routing-memory record is written before its audit row for each example,
    because it is the load-bearing one (the router votes over it) and embedding it
    can fail; writing the audit row only afterwards means a failed embedding never
    leaves an orphan audit row.

    A failed embedding is a 502 that names the model, not a 500. Every example in
    the batch is embedded, so this is the call an operator makes most often and the
    one most likely to meet a misconfigured ``router_embedding_model``.

    Score keys are stored canonically as ``instance:model`` (see
    :func:`_validated_scores`), which is the form the router canonicalizes its
    candidates to, so how a policy spells a candidate cannot decide whether it
    matches.

    Args:
        body (RankRequest): Record how well each candidate did, for one or many prompts.

            A batch because of the arithmetic: a pool routes nothing until it holds
            ``router_seed_count`` examples (20 by default) and the vote reads the ``k``
            nearest (5 by default), so a useful first teaching pass is dozens of examples
            across the kinds of prompt you care about.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RankResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
