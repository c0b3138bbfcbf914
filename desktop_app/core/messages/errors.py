"""The wording of every error code (``desktop_app.core.errors.CODES``) in Chinese and English.

``error_text(exc, lang)`` is the one way an error becomes a sentence, for the CLI and the
GUI alike. Two parameters are themselves codes worded here: ``reason`` (why a file could
not be read or written, see :data:`REASONS`) and ``action`` (what the store was doing,
:data:`ACTIONS`); a reason the catalogue does not know is the system's own text.
"""

from __future__ import annotations

from typing import Protocol

from desktop_app.core.messages.text import Params, is_chinese, pick

ERRORS: dict[str, tuple[str, str]] = {
    "report-error": ("操作未能完成。", "the operation could not be completed"),
    "input-error": ("输入的内容无法使用。", "the input cannot be used"),
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
    # editing a draft
    "edit:no-field": ("报告格式中没有“{key}”这一项。", "the format has no field '{key}'"),
    "edit:year-range": ("年度{year}超出范围。", "year {year} is out of range"),
    "edit:bad-value": ("“{label}”：{value}不是有效的{kind}。", "{label}: {value} is not a valid {kind}"),
    "edit:no-section": ("草稿中没有“{section}”部分。", "the draft has no section '{section}'"),
    "edit:empty-agency": ("机关名称为空。", "the agency name is empty"),
    "edit:bad-date": ("“{value}”不是日期（应为YYYY-MM-DD）。", "not a date: '{value}' (expected YYYY-MM-DD)"),
    "table:not-mapping": ("表格的值应按行给出。", "a table value is a mapping of rows"),
    "table:no-row": ("表格中没有“{row}”行。", "no row '{row}'"),
    "table:row-not-mapping": ("“{row}”行应按列给出。", "row '{row}' is not a mapping of columns"),
    "table:no-column": ("“{row}”行没有“{column}”列。", "row '{row}' has no column '{column}'"),
    "table:negative": ("{row}/{column}：{value}是负数。", "{row}/{column}: {value} is negative"),
    "table:fraction": ("{row}/{column}：{value}不是整数。", "{row}/{column}: {value} is not a whole number"),
    "table:not-number": ("“{value}”不是数字。", "'{value}' is not a number"),
    # roll-forward and conversion
    "roll-forward:last-year": ("不能转入{year}年以后。", "cannot roll forward past {year}"),
    "compare:not-docx": ("与上年对照只能保存为 .docx 文件。", "the comparison with last year is written as a .docx"),
    "convert:same-format": ("草稿已经是“{format_id}”格式。", "the draft is already in the format '{format_id}'"),
    "convert:no-mapping": (
        "“{format_id}”格式不能由“{source}”格式转换而来。",
        "the format '{format_id}' cannot be made from '{source}'",
    ),
    # the app's own files
    "format-pack:broken": (
        "报告格式文件“{format_id}”已损坏，请重新安装本软件（{detail}）。",
        "format pack '{format_id}' is broken: {detail}",
    ),
    "format-pack:layout": (
        "版式文件“{layout_id}”已损坏，请重新安装本软件（{detail}）。",
        "layout profile '{layout_id}' is broken: {detail}",
    ),
    "format-pack:not-template": (
        "报告格式“{format_id}”中没有模板“{relative}”。",
        "format pack '{format_id}': '{relative}' is not a template of the pack",
    ),
    "format-pack:unreadable": (
        "无法读取报告格式“{format_id}”的“{relative}”（{detail}），请重新安装本软件。",
        "format pack '{format_id}': cannot read {relative}: {detail}",
    ),
    "format-pack:no-name": (
        "报告格式“{format_id}”已损坏：没有名称。",
        "format pack '{format_id}' is broken: it has no name",
    ),
    "format-pack:pattern": ("导入规则“{pattern}”有误（{detail}）。", "bad import pattern '{pattern}': {detail}"),
    "format-pack:check": ("报告格式“{format_id}”的检查规则有误：{detail}。", "format pack '{format_id}': {detail}"),
    "missing-fact": ("模板需要的“{field}”还没有填写。", "missing fact '{field}'"),
    "missing-fact:section": (
        "模板需要的“{field}”还没有填写（“{section}”部分）。",
        "missing fact '{field}' (section {section})",
    ),
    "template": ("模板出错：{detail}", "{detail}"),
    "template:section": ("“{section}”部分的模板出错：{detail}", "template error in section {section}: {detail}"),
    # writing
    "output": ("无法写入{target}：{reason}。", "cannot write {target}: {reason}"),
    # the draft store
    "store:action": ("无法{action}：{reason}。", "cannot {action}: {reason}"),
    "store:open": ("无法打开草稿数据库：{reason}。", "cannot open the draft database: {reason}"),
    "store:folder-is-file": (
        "数据文件夹{folder}是一个文件，不是文件夹。",
        "the data folder {folder} is a file, not a folder",
    ),
    "store:folder-create": (
        "无法创建数据文件夹{folder}：{reason}。",
        "cannot create the data folder {folder}: {reason}",
    ),
    "store:folder-read-only": (
        "数据文件夹{folder}是只读的，请另选数据文件夹。",
        "the data folder {folder} is read-only; choose another data folder",
    ),
    "store:file-read-only": (
        "草稿数据库文件{file}是只读的或无法访问。",
        "the draft database file {file} is read-only or not accessible",
    ),
    "store:unreadable": ("无法读取草稿数据库：{reason}。", "cannot read the draft database: {reason}"),
    "store:not-database": ("不是草稿数据库。", "not a draft database"),
    "store:move-aside": (
        "草稿数据库无法读取，也无法移到一旁：{reason}。",
        "the draft database is unreadable and cannot be moved aside: {reason}",
    ),
    "store:duplicate": ("草稿库中已有编号为{draft_id}的草稿。", "a draft with id {draft_id} is already in the store"),
    "store:no-draft": ("草稿库中没有编号为“{draft_id}”的草稿。", "there is no draft with id '{draft_id}' in the store"),
    "store:no-revision": ("草稿库中没有第{revision}版。", "there is no revision {revision} in the store"),
    "store:revision-of-other": (
        "第{revision}版不属于草稿{draft_id}。",
        "revision {revision} does not belong to draft {draft_id}",
    ),
    "store:draft-unreadable": ("草稿库中的草稿{draft_id}无法读取。", "the stored draft {draft_id} cannot be read"),
    "store:revision-unreadable": (
        "草稿库中的第{revision}版无法读取。",
        "the stored revision {revision} cannot be read",
    ),
    "store:backup": ("无法备份草稿数据库（{detail}）。", "cannot back up the draft database: {detail}"),
    "store:restore-unknown": (
        "草稿{draft_id}没有第{revision}版（见：ogi-report history {draft_id}）。",
        "draft {draft_id} has no revision {revision} (see: ogi-report history {draft_id})",
    ),
    # sign-off
    "sign-off:refused": ("还有{count}个错误未解决，不能签发。", "sign-off refused: {count} open error(s)"),
    # county roll-up and submission packages
    "county:no-formats": ("没有安装任何报告格式。", "no report format is installed"),
    "county:roster-too-large": (
        "名单文件太大（应为每行一个机关名称）。",
        "the roster is too large (one agency name per line is expected)",
    ),
    "county:roster-not-utf8": (
        "名单文件不是UTF-8文本，请另存为UTF-8，每行一个机关名称。",
        "the roster is not UTF-8 text; save it as UTF-8, one agency name per line",
    ),
    "package:too-large": ("材料包太大。", "the package is too large"),
    "package:manifest": (
        "材料包中的manifest.json不是材料包清单。",
        "the package's manifest.json is not a package manifest",
    ),
    "package:unreadable": ("不是可读取的报送材料包（{detail}）。", "not a readable submission package ({detail})"),
    "package:missing-member": ("材料包中没有{name}。", "the package has no {name}"),
    "package:member-too-large": ("材料包中的{name}太大。", "{name} in the package is too large"),
    # the store's integrity, export targets, years, the data folder
    "damaged-draft": (
        "草稿“{draft_id}”已损坏（保存的内容与校验值不符）。最后一个完好的版本是第{last_good}版（{last_good_at}），"
        "可用“恢复”打开该版本。",
        "the stored draft {draft_id} is damaged (its content does not match its checksum); "
        "its last good revision is {last_good} ({last_good_at}): restore it with "
        "`ogi-report restore {draft_id} {last_good}`",
    ),
    "damaged-draft-no-good-revision": (
        "草稿“{draft_id}”已损坏（保存的内容与校验值不符），也没有完好的早期版本。",
        "the stored draft {draft_id} is damaged (its content does not match its checksum) "
        "and no earlier revision is intact",
    ),
    "damaged-revision": (
        "草稿“{draft_id}”的第{revision}版已损坏（内容与校验值不符）。最后一个完好的版本是第{last_good}版（{last_good_at}）。",
        "revision {revision} of draft {draft_id} is damaged (its content does not match its checksum); "
        "its last good revision is {last_good} ({last_good_at})",
    ),
    "damaged-revision-no-good-revision": (
        "草稿“{draft_id}”的第{revision}版已损坏（内容与校验值不符），也没有完好的其他版本。",
        "revision {revision} of draft {draft_id} is damaged (its content does not match its checksum) "
        "and no other revision is intact",
    ),
    "save-conflict": (
        "草稿“{draft_id}”在您编辑期间已被其他窗口或程序修改（您从第{base}版开始编辑，现在是第{current}版）。"
        "为免覆盖对方的修改，本次没有保存。",
        "the draft {draft_id} was changed elsewhere while you edited it (you started from revision "
        "{base}, it is now at revision {current}); your save was not written so that neither is lost",
    ),
    "store-busy": (
        "草稿库正被另一个窗口或程序使用，请稍后再试。",
        "the draft database is busy: another window or program is using it; try again in a moment",
    ),
    "not-regular-file": (
        "不能写入{target}：这不是普通文件（而是设备、管道或类似对象），请选择一个文件名。",
        "cannot write {target}: it is not a regular file (a device, a pipe or the like); choose a file name",
    ),
    "year-out-of-range": (
        "年度{year}不在可编写的范围内（{first}—{last}年）。",
        "year {year} is outside the years a report can be written for ({first}–{last})",
    ),
    "data-dir-user": (
        "数据文件夹“{folder}”无法使用：找不到其中“~”所指的用户。",
        "the data folder '{folder}' cannot be used: the user named after '~' does not exist",
    ),
    # publishing
    "tool-missing": (
        "{purpose}需要{tool}，但本机没有安装。请安装后重试（https://www.libreoffice.org），"
        "或导出.docx后在Word或WPS中另存为PDF。",
        "{purpose} needs {tool}, which is not installed; install it "
        "(https://www.libreoffice.org, or `apt-get install libreoffice-writer-nogui`) and try again, "
        "or export a .docx and save it as PDF from Word or WPS",
    ),
    "unsupported-output": (
        "不能写入{suffix}文件：报告可以导出为{supported}。",
        "cannot write a {suffix}: the report can be exported as {supported}",
    ),
    "unsupported-output:no-suffix": (
        "不能写入没有扩展名的文件：报告可以导出为{supported}。",
        "cannot write a file without an extension: the report can be exported as {supported}",
    ),
}

