from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.explain_request import ExplainRequest
from ...models.explain_response import ExplainResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ExplainRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/routing/policies/explain",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExplainResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ExplainResponse.from_dict(response.json())

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
) -> Response[ExplainResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExplainRequest,
) -> Response[ExplainResponse | HTTPValidationError]:
    """Explain Policy

     Compile a policy and return the plan, without dispatching anything.

    Master-key gated, and deliberately so: the response enumerates the policy's
    targets, which is exactly the information a policy exists to keep off the wire.
    It is a management surface, not a caller-facing one.

    Accepts an unsaved ``spec`` as well as a saved ``name``, so a form can validate
    what the operator is about to save. The response includes dropped candidates
    with reasons, which is the part that catches a "failover" policy that has
    quietly compiled down to a single attempt.

    Args:
        body (ExplainRequest): Ask what a policy would do, without dispatching anything.

            Either name a stored/configured policy (``name``) or pass a draft ``spec`` that
            has not been saved. The draft form is what makes authoring-time validation
            possible: the compiler filters candidates, so a chain can compile down to one
            attempt, and an author needs to see that before saving rather than during an
            outage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExplainResponse | HTTPValidationError]
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
    body: ExplainRequest,
) -> ExplainResponse | HTTPValidationError | None:
    """Explain Policy

     Compile a policy and return the plan, without dispatching anything.

    Master-key gated, and deliberately so: the response enumerates the policy's
    targets, which is exactly the information a policy exists to keep off the wire.
    It is a management surface, not a caller-facing one.

    Accepts an unsaved ``spec`` as well as a saved ``name``, so a form can validate
    what the operator is about to save. The response includes dropped candidates
    with reasons, which is the part that catches a "failover" policy that has
    quietly compiled down to a single attempt.

    Args:
        body (ExplainRequest): Ask what a policy would do, without dispatching anything.

            Either name a stored/configured policy (``name``) or pass a draft ``spec`` that
            has not been saved. The draft form is what makes authoring-time validation
            possible: the compiler filters candidates, so a chain can compile down to one
            attempt, and an author needs to see that before saving rather than during an
            outage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExplainResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExplainRequest,
) -> Response[ExplainResponse | HTTPValidationError]:
    """Explain Policy

     Compile a policy and return the plan, without dispatching anything.

    Master-key gated, and deliberately so: the response enumerates the policy's
    targets, which is exactly the information a policy exists to keep off the wire.
    It is a management surface, not a caller-facing one.

    Accepts an unsaved ``spec`` as well as a saved ``name``, so a form can validate
    what the operator is about to save. The response includes dropped candidates
    with reasons, which is the part that catches a "failover" policy that has
    quietly compiled down to a single attempt.

    Args:
        body (ExplainRequest): Ask what a policy would do, without dispatching anything.

            Either name a stored/configured policy (``name``) or pass a draft ``spec`` that
            has not been saved. The draft form is what makes authoring-time validation
            possible: the compiler filters candidates, so a chain can compile down to one
            attempt, and an author needs to see that before saving rather than during an
            outage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExplainResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExplainRequest,
) -> ExplainResponse | HTTPValidationError | None:
    """Explain Policy

     Compile a policy and return the plan, without dispatching anything.

    Master-key gated, and deliberately so: the response enumerates the policy's
    targets, which is exactly the information a policy exists to keep off the wire.
    It is a management surface, not a caller-facing one.

    Accepts an unsaved ``spec`` as well as a saved ``name``, so a form can validate
    what the operator is about to save. The response includes dropped candidates
    with reasons, which is the part that catches a "failover" policy that has
    quietly compiled down to a single attempt.

    Args:
        body (ExplainRequest): Ask what a policy would do, without dispatching anything.

            Either name a stored/configured policy (``name``) or pass a draft ``spec`` that
            has not been saved. The draft form is what makes authoring-time validation
            possible: the compiler filters candidates, so a chain can compile down to one
            attempt, and an author needs to see that before saving rather than during an
            outage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExplainResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
