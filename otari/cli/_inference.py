"""Inference commands: chat, responses, messages, embed, moderate, rerank, image, speak, transcribe,
models, tokens. Each one maps its arguments onto one ``Otari`` method and prints the result."""

from __future__ import annotations

import argparse
import base64
from collections.abc import Mapping
from typing import Any

from .._json import is_array, is_mapping
from ._args import Registry, name_value, positive_int, role_content
from ._context import Context
from ._errors import CliError, Exit
from ._output import Column, note


def _params(args: argparse.Namespace, **named: Any) -> dict[str, Any]:
    """The request's extra fields: ``--param NAME=VALUE`` pairs, then the dedicated flags that were given."""
    params: dict[str, Any] = dict(getattr(args, "param", None) or [])
    params.update({name: value for name, value in named.items() if value is not None})
    return params


def _add_param(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--param",
        action="append",
        type=name_value,
        metavar="NAME=VALUE",
        help="any other request field by its wire name; VALUE is JSON when it parses as JSON (repeatable)",
    )


def _add_conversation(parser: argparse.ArgumentParser, *, prompt_help: str) -> None:
    parser.add_argument("model", metavar="MODEL", help="provider:model, e.g. openai:gpt-4o-mini")
    parser.add_argument("prompt", metavar="PROMPT", nargs="?", help=prompt_help)
    parser.add_argument(
        "-m",
        "--message",
        dest="messages",
        action="append",
        type=role_content,
        metavar="ROLE:CONTENT",
        help="a message before the prompt, e.g. -m 'assistant:Hi there' (repeatable, in order)",
    )
    parser.add_argument("--system", metavar="TEXT", help="system instructions")


def _conversation(ctx: Context, args: argparse.Namespace, *, system_message: bool) -> list[Any]:
    """The messages of a chat: ``--system`` (as a message when the API takes it so), ``-m``, the prompt.

    Plain dicts built from user input (typed ``Any``): the SDK validates them before sending.
    """
    messages: list[Any] = []
    if system_message and args.system is not None:
        messages.append({"role": "system", "content": args.system})
    messages.extend(args.messages or [])
    if args.prompt is not None:
        messages.append({"role": "user", "content": ctx.read_text(args.prompt, "PROMPT")})
    if not any(m["role"] != "system" for m in messages):
        raise CliError("give a PROMPT ('-' reads it from standard input) or at least one -m ROLE:CONTENT")
    return messages


def _add_stream_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-stream", dest="stream", action="store_false", help="wait for the whole answer instead of streaming it"
    )


# --- chat ----------------------------------------------------------------------------------------------


def _chunk_text(chunk: Any) -> str:
    parts: list[str] = []
    for choice in chunk.choices:
        content = getattr(choice.delta, "content", None)
        if isinstance(content, str):
            parts.append(content)
    return "".join(parts)


def _print_completion(ctx: Context, completion: Any) -> None:
    message = completion.choices[0].message if completion.choices else None
    text = message.content_string() if message is not None else ""
    if text:
        ctx.out.line(text)
    tool_calls = getattr(message, "tool_calls", None)
    if is_array(tool_calls) and tool_calls:
        ctx.out.json([call.to_dict() for call in tool_calls])


def chat(ctx: Context, args: argparse.Namespace) -> None:
    messages = _conversation(ctx, args, system_message=True)
    params = _params(args, temperature=args.temperature, max_tokens=args.max_tokens)
    client = ctx.client
    if not args.stream:
        completion = client.completion(model=args.model, messages=messages, **params)
        if ctx.out.json_mode:
            ctx.out.json(completion)
        else:
            _print_completion(ctx, completion)
        return
    with client.completion_stream(model=args.model, messages=messages, **params) as stream:
        for chunk in stream:
            if ctx.out.json_mode:
                ctx.out.json(chunk)
            else:
                ctx.out.write(_chunk_text(chunk))
    ctx.out.end_line()


# --- responses and messages ----------------------------------------------------------------------------


def _response_text(response: Mapping[str, Any]) -> str:
    text = response.get("output_text")
    if isinstance(text, str):
        return text
    parts: list[str] = []
    output: list[Any] = response.get("output") or []
    for item in output:
        contents: list[Any] = (item.get("content") or []) if is_mapping(item) else []
        for content in contents:
            if is_mapping(content) and content.get("type") == "output_text":
                parts.append(str(content.get("text", "")))
    return "".join(parts)


