from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.password_response import PasswordResponse
from ...models.set_password_request import SetPasswordRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SetPasswordRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/auth/password",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PasswordResponse | None:
    if response.status_code == 200:
        response_200 = PasswordResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PasswordResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetPasswordRequest,
) -> Response[HTTPValidationError | PasswordResponse]:
    """Set Dashboard Password

     Set or change the password the caller signs in to the dashboard with.

    Always the caller's own identity. Supply ``email`` when it has no sign-in
    address yet, which is the state first boot leaves the operator in, and
    ``current_password`` when it already has a password and the request is
    authenticated by the session cookie. The master key in a header is what
    excuses ``current_password``, which is how a forgotten password is
    recovered; it does not excuse ``email``, because an identity with no address
    has nothing to sign in with whoever is asking. Setting a password for the
    first time retires master-key sign-in on this deployment.

    Every other session this identity holds ends, the caller's own excepted, so
    a cookie stolen before the change does not outlive it.

    Args:
        body (SetPasswordRequest): Set or change the signed-in identity's password.

            The example is the first-boot claim, because that is the call an operator
            makes first and the one whose required fields are not obvious from the
            schema: ``email`` is optional here in general and *required* when the
            identity has no address yet. Without it the generated Postman body carries
            only ``new_password``, which is the one shape that cannot complete the flow
            the docs walk through. Example: {'email': 'operator@example.com', 'new_password': 'a-real-
            password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PasswordResponse]
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
    body: SetPasswordRequest,
) -> HTTPValidationError | PasswordResponse | None:
    """Set Dashboard Password

     Set or change the password the caller signs in to the dashboard with.

    Always the caller's own identity. Supply ``email`` when it has no sign-in
    address yet, which is the state first boot leaves the operator in, and
    ``current_password`` when it already has a password and the request is
    authenticated by the session cookie. The master key in a header is what
    excuses ``current_password``, which is how a forgotten password is
    recovered; it does not excuse ``email``, because an identity with no address
    has nothing to sign in with whoever is asking. Setting a password for the
    first time retires master-key sign-in on this deployment.

    Every other session this identity holds ends, the caller's own excepted, so
    a cookie stolen before the change does not outlive it.

    Args:
        body (SetPasswordRequest): Set or change the signed-in identity's password.

            The example is the first-boot claim, because that is the call an operator
            makes first and the one whose required fields are not obvious from the
            schema: ``email`` is optional here in general and *required* when the
            identity has no address yet. Without it the generated Postman body carries
            only ``new_password``, which is the one shape that cannot complete the flow
            the docs walk through. Example: {'email': 'operator@example.com', 'new_password': 'a-real-
            password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PasswordResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetPasswordRequest,
) -> Response[HTTPValidationError | PasswordResponse]:
    """Set Dashboard Password

     Set or change the password the caller signs in to the dashboard with.

    Always the caller's own identity. Supply ``email`` when it has no sign-in
    address yet, which is the state first boot leaves the operator in, and
    ``current_password`` when it already has a password and the request is
    authenticated by the session cookie. The master key in a header is what
    excuses ``current_password``, which is how a forgotten password is
    recovered; it does not excuse ``email``, because an identity with no address
    has nothing to sign in with whoever is asking. Setting a password for the
    first time retires master-key sign-in on this deployment.

    Every other session this identity holds ends, the caller's own excepted, so
    a cookie stolen before the change does not outlive it.

    Args:
        body (SetPasswordRequest): Set or change the signed-in identity's password.

            The example is the first-boot claim, because that is the call an operator
            makes first and the one whose required fields are not obvious from the
            schema: ``email`` is optional here in general and *required* when the
            identity has no address yet. Without it the generated Postman body carries
            only ``new_password``, which is the one shape that cannot complete the flow
            the docs walk through. Example: {'email': 'operator@example.com', 'new_password': 'a-real-
            password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PasswordResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SetPasswordRequest,
) -> HTTPValidationError | PasswordResponse | None:
    """Set Dashboard Password

     Set or change the password the caller signs in to the dashboard with.

    Always the caller's own identity. Supply ``email`` when it has no sign-in
    address yet, which is the state first boot leaves the operator in, and
    ``current_password`` when it already has a password and the request is
    authenticated by the session cookie. The master key in a header is what
    excuses ``current_password``, which is how a forgotten password is
    recovered; it does not excuse ``email``, because an identity with no address
    has nothing to sign in with whoever is asking. Setting a password for the
    first time retires master-key sign-in on this deployment.

    Every other session this identity holds ends, the caller's own excepted, so
    a cookie stolen before the change does not outlive it.

    Args:
        body (SetPasswordRequest): Set or change the signed-in identity's password.

            The example is the first-boot claim, because that is the call an operator
            makes first and the one whose required fields are not obvious from the
            schema: ``email`` is optional here in general and *required* when the
            identity has no address yet. Without it the generated Postman body carries
            only ``new_password``, which is the one shape that cannot complete the flow
            the docs walk through. Example: {'email': 'operator@example.com', 'new_password': 'a-real-
            password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PasswordResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
