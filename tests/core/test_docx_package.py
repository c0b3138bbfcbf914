"""BasePackage: a .docx written from cached parts is a valid zip with the same parts."""

from __future__ import annotations

import io
import zipfile

import pytest

from desktop_app.core.word.package import BasePackage

DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:document xmlns:w="urn:w"><w:body><w:sectPr><w:pgSz/></w:sectPr></w:body></w:document>'
)


def _base(stored: bool = False) -> bytes:
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", DOCUMENT)
        z.writestr("word/styles.xml", "<w:styles>" + "<w:style/>" * 2000 + "</w:styles>")
        z.writestr("docProps/core.xml", "<core>@@title@@</core>")
        z.writestr("media/图片.bin", bytes(range(256)) * 8)
    return out.getvalue()


@pytest.mark.parametrize("stored", [False, True])
def test_written_package_keeps_every_part_and_fills_the_body(stored: bool) -> None:
    base = _base(stored)
    package = BasePackage(base)
    data = package.write("<w:p>一</w:p><w:p>二</w:p>", {"docProps/core.xml": "<core>标题</core>".encode()})
    with zipfile.ZipFile(io.BytesIO(data)) as written, zipfile.ZipFile(io.BytesIO(base)) as original:
        assert written.testzip() is None  # every CRC checks out
        assert written.namelist() == original.namelist()
        for name in original.namelist():
            if name not in ("word/document.xml", "docProps/core.xml"):
                assert written.read(name) == original.read(name)
        document = written.read("word/document.xml").decode()
        assert "<w:body><w:p>一</w:p><w:p>二</w:p><w:sectPr>" in document
        assert written.read("docProps/core.xml").decode() == "<core>标题</core>"


def test_the_base_can_be_written_many_times() -> None:
    package = BasePackage(_base())
    first = package.write("<w:p>A</w:p>")
    second = package.write("")
    with zipfile.ZipFile(io.BytesIO(first)) as a, zipfile.ZipFile(io.BytesIO(second)) as b:
        assert "<w:p>A</w:p>" in a.read("word/document.xml").decode()
        assert "<w:body><w:sectPr>" in b.read("word/document.xml").decode()
    assert package.part("docProps/core.xml") == b"<core>@@title@@</core>"
    assert package.part("word/document.xml") is None


def test_a_base_without_a_document_part_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("other.xml", "<x/>")
    with pytest.raises(ValueError):
        BasePackage(out.getvalue())
