"""The one message catalogue: every error, refusal, note and finding, in Chinese and English.

- ``catalogue``: finding code → severity and wording (``render``, ``message``).
- ``notes``: what an import or the Word export tells (``render_note``).
- ``errors``: error code (``desktop_app.core.errors.CODES``) → wording (``error_text``);
  ``errors_reading`` words the errors met reading a file, ``error_terms`` the reasons, store
  actions and expected kinds an error names.
- ``cli``: the command line's own lines, its help texts and argparse's words.
- ``store_errors``, ``county``: the store's damage notices; the county summary's labels.
- ``text``: choosing the language of a (Chinese, English) pair and filling in parameters.

Nothing here imports the rest of the core: callers hand in codes and parameters.
"""
