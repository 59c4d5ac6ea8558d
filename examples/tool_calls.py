"""A tool-call round trip: stream the model's answer, assemble it with ``final_completion()``, run the tool
it asked for, and send the result back for the final answer.

Run: ``.venv/bin/python examples/tool_calls.py``. Without environment variables it uses the bundled mock
gateway, whose fake model always calls the first tool it is offered; set ``OTARI_AI_TOKEN`` or
``GATEWAY_API_BASE`` (+ ``GATEWAY_API_KEY``) to let a real model decide (``OTARI_EXAMPLE_MODEL``).
"""

from __future__ import annotations

import json
from typing import Any

from _env import example

from otari.params import ChatCompletionMessageParam

TOOLS: list[dict[str, Any]] = [
    {
        "type": "function",
        "function": {
            "name": "count_words",
            "description": "Count the words in a piece of text.",
            "parameters": {
                "type": "object",
                "properties": {"text": {"type": "string", "description": "The text to count the words of"}},
                "required": ["text"],
            },
        },
    }
]


def count_words(text: str) -> dict[str, Any]:
    """The tool itself: plain local code the model cannot run."""
    return {"words": len(text.split())}


def main() -> None:
    prompt = "How many words are in the sentence 'the quick brown fox jumps over the lazy dog'? Use the tool."
    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": prompt}]
    with example("tool_calls") as ex, ex.client() as client:
        print(f"> {prompt}")

        # The arguments of a tool call arrive in fragments across many chunks; final_completion() reads
        # the rest of the stream and joins them into one ChatCompletion, as a non-streamed call returns.
        stream = client.completion_stream(model=ex.model, messages=messages, tools=TOOLS)
        completion = stream.final_completion()
        choice = completion.choices[0]
        calls = choice.message.tool_calls or []
        print(f"finish_reason={choice.finish_reason!r}, {len(calls)} tool call(s)")
        if not calls:
            print("the model answered without the tool:", choice.message.content_string())
            return

        # Echo the assistant's tool calls back, then one "tool" message with each result.
        messages.append(choice.message)  # a typed message is accepted as it is
        for call in calls:
            arguments = json.loads(call.function.arguments or "{}")
            result = count_words(str(arguments.get("text", "")))
            print(f"tool call {call.id}: {call.function.name}({json.dumps(arguments)}) -> {json.dumps(result)}")
            messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})

        # tool_choice="none": answer from the results instead of calling the tool again.
        final = client.completion(model=ex.model, messages=messages, tools=TOOLS, tool_choice="none")
        print("final answer:", final.choices[0].message.content_string())


if __name__ == "__main__":
    main()
