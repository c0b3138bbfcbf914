"""The Word export in the GB/T 9704 layout.

- ``export``: ``export_docx(draft, path)`` — a .docx written atomically.
- ``layout``: the layout profile (templates/layouts/<id>.toml) as typed data.
- ``package``: the styled base package, kept compressed in memory.
- ``tables``: a table field as a real Word table in the official shape.
"""
