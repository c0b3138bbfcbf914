"""Report formats as data.

- ``spec``: a format pack (templates/formats/<id>/format.toml) as a FormatSpec — sections,
  aliases, fields; ``load_format``, ``available_formats``.
- ``names``: a format's display names, read without building the whole spec (start-up).
- ``table_spec``: the statistical tables a pack declares (header, rows, columns, rules).
- ``tables``: the table engine — totals, arithmetic rules, carry-over between years.
"""
