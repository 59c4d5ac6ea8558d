from enum import StrEnum


class ChatCompletionRequestReasoningEffortType0(StrEnum):
    AUTO = "auto"
    HIGH = "high"
    LOW = "low"
    MAX = "max"
    MEDIUM = "medium"
    MINIMAL = "minimal"
    NONE = "none"
    XHIGH = "xhigh"

    def __str__(self) -> str:
        return str(self.value)
