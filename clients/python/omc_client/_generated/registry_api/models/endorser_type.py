from enum import StrEnum

class EndorserType(StrEnum):
    EMPLOYER = "employer"
    INDUSTRY_ASSOCIATION = "industry_association"
    PROFESSIONAL_BODY = "professional_body"

    def __str__(self) -> str:
        return str(self.value)
