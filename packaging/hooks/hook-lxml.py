# Replaces the contributed lxml hook, which collects every lxml sub-module (lxml.html,
# lxml.objectify, ...). python-docx uses lxml.etree only; its own hook (hook-lxml.etree)
# still brings in what the compiled etree module imports.
hiddenimports: list[str] = []
