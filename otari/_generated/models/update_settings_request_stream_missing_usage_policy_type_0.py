from enum import StrEnum


class UpdateSettingsRequestStreamMissingUsagePolicyType0(StrEnum):
    ALLOW_FREE = "allow_free"
    ESTIMATE = "estimate"
    FAIL = "fail"

    def __str__(self) -> str:
        return str(self.value)
