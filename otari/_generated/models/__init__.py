"""Contains all the data models used in inputs/outputs.

Models load on first attribute access (PEP 562), so importing one model does not import them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_invitation_request import AcceptInvitationRequest
    from .accept_invitation_result_public import AcceptInvitationResultPublic
    from .activation_api_key_public import ActivationApiKeyPublic
    from .activation_attempt_public import ActivationAttemptPublic
    from .activation_attempt_public_error_category_type_0 import (
        ActivationAttemptPublicErrorCategoryType0,
    )
    from .activation_attempt_public_status import ActivationAttemptPublicStatus
    from .active_organization_member_create_request import (
        ActiveOrganizationMemberCreateRequest,
    )
    from .active_organization_member_create_request_role import (
        ActiveOrganizationMemberCreateRequestRole,
    )
    from .active_organization_member_create_result_public import (
        ActiveOrganizationMemberCreateResultPublic,
    )
    from .active_organization_member_create_result_public_status import (
        ActiveOrganizationMemberCreateResultPublicStatus,
    )
    from .active_organization_member_public import ActiveOrganizationMemberPublic
    from .active_organization_member_update_request import (
        ActiveOrganizationMemberUpdateRequest,
    )
    from .active_organization_member_update_request_role_type_0 import (
        ActiveOrganizationMemberUpdateRequestRoleType0,
    )
    from .active_organization_member_update_request_status_type_0 import (
        ActiveOrganizationMemberUpdateRequestStatusType0,
    )
    from .active_organization_members_public import ActiveOrganizationMembersPublic
    from .active_organization_update_request import ActiveOrganizationUpdateRequest
    from .add_workspace_member_role import AddWorkspaceMemberRole
    from .agent_telemetry_behavior import AgentTelemetryBehavior
    from .agent_telemetry_count import AgentTelemetryCount
    from .agent_telemetry_delete_request import AgentTelemetryDeleteRequest
    from .agent_telemetry_delete_result import AgentTelemetryDeleteResult
    from .agent_telemetry_group_row import AgentTelemetryGroupRow
    from .agent_telemetry_grouped_series import AgentTelemetryGroupedSeries
    from .agent_telemetry_grouped_series_bucket import AgentTelemetryGroupedSeriesBucket
    from .agent_telemetry_grouped_series_group_by import (
        AgentTelemetryGroupedSeriesGroupBy,
    )
    from .agent_telemetry_grouped_series_point import AgentTelemetryGroupedSeriesPoint
    from .agent_telemetry_measures import AgentTelemetryMeasures
    from .agent_telemetry_outcomes import AgentTelemetryOutcomes
    from .agent_telemetry_series_bucket import AgentTelemetrySeriesBucket
    from .agent_telemetry_series_group_by import AgentTelemetrySeriesGroupBy
    from .agent_telemetry_series_point import AgentTelemetrySeriesPoint
    from .agent_telemetry_summary import AgentTelemetrySummary
    from .agent_telemetry_summary_bucket import AgentTelemetrySummaryBucket
    from .agent_telemetry_tool_row import AgentTelemetryToolRow
    from .agent_telemetry_usage import AgentTelemetryUsage
    from .alias_request import AliasRequest
    from .alias_response import AliasResponse
    from .audio_speech_request import AudioSpeechRequest
    from .batch import Batch
    from .batch_error import BatchError
    from .batch_errors import BatchErrors
    from .batch_list import BatchList
    from .batch_metadata import BatchMetadata
    from .batch_request_counts import BatchRequestCounts
    from .batch_request_item import BatchRequestItem
    from .batch_request_item_body import BatchRequestItemBody
    from .batch_result_error import BatchResultError
    from .batch_result_item import BatchResultItem
    from .batch_results import BatchResults
    from .batch_usage import BatchUsage
    from .billing_meters import BillingMeters
    from .billing_meters_tools import BillingMetersTools
    from .body_create_file_v1_files_post import BodyCreateFileV1FilesPost
    from .body_create_transcription_v1_audio_transcriptions_post import (
        BodyCreateTranscriptionV1AudioTranscriptionsPost,
    )
    from .budget_reset_log_response import BudgetResetLogResponse
    from .budget_response import BudgetResponse
    from .caller_workspace_membership_public import CallerWorkspaceMembershipPublic
    from .candidate_response import CandidateResponse
    from .chat_completion import ChatCompletion
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_content_part import ChatCompletionContentPart
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_logit_bias_type_0 import (
        ChatCompletionRequestLogitBiasType0,
    )
    from .chat_completion_request_messages_item import ChatCompletionRequestMessagesItem
    from .chat_completion_request_reasoning_effort_type_0 import (
        ChatCompletionRequestReasoningEffortType0,
    )
    from .chat_completion_request_response_format_type_0 import (
        ChatCompletionRequestResponseFormatType0,
    )
    from .chat_completion_request_stream_options_type_0 import (
        ChatCompletionRequestStreamOptionsType0,
    )
    from .chat_completion_request_tool_choice_type_1 import (
        ChatCompletionRequestToolChoiceType1,
    )
    from .chat_completion_request_tools_type_0_item_type_0 import (
        ChatCompletionRequestToolsType0ItemType0,
    )
    from .choice_delta import ChoiceDelta
    from .choice_delta_tool_call import ChoiceDeltaToolCall
    from .choice_delta_tool_call_function import ChoiceDeltaToolCallFunction
    from .chunk_choice import ChunkChoice
    from .completion_tokens_details import CompletionTokensDetails
    from .completion_usage import CompletionUsage
    from .config_field import ConfigField
    from .config_field_type import ConfigFieldType
    from .config_search_tool_schema import ConfigSearchToolSchema
    from .count_tokens_request import CountTokensRequest
    from .count_tokens_request_cache_control_type_0 import (
        CountTokensRequestCacheControlType0,
    )
    from .count_tokens_request_context_management_type_0 import (
        CountTokensRequestContextManagementType0,
    )
    from .count_tokens_request_messages_item import CountTokensRequestMessagesItem
    from .count_tokens_request_metadata_type_0 import CountTokensRequestMetadataType0
    from .count_tokens_request_system_type_1_item import (
        CountTokensRequestSystemType1Item,
    )
    from .count_tokens_request_thinking_type_0 import CountTokensRequestThinkingType0
    from .count_tokens_request_tool_choice_type_0 import (
        CountTokensRequestToolChoiceType0,
    )
    from .count_tokens_request_tools_type_0_item import CountTokensRequestToolsType0Item
    from .count_tokens_response import CountTokensResponse
    from .count_usage_tool_type_0 import CountUsageToolType0
    from .create_batch_request import CreateBatchRequest
    from .create_batch_request_metadata_type_0 import CreateBatchRequestMetadataType0
    from .create_budget_request import CreateBudgetRequest
    from .create_budget_request_reset_alignment_type_0 import (
        CreateBudgetRequestResetAlignmentType0,
    )
    from .create_embedding_response import CreateEmbeddingResponse
    from .create_key_request import CreateKeyRequest
    from .create_key_request_metadata import CreateKeyRequestMetadata
    from .create_key_response import CreateKeyResponse
    from .create_key_response_metadata import CreateKeyResponseMetadata
    from .create_scoped_budget_request import CreateScopedBudgetRequest
    from .create_scoped_budget_request_scope_type import (
        CreateScopedBudgetRequestScopeType,
    )
    from .create_search_tool_request import CreateSearchToolRequest
    from .create_search_tool_request_options_type_0 import (
        CreateSearchToolRequestOptionsType0,
    )
    from .create_session_request import CreateSessionRequest
    from .create_stored_provider_request import CreateStoredProviderRequest
    from .create_stored_provider_request_client_args_type_0 import (
        CreateStoredProviderRequestClientArgsType0,
    )
    from .create_user_request import CreateUserRequest
    from .create_user_request_metadata import CreateUserRequestMetadata
    from .delete_file_response_delete_file_v1_files_file_id_delete import (
        DeleteFileResponseDeleteFileV1FilesFileIdDelete,
    )
    from .deployment_bootstrap import DeploymentBootstrap
    from .deployment_bootstrap_deployment_type import DeploymentBootstrapDeploymentType
    from .deployment_bootstrap_session_type import DeploymentBootstrapSessionType
    from .deployment_bootstrap_sign_in_methods_item import (
        DeploymentBootstrapSignInMethodsItem,
    )
    from .discoverable_model import DiscoverableModel
    from .discoverable_models_response import DiscoverableModelsResponse
    from .discoverable_provider import DiscoverableProvider
    from .dropped_response import DroppedResponse
    from .embedding import Embedding
    from .embedding_request import EmbeddingRequest
    from .embedding_usage import EmbeddingUsage
    from .explain_request import ExplainRequest
    from .explain_request_spec_type_0 import ExplainRequestSpecType0
    from .explain_response import ExplainResponse
    from .explain_response_guardrails_item import ExplainResponseGuardrailsItem
    from .explain_response_router_weights import ExplainResponseRouterWeights
    from .external_events_request import ExternalEventsRequest
    from .external_ingest_error import ExternalIngestError
    from .external_ingest_result import ExternalIngestResult
    from .external_usage_event import ExternalUsageEvent
    from .file_list import FileList
    from .file_object import FileObject
    from .function_call import FunctionCall
    from .gateway_settings import GatewaySettings
    from .gateway_settings_master_key_source import GatewaySettingsMasterKeySource
    from .guardrail_config import GuardrailConfig
    from .guardrail_config_mode import GuardrailConfigMode
    from .guardrail_config_on_item import GuardrailConfigOnItem
    from .guardrail_config_on_unavailable import GuardrailConfigOnUnavailable
    from .guardrail_config_validate_kwargs import GuardrailConfigValidateKwargs
    from .health_check_response_health_check_health_get import (
        HealthCheckResponseHealthCheckHealthGet,
    )
    from .health_readiness_response_health_readiness_health_readiness_get import (
        HealthReadinessResponseHealthReadinessHealthReadinessGet,
    )
    from .http_validation_error import HTTPValidationError
    from .image import Image
    from .image_generation_request import ImageGenerationRequest
    from .images_response import ImagesResponse
    from .in_flight_entry import InFlightEntry
    from .in_flight_response import InFlightResponse
    from .invitation_preview_public import InvitationPreviewPublic
    from .invite_organization_member_request import InviteOrganizationMemberRequest
    from .invite_organization_member_request_role import (
        InviteOrganizationMemberRequestRole,
    )
    from .invite_organization_member_result_public import (
        InviteOrganizationMemberResultPublic,
    )
    from .key_info import KeyInfo
    from .key_info_metadata import KeyInfoMetadata
    from .known_provider_schema import KnownProviderSchema
    from .known_provider_summary_schema import KnownProviderSummarySchema
    from .learned_policy import LearnedPolicy
    from .list_scoped_budgets_scope_type_type_0 import ListScopedBudgetsScopeTypeType0
    from .list_usage_tool_type_0 import ListUsageToolType0
    from .mail_settings import MailSettings
    from .managed_tool import ManagedTool
    from .managed_tool_example import ManagedToolExample
    from .managed_tool_input_schema import ManagedToolInputSchema
    from .mcp_server_config import McpServerConfig
    from .message import Message
    from .messages_request import MessagesRequest
    from .messages_request_cache_control_type_0 import MessagesRequestCacheControlType0
    from .messages_request_context_management_type_0 import (
        MessagesRequestContextManagementType0,
    )
    from .messages_request_messages_item import MessagesRequestMessagesItem
    from .messages_request_metadata_type_0 import MessagesRequestMetadataType0
    from .messages_request_output_format_type_0 import MessagesRequestOutputFormatType0
    from .messages_request_system_type_1_item import MessagesRequestSystemType1Item
    from .messages_request_thinking_type_0 import MessagesRequestThinkingType0
    from .messages_request_tool_choice_type_0 import MessagesRequestToolChoiceType0
    from .messages_request_tools_type_0_item import MessagesRequestToolsType0Item
    from .model_list_response import ModelListResponse
    from .model_metadata import ModelMetadata
    from .model_metadata_response import ModelMetadataResponse
    from .model_metadata_response_models import ModelMetadataResponseModels
    from .model_object import ModelObject
    from .model_pricing_info import ModelPricingInfo
    from .model_pricing_info_pricing_tiers_item_type_1 import (
        ModelPricingInfoPricingTiersItemType1,
    )
    from .moderation_request import ModerationRequest
    from .moderation_request_input_type_2_item import ModerationRequestInputType2Item
    from .moderation_response import ModerationResponse
    from .moderation_result import ModerationResult
    from .moderation_result_categories import ModerationResultCategories
    from .moderation_result_category_applied_input_types_type_0 import (
        ModerationResultCategoryAppliedInputTypesType0,
    )
    from .moderation_result_category_scores import ModerationResultCategoryScores
    from .moderation_result_provider_raw_type_0 import ModerationResultProviderRawType0
    from .org_provider_key_create_request import OrgProviderKeyCreateRequest
    from .org_provider_key_create_request_client_args_type_0 import (
        OrgProviderKeyCreateRequestClientArgsType0,
    )
    from .org_provider_key_public import OrgProviderKeyPublic
    from .org_provider_key_public_client_args_type_0 import (
        OrgProviderKeyPublicClientArgsType0,
    )
    from .org_provider_key_update_request import OrgProviderKeyUpdateRequest
    from .org_provider_key_update_request_client_args_type_0 import (
        OrgProviderKeyUpdateRequestClientArgsType0,
    )
    from .org_provider_keys_public import OrgProviderKeysPublic
    from .organization_membership_context_public import (
        OrganizationMembershipContextPublic,
    )
    from .organization_model_pricing_create import OrganizationModelPricingCreate
    from .organization_model_pricing_public import OrganizationModelPricingPublic
    from .organization_model_pricing_update import OrganizationModelPricingUpdate
    from .organization_model_pricings_public import OrganizationModelPricingsPublic
    from .organization_public import OrganizationPublic
    from .password_response import PasswordResponse
    from .policy_request import PolicyRequest
    from .policy_request_spec import PolicyRequestSpec
    from .policy_response import PolicyResponse
    from .policy_response_spec import PolicyResponseSpec
    from .pool_status import PoolStatus
    from .pricing_refresh_change_response import PricingRefreshChangeResponse
    from .pricing_refresh_confirmation_response import (
        PricingRefreshConfirmationResponse,
    )
    from .pricing_refresh_preview_response import PricingRefreshPreviewResponse
    from .pricing_response import PricingResponse
    from .pricing_tier import PricingTier
    from .prompt_tokens_details import PromptTokensDetails
    from .provider_capabilities_schema import ProviderCapabilitiesSchema
    from .provider_health_response import ProviderHealthResponse
    from .provider_health_schema import ProviderHealthSchema
    from .provider_info_schema import ProviderInfoSchema
    from .providers_response import ProvidersResponse
    from .rank_request import RankRequest
    from .rank_response import RankResponse
    from .recorded_pool import RecordedPool
    from .reencrypt_provider_credentials_response import (
        ReencryptProviderCredentialsResponse,
    )
    from .reencrypt_search_tools_response import ReencryptSearchToolsResponse
    from .request_password_reset_request import RequestPasswordResetRequest
    from .request_password_reset_response import RequestPasswordResetResponse
    from .rerank_document import RerankDocument
    from .rerank_meta import RerankMeta
    from .rerank_request import RerankRequest
    from .rerank_response import RerankResponse
    from .rerank_result import RerankResult
    from .rerank_usage import RerankUsage
    from .resend_verification_request import ResendVerificationRequest
    from .resend_verification_response import ResendVerificationResponse
    from .reset_password_request import ResetPasswordRequest
    from .responses_request import ResponsesRequest
    from .responses_request_context_management_type_0_item import (
        ResponsesRequestContextManagementType0Item,
    )
    from .responses_request_conversation_type_1 import ResponsesRequestConversationType1
    from .responses_request_metadata_type_0 import ResponsesRequestMetadataType0
    from .responses_request_reasoning_type_0 import ResponsesRequestReasoningType0
    from .responses_request_response_format_type_0 import (
        ResponsesRequestResponseFormatType0,
    )
    from .responses_request_stream_options_type_0 import (
        ResponsesRequestStreamOptionsType0,
    )
    from .responses_request_tool_choice_type_1 import ResponsesRequestToolChoiceType1
    from .responses_request_tools_type_0_item import ResponsesRequestToolsType0Item
    from .rotate_master_key_response import RotateMasterKeyResponse
    from .router_status import RouterStatus
    from .scoped_budget_response import ScopedBudgetResponse
    from .scored_example import ScoredExample
    from .scored_example_scores import ScoredExampleScores
    from .search_provider_schema import SearchProviderSchema
    from .search_request import SearchRequest
    from .search_response import SearchResponse
    from .search_result_item import SearchResultItem
    from .search_tools_response import SearchToolsResponse
    from .send_test_mail_request import SendTestMailRequest
    from .send_test_mail_response import SendTestMailResponse
    from .session_response import SessionResponse
    from .set_password_request import SetPasswordRequest
    from .set_pricing_request import SetPricingRequest
    from .signup_request import SignupRequest
    from .signup_response import SignupResponse
    from .stored_provider_response import StoredProviderResponse
    from .stored_provider_response_client_args import StoredProviderResponseClientArgs
    from .stored_search_tool_schema import StoredSearchToolSchema
    from .stored_search_tool_schema_options import StoredSearchToolSchemaOptions
    from .task_pool import TaskPool
    from .test_provider_request import TestProviderRequest
    from .test_provider_request_client_args_type_0 import (
        TestProviderRequestClientArgsType0,
    )
    from .test_provider_response import TestProviderResponse
    from .test_service_request import TestServiceRequest
    from .test_service_response import TestServiceResponse
    from .token_charge_line import TokenChargeLine
    from .tool_meter import ToolMeter
    from .tool_setting_field import ToolSettingField
    from .tool_setting_field_service import ToolSettingFieldService
    from .tool_setting_field_type import ToolSettingFieldType
    from .tool_settings_response import ToolSettingsResponse
    from .tools_response import ToolsResponse
    from .transcription import Transcription
    from .unit_charge_line import UnitChargeLine
    from .update_budget_request import UpdateBudgetRequest
    from .update_budget_request_reset_alignment_type_0 import (
        UpdateBudgetRequestResetAlignmentType0,
    )
    from .update_key_request import UpdateKeyRequest
    from .update_key_request_metadata_type_0 import UpdateKeyRequestMetadataType0
    from .update_scoped_budget_request import UpdateScopedBudgetRequest
    from .update_search_tool_request import UpdateSearchToolRequest
    from .update_search_tool_request_options_type_0 import (
        UpdateSearchToolRequestOptionsType0,
    )
    from .update_settings_request import UpdateSettingsRequest
    from .update_settings_request_stream_missing_usage_policy_type_0 import (
        UpdateSettingsRequestStreamMissingUsagePolicyType0,
    )
    from .update_settings_request_vision_strategy_type_0 import (
        UpdateSettingsRequestVisionStrategyType0,
    )
    from .update_stored_provider_request import UpdateStoredProviderRequest
    from .update_stored_provider_request_client_args_type_0 import (
        UpdateStoredProviderRequestClientArgsType0,
    )
    from .update_tool_settings_request import UpdateToolSettingsRequest
    from .update_user_request import UpdateUserRequest
    from .update_user_request_metadata_type_0 import UpdateUserRequestMetadataType0
    from .update_workspace_member_role_role import UpdateWorkspaceMemberRoleRole
    from .usage_count import UsageCount
    from .usage_delete_request import UsageDeleteRequest
    from .usage_delete_result import UsageDeleteResult
    from .usage_entry import UsageEntry
    from .usage_entry_billing_meters_type_1 import UsageEntryBillingMetersType1
    from .usage_entry_pricing_breakdown_type_0_item_type_2 import (
        UsageEntryPricingBreakdownType0ItemType2,
    )
    from .usage_error_code_row import UsageErrorCodeRow
    from .usage_error_code_row_error_class import UsageErrorCodeRowErrorClass
    from .usage_group_row import UsageGroupRow
    from .usage_grouped_series import UsageGroupedSeries
    from .usage_grouped_series_bucket import UsageGroupedSeriesBucket
    from .usage_grouped_series_group_by import UsageGroupedSeriesGroupBy
    from .usage_grouped_series_point import UsageGroupedSeriesPoint
    from .usage_log_response import UsageLogResponse
    from .usage_series_bucket import UsageSeriesBucket
    from .usage_series_group_by import UsageSeriesGroupBy
    from .usage_series_point import UsageSeriesPoint
    from .usage_series_tool_type_0 import UsageSeriesToolType0
    from .usage_set_price_request import UsageSetPriceRequest
    from .usage_set_price_result import UsageSetPriceResult
    from .usage_summary import UsageSummary
    from .usage_summary_bucket import UsageSummaryBucket
    from .usage_summary_csv_tool_type_0 import UsageSummaryCsvToolType0
    from .usage_summary_dimensions_type_0_item import UsageSummaryDimensionsType0Item
    from .usage_summary_tool_type_0 import UsageSummaryToolType0
    from .usage_tool_row import UsageToolRow
    from .usage_totals import UsageTotals
    from .user_response import UserResponse
    from .user_response_metadata import UserResponseMetadata
    from .validate_invitation_request import ValidateInvitationRequest
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .verify_email_request import VerifyEmailRequest
    from .verify_email_response import VerifyEmailResponse
    from .workspace_activation_public import WorkspaceActivationPublic
    from .workspace_activation_public_status import WorkspaceActivationPublicStatus
    from .workspace_assignment_request import WorkspaceAssignmentRequest
    from .workspace_assignment_request_role import WorkspaceAssignmentRequestRole
    from .workspace_code_execution_policy_public import (
        WorkspaceCodeExecutionPolicyPublic,
    )
    from .workspace_code_execution_policy_update import (
        WorkspaceCodeExecutionPolicyUpdate,
    )
    from .workspace_create import WorkspaceCreate
    from .workspace_mcp_server_create import WorkspaceMcpServerCreate
    from .workspace_mcp_server_public import WorkspaceMcpServerPublic
    from .workspace_mcp_server_update import WorkspaceMcpServerUpdate
    from .workspace_mcp_servers_public import WorkspaceMcpServersPublic
    from .workspace_member_budget_policies_public import (
        WorkspaceMemberBudgetPoliciesPublic,
    )
    from .workspace_member_budget_policy_create import WorkspaceMemberBudgetPolicyCreate
    from .workspace_member_budget_policy_public import WorkspaceMemberBudgetPolicyPublic
    from .workspace_member_budget_policy_update import WorkspaceMemberBudgetPolicyUpdate
    from .workspace_member_public import WorkspaceMemberPublic
    from .workspace_members_public import WorkspaceMembersPublic
    from .workspace_provider_key_override_public import (
        WorkspaceProviderKeyOverridePublic,
    )
    from .workspace_provider_key_override_request import (
        WorkspaceProviderKeyOverrideRequest,
    )
    from .workspace_provider_key_overrides_public import (
        WorkspaceProviderKeyOverridesPublic,
    )
    from .workspace_provider_model_restriction_request import (
        WorkspaceProviderModelRestrictionRequest,
    )
    from .workspace_provider_model_restrictions_public import (
        WorkspaceProviderModelRestrictionsPublic,
    )
    from .workspace_public import WorkspacePublic
    from .workspace_update import WorkspaceUpdate
    from .workspaces_public import WorkspacesPublic

_MODULES = {
    "AcceptInvitationRequest": ".accept_invitation_request",
    "AcceptInvitationResultPublic": ".accept_invitation_result_public",
    "ActivationApiKeyPublic": ".activation_api_key_public",
    "ActivationAttemptPublic": ".activation_attempt_public",
    "ActivationAttemptPublicErrorCategoryType0": ".activation_attempt_public_error_category_type_0",
    "ActivationAttemptPublicStatus": ".activation_attempt_public_status",
    "ActiveOrganizationMemberCreateRequest": ".active_organization_member_create_request",
    "ActiveOrganizationMemberCreateRequestRole": ".active_organization_member_create_request_role",
    "ActiveOrganizationMemberCreateResultPublic": ".active_organization_member_create_result_public",
    "ActiveOrganizationMemberCreateResultPublicStatus": ".active_organization_member_create_result_public_status",
    "ActiveOrganizationMemberPublic": ".active_organization_member_public",
    "ActiveOrganizationMemberUpdateRequest": ".active_organization_member_update_request",
    "ActiveOrganizationMemberUpdateRequestRoleType0": ".active_organization_member_update_request_role_type_0",
    "ActiveOrganizationMemberUpdateRequestStatusType0": ".active_organization_member_update_request_status_type_0",
    "ActiveOrganizationMembersPublic": ".active_organization_members_public",
    "ActiveOrganizationUpdateRequest": ".active_organization_update_request",
    "AddWorkspaceMemberRole": ".add_workspace_member_role",
    "AgentTelemetryBehavior": ".agent_telemetry_behavior",
    "AgentTelemetryCount": ".agent_telemetry_count",
    "AgentTelemetryDeleteRequest": ".agent_telemetry_delete_request",
    "AgentTelemetryDeleteResult": ".agent_telemetry_delete_result",
    "AgentTelemetryGroupRow": ".agent_telemetry_group_row",
    "AgentTelemetryGroupedSeries": ".agent_telemetry_grouped_series",
    "AgentTelemetryGroupedSeriesBucket": ".agent_telemetry_grouped_series_bucket",
    "AgentTelemetryGroupedSeriesGroupBy": ".agent_telemetry_grouped_series_group_by",
    "AgentTelemetryGroupedSeriesPoint": ".agent_telemetry_grouped_series_point",
    "AgentTelemetryMeasures": ".agent_telemetry_measures",
    "AgentTelemetryOutcomes": ".agent_telemetry_outcomes",
    "AgentTelemetrySeriesBucket": ".agent_telemetry_series_bucket",
    "AgentTelemetrySeriesGroupBy": ".agent_telemetry_series_group_by",
    "AgentTelemetrySeriesPoint": ".agent_telemetry_series_point",
    "AgentTelemetrySummary": ".agent_telemetry_summary",
    "AgentTelemetrySummaryBucket": ".agent_telemetry_summary_bucket",
    "AgentTelemetryToolRow": ".agent_telemetry_tool_row",
    "AgentTelemetryUsage": ".agent_telemetry_usage",
    "AliasRequest": ".alias_request",
    "AliasResponse": ".alias_response",
    "AudioSpeechRequest": ".audio_speech_request",
    "Batch": ".batch",
    "BatchError": ".batch_error",
    "BatchErrors": ".batch_errors",
    "BatchList": ".batch_list",
    "BatchMetadata": ".batch_metadata",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchRequestItem": ".batch_request_item",
    "BatchRequestItemBody": ".batch_request_item_body",
    "BatchResultError": ".batch_result_error",
    "BatchResultItem": ".batch_result_item",
    "BatchResults": ".batch_results",
    "BatchUsage": ".batch_usage",
    "BillingMeters": ".billing_meters",
    "BillingMetersTools": ".billing_meters_tools",
    "BodyCreateFileV1FilesPost": ".body_create_file_v1_files_post",
    "BodyCreateTranscriptionV1AudioTranscriptionsPost": ".body_create_transcription_v1_audio_transcriptions_post",
    "BudgetResetLogResponse": ".budget_reset_log_response",
    "BudgetResponse": ".budget_response",
    "CallerWorkspaceMembershipPublic": ".caller_workspace_membership_public",
    "CandidateResponse": ".candidate_response",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionContentPart": ".chat_completion_content_part",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionRequestLogitBiasType0": ".chat_completion_request_logit_bias_type_0",
    "ChatCompletionRequestMessagesItem": ".chat_completion_request_messages_item",
    "ChatCompletionRequestReasoningEffortType0": ".chat_completion_request_reasoning_effort_type_0",
    "ChatCompletionRequestResponseFormatType0": ".chat_completion_request_response_format_type_0",
    "ChatCompletionRequestStreamOptionsType0": ".chat_completion_request_stream_options_type_0",
    "ChatCompletionRequestToolChoiceType1": ".chat_completion_request_tool_choice_type_1",
    "ChatCompletionRequestToolsType0ItemType0": ".chat_completion_request_tools_type_0_item_type_0",
    "ChoiceDelta": ".choice_delta",
    "ChoiceDeltaToolCall": ".choice_delta_tool_call",
    "ChoiceDeltaToolCallFunction": ".choice_delta_tool_call_function",
    "ChunkChoice": ".chunk_choice",
    "CompletionTokensDetails": ".completion_tokens_details",
    "CompletionUsage": ".completion_usage",
    "ConfigField": ".config_field",
    "ConfigFieldType": ".config_field_type",
    "ConfigSearchToolSchema": ".config_search_tool_schema",
    "CountTokensRequest": ".count_tokens_request",
    "CountTokensRequestCacheControlType0": ".count_tokens_request_cache_control_type_0",
    "CountTokensRequestContextManagementType0": ".count_tokens_request_context_management_type_0",
    "CountTokensRequestMessagesItem": ".count_tokens_request_messages_item",
    "CountTokensRequestMetadataType0": ".count_tokens_request_metadata_type_0",
    "CountTokensRequestSystemType1Item": ".count_tokens_request_system_type_1_item",
    "CountTokensRequestThinkingType0": ".count_tokens_request_thinking_type_0",
    "CountTokensRequestToolChoiceType0": ".count_tokens_request_tool_choice_type_0",
    "CountTokensRequestToolsType0Item": ".count_tokens_request_tools_type_0_item",
    "CountTokensResponse": ".count_tokens_response",
    "CountUsageToolType0": ".count_usage_tool_type_0",
    "CreateBatchRequest": ".create_batch_request",
    "CreateBatchRequestMetadataType0": ".create_batch_request_metadata_type_0",
    "CreateBudgetRequest": ".create_budget_request",
    "CreateBudgetRequestResetAlignmentType0": ".create_budget_request_reset_alignment_type_0",
    "CreateEmbeddingResponse": ".create_embedding_response",
    "CreateKeyRequest": ".create_key_request",
    "CreateKeyRequestMetadata": ".create_key_request_metadata",
    "CreateKeyResponse": ".create_key_response",
    "CreateKeyResponseMetadata": ".create_key_response_metadata",
    "CreateScopedBudgetRequest": ".create_scoped_budget_request",
    "CreateScopedBudgetRequestScopeType": ".create_scoped_budget_request_scope_type",
    "CreateSearchToolRequest": ".create_search_tool_request",
    "CreateSearchToolRequestOptionsType0": ".create_search_tool_request_options_type_0",
    "CreateSessionRequest": ".create_session_request",
    "CreateStoredProviderRequest": ".create_stored_provider_request",
    "CreateStoredProviderRequestClientArgsType0": ".create_stored_provider_request_client_args_type_0",
    "CreateUserRequest": ".create_user_request",
    "CreateUserRequestMetadata": ".create_user_request_metadata",
    "DeleteFileResponseDeleteFileV1FilesFileIdDelete": ".delete_file_response_delete_file_v1_files_file_id_delete",
    "DeploymentBootstrap": ".deployment_bootstrap",
    "DeploymentBootstrapDeploymentType": ".deployment_bootstrap_deployment_type",
    "DeploymentBootstrapSessionType": ".deployment_bootstrap_session_type",
    "DeploymentBootstrapSignInMethodsItem": ".deployment_bootstrap_sign_in_methods_item",
    "DiscoverableModel": ".discoverable_model",
    "DiscoverableModelsResponse": ".discoverable_models_response",
    "DiscoverableProvider": ".discoverable_provider",
    "DroppedResponse": ".dropped_response",
    "Embedding": ".embedding",
    "EmbeddingRequest": ".embedding_request",
    "EmbeddingUsage": ".embedding_usage",
    "ExplainRequest": ".explain_request",
    "ExplainRequestSpecType0": ".explain_request_spec_type_0",
    "ExplainResponse": ".explain_response",
    "ExplainResponseGuardrailsItem": ".explain_response_guardrails_item",
    "ExplainResponseRouterWeights": ".explain_response_router_weights",
    "ExternalEventsRequest": ".external_events_request",
    "ExternalIngestError": ".external_ingest_error",
    "ExternalIngestResult": ".external_ingest_result",
    "ExternalUsageEvent": ".external_usage_event",
    "FileList": ".file_list",
    "FileObject": ".file_object",
    "FunctionCall": ".function_call",
    "GatewaySettings": ".gateway_settings",
    "GatewaySettingsMasterKeySource": ".gateway_settings_master_key_source",
    "GuardrailConfig": ".guardrail_config",
    "GuardrailConfigMode": ".guardrail_config_mode",
    "GuardrailConfigOnItem": ".guardrail_config_on_item",
    "GuardrailConfigOnUnavailable": ".guardrail_config_on_unavailable",
    "GuardrailConfigValidateKwargs": ".guardrail_config_validate_kwargs",
    "HealthCheckResponseHealthCheckHealthGet": ".health_check_response_health_check_health_get",
    "HealthReadinessResponseHealthReadinessHealthReadinessGet": ".health_readiness_response_health_readiness_health_readiness_get",
    "HTTPValidationError": ".http_validation_error",
    "Image": ".image",
    "ImageGenerationRequest": ".image_generation_request",
    "ImagesResponse": ".images_response",
    "InFlightEntry": ".in_flight_entry",
    "InFlightResponse": ".in_flight_response",
    "InvitationPreviewPublic": ".invitation_preview_public",
    "InviteOrganizationMemberRequest": ".invite_organization_member_request",
    "InviteOrganizationMemberRequestRole": ".invite_organization_member_request_role",
    "InviteOrganizationMemberResultPublic": ".invite_organization_member_result_public",
    "KeyInfo": ".key_info",
    "KeyInfoMetadata": ".key_info_metadata",
    "KnownProviderSchema": ".known_provider_schema",
    "KnownProviderSummarySchema": ".known_provider_summary_schema",
    "LearnedPolicy": ".learned_policy",
    "ListScopedBudgetsScopeTypeType0": ".list_scoped_budgets_scope_type_type_0",
    "ListUsageToolType0": ".list_usage_tool_type_0",
    "MailSettings": ".mail_settings",
    "ManagedTool": ".managed_tool",
    "ManagedToolExample": ".managed_tool_example",
    "ManagedToolInputSchema": ".managed_tool_input_schema",
    "McpServerConfig": ".mcp_server_config",
    "Message": ".message",
    "MessagesRequest": ".messages_request",
    "MessagesRequestCacheControlType0": ".messages_request_cache_control_type_0",
    "MessagesRequestContextManagementType0": ".messages_request_context_management_type_0",
    "MessagesRequestMessagesItem": ".messages_request_messages_item",
    "MessagesRequestMetadataType0": ".messages_request_metadata_type_0",
    "MessagesRequestOutputFormatType0": ".messages_request_output_format_type_0",
    "MessagesRequestSystemType1Item": ".messages_request_system_type_1_item",
    "MessagesRequestThinkingType0": ".messages_request_thinking_type_0",
    "MessagesRequestToolChoiceType0": ".messages_request_tool_choice_type_0",
    "MessagesRequestToolsType0Item": ".messages_request_tools_type_0_item",
    "ModelListResponse": ".model_list_response",
    "ModelMetadata": ".model_metadata",
    "ModelMetadataResponse": ".model_metadata_response",
    "ModelMetadataResponseModels": ".model_metadata_response_models",
    "ModelObject": ".model_object",
    "ModelPricingInfo": ".model_pricing_info",
    "ModelPricingInfoPricingTiersItemType1": ".model_pricing_info_pricing_tiers_item_type_1",
    "ModerationRequest": ".moderation_request",
    "ModerationRequestInputType2Item": ".moderation_request_input_type_2_item",
    "ModerationResponse": ".moderation_response",
    "ModerationResult": ".moderation_result",
    "ModerationResultCategories": ".moderation_result_categories",
    "ModerationResultCategoryAppliedInputTypesType0": ".moderation_result_category_applied_input_types_type_0",
    "ModerationResultCategoryScores": ".moderation_result_category_scores",
    "ModerationResultProviderRawType0": ".moderation_result_provider_raw_type_0",
    "OrgProviderKeyCreateRequest": ".org_provider_key_create_request",
    "OrgProviderKeyCreateRequestClientArgsType0": ".org_provider_key_create_request_client_args_type_0",
    "OrgProviderKeyPublic": ".org_provider_key_public",
    "OrgProviderKeyPublicClientArgsType0": ".org_provider_key_public_client_args_type_0",
    "OrgProviderKeyUpdateRequest": ".org_provider_key_update_request",
    "OrgProviderKeyUpdateRequestClientArgsType0": ".org_provider_key_update_request_client_args_type_0",
    "OrgProviderKeysPublic": ".org_provider_keys_public",
    "OrganizationMembershipContextPublic": ".organization_membership_context_public",
    "OrganizationModelPricingCreate": ".organization_model_pricing_create",
    "OrganizationModelPricingPublic": ".organization_model_pricing_public",
    "OrganizationModelPricingUpdate": ".organization_model_pricing_update",
    "OrganizationModelPricingsPublic": ".organization_model_pricings_public",
    "OrganizationPublic": ".organization_public",
    "PasswordResponse": ".password_response",
    "PolicyRequest": ".policy_request",
    "PolicyRequestSpec": ".policy_request_spec",
    "PolicyResponse": ".policy_response",
    "PolicyResponseSpec": ".policy_response_spec",
    "PoolStatus": ".pool_status",
    "PricingRefreshChangeResponse": ".pricing_refresh_change_response",
    "PricingRefreshConfirmationResponse": ".pricing_refresh_confirmation_response",
    "PricingRefreshPreviewResponse": ".pricing_refresh_preview_response",
    "PricingResponse": ".pricing_response",
    "PricingTier": ".pricing_tier",
    "PromptTokensDetails": ".prompt_tokens_details",
    "ProviderCapabilitiesSchema": ".provider_capabilities_schema",
    "ProviderHealthResponse": ".provider_health_response",
    "ProviderHealthSchema": ".provider_health_schema",
    "ProviderInfoSchema": ".provider_info_schema",
    "ProvidersResponse": ".providers_response",
    "RankRequest": ".rank_request",
    "RankResponse": ".rank_response",
    "RecordedPool": ".recorded_pool",
    "ReencryptProviderCredentialsResponse": ".reencrypt_provider_credentials_response",
    "ReencryptSearchToolsResponse": ".reencrypt_search_tools_response",
    "RequestPasswordResetRequest": ".request_password_reset_request",
    "RequestPasswordResetResponse": ".request_password_reset_response",
    "RerankDocument": ".rerank_document",
    "RerankMeta": ".rerank_meta",
    "RerankRequest": ".rerank_request",
    "RerankResponse": ".rerank_response",
    "RerankResult": ".rerank_result",
    "RerankUsage": ".rerank_usage",
    "ResendVerificationRequest": ".resend_verification_request",
    "ResendVerificationResponse": ".resend_verification_response",
    "ResetPasswordRequest": ".reset_password_request",
    "ResponsesRequest": ".responses_request",
    "ResponsesRequestContextManagementType0Item": ".responses_request_context_management_type_0_item",
    "ResponsesRequestConversationType1": ".responses_request_conversation_type_1",
    "ResponsesRequestMetadataType0": ".responses_request_metadata_type_0",
    "ResponsesRequestReasoningType0": ".responses_request_reasoning_type_0",
    "ResponsesRequestResponseFormatType0": ".responses_request_response_format_type_0",
    "ResponsesRequestStreamOptionsType0": ".responses_request_stream_options_type_0",
    "ResponsesRequestToolChoiceType1": ".responses_request_tool_choice_type_1",
    "ResponsesRequestToolsType0Item": ".responses_request_tools_type_0_item",
    "RotateMasterKeyResponse": ".rotate_master_key_response",
    "RouterStatus": ".router_status",
    "ScopedBudgetResponse": ".scoped_budget_response",
    "ScoredExample": ".scored_example",
    "ScoredExampleScores": ".scored_example_scores",
    "SearchProviderSchema": ".search_provider_schema",
    "SearchRequest": ".search_request",
    "SearchResponse": ".search_response",
    "SearchResultItem": ".search_result_item",
    "SearchToolsResponse": ".search_tools_response",
    "SendTestMailRequest": ".send_test_mail_request",
    "SendTestMailResponse": ".send_test_mail_response",
    "SessionResponse": ".session_response",
    "SetPasswordRequest": ".set_password_request",
    "SetPricingRequest": ".set_pricing_request",
    "SignupRequest": ".signup_request",
    "SignupResponse": ".signup_response",
    "StoredProviderResponse": ".stored_provider_response",
    "StoredProviderResponseClientArgs": ".stored_provider_response_client_args",
    "StoredSearchToolSchema": ".stored_search_tool_schema",
    "StoredSearchToolSchemaOptions": ".stored_search_tool_schema_options",
    "TaskPool": ".task_pool",
    "TestProviderRequest": ".test_provider_request",
    "TestProviderRequestClientArgsType0": ".test_provider_request_client_args_type_0",
    "TestProviderResponse": ".test_provider_response",
    "TestServiceRequest": ".test_service_request",
    "TestServiceResponse": ".test_service_response",
    "TokenChargeLine": ".token_charge_line",
    "ToolMeter": ".tool_meter",
    "ToolSettingField": ".tool_setting_field",
    "ToolSettingFieldService": ".tool_setting_field_service",
    "ToolSettingFieldType": ".tool_setting_field_type",
    "ToolSettingsResponse": ".tool_settings_response",
    "ToolsResponse": ".tools_response",
    "Transcription": ".transcription",
    "UnitChargeLine": ".unit_charge_line",
    "UpdateBudgetRequest": ".update_budget_request",
    "UpdateBudgetRequestResetAlignmentType0": ".update_budget_request_reset_alignment_type_0",
    "UpdateKeyRequest": ".update_key_request",
    "UpdateKeyRequestMetadataType0": ".update_key_request_metadata_type_0",
    "UpdateScopedBudgetRequest": ".update_scoped_budget_request",
    "UpdateSearchToolRequest": ".update_search_tool_request",
    "UpdateSearchToolRequestOptionsType0": ".update_search_tool_request_options_type_0",
    "UpdateSettingsRequest": ".update_settings_request",
    "UpdateSettingsRequestStreamMissingUsagePolicyType0": ".update_settings_request_stream_missing_usage_policy_type_0",
    "UpdateSettingsRequestVisionStrategyType0": ".update_settings_request_vision_strategy_type_0",
    "UpdateStoredProviderRequest": ".update_stored_provider_request",
    "UpdateStoredProviderRequestClientArgsType0": ".update_stored_provider_request_client_args_type_0",
    "UpdateToolSettingsRequest": ".update_tool_settings_request",
    "UpdateUserRequest": ".update_user_request",
    "UpdateUserRequestMetadataType0": ".update_user_request_metadata_type_0",
    "UpdateWorkspaceMemberRoleRole": ".update_workspace_member_role_role",
    "UsageCount": ".usage_count",
    "UsageDeleteRequest": ".usage_delete_request",
    "UsageDeleteResult": ".usage_delete_result",
    "UsageEntry": ".usage_entry",
    "UsageEntryBillingMetersType1": ".usage_entry_billing_meters_type_1",
    "UsageEntryPricingBreakdownType0ItemType2": ".usage_entry_pricing_breakdown_type_0_item_type_2",
    "UsageErrorCodeRow": ".usage_error_code_row",
    "UsageErrorCodeRowErrorClass": ".usage_error_code_row_error_class",
    "UsageGroupRow": ".usage_group_row",
    "UsageGroupedSeries": ".usage_grouped_series",
    "UsageGroupedSeriesBucket": ".usage_grouped_series_bucket",
    "UsageGroupedSeriesGroupBy": ".usage_grouped_series_group_by",
    "UsageGroupedSeriesPoint": ".usage_grouped_series_point",
    "UsageLogResponse": ".usage_log_response",
    "UsageSeriesBucket": ".usage_series_bucket",
    "UsageSeriesGroupBy": ".usage_series_group_by",
    "UsageSeriesPoint": ".usage_series_point",
    "UsageSeriesToolType0": ".usage_series_tool_type_0",
    "UsageSetPriceRequest": ".usage_set_price_request",
    "UsageSetPriceResult": ".usage_set_price_result",
    "UsageSummary": ".usage_summary",
    "UsageSummaryBucket": ".usage_summary_bucket",
    "UsageSummaryCsvToolType0": ".usage_summary_csv_tool_type_0",
    "UsageSummaryDimensionsType0Item": ".usage_summary_dimensions_type_0_item",
    "UsageSummaryToolType0": ".usage_summary_tool_type_0",
    "UsageToolRow": ".usage_tool_row",
    "UsageTotals": ".usage_totals",
    "UserResponse": ".user_response",
    "UserResponseMetadata": ".user_response_metadata",
    "ValidateInvitationRequest": ".validate_invitation_request",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "VerifyEmailRequest": ".verify_email_request",
    "VerifyEmailResponse": ".verify_email_response",
    "WorkspaceActivationPublic": ".workspace_activation_public",
    "WorkspaceActivationPublicStatus": ".workspace_activation_public_status",
    "WorkspaceAssignmentRequest": ".workspace_assignment_request",
    "WorkspaceAssignmentRequestRole": ".workspace_assignment_request_role",
    "WorkspaceCodeExecutionPolicyPublic": ".workspace_code_execution_policy_public",
    "WorkspaceCodeExecutionPolicyUpdate": ".workspace_code_execution_policy_update",
    "WorkspaceCreate": ".workspace_create",
    "WorkspaceMcpServerCreate": ".workspace_mcp_server_create",
    "WorkspaceMcpServerPublic": ".workspace_mcp_server_public",
    "WorkspaceMcpServerUpdate": ".workspace_mcp_server_update",
    "WorkspaceMcpServersPublic": ".workspace_mcp_servers_public",
    "WorkspaceMemberBudgetPoliciesPublic": ".workspace_member_budget_policies_public",
    "WorkspaceMemberBudgetPolicyCreate": ".workspace_member_budget_policy_create",
    "WorkspaceMemberBudgetPolicyPublic": ".workspace_member_budget_policy_public",
    "WorkspaceMemberBudgetPolicyUpdate": ".workspace_member_budget_policy_update",
    "WorkspaceMemberPublic": ".workspace_member_public",
    "WorkspaceMembersPublic": ".workspace_members_public",
    "WorkspaceProviderKeyOverridePublic": ".workspace_provider_key_override_public",
    "WorkspaceProviderKeyOverrideRequest": ".workspace_provider_key_override_request",
    "WorkspaceProviderKeyOverridesPublic": ".workspace_provider_key_overrides_public",
    "WorkspaceProviderModelRestrictionRequest": ".workspace_provider_model_restriction_request",
    "WorkspaceProviderModelRestrictionsPublic": ".workspace_provider_model_restrictions_public",
    "WorkspacePublic": ".workspace_public",
    "WorkspaceUpdate": ".workspace_update",
    "WorkspacesPublic": ".workspaces_public",
}

__all__ = (
    "AcceptInvitationRequest",
    "AcceptInvitationResultPublic",
    "ActivationApiKeyPublic",
    "ActivationAttemptPublic",
    "ActivationAttemptPublicErrorCategoryType0",
    "ActivationAttemptPublicStatus",
    "ActiveOrganizationMemberCreateRequest",
    "ActiveOrganizationMemberCreateRequestRole",
    "ActiveOrganizationMemberCreateResultPublic",
    "ActiveOrganizationMemberCreateResultPublicStatus",
    "ActiveOrganizationMemberPublic",
    "ActiveOrganizationMembersPublic",
    "ActiveOrganizationMemberUpdateRequest",
    "ActiveOrganizationMemberUpdateRequestRoleType0",
    "ActiveOrganizationMemberUpdateRequestStatusType0",
    "ActiveOrganizationUpdateRequest",
    "AddWorkspaceMemberRole",
    "AgentTelemetryBehavior",
    "AgentTelemetryCount",
    "AgentTelemetryDeleteRequest",
    "AgentTelemetryDeleteResult",
    "AgentTelemetryGroupedSeries",
    "AgentTelemetryGroupedSeriesBucket",
    "AgentTelemetryGroupedSeriesGroupBy",
    "AgentTelemetryGroupedSeriesPoint",
    "AgentTelemetryGroupRow",
    "AgentTelemetryMeasures",
    "AgentTelemetryOutcomes",
    "AgentTelemetrySeriesBucket",
    "AgentTelemetrySeriesGroupBy",
    "AgentTelemetrySeriesPoint",
    "AgentTelemetrySummary",
    "AgentTelemetrySummaryBucket",
    "AgentTelemetryToolRow",
    "AgentTelemetryUsage",
    "AliasRequest",
    "AliasResponse",
    "AudioSpeechRequest",
    "Batch",
    "BatchError",
    "BatchErrors",
    "BatchList",
    "BatchMetadata",
    "BatchRequestCounts",
    "BatchRequestItem",
    "BatchRequestItemBody",
    "BatchResultError",
    "BatchResultItem",
    "BatchResults",
    "BatchUsage",
    "BillingMeters",
    "BillingMetersTools",
    "BodyCreateFileV1FilesPost",
    "BodyCreateTranscriptionV1AudioTranscriptionsPost",
    "BudgetResetLogResponse",
    "BudgetResponse",
    "CallerWorkspaceMembershipPublic",
    "CandidateResponse",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionContentPart",
    "ChatCompletionMessage",
    "ChatCompletionMessageToolCall",
    "ChatCompletionRequest",
    "ChatCompletionRequestLogitBiasType0",
    "ChatCompletionRequestMessagesItem",
    "ChatCompletionRequestReasoningEffortType0",
    "ChatCompletionRequestResponseFormatType0",
    "ChatCompletionRequestStreamOptionsType0",
    "ChatCompletionRequestToolChoiceType1",
    "ChatCompletionRequestToolsType0ItemType0",
    "ChoiceDelta",
    "ChoiceDeltaToolCall",
    "ChoiceDeltaToolCallFunction",
    "ChunkChoice",
    "CompletionTokensDetails",
    "CompletionUsage",
    "ConfigField",
    "ConfigFieldType",
    "ConfigSearchToolSchema",
    "CountTokensRequest",
    "CountTokensRequestCacheControlType0",
    "CountTokensRequestContextManagementType0",
    "CountTokensRequestMessagesItem",
    "CountTokensRequestMetadataType0",
    "CountTokensRequestSystemType1Item",
    "CountTokensRequestThinkingType0",
    "CountTokensRequestToolChoiceType0",
    "CountTokensRequestToolsType0Item",
    "CountTokensResponse",
    "CountUsageToolType0",
    "CreateBatchRequest",
    "CreateBatchRequestMetadataType0",
    "CreateBudgetRequest",
    "CreateBudgetRequestResetAlignmentType0",
    "CreateEmbeddingResponse",
    "CreateKeyRequest",
    "CreateKeyRequestMetadata",
    "CreateKeyResponse",
    "CreateKeyResponseMetadata",
    "CreateScopedBudgetRequest",
    "CreateScopedBudgetRequestScopeType",
    "CreateSearchToolRequest",
    "CreateSearchToolRequestOptionsType0",
    "CreateSessionRequest",
    "CreateStoredProviderRequest",
    "CreateStoredProviderRequestClientArgsType0",
    "CreateUserRequest",
    "CreateUserRequestMetadata",
    "DeleteFileResponseDeleteFileV1FilesFileIdDelete",
    "DeploymentBootstrap",
    "DeploymentBootstrapDeploymentType",
    "DeploymentBootstrapSessionType",
    "DeploymentBootstrapSignInMethodsItem",
    "DiscoverableModel",
    "DiscoverableModelsResponse",
    "DiscoverableProvider",
    "DroppedResponse",
    "Embedding",
    "EmbeddingRequest",
    "EmbeddingUsage",
    "ExplainRequest",
    "ExplainRequestSpecType0",
    "ExplainResponse",
    "ExplainResponseGuardrailsItem",
    "ExplainResponseRouterWeights",
    "ExternalEventsRequest",
    "ExternalIngestError",
    "ExternalIngestResult",
    "ExternalUsageEvent",
    "FileList",
    "FileObject",
    "FunctionCall",
    "GatewaySettings",
    "GatewaySettingsMasterKeySource",
    "GuardrailConfig",
    "GuardrailConfigMode",
    "GuardrailConfigOnItem",
    "GuardrailConfigOnUnavailable",
    "GuardrailConfigValidateKwargs",
    "HealthCheckResponseHealthCheckHealthGet",
    "HealthReadinessResponseHealthReadinessHealthReadinessGet",
    "HTTPValidationError",
    "Image",
    "ImageGenerationRequest",
    "ImagesResponse",
    "InFlightEntry",
    "InFlightResponse",
    "InvitationPreviewPublic",
    "InviteOrganizationMemberRequest",
    "InviteOrganizationMemberRequestRole",
    "InviteOrganizationMemberResultPublic",
    "KeyInfo",
    "KeyInfoMetadata",
    "KnownProviderSchema",
    "KnownProviderSummarySchema",
    "LearnedPolicy",
    "ListScopedBudgetsScopeTypeType0",
    "ListUsageToolType0",
    "MailSettings",
    "ManagedTool",
    "ManagedToolExample",
    "ManagedToolInputSchema",
    "McpServerConfig",
    "Message",
    "MessagesRequest",
    "MessagesRequestCacheControlType0",
    "MessagesRequestContextManagementType0",
    "MessagesRequestMessagesItem",
    "MessagesRequestMetadataType0",
    "MessagesRequestOutputFormatType0",
    "MessagesRequestSystemType1Item",
    "MessagesRequestThinkingType0",
    "MessagesRequestToolChoiceType0",
    "MessagesRequestToolsType0Item",
    "ModelListResponse",
    "ModelMetadata",
    "ModelMetadataResponse",
    "ModelMetadataResponseModels",
    "ModelObject",
    "ModelPricingInfo",
    "ModelPricingInfoPricingTiersItemType1",
    "ModerationRequest",
    "ModerationRequestInputType2Item",
    "ModerationResponse",
    "ModerationResult",
    "ModerationResultCategories",
    "ModerationResultCategoryAppliedInputTypesType0",
    "ModerationResultCategoryScores",
    "ModerationResultProviderRawType0",
    "OrganizationMembershipContextPublic",
    "OrganizationModelPricingCreate",
    "OrganizationModelPricingPublic",
    "OrganizationModelPricingsPublic",
    "OrganizationModelPricingUpdate",
    "OrganizationPublic",
    "OrgProviderKeyCreateRequest",
    "OrgProviderKeyCreateRequestClientArgsType0",
    "OrgProviderKeyPublic",
    "OrgProviderKeyPublicClientArgsType0",
    "OrgProviderKeysPublic",
    "OrgProviderKeyUpdateRequest",
    "OrgProviderKeyUpdateRequestClientArgsType0",
    "PasswordResponse",
    "PolicyRequest",
    "PolicyRequestSpec",
    "PolicyResponse",
    "PolicyResponseSpec",
    "PoolStatus",
    "PricingRefreshChangeResponse",
    "PricingRefreshConfirmationResponse",
    "PricingRefreshPreviewResponse",
    "PricingResponse",
    "PricingTier",
    "PromptTokensDetails",
    "ProviderCapabilitiesSchema",
    "ProviderHealthResponse",
    "ProviderHealthSchema",
    "ProviderInfoSchema",
    "ProvidersResponse",
    "RankRequest",
    "RankResponse",
    "RecordedPool",
    "ReencryptProviderCredentialsResponse",
    "ReencryptSearchToolsResponse",
    "RequestPasswordResetRequest",
    "RequestPasswordResetResponse",
    "RerankDocument",
    "RerankMeta",
    "RerankRequest",
    "RerankResponse",
    "RerankResult",
    "RerankUsage",
    "ResendVerificationRequest",
    "ResendVerificationResponse",
    "ResetPasswordRequest",
    "ResponsesRequest",
    "ResponsesRequestContextManagementType0Item",
    "ResponsesRequestConversationType1",
    "ResponsesRequestMetadataType0",
    "ResponsesRequestReasoningType0",
    "ResponsesRequestResponseFormatType0",
    "ResponsesRequestStreamOptionsType0",
    "ResponsesRequestToolChoiceType1",
    "ResponsesRequestToolsType0Item",
    "RotateMasterKeyResponse",
    "RouterStatus",
    "ScopedBudgetResponse",
    "ScoredExample",
    "ScoredExampleScores",
    "SearchProviderSchema",
    "SearchRequest",
    "SearchResponse",
    "SearchResultItem",
    "SearchToolsResponse",
    "SendTestMailRequest",
    "SendTestMailResponse",
    "SessionResponse",
    "SetPasswordRequest",
    "SetPricingRequest",
    "SignupRequest",
    "SignupResponse",
    "StoredProviderResponse",
    "StoredProviderResponseClientArgs",
    "StoredSearchToolSchema",
    "StoredSearchToolSchemaOptions",
    "TaskPool",
    "TestProviderRequest",
    "TestProviderRequestClientArgsType0",
    "TestProviderResponse",
    "TestServiceRequest",
    "TestServiceResponse",
    "TokenChargeLine",
    "ToolMeter",
    "ToolSettingField",
    "ToolSettingFieldService",
    "ToolSettingFieldType",
    "ToolSettingsResponse",
    "ToolsResponse",
    "Transcription",
    "UnitChargeLine",
    "UpdateBudgetRequest",
    "UpdateBudgetRequestResetAlignmentType0",
    "UpdateKeyRequest",
    "UpdateKeyRequestMetadataType0",
    "UpdateScopedBudgetRequest",
    "UpdateSearchToolRequest",
    "UpdateSearchToolRequestOptionsType0",
    "UpdateSettingsRequest",
    "UpdateSettingsRequestStreamMissingUsagePolicyType0",
    "UpdateSettingsRequestVisionStrategyType0",
    "UpdateStoredProviderRequest",
    "UpdateStoredProviderRequestClientArgsType0",
    "UpdateToolSettingsRequest",
    "UpdateUserRequest",
    "UpdateUserRequestMetadataType0",
    "UpdateWorkspaceMemberRoleRole",
    "UsageCount",
    "UsageDeleteRequest",
    "UsageDeleteResult",
    "UsageEntry",
    "UsageEntryBillingMetersType1",
    "UsageEntryPricingBreakdownType0ItemType2",
    "UsageErrorCodeRow",
    "UsageErrorCodeRowErrorClass",
    "UsageGroupedSeries",
    "UsageGroupedSeriesBucket",
    "UsageGroupedSeriesGroupBy",
    "UsageGroupedSeriesPoint",
    "UsageGroupRow",
    "UsageLogResponse",
    "UsageSeriesBucket",
    "UsageSeriesGroupBy",
    "UsageSeriesPoint",
    "UsageSeriesToolType0",
    "UsageSetPriceRequest",
    "UsageSetPriceResult",
    "UsageSummary",
    "UsageSummaryBucket",
    "UsageSummaryCsvToolType0",
    "UsageSummaryDimensionsType0Item",
    "UsageSummaryToolType0",
    "UsageToolRow",
    "UsageTotals",
    "UserResponse",
    "UserResponseMetadata",
    "ValidateInvitationRequest",
    "ValidationError",
    "ValidationErrorContext",
    "VerifyEmailRequest",
    "VerifyEmailResponse",
    "WorkspaceActivationPublic",
    "WorkspaceActivationPublicStatus",
    "WorkspaceAssignmentRequest",
    "WorkspaceAssignmentRequestRole",
    "WorkspaceCodeExecutionPolicyPublic",
    "WorkspaceCodeExecutionPolicyUpdate",
    "WorkspaceCreate",
    "WorkspaceMcpServerCreate",
    "WorkspaceMcpServerPublic",
    "WorkspaceMcpServersPublic",
    "WorkspaceMcpServerUpdate",
    "WorkspaceMemberBudgetPoliciesPublic",
    "WorkspaceMemberBudgetPolicyCreate",
    "WorkspaceMemberBudgetPolicyPublic",
    "WorkspaceMemberBudgetPolicyUpdate",
    "WorkspaceMemberPublic",
    "WorkspaceMembersPublic",
    "WorkspaceProviderKeyOverridePublic",
    "WorkspaceProviderKeyOverrideRequest",
    "WorkspaceProviderKeyOverridesPublic",
    "WorkspaceProviderModelRestrictionRequest",
    "WorkspaceProviderModelRestrictionsPublic",
    "WorkspacePublic",
    "WorkspacesPublic",
    "WorkspaceUpdate",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