def _event_delta(event: Mapping[str, Any]) -> str:
    """The text an event of a Responses or Messages stream adds ('' for every other event)."""
    kind = event.get("type")
    if kind == "response.output_text.delta":
        return str(event.get("delta") or "")
    if kind == "content_block_delta":
        delta = event.get("delta")
        if is_mapping(delta) and delta.get("type") == "text_delta":
            return str(delta.get("text") or "")
    return ""


def _print_events(ctx: Context, stream: Any) -> None:
    with stream:
        for event in stream:
            if ctx.out.json_mode:
                ctx.out.json(event)
            else:
                ctx.out.write(_event_delta(event))
    ctx.out.end_line()


def responses(ctx: Context, args: argparse.Namespace) -> None:
    text = ctx.read_text(args.input, "INPUT")
    params = _params(args, instructions=args.instructions, max_output_tokens=args.max_output_tokens)
    if args.stream:
        _print_events(ctx, ctx.client.response_stream(model=args.model, input=text, **params))
        return
    response = ctx.client.response(model=args.model, input=text, **params)
    if ctx.out.json_mode:
        ctx.out.json(response)
    else:
        ctx.out.line(_response_text(response))


def messages(ctx: Context, args: argparse.Namespace) -> None:
    conversation = _conversation(ctx, args, system_message=False)
    params = _params(args, system=args.system, temperature=args.temperature)
    client = ctx.client
    if args.stream:
        _print_events(
            ctx,
            client.message_stream(model=args.model, max_tokens=args.max_tokens, messages=conversation, **params),
        )
        return
    message = client.message(model=args.model, max_tokens=args.max_tokens, messages=conversation, **params)
    if ctx.out.json_mode:
        ctx.out.json(message)
        return
    blocks: list[Any] = message.get("content") or []
    ctx.out.line("".join(str(b.get("text", "")) for b in blocks if is_mapping(b) and b.get("type") == "text"))


def tokens(ctx: Context, args: argparse.Namespace) -> None:
    conversation = _conversation(ctx, args, system_message=False)
    counted = ctx.client.count_tokens(model=args.model, messages=conversation, **_params(args, system=args.system))
    if ctx.out.json_mode:
        ctx.out.json(counted)
    else:
        ctx.out.line(str(counted.input_tokens))


# --- embeddings, moderation, rerank --------------------------------------------------------------------


def _texts(ctx: Context, values: list[str], what: str) -> list[str]:
    """Positional texts; a single ``-`` reads one text per non-empty line of stdin."""
    if values == ["-"]:
        lines = [line for line in ctx.read_text("-", what).splitlines() if line.strip()]
        if not lines:
            raise CliError(f"{what}: standard input had no non-empty line")
        return lines
    return values


def _dimensions(row: Mapping[str, Any]) -> int | None:
    vector = row.get("embedding")
    return len(vector) if is_array(vector) else None


def _preview(vector: Any) -> str:
    if isinstance(vector, str):
        return f"base64, {len(vector)} chars"
    shown = ", ".join(format(float(v), ".4f") for v in vector[:4])
    return f"[{shown}{', ...' if len(vector) > 4 else ''}]"


def embed(ctx: Context, args: argparse.Namespace) -> None:
    inputs = _texts(ctx, args.texts, "TEXT")
    params = _params(args, dimensions=args.dimensions)
    result = ctx.client.embedding(model=args.model, input=inputs if len(inputs) > 1 else inputs[0], **params)
    if ctx.out.json_mode:
        ctx.out.json(result)
        return
    rows = [item.to_dict() for item in result.data]
    ctx.out.table(
        rows,
        [
            Column("INDEX", "index", shrink=False, right=True),
            Column("DIMENSIONS", _dimensions, right=True),
            Column("VECTOR", lambda r: _preview(r["embedding"])),
        ],
        empty="(no embeddings returned)",
    )


def moderate(ctx: Context, args: argparse.Namespace) -> None:
    inputs = _texts(ctx, args.texts, "TEXT")
    result = ctx.client.moderation(
        model=args.model, input=inputs if len(inputs) > 1 else inputs[0], include_raw=args.include_raw
    )
    if ctx.out.json_mode:
        ctx.out.json(result)
        return
    rows: list[dict[str, Any]] = []
    results: list[Any] = result.to_dict().get("results") or []
    for index, item in enumerate(results):
        categories: dict[str, Any] = item.get("categories") or {}
        flagged = sorted(name for name, hit in categories.items() if hit is True)
        rows.append({"index": index, "flagged": item.get("flagged"), "categories": flagged, "input": inputs[index]})
    ctx.out.table(
        rows,
        [
            Column("INDEX", "index", shrink=False, right=True),
            Column("FLAGGED", "flagged", shrink=False),
            Column("CATEGORIES", "categories"),
            Column("INPUT", "input"),
        ],
        empty="(no results returned)",
    )


