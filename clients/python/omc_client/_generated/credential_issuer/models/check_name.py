from enum import StrEnum

class CheckName(StrEnum):
    CHALLENGE = "challenge"
    CREDENTIALS = "credentials"
    DOMAIN = "domain"
    ENDORSEMENTS = "endorsements"
    FORMAT = "format"
    HOLDER = "holder"
    ISSUER_KEY = "issuer_key"
    PROOF = "proof"
    STANDING = "standing"
    STATUS = "status"
    VALIDITY_PERIOD = "validity_period"

    def __str__(self) -> str:
        return str(self.value)
