"""Where drafts live: the SQLite draft store, single draft files, and writes that never half-happen.

- ``store``: DraftStore — drafts, revision history, trash.
- ``database``: opening the database safely (newer refused, unreadable moved aside).
- ``schema``: tables, schema version and forward migrations.
- ``draft_files``: one draft as a ``.json`` file.
- ``atomic``: write a file so the target is the old one or the complete new one.
"""
