from enum import StrEnum


class GuardrailConfigOnUnavailable(StrEnum):
    BLOCK = "block"
    MONITOR = "monitor"

    def __str__(self) -> str:
        return str(self.value)
