"""The garbage collector is paused only while one document is parsed (ingest/document.py)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from ingest.document import parse_bytes
from ingest.text import DocumentError
from juesuan.settings import SAMPLE_DOCUMENTS


def test_collector_paused_during_a_parse_and_resumed_after_it_even_when_it_fails(monkeypatch) -> None:
    seen: list[bool] = []
    import ingest.document as document

    parse_lines = document.parse_lines

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return parse_lines(*args, **kwargs)

    monkeypatch.setattr(document, "parse_lines", watching)
    sample = sorted(SAMPLE_DOCUMENTS.glob("*.txt"))[0]
    assert parse_bytes(sample.read_bytes(), sample).records
    assert seen == [False] and gc.isenabled()
    with pytest.raises(DocumentError):
        parse_bytes(b"\x00\x01binary", Path("x.txt"))
    assert gc.isenabled()


def test_a_caller_that_disabled_the_collector_keeps_it_disabled() -> None:
    sample = sorted(SAMPLE_DOCUMENTS.glob("*.txt"))[0]
    gc.disable()
    try:
        parse_bytes(sample.read_bytes(), sample)
        assert not gc.isenabled()
    finally:
        gc.enable()
