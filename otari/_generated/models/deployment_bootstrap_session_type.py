from enum import StrEnum


class DeploymentBootstrapSessionType(StrEnum):
    HOSTED_USER = "hosted_user"
    LOCAL_OPERATOR = "local_operator"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