def rerank(ctx: Context, args: argparse.Namespace) -> None:
    documents = list(args.documents or [])
    if args.documents_file:
        text = ctx.read_bytes(args.documents_file, "documents file").decode("utf-8", errors="replace")
        documents.extend(line for line in text.splitlines() if line.strip())
    if not documents:
        raise CliError("give DOCUMENT arguments or --documents-file FILE (one document per line)")
    result = ctx.client.rerank(
        model=args.model, query=args.query, documents=documents, **_params(args, top_n=args.top_n)
    )
    if ctx.out.json_mode:
        ctx.out.json(result)
        return
    rows = [
        {"rank": rank, "score": item.relevance_score, "index": item.index, "document": documents[item.index]}
        for rank, item in enumerate(result.results, start=1)
        if 0 <= item.index < len(documents)
    ]
    ctx.out.table(
        rows,
        [
            Column("RANK", "rank", shrink=False, right=True),
            Column("SCORE", "score", shrink=False, right=True),
            Column("INDEX", "index", shrink=False, right=True),
            Column("DOCUMENT", "document"),
        ],
        empty="(no results returned)",
    )


# --- images and audio ----------------------------------------------------------------------------------


def _numbered(path: str, index: int) -> str:
    """``image.png`` for the first file, ``image-2.png`` for the second, ..."""
    if index == 0 or path == "-":
        return path
    stem, dot, suffix = path.rpartition(".")
    return f"{stem}-{index + 1}.{suffix}" if dot and "/" not in suffix else f"{path}-{index + 1}"


def image(ctx: Context, args: argparse.Namespace) -> None:
    params = _params(args, size=args.size, n=args.n, quality=args.quality)
    params.setdefault("response_format", "b64_json")
    result = ctx.client.image_generation(model=args.model, prompt=ctx.read_text(args.prompt, "PROMPT"), **params)
    images: list[dict[str, Any]] = result.to_dict().get("data") or []
    if not images:
        raise CliError("the gateway returned no image", Exit.FAILED)
    written: list[dict[str, Any]] = []
    for index, item in enumerate(images):
        entry: dict[str, Any] = {"revised_prompt": item.get("revised_prompt"), "url": item.get("url")}
        if item.get("b64_json"):
            data = base64.b64decode(item["b64_json"])
            entry["file"] = _numbered(args.output, index)
            entry["bytes"] = len(data)
            ctx.write_bytes(entry["file"], data, "image file")
        written.append(entry)
    if ctx.out.json_mode:
        ctx.out.json({"created": result.to_dict().get("created"), "images": written})
        return
    for entry in written:
        if "file" in entry:
            note(f"wrote {entry['file']} ({entry['bytes']} bytes)")
        elif entry["url"]:
            # Fetching an arbitrary URL is not this tool's business; hand it over.
            ctx.out.line(str(entry["url"]))


def speak(ctx: Context, args: argparse.Namespace) -> None:
    text = ctx.read_text(args.text, "TEXT")
    output = args.output or f"speech.{args.format or 'mp3'}"
    params = _params(args, response_format=args.format, speed=args.speed)
    audio = ctx.client.speech(model=args.model, input=text, voice=args.voice, **params)
    ctx.write_bytes(output, audio, "audio file")
    if ctx.out.json_mode and output != "-":
        ctx.out.json({"file": output, "bytes": len(audio)})
    elif output != "-":
        note(f"wrote {output} ({len(audio)} bytes)")


def transcribe(ctx: Context, args: argparse.Namespace) -> None:
    audio = ctx.read_bytes(args.file, "audio file")
    name = "audio" if args.file == "-" else args.file.rsplit("/", 1)[-1]
    params = _params(args, language=args.language, response_format=args.format, prompt=args.prompt)
    result = ctx.client.transcription(model=args.model, file=(name, audio), **params)
    if ctx.out.json_mode:
        ctx.out.json(result.json)
    else:
        ctx.out.write(result.text)
        ctx.out.end_line()


# --- models --------------------------------------------------------------------------------------------


