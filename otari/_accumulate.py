"""Assemble streamed chat-completion chunks into the chat completion a non-streamed call would return.

Works on the wire JSON (dicts), so it does not depend on the generated models; objects with a
``to_dict()`` method (the typed ``ChatCompletionChunk``) are accepted too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ._json import is_array, is_mapping, is_object

if TYPE_CHECKING:
    from otari._generated.models.chat_completion import ChatCompletion

__all__ = ["ChunkAccumulator", "SupportsToDict", "to_chat_completion"]

_NO_FUNCTION: Mapping[str, Any] = {}

# Chunk-level fields copied to the completion: the first non-null value wins (they repeat on every chunk).
_TOP_FIELDS = ("id", "created", "model", "system_fingerprint", "service_tier")


class SupportsToDict(Protocol):
    """A typed model that can give back its wire JSON."""

    def to_dict(self) -> dict[str, Any]: ...


class _ToolCall:
    __slots__ = ("arguments", "id", "name", "type")

    def __init__(self) -> None:
        self.id: str | None = None
        self.type: str | None = None
        self.name: str | None = None
        self.arguments = _Text()

    def add(self, fragment: Mapping[str, Any]) -> None:
        # id, type and name come once, on the first fragment; later ones repeat them as null.
        if self.id is None:
            self.id = fragment.get("id")
        if self.type is None:
            self.type = fragment.get("type")
        function: Mapping[str, Any] = fragment.get("function") or _NO_FUNCTION
        if self.name is None:
            self.name = function.get("name")
        arguments = function.get("arguments")
        if arguments:
            self.arguments.add(arguments)

    def result(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type or "function",
            "function": {"name": self.name, "arguments": self.arguments.value()},
        }


class _Choice:
    __slots__ = (
        "content",
        "finish_reason",
        "function_call",
        "logprobs",
        "reasoning",
        "refusal",
        "role",
        "tools",
    )

    def __init__(self) -> None:
        self.role: str | None = None
        self.content: _Text | None = None  # None until a content fragment arrives
        self.refusal: _Text | None = None
        self.reasoning: _Text | None = None
        self.tools: dict[int, _ToolCall] = {}
        self.function_call: _ToolCall | None = None  # the legacy single function call
        self.finish_reason: str | None = None
        self.logprobs: dict[str, list[Any]] | None = None

    def add(self, choice: Mapping[str, Any]) -> None:
        # Runs for every chunk of every chat stream: the common text delta takes the shortest path.
        delta = choice.get("delta")
        if delta:
            get = delta.get
            if self.role is None:
                self.role = get("role")
            content = get("content")
            if content is not None and type(content) is not str:
                content = _text(content)
            if content is not None:
                text = self.content
                if text is None:
                    text = self.content = _Text()
                text.add(content)
            refusal = get("refusal")
            if refusal is not None:
                self.refusal = _append(self.refusal, refusal)
            reasoning = get("reasoning")
            if reasoning is not None:
                # Providers send reasoning either as a string or as {"content": "..."}.
                text = reasoning.get("content") if is_mapping(reasoning) else reasoning
                if isinstance(text, str):
                    self.reasoning = _append(self.reasoning, text)
            tool_calls = get("tool_calls")
            if tool_calls:
                self._add_tool_calls(tool_calls)
            function_call = get("function_call")
            if function_call:
                if self.function_call is None:
                    self.function_call = _ToolCall()
                self.function_call.add({"function": function_call})
        get = choice.get
        finish_reason = get("finish_reason")
        if finish_reason is not None:
            self.finish_reason = finish_reason
        logprobs = get("logprobs")
        if logprobs:
            if self.logprobs is None:
                self.logprobs = {}
            for key, values in logprobs.items():
                if is_array(values):
                    self.logprobs.setdefault(key, []).extend(values)

    def _add_tool_calls(self, fragments: Any) -> None:
        tools = self.tools
        for fragment in fragments:
            index = fragment.get("index")
            if index is None:  # not allowed by the spec; treat it as the call after the last one
                index = len(tools)
            call = tools.get(index)
            if call is None:
                call = tools[index] = _ToolCall()
            call.add(fragment)

    def result(self, index: int) -> dict[str, Any]:
        tool_calls = [self.tools[i].result() for i in sorted(self.tools)] or None
        content = None if self.content is None else self.content.value()
        if tool_calls and not content:
            content = None  # what the non-streamed response carries beside tool calls
        message: dict[str, Any] = {
            "role": self.role or "assistant",
            "content": content,
            "refusal": None if self.refusal is None else self.refusal.value(),
            "tool_calls": tool_calls,
        }
        if self.function_call is not None:
            call = self.function_call.result()["function"]
            message["function_call"] = call
        if self.reasoning is not None:
            message["reasoning"] = {"content": self.reasoning.value()}
        return {
            "index": index,
            "message": message,
            "finish_reason": self.finish_reason,
            "logprobs": self.logprobs,
        }


# A long stream brings hundreds of thousands of few-character fragments, each a separate str object (about
# 55 bytes) in the list: joining them now and then keeps memory near the size of the text itself.
_JOIN_AT = 4096


class _Text:
    """Streamed text fragments, folded into blocks as they arrive.

    A long stream sends millions of small fragments; keeping each as its own string costs far more
    memory than the text. Every ``_JOIN_AT`` fragments become one block, and only the new fragments are
    joined each time, so the work stays linear in the text's length.
    """

    __slots__ = ("blocks", "tail")

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.tail: list[str] = []

    def add(self, fragment: str) -> None:
        tail = self.tail
        tail.append(fragment)
        if len(tail) >= _JOIN_AT:
            self.blocks.append("".join(tail))
            tail.clear()

    def value(self) -> str:
        return "".join(self.blocks) + "".join(self.tail)


def _append(text: _Text | None, fragment: str) -> _Text:
    if text is None:
        text = _Text()
    text.add(fragment)
    return text


def _text(content: Any) -> str | None:
    if isinstance(content, str):
        return content
    # A list of content parts (rare in deltas): the text of its "text" parts, as the typed delta reads it.
    if is_array(content):
        texts = [
            part["text"]
            for part in content
            if is_mapping(part) and part.get("type") == "text" and isinstance(part.get("text"), str)
        ]
        return "".join(texts) if texts else None
    return None


class ChunkAccumulator:
    """Folds chat-completion chunks into one ``chat.completion`` dict.

    Per choice index: the role, the concatenated content / refusal / reasoning, tool calls merged by
    their ``index`` (id, type and name from the fragment that carries them, arguments concatenated), the
    last non-null ``finish_reason`` and the concatenated logprobs. ``usage`` comes from the chunk that
    carries it (the gateway sends it on a final chunk with ``choices: []``).
    """

    __slots__ = ("_choices", "_top", "_top_done", "_usage")

    def __init__(self) -> None:
        self._top: dict[str, Any] = {}
        self._top_done = False  # every one of _TOP_FIELDS is in _top
        self._choices: dict[int, _Choice] = {}
        self._usage: Any = None

    def add(self, chunk: Mapping[str, Any] | SupportsToDict) -> None:
        """Fold in one chunk: its wire JSON, or a typed chunk with ``to_dict()``."""
        data = chunk if is_object(chunk) or isinstance(chunk, Mapping) else chunk.to_dict()
        top = self._top
        if not self._top_done:
            for name in _TOP_FIELDS:
                if name not in top and data.get(name) is not None:
                    top[name] = data[name]
            self._top_done = len(top) == len(_TOP_FIELDS)
        choices = data.get("choices")
        if choices:
            states = self._choices
            for choice in choices:
                index = choice.get("index") or 0
                state = states.get(index)
                if state is None:
                    state = states[index] = _Choice()
                state.add(choice)
        usage = data.get("usage")
        if usage is not None:
            self._usage = usage

    def add_parsed(self, chunk: Any, data: Mapping[str, Any]) -> None:
        """Fold in a chunk a stream has parsed anyway: ``chunk`` is its typed form, ``data`` its wire JSON.

        The usual chunk — one choice whose delta brings text and nothing else new — is read from the typed
        chunk, whose attributes cost a fraction of what dictionary lookups do; every other chunk (and any
        object that is not a typed chunk) is folded from ``data`` by :meth:`add`, with the same result.
        """
        try:
            choices = chunk.choices
            # Once the top-level fields are all known, a chunk without usage whose single choice already has
            # a state is a candidate; it is folded here if it brings nothing but text (and the first role).
            if len(choices) == 1 and self._top_done and chunk.usage is None:
                choice = choices[0]
                state = self._choices.get(choice.index)
                delta = choice.delta
                if (
                    state is not None
                    and choice.finish_reason is None
                    and delta.tool_calls is None
                    and delta.refusal is None
                    and delta.function_call is None
                ):
                    content = delta.content
                    extras = delta.additional_properties
                    logprobs = choice.additional_properties
                    if (
                        (content is None or type(content) is str)
                        and (not extras or extras.get("reasoning") is None)
                        and (not logprobs or not logprobs.get("logprobs"))
                    ):
                        if state.role is None:
                            state.role = delta.role
                        if content is not None:
                            text = state.content
                            if text is None:
                                text = state.content = _Text()
                            # _Text.add, inlined: this runs for nearly every chunk of every chat stream.
                            tail = text.tail
                            tail.append(content)
                            if len(tail) >= _JOIN_AT:
                                text.blocks.append("".join(tail))
                                tail.clear()
                        return
        except AttributeError:
            pass  # not a typed chunk, or one parsed as sent (an odd delta): the wire JSON says it all
        self.add(data)

    def result(self) -> dict[str, Any]:
        """The assembled completion as wire JSON (``object: "chat.completion"``)."""
        completion: dict[str, Any] = {"object": "chat.completion", **self._top}
        completion["choices"] = [self._choices[i].result(i) for i in sorted(self._choices)]
        if self._usage is not None:
            completion["usage"] = self._usage
        return completion


def to_chat_completion(data: dict[str, Any]) -> ChatCompletion:
    """The assembled dict as the typed ``ChatCompletion`` (the generated model is imported on first use)."""
    from otari._generated.models.chat_completion import ChatCompletion

    return ChatCompletion.from_dict(data)
