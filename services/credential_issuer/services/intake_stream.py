"""Reading a completion batch as it arrives, a network chunk at a time, so that neither the body nor
its whole parse is held: JSON through ijson's C parser (yajl), CSV through the csv module over the
complete lines received so far. Each reader yields the records of a chunk as (index, raw record)
pairs (the index as the 422 names it: the position for JSON, the line number for CSV) and raises
the same problems the whole-body parse raised.

The route reads its own body, so the hostile-input middleware does not read it first
(shared/web/hostile_input.py): its checks are made here, on the stream. JSON nesting is counted on
the parser's events (deeper than MAX_JSON_DEPTH: 422 `json_too_deep`, even for a body that is not a
batch); a `\\u0000` escape makes each record be searched for NUL and named by its field; yajl turns
an unpaired surrogate escape into `?`, so those are found in the raw bytes and refused. A CSV line
with NUL is named by its line number."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator
from typing import Any

import ijson

from shared.errors import PayloadTooLarge, UnprocessableInput, UnsupportedMediaType
from shared.web.hostile_input import MAX_JSON_DEPTH, TOO_DEEP_CODE, UNSTORABLE_CODE, first_unstorable

RawRecords = list[tuple[int, Any]]

_YAJL = ijson.get_backend("yajl2_c")
_ITEMS = "completions.item"
_OPEN = frozenset(("start_map", "start_array"))
_CLOSE = frozenset(("end_map", "end_array"))
# An escape preceded by an even number of backslashes (an odd one escapes the escape's backslash).
_ESCAPED = rb"(?<!\\)(?:\\\\)*"
_HIGH, _LOW = rb"\\u[dD][89abAB][0-9a-fA-F]{2}", rb"\\u[dD][c-fC-F][0-9a-fA-F]{2}"
_LONE_SURROGATE = re.compile(
    _ESCAPED + rb"(?:" + _HIGH + rb"(?!" + _LOW + rb")|(?<!" + _HIGH + rb")" + _LOW + rb")"
)
_NUL_ESCAPE = re.compile(_ESCAPED + rb"\\u0000")
_CARRY = 16  # bytes of a chunk kept to look at with the next: an escape and its pair fit in 12


class BodyStream:
    """The request body's chunks, fingerprinted as they pass (for Idempotency-Key)."""

    def __init__(self, kind: str, chunks: AsyncIterable[bytes]) -> None:
        self._chunks = chunks
        self._digest = hashlib.sha256(kind.encode() + b"\n")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._chunks:
            if chunk:
                self._digest.update(chunk)
                yield chunk

    def fingerprint(self) -> str:
        """The SHA-256 of the media type and the body read so far (all of it, once drained)."""
        return self._digest.hexdigest()

    async def drain(self) -> None:
        async for _ in self:
            pass


def _problem(field: str, message: str, code: str) -> UnprocessableInput:
    return UnprocessableInput.for_field(field, message, code)


def _too_many(max_records: int) -> PayloadTooLarge:
    return PayloadTooLarge(
        f"A batch may hold at most {max_records} completions; split it into smaller ones.",
        extra={"max_records": max_records},
    )


class _JsonShape:
    """Follows the parser's events outside the records: `{"completions": [...]}` and nothing else,
    nested no deeper than MAX_JSON_DEPTH anywhere."""

    def __init__(self) -> None:
        self.depth = 0
        self.problem: UnprocessableInput | None = None
        self._keys = 0

    def outside(self, prefix: str, event: str, value: Any) -> None:
        if self.problem is not None:
            return
        if prefix == "":
            if event == "map_key":
                self._keys += 1
                if value == "completions" and self._keys == 1:
                    return
            elif event in ("start_map", "end_map"):
                return
            self.problem = _problem(
                "body", 'The body must be a JSON object {"completions": [...]}.', "model_type"
            )
        elif prefix == "completions" and event not in ("start_array", "end_array"):
            self.problem = _problem("body.completions", "completions must be a list.", "list_type")


