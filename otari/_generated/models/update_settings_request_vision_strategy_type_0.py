from enum import StrEnum


class UpdateSettingsRequestVisionStrategyType0(StrEnum):
    DESCRIBE = "describe"
    OCR = "ocr"
    OFF = "off"

    def __str__(self) -> str:
        return str(self.value)
