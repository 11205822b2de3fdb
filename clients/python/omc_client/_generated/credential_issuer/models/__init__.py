""" Contains all the data models used in inputs/outputs """

from .achievement_credential import AchievementCredential
from .achievement_credential_context_item_type_1 import AchievementCredentialContextItemType1
from .achievement_credential_credentialstatus import AchievementCredentialCredentialstatus
from .achievement_credential_credentialsubject import AchievementCredentialCredentialsubject
from .achievement_credential_issuer_type_0 import AchievementCredentialIssuerType0
from .achievement_credential_proof_type_0 import AchievementCredentialProofType0
from .achievement_credential_proof_type_1_item import AchievementCredentialProofType1Item
from .batch_receipt import BatchReceipt
from .body_check_learner_code import BodyCheckLearnerCode
from .body_request_learner_code import BodyRequestLearnerCode
from .check import Check
from .check_name import CheckName
from .check_status import CheckStatus
from .claim_link import ClaimLink
from .client_registration_response import ClientRegistrationResponse
from .client_registration_response_grant_types_item import ClientRegistrationResponseGrantTypesItem
from .completion_batch import CompletionBatch
from .completion_batch_counts import CompletionBatchCounts
from .completion_batch_source import CompletionBatchSource
from .completion_state import CompletionState
from .completion_status import CompletionStatus
from .credential_issuance_pending import CredentialIssuancePending
from .credential_offer import CredentialOffer
from .credential_offer_created import CredentialOfferCreated
from .credential_offer_grants import CredentialOfferGrants
from .credential_response import CredentialResponse
from .credential_status import CredentialStatus
from .did_document import DidDocument
from .did_document_context_type_2 import DidDocumentContextType2
from .did_document_verification_method_item import DidDocumentVerificationMethodItem
from .field_error import FieldError
from .get_open_badge_credentials_response import GetOpenBadgeCredentialsResponse
from .health_status import HealthStatus
from .imsx_code_minor import ImsxCodeMinor
from .imsx_code_minor_field import ImsxCodeMinorField
from .imsx_status_info import ImsxStatusInfo
from .imsx_status_info_imsx_codemajor import ImsxStatusInfoImsxCodemajor
from .imsx_status_info_imsx_severity import ImsxStatusInfoImsxSeverity
from .intake_outcome import IntakeOutcome
from .issue_credential_options import IssueCredentialOptions
from .issue_request import IssueRequest
from .issue_request_credential_type_0 import IssueRequestCredentialType0
from .issue_response import IssueResponse
from .issue_response_verifiablecredential import IssueResponseVerifiablecredential
from .issued_credential import IssuedCredential
from .issuing_key import IssuingKey
from .learner_profile import LearnerProfile
from .nonce_response import NonceResponse
from .o_auth_error import OAuthError
from .o_auth_error_body import OAuthErrorBody
from .oauth_authorization_server_metadata_response_oauth_authorization_server_metadata import OauthAuthorizationServerMetadataResponseOauthAuthorizationServerMetadata
from .ob_3_put_profile_body import Ob3PutProfileBody
from .ob_3_register_client_body import Ob3RegisterClientBody
from .ob_3_revoke_token_body import Ob3RevokeTokenBody
from .ob_3_token_body import Ob3TokenBody
from .ob_3_token_response import Ob3TokenResponse
from .ob_3_upsert_credential_body import Ob3UpsertCredentialBody
from .oid_4_vci_credential_body import Oid4VciCredentialBody
from .oid_4_vci_deferred_credential_body import Oid4VciDeferredCredentialBody
from .oid_4_vci_token_body import Oid4VciTokenBody
from .oid_4_vci_token_body_grant_type import Oid4VciTokenBodyGrantType
from .oid_4_vci_token_response import Oid4VciTokenResponse
from .open_api_authorization_code_flow import OpenApiAuthorizationCodeFlow
from .open_api_authorization_code_flow_scopes import OpenApiAuthorizationCodeFlowScopes
from .open_api_components import OpenApiComponents
from .open_api_components_schemas import OpenApiComponentsSchemas
from .open_api_info import OpenApiInfo
from .open_api_o_auth_2_flows import OpenApiOAuth2Flows
from .open_api_o_auth_2_security_scheme import OpenApiOAuth2SecurityScheme
from .open_api_security_schemes import OpenApiSecuritySchemes
from .openid_credential_issuer_metadata_response_openid_credential_issuer_metadata import OpenidCredentialIssuerMetadataResponseOpenidCredentialIssuerMetadata
from .organisation_kind import OrganisationKind
from .organisation_role import OrganisationRole
from .participate_in_exchange_body_type_0 import ParticipateInExchangeBodyType0
from .participate_in_exchange_response_participate_in_exchange import ParticipateInExchangeResponseParticipateInExchange
from .pre_authorized_code_grant import PreAuthorizedCodeGrant
from .presentation_verification_report import PresentationVerificationReport
from .presentation_verification_report_verifiable_presentation_type_0 import PresentationVerificationReportVerifiablePresentationType0
from .principal import Principal
from .problem import Problem
from .readiness import Readiness
from .readiness_dependencies import ReadinessDependencies
from .receive_completions_json_body import ReceiveCompletionsJsonBody
from .receive_completions_json_body_completion_record import ReceiveCompletionsJsonBodyCompletionRecord
from .receive_completions_json_body_completion_record_completion_result import ReceiveCompletionsJsonBodyCompletionRecordCompletionResult
from .receive_completions_json_body_completion_record_completion_result_outcome_result import ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult
from .receive_completions_json_body_completion_record_completion_result_status import ReceiveCompletionsJsonBodyCompletionRecordCompletionResultStatus
from .receive_completions_json_body_completion_record_learner import ReceiveCompletionsJsonBodyCompletionRecordLearner
from .record_outcome import RecordOutcome
from .role import Role
from .service_description_document import ServiceDescriptionDocument
from .service_description_document_paths import ServiceDescriptionDocumentPaths
from .service_description_document_paths_additional_property import ServiceDescriptionDocumentPathsAdditionalProperty
from .service_description_document_servers_item import ServiceDescriptionDocumentServersItem
from .service_description_document_tags_item import ServiceDescriptionDocumentTagsItem
from .status_change import StatusChange
from .tx_code import TxCode
from .vc_api_status_item import VcApiStatusItem
from .vc_api_status_item_status import VcApiStatusItemStatus
from .vc_api_status_update import VcApiStatusUpdate
from .verification_report import VerificationReport
from .verify_on_page_data_body import VerifyOnPageDataBody
from .verify_on_page_files_body import VerifyOnPageFilesBody
from .verify_presentation_options import VerifyPresentationOptions
from .verify_presentation_request import VerifyPresentationRequest
from .verify_presentation_request_presentation_type_0 import VerifyPresentationRequestPresentationType0
from .verify_presentation_request_verifiable_presentation_type_0 import VerifyPresentationRequestVerifiablePresentationType0
from .verify_request import VerifyRequest
from .verify_request_options_type_0 import VerifyRequestOptionsType0
from .verify_request_verifiablecredential import VerifyRequestVerifiablecredential
from .vouching_organisation import VouchingOrganisation