async def json_records(body: AsyncIterable[bytes], *, max_records: int) -> AsyncGenerator[RawRecords, None]:
    """The records of a JSON batch, chunk by chunk; the problems of the whole body are raised once
    it is read (a body too deep as soon as it is seen)."""
    events = ijson.sendable_list()
    parser = _YAJL.parse_coro(events, use_float=True)
    items = ijson.sendable_list()
    builder = _YAJL.items_basecoro(items, _ITEMS)
    shape = _JsonShape()
    count = 0
    search_nul = False
    carry = b""
    try:
        async for chunk in body:
            window = carry + chunk
            for lone in _LONE_SURROGATE.finditer(window):
                # A high surrogate at the very end may be paired in the next chunk: judged then.
                if lone.end() <= len(window) - 6 or window[lone.end() - 3 : lone.end() - 2] not in b"89abAB":
                    raise _unpaired_surrogate()
            search_nul = search_nul or _NUL_ESCAPE.search(window) is not None
            carry = window[-_CARRY:]
            parser.send(chunk)
            _follow(events, shape, builder)
            events.clear()
            if items and shape.problem is None:
                yield _numbered(items, count, max_records, search_nul=search_nul)
                count += len(items)
            items.clear()
        if _LONE_SURROGATE.search(carry) is not None:
            raise _unpaired_surrogate()
        parser.close()
        _follow(events, shape, builder)
    except UnicodeDecodeError:  # what yajl makes of a surrogate escape the search above let through
        raise _unpaired_surrogate() from None
    except ijson.JSONError as error:
        raise _problem("body", f"The body is not valid JSON: {_first_line(error)}.", "json_invalid") from None
    if shape.problem is not None:
        raise shape.problem
    if items:  # a record that only the end of the body completed
        yield _numbered(items, count, max_records, search_nul=search_nul)


def _numbered(items: list[Any], first: int, max_records: int, *, search_nul: bool) -> RawRecords:
    """The records with their positions, each searched for NUL when the body escapes one."""
    if first + len(items) > max_records:
        raise _too_many(max_records)
    records = list(enumerate(items, start=first))
    if search_nul:
        for index, item in records:
            where = first_unstorable(item, f"body.completions.{index}")
            if where is not None:
                raise _unstorable(where, "The value")
    return records


def _follow(events: list[tuple[str, str, Any]], shape: _JsonShape, builder: Any) -> None:
    """Count the nesting of the events, pass the records' to the builder and check the others'."""
    send = builder.send
    for event in events:
        prefix, kind, value = event
        if kind in _OPEN:
            shape.depth += 1
            if shape.depth > MAX_JSON_DEPTH:
                raise _problem("body", f"The JSON nests deeper than {MAX_JSON_DEPTH} levels.", TOO_DEEP_CODE)
        elif kind in _CLOSE:
            shape.depth -= 1
        if prefix.startswith(_ITEMS):
            send(event)
        else:
            shape.outside(prefix, kind, value)


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _unstorable(field: str, where: str) -> UnprocessableInput:
    return UnprocessableInput.for_field(
        field, f"{where} contains NUL or an unpaired surrogate, which cannot be stored.", UNSTORABLE_CODE
    )


def _unpaired_surrogate() -> UnprocessableInput:
    return _unstorable("body", "A string of the body (an escape \\ud800-\\udfff without its pair)")


async def csv_records(
    body: AsyncIterable[bytes], *, columns: dict[str, str], max_records: int
) -> AsyncGenerator[RawRecords, None]:
    """The rows of a CSV batch as {column: cell}, chunk by chunk, each with its line number (the
    header is line 1); only lines whose quotes are closed are parsed, so a quoted cell may hold a
    line break and still cross chunks."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    pending = ""  # text received after the last complete record
    lines_before = 0  # physical lines parsed so far
    header: list[str] | None = None
    count = 0
    final = False
    chunks = aiter(body)
    while not final:
        try:
            chunk = await anext(chunks)
            text = decoder.decode(chunk)
        except StopAsyncIteration:
            final = True
            text = decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise UnsupportedMediaType("Send the CSV as UTF-8.") from None
        if "\x00" in text:
            line = lines_before + (pending + text)[: len(pending) + text.index("\x00")].count("\n") + 1
            raise _unstorable("body", f"Line {line} of the CSV")
        pending += text
        end = len(pending) if final else _end_of_complete_records(pending)
        if end == 0:
            continue
        reader = csv.reader(io.StringIO(pending[:end], newline=""))
        pending = pending[end:]
        records: RawRecords = []
        for row in reader:
            if header is None:
                header = row
                _check_header(header, columns)
                continue
            if not row:
                continue  # a blank line, skipped as csv.DictReader skips it
            if count >= max_records:
                raise _too_many(max_records)
            records.append((lines_before + reader.line_num, dict(zip(header, row, strict=False))))
            count += 1
        lines_before += reader.line_num
        if records:
            yield records
    if header is None:
        _check_header([], columns)


def _end_of_complete_records(text: str) -> int:
    """Where the last complete record of ``text`` ends: after its last line break outside quotes
    (an even number of `"` before it; a quoted cell's `""` counts twice), or 0."""
    end = text.rfind("\n")
    while end >= 0 and text.count('"', 0, end) % 2:
        end = text.rfind("\n", 0, end)
    return end + 1


def _check_header(header: list[str], columns: dict[str, str]) -> None:
    unknown = [name for name in header if name not in columns]
    if unknown or "sis_completion_id" not in header:
        raise UnprocessableInput.for_field(
            "body.line.1",
            f"The header must name columns among {', '.join(columns)} "
            f"(sis_completion_id required); unknown: {', '.join(unknown) or 'none'}.",
            "csv_header",
        )
