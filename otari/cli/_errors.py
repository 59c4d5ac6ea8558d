"""Exit codes, and the one stderr line each failure becomes.

Scripts branch on the exit code, so every class of failure has its own; the message is the SDK's own
(``str()`` of the exception, which already carries its hint), flattened to one line.
"""

from __future__ import annotations

import enum


class Exit(enum.IntEnum):
    """The exit status of ``otari``; listed in ``otari --help`` and the README."""

    OK = 0
    FAILED = 1  # the gateway refused the request as sent (400/409/422), a batch that failed, anything else
    USAGE = 2  # bad command line or configuration: nothing was sent
    AUTH = 3  # 401/403: the credential is missing, wrong or not allowed
    NOT_FOUND = 4  # 404: no such model, key, user, budget, batch or price
    LIMIT = 5  # 429 rate limit, 402/403 budget or funds exhausted
    CONNECTION = 6  # no answer: connection refused/reset, client-side timeout
    SERVER = 7  # 5xx, a mid-stream error event, a body that is not what the API promises
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it


EXIT_CODES_HELP = """exit status:
  0  success
  1  the gateway refused the request (400/409/422), a batch ended failed/expired/cancelled
  2  usage or configuration error (nothing was sent)
  3  authentication: the key is missing, wrong or not allowed (401/403)
  4  not found (404)
  5  rate limit, budget or funds exhausted (429/402)
  6  connection failed or timed out
  7  server or provider error (5xx, error in the middle of a stream)
  130  interrupted (Ctrl-C)"""


class CliError(Exception):
    """A failure the CLI itself detects (a bad flag value, an unreadable file): one line, one exit code."""

    def __init__(self, message: str, code: Exit = Exit.USAGE) -> None:
        super().__init__(message)
        self.code = code


def classify(error: BaseException) -> tuple[Exit, str | None]:
    """The exit code for ``error`` and an extra pointer for the user, or ``(FAILED, None)`` if unknown.

    The imports happen here, only once something failed: a successful run never loads the hierarchy
    through this module.
    """
    import otari as e

    if isinstance(error, CliError):
        return error.code, None
    # Order matters: InsufficientFundsError is not an AuthenticationError, PermissionDenied is.
    if isinstance(error, e.RateLimitError | e.InsufficientFundsError):
        return Exit.LIMIT, None
    if isinstance(error, e.AuthenticationError):
        return Exit.AUTH, "run 'otari doctor' to see which credential is used"
    if isinstance(error, e.BatchNotCompleteError):
        return Exit.FAILED, "run 'otari batch wait' first"
    if isinstance(error, e.NotFoundError):
        return Exit.NOT_FOUND, None
    if isinstance(error, e.APIConnectionError):
        return Exit.CONNECTION, "run 'otari doctor' to check the gateway URL and that it is up"
    if isinstance(error, e.UpstreamProviderError | e.StreamError | e.ResponseValidationError):
        return Exit.SERVER, None
    if isinstance(error, e.APIStatusError):
        return (Exit.SERVER if error.status_code >= 500 else Exit.FAILED), None
    if isinstance(error, e.OtariConfigError):
        # The SDK names its keyword arguments; say which flags they are here.
        return Exit.USAGE, "on the command line: --base-url, --otari-key, --api-key, --admin-key"
    if isinstance(error, e.BatchWaitTimeoutError):
        return Exit.FAILED, "run 'otari batch wait' again, or raise --timeout"
    if isinstance(error, TypeError | ValueError):
        # The SDK validates arguments before sending and names the parameter: a usage error.
        return Exit.USAGE, None
    return Exit.FAILED, None


def one_line(error: BaseException, pointer: str | None = None) -> str:
    """``otari: error: <message>`` on a single line, with the pointer appended when given."""
    text = " ".join(str(error).split()) or type(error).__name__
    if pointer:
        text = f"{text}; {pointer}"
    return f"otari: error: {text}"
