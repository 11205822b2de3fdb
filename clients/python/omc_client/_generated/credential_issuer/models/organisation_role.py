from enum import StrEnum

class OrganisationRole(StrEnum):
    CO_AWARDING_PARTNER = "co_awarding_partner"
    ISSUER = "issuer"

    def __str__(self) -> str:
        return str(self.value)
