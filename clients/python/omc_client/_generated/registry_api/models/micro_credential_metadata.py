from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delivery_mode import DeliveryMode
from ..models.learning_format import LearningFormat
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.assessment import Assessment
  from ..models.endorsement import Endorsement
  from ..models.learning_outcome import LearningOutcome
  from ..models.localized_text import LocalizedText
  from ..models.offering import Offering
  from ..models.partner import Partner
  from ..models.price import Price





T = TypeVar("T", bound="MicroCredentialMetadata")



@_attrs_define
class MicroCredentialMetadata:
    """ What an institution says about one version of a micro-credential.

        Attributes:
            title (LocalizedText): Text in English and/or French: either may be absent, not both.
            assessment (Assessment | None | Unset):
            cip_codes (list[str] | Unset): CIP 2021, `NN.NNNN`.
            delivery_modes (list[DeliveryMode] | Unset):
            description (LocalizedText | None | Unset):
            duration_weeks (float | None | str | Unset):
            endorsements (list[Endorsement] | Unset):
            formats (list[LearningFormat] | Unset):
            hours_rationale (None | str | Unset): Why the hours fall outside the 12-40 h guideline; required then to submit.
            ideal_learner_profile (None | str | Unset):
            instructional_hours (float | None | str | Unset):
            languages_of_instruction (list[str] | Unset):
            learner_effort_hours (float | None | str | Unset):
            learning_outcomes (list[LearningOutcome] | Unset):
            noc_codes (list[str] | Unset): NOC 2021, 5 digits.
            offerings (list[Offering] | Unset):
            osap_eligible (bool | None | Unset):
            partners (list[Partner] | Unset):
            prerequisites (None | str | Unset):
            price (None | Price | Unset):
            qualification_type (None | str | Unset): OMC type code (`cert`...`doc`); required to submit for IQAP review.
            url (None | str | Unset): The institution's page for this micro-credential.
     """

    title: LocalizedText
    assessment: Assessment | None | Unset = UNSET
    cip_codes: list[str] | Unset = UNSET
    delivery_modes: list[DeliveryMode] | Unset = UNSET
    description: LocalizedText | None | Unset = UNSET
    duration_weeks: float | None | str | Unset = UNSET
    endorsements: list[Endorsement] | Unset = UNSET
    formats: list[LearningFormat] | Unset = UNSET
    hours_rationale: None | str | Unset = UNSET
    ideal_learner_profile: None | str | Unset = UNSET
    instructional_hours: float | None | str | Unset = UNSET
    languages_of_instruction: list[str] | Unset = UNSET
    learner_effort_hours: float | None | str | Unset = UNSET
    learning_outcomes: list[LearningOutcome] | Unset = UNSET
    noc_codes: list[str] | Unset = UNSET
    offerings: list[Offering] | Unset = UNSET
    osap_eligible: bool | None | Unset = UNSET
    partners: list[Partner] | Unset = UNSET
    prerequisites: None | str | Unset = UNSET
    price: None | Price | Unset = UNSET
    qualification_type: None | str | Unset = UNSET
    url: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment import Assessment # noqa: PLC0415
        from ..models.endorsement import Endorsement # noqa: PLC0415
        from ..models.learning_outcome import LearningOutcome # noqa: PLC0415
        from ..models.localized_text import LocalizedText # noqa: PLC0415
        from ..models.offering import Offering # noqa: PLC0415
        from ..models.partner import Partner # noqa: PLC0415
        from ..models.price import Price # noqa: PLC0415
        title = self.title.to_dict()

        assessment: dict[str, Any] | None | Unset
        if isinstance(self.assessment, Unset):
            assessment = UNSET
        elif isinstance(self.assessment, Assessment):
            assessment = self.assessment.to_dict()
        else:
            assessment = self.assessment

        cip_codes: list[str] | Unset = UNSET
        if not isinstance(self.cip_codes, Unset):
            cip_codes = self.cip_codes



        delivery_modes: list[str] | Unset = UNSET
        if not isinstance(self.delivery_modes, Unset):
            delivery_modes = []
            for delivery_modes_item_data in self.delivery_modes:
                delivery_modes_item = delivery_modes_item_data.value
                delivery_modes.append(delivery_modes_item)



        description: dict[str, Any] | None | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, LocalizedText):
            description = self.description.to_dict()
        else:
            description = self.description

        duration_weeks: float | None | str | Unset
        if isinstance(self.duration_weeks, Unset):
            duration_weeks = UNSET
        else:
            duration_weeks = self.duration_weeks

        endorsements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endorsements, Unset):
            endorsements = []
            for endorsements_item_data in self.endorsements:
                endorsements_item = endorsements_item_data.to_dict()
                endorsements.append(endorsements_item)



        formats: list[str] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = []
            for formats_item_data in self.formats:
                formats_item = formats_item_data.value
                formats.append(formats_item)



        hours_rationale: None | str | Unset
        if isinstance(self.hours_rationale, Unset):
            hours_rationale = UNSET
        else:
            hours_rationale = self.hours_rationale

        ideal_learner_profile: None | str | Unset
        if isinstance(self.ideal_learner_profile, Unset):
            ideal_learner_profile = UNSET
        else:
            ideal_learner_profile = self.ideal_learner_profile

        instructional_hours: float | None | str | Unset
        if isinstance(self.instructional_hours, Unset):
            instructional_hours = UNSET
        else:
            instructional_hours = self.instructional_hours

        languages_of_instruction: list[str] | Unset = UNSET
        if not isinstance(self.languages_of_instruction, Unset):
            languages_of_instruction = self.languages_of_instruction



        learner_effort_hours: float | None | str | Unset
        if isinstance(self.learner_effort_hours, Unset):
            learner_effort_hours = UNSET
        else:
            learner_effort_hours = self.learner_effort_hours

        learning_outcomes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.learning_outcomes, Unset):
            learning_outcomes = []
            for learning_outcomes_item_data in self.learning_outcomes:
                learning_outcomes_item = learning_outcomes_item_data.to_dict()
                learning_outcomes.append(learning_outcomes_item)



        noc_codes: list[str] | Unset = UNSET
        if not isinstance(self.noc_codes, Unset):
            noc_codes = self.noc_codes



        offerings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offerings, Unset):
            offerings = []
            for offerings_item_data in self.offerings:
                offerings_item = offerings_item_data.to_dict()
                offerings.append(offerings_item)



        osap_eligible: bool | None | Unset
        if isinstance(self.osap_eligible, Unset):
            osap_eligible = UNSET
        else:
            osap_eligible = self.osap_eligible

        partners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partners, Unset):
            partners = []
            for partners_item_data in self.partners:
                partners_item = partners_item_data.to_dict()
                partners.append(partners_item)



        prerequisites: None | str | Unset
        if isinstance(self.prerequisites, Unset):
            prerequisites = UNSET
        else:
            prerequisites = self.prerequisites

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Price):
            price = self.price.to_dict()
        else:
            price = self.price

        qualification_type: None | str | Unset
        if isinstance(self.qualification_type, Unset):
            qualification_type = UNSET
        else:
            qualification_type = self.qualification_type

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
        })
        if assessment is not UNSET:
            field_dict["assessment"] = assessment
        if cip_codes is not UNSET:
            field_dict["cip_codes"] = cip_codes
        if delivery_modes is not UNSET:
            field_dict["delivery_modes"] = delivery_modes
        if description is not UNSET:
            field_dict["description"] = description
        if duration_weeks is not UNSET:
            field_dict["duration_weeks"] = duration_weeks
        if endorsements is not UNSET:
            field_dict["endorsements"] = endorsements
        if formats is not UNSET:
            field_dict["formats"] = formats
        if hours_rationale is not UNSET:
            field_dict["hours_rationale"] = hours_rationale
        if ideal_learner_profile is not UNSET:
            field_dict["ideal_learner_profile"] = ideal_learner_profile
        if instructional_hours is not UNSET:
            field_dict["instructional_hours"] = instructional_hours
        if languages_of_instruction is not UNSET:
            field_dict["languages_of_instruction"] = languages_of_instruction
        if learner_effort_hours is not UNSET:
            field_dict["learner_effort_hours"] = learner_effort_hours
        if learning_outcomes is not UNSET:
            field_dict["learning_outcomes"] = learning_outcomes
        if noc_codes is not UNSET:
            field_dict["noc_codes"] = noc_codes
        if offerings is not UNSET:
            field_dict["offerings"] = offerings
        if osap_eligible is not UNSET:
            field_dict["osap_eligible"] = osap_eligible
        if partners is not UNSET:
            field_dict["partners"] = partners
        if prerequisites is not UNSET:
            field_dict["prerequisites"] = prerequisites
        if price is not UNSET:
            field_dict["price"] = price
        if qualification_type is not UNSET:
            field_dict["qualification_type"] = qualification_type
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment import Assessment # noqa: PLC0415
        from ..models.endorsement import Endorsement # noqa: PLC0415
        from ..models.learning_outcome import LearningOutcome # noqa: PLC0415
        from ..models.localized_text import LocalizedText # noqa: PLC0415
        from ..models.offering import Offering # noqa: PLC0415
        from ..models.partner import Partner # noqa: PLC0415
        from ..models.price import Price # noqa: PLC0415
        d = dict(src_dict)
        title = LocalizedText.from_dict(d.pop("title"))




        def _parse_assessment(data: object) -> Assessment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assessment_type_0 = Assessment.from_dict(data)



                return assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Assessment | None | Unset, data)

        assessment = _parse_assessment(d.pop("assessment", UNSET))


        cip_codes = cast(list[str], d.pop("cip_codes", UNSET))


        _delivery_modes = d.pop("delivery_modes", UNSET)
        delivery_modes: list[DeliveryMode] | Unset = UNSET
        if _delivery_modes is not UNSET:
            delivery_modes = []
            for delivery_modes_item_data in _delivery_modes:
                delivery_modes_item = DeliveryMode(delivery_modes_item_data)



                delivery_modes.append(delivery_modes_item)


        def _parse_description(data: object) -> LocalizedText | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_0 = LocalizedText.from_dict(data)



                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedText | None | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_duration_weeks(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration_weeks = _parse_duration_weeks(d.pop("duration_weeks", UNSET))


        _endorsements = d.pop("endorsements", UNSET)
        endorsements: list[Endorsement] | Unset = UNSET
        if _endorsements is not UNSET:
            endorsements = []
            for endorsements_item_data in _endorsements:
                endorsements_item = Endorsement.from_dict(endorsements_item_data)



                endorsements.append(endorsements_item)


        _formats = d.pop("formats", UNSET)
        formats: list[LearningFormat] | Unset = UNSET
        if _formats is not UNSET:
            formats = []
            for formats_item_data in _formats:
                formats_item = LearningFormat(formats_item_data)



                formats.append(formats_item)


        def _parse_hours_rationale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hours_rationale = _parse_hours_rationale(d.pop("hours_rationale", UNSET))


        def _parse_ideal_learner_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ideal_learner_profile = _parse_ideal_learner_profile(d.pop("ideal_learner_profile", UNSET))


        def _parse_instructional_hours(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        instructional_hours = _parse_instructional_hours(d.pop("instructional_hours", UNSET))


        languages_of_instruction = cast(list[str], d.pop("languages_of_instruction", UNSET))


        def _parse_learner_effort_hours(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        learner_effort_hours = _parse_learner_effort_hours(d.pop("learner_effort_hours", UNSET))


        _learning_outcomes = d.pop("learning_outcomes", UNSET)
        learning_outcomes: list[LearningOutcome] | Unset = UNSET
        if _learning_outcomes is not UNSET:
            learning_outcomes = []
            for learning_outcomes_item_data in _learning_outcomes:
                learning_outcomes_item = LearningOutcome.from_dict(learning_outcomes_item_data)



                learning_outcomes.append(learning_outcomes_item)


        noc_codes = cast(list[str], d.pop("noc_codes", UNSET))


        _offerings = d.pop("offerings", UNSET)
        offerings: list[Offering] | Unset = UNSET
        if _offerings is not UNSET:
            offerings = []
            for offerings_item_data in _offerings:
                offerings_item = Offering.from_dict(offerings_item_data)



                offerings.append(offerings_item)


        def _parse_osap_eligible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        osap_eligible = _parse_osap_eligible(d.pop("osap_eligible", UNSET))


        _partners = d.pop("partners", UNSET)
        partners: list[Partner] | Unset = UNSET
        if _partners is not UNSET:
            partners = []
            for partners_item_data in _partners:
                partners_item = Partner.from_dict(partners_item_data)



                partners.append(partners_item)


        def _parse_prerequisites(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prerequisites = _parse_prerequisites(d.pop("prerequisites", UNSET))


        def _parse_price(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = Price.from_dict(data)



                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        price = _parse_price(d.pop("price", UNSET))


        def _parse_qualification_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        qualification_type = _parse_qualification_type(d.pop("qualification_type", UNSET))


        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        micro_credential_metadata = cls(
            title=title,
            assessment=assessment,
            cip_codes=cip_codes,
            delivery_modes=delivery_modes,
            description=description,
            duration_weeks=duration_weeks,
            endorsements=endorsements,
            formats=formats,
            hours_rationale=hours_rationale,
            ideal_learner_profile=ideal_learner_profile,
            instructional_hours=instructional_hours,
            languages_of_instruction=languages_of_instruction,
            learner_effort_hours=learner_effort_hours,
            learning_outcomes=learning_outcomes,
            noc_codes=noc_codes,
            offerings=offerings,
            osap_eligible=osap_eligible,
            partners=partners,
            prerequisites=prerequisites,
            price=price,
            qualification_type=qualification_type,
            url=url,
        )

        return micro_credential_metadata

