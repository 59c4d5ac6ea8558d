"""SSEDecoder against the WHATWG event-stream parsing rules, chunking-independence, and the recorded streams."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import otari
from otari._streaming import ServerSentEvent, SSEDecoder
from tests import wire


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    decoder.close()
    return events


def ev(data: str, event: str | None = None, id: str | None = None, retry: int | None = None) -> ServerSentEvent:
    return ServerSentEvent(event=event, data=data, id=id, retry=retry)


# --- line ends -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("eol", [b"\n", b"\r", b"\r\n"])
def test_every_line_end_style(eol: bytes) -> None:
    body = b"event: a" + eol + b"data: 1" + eol + eol + b"data: 2" + eol + eol
    assert decode(body) == [ev("1", "a"), ev("2")]


def test_mixed_line_ends_in_one_stream() -> None:
    body = b"data: a\r\ndata: b\rdata: c\n\r\ndata: d\r\r"
    assert decode(body) == [ev("a\nb\nc"), ev("d")]


def test_crlf_split_between_chunks_is_one_line_end() -> None:
    # Were the LF taken as a second line end, "data: 1\r" + "\n" would dispatch before "data: 2".
    assert decode(b"data: 1\r", b"\ndata: 2\r\n\r\n") == [ev("1\n2")]


def test_cr_at_chunk_end_dispatches_without_waiting_for_the_next_chunk() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: x\r\r") == [ev("x")]
    # ...and the LF that may follow is swallowed, not read as another (dispatching) empty line.
    assert decoder.feed(b"\ndata: y\n") == []
    assert decoder.feed(b"\n") == [ev("y")]


def test_cr_then_empty_chunk_then_lf() -> None:
    assert decode(b"data: 1\r", b"", b"\ndata: 2\n\n") == [ev("1\n2")]


def test_lone_cr_followed_by_non_lf_chunk() -> None:
    assert decode(b"data: 1\r", b"data: 2\r\r") == [ev("1\n2")]


# --- encoding --------------------------------------------------------------------------------------------


def test_multibyte_utf8_split_across_chunks() -> None:
    body = "data: héllo €uro 🎉\n\n".encode()
    start = body.index("€".encode())
    emoji = body.index("🎉".encode())
    chunks = [body[: start + 1], body[start + 1 : emoji + 2], body[emoji + 2 :]]
    assert decode(*chunks) == [ev("héllo €uro 🎉")]


def test_invalid_utf8_becomes_replacement_character() -> None:
    assert decode(b"data: a\xffb\xe2\x82\n\n") == [ev("a\ufffdb\ufffd")]


def test_leading_bom_is_dropped_once() -> None:
    assert decode(b"\xef\xbb\xbfdata: x\n\n") == [ev("x")]
    # A second BOM is part of the first line, whose field name is then "\ufeffdata": ignored.
    assert decode(b"\xef\xbb\xbf\xef\xbb\xbfdata: x\n\n") == []


def test_bom_split_across_chunks() -> None:
    assert decode(b"\xef", b"\xbb", b"\xbfdata: x\n\n") == [ev("x")]


def test_bom_not_at_start_is_kept() -> None:
    assert decode(b"data: \xef\xbb\xbfx\n\n") == [ev("\ufeffx")]


# --- fields ----------------------------------------------------------------------------------------------


def test_comments_are_skipped() -> None:
    assert decode(b": keepalive\n\ndata: x\n: in the middle\ndata: y\n\n:\n\n") == [ev("x\ny")]


def test_one_optional_space_after_colon_is_removed() -> None:
    assert decode(b"data:x\n\ndata: x\n\ndata:  x\n\n") == [ev("x"), ev("x"), ev(" x")]


def test_line_without_colon_is_a_field_with_empty_value() -> None:
    assert decode(b"data\n\n") == [ev("")]
    assert decode(b"data\ndata\n\n") == [ev("\n")]
    assert decode(b"event\ndata: x\n\n") == [ev("x")]


def test_multiple_data_lines_are_joined_with_lf() -> None:
    assert decode(b"data: a\ndata:\ndata: c\n\n") == [ev("a\n\nc")]


def test_empty_data_field_dispatches_an_event_with_empty_data() -> None:
    assert decode(b"data:\n\n") == [ev("")]


def test_block_without_data_is_not_dispatched_and_resets_the_event_type() -> None:
    assert decode(b"event: lonely\n\ndata: x\n\n") == [ev("x")]
    assert decode(b"retry: 10\n\n") == []


def test_event_names() -> None:
    body = b"event: message_start\ndata: {}\n\nevent:ping\ndata: 1\n\nevent:\ndata: 2\n\n"
    assert decode(body) == [ev("{}", "message_start"), ev("1", "ping"), ev("2")]


def test_last_event_type_wins_within_a_block() -> None:
    assert decode(b"event: a\nevent: b\ndata: x\n\n") == [ev("x", "b")]


def test_id_persists_across_events_and_can_be_reset() -> None:
    body = b"id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\nid: 7\n\ndata: d\n\n"
    assert [e.id for e in decode(body)] == ["1", "1", "", "7"]


def test_id_with_nul_is_ignored() -> None:
    assert decode(b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n") == [ev("a", id="1"), ev("b", id="1")]


def test_no_id_ever_is_none() -> None:
    assert decode(b"data: a\n\n")[0].id is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"3000", 3000),
        (b"0", 0),
        (b"", None),
        (b"12a", None),
        (b"-1", None),
        (b" 5", 5),
        (b"  5", None),
        ("²".encode(), None),
        (b"1.5", None),
    ],
)
def test_retry_only_when_all_ascii_digits(value: bytes, expected: int | None) -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"retry:" + value + b"\ndata: x\n\n")
    assert events == [ev("x", retry=expected)]
    assert decoder.reconnection_time == expected


def test_retry_belongs_to_its_own_block_but_reconnection_time_persists() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"retry: 5\ndata: a\n\ndata: b\n\n")
    assert [e.retry for e in events] == [5, None]
    assert decoder.reconnection_time == 5


def test_unknown_fields_are_ignored() -> None:
    assert decode(b"foo: bar\nDATA: x\ndata : y\ndata: z\n\n") == [ev("z")]


def test_nul_and_other_unicode_line_separators_are_data() -> None:
    assert decode("data: a\x00b\x85c\u2028d\x0be\n\n".encode()) == [ev("a\x00b\x85c\u2028d\x0be")]


# --- end of stream ---------------------------------------------------------------------------------------


def test_unterminated_event_at_eof_is_discarded() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\ndata: b\n") == [ev("a")]
    decoder.close()
    assert decoder.feed(b"\n") == []  # the discarded event does not come back


def test_unterminated_last_line_is_discarded() -> None:
    assert decode(b"data: a\n\ndata: b") == [ev("a")]


def test_json_helper() -> None:
    assert ev('{"a": [1, 2]}').json() == {"a": [1, 2]}
    with pytest.raises(json.JSONDecodeError):
        ev("[DONE]").json()


def test_event_is_immutable() -> None:
    event = ev("x")
    with pytest.raises(AttributeError):
        event.data = "y"  # type: ignore[misc]


# --- properties ------------------------------------------------------------------------------------------


def _split(body: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(c, len(body)) for c in cuts})
    pieces, start = [], 0
    for point in points:
        pieces.append(body[start:point])
        start = point
    pieces.append(body[start:])
    return pieces


SSE_ALPHABET = st.sampled_from(
    [
        b"data",
        b"event",
        b"id",
        b"retry",
        b":",
        b" ",
        b"\r",
        b"\n",
        b"\r\n",
        b"x",
        b"1",
        b"\xef\xbb\xbf",
        "é€🎉".encode(),
        b"\xff",
        b"\x00",
    ]
)


@given(
    body=st.one_of(st.binary(max_size=300), st.lists(SSE_ALPHABET, max_size=80).map(b"".join)),
    cuts=st.lists(st.integers(min_value=0, max_value=300), max_size=20),
)
def test_any_chunking_gives_the_same_events(body: bytes, cuts: list[int]) -> None:
    assert decode(*_split(body, cuts)) == decode(body)


@given(body=st.lists(SSE_ALPHABET, max_size=60).map(b"".join))
def test_one_byte_chunks_give_the_same_events(body: bytes) -> None:
    assert decode(*(body[i : i + 1] for i in range(len(body)))) == decode(body)


# Streams as servers send them — mostly blocks of one ``data:`` line — with the odd other block among them,
# so that the decoder's shortcut for a run of plain data blocks meets every way such a run can be broken.
_BLOCKS = st.lists(
    st.one_of(
        st.text(st.sampled_from("x{}é: "), max_size=6).map(lambda data: f"data: {data}\n\n"),
        st.sampled_from(
            [
                "data: a\ndata: b\n\n",
                "event: e\ndata: x\n\n",
                "id: 7\n",
                "id: 8\ndata: y\n\n",
                "retry: 5\n",
                ": keepalive\n\n",
                "data:no-space\n\n",
                "data: \n\n",
                "data: pending\n",
                "\n",
                "\r\n",
            ]
        ),
    ),
    max_size=30,
).map("".join)


@given(body=_BLOCKS, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=6))
def test_data_block_runs_decode_as_one_line_at_a_time(body: str, cuts: list[int]) -> None:
    # Fed a byte at a time, no text ever holds two line ends: every event comes the long way, line by line.
    data = body.encode()
    assert decode(*_split(data, cuts)) == decode(*(data[i : i + 1] for i in range(len(data))))


_FIELD_TEXT = st.text(st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)))

_EVENTS = st.lists(
    st.tuples(
        st.one_of(st.none(), _FIELD_TEXT.filter(bool)),  # event name
        st.lists(_FIELD_TEXT, min_size=1, max_size=3),  # data lines
        st.one_of(st.none(), _FIELD_TEXT.filter(lambda s: "\0" not in s)),  # id
        st.one_of(st.none(), st.integers(min_value=0, max_value=10**12)),  # retry
    ),
    max_size=8,
)


@given(events=_EVENTS, eol=st.sampled_from(["\n", "\r", "\r\n"]), cuts=st.lists(st.integers(0, 2000), max_size=8))
def test_decode_encode_round_trip(
    events: list[tuple[str | None, list[str], str | None, int | None]], eol: str, cuts: list[int]
) -> None:
    text, expected, last_id = "", [], None
    for name, lines, id_, retry in events:
        if name is not None:
            text += f"event: {name}{eol}"
        if id_ is not None:
            text += f"id: {id_}{eol}"
            last_id = id_
        if retry is not None:
            text += f"retry: {retry}{eol}"
        text += "".join(f"data: {line}{eol}" for line in lines) + eol
        expected.append(ServerSentEvent(name, "\n".join(lines), last_id, retry))
    assert decode(*_split(text.encode(), cuts)) == expected


# --- the recorded gateway streams ------------------------------------------------------------------------

CHAT_STREAMS = {
    # name: number of chunk events before "[DONE]"
    "chat-stream": 7,
    "chat-stream-tool-call": 7,
    "chat-stream-keepalive": 8,
}


@pytest.mark.parametrize("name", sorted(CHAT_STREAMS))
def test_recorded_chat_streams(name: str) -> None:
    events = decode(wire.load(name).body)
    assert all(e.event is None and e.id is None and e.retry is None for e in events)
    assert [e.data for e in events][-1] == "[DONE]"
    chunks = [e.json() for e in events[:-1]]
    assert len(chunks) == CHAT_STREAMS[name]
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["total_tokens"] > 0


def test_recorded_chat_stream_text() -> None:
    events = decode(wire.load("chat-stream").body)
    text = "".join(e.json()["choices"][0]["delta"]["content"] or "" for e in events[:-2])
    assert text == "Echo: hello stream world"


def test_keepalive_comments_produce_no_events() -> None:
    body = wire.load("chat-stream-keepalive").body
    assert body.count(b": keepalive\n\n") == 2
    assert not any("keepalive" in e.data for e in decode(body))


@pytest.mark.parametrize("name", ["chat-stream-error-midstream-chunk", "chat-stream-error-midstream-drop"])
def test_recorded_chat_midstream_errors(name: str) -> None:
    events = decode(wire.load(name).body)
    assert len(events) == 5
    assert [e.data for e in events][-1] == "[DONE]"
    assert events[3].json() == {"error": {"message": "An error occurred during streaming", "type": "server_error"}}
    assert all("choices" in e.json() for e in events[:3])


MESSAGES_NAMES = [
    "message_start",
    "content_block_start",
    *["content_block_delta"] * 4,
    "content_block_stop",
    "message_delta",
    "message_stop",
    "done",
]


def test_recorded_messages_stream() -> None:
    events = decode(wire.load("messages-stream").body)
    assert [e.event for e in events] == MESSAGES_NAMES
    assert all(e.json()["type"] == e.event for e in events[:-1])
    assert events[-1].data == "{}"
    text = "".join(e.json()["delta"]["text"] for e in events if e.event == "content_block_delta")
    assert text == "Echo: hello messages stream"


def test_recorded_messages_keepalive_pings() -> None:
    events = decode(wire.load("messages-stream-keepalive").body)
    names = [e.event for e in events]
    assert names.count("ping") == 2
    assert [e.json() for e in events if e.event == "ping"] == [{"type": "ping"}] * 2
    assert names[-1] == "done" and len(events) == 13


def test_recorded_messages_midstream_error() -> None:
    events = decode(wire.load("messages-stream-error-midstream").body)
    assert [e.event for e in events] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "message_delta",
        "error",
    ]
    assert events[-1].json()["error"] == {"type": "api_error", "message": "An error occurred during streaming"}


def test_recorded_responses_stream() -> None:
    events = decode(wire.load("responses-stream").body)
    names = [e.event for e in events]
    assert names == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        *["response.output_text.delta"] * 4,
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
        None,
    ]
    assert events[-1].data == "[DONE]"
    assert all(e.json()["type"] == e.event for e in events[:-1])
    assert events[-2].json()["response"]["status"] == "completed"


def test_recorded_responses_midstream_error() -> None:
    events = decode(wire.load("responses-stream-error-midstream").body)
    assert [e.event for e in events][-1] == "error"
    assert len(events) == 7
    assert events[-1].json() == {"error": {"message": "An error occurred during streaming", "type": "server_error"}}


@pytest.mark.parametrize("name", [n for n in wire.names() if wire.load(n).is_stream])
@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 4096])
def test_recorded_streams_in_small_chunks(name: str, size: int) -> None:
    body = wire.load(name).body
    assert decode(*(body[i : i + size] for i in range(0, len(body), size))) == decode(body)
    assert decode(body.replace(b"\n", b"\r\n")) == decode(body)


# --- max_event_bytes on events that arrive whole ------------------------------------------------------------


def test_a_whole_event_over_the_limit_stops_the_decoder_after_the_events_before_it() -> None:
    decoder = SSEDecoder(max_event_bytes=100)
    chunk = b"data: " + b"x" * 50 + b"\n\n" + b"data: " + b"y" * 500 + b"\n\n" + b"data: z\n\n"
    assert decoder.feed(chunk) == [ev("x" * 50)]
    assert decoder.oversize is not None and "max_event_bytes" in str(decoder.oversize)


@pytest.mark.parametrize("size", [99, 100])
def test_events_up_to_the_limit_pass(size: int) -> None:
    decoder = SSEDecoder(max_event_bytes=100)
    chunk = (b"data: " + b"x" * size + b"\n\n") * 3
    assert decoder.feed(chunk) == [ev("x" * size)] * 3
    assert decoder.oversize is None


def test_the_limit_counts_utf8_bytes() -> None:
    decoder = SSEDecoder(max_event_bytes=100)
    assert decoder.feed(("data: " + "é" * 50 + "\n\n").encode()) == [ev("é" * 50)]  # 100 bytes
    assert decoder.feed(("data: " + "é" * 51 + "\n\n").encode()) == []  # 102 bytes
    assert decoder.oversize is not None


def test_an_event_completed_past_the_limit_by_a_later_chunk() -> None:
    decoder = SSEDecoder(max_event_bytes=100)
    assert decoder.feed(b"data: " + b"x" * 80 + b"\n") == []  # under the limit so far: pending
    assert decoder.oversize is None
    assert decoder.feed(b"data: " + b"y" * 30 + b"\n\n") == []  # 80 + 1 + 30 bytes of data
    assert decoder.oversize is not None


def _event_bytes(size: int, lines: int) -> bytes:
    """An event whose data is ``size`` bytes: ``lines`` data lines of "a" when there is room for the LFs."""
    if lines == 1 or size < 2 * lines:
        return b"data: " + b"a" * size + b"\n\n"
    part = (size - (lines - 1)) // lines
    parts = [b"a" * part] * (lines - 1)
    parts.append(b"a" * (size - (lines - 1) - part * (lines - 1)))
    return b"".join(b"data: " + piece + b"\n" for piece in parts) + b"\n"


# Sizes clear of the limit's edge: a line still being received counts with its "data: " prefix.
_SIZES = st.one_of(st.integers(0, 140), st.integers(151, 300))


@settings(max_examples=300, deadline=None)
@given(sizes=st.lists(_SIZES, min_size=1, max_size=8), cut=st.integers(1, 400), lines=st.integers(1, 3))
def test_the_limit_holds_however_the_stream_is_cut(sizes: list[int], cut: int, lines: int) -> None:
    limit = 150
    # Each event's data in ``lines`` data lines, as evenly as it splits (joined back with LF).
    body = b"".join(_event_bytes(size, lines) for size in sizes)
    decoder = SSEDecoder(max_event_bytes=limit)
    got: list[ServerSentEvent] = []
    for start in range(0, len(body), cut):
        got += decoder.feed(body[start : start + cut])
        if decoder.oversize is not None:
            break
    failed = isinstance(decoder.oversize, otari.ResponseValidationError)
    allowed = next((i for i, size in enumerate(sizes) if size > limit), len(sizes))
    # Every event before the first one over the limit, and nothing from it on.
    assert [len(event.data) for event in got] == sizes[:allowed]
    assert failed == (allowed < len(sizes))
