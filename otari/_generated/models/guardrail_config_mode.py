from enum import StrEnum


class GuardrailConfigMode(StrEnum):
    BLOCK = "block"
    MONITOR = "monitor"

    def __str__(self) -> str:
        return str(self.value)
