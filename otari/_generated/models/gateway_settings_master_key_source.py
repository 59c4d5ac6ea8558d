from enum import StrEnum


class GatewaySettingsMasterKeySource(StrEnum):
    CONFIGURED = "configured"
    GENERATED = "generated"

    def __str__(self) -> str:
        return str(self.value)
