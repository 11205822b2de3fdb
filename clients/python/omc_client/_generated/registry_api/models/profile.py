from enum import StrEnum

class Profile(StrEnum):
    AUSTRALIA = "australia"
    ECAMPUS = "ecampus"
    EU = "eu"
    OMC = "omc"
    ONCAT = "oncat"

    def __str__(self) -> str:
        return str(self.value)
