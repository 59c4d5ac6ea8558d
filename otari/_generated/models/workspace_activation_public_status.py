from enum import StrEnum


class WorkspaceActivationPublicStatus(StrEnum):
    ACTIVATED = "activated"
    FAILED = "failed"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
