from enum import StrEnum


class ActivationAttemptPublicErrorCategoryType0(StrEnum):
    CONFIGURATION = "configuration"
    INTERNAL = "internal"
    INVALID_REQUEST = "invalid_request"
    POLICY = "policy"
    TIMEOUT = "timeout"
    UPSTREAM = "upstream"

    def __str__(self) -> str:
        return str(self.value)