__all__ = (
    "AchievementCredential",
    "AchievementCredentialContextItemType1",
    "AchievementCredentialCredentialstatus",
    "AchievementCredentialCredentialsubject",
    "AchievementCredentialIssuerType0",
    "AchievementCredentialProofType0",
    "AchievementCredentialProofType1Item",
    "BatchReceipt",
    "BodyCheckLearnerCode",
    "BodyRequestLearnerCode",
    "Check",
    "CheckName",
    "CheckStatus",
    "ClaimLink",
    "ClientRegistrationResponse",
    "ClientRegistrationResponseGrantTypesItem",
    "CompletionBatch",
    "CompletionBatchCounts",
    "CompletionBatchSource",
    "CompletionState",
    "CompletionStatus",
    "CredentialIssuancePending",
    "CredentialOffer",
    "CredentialOfferCreated",
    "CredentialOfferGrants",
    "CredentialResponse",
    "CredentialStatus",
    "DidDocument",
    "DidDocumentContextType2",
    "DidDocumentVerificationMethodItem",
    "FieldError",
    "GetOpenBadgeCredentialsResponse",
    "HealthStatus",
    "ImsxCodeMinor",
    "ImsxCodeMinorField",
    "ImsxStatusInfo",
    "ImsxStatusInfoImsxCodemajor",
    "ImsxStatusInfoImsxSeverity",
    "IntakeOutcome",
    "IssueCredentialOptions",
    "IssuedCredential",
    "IssueRequest",
    "IssueRequestCredentialType0",
    "IssueResponse",
    "IssueResponseVerifiablecredential",
    "IssuingKey",
    "LearnerProfile",
    "NonceResponse",
    "OauthAuthorizationServerMetadataResponseOauthAuthorizationServerMetadata",
    "OAuthError",
    "OAuthErrorBody",
    "Ob3PutProfileBody",
    "Ob3RegisterClientBody",
    "Ob3RevokeTokenBody",
    "Ob3TokenBody",
    "Ob3TokenResponse",
    "Ob3UpsertCredentialBody",
    "Oid4VciCredentialBody",
    "Oid4VciDeferredCredentialBody",
    "Oid4VciTokenBody",
    "Oid4VciTokenBodyGrantType",
    "Oid4VciTokenResponse",
    "OpenApiAuthorizationCodeFlow",
    "OpenApiAuthorizationCodeFlowScopes",
    "OpenApiComponents",
    "OpenApiComponentsSchemas",
    "OpenApiInfo",
    "OpenApiOAuth2Flows",
    "OpenApiOAuth2SecurityScheme",
    "OpenApiSecuritySchemes",
    "OpenidCredentialIssuerMetadataResponseOpenidCredentialIssuerMetadata",
    "OrganisationKind",
    "OrganisationRole",
    "ParticipateInExchangeBodyType0",
    "ParticipateInExchangeResponseParticipateInExchange",
    "PreAuthorizedCodeGrant",
    "PresentationVerificationReport",
    "PresentationVerificationReportVerifiablePresentationType0",
    "Principal",
    "Problem",
    "Readiness",
    "ReadinessDependencies",
    "ReceiveCompletionsJsonBody",
    "ReceiveCompletionsJsonBodyCompletionRecord",
    "ReceiveCompletionsJsonBodyCompletionRecordCompletionResult",
    "ReceiveCompletionsJsonBodyCompletionRecordCompletionResultOutcomeResult",
    "ReceiveCompletionsJsonBodyCompletionRecordCompletionResultStatus",
    "ReceiveCompletionsJsonBodyCompletionRecordLearner",
    "RecordOutcome",
    "Role",
    "ServiceDescriptionDocument",
    "ServiceDescriptionDocumentPaths",
    "ServiceDescriptionDocumentPathsAdditionalProperty",
    "ServiceDescriptionDocumentServersItem",
    "ServiceDescriptionDocumentTagsItem",
    "StatusChange",
    "TxCode",
    "VcApiStatusItem",
    "VcApiStatusItemStatus",
    "VcApiStatusUpdate",
    "VerificationReport",
    "VerifyOnPageDataBody",
    "VerifyOnPageFilesBody",
    "VerifyPresentationOptions",
    "VerifyPresentationRequest",
    "VerifyPresentationRequestPresentationType0",
    "VerifyPresentationRequestVerifiablePresentationType0",
    "VerifyRequest",
    "VerifyRequestOptionsType0",
    "VerifyRequestVerifiablecredential",
    "VouchingOrganisation",
)