# Why a file could not be read or written (``storage.atomic.reason_for``, ``storage.database``).
REASONS: dict[str, tuple[str, str]] = {
    "disk-full": ("磁盘已满", "the disk is full"),
    "quota": ("磁盘配额已用完", "the disk quota is exhausted"),
    "permission": (
        "没有权限（文件可能在其他程序中打开，或文件夹是只读的）",
        "permission denied (the file may be open in another program, or the folder read-only)",
    ),
    "permission-read-only": (
        "没有权限（文件或其文件夹是只读的）",
        "permission denied (the file or its folder is read-only)",
    ),
    "read-only-disk": ("文件夹在只读磁盘上", "the folder is on a read-only disk"),
    "no-folder": ("文件夹不存在", "the folder does not exist"),
    "is-folder": ("已有同名的文件夹", "a folder has that name"),
    "not-folder": ("路径中有一部分不是文件夹", "part of the path is not a folder"),
    "name-too-long": ("文件名太长", "the file name is too long"),
    "busy": ("文件正被其他程序使用", "the file is in use by another program"),
    "open-elsewhere": (
        "文件正在其他程序中打开，请关闭后重试",
        "the file is open in another program; close it and try again",
    ),
    "db-read-only": ("数据库或其文件夹是只读的", "the database or its folder is read-only"),
    "db-busy": (
        "其他窗口或程序正在使用草稿数据库，请稍后再试",
        "another window or program is using the draft database; try again in a moment",
    ),
    "db-corrupt": ("数据库文件已损坏", "the database file is damaged"),
    "db-not-database": ("文件不是草稿数据库", "the file is not a draft database"),
    "db-cant-open": (
        "无法打开数据库文件（文件夹不存在或没有权限）",
        "the database file cannot be opened (missing folder or no permission)",
    ),
    "db-io": ("磁盘报告了错误", "the disk reported an error"),
    "db-permission": ("没有权限", "permission denied"),
    "db-no-memory": ("计算机内存不足", "the computer is out of memory"),
}

