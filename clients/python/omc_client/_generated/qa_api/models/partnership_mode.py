from enum import StrEnum

class PartnershipMode(StrEnum):
    DELIVERY_BY_PARTNER = "delivery_by_partner"
    JOINT_DELIVERY = "joint_delivery"

    def __str__(self) -> str:
        return str(self.value)
