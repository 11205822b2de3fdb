from enum import StrEnum

class PartnerRole(StrEnum):
    CO_AWARDING = "co_awarding"
    DELIVERY_BY_PARTNER = "delivery_by_partner"
    JOINT_DELIVERY = "joint_delivery"

    def __str__(self) -> str:
        return str(self.value)
