from enum import StrEnum

class FacetName(StrEnum):
    CONFORMS_TO = "conforms_to"
    DELIVERY_MODE = "delivery_mode"
    HAS_CURRENT_OFFERING = "has_current_offering"
    LANGUAGE = "language"
    OMC_MARK = "omc_mark"
    OMC_PLUS = "omc_plus"
    OSAP = "osap"
    PROVIDER_TYPE = "provider_type"
    QUALIFICATION_TYPE = "qualification_type"

    def __str__(self) -> str:
        return str(self.value)
