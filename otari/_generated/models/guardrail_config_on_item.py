from enum import StrEnum


class GuardrailConfigOnItem(StrEnum):
    INPUT = "input"
    OUTPUT = "output"

    def __str__(self) -> str:
        return str(self.value)
