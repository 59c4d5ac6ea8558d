from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_reasoning_effort_type_0 import (
    ChatCompletionRequestReasoningEffortType0,
)
from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.chat_completion_request_logit_bias_type_0 import (
        ChatCompletionRequestLogitBiasType0,
    )
    from ..models.chat_completion_request_messages_item import (
        ChatCompletionRequestMessagesItem,
    )
    from ..models.chat_completion_request_response_format_type_0 import (
        ChatCompletionRequestResponseFormatType0,
    )
    from ..models.chat_completion_request_stream_options_type_0 import (
        ChatCompletionRequestStreamOptionsType0,
    )
    from ..models.chat_completion_request_tool_choice_type_1 import (
        ChatCompletionRequestToolChoiceType1,
    )
    from ..models.chat_completion_request_tools_type_0_item_type_0 import (
        ChatCompletionRequestToolsType0ItemType0,
    )
    from ..models.guardrail_config import GuardrailConfig
    from ..models.mcp_server_config import McpServerConfig


T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
class ChatCompletionRequest:
    """OpenAI-compatible chat completion request.

    The completion-param fields are derived from any-llm's ``CompletionParams``
    (see ``_schema_derive``) so the schema cannot silently drop a param any-llm
    forwards. Fields below either tighten a derived field (``messages``,
    ``response_format``), declare an OpenAI wire param ``CompletionParams`` does
    not model (``service_tier``, forwarded as an any-llm ``**kwargs`` param), or
    add gateway-internal behavior (``mcp_servers``, ``mcp_server_ids``,
    ``guardrails``, ``tools_header``, ``max_tool_iterations``) that is stripped
    before the request is forwarded upstream.

        Attributes:
            messages (list[ChatCompletionRequestMessagesItem]):
            model (str):
            frequency_penalty (float | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            logit_bias (ChatCompletionRequestLogitBiasType0 | None | Unset):
            logprobs (bool | None | Unset):
            max_completion_tokens (int | None | Unset):
            max_tokens (int | None | Unset):
            max_tool_iterations (int | None | Unset):
            mcp_server_ids (list[UUID] | None | Unset):
            mcp_servers (list[McpServerConfig] | None | Unset):
            n (int | None | Unset):
            parallel_tool_calls (bool | None | Unset):
            presence_penalty (float | None | Unset):
            reasoning_effort (ChatCompletionRequestReasoningEffortType0 | None | Unset):  Default:
                ChatCompletionRequestReasoningEffortType0.AUTO.
            response_format (ChatCompletionRequestResponseFormatType0 | None | Unset):
            seed (int | None | Unset):
            service_tier (None | str | Unset):
            session_label (None | str | Unset): Optional caller-supplied label for cost attribution (per run, experiment, or
                conversation). In hybrid mode it is forwarded onto the platform usage report so spend can be sliced by session
                without standing up OpenTelemetry. Stripped before the request is forwarded upstream to the provider. Has no
                effect in standalone mode, where there is no platform to report it to.
            stop (list[str] | None | str | Unset):
            stream (bool | Unset):
            stream_options (ChatCompletionRequestStreamOptionsType0 | None | Unset):
            temperature (float | None | Unset):
            tool_choice (ChatCompletionRequestToolChoiceType1 | None | str | Unset):
            tools (list[Any | ChatCompletionRequestToolsType0ItemType0] | None | Unset):
            tools_header (None | str | Unset): Optional override for the lead-in that the gateway prepends before the per-
                tool hint block in the system message. Useful for expressing global tool-selection policy (e.g. 'prefer MCP
                tools over code_execution'). Falls back to OTARI_TOOLS_HEADER env, then to the built-in default.
            top_logprobs (int | None | Unset):
            top_p (float | None | Unset):
            user (None | str | Unset):
    """

    messages: list[ChatCompletionRequestMessagesItem]
    model: str
    frequency_penalty: float | None | Unset = UNSET
    guardrails: list[GuardrailConfig] | None | Unset = UNSET
    logit_bias: ChatCompletionRequestLogitBiasType0 | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    max_tool_iterations: int | None | Unset = UNSET
    mcp_server_ids: list[UUID] | None | Unset = UNSET
    mcp_servers: list[McpServerConfig] | None | Unset = UNSET
    n: int | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    reasoning_effort: ChatCompletionRequestReasoningEffortType0 | None | Unset = (
        ChatCompletionRequestReasoningEffortType0.AUTO
    )
    response_format: ChatCompletionRequestResponseFormatType0 | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    session_label: None | str | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: ChatCompletionRequestStreamOptionsType0 | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    tool_choice: ChatCompletionRequestToolChoiceType1 | None | str | Unset = UNSET
    tools: list[Any | ChatCompletionRequestToolsType0ItemType0] | None | Unset = UNSET
    tools_header: None | str | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        model = self.model

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        guardrails: list[dict[str, Any]] | None | Unset
        if isinstance(self.guardrails, Unset):
            guardrails = UNSET
        elif isinstance(self.guardrails, list):
            guardrails = []
            for guardrails_type_0_item_data in self.guardrails:
                guardrails_type_0_item = guardrails_type_0_item_data.to_dict()
                guardrails.append(guardrails_type_0_item)

        else:
            guardrails = self.guardrails

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, ChatCompletionRequestLogitBiasType0):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        max_tool_iterations: int | None | Unset
        if isinstance(self.max_tool_iterations, Unset):
            max_tool_iterations = UNSET
        else:
            max_tool_iterations = self.max_tool_iterations

        mcp_server_ids: list[str] | None | Unset
        if isinstance(self.mcp_server_ids, Unset):
            mcp_server_ids = UNSET
        elif isinstance(self.mcp_server_ids, list):
            mcp_server_ids = []
            for mcp_server_ids_type_0_item_data in self.mcp_server_ids:
                mcp_server_ids_type_0_item = str(mcp_server_ids_type_0_item_data)
                mcp_server_ids.append(mcp_server_ids_type_0_item)

        else:
            mcp_server_ids = self.mcp_server_ids

        mcp_servers: list[dict[str, Any]] | None | Unset
        if isinstance(self.mcp_servers, Unset):
            mcp_servers = UNSET
        elif isinstance(self.mcp_servers, list):
            mcp_servers = []
            for mcp_servers_type_0_item_data in self.mcp_servers:
                mcp_servers_type_0_item = mcp_servers_type_0_item_data.to_dict()
                mcp_servers.append(mcp_servers_type_0_item)

        else:
            mcp_servers = self.mcp_servers

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ChatCompletionRequestReasoningEffortType0):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        response_format: dict[str, Any] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ChatCompletionRequestResponseFormatType0):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        session_label: None | str | Unset
        if isinstance(self.session_label, Unset):
            session_label = UNSET
        else:
            session_label = self.session_label

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatCompletionRequestStreamOptionsType0):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatCompletionRequestToolChoiceType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[Any | dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: Any | dict[str, Any]
                if isinstance(tools_type_0_item_data, ChatCompletionRequestToolsType0ItemType0):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tools_header: None | str | Unset
        if isinstance(self.tools_header, Unset):
            tools_header = UNSET
        else:
            tools_header = self.tools_header

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "model": model,
            }
        )
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_tool_iterations is not UNSET:
            field_dict["max_tool_iterations"] = max_tool_iterations
        if mcp_server_ids is not UNSET:
            field_dict["mcp_server_ids"] = mcp_server_ids
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if n is not UNSET:
            field_dict["n"] = n
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_label is not UNSET:
            field_dict["session_label"] = session_label
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tools_header is not UNSET:
            field_dict["tools_header"] = tools_header
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ChatCompletionRequestMessagesItem.from_dict(messages_item_data)

            messages.append(messages_item)

        model = d.pop("model")

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        guardrails = d.pop("guardrails", UNSET)
        if guardrails is not None and not isinstance(guardrails, Unset):
            try:
                if not isinstance(guardrails, list):
                    raise TypeError()
                guardrails_type_0 = []
                _guardrails_type_0 = guardrails
                for guardrails_type_0_item_data in _guardrails_type_0:
                    guardrails_type_0_item = GuardrailConfig.from_dict(guardrails_type_0_item_data)

                    guardrails_type_0.append(guardrails_type_0_item)

                guardrails = guardrails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        logit_bias = d.pop("logit_bias", UNSET)
        if logit_bias is not None and not isinstance(logit_bias, Unset):
            try:
                if not isinstance(logit_bias, dict):
                    raise TypeError()
                logit_bias_type_0 = ChatCompletionRequestLogitBiasType0.from_dict(logit_bias)

                logit_bias = logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        logprobs = d.pop("logprobs", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        max_tool_iterations = d.pop("max_tool_iterations", UNSET)

        mcp_server_ids = d.pop("mcp_server_ids", UNSET)
        if mcp_server_ids is not None and not isinstance(mcp_server_ids, Unset):
            try:
                if not isinstance(mcp_server_ids, list):
                    raise TypeError()
                mcp_server_ids_type_0 = []
                _mcp_server_ids_type_0 = mcp_server_ids
                for mcp_server_ids_type_0_item_data in _mcp_server_ids_type_0:
                    mcp_server_ids_type_0_item = UUID(mcp_server_ids_type_0_item_data)

                    mcp_server_ids_type_0.append(mcp_server_ids_type_0_item)

                mcp_server_ids = mcp_server_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        mcp_servers = d.pop("mcp_servers", UNSET)
        if mcp_servers is not None and not isinstance(mcp_servers, Unset):
            try:
                if not isinstance(mcp_servers, list):
                    raise TypeError()
                mcp_servers_type_0 = []
                _mcp_servers_type_0 = mcp_servers
                for mcp_servers_type_0_item_data in _mcp_servers_type_0:
                    mcp_servers_type_0_item = McpServerConfig.from_dict(mcp_servers_type_0_item_data)

                    mcp_servers_type_0.append(mcp_servers_type_0_item)

                mcp_servers = mcp_servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        n = d.pop("n", UNSET)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        reasoning_effort = d.pop("reasoning_effort", UNSET)
        if reasoning_effort is not None and not isinstance(reasoning_effort, Unset):
            try:
                if not isinstance(reasoning_effort, str):
                    raise TypeError()
                reasoning_effort_type_0 = ChatCompletionRequestReasoningEffortType0(reasoning_effort)

                reasoning_effort = reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        response_format = d.pop("response_format", UNSET)
        if response_format is not None and not isinstance(response_format, Unset):
            try:
                if not isinstance(response_format, dict):
                    raise TypeError()
                response_format_type_0 = ChatCompletionRequestResponseFormatType0.from_dict(response_format)

                response_format = response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        seed = d.pop("seed", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        session_label = d.pop("session_label", UNSET)

        stop = d.pop("stop", UNSET)
        if stop is not None and not isinstance(stop, Unset):
            try:
                if not isinstance(stop, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], stop)

                stop = stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        stream = d.pop("stream", UNSET)

        stream_options = d.pop("stream_options", UNSET)
        if stream_options is not None and not isinstance(stream_options, Unset):
            try:
                if not isinstance(stream_options, dict):
                    raise TypeError()
                stream_options_type_0 = ChatCompletionRequestStreamOptionsType0.from_dict(stream_options)

                stream_options = stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        temperature = d.pop("temperature", UNSET)

        tool_choice = d.pop("tool_choice", UNSET)
        if tool_choice is not None and not isinstance(tool_choice, Unset):
            try:
                if not isinstance(tool_choice, dict):
                    raise TypeError()
                tool_choice_type_1 = ChatCompletionRequestToolChoiceType1.from_dict(tool_choice)

                tool_choice = tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tools = d.pop("tools", UNSET)
        if tools is not None and not isinstance(tools, Unset):
            try:
                if not isinstance(tools, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = tools
                for tools_type_0_item_data in _tools_type_0:
                    tools_type_0_item = tools_type_0_item_data
                    try:
                        if not isinstance(tools_type_0_item, dict):
                            raise TypeError()
                        tools_type_0_item_type_0 = ChatCompletionRequestToolsType0ItemType0.from_dict(tools_type_0_item)

                        tools_type_0_item = tools_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                    tools_type_0.append(tools_type_0_item)

                tools = tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tools_header = d.pop("tools_header", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        top_p = d.pop("top_p", UNSET)

        user = d.pop("user", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        chat_completion_request = cls(
            messages,
            model,
            frequency_penalty,
            guardrails,
            logit_bias,
            logprobs,
            max_completion_tokens,
            max_tokens,
            max_tool_iterations,
            mcp_server_ids,
            mcp_servers,
            n,
            parallel_tool_calls,
            presence_penalty,
            reasoning_effort,
            response_format,
            seed,
            service_tier,
            session_label,
            stop,
            stream,
            stream_options,
            temperature,
            tool_choice,
            tools,
            tools_header,
            top_logprobs,
            top_p,
            user,
        )

        chat_completion_request.additional_properties = d
        return chat_completion_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "messages",
                "model",
                "frequency_penalty",
                "guardrails",
                "logit_bias",
                "logprobs",
                "max_completion_tokens",
                "max_tokens",
                "max_tool_iterations",
                "mcp_server_ids",
                "mcp_servers",
                "n",
                "parallel_tool_calls",
                "presence_penalty",
                "reasoning_effort",
                "response_format",
                "seed",
                "service_tier",
                "session_label",
                "stop",
                "stream",
                "stream_options",
                "temperature",
                "tool_choice",
                "tools",
                "tools_header",
                "top_logprobs",
                "top_p",
                "user",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes ChatCompletionRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ChatCompletionRequestLogitBiasType0, ChatCompletionRequestMessagesItem, ChatCompletionRequestResponseFormatType0, ChatCompletionRequestStreamOptionsType0, ChatCompletionRequestToolChoiceType1, ChatCompletionRequestToolsType0ItemType0, GuardrailConfig, McpServerConfig  # noqa: PLW0603
    from ..models.chat_completion_request_logit_bias_type_0 import (
        ChatCompletionRequestLogitBiasType0,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_messages_item import (
        ChatCompletionRequestMessagesItem,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_response_format_type_0 import (
        ChatCompletionRequestResponseFormatType0,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_stream_options_type_0 import (
        ChatCompletionRequestStreamOptionsType0,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_tool_choice_type_1 import (
        ChatCompletionRequestToolChoiceType1,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_tools_type_0_item_type_0 import (
        ChatCompletionRequestToolsType0ItemType0,  # noqa: PLC0415
    )
    from ..models.guardrail_config import GuardrailConfig  # noqa: PLC0415
    from ..models.mcp_server_config import McpServerConfig  # noqa: PLC0415

    _imported = True
