from enum import StrEnum


class DeploymentBootstrapDeploymentType(StrEnum):
    HOSTED = "hosted"
    HYBRID = "hybrid"
    STANDALONE = "standalone"

    def __str__(self) -> str:
        return str(self.value)
