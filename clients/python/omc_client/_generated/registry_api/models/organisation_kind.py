from enum import StrEnum

class OrganisationKind(StrEnum):
    ALTERNATE_PROVIDER = "alternate_provider"
    EQAA = "eqaa"
    INSTITUTION = "institution"
    MINISTRY = "ministry"
    PLATFORM = "platform"
    PORTAL = "portal"

    def __str__(self) -> str:
        return str(self.value)
