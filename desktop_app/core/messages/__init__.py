"""The one message catalogue: every error, refusal, note and finding, in Chinese and English.

- ``catalogue``: code → severity and wording; ``render``, ``message``, ``render_note``.
"""
