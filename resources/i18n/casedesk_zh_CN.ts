<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentField</name>
    <message>
        <location filename="../../desktop/ui/editor/fields.py" line="238"/>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/fields.py" line="259"/>
        <source>No file attached</source>
        <translation>未附文件</translation>
    </message>
</context>
<context>
    <name>CodeTablePage</name>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="85"/>
        <source>Service categories</source>
        <translation>服务类别（服务版块）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="85"/>
        <source>Service natures</source>
        <translation>服务性质</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="89"/>
        <location filename="../../desktop/ui/pages/code_tables.py" line="110"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="90"/>
        <location filename="../../desktop/ui/pages/code_tables.py" line="110"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="91"/>
        <location filename="../../desktop/ui/pages/code_tables.py" line="110"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="92"/>
        <location filename="../../desktop/ui/pages/code_tables.py" line="110"/>
        <source>Used for</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="93"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="97"/>
        <source>Save code</source>
        <translation>保存编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="98"/>
        <source>New code</source>
        <translation>新增编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="101"/>
        <source>A code already in archive numbers keeps its letters; its names may change. Only the agency head and the business lead edit code tables.</source>
        <translation>已用于档案编号的编码不能改字母，名称可以修改。只有机构负责人和业务负责人可以修改编码表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="144"/>
        <location filename="../../desktop/ui/pages/code_tables.py" line="160"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="144"/>
        <source>Please fill in every field.</source>
        <translation>请填写所有栏目。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="48"/>
        <location filename="../../desktop/ui/main_window.py" line="414"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="60"/>
        <source>%1 forms have unsaved typing kept from last time: see My tasks</source>
        <translation>有 %1 份表单保留了上次未保存的输入，请到“我的待办”查看</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>CaseDesk — social work case desk</source>
        <translation>CaseDesk 社工个案桌面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <location filename="../../desktop/ui/main_window.py" line="214"/>
        <source>Clients</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187"/>
        <location filename="../../desktop/ui/main_window.py" line="216"/>
        <source>Groups &amp; activities</source>
        <translation>小组与活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>Records</source>
        <translation>表单记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>Review</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <location filename="../../desktop/ui/main_window.py" line="209"/>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <location filename="../../desktop/ui/main_window.py" line="209"/>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <location filename="../../desktop/ui/main_window.py" line="209"/>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <location filename="../../desktop/ui/main_window.py" line="209"/>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>About</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201"/>
        <source>Case number</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="202"/>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203"/>
        <source>Case type</source>
        <translation>个案类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>Opened</source>
        <translation>开案日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>My tasks</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="217"/>
        <source>All form records</source>
        <translation>全部表单记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218"/>
        <source>Waiting for my decision</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221"/>
        <source>Drafts to finish and forms returned to you. Double-click to open.</source>
        <translation>尚未完成的草稿和被退回的表单。双击打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <source>Search by name, ID number or phone. Adding clients comes with the case-work screens.</source>
        <translation>按姓名、证件号码或电话搜索。新增服务对象将随个案工作界面提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <source>Search by archive number or client. Select a case and choose “New form” to fill any case form for it.</source>
        <translation>可按档案编号或服务对象搜索。选中一个个案，点“为此个案新建表单”即可为其填写任一个案表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>Search by archive number or name. Select one and choose “New form” to fill any of its forms.</source>
        <translation>可按档案编号或名称搜索。选中一项，点“为此小组/活动新建表单”即可填写其任一表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>Every form record you may see. Double-click to open.</source>
        <translation>您可查看的全部表单记录。双击打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <source>Forms submitted to you for approval. Double-click to review.</source>
        <translation>提交给您审批的表单。双击审阅。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>Archive bags and completeness checks come with the case-work and PDF issues. Not built yet. Archive numbers show in the Cases and Groups lists.</source>
        <translation>档案袋和完整性检查将随个案工作和 PDF 功能提供，尚未完成。档案编号可在“个案”和“小组与活动”列表中查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>Agency settings and accounts come with their issues.</source>
        <translation>机构设置和账号管理将随相应功能提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267"/>
        <source>Archive code tables</source>
        <translation>档案编码表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>The eight domains&apos; quality indicators against each project&apos;s targets come with the indicators issue. Not built yet.</source>
        <translation>八个服务领域的质量指标及项目指标达成情况将随“指标”功能提供，尚未完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255"/>
        <source>Exchanging bundle files with the supervisor&apos;s hub comes with the sync issue. Not built yet.</source>
        <translation>与督导中心交换数据包文件将随“同步”功能提供，尚未完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>New form for this case…</source>
        <translation>为此个案新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262"/>
        <source>New form for this group…</source>
        <translation>为此小组/活动新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265"/>
        <location filename="../../desktop/ui/main_window.py" line="427"/>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="310"/>
        <source>unsaved typing kept</source>
        <translation>有未保存的输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <location filename="../../desktop/ui/main_window.py" line="373"/>
        <source>pending</source>
        <translation>待编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403"/>
        <location filename="../../desktop/ui/main_window.py" line="407"/>
        <source>New form</source>
        <translation>新建表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403"/>
        <source>Select a case or a group first.</source>
        <translation>请先选中一个个案或小组。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="407"/>
        <source>Which form?</source>
        <translation>填写哪一份表格？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <location filename="../../desktop/ui/main_window.py" line="429"/>
        <source>About CaseDesk</source>
        <translation>关于 CaseDesk</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="78"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="79"/>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="80"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="81"/>
        <source>Return with opinion</source>
        <translation>退回并写意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="82"/>
        <location filename="../../desktop/ui/editor/record_window.py" line="317"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="108"/>
        <source>Review</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="109"/>
        <source>Revisions</source>
        <translation>修订记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="110"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="126"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="126"/>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="149"/>
        <source>Changed:</source>
        <translation>修改了：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="152"/>
        <source>Revision %1  %2  %3</source>
        <translation>第 %1 版  %2  %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="197"/>
        <source>number pending</source>
        <translation>编号待定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="201"/>
        <source>awaiting %1</source>
        <translation>待%1审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="203"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="205"/>
        <source>draft autosaved %1</source>
        <translation>草稿已于 %1 自动保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="207"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="213"/>
        <source>%1 errors block submission</source>
        <translation>%1 处错误，不能提交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="215"/>
        <source>%1 warnings</source>
        <translation>%1 处提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="227"/>
        <source>Unsaved typing from %1 was kept (the program closed before it was saved). Restore it?</source>
        <translation>程序关闭前有 %1 的输入尚未保存，已为您保留。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="229"/>
        <source>Restore unsaved typing</source>
        <translation>恢复未保存的输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="256"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="274"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="286"/>
        <source>Cannot submit yet</source>
        <translation>暂时不能提交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="287"/>
        <source>Correct the fields marked in red first.</source>
        <translation>请先更正标红的栏目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="296"/>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="305"/>
        <source>Opinion</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="305"/>
        <source>Supervisor&apos;s opinion (required to return):</source>
        <translation>督导意见（退回时必填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="310"/>
        <source>Recording the decision…</source>
        <translation>正在记录审批结果…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="317"/>
        <source>Comment on this form:</source>
        <translation>对此表单的意见：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="328"/>
        <source>Scans and photos</source>
        <translation>扫描件和照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="328"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="330"/>
        <source>Attach a scan or photo</source>
        <translation>附加扫描件或照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="340"/>
        <source>Attaching…</source>
        <translation>正在附加…</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../desktop/ui/editor/fields.py" line="223"/>
        <source>Not signed yet (signature pad coming; attach a scan of the signed paper)</source>
        <translation>尚未签名（签名板功能即将提供；可先附上已签纸质表格的扫描件）</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../desktop/ui/start.py" line="56"/>
        <source>Workspace folder: %1</source>
        <translation>工作区文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="64"/>
        <source>This folder has no workspace yet. Choose how to start:</source>
        <translation>此文件夹还没有工作区，请选择开始方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="66"/>
        <source>Set up a new agency (standalone)</source>
        <translation>新建机构（独立工作区）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="76"/>
        <source>Agency name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="77"/>
        <source>Station (township)</source>
        <translation>站点（镇街）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="78"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="79"/>
        <location filename="../../desktop/ui/start.py" line="162"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="80"/>
        <source>Password (8 or more characters)</source>
        <translation>密码（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="81"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="82"/>
        <source>Create the workspace</source>
        <translation>创建工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="87"/>
        <source>Open the demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="89"/>
        <source>Join a supervisor&apos;s hub</source>
        <translation>加入督导中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="91"/>
        <source>Joining a hub comes with the sync issue; not built yet.</source>
        <translation>加入督导中心将随“同步”功能提供，尚未完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="96"/>
        <source>Joining a supervisor&apos;s hub by enrolment file comes with sync: not built yet.</source>
        <translation>凭注册文件加入督导中心将随“同步”功能提供，尚未完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="105"/>
        <location filename="../../desktop/ui/start.py" line="115"/>
        <location filename="../../desktop/ui/start.py" line="128"/>
        <location filename="../../desktop/ui/start.py" line="146"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="105"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="115"/>
        <source>Please fill in every field.</source>
        <translation>请填写所有栏目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="126"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="138"/>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="138"/>
        <source>Accounts (user name / password):</source>
        <translation>账号（用户名 / 密码）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="144"/>
        <source>Making the demo…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="157"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="163"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="183"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../../desktop/ui/editor/table.py" line="99"/>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/table.py" line="100"/>
        <source>Remove row</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/table.py" line="101"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/table.py" line="102"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
</TS>
