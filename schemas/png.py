"""Graphs carried by PNG pictures: sample grids hold the graph JSON and the run id in text chunks.

A run writes two international text chunks (``iTXt``, UTF-8, uncompressed) into every sample
picture: ``gancanvas.graph`` (the graph, compact JSON) and ``gancanvas.run_id``. Dropping such a
picture on the canvas, or passing it to ``gancanvas validate``/``run``/``ui``, opens that graph.

Reading is a small chunk walker (no image decoding, no Pillow): only our own text chunks are read
into memory, each at most :data:`MAX_TEXT_BYTES` (also after decompression), their CRCs are
checked, and every other chunk is skipped. This module imports no torch.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from typing import IO, Any

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
GRAPH_KEY = "gancanvas.graph"
RUN_KEY = "gancanvas.run_id"
KEY_PREFIX = "gancanvas."
MAX_TEXT_BYTES = 4_000_000  # one text chunk, before and after decompression
MAX_CHUNKS = 100_000  # a PNG is a handful of chunks; this bounds a hostile file's walk
_TEXT_TYPES = (b"tEXt", b"zTXt", b"iTXt")


class PngTextError(ValueError):
    """A file that is not a PNG, or whose gancanvas text chunks cannot be read."""


def is_png(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file) starts with the PNG signature."""
    return head.startswith(PNG_SIGNATURE)


def graph_text_chunks(graph_json: str, run_id: str | None) -> dict[str, str]:
    """The text chunks a sample picture carries: the graph JSON (pass it compact) and the run id."""
    chunks = {GRAPH_KEY: graph_json}
    if run_id:
        chunks[RUN_KEY] = run_id
    return chunks


def png_info(text: dict[str, str]) -> Any:
    """A Pillow ``PngInfo`` with one uncompressed ``iTXt`` chunk per item (for ``Image.save``)."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    for key, value in text.items():
        info.add_itxt(key, value, zip=False)
    return info


def add_text_to_png(path: str, text: dict[str, str]) -> None:
    """Rewrite the PNG at ``path`` with ``text`` as iTXt chunks (other pictures: ``sample``)."""
    from PIL import Image

    with Image.open(path) as im:
        im.load()
        im.save(path, format="PNG", pnginfo=png_info(text))


def _read_exact(stream: IO[bytes], n: int) -> bytes:
    data = stream.read(n)
    if len(data) != n:
        raise PngTextError("the PNG is truncated")
    return data


def _chunks(stream: IO[bytes]) -> Iterator[tuple[bytes, bytes]]:
    """``(type, data)`` of each text chunk; other chunks are skipped without being read."""
    if not is_png(stream.read(len(PNG_SIGNATURE))):
        raise PngTextError("not a PNG file (no PNG signature)")
    for _ in range(MAX_CHUNKS):
        head = stream.read(8)
        if len(head) < 8:
            return  # ended without IEND: keep what was found
        length, ctype = struct.unpack(">I4s", head)
        if ctype == b"IEND":
            return
        if ctype not in _TEXT_TYPES:
            stream.seek(length + 4, io.SEEK_CUR)
            continue
        if length > MAX_TEXT_BYTES:
            raise PngTextError(f"a text chunk of {length} bytes is over the {MAX_TEXT_BYTES} limit")
        data = _read_exact(stream, length)
        (crc,) = struct.unpack(">I", _read_exact(stream, 4))
        if zlib.crc32(ctype + data) != crc:
            raise PngTextError(f"the {ctype.decode()} chunk is corrupt (CRC mismatch)")
        yield ctype, data
    raise PngTextError(f"more than {MAX_CHUNKS} chunks: not a picture gancanvas wrote")


def _inflate(data: bytes) -> bytes:
    """zlib-decompress at most ``MAX_TEXT_BYTES`` (a small bomb cannot fill the memory)."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, MAX_TEXT_BYTES)
    except zlib.error as err:
        raise PngTextError(f"a compressed text chunk is corrupt: {err}") from None
    if inflater.unconsumed_tail:
        raise PngTextError(f"a text chunk inflates past the {MAX_TEXT_BYTES} byte limit")
    return out


def _parse(ctype: bytes, data: bytes) -> tuple[str, str]:
    """(keyword, text) of a tEXt, zTXt or iTXt chunk."""
    key, sep, rest = data.partition(b"\0")
    if not sep:
        raise PngTextError(f"the {ctype.decode()} chunk has no keyword separator")
    keyword = key.decode("latin-1")
    if ctype == b"tEXt":
        return keyword, rest.decode("latin-1")
    if ctype == b"zTXt":
        return keyword, _inflate(rest[1:]).decode("latin-1")
    if len(rest) < 2:
        raise PngTextError("an iTXt chunk is too short")
    compressed, body = rest[0], rest[2:]
    _lang, _, body = body.partition(b"\0")
    _translated, _, body = body.partition(b"\0")
    raw = _inflate(body) if compressed else body
    try:
        return keyword, raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PngTextError(f"the iTXt chunk {keyword!r} is not UTF-8") from None


def read_png_text(stream: IO[bytes]) -> dict[str, str]:
    """The ``gancanvas.*`` text chunks of a PNG stream (other keys are skipped)."""
    out: dict[str, str] = {}
    for ctype, data in _chunks(stream):
        if not data.startswith(KEY_PREFIX.encode()):
            continue
        key, text = _parse(ctype, data)
        out.setdefault(key, text)
    return out


def read_png_text_bytes(data: bytes) -> dict[str, str]:
    """:func:`read_png_text` on bytes in memory (an upload, a drop)."""
    return read_png_text(io.BytesIO(data))
