from enum import StrEnum


class AgentTelemetryGroupedSeriesGroupBy(StrEnum):
    API_KEY_ID = "api_key_id"
    USER_ID = "user_id"

    def __str__(self) -> str:
        return str(self.value)
