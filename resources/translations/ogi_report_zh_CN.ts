<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="+84"/>
        <location line="+85"/>
        <source>OGI Report Assistant</source>
        <translation>年报助手</translation>
    </message>
</context>
<context>
    <name>Carried</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/carried.py" line="+21"/>
        <source>Carried over from last year: check it, then confirm.</source>
        <translation>沿用自上年：请核对后确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The carried value is still right this year</source>
        <translation>沿用的内容今年仍然正确</translation>
    </message>
</context>
<context>
    <name>CompareFolder</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/compare_folder.py" line="+33"/>
        <source>Compare with other units&apos; reports…</source>
        <translation>与其他单位的报告比对…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder of other units&apos; reports: passages copied from them are shown</source>
        <translation>选择存放其他单位报告的文件夹，与其雷同的段落会列出</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Folder of other units&apos; reports</source>
        <translation>其他单位报告所在文件夹</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reading the reports…</source>
        <translation>正在读取报告…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compared with %1 report(s).</source>
        <translation>已与%1份报告比对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>ConfirmList</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/confirm_list.py" line="+52"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period word</source>
        <translation>时段用语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Carried text</source>
        <translation>沿用的文字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written from the template (last year had none)</source>
        <translation>按模板生成（上年报告没有这部分）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text placed in no section</source>
        <translation>未归入任何部分的文字</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Item</source>
        <translation>待确认项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>Items to confirm</source>
        <translation>待确认事项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep</source>
        <translation>沿用(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still right this year (an empty fact takes last year&apos;s)</source>
        <translation>本年仍然如此（未填的数字取上年的值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to</source>
        <translation>跳转(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the whole &amp;section</source>
        <translation>本部分全部沿用(&amp;S)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
</context>
<context>
    <name>County</name>
    <message>
        <location filename="../../desktop_app/gui/county.py" line="+62"/>
        <source>County summary of the units&apos; reports</source>
        <translation>汇总本县报告</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+89"/>
        <source>Folder of the units&apos; reports</source>
        <translation>各单位报告所在文件夹</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <source>Roster of units</source>
        <translation>报送单位名单</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>optional: a text file, one agency per line</source>
        <translation>可选：文本文件，每行一个单位全称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report year</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summarise</source>
        <translation>汇总(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the report (read-only)</source>
        <translation>查看报告（只读）(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export the summary…</source>
        <translation>导出汇总表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roster:</source>
        <translation>单位名单(&amp;R)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar to</source>
        <translation>内容雷同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units</source>
        <translation>各单位</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied writing</source>
        <translation>内容雷同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted</source>
        <translation>未计入</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading the reports…</source>
        <translation>正在读取各单位报告…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 reports, %2 missing, %3 pairs with copied writing, %4 files not counted.</source>
        <translation>共%1份报告，%2个单位未报送，%3对单位内容雷同，%4个文件未计入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>County summary</source>
        <translation>汇总本县报告</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The package&apos;s files differ from its manifest: %1</source>
        <translation>报送包中的文件与清单不符：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+22"/>
        <source>Export the summary</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Summary written to %1</source>
        <translation>汇总表已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs.py" line="+129"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Draft files (*.ogireport *.json)</source>
        <translation>草稿文件 (*.ogireport *.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Published reports (*.docx *.txt *.doc)</source>
        <translation>已发布的报告 (*.docx *.txt *.doc)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Word documents (*.docx);;Web pages (*.html *.htm);;PDF (*.pdf)</source>
        <translation>Word文档 (*.docx);;网页 (*.html *.htm);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Submission packages (*.zip)</source>
        <translation>报送包 (*.zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rosters, one agency per line (*.txt)</source>
        <translation>单位名单，每行一个单位 (*.txt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../desktop_app/gui/editor.py" line="+121"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step (Alt+Left, Ctrl+PgUp)</source>
        <translation>上一步（Alt+左方向键，Ctrl+PgUp）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step (Alt+Right, Ctrl+PgDown)</source>
        <translation>下一步（Alt+右方向键，Ctrl+PgDown）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 report</source>
        <translation>%1 — %2年度报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/validation_summary.py" line="+13"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors: %1, warnings: %2</source>
        <translation>错误 %1 个，提醒 %2 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/editor.py" line="+12"/>
        <source>Not saved: the draft was changed elsewhere</source>
        <translation>未保存：草稿已在别处被修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed elsewhere</source>
        <translation>草稿已在别处被修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine as a new revision (theirs stays in the history)</source>
        <translation>保留我的内容，存为新版本（对方的内容保留在历史版本中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs (my unsaved changes are dropped)</source>
        <translation>采用对方的内容（放弃我未保存的修改）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine as a copy, then take theirs</source>
        <translation>把我的内容另存为一份副本，然后采用对方的内容</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save now</source>
        <translation>立即保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review and sign-off</source>
        <translation>检查与签发(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/edit_menu.py" line="+29"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/gui/excepthook.py" line="+41"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/error_dialog.py" line="+22"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong. The app keeps running and your drafts are saved automatically. Please copy the details below and send them to whoever looks after this app.</source>
        <translation>出现了意外问题。程序会继续运行，草稿也会自动保存。请复制下面的详细信息，发给负责维护本程序的人员。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/gui/errors.py" line="+59"/>
        <source>This draft file cannot be read: it is damaged or not a draft file.</source>
        <translation>无法读取该草稿文件：文件已损坏，或不是草稿文件。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The file could not be written.</source>
        <translation>文件无法写入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This draft uses a report format this version does not know.</source>
        <translation>此草稿使用了本版本不认识的报告格式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be used.</source>
        <translation>此文件无法使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A value the template needs is still empty.</source>
        <translation>模板需要的一项内容还是空的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report format files are damaged; please reinstall the app.</source>
        <translation>报告格式文件已损坏，请重新安装程序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft database cannot be used.</source>
        <translation>草稿数据库无法使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-off was refused: fix the errors listed on the review page first.</source>
        <translation>无法签发：请先改正审核页列出的错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A file could not be read or written: %1</source>
        <translation>文件无法读取或写入：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected error occurred.</source>
        <translation>发生了意外错误。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/export.py" line="+85"/>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the result</source>
        <translation>打开导出的文件(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview (pages break where the printed report&apos;s do)</source>
        <translation>预览（分页与打印出的报告一致）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed off: the document is exported as final.</source>
        <translation>已签发：导出为正式文本。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Keep the official font &amp;names (仿宋_GB2312 …) even where this computer lacks them</source>
        <translation>本机没有规范字体时仍保留规范字体名称（仿宋_GB2312 等）(&amp;N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy as &amp;web page</source>
        <translation>复制为网页(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the report on the clipboard as a web page, tables included, to paste into the portal</source>
        <translation>把报告（含表格）作为网页复制到剪贴板，可直接粘贴到门户网站编辑器</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not signed off: the document is marked as a draft in its header.</source>
        <translation>尚未签发：导出的文档页眉会标注“草稿”。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Copy as web page</source>
        <translation>复制为网页</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The web page is on the clipboard: paste it into the portal&apos;s editor.</source>
        <translation>网页已复制到剪贴板，请粘贴到门户网站的编辑器中。</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Compare with last year…</source>
        <translation>与上年对照…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a copy with the changes against last year marked</source>
        <translation>导出一份标出与上年相比改动之处的文件</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Compare with last year</source>
        <translation>与上年对照</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Comparison written to %1</source>
        <translation>对照文件已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/fields.py" line="+71"/>
        <source>not filled in</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>One item per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Set a date</source>
        <translation>指定日期</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/findings.py" line="+30"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fix</source>
        <translation>修正(&amp;F)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make the one right fix for the selected finding</source>
        <translation>按唯一正确的改法修正所选问题</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No problems found here.</source>
        <translation>这里没有发现问题。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="+14"/>
        <source>&lt;h3&gt;OGI Report Assistant %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;年报助手 %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;p&gt;Drafts the annual open-government-information report, checks it and exports it in the official layout. Works offline.&lt;/p&gt;&lt;p&gt;Your drafts are kept in:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;起草政府信息公开工作年度报告，检查并按公文格式导出。无需联网。&lt;/p&gt;&lt;p&gt;草稿保存在：&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;How to write this year&apos;s report&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start&lt;/b&gt;: continue from last year&apos;s draft (Draft → Continue from last year), or import last year&apos;s published report (File → Import), or start a new one.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Walk the steps&lt;/b&gt; on the left: basic information, each section, review. Text is written from the facts you enter; items carried from last year are highlighted until you confirm them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review&lt;/b&gt;: fix every error; look at each warning. Then record the sign-off.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export&lt;/b&gt; (Ctrl+E): a Word document in the official layout, or a web page for the portal.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you type; earlier versions are under Draft → Revision history.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;如何编写今年的年报&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;开始&lt;/b&gt;：从上年草稿继续（草稿 → 接续上年），或导入上年已发布的年报（文件 → 导入），或新建。&lt;/li&gt;&lt;li&gt;&lt;b&gt;按左侧步骤逐项填写&lt;/b&gt;：基本信息、各部分、检查。正文根据填写的数据自动生成；沿用上年的内容以高亮标出，确认后取消。&lt;/li&gt;&lt;li&gt;&lt;b&gt;检查&lt;/b&gt;：改正所有错误，逐条查看提醒，然后登记签发。&lt;/li&gt;&lt;li&gt;&lt;b&gt;导出&lt;/b&gt;（Ctrl+E）：按公文格式的 Word 文档，或用于门户网站的网页。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;输入即自动保存；历史版本见 草稿 → 修订历史。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>使用说明(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About OGI Report Assistant</source>
        <translation>关于年报助手(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About OGI Report Assistant</source>
        <translation>关于年报助手</translation>
    </message>
</context>
<context>
    <name>InfoPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/info.py" line="+73"/>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 莒南县经济和信息化局</source>
        <translation>例如：莒南县经济和信息化局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 县经信局</source>
        <translation>例如：县经信局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 莒南县人民政府</source>
        <translation>例如：莒南县人民政府</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 莒南政府网</source>
        <translation>例如：莒南政府网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>机关全称(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hort name:</source>
        <translation>简称(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent government:</source>
        <translation>所属政府(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website name:</source>
        <translation>网站名称(&amp;W)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;date:</source>
        <translation>成文日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issuer:</source>
        <translation>落款(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;style:</source>
        <translation>日期写法(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>报告格式：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report title, one printed line per line</source>
        <translation>报告标题，每行对应打印出的一行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the format words it until you edit it; each line is a line of the printed title</source>
        <translation>未修改时按报告格式自动生成；每一行就是打印出的标题的一行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ollow the format</source>
        <translation>按格式生成(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the format&apos;s title</source>
        <translation>恢复为报告格式规定的标题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text the import could not place</source>
        <translation>导入时未能归入章节的文字</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Findings for the basic information:</source>
        <translation>基本信息的检查结果：</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>the agency&apos;s full name</source>
        <translation>机关全称</translation>
    </message>
</context>
<context>
    <name>LastYear</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/last_year.py" line="+40"/>
        <source>Unchanged this year</source>
        <translation>本年无变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same as last year</source>
        <translation>沿用上年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take last year&apos;s figures (carried rows stay as carried)</source>
        <translation>采用上年的数字（结转行保持结转的值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take last year&apos;s value</source>
        <translation>采用上年的值</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last year: %1</source>
        <translation>上年：%1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="+35"/>
        <location line="+258"/>
        <location filename="../../desktop_app/gui/library_actions.py" line="+340"/>
        <location filename="../../desktop_app/gui/selftest.py" line="+21"/>
        <source>Draft library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_list.py" line="+35"/>
        <source>Drafts</source>
        <translation>草稿列表</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Filter by agency, year or state…</source>
        <translation>按机关、年度或状态筛选…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter drafts</source>
        <translation>筛选草稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="-231"/>
        <source>No drafts yet. Click New to start a report, or import last year&apos;s published report.</source>
        <translation>还没有草稿。点击“新建”开始写报告，或导入上年已发布的报告。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new report</source>
        <translation>新建一份报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from last year</source>
        <translation>沿用上年(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next year&apos;s report from the selected one: years moved on, carried items marked</source>
        <translation>以选中的报告为基础生成下一年度的报告：年份顺延，沿用的内容会标出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a published report…</source>
        <translation>导入已发布的报告(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a published report (.docx, .txt, .doc) into a new draft</source>
        <translation>读取已发布的报告（.docx、.txt、.doc），生成新草稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Con&amp;vert to another format…</source>
        <translation>转为其他格式(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A draft in the national six-section format from the selected one, nothing dropped</source>
        <translation>由所选草稿生成全国统一的六部分格式草稿，内容不丢失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision &amp;history…</source>
        <translation>修订历史(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved version of the selected draft; restore an earlier one</source>
        <translation>所选草稿保存过的每个版本；可恢复较早的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate</source>
        <translation>复制一份(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open draft &amp;file…</source>
        <translation>打开草稿文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as draft file…</source>
        <translation>另存为草稿文件(&amp;S)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected draft to the trash</source>
        <translation>把选中的草稿移到回收站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;trash</source>
        <translation>显示回收站(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Draft</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Trash: drafts here can be restored until the trash is emptied.</source>
        <translation>回收站：清空之前，这里的草稿都可以恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/editor_windows.py" line="+45"/>
        <location line="+27"/>
        <location line="+17"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This draft is open in another window of the app (process %1). If you edit it in both, the later save becomes the draft and the other stays in its history. Open it here anyway?</source>
        <translation>此草稿已在本程序的另一个窗口中打开（进程 %1）。如果两处同时编辑，以后保存的为准，另一处的内容保留在修订历史中。仍要在这里打开吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_revisions.py" line="+20"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autosaved</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continued from last year</source>
        <translation>沿用上年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converted</source>
        <translation>转换格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicated</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened from a file</source>
        <translation>从文件打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed off</source>
        <translation>签发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_actions.py" line="-240"/>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+11"/>
        <location line="+17"/>
        <source>Continue from last year</source>
        <translation>沿用上年</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>There is already a %1 draft for this agency. Make another one?</source>
        <translation>本机关已有 %1 年度的草稿。还要再生成一份吗？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparing next year&apos;s draft…</source>
        <translation>正在生成下一年度的草稿…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The %1 report was prepared from last year&apos;s. %2 carried facts and passages are marked in amber: check each one and confirm it (or just edit it).</source>
        <translation>已根据上年报告生成 %1 年度报告。有 %2 项沿用的数据和段落用黄色标出：请逐项核对并确认（或直接修改）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Convert to another format</source>
        <translation>转为其他格式</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No other format can be made from this one.</source>
        <translation>此草稿不能转为其他格式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new draft in:</source>
        <translation>生成以下格式的新草稿：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Converting…</source>
        <translation>正在转换…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new draft keeps every passage of the old one. %1 items need your attention: they are marked in amber.</source>
        <translation>新草稿保留了原草稿的全部文字。有%1项需要您核对，已用琥珀色标出。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>Import a published report</source>
        <translation>导入已发布的报告</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reading the report…</source>
        <translation>正在读取报告…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Make the %1 report from it now? Years move on; what is carried is marked for you to confirm.</source>
        <translation>现在据此生成%1年报告吗？年份随之更新，沿用的内容会标出供您逐项确认。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the %1 report</source>
        <translation>生成%1年报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was imported. %1 passages could not be placed in a section; they are listed on the Basic information page so you can copy what you need.</source>
        <translation>报告已导入。有 %1 段文字未能归入章节，已列在“基本信息”页，需要的内容可以从那里复制。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report was imported. Check each section before you go on.</source>
        <translation>报告已导入。请逐一检查各章节后再继续。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Open draft file</source>
        <translation>打开草稿文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Save as draft file</source>
        <translation>另存为草稿文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/gui/publish_actions.py" line="+62"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_revisions.py" line="+19"/>
        <source>Revision history</source>
        <translation>修订历史</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore which revision? The current text stays in the history.</source>
        <translation>恢复哪个版本？当前内容仍保留在修订历史中。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revision restored: %1</source>
        <translation>已恢复版本：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>已移到回收站。打开回收站可以恢复。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete the drafts in the trash for good? This cannot be undone.</source>
        <translation>永久删除回收站里的草稿？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_actions.py" line="+33"/>
        <source>Reopen drafts?</source>
        <translation>重新打开草稿？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app did not close properly last time. Reopen the %1 draft(s) you were editing? They open as last saved automatically.</source>
        <translation>程序上次没有正常退出。要重新打开当时正在编辑的 %1 份草稿吗？草稿将以最后一次自动保存的内容打开。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_model.py" line="+36"/>
        <source>Editing</source>
        <translation>编辑中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed off</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void (edited after sign-off)</source>
        <translation>签发已失效（签发后又修改过）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/editor_windows.py" line="-17"/>
        <source>Open that revision now?</source>
        <translation>现在打开该版本吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_actions.py" line="-30"/>
        <source>Stop showing this notice? (No: shown again at the next start.)</source>
        <translation>不再显示此提示吗？（选“否”则下次启动时再次提示。）</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Format: %1 (%2% sure).</source>
        <translation>格式：%1（把握%2%）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format: %1, but only %2% sure: check the sections before you go on.</source>
        <translation>格式：%1，但把握只有%2%，请先核对各部分再继续。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="-114"/>
        <source>Export submission &amp;package…</source>
        <translation>导出报送包(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The draft file, the .docx and the web page of the selected draft in one .zip for the county</source>
        <translation>把所选草稿的草稿文件、Word文档和网页打包为一个.zip，报送县政务公开办</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;County summary of the units&apos; reports…</source>
        <translation>汇总本县报告(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a folder of the units&apos; reports: totals, missing units, copied writing</source>
        <translation>检查一个文件夹中的各单位报告：合计数、未报送单位、内容雷同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_actions.py" line="-19"/>
        <source>Export submission package</source>
        <translation>导出报送包</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the package…</source>
        <translation>正在生成报送包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library.py" line="+41"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>&amp;Find a draft…</source>
        <translation>查找草稿(&amp;F)…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
</context>
<context>
    <name>NewDraft</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/new_draft.py" line="+43"/>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 莒南县经济和信息化局</source>
        <translation>例如：莒南县经济和信息化局</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 县经信局</source>
        <translation>例如：县经信局</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agency &amp;full name:</source>
        <translation>机关全称(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reports on %1 and later use this format (%2).</source>
        <translation>%1年及以后的年报使用此格式（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports on this year use this format (%2).</source>
        <translation>本年度的年报使用此格式（%2）。</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <location filename="../../desktop_app/gui/report_viewer.py" line="+29"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the checks found</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The checks found nothing.</source>
        <translation>审核未发现问题。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/review.py" line="+85"/>
        <source>Sections and findings</source>
        <translation>各部分及检查结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section and findings</source>
        <translation>章节与检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity to last year</source>
        <translation>与上年相似度</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Still to re-confirm</source>
        <translation>尚待确认的沿用内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-off</source>
        <translation>签发</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Sign off</source>
        <translation>签发(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review and sign-off</source>
        <translation>审核与签发</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (the agency&apos;s name: no issuer is set yet)</source>
        <translation>%1（机关全称：尚未填写落款）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix the errors above before signing off.</source>
        <translation>请先改正上面列出的错误，再签发。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed off by %1 on %2.</source>
        <translation>已由 %1 于 %2 签发。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-off is void: the draft was edited after it was signed off (%1). Sign it off again.</source>
        <translation>签发已失效：签发后草稿又被修改过（%1）。请重新签发。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed off yet.</source>
        <translation>尚未签发。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Fill in who drafted, reviewed and approved the report, the issuer and the date.</source>
        <translation>请填写拟稿、审核、签发人员，以及落款和成文日期。</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The issuer and the date are set in the basic information</source>
        <translation>落款和成文日期在“基本信息”中填写</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drafted by:</source>
        <translation>拟稿：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by:</source>
        <translation>审核：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>签发：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>落款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>成文日期：</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (today: no date is set yet)</source>
        <translation>%1（今天：尚未填写成文日期）</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/section.py" line="+125"/>
        <source>Facts for this section</source>
        <translation>本部分的数据</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This year&apos;s text</source>
        <translation>本年文字</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Restore template text</source>
        <translation>恢复模板文字(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;firm text</source>
        <translation>确认文字(&amp;F)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;This year&apos;s text:</source>
        <translation>本年文字(&amp;T)：</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Generated from the facts</source>
        <translation>由事实生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried from last year, to confirm</source>
        <translation>沿用上年，待确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It changes with the facts above until you edit it.</source>
        <translation>上面的事实改动时，文字随之更新；您一旦改写就不再跟随。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own words: a change to the facts does not overwrite them.</source>
        <translation>这是您改写的文字，事实改动不会覆盖它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year&apos;s words: check them, then click Confirm text.</source>
        <translation>这是上年报告的文字：核对后请点“确认文字”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The published report&apos;s words: a change to the facts does not overwrite them.</source>
        <translation>这是从已发布的报告导入的文字，事实改动不会覆盖它。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Last year&apos;s text</source>
        <translation>上年文字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last year&apos;s text (changes marked):</source>
        <translation>上年文字（标出了改动）：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The facts above changed after this text was written, and the text did not change with them: it may now say something else (a field says quarterly, the text weekly).</source>
        <translation>这段文字写成后，上面的事实又改过了，文字没有跟着改，两者可能不一致（如字段写“每季度”，文字写“每周”）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;generate from the facts</source>
        <translation>重新生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep my text</source>
        <translation>保留我的文字(&amp;K)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings in this section:</source>
        <translation>本部分的检查结果：</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+11"/>
        <source>Restore template text</source>
        <translation>恢复模板文字</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Replace this section&apos;s text with the template text? Your wording is lost.</source>
        <translation>用模板文字替换本部分的文字？您修改过的内容将丢失。</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Same as last year: every empty fact here</source>
        <translation>本部分未填的数字全部沿用上年</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <location filename="../../desktop_app/gui/step_state.py" line="+27"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has warnings</source>
        <translation>有提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carried, unconfirmed</source>
        <translation>沿用未确认</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/table_editor.py" line="+94"/>
        <source>Show last year&apos;s figures</source>
        <translation>显示上年数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last year&apos;s figures, read-only</source>
        <translation>上年数据（只读）</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Last year: %1</source>
        <translation>上年：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed from the other cells</source>
        <translation>自动计算</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/table_cells.py" line="+102"/>
        <source>Mark as not applicable</source>
        <translation>标为“不适用”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty the cell (not filled in)</source>
        <translation>清空此格（未填写）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill every empty cell with 0</source>
        <translation>空白格全部填0</translation>
    </message>
</context>
<context>
    <name>UnplacedPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/unplaced.py" line="+33"/>
        <source>Put each passage into the section it belongs to, or discard it. Until then the review lists it and the export leaves it out.</source>
        <translation>请把每段文字放入所属的部分，或者删除。在此之前，审核会列出这些文字，导出时也不会包含。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Put into section</source>
        <translation>放入该部分(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passages the import could not place</source>
        <translation>导入时未能归位的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>部分(&amp;S)：</translation>
    </message>
</context>
</TS>
