from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_session_request import CreateSessionRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.session_response import SessionResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/session",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SessionResponse | None:
    if response.status_code == 200:
        response_200 = SessionResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SessionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionRequest,
) -> Response[HTTPValidationError | SessionResponse]:
    """Create Session

     Verify a sign-in credential and set the HttpOnly session cookie.

    The session is bound to the identity that authenticated, so every request it
    later authenticates resolves a user and that user's active organization
    rather than only "a credential was presented once". The response names both,
    so a client knows who it is signed in as without a second call.

    The rate-limit check deliberately runs only after a failed verification,
    not before it: a pre-verification gate can't know whether *this* attempt
    would have succeeded, so once an IP has used up its failure quota it
    would end up blocking that IP's legitimate owner too, not just further
    attackers. Running after verification also means the throttle bounds how
    many verdicts an IP gets, not how much work it can cause: a password attempt
    pays for a bcrypt verification (cost 12, on the order of 200ms of CPU, and
    one is burned against a stand-in hash even for an address nobody holds)
    before the limit is consulted, so a 429 costs the same as a 401. A gateway
    exposed to the internet should rate-limit this path at the proxy as well.

    Args:
        body (CreateSessionRequest): Sign in to the dashboard with exactly one credential.

            A flat body with an optional field per credential, rather than a tagged
            union: it is one extra key on the wire, it generates a client type a
            hand-written form can fill in, and the validator below makes the two forms
            exclusive anyway.

            The example carries one credential, because a generated example is a body
            somebody will post: the schema alone would produce every field at once,
            which is the one shape the validator below refuses. Example: {'email':
            'operator@example.com', 'password': 'a-real-password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SessionResponse]
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
    client: AuthenticatedClient | Client,
    body: CreateSessionRequest,
) -> HTTPValidationError | SessionResponse | None:
    """Create Session

     Verify a sign-in credential and set the HttpOnly session cookie.

    The session is bound to the identity that authenticated, so every request it
    later authenticates resolves a user and that user's active organization
    rather than only "a credential was presented once". The response names both,
    so a client knows who it is signed in as without a second call.

    The rate-limit check deliberately runs only after a failed verification,
    not before it: a pre-verification gate can't know whether *this* attempt
    would have succeeded, so once an IP has used up its failure quota it
    would end up blocking that IP's legitimate owner too, not just further
    attackers. Running after verification also means the throttle bounds how
    many verdicts an IP gets, not how much work it can cause: a password attempt
    pays for a bcrypt verification (cost 12, on the order of 200ms of CPU, and
    one is burned against a stand-in hash even for an address nobody holds)
    before the limit is consulted, so a 429 costs the same as a 401. A gateway
    exposed to the internet should rate-limit this path at the proxy as well.

    Args:
        body (CreateSessionRequest): Sign in to the dashboard with exactly one credential.

            A flat body with an optional field per credential, rather than a tagged
            union: it is one extra key on the wire, it generates a client type a
            hand-written form can fill in, and the validator below makes the two forms
            exclusive anyway.

            The example carries one credential, because a generated example is a body
            somebody will post: the schema alone would produce every field at once,
            which is the one shape the validator below refuses. Example: {'email':
            'operator@example.com', 'password': 'a-real-password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SessionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionRequest,
) -> Response[HTTPValidationError | SessionResponse]:
    """Create Session

     Verify a sign-in credential and set the HttpOnly session cookie.

    The session is bound to the identity that authenticated, so every request it
    later authenticates resolves a user and that user's active organization
    rather than only "a credential was presented once". The response names both,
    so a client knows who it is signed in as without a second call.

    The rate-limit check deliberately runs only after a failed verification,
    not before it: a pre-verification gate can't know whether *this* attempt
    would have succeeded, so once an IP has used up its failure quota it
    would end up blocking that IP's legitimate owner too, not just further
    attackers. Running after verification also means the throttle bounds how
    many verdicts an IP gets, not how much work it can cause: a password attempt
    pays for a bcrypt verification (cost 12, on the order of 200ms of CPU, and
    one is burned against a stand-in hash even for an address nobody holds)
    before the limit is consulted, so a 429 costs the same as a 401. A gateway
    exposed to the internet should rate-limit this path at the proxy as well.

    Args:
        body (CreateSessionRequest): Sign in to the dashboard with exactly one credential.

            A flat body with an optional field per credential, rather than a tagged
            union: it is one extra key on the wire, it generates a client type a
            hand-written form can fill in, and the validator below makes the two forms
            exclusive anyway.

            The example carries one credential, because a generated example is a body
            somebody will post: the schema alone would produce every field at once,
            which is the one shape the validator below refuses. Example: {'email':
            'operator@example.com', 'password': 'a-real-password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SessionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionRequest,
) -> HTTPValidationError | SessionResponse | None:
    """Create Session

     Verify a sign-in credential and set the HttpOnly session cookie.

    The session is bound to the identity that authenticated, so every request it
    later authenticates resolves a user and that user's active organization
    rather than only "a credential was presented once". The response names both,
    so a client knows who it is signed in as without a second call.

    The rate-limit check deliberately runs only after a failed verification,
    not before it: a pre-verification gate can't know whether *this* attempt
    would have succeeded, so once an IP has used up its failure quota it
    would end up blocking that IP's legitimate owner too, not just further
    attackers. Running after verification also means the throttle bounds how
    many verdicts an IP gets, not how much work it can cause: a password attempt
    pays for a bcrypt verification (cost 12, on the order of 200ms of CPU, and
    one is burned against a stand-in hash even for an address nobody holds)
    before the limit is consulted, so a 429 costs the same as a 401. A gateway
    exposed to the internet should rate-limit this path at the proxy as well.

    Args:
        body (CreateSessionRequest): Sign in to the dashboard with exactly one credential.

            A flat body with an optional field per credential, rather than a tagged
            union: it is one extra key on the wire, it generates a client type a
            hand-written form can fill in, and the validator below makes the two forms
            exclusive anyway.

            The example carries one credential, because a generated example is a body
            somebody will post: the schema alone would produce every field at once,
            which is the one shape the validator below refuses. Example: {'email':
            'operator@example.com', 'password': 'a-real-password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SessionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
