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
    <name>BatchPrintWindow</name>
    <message>
        <location filename="../../desktop/ui/batch_print.py" line="36"/>
        <source>Printing %1 forms</source>
        <translation>正在打印 %1 份表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_print.py" line="37"/>
        <source>Preparing %1 forms…</source>
        <translation>正在准备 %1 份表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_print.py" line="40"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_print.py" line="51"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_print.py" line="59"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="64"/>
        <source>New form for this case…</source>
        <translation>为此个案新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="66"/>
        <source>Archive the case</source>
        <translation>个案归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="68"/>
        <source>Confirm the hotline consultation</source>
        <translation>确认热线咨询（补审批）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="70"/>
        <source>Paper originals handed to the agency</source>
        <translation>纸质原件已交机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="72"/>
        <source>Reassign to another worker…</source>
        <translation>转给其他社工跟进…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="75"/>
        <source>Print the archive bag</source>
        <translation>打印档案袋</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="77"/>
        <source>Anonymised copy for case sharing…</source>
        <translation>导出案例分享版（已脱敏）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="98"/>
        <source>Forms of this case (double-click to open)</source>
        <translation>本个案的表单（双击打开）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="104"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="121"/>
        <source>number pending</source>
        <translation>编号待定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="126"/>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="129"/>
        <source>Hotline consultation served first: the supervisor&apos;s approval is owed.</source>
        <translation>热线咨询先服务后审批：尚待督导补审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="133"/>
        <source>%1 more session records needed (counselling and treatment cases need 5).</source>
        <translation>还需 %1 份个案记录（辅导/治疗个案不少于 5 节）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="140"/>
        <source>The archive still lacks: %1</source>
        <translation>归档尚缺：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="143"/>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="161"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="161"/>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="164"/>
        <source>(on paper or by phone, confirmed)</source>
        <translation>（纸质/电话审批，已确认）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="166"/>
        <source>(on paper or by phone, awaiting confirmation)</source>
        <translation>（纸质/电话审批，待确认）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="169"/>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="171"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="179"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="184"/>
        <source>Archiving…</source>
        <translation>正在归档…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="205"/>
        <source>Preparing the archive bag…</source>
        <translation>正在生成档案袋…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="212"/>
        <source>Reassign</source>
        <translation>变更负责社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="212"/>
        <source>Give the case to:</source>
        <translation>将个案交给：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="223"/>
        <source>Save the anonymised copy</source>
        <translation>保存脱敏案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="232"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="59"/>
        <source>New client</source>
        <translation>新增服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="60"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="61"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="62"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="63"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="64"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="65"/>
        <source>Add client</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="66"/>
        <source>Open a case for the selected client…</source>
        <translation>为选中的服务对象开个案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="67"/>
        <source>Import a roster from Excel…</source>
        <translation>从 Excel 导入名册…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="76"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="81"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="86"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="174"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="81"/>
        <source>Please give the client&apos;s name.</source>
        <translation>请填写服务对象姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="86"/>
        <source>The date of birth is not a date (YYYY-MM-DD).</source>
        <translation>出生日期格式不对（年-月-日）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="100"/>
        <source>These clients may be the same person:</source>
        <translation>以下服务对象可能是同一人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="104"/>
        <source>Add a new client anyway?</source>
        <translation>仍要新增吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="106"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="122"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="130"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="150"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="156"/>
        <source>Import a roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="126"/>
        <source>Elders</source>
        <translation>长者名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="127"/>
        <source>People under community correction</source>
        <translation>社区矫正对象名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="128"/>
        <source>Households on minimum living allowance</source>
        <translation>低保家庭名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="130"/>
        <source>Which list is it?</source>
        <translation>这是哪一种名册？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="140"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="146"/>
        <source>Nothing imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="146"/>
        <source>Correct these rows and import again:</source>
        <translation>请修正以下各行后再导入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="149"/>
        <source>All %1 rows are in order. Import them?</source>
        <translation>全部 %1 行无误，要导入吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="156"/>
        <source>%1 imported.</source>
        <translation>已导入 %1 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="164"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="168"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="179"/>
        <source>Open a case</source>
        <translation>开个案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="164"/>
        <source>Select a client first.</source>
        <translation>请先选中一位服务对象。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="168"/>
        <source>Case type</source>
        <translation>个案类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="174"/>
        <source>The agency has no service project yet.</source>
        <translation>机构还没有服务项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="179"/>
        <source>Service project</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="184"/>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="184"/>
        <source>Is this a hotline consultation (12355/12351), served before approval?</source>
        <translation>这是先服务、后补审批的热线咨询（12355/12351）吗？</translation>
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
    <name>GroupWindow</name>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="49"/>
        <source>New form for this group…</source>
        <translation>为此小组/活动新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="51"/>
        <source>Archive the group or activity</source>
        <translation>小组/活动归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="53"/>
        <source>Print the archive bag</source>
        <translation>打印档案袋</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="67"/>
        <source>Forms of this group (double-click to open)</source>
        <translation>本小组/活动的表单（双击打开）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="78"/>
        <source>number pending</source>
        <translation>编号待定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="87"/>
        <source>Standards for this domain: %1</source>
        <translation>本领域服务标准：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="92"/>
        <source>The archive still lacks: %1</source>
        <translation>归档尚缺：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="95"/>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="107"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="112"/>
        <source>Archiving…</source>
        <translation>正在归档…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="125"/>
        <source>Preparing the archive bag…</source>
        <translation>正在生成档案袋…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="49"/>
        <location filename="../../desktop/ui/main_window.py" line="433"/>
        <location filename="../../desktop/ui/main_window.py" line="553"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="62"/>
        <source>%1 forms have unsaved typing kept from last time: see My tasks</source>
        <translation>有 %1 份表单保留了上次未保存的输入，请到“我的待办”查看</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <source>CaseDesk — social work case desk</source>
        <translation>CaseDesk 社工个案桌面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225"/>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>Clients</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>Groups &amp; activities</source>
        <translation>小组与活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Records</source>
        <translation>表单记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>Review</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <location filename="../../desktop/ui/main_window.py" line="275"/>
        <location filename="../../desktop/ui/main_window.py" line="477"/>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <location filename="../../desktop/ui/main_window.py" line="312"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <location filename="../../desktop/ui/main_window.py" line="326"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>Task</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>About</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <location filename="../../desktop/ui/main_window.py" line="251"/>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248"/>
        <location filename="../../desktop/ui/main_window.py" line="259"/>
        <source>Case number</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <location filename="../../desktop/ui/main_window.py" line="260"/>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="250"/>
        <source>Case type</source>
        <translation>个案类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>Opened</source>
        <translation>开案日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>My tasks</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>All form records</source>
        <translation>全部表单记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <source>Waiting for my decision</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="290"/>
        <source>Every form record you may see. Double-click to open.</source>
        <translation>您可查看的全部表单记录。双击打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="291"/>
        <source>Forms submitted to you for approval. Double-click to review.</source>
        <translation>提交给您审批的表单。双击审阅。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="302"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>Agency settings and accounts come with their issues.</source>
        <translation>机构设置和账号管理将随相应功能提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>Archive code tables</source>
        <translation>档案编码表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="307"/>
        <source>The eight domains&apos; quality indicators against each project&apos;s targets come with the indicators issue. Not built yet.</source>
        <translation>八个服务领域的质量指标及项目指标达成情况将随“指标”功能提供，尚未完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262"/>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>The archive still lacks</source>
        <translation>归档尚缺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264"/>
        <source>Paper originals due</source>
        <translation>纸质原件交机构期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <source>What is due: drafts, returns, decisions, replies, follow-ups, archiving. Double-click to open.</source>
        <translation>待办事项：草稿、退回、待审批、转介回复、结案追踪、归档。双击打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>Search as you type: name, pinyin initials (zs finds Zhang San), phone, ID number or case number.</source>
        <translation>边输入边搜索：姓名、拼音首字母（zs 可找到张三）、电话、证件号码或个案编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <source>Search by archive number or client. Double-click a case to see it; “New form” fills any case form.</source>
        <translation>可按档案编号或服务对象搜索。双击个案查看详情；“为此个案新建表单”可填写任一个案表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="288"/>
        <source>Search by archive number or name. Double-click one to see it; “New form” fills any of its forms.</source>
        <translation>可按档案编号或名称搜索。双击查看详情；“为此小组/活动新建表单”可填写其任一表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="293"/>
        <source>Closed cases: what each still lacks for the archive bag, and paper originals due to the agency by the quarter&apos;s end. Double-click a case to archive it. Printing the bag comes with PDFs.</source>
        <translation>已结案个案：归档尚缺哪些表格，以及须在本季度末前交机构的纸质原件。双击个案可归档。档案袋打印将随 PDF 功能提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="313"/>
        <source>Exchanging bundle files with the supervisor&apos;s hub comes with the sync issue. Not built yet.</source>
        <translation>与督导中心交换数据包文件将随“同步”功能提供，尚未完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="319"/>
        <source>New form for this case…</source>
        <translation>为此个案新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="320"/>
        <source>New form for this group…</source>
        <translation>为此小组/活动新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="321"/>
        <source>Paper originals handed to the agency</source>
        <translation>纸质原件已交机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="322"/>
        <source>Print my forms of this month…</source>
        <translation>打印我本月的表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323"/>
        <source>New service record…</source>
        <translation>新建服务记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="324"/>
        <source>Scan or paste a paper form&apos;s QR code to check it</source>
        <translation>扫描或粘贴纸质表格上的二维码以核对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="325"/>
        <location filename="../../desktop/ui/main_window.py" line="447"/>
        <source>Check the paper copy</source>
        <translation>核对纸本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="328"/>
        <location filename="../../desktop/ui/main_window.py" line="566"/>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="333"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="335"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="336"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="337"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371"/>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="388"/>
        <location filename="../../desktop/ui/main_window.py" line="472"/>
        <source>unsaved typing kept</source>
        <translation>有未保存的输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="401"/>
        <location filename="../../desktop/ui/main_window.py" line="409"/>
        <location filename="../../desktop/ui/main_window.py" line="416"/>
        <source>New service record</source>
        <translation>新建服务记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="401"/>
        <source>Which record?</source>
        <translation>哪一种记录？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="409"/>
        <source>For which client?</source>
        <translation>哪一位服务对象？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="416"/>
        <source>For which household?</source>
        <translation>哪一个家庭？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="422"/>
        <source>Nobody in particular</source>
        <translation>不针对具体人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="424"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="424"/>
        <source>Whom does it concern? (they will not see it)</source>
        <translation>投诉涉及哪位人员？（此人将看不到这份记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="464"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="464"/>
        <source>No forms of yours are dated this month.</source>
        <translation>本月没有您的表单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="477"/>
        <source>Select a case first.</source>
        <translation>请先选中一个个案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="472"/>
        <source>pending</source>
        <translation>待编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="542"/>
        <location filename="../../desktop/ui/main_window.py" line="546"/>
        <source>New form</source>
        <translation>新建表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="542"/>
        <source>Select a case or a group first.</source>
        <translation>请先选中一个个案或小组。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="546"/>
        <source>Which form?</source>
        <translation>填写哪一份表格？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338"/>
        <location filename="../../desktop/ui/main_window.py" line="568"/>
        <source>About CaseDesk</source>
        <translation>关于 CaseDesk</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="50"/>
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="51"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="84"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="85"/>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="86"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="87"/>
        <source>Return with opinion</source>
        <translation>退回并写意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="88"/>
        <location filename="../../desktop/ui/editor/record_window.py" line="418"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="89"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="91"/>
        <source>Record a paper or phone approval…</source>
        <translation>登记纸质/电话审批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="120"/>
        <source>Review</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="121"/>
        <source>Revisions</source>
        <translation>修订记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="122"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="123"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="139"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="139"/>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="162"/>
        <source>Changed:</source>
        <translation>修改了：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="165"/>
        <source>Revision %1  %2  %3</source>
        <translation>第 %1 版  %2  %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="174"/>
        <source> (void: changed after signing)</source>
        <translation>（已失效：签名后内容有修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="189"/>
        <source>Name of the person signing</source>
        <translation>签名人姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="191"/>
        <source>Keep this signature</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="193"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="202"/>
        <source>Signatures on this form (void when the content changed after signing):</source>
        <translation>本表的签名（签名后内容有修改的签名即失效）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="208"/>
        <source>Sign on the pad and give the name of the person signing.</source>
        <translation>请在签名板上签名，并填写签名人姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="231"/>
        <source>Preparing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="269"/>
        <source>number pending</source>
        <translation>编号待定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="273"/>
        <source>awaiting %1</source>
        <translation>待%1审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="277"/>
        <source>draft autosaved %1</source>
        <translation>草稿已于 %1 自动保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="279"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="285"/>
        <source>%1 errors block submission</source>
        <translation>%1 处错误，不能提交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="287"/>
        <source>%1 warnings</source>
        <translation>%1 处提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="299"/>
        <source>Unsaved typing from %1 was kept (the program closed before it was saved). Restore it?</source>
        <translation>程序关闭前有 %1 的输入尚未保存，已为您保留。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="301"/>
        <source>Restore unsaved typing</source>
        <translation>恢复未保存的输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="208"/>
        <location filename="../../desktop/ui/editor/record_window.py" line="328"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="218"/>
        <location filename="../../desktop/ui/editor/record_window.py" line="347"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="359"/>
        <source>Cannot submit yet</source>
        <translation>暂时不能提交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="360"/>
        <source>Correct the fields marked in red first.</source>
        <translation>请先更正标红的栏目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="369"/>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="378"/>
        <source>Opinion</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="378"/>
        <source>Supervisor&apos;s opinion (required to return):</source>
        <translation>督导意见（退回时必填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="383"/>
        <source>Recording the decision…</source>
        <translation>正在记录审批结果…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="398"/>
        <location filename="../../desktop/ui/editor/record_window.py" line="405"/>
        <source>Paper or phone approval</source>
        <translation>纸质/电话审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="398"/>
        <source>Who approved?</source>
        <translation>由谁审批？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="405"/>
        <source>Was it signed on paper? (No: by phone)</source>
        <translation>是否在纸质表格上签批？（否：电话审批）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="409"/>
        <source>Scan of the signed form (optional)</source>
        <translation>已签批表格的扫描件（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="418"/>
        <source>Comment on this form:</source>
        <translation>对此表单的意见：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="429"/>
        <source>Scans and photos</source>
        <translation>扫描件和照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="429"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="431"/>
        <source>Attach a scan or photo</source>
        <translation>附加扫描件或照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="441"/>
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
