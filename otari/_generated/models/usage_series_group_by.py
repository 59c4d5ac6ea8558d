from enum import StrEnum


class UsageSeriesGroupBy(StrEnum):
    API_KEY_ID = "api_key_id"
    MODEL = "model"
    SOURCE = "source"
    USER_ID = "user_id"

    def __str__(self) -> str:
        return str(self.value)
