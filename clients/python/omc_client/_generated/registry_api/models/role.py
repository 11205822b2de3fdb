from enum import StrEnum

class Role(StrEnum):
    ADMIN = "admin"
    EQAA = "eqaa"
    INSTITUTION = "institution"
    LEDGER = "ledger"
    MINISTRY = "ministry"
    PARTNER = "partner"
    PORTAL = "portal"
    SIS = "sis"

    def __str__(self) -> str:
        return str(self.value)
