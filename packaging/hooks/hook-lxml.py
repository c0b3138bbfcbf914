# Replaces the contributed lxml hook, which collects every lxml sub-module (lxml.objectify,
# lxml.html.diff, ...). python-docx uses lxml.etree; the importer reads saved web pages with
# lxml.html. The hook of lxml.etree still brings in what the compiled etree module imports.
hiddenimports: list[str] = ["lxml.html", "lxml.html.defs", "lxml.html._setmixin"]
