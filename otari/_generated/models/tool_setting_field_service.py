from enum import StrEnum


class ToolSettingFieldService(StrEnum):
    GUARDRAILS = "guardrails"
    SANDBOX = "sandbox"
    WEB_SEARCH = "web_search"

    def __str__(self) -> str:
        return str(self.value)
