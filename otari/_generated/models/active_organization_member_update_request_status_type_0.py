from enum import StrEnum


class ActiveOrganizationMemberUpdateRequestStatusType0(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
