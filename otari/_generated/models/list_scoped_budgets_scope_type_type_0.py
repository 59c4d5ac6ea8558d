from enum import StrEnum


class ListScopedBudgetsScopeTypeType0(StrEnum):
    API_TOKEN = "api_token"
    ORGANIZATION = "organization"
    ORG_MEMBER = "org_member"
    WORKSPACE = "workspace"
    WORKSPACE_MEMBER = "workspace_member"

    def __str__(self) -> str:
        return str(self.value)
