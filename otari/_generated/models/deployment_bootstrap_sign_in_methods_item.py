from enum import StrEnum


class DeploymentBootstrapSignInMethodsItem(StrEnum):
    MASTER_KEY = "master_key"
    PASSWORD = "password"

    def __str__(self) -> str:
        return str(self.value)
