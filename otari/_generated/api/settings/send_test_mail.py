from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.send_test_mail_request import SendTestMailRequest
from ...models.send_test_mail_response import SendTestMailResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SendTestMailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/settings/mail/test",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SendTestMailResponse | None:
    if response.status_code == 200:
        response_200 = SendTestMailResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SendTestMailResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SendTestMailRequest,
) -> Response[HTTPValidationError | SendTestMailResponse]:
    """Send Test Mail

     Send one templated test message to prove the configuration works.

    Refuses with 503 when the deployment cannot send a linked message, naming
    the missing settings; the dashboard disables the control in that state, so
    reaching this is a direct API call or a race with a configuration change.

    The recipient is the only caller-supplied value: the body is a fixed
    template, so this cannot be used to put chosen text in someone's inbox from
    the deployment's own address, and the message says outright that no account
    was created for whoever receives it.

    Args:
        body (SendTestMailRequest): Where to send the test message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SendTestMailResponse]
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
    body: SendTestMailRequest,
) -> HTTPValidationError | SendTestMailResponse | None:
    """Send Test Mail

     Send one templated test message to prove the configuration works.

    Refuses with 503 when the deployment cannot send a linked message, naming
    the missing settings; the dashboard disables the control in that state, so
    reaching this is a direct API call or a race with a configuration change.

    The recipient is the only caller-supplied value: the body is a fixed
    template, so this cannot be used to put chosen text in someone's inbox from
    the deployment's own address, and the message says outright that no account
    was created for whoever receives it.

    Args:
        body (SendTestMailRequest): Where to send the test message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SendTestMailResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendTestMailRequest,
) -> Response[HTTPValidationError | SendTestMailResponse]:
    """Send Test Mail

     Send one templated test message to prove the configuration works.

    Refuses with 503 when the deployment cannot send a linked message, naming
    the missing settings; the dashboard disables the control in that state, so
    reaching this is a direct API call or a race with a configuration change.

    The recipient is the only caller-supplied value: the body is a fixed
    template, so this cannot be used to put chosen text in someone's inbox from
    the deployment's own address, and the message says outright that no account
    was created for whoever receives it.

    Args:
        body (SendTestMailRequest): Where to send the test message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SendTestMailResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendTestMailRequest,
) -> HTTPValidationError | SendTestMailResponse | None:
    """Send Test Mail

     Send one templated test message to prove the configuration works.

    Refuses with 503 when the deployment cannot send a linked message, naming
    the missing settings; the dashboard disables the control in that state, so
    reaching this is a direct API call or a race with a configuration change.

    The recipient is the only caller-supplied value: the body is a fixed
    template, so this cannot be used to put chosen text in someone's inbox from
    the deployment's own address, and the message says outright that no account
    was created for whoever receives it.

    Args:
        body (SendTestMailRequest): Where to send the test message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SendTestMailResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
