from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.test_service_request import TestServiceRequest
from ...models.test_service_response import TestServiceResponse
from ...types import UNSET, Response


def _get_kwargs(
    service: str,
    *,
    body: TestServiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tool-settings/{service}/test".format(
            service=quote(str(service), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TestServiceResponse | None:
    if response.status_code == 200:
        response_200 = TestServiceResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TestServiceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service: str,
    *,
    client: AuthenticatedClient,
    body: TestServiceRequest,
) -> Response[HTTPValidationError | TestServiceResponse]:
    """Test Service

     Structurally validate a URL and probe it for reachability.

    Tests the URL in the request body (typically unsaved), so an operator can
    verify before saving. The probe is a plain HTTP GET with a short timeout: any
    HTTP response means the host is reachable; a connection/timeout/DNS error means
    it is not. The operator is trusted (master key), so no SSRF deny-list applies;
    only the structural check (http/https + host) runs first.

    Args:
        service (str):
        body (TestServiceRequest): A (typically unsaved) URL to probe for reachability.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestServiceResponse]
    """

    kwargs = _get_kwargs(
        service=service,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service: str,
    *,
    client: AuthenticatedClient,
    body: TestServiceRequest,
) -> HTTPValidationError | TestServiceResponse | None:
    """Test Service

     Structurally validate a URL and probe it for reachability.

    Tests the URL in the request body (typically unsaved), so an operator can
    verify before saving. The probe is a plain HTTP GET with a short timeout: any
    HTTP response means the host is reachable; a connection/timeout/DNS error means
    it is not. The operator is trusted (master key), so no SSRF deny-list applies;
    only the structural check (http/https + host) runs first.

    Args:
        service (str):
        body (TestServiceRequest): A (typically unsaved) URL to probe for reachability.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestServiceResponse
    """

    return sync_detailed(
        service=service,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service: str,
    *,
    client: AuthenticatedClient,
    body: TestServiceRequest,
) -> Response[HTTPValidationError | TestServiceResponse]:
    """Test Service

     Structurally validate a URL and probe it for reachability.

    Tests the URL in the request body (typically unsaved), so an operator can
    verify before saving. The probe is a plain HTTP GET with a short timeout: any
    HTTP response means the host is reachable; a connection/timeout/DNS error means
    it is not. The operator is trusted (master key), so no SSRF deny-list applies;
    only the structural check (http/https + host) runs first.

    Args:
        service (str):
        body (TestServiceRequest): A (typically unsaved) URL to probe for reachability.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestServiceResponse]
    """

    kwargs = _get_kwargs(
        service=service,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service: str,
    *,
    client: AuthenticatedClient,
    body: TestServiceRequest,
) -> HTTPValidationError | TestServiceResponse | None:
    """Test Service

     Structurally validate a URL and probe it for reachability.

    Tests the URL in the request body (typically unsaved), so an operator can
    verify before saving. The probe is a plain HTTP GET with a short timeout: any
    HTTP response means the host is reachable; a connection/timeout/DNS error means
    it is not. The operator is trusted (master key), so no SSRF deny-list applies;
    only the structural check (http/https + host) runs first.

    Args:
        service (str):
        body (TestServiceRequest): A (typically unsaved) URL to probe for reachability.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestServiceResponse
    """

    return (
        await asyncio_detailed(
            service=service,
            client=client,
            body=body,
        )
    ).parsed
