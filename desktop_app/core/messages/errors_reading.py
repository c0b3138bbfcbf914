"""The wording of the errors met reading a file: a draft file, a file the user named, a
report to import (Chinese, English); part of :data:`desktop_app.core.messages.errors.ERRORS`."""

from __future__ import annotations

READING_ERRORS: dict[str, tuple[str, str]] = {
    # draft files
    "draft-file:not-utf8": ("不是草稿文件：文字不是UTF-8编码。", "not a draft file: the text is not UTF-8"),
    "draft-file:json": ("不是有效的草稿文件（JSON错误：{detail}）。", "not a valid draft file (JSON error: {detail})"),
    "draft-file:not-object": ("不是草稿文件：最外层不是对象。", "not a draft file: the top level is not an object"),
    "draft-file:no-version": (
        "不是草稿文件：schema_version缺失或不是数字。",
        "not a draft file: schema_version is missing or not a number",
    ),
    "draft-file:old-version": ("不支持的草稿文件版本{version}。", "unsupported schema_version {version}"),
    "draft-file:shape": ("不是有效的草稿文件（{detail}）。", "not a valid draft file ({detail})"),
    "draft-file:year-range": ("草稿文件中的年度{year}超出范围。", "year {year} is out of range"),
    "draft-file:missing-key": ("不是有效的草稿文件：缺少“{key}”。", "not a valid draft file: '{key}' is missing"),
    "draft-file:wrong-type": (
        "不是有效的草稿文件：“{key}”应为{expected}。",
        "not a valid draft file: '{key}' should be {expected}",
    ),
    "draft-file:not-date": (
        "不是有效的草稿文件：“{key}”不是日期（{value}）。",
        "not a valid draft file: '{key}' is not a date ({value})",
    ),
    "draft-file:fact-type": (
        "不是有效的草稿文件：事实“{key}”的类型不对。",
        "not a valid draft file: fact '{key}' has a wrong type",
    ),
    "draft-file:table-row": (
        "不是有效的草稿文件：表格“{key}”的“{row}”行不是对象。",
        "not a valid draft file: table '{key}' row '{row}' is not an object",
    ),
    "draft-file:table-cell": (
        "不是有效的草稿文件：表格“{key}”的单元格{row}/{column}不是数字。",
        "not a valid draft file: table '{key}' cell {row}/{column} is not a number",
    ),
    "draft-file:section": (
        "不是有效的草稿文件：某个部分不是对象。",
        "not a valid draft file: a section is not an object",
    ),
    "draft-file:origin": (
        "不是有效的草稿文件：未知的来源“{origin}”。",
        "not a valid draft file: unknown origin '{origin}'",
    ),
    "draft-file:sign-off-date": (
        "不是有效的草稿文件：签发记录没有日期。",
        "not a valid draft file: the sign-off has no date",
    ),
    "draft-file:surrogates": (
        "不是有效的草稿文件：含有损坏的字符。",
        "not a valid draft file: it contains broken characters (unpaired surrogates)",
    ),
    "draft-file:not-finite": (
        "不是有效的草稿文件：有一个数不是有限数。",
        "not a valid draft file: a number is not finite",
    ),
    "draft-file:number-too-large": (
        "不是有效的草稿文件：数字{number}太大。",
        "not a valid draft file: the number {number} is too large",
    ),
    "draft-file:constant": ("不是有效的草稿文件：{name}不是数字。", "not a valid draft file: {name} is not a number"),
    "draft-file:fact-kind": (
        "不是有效的草稿文件：事实“{key}”（{label}）应为{kind}，而不是{value}。",
        "not a valid draft file: fact '{key}' ({label}) should be a {kind}, not {value}",
    ),
    "draft-file:last-year-fact-kind": (
        "不是有效的草稿文件：上年事实“{key}”（{label}）应为{kind}，而不是{value}。",
        "not a valid draft file: last year's fact '{key}' ({label}) should be a {kind}, not {value}",
    ),
    "draft-file:unknown-format": (
        "草稿使用了本版本不认识的报告格式（{format_id}）。",
        "the draft uses a report format this version does not know ({format_id})",
    ),
    "draft-file:nesting": (
        "不是有效的草稿文件：嵌套超过{limit}层。",
        "not a valid draft file: nested deeper than {limit} levels",
    ),
    "draft-file:table-fact": (
        "不是有效的草稿文件：表格“{key}”应为对象。",
        "not a valid draft file: table '{key}' should be an object",
    ),
    "future-version": (
        "由更新版本的本软件保存（格式版本{found}，本版本最高可读{supported}），请升级后再打开。",
        "written by a newer version of this app (format version {found}, this version reads up to "
        "{supported}); update the app to open it",
    ),
    "unknown-format": (
        "未知的报告格式“{format_id}”（可用：{known}）。",
        "unknown report format '{format_id}' (known: {known})",
    ),
    # reading a file the user named
    "file:folder": ("这是文件夹，不是草稿文件。", "this is a folder, not a draft file"),
    "file:missing": ("文件不存在。", "the file does not exist"),
    "file:unreadable": ("无法读取文件：{reason}。", "cannot read the file: {reason}"),
    "file:too-large": (
        "文件太大，不是草稿（超过{limit_mb} MB）。",
        "the file is too large to be a draft (more than {limit_mb} MB)",
    ),
    "file:not-a-file": ("不是文件。", "not a file"),
    "file:empty": ("文件是空的。", "the file is empty"),
    "file:not-found": ("找不到文件。", "file not found"),
    "file:not-a-folder": ("不是文件夹。", "not a folder"),
    # importing
    "import:text-too-large": (
        "文字太多，不像一份报告（超过{limit}个字符）。",
        "the text is too large to be a report (over {limit} characters)",
    ),
    "import:file-too-large": (
        "文件太大，不像一份报告（{size_mb} MB；上限为{limit_mb} MB）。",
        "the file is too large to be a report ({size_mb} MB; the limit is {limit_mb} MB)",
    ),
    "unplaced:no-passage": ("没有第{number}段未归位的文字。", "there is no unplaced passage {number}"),
    "unplaced:no-section": ("草稿中没有“{section}”部分。", "the draft has no section {section}"),
    "import:no-text": ("没有可导入的文字。", "there is no text to import"),
    "import:not-word": ("不是Word {suffix}文件。", "not a Word {suffix} file"),
    "import:broken-text": ("不是文本文件（{encoding}文字已损坏）。", "not a text file (broken {encoding} text)"),
    "import:unknown-encoding": (
        "不是文本文件，或使用了本软件无法读取的编码（请另存为UTF-8或GBK文本）。",
        "not a text file, or in an encoding this app cannot read (save it as UTF-8 or GBK text)",
    ),
    "import:binary": ("不是文本文件（看起来是二进制数据）。", "not a text file (it looks like binary data)"),
    "import:docx-damaged": (
        "无法读取这个Word .docx文件（文件已损坏或不是文档）。",
        "cannot read this Word .docx file (it is damaged or not a document)",
    ),
    "import:docx-unreadable": ("无法读取这个Word .docx文件中的文字。", "cannot read the text of this Word .docx file"),
    "import:not-docx": ("不是Word .docx文件。", "not a Word .docx file"),
    "import:docx-archive": ("不是Word .docx文件（压缩包已损坏）。", "not a Word .docx file (the archive is damaged)"),
    "import:docx-parts": (
        "已拒绝：这个.docx包含{count}个部件（已损坏或有恶意）。",
        "refused: the .docx holds {count} parts (damaged or malicious)",
    ),
    "import:docx-bomb": (
        "已拒绝：这个.docx解压后有{size_mb} MB（已损坏或是压缩炸弹）。",
        "refused: the .docx would unpack to {size_mb} MB (damaged or a zip bomb)",
    ),
    "import:docx-ratio": (
        "已拒绝：这个.docx中有一个部件被压缩了{ratio}倍（已损坏或是压缩炸弹）。",
        "refused: a part of the .docx is compressed {ratio} times (damaged or a zip bomb)",
    ),
    "import:libreoffice-missing": (
        "这是旧的{kind}文件，请用Word或WPS打开后另存为.docx（或安装LibreOffice以自动转换）。",
        "this is an old {kind} file; open it in Word or WPS and save it as .docx "
        "(or install LibreOffice to convert it automatically)",
    ),
    "import:libreoffice-failed": (
        "LibreOffice无法转换这个{kind}文件，请另存为.docx。",
        "LibreOffice could not convert this {kind} file; save it as .docx",
    ),
    "import:libreoffice-start": (
        "无法启动LibreOffice转换文件（{detail}）。",
        "cannot start LibreOffice to convert the file ({detail})",
    ),
    "import:libreoffice-timeout": (
        "LibreOffice转换文件用时过长，请另存为.docx。",
        "LibreOffice took too long to convert the file; save it as .docx",
    ),
    "import:pdf-damaged": (
        "无法读取这个PDF文件（文件已损坏或不是PDF）。",
        "cannot read this PDF file (it is damaged or not a PDF)",
    ),
    "import:pdf-password": (
        "这个PDF文件设有打开密码，无法读取；请导入没有密码的版本。",
        "this PDF is protected by a password; import a copy without one",
    ),
    "import:scanned-pdf": (
        "这个PDF文件没有文字层（可能是扫描件），无法读出文字；请导入报告的Word版或网页版，或复制网页上的文字粘贴导入。",
        "this PDF has no text layer (it is probably a scan), so no text can be read from it; import the "
        "report's Word file or web page instead, or paste its text",
    ),
    "import:pdf-garbled": (
        "这个PDF文件的文字层无法识别（字体缺少字符编码表，读出的是乱码）；请导入报告的Word版或网页版。",
        "the text layer of this PDF cannot be read (its fonts map to no characters); import the report's "
        "Word file or web page instead",
    ),
    "import:no-page-text": ("这个网页中没有找到报告正文。", "no report text was found in this web page"),
    "import:mhtml-without-page": (
        "这个网页存档（.mhtml）中没有网页内容。",
        "this saved web page (.mhtml) holds no HTML page",
    ),
}
