from enum import StrEnum

class Oid4VciTokenBodyGrantType(StrEnum):
    URNIETFPARAMSOAUTHGRANT_TYPEPRE_AUTHORIZED_CODE = "urn:ietf:params:oauth:grant-type:pre-authorized_code"

    def __str__(self) -> str:
        return str(self.value)
