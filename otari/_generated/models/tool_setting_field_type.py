from enum import StrEnum


class ToolSettingFieldType(StrEnum):
    BOOL = "bool"
    INT = "int"
    STR = "str"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
