from enum import StrEnum


class UsageSummaryDimensionsType0Item(StrEnum):
    API_KEY = "api_key"
    ENDPOINT = "endpoint"
    MODEL = "model"
    NONE = "none"
    PROVIDER = "provider"
    SOURCE = "source"
    SOURCE_LABEL = "source_label"
    STATUS_CODE = "status_code"
    TOOL = "tool"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
