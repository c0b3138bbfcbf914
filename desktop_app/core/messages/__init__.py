"""The one message catalogue: every error, refusal, note and finding, in Chinese and English.

- ``catalogue``: finding code → severity and wording (``render``, ``message``); import notes
  (``render_note``).
- ``errors``: error code (``desktop_app.core.errors.CODES``) → wording (``error_text``), with
  the reasons and store actions an error names.
- ``cli``: the command line's own lines, its help texts and argparse's words.
- ``text``: choosing the language of a (Chinese, English) pair and filling in parameters.

Nothing here imports the rest of the core: callers hand in codes and parameters.
"""
