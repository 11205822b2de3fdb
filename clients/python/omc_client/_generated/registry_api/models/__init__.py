""" Contains all the data models used in inputs/outputs """

from .api_client import ApiClient
from .api_client_create import ApiClientCreate
from .api_client_with_secret import ApiClientWithSecret
from .approved_qualification_types import ApprovedQualificationTypes
from .assessment import Assessment
from .assessment_method import AssessmentMethod
from .assessment_type import AssessmentType
from .body_issue_token import BodyIssueToken
from .bulk_import_result import BulkImportResult
from .catalogue_change import CatalogueChange
from .catalogue_item import CatalogueItem
from .catalogue_page import CataloguePage
from .catalogue_partner import CataloguePartner
from .change_kind import ChangeKind
from .change_page import ChangePage
from .competency import Competency
from .conformance_report import ConformanceReport
from .credit_basis import CreditBasis
from .credit_transfer import CreditTransfer
from .credit_transfer_create import CreditTransferCreate
from .delivery_mode import DeliveryMode
from .derived_facts import DerivedFacts
from .designation import Designation
from .designation_event import DesignationEvent
from .designation_status import DesignationStatus
from .domci_standing import DomciStanding
from .endorsement import Endorsement
from .endorsement_term import EndorsementTerm
from .endorsement_term_event import EndorsementTermEvent
from .endorser_type import EndorserType
from .export_catalogue_format import ExportCatalogueFormat
from .facet import Facet
from .facet_name import FacetName
from .facet_value import FacetValue
from .field_error import FieldError
from .get_catalogue_item_format_type_0 import GetCatalogueItemFormatType0
from .get_catalogue_version_format_type_0 import GetCatalogueVersionFormatType0
from .get_catalogue_version_lang_type_0 import GetCatalogueVersionLangType0
from .grading_scheme import GradingScheme
from .health_status import HealthStatus
from .import_counts import ImportCounts
from .import_micro_credentials_json_micro_credential_import import ImportMicroCredentialsJsonMicroCredentialImport
from .import_outcome import ImportOutcome
from .import_row_result import ImportRowResult
from .institution_conformance import InstitutionConformance
from .json_ld_document import JsonLdDocument
from .json_ld_document_context_type_2 import JsonLdDocumentContextType2
from .json_web_key import JsonWebKey
from .json_web_key_set import JsonWebKeySet
from .learning_format import LearningFormat
from .learning_outcome import LearningOutcome
from .localized_text import LocalizedText
from .micro_credential import MicroCredential
from .micro_credential_create import MicroCredentialCreate
from .micro_credential_metadata import MicroCredentialMetadata
from .micro_credential_version import MicroCredentialVersion
from .missing_element_count import MissingElementCount
from .offering import Offering
from .oqf_level import OqfLevel
from .organisation import Organisation
from .organisation_create import OrganisationCreate
from .organisation_details import OrganisationDetails
from .organisation_kind import OrganisationKind
from .organisation_page import OrganisationPage
from .partner import Partner
from .partner_role import PartnerRole
from .price import Price
from .principal import Principal
from .problem import Problem
from .profile import Profile
from .profile_result import ProfileResult
from .profile_summary import ProfileSummary
from .provider import Provider
from .provider_type import ProviderType
from .qualification import Qualification
from .qualification_type import QualificationType
from .readiness import Readiness
from .readiness_dependencies import ReadinessDependencies
from .reference_data_version import ReferenceDataVersion
from .role import Role
from .signing_key_info import SigningKeyInfo
from .sort_order import SortOrder
from .token_response import TokenResponse
from .version_approval import VersionApproval
from .version_status import VersionStatus

__all__ = (
    "ApiClient",
    "ApiClientCreate",
    "ApiClientWithSecret",
    "ApprovedQualificationTypes",
    "Assessment",
    "AssessmentMethod",
    "AssessmentType",
    "BodyIssueToken",
    "BulkImportResult",
    "CatalogueChange",
    "CatalogueItem",
    "CataloguePage",
    "CataloguePartner",
    "ChangeKind",
    "ChangePage",
    "Competency",
    "ConformanceReport",
    "CreditBasis",
    "CreditTransfer",
    "CreditTransferCreate",
    "DeliveryMode",
    "DerivedFacts",
    "Designation",
    "DesignationEvent",
    "DesignationStatus",
    "DomciStanding",
    "Endorsement",
    "EndorsementTerm",
    "EndorsementTermEvent",
    "EndorserType",
    "ExportCatalogueFormat",
    "Facet",
    "FacetName",
    "FacetValue",
    "FieldError",
    "GetCatalogueItemFormatType0",
    "GetCatalogueVersionFormatType0",
    "GetCatalogueVersionLangType0",
    "GradingScheme",
    "HealthStatus",
    "ImportCounts",
    "ImportMicroCredentialsJsonMicroCredentialImport",
    "ImportOutcome",
    "ImportRowResult",
    "InstitutionConformance",
    "JsonLdDocument",
    "JsonLdDocumentContextType2",
    "JsonWebKey",
    "JsonWebKeySet",
    "LearningFormat",
    "LearningOutcome",
    "LocalizedText",
    "MicroCredential",
    "MicroCredentialCreate",
    "MicroCredentialMetadata",
    "MicroCredentialVersion",
    "MissingElementCount",
    "Offering",
    "OqfLevel",
    "Organisation",
    "OrganisationCreate",
    "OrganisationDetails",
    "OrganisationKind",
    "OrganisationPage",
    "Partner",
    "PartnerRole",
    "Price",
    "Principal",
    "Problem",
    "Profile",
    "ProfileResult",
    "ProfileSummary",
    "Provider",
    "ProviderType",
    "Qualification",
    "QualificationType",
    "Readiness",
    "ReadinessDependencies",
    "ReferenceDataVersion",
    "Role",
    "SigningKeyInfo",
    "SortOrder",
    "TokenResponse",
    "VersionApproval",
    "VersionStatus",
)
