"""A published report (any file a clerk has) → a Draft to start from, and what was placed where.

- ``importer``: the pipeline; ``import_report(path)``, ``import_text(text)`` → ImportResult.
- ``decoding``: what kind of file the bytes are, and text decoded from them.
- ``cleaning``: characters a report must not carry (control codes, invisible marks).
- ``docx_reading``: lines from a .docx (and .doc/.wps through LibreOffice).
- ``report_lines``: title, 落款 and body; lines a page break split joined again.
- ``section_matching``: headings matched to the format's sections.
- ``fact_patterns``: facts read from the text by the pack's patterns.
- ``table_reading``: the statistical tables read back into table fields.
- ``notes``: what an import tells the clerk, worded from the message catalogue.
"""