def _price(which: str) -> Any:
    def get(row: Mapping[str, Any]) -> Any:
        pricing = row.get("pricing")
        return pricing.get(which) if is_mapping(pricing) else None

    return get


def models(ctx: Context, args: argparse.Namespace) -> None:
    listed = ctx.client.list_models(provider=args.provider)
    ctx.out.result(
        list(listed.data),
        columns=[
            Column("ID", "id", shrink=False),
            Column("OWNED BY", "owned_by"),
            Column("CONTEXT", "context_window", right=True),
            Column("INPUT $/M", _price("input_price_per_million"), right=True),
            Column("OUTPUT $/M", _price("output_price_per_million"), right=True),
        ],
        empty="(no models)",
    )


# --- registration --------------------------------------------------------------------------------------


def register(sub: Any, reg: Registry) -> None:
    p = reg.command(
        sub,
        "chat",
        chat,
        summary="chat completion, streamed to the terminal",
        description="Send a chat completion (POST /v1/chat/completions) and stream the answer as it is written. "
        "Messages are --system, then each -m in order, then PROMPT as the user's message.",
        examples=[
            'otari chat openai:gpt-4o-mini "Write a haiku about gateways"',
            'git diff | otari chat openai:gpt-4o-mini - --system "Review this diff"',
            "otari chat openai:gpt-4o-mini -m 'user:Hi' -m 'assistant:Hello!' 'What did I say?' --no-stream",
        ],
    )
    _add_conversation(p, prompt_help="the user's message; '-' reads it from standard input")
    _add_stream_flag(p)
    p.add_argument("--temperature", type=float, metavar="T", help="sampling temperature")
    p.add_argument("--max-tokens", type=positive_int, metavar="N", help="upper bound on the answer's tokens")
    _add_param(p)

    p = reg.command(
        sub,
        "responses",
        responses,
        summary="OpenAI Responses API call, streamed",
        description="Create a response with the OpenAI Responses API (POST /v1/responses) and stream its text.",
        examples=['otari responses openai:gpt-4o-mini "Summarise RFC 2616 in one line"'],
    )
    p.add_argument("model", metavar="MODEL", help="provider:model")
    p.add_argument("input", metavar="INPUT", help="the input text; '-' reads it from standard input")
    p.add_argument("--instructions", "--system", dest="instructions", metavar="TEXT", help="system instructions")
    p.add_argument("--max-output-tokens", type=positive_int, metavar="N", help="upper bound on output tokens")
    _add_stream_flag(p)
    _add_param(p)

    p = reg.command(
        sub,
        "messages",
        messages,
        summary="Anthropic Messages API call, streamed",
        description="Create a message with the Anthropic Messages API (POST /v1/messages) and stream its text. "
        "--system becomes the request's top-level system prompt.",
        examples=['otari messages anthropic:claude-haiku-4-5 "Name three prime numbers" --max-tokens 200'],
    )
    _add_conversation(p, prompt_help="the user's message; '-' reads it from standard input")
    p.add_argument("--max-tokens", type=positive_int, default=1024, metavar="N", help="max tokens (default 1024)")
    p.add_argument("--temperature", type=float, metavar="T", help="sampling temperature")
    _add_stream_flag(p)
    _add_param(p)

    p = reg.command(
        sub,
        "tokens",
        tokens,
        summary="count the input tokens of a message",
        description="Count the input tokens a Messages API request would use (POST /v1/messages/count_tokens); "
        "prints the number.",
        examples=['otari tokens anthropic:claude-haiku-4-5 "How long is this?"', "otari tokens MODEL - < prompt.txt"],
    )
    _add_conversation(p, prompt_help="the text to count; '-' reads it from standard input")
    _add_param(p)

    p = reg.command(
        sub,
        "embed",
        embed,
        summary="create embeddings",
        description="Create embeddings for one or more texts (POST /v1/embeddings). Shows each vector's size and "
        "first values; --json prints the vectors.",
        examples=[
            'otari embed openai:text-embedding-3-small "first text" "second text"',
            "otari embed MODEL - < lines.txt",
        ],
    )
    p.add_argument("model", metavar="MODEL", help="provider:model of an embedding model")
    p.add_argument("texts", metavar="TEXT", nargs="+", help="texts to embed; a single '-' reads one per line of stdin")
    p.add_argument("--dimensions", type=positive_int, metavar="N", help="output dimensions, if the model supports it")
    _add_param(p)

    p = reg.command(
        sub,
        "moderate",
        moderate,
        summary="classify text with a moderation model",
        description="Check texts with a moderation model (POST /v1/moderations): flagged or not, and which categories.",
        examples=['otari moderate openai:omni-moderation-latest "some user input"'],
    )
    p.add_argument("model", metavar="MODEL", help="provider:model of a moderation model")
    p.add_argument("texts", metavar="TEXT", nargs="+", help="texts to check; a single '-' reads one per line of stdin")
    p.add_argument("--include-raw", action="store_true", help="ask for the provider's raw answer too (see --json)")

    p = reg.command(
        sub,
        "rerank",
        rerank,
        summary="rank documents by relevance to a query",
        description="Rank documents by their relevance to a query (POST /v1/rerank), best first.",
        examples=['otari rerank cohere:rerank-v3.5 "capital of France" "Paris is in France" "Berlin is in Germany"'],
    )
    p.add_argument("model", metavar="MODEL", help="provider:model of a rerank model")
    p.add_argument("query", metavar="QUERY", help="what to rank the documents against")
    p.add_argument("documents", metavar="DOCUMENT", nargs="*", help="the documents")
    p.add_argument("--documents-file", metavar="FILE", help="more documents, one per line ('-': stdin)")
    p.add_argument("--top-n", type=positive_int, metavar="N", help="return only the N best")
    _add_param(p)

    p = reg.command(
        sub,
        "image",
        image,
        summary="generate an image and write it to a file",
        description="Generate images from a prompt (POST /v1/images/generations) and write them to files "
        "(image.png, image-2.png, ...). If the provider only returns a URL, the URL is printed.",
        examples=['otari image openai:gpt-image-1 "a lighthouse at dusk" -o lighthouse.png --size 1024x1024'],
    )
    p.add_argument("model", metavar="MODEL", help="provider:model of an image model")
    p.add_argument("prompt", metavar="PROMPT", help="what to draw; '-' reads it from standard input")
    p.add_argument("-o", "--output", default="image.png", metavar="FILE", help="where to write (default image.png)")
    p.add_argument("--size", metavar="WxH", help="image size, e.g. 1024x1024")
    p.add_argument("--n", type=positive_int, metavar="N", help="how many images")
    p.add_argument("--quality", metavar="Q", help="quality, e.g. high")
    _add_param(p)

    p = reg.command(
        sub,
        "speak",
        speak,
        summary="synthesize speech and write the audio file",
        description="Turn text into speech (POST /v1/audio/speech) and write the audio to a file "
        "(default speech.<format>; '-o -' writes to standard output).",
        examples=['otari speak openai:tts-1 "Hello from otari" --voice alloy -o hello.mp3'],
    )
    p.add_argument("model", metavar="MODEL", help="provider:model of a speech model")
    p.add_argument("text", metavar="TEXT", help="what to say; '-' reads it from standard input")
    p.add_argument("--voice", required=True, help="the voice, e.g. alloy")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write (default speech.<format>)")
    p.add_argument("--format", metavar="FORMAT", help="audio format: mp3, opus, aac, flac, wav, pcm")
    p.add_argument("--speed", type=float, metavar="X", help="speaking speed, 0.25 to 4.0")
    _add_param(p)

    p = reg.command(
        sub,
        "transcribe",
        transcribe,
        summary="transcribe an audio file to text",
        description="Transcribe an audio file (POST /v1/audio/transcriptions) and print the text.",
        examples=[
            "otari transcribe meeting.mp3 --model openai:whisper-1",
            "otari transcribe talk.wav --model openai:whisper-1 --format srt",
        ],
    )
    p.add_argument("file", metavar="FILE", help="the audio file; '-' reads it from standard input")
    p.add_argument("--model", required=True, metavar="MODEL", help="provider:model of a transcription model")
    p.add_argument("--language", metavar="CODE", help="the audio's language (ISO-639-1), if known")
    p.add_argument("--format", metavar="FORMAT", help="json (default), text, srt, vtt or verbose_json")
    p.add_argument("--prompt", metavar="TEXT", help="context that guides the transcription")
    _add_param(p)

    p = reg.command(
        sub,
        "models",
        models,
        summary="list the models the gateway can route to",
        description="List the models the gateway can route to (GET /v1/models), with prices where configured.",
        examples=["otari models", "otari models --provider openai --json"],
    )
    p.add_argument("--provider", metavar="NAME", help="only this provider's models")
