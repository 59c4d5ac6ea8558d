from enum import StrEnum


class ConfigFieldType(StrEnum):
    BOOL = "bool"
    FLOAT = "float"
    INT = "int"
    LIST = "list"
    STR = "str"

    def __str__(self) -> str:
        return str(self.value)
