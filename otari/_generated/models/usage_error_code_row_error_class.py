from enum import StrEnum


class UsageErrorCodeRowErrorClass(StrEnum):
    AUTH = "auth"
    CLIENT_ERROR = "client_error"
    PRICING = "pricing"
    PROVIDER_ERROR = "provider_error"
    RATE_LIMIT = "rate_limit"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
