from enum import StrEnum


class ListUsageToolType0(StrEnum):
    ANY = "any"
    CODE_EXECUTION = "code_execution"
    WEB_SEARCH = "web_search"

    def __str__(self) -> str:
        return str(self.value)
