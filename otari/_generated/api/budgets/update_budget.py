from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget_response import BudgetResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.update_budget_request import UpdateBudgetRequest
from ...types import UNSET, Response


def _get_kwargs(
    budget_id: str,
    *,
    body: UpdateBudgetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/budgets/{budget_id}".format(
            budget_id=quote(str(budget_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BudgetResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BudgetResponse.from_dict(response.json())

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
) -> Response[BudgetResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    budget_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBudgetRequest,
) -> Response[BudgetResponse | HTTPValidationError]:
    """Update Budget

     Update a budget.

    Args:
        budget_id (str):
        body (UpdateBudgetRequest): Request model for updating a budget.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        budget_id=budget_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    budget_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBudgetRequest,
) -> BudgetResponse | HTTPValidationError | None:
    """Update Budget

     Update a budget.

    Args:
        budget_id (str):
        body (UpdateBudgetRequest): Request model for updating a budget.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetResponse | HTTPValidationError
    """

    return sync_detailed(
        budget_id=budget_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    budget_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBudgetRequest,
) -> Response[BudgetResponse | HTTPValidationError]:
    """Update Budget

     Update a budget.

    Args:
        budget_id (str):
        body (UpdateBudgetRequest): Request model for updating a budget.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        budget_id=budget_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    budget_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBudgetRequest,
) -> BudgetResponse | HTTPValidationError | None:
    """Update Budget

     Update a budget.

    Args:
        budget_id (str):
        body (UpdateBudgetRequest): Request model for updating a budget.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            budget_id=budget_id,
            client=client,
            body=body,
        )
    ).parsed