# What the draft store was doing when it failed (``storage.database.translated``).
ACTIONS: dict[str, tuple[str, str]] = {
    "read-list": ("读取草稿列表", "read the draft list"),
    "save": ("保存草稿", "save the draft"),
    "open": ("打开草稿", "open the draft"),
    "read": ("读取草稿", "read the draft"),
    "read-history": ("读取修订历史", "read the revision history"),
    "open-revision": ("打开修订版本", "open the revision"),
    "empty-trash": ("清空回收站", "empty the trash"),
    "move": ("移动草稿", "move the draft"),
    "save-salvaged": ("保存抢救出的草稿", "save the salvaged drafts"),
    "tidy-history": ("整理修订历史", "tidy the revision history"),
}

# What a value in a draft file should have been (``model``: ``draft-file:wrong-type``).
EXPECTED: dict[str, tuple[str, str]] = {
    "object": ("对象", "an object"),
    "list": ("列表", "a list"),
    "text": ("文字", "text"),
    "number": ("数字", "a number"),
    "date": ("ISO日期", "an ISO date"),
    "text-list": ("文字列表", "a list of text"),
}

# What needed a missing program (``ToolMissingError``).
PURPOSES: dict[str, tuple[str, str]] = {
    "pdf-export": ("导出PDF", "a PDF export"),
}

_NESTED = {"reason": REASONS, "action": ACTIONS, "expected": EXPECTED, "purpose": PURPOSES}


class WordedError(Protocol):
    """What the catalogue needs of an error (``desktop_app.core.errors.ReportError``)."""

    code: str
    params: dict[str, object]
    path_in_text: bool

    @property
    def path(self) -> object: ...


def error_text(exc: WordedError, lang: str = "zh_CN") -> str:
    """The sentence for an error in ``lang``, prefixed with the file it concerns."""
    entry = ERRORS.get(exc.code) or ERRORS["report-error"]
    params = {name: _nested(name, value, lang) for name, value in exc.params.items()}
    text = pick(entry, lang).format_map(Params(params))
    if exc.path is not None and not exc.path_in_text:
        text = f"{exc.path}{'：' if is_chinese(lang) else ': '}{text}"
    return text


def term(table: str, code: str, lang: str = "zh_CN") -> str:
    """One reason or action in ``lang`` (its code, unchanged, when the catalogue lacks it)."""
    entry = _NESTED[table].get(code)
    return pick(entry, lang) if entry else code


def _nested(name: str, value: object, lang: str) -> object:
    if name in _NESTED and isinstance(value, str):
        return term(name, value, lang)
    return value
