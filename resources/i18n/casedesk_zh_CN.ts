<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="35"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="35"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="35"/>
        <source>Disable or enable…</source>
        <translation>停用或启用…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="36"/>
        <source>New password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="36"/>
        <source>Import the staff list…</source>
        <translation>导入员工名单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="69"/>
        <location filename="../../desktop/ui/pages/account_actions.py" line="121"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="96"/>
        <source>Disable %1? They can no longer sign in here, nor on a laptop after its next bundle. Their work and their name on it stay; an account is never deleted, and can be enabled again.</source>
        <translation>停用 %1 的账号吗？停用后不能在本机登录，笔记本在收到下一个数据包后也不能再登录。其工作记录和署名都会保留；账号从不删除，可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="99"/>
        <source>Disable the account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="101"/>
        <source>Enable %1 again? They can sign in with their password as before.</source>
        <translation>重新启用 %1 的账号吗？启用后可用原密码登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="102"/>
        <source>Enable the account</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="113"/>
        <source>Set a new password for %1? Their old password stops working. CaseDesk makes the new one and shows it once; they choose their own when they next sign in.</source>
        <translation>为 %1 重设密码吗？原密码随即失效。新密码由 CaseDesk 生成并只显示一次；本人下次登录时须改设自己的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="116"/>
        <source>New password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="130"/>
        <location filename="../../desktop/ui/pages/account_actions.py" line="153"/>
        <location filename="../../desktop/ui/pages/account_actions.py" line="159"/>
        <source>Import the staff list</source>
        <translation>导入员工名单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="136"/>
        <source>Reading the staff list…</source>
        <translation>正在读取员工名单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="144"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="151"/>
        <source>… and %1 more.</source>
        <translation>……另有 %1 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="152"/>
        <source>Nothing imported. Correct these rows and import the list again:</source>
        <translation>未导入任何账号。请修正以下各行后重新导入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="156"/>
        <source>All %1 people on the list are in order. Make their accounts? They share one first password, shown next, and each chooses their own at their first sign-in.</source>
        <translation>名单上 %1 人的信息均无误。要为他们建立账号吗？他们共用一个初始密码（下一步显示），每人首次登录时须改设自己的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="164"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="132"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="132"/>
        <source>Change the account</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="141"/>
        <source>The agency (no station)</source>
        <translation>机构（不属于站点）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="144"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="148"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="149"/>
        <source>User name (for signing in)</source>
        <translation>用户名（登录用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="150"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="151"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="152"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="153"/>
        <source>A social worker&apos;s supervisor reviews her forms and sees her work.</source>
        <translation>社工的督导负责审批其表单，并可查看其工作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="165"/>
        <source>the full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="167"/>
        <source>the user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="169"/>
        <source>a role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>AccountKeyActions</name>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="97"/>
        <source>Change my password…</source>
        <translation>修改我的密码……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="98"/>
        <source>New recovery key…</source>
        <translation>生成新的恢复密钥……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="108"/>
        <source>Changing the password…</source>
        <translation>正在修改密码……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="110"/>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="110"/>
        <source>Use the new password from the next sign-in.</source>
        <translation>下次登录请使用新密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="118"/>
        <source>New recovery key</source>
        <translation>生成新的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="120"/>
        <source>A new recovery key replaces the one the agency keeps now: the old paper stops working. Make a new one when the old one is lost or someone may have seen it. Continue?</source>
        <translation>新的恢复密钥将取代机构现在保管的那一份：旧的纸条随即失效。旧密钥遗失或可能被他人看到时，才需要生成新的。继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="127"/>
        <source>Making the recovery key…</source>
        <translation>正在生成恢复密钥……</translation>
    </message>
</context>
<context>
    <name>AgencyAdminPage</name>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="76"/>
        <source>Agency management</source>
        <translation>机构管理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="79"/>
        <source>The agency&apos;s stations, the people who work in it and its service projects. Nothing is deleted: a station is closed and an account disabled, and their names stay on their work.</source>
        <translation>机构的站点、工作人员和服务项目。这里不删除任何东西：站点只关闭、账号只停用，其名称仍保留在相关工作记录上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="83"/>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="150"/>
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="83"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="83"/>
        <source>Service projects</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="85"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="85"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="85"/>
        <source>Close the station…</source>
        <translation>关闭站点…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="86"/>
        <source>Targets…</source>
        <translation>项目指标…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="118"/>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="149"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="118"/>
        <source>Township</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="118"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="119"/>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="137"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="120"/>
        <source>Closed on %1</source>
        <translation>%1 关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="123"/>
        <source>Open</source>
        <translation>运作中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="132"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="133"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="134"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="135"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="131"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="140"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="140"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="149"/>
        <source>Funder</source>
        <translation>购买方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="149"/>
        <source>Contract period</source>
        <translation>合同期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="150"/>
        <source>Domains</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="150"/>
        <source>People on it</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="151"/>
        <source>Targets</source>
        <translation>项目指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="155"/>
        <source> (closed to new work)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="158"/>
        <source>The whole agency</source>
        <translation>全机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="159"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="160"/>
        <source>Anyone at its stations</source>
        <translation>所覆盖站点的人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="169"/>
        <source>Nothing chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="169"/>
        <source>Choose a row in the list first.</source>
        <translation>请先在列表中选中一行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="183"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="207"/>
        <source>Close %1? No new account, client or project goes there; its history keeps its name. A closed station is never deleted.</source>
        <translation>关闭“%1”吗？此后不能再把新的账号、服务对象或项目放到该站点；历史记录保留其名称。关闭的站点不会被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_admin.py" line="210"/>
        <source>Close the station</source>
        <translation>关闭站点</translation>
    </message>
</context>
<context>
    <name>AreaPopulationTable</name>
    <message>
        <location filename="../../desktop/ui/pages/area_population.py" line="48"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/area_population.py" line="48"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/area_population.py" line="48"/>
        <source>Year</source>
        <translation>统计年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/area_population.py" line="49"/>
        <source>Save the populations</source>
        <translation>保存人口数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/area_population.py" line="51"/>
        <source>The people living in each station&apos;s service area and the year of the figure: the mutual-aid organisations&apos; coverage rate divides by them. 0: not known (the rate then shows —).</source>
        <translation>各服务站服务区域的人口数及其统计年份，互助组织人口覆盖率以此为分母。0 表示未知（覆盖率显示为 —）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/area_population.py" line="54"/>
        <source>Set by the agency head.</source>
        <translation>由机构负责人设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/area_population.py" line="95"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/area_population.py" line="97"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/area_population.py" line="97"/>
        <source>The populations are saved.</source>
        <translation>人口数已保存。</translation>
    </message>
</context>
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
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="97"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="98"/>
        <source>Filter by person, action or file (Ctrl+F)</source>
        <translation>按人员、操作或档案筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="101"/>
        <source>Everything done in CaseDesk, newest first (the latest 500 entries): who did it, and to which file. Entries cannot be changed; “Verify the log” checks that none was altered or removed.</source>
        <translation>在 CaseDesk 中做过的每一项操作，最新的在前（最近 500 条）：谁做的，对哪一份档案。日志不能修改；“核验日志”检查是否有记录被改动或删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="106"/>
        <source>What you did in CaseDesk, newest first (the latest 500 entries). The agency head and the business lead read everyone&apos;s entries.</source>
        <translation>您在 CaseDesk 中做过的操作，最新的在前（最近 500 条）。机构负责人和业务负责人可查看所有人的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="111"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="111"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="111"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="111"/>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="111"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="113"/>
        <source>Verify the log</source>
        <translation>核验日志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="121"/>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="122"/>
        <source>opened a file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="123"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="124"/>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="125"/>
        <source>submitted for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="126"/>
        <source>decided</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="127"/>
        <source>wrote a comment</source>
        <translation>写意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="128"/>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="129"/>
        <source>changed the responsible worker</source>
        <translation>变更负责社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="130"/>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="131"/>
        <source>exported a bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="132"/>
        <source>imported a bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="133"/>
        <source>resolved a conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="134"/>
        <source>locked the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="135"/>
        <source>unlocked the screen</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="136"/>
        <source>produced a personal information report</source>
        <translation>出具了个人信息报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="137"/>
        <source>destroyed (retention period passed)</source>
        <translation>到期销毁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="138"/>
        <source>shared a file</source>
        <translation>共享档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="139"/>
        <source>stopped sharing a file</source>
        <translation>停止共享档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="140"/>
        <source>changed their password</source>
        <translation>修改自己的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="141"/>
        <source>set a colleague&apos;s new password</source>
        <translation>为他人重设密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="142"/>
        <source>made a new recovery key</source>
        <translation>生成新的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="143"/>
        <source>set a password with the recovery key</source>
        <translation>用恢复密钥重设密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="144"/>
        <source>drew files for a spot check</source>
        <translation>抽取抽查档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="145"/>
        <source>exported the indicators</source>
        <translation>导出服务指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="146"/>
        <source>moved the hub onto the database server</source>
        <translation>迁移到机构数据库服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="147"/>
        <source>scored a spot check</source>
        <translation>抽查评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="148"/>
        <source>exported spot-check scores</source>
        <translation>导出抽查评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="149"/>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="157"/>
        <source>%1 more wrong passwords (names not kept)</source>
        <translation>另有 %1 次密码错误（未保留用户名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="159"/>
        <source>signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="160"/>
        <source>unlocking the screen</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="161"/>
        <source>the recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="162"/>
        <source>changing the password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="165"/>
        <source>wrong password for “%1”, %2 times (%3)</source>
        <translation>用户名“%1”密码错误 %2 次（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="205"/>
        <source>This workspace</source>
        <translation>本工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="211"/>
        <location filename="../../desktop/ui/pages/audit_page.py" line="213"/>
        <location filename="../../desktop/ui/pages/audit_page.py" line="292"/>
        <source>case %1</source>
        <translation>个案 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="213"/>
        <source>not numbered yet</source>
        <translation>尚未编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="220"/>
        <location filename="../../desktop/ui/pages/audit_page.py" line="293"/>
        <source>group or activity %1</source>
        <translation>小组/活动 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="229"/>
        <source>form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="252"/>
        <source>client %1</source>
        <translation>服务对象 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="256"/>
        <source>%1 forms</source>
        <translation>%1 份表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="259"/>
        <source>archive bag of %1</source>
        <translation>%1 的档案袋</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="262"/>
        <source>bundle no. %1 to %2</source>
        <translation>发往%2的第 %1 号数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="264"/>
        <source>bundle no. %1 from %2</source>
        <translation>来自%2的第 %1 号数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="266"/>
        <source>bundle no. %1</source>
        <translation>第 %1 号数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="284"/>
        <source>%1 files archived %2 to %3, seed %4</source>
        <translation>%2 至 %3 归档的档案 %1 份，随机种子 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="286"/>
        <source>scores per worker, scored %1 to %2</source>
        <translation>按社工汇总的评分（%1 至 %2 评分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="290"/>
        <source>not numbered</source>
        <translation>未编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="294"/>
        <source>a form (%1)</source>
        <translation>表单（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="295"/>
        <source>a client with nothing else left</source>
        <translation>一名再无其他记录的服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="296"/>
        <source>a household with nothing else left</source>
        <translation>一户再无其他记录的家庭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="297"/>
        <source>audit log entries up to no. %1 (%2)</source>
        <translation>操作日志第 %1 条及以前（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="300"/>
        <source>backup %1</source>
        <translation>备份 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="301"/>
        <source>files the hub destroyed: %1</source>
        <translation>督导中心已销毁的档案：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="312"/>
        <source>approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="312"/>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="313"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="315"/>
        <source> (idle)</source>
        <translation>（无操作）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="347"/>
        <source>No entry matches “%1”. Clear the filter to see every entry.</source>
        <translation>没有与“%1”相符的记录。清空筛选框即可看到全部记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="350"/>
        <source>Nothing recorded yet. Sign-ins, new and changed forms, approvals, prints and bundles appear here as they happen.</source>
        <translation>还没有任何记录。登录、新建和修改表单、审批、打印和数据包导入导出，发生时都会记录在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="367"/>
        <source>Verifying the log…</source>
        <translation>正在核验日志…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="396"/>
        <source>The log is empty: there is nothing to verify.</source>
        <translation>日志是空的，没有需要核验的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="408"/>
        <source>%1: intact, 1 entry</source>
        <translation>%1：完好，共 1 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="410"/>
        <source>%1: intact, %2 entries</source>
        <translation>%1：完好，共 %2 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit_page.py" line="412"/>
        <source>%1: changed or removed at entry %2 — report this to the agency head</source>
        <translation>%1：第 %2 条记录被改动或删除——请立即报告机构负责人</translation>
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
    <name>CalendarSettings</name>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="401"/>
        <source>Holidays and adjusted working days</source>
        <translation>节假日与调休上班日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="402"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="403"/>
        <source>Holiday (a day off)</source>
        <translation>节假日（放假）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="404"/>
        <source>Adjusted working day (a weekend day worked)</source>
        <translation>调休上班日（周末上班）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="405"/>
        <source>Add the day</source>
        <translation>添加该日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="406"/>
        <source>Remove the selected day</source>
        <translation>删除所选日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="407"/>
        <source>Save the year</source>
        <translation>保存该年安排</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="410"/>
        <source>Deadlines in working days skip weekends and holidays. Enter a year&apos;s days as the State Council publishes them; saving replaces the year&apos;s list. A year not entered counts Monday to Friday.</source>
        <translation>按工作日计算的期限跳过周末和节假日。请按国务院公布的安排录入该年的日期；保存后替换该年的全部安排。未录入的年份按周一至周五计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="443"/>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="443"/>
        <source>adjusted working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="458"/>
        <source>Holidays: %1; adjusted working days: %2.</source>
        <translation>节假日：%1 天；调休上班日：%2 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="463"/>
        <source>Not entered yet: Monday to Friday are counted.</source>
        <translation>该年尚未录入，按周一至周五计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="484"/>
        <source>The days of %1 are saved.</source>
        <translation>%1 年的节假日安排已保存。</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="45"/>
        <source>New form for this case…</source>
        <translation>为此个案新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="46"/>
        <source>Archive the case</source>
        <translation>个案归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="47"/>
        <source>Correct the domain or type…</source>
        <translation>更正服务领域或个案类型…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="72"/>
        <source>Confirm the hotline consultation</source>
        <translation>确认热线咨询（补审批）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="74"/>
        <source>Paper originals handed to the agency</source>
        <translation>纸质原件已交机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="76"/>
        <source>Reassign to another worker…</source>
        <translation>转给其他社工跟进…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="79"/>
        <source>Anonymised copy for case sharing…</source>
        <translation>导出案例分享版（已脱敏）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="87"/>
        <source>Forms of this case (double-click to open)</source>
        <translation>本个案的表单（双击打开）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="93"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="105"/>
        <source>Reading the case…</source>
        <translation>正在读取个案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="113"/>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="116"/>
        <source>Hotline consultation served first: the supervisor&apos;s approval is owed.</source>
        <translation>热线咨询先服务后审批：尚待督导补审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="119"/>
        <source>%1 more session records needed (this case needs %2).</source>
        <translation>还需 %1 份个案记录（本个案不少于 %2 节）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="140"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="140"/>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="143"/>
        <source>(on paper or by phone, confirmed)</source>
        <translation>（纸质/电话审批，已确认）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="145"/>
        <source>(on paper or by phone, awaiting confirmation)</source>
        <translation>（纸质/电话审批，待确认）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="148"/>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="150"/>
        <source>the case</source>
        <translation>个案信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="150"/>
        <source>the client&apos;s details</source>
        <translation>服务对象信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="151"/>
        <source>%1 corrected</source>
        <translation>更正了%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="151"/>
        <source>the form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="153"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="155"/>
        <source>paper or phone approval confirmed</source>
        <translation>确认了纸质/电话审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="157"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="182"/>
        <source>Reassign</source>
        <translation>变更负责社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="182"/>
        <source>Give the case to:</source>
        <translation>将个案交给：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="190"/>
        <source>Save the anonymised copy</source>
        <translation>保存脱敏案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/case_window.py" line="199"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>ClientCorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="77"/>
        <source>Correct the details of %1</source>
        <translation>更正%1的资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="79"/>
        <source>Please choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="84"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="92"/>
        <source>A new ID number brings its own sex and date of birth unless you change them too. The history keeps which details were corrected and why, never their values.</source>
        <translation>更正证件号码后，性别和出生日期按新号码填写，除非您同时更正它们。记录中保留更正了哪些资料及原因，不保留资料的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="101"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="102"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="103"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="104"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="105"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="106"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="107"/>
        <source>Service domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="143"/>
        <source>Please give the client&apos;s name.</source>
        <translation>请填写服务对象姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="145"/>
        <source>The date of birth is not a date (YYYY-MM-DD).</source>
        <translation>出生日期格式不对（年-月-日）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="147"/>
        <source>Change a detail first: nothing differs from what is held.</source>
        <translation>请先修改要更正的资料：目前与已登记的内容相同。</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="52"/>
        <source>Personal information report…</source>
        <translation>个人信息报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="54"/>
        <source>Everything held about this person, for them to see and correct (PDF or JSON)</source>
        <translation>本机构保存的此人的全部信息，供本人查阅和更正（PDF 或 JSON）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="57"/>
        <source>Correct the details…</source>
        <translation>更正资料…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="58"/>
        <source>A detail held wrongly, corrected with the reason</source>
        <translation>登记有误的资料，注明原因后更正</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="60"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="129"/>
        <source>New client</source>
        <translation>新增服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="130"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="339"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="131"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="342"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="132"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="343"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="133"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="344"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="134"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="341"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="135"/>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>出生日期（年-月-日）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="136"/>
        <source>Add client</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="137"/>
        <source>Open a case for the selected client…</source>
        <translation>为选中的服务对象开个案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="138"/>
        <source>Import a roster from Excel…</source>
        <translation>从 Excel 导入名册…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="139"/>
        <source>Personal information report…</source>
        <translation>个人信息报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="141"/>
        <source>Service domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="142"/>
        <source>Sex: please choose</source>
        <translation>性别：请选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="143"/>
        <source>Domain: please choose</source>
        <translation>服务领域：请选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="180"/>
        <source>This ID number is not valid: its last character does not check out.</source>
        <translation>身份证号无效：最后一位校验码不对。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="181"/>
        <source>This ID number is not valid: it holds no possible date of birth.</source>
        <translation>身份证号无效：其中的出生日期不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="182"/>
        <source>This ID number is not valid: 17 digits then a digit or X.</source>
        <translation>身份证号无效：应为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="188"/>
        <source>The ID number is a man&apos;s, but “%1” is chosen.</source>
        <translation>身份证号是男性的，但所选性别是“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="190"/>
        <source>The ID number is a woman&apos;s, but “%1” is chosen.</source>
        <translation>身份证号是女性的，但所选性别是“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="194"/>
        <source>The ID number gives the date of birth %1, not %2.</source>
        <translation>身份证号中的出生日期是 %1，不是 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="207"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="212"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="221"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="226"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="435"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="207"/>
        <source>Please give the client&apos;s name.</source>
        <translation>请填写服务对象姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="212"/>
        <source>The date of birth is not a date (YYYY-MM-DD).</source>
        <translation>出生日期格式不对（年-月-日）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="217"/>
        <source>Please choose the client&apos;s sex (“Unknown” if it is not known).</source>
        <translation>请选择服务对象的性别（不清楚请选“未知”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="218"/>
        <source>Please choose the client&apos;s service domain.</source>
        <translation>请选择服务对象的服务领域。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="219"/>
        <source>Please choose the client&apos;s sex and service domain.</source>
        <translation>请选择服务对象的性别和服务领域。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="229"/>
        <source>Check the details</source>
        <translation>请核对信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="229"/>
        <source>Add the client anyway?</source>
        <translation>仍然添加这位服务对象吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="243"/>
        <source>Checking for the same person…</source>
        <translation>正在核对是否为同一人…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="251"/>
        <source>These clients may be the same person:</source>
        <translation>以下服务对象可能是同一人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="255"/>
        <source>Add a new client anyway?</source>
        <translation>仍要新增吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="257"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="271"/>
        <source>Adding the client…</source>
        <translation>正在新增服务对象…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="278"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="286"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="308"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="316"/>
        <source>Import a roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="282"/>
        <source>Elders</source>
        <translation>长者名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="283"/>
        <source>People under community correction</source>
        <translation>社区矫正对象名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="284"/>
        <source>Households on minimum living allowance</source>
        <translation>低保家庭名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="286"/>
        <source>Which list is it?</source>
        <translation>这是哪一种名册？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="292"/>
        <source>Reading the roster…</source>
        <translation>正在读取名册…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="298"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="304"/>
        <source>Nothing imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="304"/>
        <source>Correct these rows and import again:</source>
        <translation>请修正以下各行后再导入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="307"/>
        <source>All %1 rows are in order. Import them?</source>
        <translation>全部 %1 行无误，要导入吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="313"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="316"/>
        <source>%1 imported.</source>
        <translation>已导入 %1 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="140"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="340"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="345"/>
        <source>Domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="351"/>
        <source>Cases (open one from the Cases page):</source>
        <translation>个案（可在“个案”页打开）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="353"/>
        <source>not numbered yet</source>
        <translation>尚未编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="356"/>
        <source>No case yet: “Open a case for the selected client…” starts one.</source>
        <translation>还没有个案：点“为选中的服务对象开个案…”即可开案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="357"/>
        <source>Client: %1</source>
        <translation>服务对象：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="375"/>
        <source>Correcting the details…</source>
        <translation>正在更正资料…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="378"/>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="378"/>
        <source>The details of %1 were corrected.</source>
        <translation>%1的资料已更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="387"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="391"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="416"/>
        <source>Personal information report</source>
        <translation>个人信息报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="389"/>
        <source>PDF, to give to the person</source>
        <translation>PDF（交给本人）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="389"/>
        <source>JSON, the data as it is held</source>
        <translation>JSON（按保存的原样导出数据）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="391"/>
        <source>In which form?</source>
        <translation>以哪种格式出具？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="405"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="405"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="407"/>
        <source>Save the personal information report</source>
        <translation>保存个人信息报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="414"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="416"/>
        <source>Written to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="424"/>
        <source>Open a case</source>
        <translation>开个案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="437"/>
        <source>No service project is open to you yet: the agency head adds one, or puts you on one, in Agency management.</source>
        <translation>目前还没有您可以使用的服务项目：请机构负责人在“机构管理”中添加项目，或把您安排到项目上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="462"/>
        <source>Opening the case…</source>
        <translation>正在开案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/client_panel.py" line="387"/>
        <location filename="../../desktop/ui/pages/client_panel.py" line="424"/>
        <source>Select a client first.</source>
        <translation>请先选中一位服务对象。</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="158"/>
        <source>One-time code for %1</source>
        <translation>%1 的一次性验证码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="159"/>
        <source>The enrolment file is saved: %1</source>
        <translation>注册文件已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="172"/>
        <source>Give this code to the worker yourself: read it out in person or on the phone, or write it on paper. Never send it with the file or in the same message: the file is useless without the code, so a lost USB stick gives nothing away.

The worker chooses “Join a supervisor&apos;s hub” when CaseDesk first starts on the laptop, picks the file and types the code. The code is shown only now; if it is lost, revoke the device and enrol it again.</source>
        <translation>请亲自把验证码交给社工：当面或电话念给对方，或写在纸上。切勿与注册文件一起发送，也不要放在同一条消息里：没有验证码，注册文件毫无用处，U 盘丢了也不会泄露任何内容。

社工在笔记本上第一次打开 CaseDesk 时选择“加入督导中心”，选中注册文件并输入验证码。验证码只在此时显示一次；如果遗失，请撤销该设备后重新注册。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="183"/>
        <source>I have noted the code</source>
        <translation>我已记下验证码</translation>
    </message>
</context>
<context>
    <name>CodeTablePage</name>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="88"/>
        <source>Service categories</source>
        <translation>服务类别（服务版块）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="88"/>
        <source>Service natures</source>
        <translation>服务性质</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="92"/>
        <location filename="../../desktop/ui/pages/code_tables.py" line="120"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="93"/>
        <location filename="../../desktop/ui/pages/code_tables.py" line="120"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="94"/>
        <location filename="../../desktop/ui/pages/code_tables.py" line="120"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="95"/>
        <location filename="../../desktop/ui/pages/code_tables.py" line="120"/>
        <source>Used for</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="96"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="100"/>
        <source>Save code</source>
        <translation>保存编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="101"/>
        <source>New code</source>
        <translation>新增编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="104"/>
        <source>A code already in archive numbers keeps its letters; its names may change. Only the agency head and the business lead edit code tables.</source>
        <translation>已用于档案编号的编码不能改字母，名称可以修改。只有机构负责人和业务负责人可以修改编码表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="154"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="154"/>
        <source>Please fill in every field.</source>
        <translation>请填写所有栏目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/code_tables.py" line="169"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>ConflictWindow</name>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="47"/>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="48"/>
        <source>Conflicts to resolve</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="52"/>
        <source>Each item below was changed both here and on another device or the hub since they last agreed. Nothing was overwritten: both versions are kept until you choose one. For a form, the other side&apos;s revisions join its history either way; if its content changes, the form goes back to draft to be submitted and approved again.</source>
        <translation>以下每一项在上次同步之后，本工作区和另一台设备（或督导中心）都做了修改。没有任何内容被覆盖：两个版本都保留着，等您选择其一。对于表单，无论选哪一个，对方的修订都会并入表单的修订记录；如果内容因此改变，表单会退回草稿，需重新提交审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="66"/>
        <source>Keep this workspace&apos;s version</source>
        <translation>保留本工作区的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="68"/>
        <source>Keep the other version</source>
        <translation>保留对方的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="76"/>
        <source>Waiting for a decision</source>
        <translation>等待决定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="124"/>
        <source>No conflicts wait for a decision. You can close this window.</source>
        <translation>没有待处理的冲突，可以关闭此窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="126"/>
        <source>%1 conflicts wait for a decision. Choose one on the left.</source>
        <translation>有 %1 个冲突等待决定，请在左侧选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="140"/>
        <source>the other side</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="152"/>
        <source>%1
from %2, %3</source>
        <translation>%1
来自 %2，%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="176"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="204"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="204"/>
        <source>This workspace</source>
        <translation>本工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="204"/>
        <source>The other version (%1)</source>
        <translation>对方的版本（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="208"/>
        <source>Changed here and on %1. Fields changed on both sides are in bold.</source>
        <translation>本工作区和 %1 都修改过。双方都改过的字段以粗体显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="210"/>
        <source>The two versions differ only in bookkeeping; either choice keeps the same content.</source>
        <translation>两个版本只在记录信息上不同，无论选哪个，内容都一样。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="230"/>
        <source>Keep this workspace&apos;s version? The other version stays on record.</source>
        <translation>保留本工作区的版本？对方的版本仍有记录可查。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="232"/>
        <source>Keep the version from %1? This workspace&apos;s version stays on record.</source>
        <translation>保留来自 %1 的版本？本工作区的版本仍有记录可查。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="236"/>
        <source>Resolve the conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/conflict_window.py" line="240"/>
        <source>Resolving…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>CrashLog</name>
    <message>
        <location filename="../../desktop/ui/crash_log.py" line="90"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_log.py" line="92"/>
        <source>CaseDesk ran into an unexpected problem and stopped what it was doing. Everything you saved before is safe. The details are in %1: please send that file to your supervisor.</source>
        <translation>CaseDesk 遇到意外问题，已停止刚才的操作。之前保存的内容都完好。详细情况记录在 %1，请把这个文件发给您的督导。</translation>
    </message>
</context>
<context>
    <name>DeadlineSettings</name>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="198"/>
        <source>Deadlines and other day counts</source>
        <translation>期限与其他天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="199"/>
        <source>Save the deadlines</source>
        <translation>保存期限设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="202"/>
        <source>The days the task list and the reminders count with, how often a draft is kept, and the automatic backups.</source>
        <translation>待办事项和提醒所用的天数、草稿自动保存的间隔，以及自动备份。</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="82"/>
        <source>Draw files for a spot check</source>
        <translation>抽取抽查档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="85"/>
        <source>CaseDesk picks files at random among those archived in the period that you may see and that were not checked before.</source>
        <translation>CaseDesk 从该期间内归档、您有权查看且尚未抽查过的档案中随机抽取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="97"/>
        <source>All stations</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="101"/>
        <source>All workers</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="105"/>
        <source>Cases, groups and activities</source>
        <translation>个案、小组和活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="106"/>
        <source>Cases only</source>
        <translation>仅个案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="107"/>
        <source>Groups and activities only</source>
        <translation>仅小组和活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="110"/>
        <source>Empty: a new random draw</source>
        <translation>留空：重新随机抽取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="113"/>
        <source>To draw a sample again, enter the seed an earlier draw showed: the same seed over the same files draws the same files (files already checked are left out).</source>
        <translation>要重新抽出某次的样本，请输入那次抽取显示的随机种子：对同一批档案，同一种子抽出的档案相同（已抽查过的档案不再抽取）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="125"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="130"/>
        <source>Archived from</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="131"/>
        <source>How many files</source>
        <translation>抽取份数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="132"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="133"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="134"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="135"/>
        <source>Seed (optional)</source>
        <translation>随机种子（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="138"/>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="156"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="69"/>
        <source>Enrol a device</source>
        <translation>注册设备</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="72"/>
        <source>A township laptop joins this hub with an enrolment file made here and a one-time code you give its worker by hand. Name the laptop so you will recognise it in the list.</source>
        <translation>镇街笔记本凭这里生成的注册文件，和您亲手交给社工的一次性验证码加入督导中心。请给这台笔记本起个名字，便于在列表中认出它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="79"/>
        <source>e.g. Wang&apos;s laptop, Dongcheng station</source>
        <translation>例如：东城站王社工的笔记本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="88"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="97"/>
        <source>Make the enrolment file</source>
        <translation>生成注册文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="102"/>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="103"/>
        <source>Who works on it (tick, Space)</source>
        <translation>使用者（勾选，空格键）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="104"/>
        <source>Enrolment file</source>
        <translation>注册文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="114"/>
        <source>Enrolment files</source>
        <translation>注册文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="115"/>
        <source>Save the enrolment file</source>
        <translation>保存注册文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="138"/>
        <source>Give the device a name.</source>
        <translation>请填写设备名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="141"/>
        <source>Tick at least one worker who will sign in on it.</source>
        <translation>请至少勾选一位将在这台设备上登录的社工。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="144"/>
        <source>Choose where to save the enrolment file (a USB stick, for instance).</source>
        <translation>请选择注册文件的保存位置（例如 U 盘）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="147"/>
        <source>That file exists already: choose another name.</source>
        <translation>该文件已存在，请换一个名字。</translation>
    </message>
</context>
<context>
    <name>FileCorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="163"/>
        <source>Correct the domain or type</source>
        <translation>更正服务领域或个案类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="163"/>
        <source>Correct the domain or kind</source>
        <translation>更正服务领域或小组/活动类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="168"/>
        <source>Now: %1, %2.</source>
        <translation>目前：%1，%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="171"/>
        <source>It has its archive number %1: the number stays as it is (note the correction beside it on the paper file), and only a supervisor or the business lead may correct it now.</source>
        <translation>已有档案编号%1：编号保持不变（请在纸质档案的编号旁注明更正），现在只有督导或业务负责人可以更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="177"/>
        <source>Please choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="188"/>
        <source>Service domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="189"/>
        <source>Case type</source>
        <translation>个案类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="189"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="201"/>
        <source>Choose a new domain or type first: nothing differs from what is held.</source>
        <translation>请先选择新的服务领域或类型：目前与已登记的相同。</translation>
    </message>
</context>
<context>
    <name>FileWindow</name>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="52"/>
        <source>Print the archive bag</source>
        <translation>打印档案袋</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="96"/>
        <source>number pending</source>
        <translation>编号待定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="106"/>
        <source>The archive still lacks: %1</source>
        <translation>归档尚缺：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="108"/>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="129"/>
        <source>Archive %1? Its forms can no longer be changed once it is archived. Print the archive bag next and file the paper under its number.</source>
        <translation>将 %1 归档吗？归档后其表单不能再修改。接下来请打印档案袋，按编号存放纸质档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="132"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="137"/>
        <source>%1 was archived on %2. Its forms are read-only now; print the archive bag for the paper file.</source>
        <translation>%1 已于 %2 归档。其表单现已只读；请打印档案袋存入纸质档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="140"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="144"/>
        <source>Archiving…</source>
        <translation>正在归档…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="167"/>
        <source>Correcting…</source>
        <translation>正在更正…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="170"/>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="171"/>
        <source>%1 was corrected; its number stays as it is.</source>
        <translation>%1已更正，档案编号保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/file_window.py" line="187"/>
        <source>Preparing the archive bag…</source>
        <translation>正在生成档案袋…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="101"/>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="102"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="104"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="104"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="104"/>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="104"/>
        <source>The project&apos;s contract</source>
        <translation>项目合同期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="105"/>
        <source>From… to…</source>
        <translation>自定义起止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="109"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="109"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="110"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="110"/>
        <source>Domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="121"/>
        <source>All stations</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="125"/>
        <source>All workers</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="125"/>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="131"/>
        <source>All domains</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_filters.py" line="144"/>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
</context>
<context>
    <name>GroupWindow</name>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="40"/>
        <source>New form for this group…</source>
        <translation>为此小组/活动新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="41"/>
        <source>Archive the group or activity</source>
        <translation>小组/活动归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="42"/>
        <source>Correct the domain or kind…</source>
        <translation>更正服务领域或类型…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="49"/>
        <source>Forms of this group (double-click to open)</source>
        <translation>本小组/活动的表单（双击打开）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="59"/>
        <source>Reading the group…</source>
        <translation>正在读取小组/活动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/group_window.py" line="72"/>
        <source>Standards for this domain: %1</source>
        <translation>本领域服务标准：%1</translation>
    </message>
</context>
<context>
    <name>HubSetupDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="200"/>
        <source>Set up this workspace as the hub</source>
        <translation>将本工作区建立为督导中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="203"/>
        <source>This computer becomes the agency&apos;s hub: township laptops send their work here and get the decisions back. It makes the hub&apos;s keys and a recovery file holding a copy of them, locked with a passphrase.

The recovery file is for the agency head to keep offline: on a USB stick in the agency&apos;s safe, not on this computer, with the passphrase written down apart from it. If this computer is lost or broken, the recovery file is the only way to read the bundles the laptops send without enrolling every one of them again.</source>
        <translation>这台电脑将成为机构的督导中心：镇街笔记本把工作发到这里，审批结果也从这里发回。建立时会生成督导中心的密钥，以及一份用口令加密的密钥备份——恢复文件。

恢复文件由机构负责人离线保管：存在 U 盘里放进机构的保险柜，不要留在这台电脑上，口令另行记下、分开存放。如果这台电脑丢失或损坏，只有凭恢复文件才能读取笔记本发来的数据包，而不必把每台笔记本重新注册。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="214"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="227"/>
        <source>Set up the hub</source>
        <translation>建立督导中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="232"/>
        <source>Recovery file</source>
        <translation>恢复文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="234"/>
        <source>Passphrase (%1 or more characters)</source>
        <translation>口令（至少 %1 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="236"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="241"/>
        <source>Recovery files</source>
        <translation>恢复文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="242"/>
        <source>Save the recovery file</source>
        <translation>保存恢复文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="252"/>
        <source>Choose where to write the recovery file (a USB stick, for instance).</source>
        <translation>请选择恢复文件的保存位置（例如 U 盘）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="257"/>
        <source>Not inside the workspace folder: the recovery file must be kept away from this computer.</source>
        <translation>不能放在工作区文件夹内：恢复文件必须离开这台电脑保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="260"/>
        <source>That file exists already: choose another name.</source>
        <translation>该文件已存在，请换一个名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="264"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_dialogs.py" line="268"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="171"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="174"/>
        <source>The service-quality indicators of the eight domains for the period, in the standard&apos;s tables. Choose a project to measure against its targets. Double-click a number, or press Enter, to see the cases and records behind it.</source>
        <translation>本期八个服务领域的服务质量指标，按服务质量标准的表格排列。选择一个项目，即以其项目指标为目标。双击一个数字（或按回车）可查看其背后的个案和记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="179"/>
        <source>Only rows with a target</source>
        <translation>只看有目标的指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="180"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="181"/>
        <source>Excel workbook…</source>
        <translation>Excel 工作簿…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="182"/>
        <source>PDF report with the quality checks…</source>
        <translation>PDF 报告（含质量检查）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="183"/>
        <source>Quality checks…</source>
        <translation>质量检查…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="184"/>
        <source>Records behind the number…</source>
        <translation>查看数字背后的记录……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="187"/>
        <source>Service</source>
        <translation>服务内容/对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="187"/>
        <source>Item</source>
        <translation>项目分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="187"/>
        <source>Indicator</source>
        <translation>评估指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="187"/>
        <source>This period</source>
        <translation>本期数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="187"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="188"/>
        <source>Achieved</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="188"/>
        <source>Met / pace</source>
        <translation>达标/进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="188"/>
        <source>Still needed</source>
        <translation>尚需</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="188"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="230"/>
        <source>The period ends before it starts: choose a later end date.</source>
        <translation>结束日期早于开始日期：请选择较晚的结束日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="240"/>
        <source>Computing…</source>
        <translation>正在计算……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="243"/>
        <source>Computing the indicators…</source>
        <translation>正在计算指标……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="360"/>
        <source>No work in this period counts yet. A record counts once it is approved (forms without approval once submitted), on its service date: record cases and groups, ask for approval, or choose a longer period.</source>
        <translation>本期还没有可计入的工作。记录经审批后（无需审批的表单提交后）按服务日期计入：请在个案和小组中填写记录并提交审批，或选择较长的期间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="365"/>
        <source>No row has a target. Choose a project whose targets are set, or untick the box.</source>
        <translation>没有设定目标的指标。请选择已设项目指标的项目，或取消勾选“只看有目标的指标”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="369"/>
        <source>This project has no targets (项目指标) set yet: only the standard&apos;s fixed rates have one.</source>
        <translation>本项目尚未设定项目指标：只有服务质量标准规定的比率（如建档率 100%）有目标。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="373"/>
        <source>The project&apos;s targets are for its whole contract and this period is measured against them as they stand: choose the period “The project&apos;s contract” to see how far the project is.</source>
        <translation>项目指标是整个合同期的目标，本期数值直接与之比较：要看项目完成进度，请把期间选为“项目合同期”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="460"/>
        <source>Finding the records…</source>
        <translation>正在查找记录……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="485"/>
        <source>Checking the records…</source>
        <translation>正在检查记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="504"/>
        <source>Quality checks</source>
        <translation>质量检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="504"/>
        <source>Nothing falls short for %1.</source>
        <translation>%1：无不足之处。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="506"/>
        <source>Late approvals, reports and archiving are as of today, whatever the period.</source>
        <translation>审批、报告和归档逾期按今天计算，不受所选期间限制。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="508"/>
        <source>Quality checks: %1 found</source>
        <translation>质量检查：共 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="523"/>
        <source>Export the indicators</source>
        <translation>导出服务质量指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="525"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="525"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="537"/>
        <source>Exporting…</source>
        <translation>正在导出……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="540"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_page.py" line="540"/>
        <source>The indicators are in %1</source>
        <translation>服务质量指标已导出到 %1</translation>
    </message>
</context>
<context>
    <name>IndicatorWords</name>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="65"/>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="91"/>
        <source>Not computable yet</source>
        <translation>暂不能计算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="92"/>
        <source>Nothing to count yet</source>
        <translation>本期无可计算的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="93"/>
        <source>No target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="94"/>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="95"/>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="96"/>
        <source>On pace</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="97"/>
        <source>Behind pace</source>
        <translation>落后于进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="105"/>
        <source>period over</source>
        <translation>期间已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="106"/>
        <source>%1 / month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="112"/>
        <source>The records lack: %1</source>
        <translation>记录尚缺：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="114"/>
        <source>The standard states this per year.</source>
        <translation>标准按年度计算本项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="122"/>
        <source>%1 cannot be computed yet. %2</source>
        <translation>%1暂不能计算。%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="124"/>
        <source>%1: nothing to count in this period yet.</source>
        <translation>%1：本期还没有可计算的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="127"/>
        <source>%1: %2. No target: choose a project whose targets name this row.</source>
        <translation>%1：%2。未设目标：请选择为本项设了项目指标的项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="132"/>
        <source>%1: %2, target %3 — %4.</source>
        <translation>%1：%2，目标 %3——%4。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="138"/>
        <source>By today %1 were due.</source>
        <translation>按进度到今天应完成 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="140"/>
        <source>Still needed: %1.</source>
        <translation>尚需%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="160"/>
        <source>Target a month %1</source>
        <translation>每月目标 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="160"/>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="167"/>
        <source>This period: %1.</source>
        <translation>本期数值：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="172"/>
        <source>The number adds up what these records hold (people attending, hours), so it can differ from how many are listed.</source>
        <translation>本数字是这些记录所载数量（出席人数、时数等）之和，因此可能与所列记录的条数不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_words.py" line="179"/>
        <source>Each person, case, household or group counts once, so the number can differ from how many are listed.</source>
        <translation>同一人、个案、家庭或小组只计一次，因此本数字可能与所列条数不同。</translation>
    </message>
</context>
<context>
    <name>ItemsWindow</name>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="47"/>
        <source>Behind the number: %1</source>
        <translation>数字背后的记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="55"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="57"/>
        <source>Open its case or group</source>
        <translation>打开所属个案或小组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="59"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="62"/>
        <source>Only the first %1 are listed.</source>
        <translation>只列出前 %1 项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="68"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="94"/>
        <source>Counted</source>
        <translation>计入的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="96"/>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="96"/>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="100"/>
        <source>Pulling the rate down</source>
        <translation>拉低比率的（在分母中、未计入分子）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="104"/>
        <source>Group or activity</source>
        <translation>小组/活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="105"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="105"/>
        <source>Number or form</source>
        <translation>档案编号或表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="105"/>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="105"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="104"/>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="105"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="104"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="108"/>
        <source>Client or group</source>
        <translation>服务对象/小组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="108"/>
        <source>Due</source>
        <translation>应完成日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="109"/>
        <source>Short of</source>
        <translation>差距（实际/标准）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_items.py" line="115"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="92"/>
        <source>CaseDesk is locked</source>
        <translation>CaseDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="94"/>
        <source>Signed in: %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="98"/>
        <source>Locked to keep clients&apos; details private. Your unsaved typing is kept: type your password to go on.</source>
        <translation>为保护服务对象的信息，所有窗口已锁定。未保存的填写内容都还在，输入密码即可继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="106"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="108"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="143"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="244"/>
        <source>CaseDesk — locked</source>
        <translation>CaseDesk — 已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="356"/>
        <source>Type your password to unlock.</source>
        <translation>请输入密码以解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="368"/>
        <source>The password is not right. Try again.</source>
        <translation>密码不正确，请重新输入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="98"/>
        <source>%1 forms have unsaved typing kept from last time: see My tasks</source>
        <translation>有 %1 份表单保留了上次未保存的输入，请到“我的待办”查看</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="86"/>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>CaseDesk — social work case desk</source>
        <translation>CaseDesk 社工个案桌面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <location filename="../../desktop/ui/main_window.py" line="363"/>
        <source>Clients</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <location filename="../../desktop/ui/main_window.py" line="364"/>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275"/>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>Groups &amp; activities</source>
        <translation>小组与活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276"/>
        <source>Records</source>
        <translation>表单记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278"/>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <location filename="../../desktop/ui/main_window.py" line="455"/>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <source>Spot checks</source>
        <translation>抽查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>Retention</source>
        <translation>到期销毁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="332"/>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="332"/>
        <source>Task</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="332"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="339"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="346"/>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <location filename="../../desktop/ui/main_window.py" line="355"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="347"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="332"/>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>About</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90"/>
        <source>Checking the workspace file…</source>
        <translation>正在检查工作区文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92"/>
        <source>The workspace file is damaged</source>
        <translation>工作区文件已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277"/>
        <source>Review inbox</source>
        <translation>审批收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="284"/>
        <source>Agency management</source>
        <translation>机构管理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="304"/>
        <source>Print a blank form…</source>
        <translation>打印空白表格…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334"/>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="335"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="336"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="337"/>
        <location filename="../../desktop/ui/main_window.py" line="345"/>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="342"/>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>Case number</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="343"/>
        <location filename="../../desktop/ui/main_window.py" line="354"/>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="344"/>
        <source>Case type</source>
        <translation>个案类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348"/>
        <source>Opened</source>
        <translation>开案日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="362"/>
        <source>My tasks</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="366"/>
        <source>All form records</source>
        <translation>全部表单记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="374"/>
        <source>Search as you type: name, pinyin initials (zs finds Zhang San), phone, ID number or case number. Double-click a client to see their details.</source>
        <translation>边输入边搜索：姓名、拼音首字母（zs 可找到张三）、电话、证件号码或个案编号。双击服务对象可查看详细信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Every form record you may see. Double-click to open.</source>
        <translation>您可查看的全部表单记录。双击打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="385"/>
        <source>Closed cases: what each still lacks for the archive bag, and paper originals due to the agency by the quarter&apos;s end. Search by archive number or client; double-click a case to archive it and print its bag.</source>
        <translation>已结案的个案：各自的档案袋还缺什么，以及须在本季度末前交机构的纸质原件。可按档案编号或服务对象搜索；双击个案即可归档并打印档案袋。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="392"/>
        <source>Nothing is due. New work starts on the Clients page: add a client, then open a case.</source>
        <translation>目前没有待办事项。新工作从“服务对象”页开始：先新增服务对象，再为其开个案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="394"/>
        <source>No clients yet. Type a new client&apos;s name and date of birth in the boxes below and press “Add client”, or import a roster from Excel.</source>
        <translation>还没有服务对象。在下方填写新服务对象的姓名和出生日期，然后按“新增”；也可以从 Excel 导入名册。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="398"/>
        <source>No cases yet. On the Clients page, select a client and press “Open a case for the selected client…”.</source>
        <translation>还没有个案。请到“服务对象”页选中一位服务对象，然后按“为选中的服务对象开个案…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="401"/>
        <source>No groups or activities yet. Press “New group or activity…” below: its plan opens next, to fill in and submit two weeks ahead.</source>
        <translation>还没有小组或活动。请按下方的“新建小组或活动…”：随后会打开计划书，填写后须提前两周提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="404"/>
        <source>No forms yet. Forms are made from a case, a group, or “New service record…” below.</source>
        <translation>还没有表单。表单从个案、小组或下方的“新建服务记录…”新建。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="405"/>
        <source>No closed cases wait for the archive. Cases appear here once they are closed.</source>
        <translation>没有等待归档的已结案个案。个案结案后会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="290"/>
        <source>Nothing matches “%1”. Check the spelling, or clear the search to see the whole list.</source>
        <translation>没有与“%1”相符的结果。请检查输入，或清空搜索框查看全部。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="296"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <source>The archive still lacks</source>
        <translation>归档尚缺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="358"/>
        <source>Paper originals due</source>
        <translation>纸质原件交机构期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371"/>
        <source>What is due: drafts, returns, decisions, replies, follow-ups, archiving. Double-click to open.</source>
        <translation>待办事项：草稿、退回、待审批、转介回复、结案追踪、归档。双击打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="378"/>
        <source>Search by archive number or client. Double-click a case to see it; “New form” fills any case form.</source>
        <translation>可按档案编号或服务对象搜索。双击个案查看详情；“为此个案新建表单”可填写任一个案表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="381"/>
        <source>Search by archive number or name. Double-click one to see it; “New form” fills any of its forms.</source>
        <translation>可按档案编号或名称搜索。双击查看详情；“为此小组/活动新建表单”可填写其任一表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>New form for this case…</source>
        <translation>为此个案新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="300"/>
        <source>New form for this group…</source>
        <translation>为此小组/活动新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <source>New group or activity…</source>
        <translation>新建小组或活动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="302"/>
        <source>Paper originals handed to the agency</source>
        <translation>纸质原件已交机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="303"/>
        <source>Print my forms of this month…</source>
        <translation>打印我本月的表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>New service record…</source>
        <translation>新建服务记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="306"/>
        <source>Scan or paste a paper form&apos;s QR code to check it</source>
        <translation>扫描或粘贴纸质表格上的二维码以核对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="307"/>
        <source>Check the paper copy</source>
        <translation>核对纸本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="543"/>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="315"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="317"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="318"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="319"/>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="321"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="449"/>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="448"/>
        <source>unsaved typing kept</source>
        <translation>有未保存的输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="455"/>
        <source>Select a case first.</source>
        <translation>请先选中一个个案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="447"/>
        <source>pending</source>
        <translation>待编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="322"/>
        <location filename="../../desktop/ui/main_window.py" line="545"/>
        <source>About CaseDesk</source>
        <translation>关于 CaseDesk</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="22"/>
        <source>New group or activity</source>
        <translation>新建小组或活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="25"/>
        <source>Please choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="34"/>
        <source>Its plan is opened next, to fill in and submit to the supervisor.</source>
        <translation>随后会打开其计划书，填写后提交督导。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="35"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="36"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="37"/>
        <source>Service domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="38"/>
        <source>Service project</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="52"/>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="53"/>
        <source>the kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="54"/>
        <source>the service domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/new_group.py" line="58"/>
        <source>Still to give: %1.</source>
        <translation>还需填写或选择：%1。</translation>
    </message>
</context>
<context>
    <name>NewWork</name>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="31"/>
        <source>Making the form…</source>
        <translation>正在新建表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="42"/>
        <location filename="../../desktop/ui/new_work.py" line="95"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="50"/>
        <location filename="../../desktop/ui/new_work.py" line="57"/>
        <location filename="../../desktop/ui/new_work.py" line="66"/>
        <source>New service record</source>
        <translation>新建服务记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="50"/>
        <source>Which record?</source>
        <translation>哪一种记录？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="58"/>
        <source>For which client? Type a name, pinyin initials, phone or ID number:</source>
        <translation>为哪位服务对象？输入姓名、拼音首字母、电话或身份证号：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="66"/>
        <source>For which household?</source>
        <translation>哪一个家庭？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="71"/>
        <source>Nobody in particular</source>
        <translation>不针对具体人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="72"/>
        <source>Whom does it concern? (they will not see it)</source>
        <translation>投诉涉及哪位人员？（此人将看不到这份记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="73"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="83"/>
        <location filename="../../desktop/ui/new_work.py" line="87"/>
        <source>New form</source>
        <translation>新建表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="83"/>
        <source>Select a case or a group first.</source>
        <translation>请先选中一个个案或小组。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="87"/>
        <location filename="../../desktop/ui/new_work.py" line="139"/>
        <source>Which form?</source>
        <translation>填写哪一份表格？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="103"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="105"/>
        <source>No service project is open to you yet: the agency head adds one, or puts you on one, in Agency management.</source>
        <translation>目前还没有您可以使用的服务项目：请机构负责人在“机构管理”中添加项目，或把您安排到项目上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="116"/>
        <source>Making the group…</source>
        <translation>正在新建小组/活动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="129"/>
        <source>Check the paper copy</source>
        <translation>核对纸本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="131"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="139"/>
        <source>Print a blank form</source>
        <translation>打印空白表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="148"/>
        <source>Preparing the blank form…</source>
        <translation>正在准备空白表格…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="158"/>
        <source>Finding your forms…</source>
        <translation>正在查找您的表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="166"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_work.py" line="166"/>
        <source>No forms of yours are dated this month.</source>
        <translation>本月没有您的表单。</translation>
    </message>
</context>
<context>
    <name>NumberSettings</name>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="161"/>
        <source>At least %1</source>
        <translation>不小于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="188"/>
        <source>The settings are saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="24"/>
        <source>Open a case</source>
        <translation>开个案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="26"/>
        <source>Please choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="27"/>
        <source>A new case for %1.</source>
        <translation>为 %1 开一个新个案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="30"/>
        <source>The client&apos;s domain on record: %1</source>
        <translation>服务对象登记的服务领域：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="39"/>
        <source>A hotline consultation (12355/12351), served before approval</source>
        <translation>热线咨询（12355/12351），先服务后审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="47"/>
        <source>Case type</source>
        <translation>个案类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="48"/>
        <source>Service domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="49"/>
        <source>Service project</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="60"/>
        <source>the case type</source>
        <translation>个案类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="61"/>
        <source>the service domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="62"/>
        <source>the service project</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/open_case.py" line="65"/>
        <source>Still to choose: %1.</source>
        <translation>还需选择：%1。</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/own_password.py" line="19"/>
        <source>Set your own password</source>
        <translation>设置您自己的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/own_password.py" line="23"/>
        <source>You signed in with a password someone gave you. Before you start, choose a new password that only you know; the one you were given stops working.</source>
        <translation>您用别人给您的密码登录了。开始工作前，请设置一个只有您自己知道的新密码；给您的密码随即失效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/own_password.py" line="35"/>
        <source>New password (8 or more characters)</source>
        <translation>新密码（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/own_password.py" line="36"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/own_password.py" line="43"/>
        <source>Set my password</source>
        <translation>设置我的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/own_password.py" line="45"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/own_password.py" line="62"/>
        <source>Choose a password other than the one you were given.</source>
        <translation>新密码不能与别人给您的密码相同，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/own_password.py" line="67"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="56"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="63"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="64"/>
        <source>New password (8 or more characters)</source>
        <translation>新密码（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="65"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="78"/>
        <source>Type the current password and the new one.</source>
        <translation>请输入当前密码和新密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="80"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PasswordShownOnce</name>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="186"/>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="190"/>
        <source>The password for %1 (user name: %2). Hand it over in person. It is shown only this once: CaseDesk keeps no readable copy. At their first sign-in they choose their own.</source>
        <translation>%1（用户名：%2）的密码如下，请当面交给本人。它只显示这一次：CaseDesk 不保存可读的副本。本人首次登录时须改设自己的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/account_actions.py" line="201"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="51"/>
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_preview.py" line="52"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="57"/>
        <source>Retention periods</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="64"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="64"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="188"/>
        <source>New service project</source>
        <translation>新建服务项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="188"/>
        <source>Change the project</source>
        <translation>修改服务项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="194"/>
        <source>e.g. 石排镇人民政府</source>
        <translation>例如：石排镇人民政府</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="199"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="207"/>
        <source>Open for new cases and groups</source>
        <translation>可用于新开个案和小组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="209"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="210"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="211"/>
        <source>Funder</source>
        <translation>购买方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="212"/>
        <source>Contract period</source>
        <translation>合同期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="213"/>
        <source>Stations covered</source>
        <translation>覆盖站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="214"/>
        <source>None ticked: the whole agency.</source>
        <translation>不勾选：覆盖全机构。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="215"/>
        <source>Service domains</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="216"/>
        <source>People on it</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="217"/>
        <source>None ticked: anyone at a station it covers.</source>
        <translation>不勾选：所覆盖站点的人员均可使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="230"/>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="232"/>
        <source>a contract end on or after its start</source>
        <translation>不早于开始日期的合同结束日期</translation>
    </message>
</context>
<context>
    <name>ReasonedDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="35"/>
        <source>Why is it corrected? (kept in the history; required)</source>
        <translation>更正原因（记入历史记录；必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="44"/>
        <source>Reason</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/correction_dialogs.py" line="56"/>
        <source>Please give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="122"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="123"/>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="124"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="125"/>
        <source>Return with opinion</source>
        <translation>退回并写意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="126"/>
        <location filename="../../desktop/ui/editor/record_window.py" line="499"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="127"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="129"/>
        <source>Record a paper or phone approval…</source>
        <translation>登记纸质/电话审批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="168"/>
        <source>Review</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="169"/>
        <source>Revisions</source>
        <translation>修订记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="170"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="171"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="201"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="201"/>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="233"/>
        <source>Changed:</source>
        <translation>修改了：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="238"/>
        <source>Revision %1  %2  %3</source>
        <translation>第 %1 版  %2  %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="222"/>
        <source> (void: changed after signing)</source>
        <translation>（已失效：签名后内容有修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="250"/>
        <source>Name of the person signing</source>
        <translation>签名人姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="252"/>
        <source>Keep this signature</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="254"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="263"/>
        <source>Signatures on this form (void when the content changed after signing):</source>
        <translation>本表的签名（签名后内容有修改的签名即失效）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="269"/>
        <source>Sign on the pad and give the name of the person signing.</source>
        <translation>请在签名板上签名，并填写签名人姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="293"/>
        <source>Preparing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="360"/>
        <source>number pending</source>
        <translation>编号待定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="364"/>
        <source>awaiting %1</source>
        <translation>待%1审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="366"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="368"/>
        <source>draft autosaved %1</source>
        <translation>草稿已于 %1 自动保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="370"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="376"/>
        <source>%1 errors block submission</source>
        <translation>%1 处错误，不能提交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="378"/>
        <source>%1 warnings</source>
        <translation>%1 处提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="389"/>
        <source>Unsaved typing from %1 was kept (the program closed before it was saved). Restore it?</source>
        <translation>程序关闭前有 %1 的输入尚未保存，已为您保留。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="391"/>
        <source>Restore unsaved typing</source>
        <translation>恢复未保存的输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="269"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="80"/>
        <location filename="../../desktop/ui/editor/record_window.py" line="172"/>
        <source>Opening the form…</source>
        <translation>正在打开表单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="131"/>
        <source>Confirm my paper or phone approval…</source>
        <translation>确认我的纸质/电话审批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="133"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="135"/>
        <source>Void this form with the reason: it is kept with its history, never deleted</source>
        <translation>注明原因后作废此表单：表单连同历史记录一并保留，不会删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="203"/>
        <source>on paper</source>
        <translation>在纸质表单上</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="203"/>
        <source>by phone</source>
        <translation>通过电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="204"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="204"/>
        <source>awaiting confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="280"/>
        <location filename="../../desktop/ui/editor/record_window.py" line="463"/>
        <location filename="../../desktop/ui/editor/record_window.py" line="503"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="472"/>
        <source>Cannot submit yet</source>
        <translation>暂时不能提交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="473"/>
        <source>Correct the fields marked in red first.</source>
        <translation>请先更正标红的栏目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="481"/>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="499"/>
        <source>Comment on this form:</source>
        <translation>对此表单的意见：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="506"/>
        <source>Scans and photos</source>
        <translation>扫描件和照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="506"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="508"/>
        <source>Attach a scan or photo</source>
        <translation>附加扫描件或照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="520"/>
        <source>Attaching…</source>
        <translation>正在附加…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_window.py" line="542"/>
        <source>Opening the attachment…</source>
        <translation>正在打开附件…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="22"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="34"/>
        <source>The workspace is encrypted: without a password nothing in it can be read. If a password is forgotten, only this recovery key opens it (“Forgot the password…” on the sign-in page). Write it down or print it now, and give it to the agency head to keep locked away. It is shown only now; anyone who holds it can open the workspace.</source>
        <translation>工作区已加密：没有密码，其中任何内容都无法读取。忘记密码时，只有这个恢复密钥能打开它（在登录页点“忘记密码……”）。请现在抄写或打印下来，交机构负责人锁好保管。它只显示这一次；任何拿到它的人都能打开工作区。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_keys.py" line="44"/>
        <source>I have written it down</source>
        <translation>我已抄写好</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="26"/>
        <source>Forgotten password</source>
        <translation>忘记密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="30"/>
        <source>The agency head keeps the workspace&apos;s recovery key on paper. With it you set a new password for your account here; your work is untouched. The recovery key is not a password: give it back to the agency head afterwards.</source>
        <translation>工作区的恢复密钥由机构负责人以纸质方式保管。用它可以为您在本机的账号设置新密码，您的工作资料不受影响。恢复密钥不是密码：用完请交还机构负责人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="46"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="47"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="48"/>
        <source>New password (8 or more characters)</source>
        <translation>新密码（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="49"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="56"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="58"/>
        <source>Set the new password and sign in</source>
        <translation>设置新密码并登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="80"/>
        <source>Fill in the user name, the recovery key and the new password.</source>
        <translation>请填写用户名、恢复密钥和新密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="83"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="99"/>
        <source>Checking the recovery key…</source>
        <translation>正在核对恢复密钥……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="104"/>
        <source>Setting the new password…</source>
        <translation>正在设置新密码……</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="153"/>
        <source>Retention and destruction</source>
        <translation>保存期限与到期销毁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="154"/>
        <source>Due on</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="157"/>
        <source>Files kept past their retention period: closed cases and finished groups and activities from their archiving (or closing) date, other service records from their last change, the audit log and backups. Nothing here shows a person&apos;s name. The agency head destroys them with a reason; a destruction list (PDF) is made for the paper archive and the laptops delete the same files at their next sync.</source>
        <translation>保存期限已满的档案：结案个案和已结束的小组、活动自归档（或结案）之日起算，其他服务记录自最近一次修改起算，另有操作日志和备份。此处不显示任何人的姓名。由机构负责人写明原因后销毁；同时生成销毁清单（PDF）放入纸质档案，各外勤设备在下次同步时删除同一档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="166"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="167"/>
        <source>Number or name</source>
        <translation>档案编号或名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="168"/>
        <source>Period from</source>
        <translation>期限起算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="169"/>
        <source>Kept until</source>
        <translation>保存至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="170"/>
        <source>Forms or entries</source>
        <translation>表单或日志条数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="171"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="174"/>
        <source>Reason for the destruction (printed on the destruction list)</source>
        <translation>销毁原因（印在销毁清单上）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="175"/>
        <source>Destroy all of these…</source>
        <translation>销毁以上全部…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="176"/>
        <source>Change the periods…</source>
        <translation>修改保存期限…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="177"/>
        <source>Only the agency head destroys files. You may look at the list.</source>
        <translation>只有机构负责人可以销毁档案；您可以查看清单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="223"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="223"/>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="225"/>
        <source>Retention periods: %1</source>
        <translation>保存期限：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="225"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="231"/>
        <source>Nothing has passed its retention period on %1.</source>
        <translation>截至 %1 没有保存期限已满的档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="265"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="265"/>
        <source>Please give the reason for the destruction.</source>
        <translation>请写明销毁原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="269"/>
        <source>Save the destruction list</source>
        <translation>保存销毁清单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="269"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="274"/>
        <source>Destroy these %1 items for good? They cannot be brought back, here or on any laptop.</source>
        <translation>确定永久销毁以下 %1 项吗？销毁后本机和各外勤设备上都无法恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="281"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="283"/>
        <source>Destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="290"/>
        <location filename="../../desktop/ui/pages/retention_page.py" line="293"/>
        <source>Destroying…</source>
        <translation>正在销毁…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="310"/>
        <source>%1 items destroyed.</source>
        <translation>已销毁 %1 项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="311"/>
        <source>With them: %1 clients and %2 households that had nothing else left.</source>
        <translation>随之销毁再无其他记录的服务对象 %1 人、家庭 %2 户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="314"/>
        <source>Attachment files removed: %1</source>
        <translation>删除附件文件：%1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="315"/>
        <source>The destruction list: %1</source>
        <translation>销毁清单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/retention_page.py" line="317"/>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="215"/>
        <source>Retention periods</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="216"/>
        <source>Save the retention periods</source>
        <translation>保存保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="219"/>
        <source>How long each kind of file is kept before the Retention page lists it for destruction: years from the closing or archiving date, days for backups.</source>
        <translation>各类档案保存多久后列入“保存期限”页的待销毁清单：自结案或归档之日起按年计算，备份按天计算。</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="24"/>
        <source>Opinion</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="24"/>
        <source>Supervisor&apos;s opinion (required to return):</source>
        <translation>督导意见（退回时必填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="30"/>
        <source>Recording the decision…</source>
        <translation>正在记录审批结果…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="41"/>
        <location filename="../../desktop/ui/editor/record_review.py" line="47"/>
        <source>Paper or phone approval</source>
        <translation>纸质/电话审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="41"/>
        <source>Who approved?</source>
        <translation>由谁审批？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="47"/>
        <source>Was it signed on paper? (No: by phone)</source>
        <translation>是否在纸质表格上签批？（否：电话审批）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="50"/>
        <source>Scan of the signed form (optional)</source>
        <translation>已签批表格的扫描件（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="54"/>
        <source>Recording the approval…</source>
        <translation>正在登记审批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="64"/>
        <location filename="../../desktop/ui/editor/record_review.py" line="75"/>
        <source>Confirm an approval</source>
        <translation>确认审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="65"/>
        <source>No paper or phone approval of yours waits here for confirming.</source>
        <translation>此表单没有待您确认的纸质/电话审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="68"/>
        <source>on paper</source>
        <translation>在纸质表单上</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="68"/>
        <source>by phone</source>
        <translation>通过电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="70"/>
        <source>Confirm that you approved “%1” %2 on %3?</source>
        <translation>确认您于%3%2批准了“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="80"/>
        <source>Confirming the approval…</source>
        <translation>正在确认审批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="88"/>
        <source>Void “%1”? It is kept with its history and the reason, no longer counts and can no longer be changed.</source>
        <translation>作废“%1”？表单连同历史记录和作废原因一并保留，不再计入统计，也不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="90"/>
        <source>Void the form</source>
        <translation>作废表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="90"/>
        <source>Why is it voided? (required)</source>
        <translation>作废原因（必填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="94"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="94"/>
        <source>A form is voided only with the reason: nothing was voided.</source>
        <translation>作废表单须填写原因：未作废。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="99"/>
        <source>Voiding…</source>
        <translation>正在作废…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="101"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor/record_review.py" line="101"/>
        <source>The form was voided; it is kept, read-only.</source>
        <translation>表单已作废，仍予保留，只读。</translation>
    </message>
</context>
<context>
    <name>ReviewInboxPage</name>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="151"/>
        <source>Review inbox</source>
        <translation>审批收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="154"/>
        <source>Forms waiting for your decision. Select one to see what changed; select several (Ctrl or Shift and click) to decide them together. Double-click opens the form.</source>
        <translation>等待您审批的表单。选中一份可查看改动；按住 Ctrl 或 Shift 点击可选中多份一起处理。双击打开表单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="158"/>
        <source>Group by station and worker</source>
        <translation>按站点和社工分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="161"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="162"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="163"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="164"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="165"/>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="166"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="167"/>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="170"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="170"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="170"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="171"/>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="324"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="172"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="173"/>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="174"/>
        <source>Ctrl+Shift+R: a return needs an opinion</source>
        <translation>Ctrl+Shift+R：退回须填写意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="175"/>
        <source>Comment…</source>
        <translation>写意见…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="176"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="177"/>
        <source>Open the form</source>
        <translation>打开表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="210"/>
        <source>not numbered yet</source>
        <translation>尚未编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="231"/>
        <source>Nothing waits for your decision. Forms your workers submit appear here, grouped by station and worker; at the hub, they arrive when you import the township laptops&apos; bundles (Sync).</source>
        <translation>没有等待您审批的表单。社工提交的表单会按站点和社工分组显示在这里；在督导中心，导入镇街笔记本的数据包（同步页）后即可看到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="236"/>
        <source>Your role does not review forms. Forms you submit go to your supervisor; their decisions appear in My tasks and in each form&apos;s window.</source>
        <translation>您的角色不审批表单。您提交的表单交给督导审批，审批结果显示在“我的任务”和各表单窗口中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="275"/>
        <source>%1 forms selected: the buttons below act on all of them.</source>
        <translation>已选中 %1 份表单：下方按钮将对全部选中的表单操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="277"/>
        <source>Select a form to see what changed.</source>
        <translation>选中一份表单即可查看改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="290"/>
        <source>No field changed since the revision before.</source>
        <translation>与上一修订相比没有字段改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="292"/>
        <source>First submission: every filled field is listed.</source>
        <translation>首次提交：列出所有已填写的字段。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="294"/>
        <source>Resubmitted: what changed since the revision before.</source>
        <translation>重新提交：与上一修订相比的改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="324"/>
        <source>Opinion (optional):</source>
        <translation>意见（可不填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="326"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="326"/>
        <source>Opinion (required to return):</source>
        <translation>意见（退回时必填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="336"/>
        <source>Approved: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="336"/>
        <source>Returned: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="341"/>
        <source>Recording the decision…</source>
        <translation>正在记录审批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="352"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="352"/>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="354"/>
        <source>%1 of %2 forms %3.</source>
        <translation>%2 份表单中 %1 份已%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="362"/>
        <source>Some forms were not decided</source>
        <translation>部分表单未能处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="363"/>
        <source>These were refused; the others went through:</source>
        <translation>以下表单被拒绝，其余已处理：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="368"/>
        <source>Recording the decisions…</source>
        <translation>正在记录审批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="379"/>
        <source>Comment on this form:</source>
        <translation>对这份表单的意见：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="381"/>
        <source>Comment on the %1 selected forms:</source>
        <translation>对选中的 %1 份表单的意见：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="383"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="398"/>
        <source>Comment added to %1 forms.</source>
        <translation>已给 %1 份表单写了意见。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="400"/>
        <source>Some comments were not added</source>
        <translation>部分意见未能添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/review_inbox.py" line="402"/>
        <source>Adding the comment…</source>
        <translation>正在添加意见…</translation>
    </message>
</context>
<context>
    <name>RowCharts</name>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="48"/>
        <source>Achieved and target</source>
        <translation>完成与目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="50"/>
        <source>Not computable yet</source>
        <translation>暂不能计算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="52"/>
        <source>Not computed until the records hold what is missing.</source>
        <translation>记录补齐所缺内容后才能计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="55"/>
        <source>This period</source>
        <translation>本期数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="57"/>
        <source>Due by today</source>
        <translation>按进度今日应达</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="59"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="61"/>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="85"/>
        <source>Month by month</source>
        <translation>逐月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="61"/>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="62"/>
        <source>Computing…</source>
        <translation>正在计算……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="62"/>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="91"/>
        <source>By worker</source>
        <translation>按社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="85"/>
        <source>No months in the period.</source>
        <translation>期间内没有月份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/indicator_charts.py" line="91"/>
        <source>No worker in your view.</source>
        <translation>你可查看的范围内没有社工。</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="197"/>
        <source>Spot check (scored)</source>
        <translation>抽查（已评分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="197"/>
        <source>Score a spot check</source>
        <translation>抽查评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="226"/>
        <source>Open the file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="235"/>
        <source>Scored: the answers given then. A spot check is scored once.</source>
        <translation>已评分：以下是当时的答案。每份抽查只评分一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="239"/>
        <source>Tick each item the file meets; an item left unticked counts as not met. Answers marked “from the records” were filled in by CaseDesk from the file&apos;s forms: check them too.</source>
        <translation>逐项勾选档案达到的项目，未勾选的按未达到计。标有“据档案记录”的答案由 CaseDesk 根据档案中的表格预先填好，也请核对。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="268"/>
        <source>from the records</source>
        <translation>据档案记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="289"/>
        <source>Comment for the worker (optional)</source>
        <translation>给社工的评语（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="299"/>
        <source>Save the scores</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="317"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="85"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="86"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="87"/>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="88"/>
        <source>Lock every window after (idle minutes)</source>
        <translation>无操作自动锁定（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="89"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="90"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="93"/>
        <source>With no keyboard or mouse input for this long, every CaseDesk window is covered until the password is typed again; unsaved typing is kept. 0: never. Ctrl+L locks at once.</source>
        <translation>无键盘或鼠标操作达到这个时长后，CaseDesk 的所有窗口都会被遮盖，重新输入密码才能继续；未保存的填写内容会保留。0 表示从不锁定。Ctrl+L 可立即锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="99"/>
        <source>Set by the agency head.</source>
        <translation>由机构负责人设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="102"/>
        <source>Agency settings</source>
        <translation>机构设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="104"/>
        <source>Archive code tables</source>
        <translation>档案编码表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="109"/>
        <source>Service-area population</source>
        <translation>服务区域人口</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <location filename="../../desktop/ui/pages/sharing.py" line="28"/>
        <source>Share with a colleague…</source>
        <translation>共享给同事…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing.py" line="30"/>
        <source>Stop sharing…</source>
        <translation>停止共享…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing.py" line="47"/>
        <source>Shared with: %1</source>
        <translation>已共享给：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing.py" line="49"/>
        <source>Not shared with anyone</source>
        <translation>未与他人共享</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing.py" line="60"/>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing.py" line="60"/>
        <source>Open this file to:</source>
        <translation>将此档案开放给：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing.py" line="73"/>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing.py" line="73"/>
        <source>Close this file to:</source>
        <translation>不再向谁开放此档案：</translation>
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
    <name>SpotCheckPage</name>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="167"/>
        <source>Spot checks</source>
        <translation>抽查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="170"/>
        <source>Archived files drawn at random and scored on the checklist for completeness, conformity and professional quality (0–100 each); each worker&apos;s means count towards their performance review. Nobody scores their own file.</source>
        <translation>从已归档的档案中随机抽取，按抽查清单评定完整性、规范性和专业性（各 0–100 分）；每位社工的平均分计入绩效考核。任何人不能为自己的档案评分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="175"/>
        <source>Drawn files</source>
        <translation>抽取的档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="176"/>
        <source>Scores per worker</source>
        <translation>按社工汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="177"/>
        <source>Draw files…</source>
        <translation>抽取档案……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="178"/>
        <source>Score…</source>
        <translation>评分……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="179"/>
        <source>Open the file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="180"/>
        <source>Only those not scored yet</source>
        <translation>只看未评分的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="183"/>
        <source>Archive number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="183"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="183"/>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="199"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="183"/>
        <source>Drawn</source>
        <translation>抽取日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="183"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="184"/>
        <source>Scored</source>
        <translation>评分日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="185"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="188"/>
        <source>Scored from</source>
        <translation>评分日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="189"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="190"/>
        <source>Export…</source>
        <translation>导出……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="193"/>
        <source>Each worker&apos;s mean scores over the files scored in the period, for the performance review; overall is the mean of the three.</source>
        <translation>每位社工在此期间已评分档案的平均分，供绩效考核使用；综合为三项的平均。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="199"/>
        <source>Files</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="200"/>
        <source>Overall</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="263"/>
        <source>not yet</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="272"/>
        <source>No spot checks yet: click “Draw files…” to draw archived files at random.</source>
        <translation>还没有抽查：点“抽取档案……”从已归档的档案中随机抽取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="275"/>
        <source>Every spot check is scored. Untick “Only those not scored yet” to see them all.</source>
        <translation>所有抽查都已评分。取消勾选“只看未评分的”即可看到全部。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="282"/>
        <source>%1 files drawn with seed %2 (shown in bold). Keep the seed: over the same files it draws the same sample.</source>
        <translation>已抽取 %1 份档案，随机种子 %2（以粗体显示）。请记下种子：对同一批档案，用它会抽出同样的样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="323"/>
        <source>Drawing files…</source>
        <translation>正在抽取档案……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="340"/>
        <source>drawn %1</source>
        <translation>%1 抽取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="372"/>
        <source>Saving the scores…</source>
        <translation>正在保存评分……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="407"/>
        <source>No spot check was scored in this period. Once drawn files are scored on the “Drawn files” tab, each worker&apos;s means appear here.</source>
        <translation>此期间还没有评分的抽查。在“抽取的档案”页为档案评分后，这里会列出每位社工的平均分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="422"/>
        <source>Export the scores per worker</source>
        <translation>导出按社工汇总的评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="424"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="433"/>
        <source>Exporting…</source>
        <translation>正在导出……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="439"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_page.py" line="439"/>
        <source>The scores per worker are in %1</source>
        <translation>按社工汇总的评分已保存到 %1</translation>
    </message>
</context>
<context>
    <name>SpotCheckWords</name>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="62"/>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="63"/>
        <source>Conformity</source>
        <translation>规范性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="64"/>
        <source>Professional quality</source>
        <translation>专业性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="68"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/spot_check_dialogs.py" line="68"/>
        <source>Group or activity</source>
        <translation>小组或活动</translation>
    </message>
</context>
<context>
    <name>StandardsSettings</name>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="254"/>
        <source>Group and activity standards</source>
        <translation>小组与活动服务标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="255"/>
        <source>Save the standards</source>
        <translation>保存服务标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="256"/>
        <source>Use the seed&apos;s figure</source>
        <translation>恢复为标准原值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="259"/>
        <source>The minimums the quality checks hold groups, activities and lectures to, per service domain. Grey: the seed&apos;s figure; bold: the agency&apos;s own. Type a figure to change one; clear it to go back to the seed&apos;s. —: the seed sets no such standard.</source>
        <translation>质量检查对小组、活动和讲座要求的最低数量，按服务领域分列。灰色为标准原值，粗体为机构调整后的数值。输入数字即可修改；清空则恢复原值。—：标准未规定此项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="293"/>
        <source>The seed&apos;s figure: %1</source>
        <translation>标准原值：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="313"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="313"/>
        <source>A standard is a whole number, 0 or more.</source>
        <translation>服务标准应为不小于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="333"/>
        <source>The standards are saved.</source>
        <translation>服务标准已保存。</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../desktop/ui/start.py" line="72"/>
        <source>Workspace folder: %1</source>
        <translation>工作区文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="80"/>
        <source>This folder has no workspace yet. Choose how to start:</source>
        <translation>此文件夹还没有工作区，请选择开始方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="82"/>
        <source>Set up a new agency (standalone)</source>
        <translation>新建机构（独立工作区）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="92"/>
        <source>Agency name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="93"/>
        <source>Station (township)</source>
        <translation>站点（镇街）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="94"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="95"/>
        <location filename="../../desktop/ui/start.py" line="319"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="96"/>
        <source>Password (8 or more characters)</source>
        <translation>密码（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="97"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="98"/>
        <source>Create the workspace</source>
        <translation>创建工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="103"/>
        <source>Open the demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="105"/>
        <source>Join a supervisor&apos;s hub…</source>
        <translation>加入督导中心…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="112"/>
        <source>A township laptop joins the supervisor&apos;s hub with the enrolment file the agency head made for it and the one-time code they give you by hand.</source>
        <translation>镇街笔记本凭机构负责人为它生成的注册文件，以及亲手交给您的一次性验证码加入督导中心。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="176"/>
        <source>Join a supervisor&apos;s hub</source>
        <translation>加入督导中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="127"/>
        <location filename="../../desktop/ui/start.py" line="137"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="127"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="137"/>
        <source>Please fill in every field.</source>
        <translation>请填写所有栏目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="149"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="161"/>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="161"/>
        <source>Accounts (user name / password):</source>
        <translation>账号（用户名 / 密码）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="167"/>
        <source>Making the demo…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="179"/>
        <source>The agency head enrolled this laptop at the hub and gave you two things apart: an enrolment file (ending in .cdenrol) and a one-time code of twelve letters and digits. With both, this laptop becomes a field device: it receives your accounts and cases from the hub, and its work goes to the hub as bundle files (the Sync page).</source>
        <translation>机构负责人已在督导中心为这台笔记本注册，并分开交给您两样东西：一个注册文件（扩展名为 .cdenrol）和一个由 12 位字母、数字组成的一次性验证码。两样齐全，这台笔记本就成为镇街设备：从督导中心接收您的账号和个案，工作以数据包文件发往督导中心（同步页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="190"/>
        <location filename="../../desktop/ui/start.py" line="199"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="204"/>
        <source>Enrolment file</source>
        <translation>注册文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="205"/>
        <source>One-time code</source>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="206"/>
        <source>Empty folder for the new workspace</source>
        <translation>新工作区的空文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="212"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="214"/>
        <source>Join the hub</source>
        <translation>加入督导中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="241"/>
        <source>Enrolment files</source>
        <translation>注册文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="242"/>
        <source>Choose the enrolment file</source>
        <translation>选择注册文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="248"/>
        <source>An empty folder for the new workspace</source>
        <translation>为新工作区选择一个空文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="258"/>
        <source>Choose the enrolment file, type the code and choose a folder.</source>
        <translation>请选择注册文件、输入验证码并选择文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="272"/>
        <source>Joined the hub</source>
        <translation>已加入督导中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="274"/>
        <source>This laptop is now “%1”, a field device of the hub “%2”. Sign in with the user name and password you use at the agency.</source>
        <translation>这台笔记本现在是督导中心“%2”的镇街设备“%1”。请用您在机构使用的用户名和密码登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="281"/>
        <source>Next time, start CaseDesk with this folder: casedesk --data-dir %1</source>
        <translation>下次请用这个文件夹启动 CaseDesk：casedesk --data-dir %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="295"/>
        <source>Checking the code and making the workspace…</source>
        <translation>正在核对验证码并建立工作区…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="299"/>
        <source>Joining the hub…</source>
        <translation>正在加入督导中心…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="312"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="320"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="323"/>
        <source>Forgot the password…</source>
        <translation>忘记密码……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="366"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="391"/>
        <source>Setting your password…</source>
        <translation>正在设置密码…</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="100"/>
        <source>New station</source>
        <translation>新建站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="100"/>
        <source>Change the station</source>
        <translation>修改站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="105"/>
        <source>e.g. 石排镇</source>
        <translation>例如：石排镇</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="106"/>
        <source>e.g. SP</source>
        <translation>例如：SP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="107"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="108"/>
        <source>Township</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="109"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="114"/>
        <source>the name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="187"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="188"/>
        <source>Resolve conflicts…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="189"/>
        <source>Set up this workspace as the hub</source>
        <translation>将本工作区建立为督导中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="190"/>
        <source>Set up this workspace as the hub…</source>
        <translation>将本工作区建立为督导中心…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="191"/>
        <source>Devices and hub</source>
        <translation>设备与督导中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="194"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="195"/>
        <source>Who works on it</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="196"/>
        <source>Bundles sent to it</source>
        <translation>已发给它的数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="197"/>
        <source>Bundles received from it</source>
        <translation>已收到它的数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="198"/>
        <source>Of ours it has confirmed</source>
        <translation>它已确认收到的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="199"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="202"/>
        <source>Enrol a device…</source>
        <translation>注册设备…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="203"/>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="204"/>
        <source>Bundle files</source>
        <translation>数据包文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="207"/>
        <source>Work travels as files on a USB stick or through a messaging app: export after your work, import what the other side sent. A file opens only at the workspace it is made for, and importing one twice changes nothing.</source>
        <translation>工作以文件形式通过 U 盘或聊天软件传递：工作之后导出，收到对方的文件后导入。数据包只能在它的收件工作区打开，重复导入不会改变任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="212"/>
        <source>Export bundles…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="213"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="214"/>
        <source>Import bundles…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="215"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="216"/>
        <source>Inspect a bundle…</source>
        <translation>查看数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="217"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="217"/>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="243"/>
        <source>This workspace is the agency&apos;s hub: township laptops send their work here as bundle files, and decisions, numbers and the agency&apos;s tables go back to them the same way.</source>
        <translation>本工作区是机构的督导中心：镇街笔记本以数据包文件把工作发到这里，审批结果、档案编号和机构资料也以同样方式发回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="247"/>
        <source>This workspace is meant to be the agency&apos;s hub, but the hub is not set up yet.</source>
        <translation>本工作区将作为机构的督导中心，但尚未建立。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="250"/>
        <source>This laptop is a field device of the hub “%1”. After your work, export a bundle for the supervisor; when the hub&apos;s reply comes back, import it.</source>
        <translation>这台笔记本是督导中心“%1”的镇街设备。工作之后导出数据包交给督导；督导中心的回复送回来后，将其导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="254"/>
        <source>This workspace works on its own: there is no hub or device to exchange work with.</source>
        <translation>本工作区独立使用：没有督导中心或设备与之交换工作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="260"/>
        <source>Last import: %1</source>
        <translation>最近一次导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="262"/>
        <source>Nothing imported yet.</source>
        <translation>还没有导入过数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="268"/>
        <source>%1 changes were sent and are not yet confirmed by the other side: they travel again in every bundle until a reply confirms them.</source>
        <translation>有 %1 项改动已发出、对方尚未确认：在对方回复确认之前，每个数据包都会再带上它们。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="277"/>
        <source>%1 items were changed both here and on the other side: both versions are kept until a person chooses one.</source>
        <translation>有 %1 项内容本工作区和对方都修改过：两个版本都已保留，等待有人选择其一。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="281"/>
        <source>No conflicts wait for a decision.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="298"/>
        <source>Township laptops that work offline sync with one hub, usually the supervisor&apos;s office computer. Set this workspace up as the hub to enrol them; the work already here stays, and so do the archive numbers given. Keep a USB stick at hand for the recovery file.</source>
        <translation>离线工作的镇街笔记本与一个督导中心同步，通常是督导办公室的电脑。把本工作区建立为督导中心后即可注册笔记本；已有的工作和已给出的档案编号都保持不变。请准备一个 U 盘存放恢复文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="306"/>
        <source>This workspace does not sync. The agency head or the business lead sets it up as the agency&apos;s hub here; a township laptop joins a hub when CaseDesk first starts in an empty folder (“Join a supervisor&apos;s hub”).</source>
        <translation>本工作区不同步。机构负责人或业务负责人可在此将其建立为机构的督导中心；镇街笔记本在空文件夹中首次启动 CaseDesk 时选择“加入督导中心”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="319"/>
        <source>the hub</source>
        <translation>督导中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="322"/>
        <source>revoked %1</source>
        <translation>已撤销（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="324"/>
        <source>enrolled %1; waiting for its first bundle</source>
        <translation>%1 注册；等待它的第一个数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="328"/>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="345"/>
        <source>No devices yet. Enrol each township laptop with “Enrol a device…”: you get a file for the laptop and a one-time code to give its worker by hand.</source>
        <translation>还没有设备。请用“注册设备…”为每台镇街笔记本注册：您会得到一个给笔记本的注册文件，和一个需亲手交给社工的一次性验证码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="349"/>
        <source>No devices yet: the agency head or the business lead enrols them on this page.</source>
        <translation>还没有设备：由机构负责人或业务负责人在本页注册。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="396"/>
        <source>Export bundles into which folder?</source>
        <translation>把数据包导出到哪个文件夹？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="403"/>
        <source>Exporting for %1…</source>
        <translation>正在为 %1 导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="412"/>
        <source>for %1, bundle no. %2: %3 (%4)</source>
        <translation>发给 %1，第 %2 号数据包：%3（%4）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="421"/>
        <source>Written to %1 — take these files to the other side:</source>
        <translation>已写入 %1，请把这些文件交给对方：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="423"/>
        <source>Nothing new to send: every device has everything already.</source>
        <translation>没有新内容要发送：每台设备都已是最新。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="427"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="428"/>
        <source>Exporting bundles…</source>
        <translation>正在导出数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="434"/>
        <location filename="../../desktop/ui/pages/sync_page.py" line="504"/>
        <source>CaseDesk bundles</source>
        <translation>CaseDesk 数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="435"/>
        <source>Import which bundles?</source>
        <translation>导入哪些数据包？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="444"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="462"/>
        <source>%1 of %2 files imported:</source>
        <translation>%2 个文件中 %1 个已导入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="466"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="468"/>
        <source>Importing bundles…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="473"/>
        <source>Not imported, nothing changed: %1</source>
        <translation>未导入，没有任何改动：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="475"/>
        <source>Imported before: nothing changed.</source>
        <translation>以前已导入过，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="476"/>
        <source>From %1, bundle no. %2.</source>
        <translation>来自 %1，第 %2 号数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="477"/>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="478"/>
        <source>Updated: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="481"/>
        <source>%1 conflicts: changed on both sides, both versions kept; resolve them on this page.</source>
        <translation>%1 个冲突：双方都修改过，两个版本均已保留；请在本页处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="488"/>
        <source>Bundles never imported here: no. %1. Nothing is lost: what they carried came with this one.</source>
        <translation>未在这里导入过的数据包：第 %1 号。没有丢失任何内容：它们所带的内容已随这个数据包到达。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="492"/>
        <source>Archive numbers given: %1</source>
        <translation>已给出档案编号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="495"/>
        <source>%1 rows belonged to files destroyed here (retention) and were refused.</source>
        <translation>%1 行数据属于本处已到期销毁的档案，已拒收。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="505"/>
        <source>Inspect which bundle?</source>
        <translation>查看哪个数据包？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="511"/>
        <source>From: %1</source>
        <translation>发件方：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="512"/>
        <source>To: %1</source>
        <translation>收件方：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="513"/>
        <source>Bundle no.: %1</source>
        <translation>编号：第 %1 号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="514"/>
        <source>Made: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="515"/>
        <source>Holds: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="516"/>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="517"/>
        <source>Made by CaseDesk %1</source>
        <translation>由 CaseDesk %1 生成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="519"/>
        <source>Bundle %1</source>
        <translation>数据包 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="524"/>
        <source>Not a bundle</source>
        <translation>不是数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="537"/>
        <source>The hub is set up</source>
        <translation>督导中心已建立</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="539"/>
        <source>This workspace is now the agency&apos;s hub. The recovery file is at %1: take it off this computer to the agency head today. Next, enrol each township laptop with “Enrol a device…”.</source>
        <translation>本工作区现在是机构的督导中心。恢复文件在 %1：请今天就把它从这台电脑上移走，交给机构负责人保管。接下来请用“注册设备…”为每台镇街笔记本注册。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="545"/>
        <location filename="../../desktop/ui/pages/sync_page.py" line="548"/>
        <source>Setting up the hub…</source>
        <translation>正在建立督导中心…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="566"/>
        <source>Making the enrolment file…</source>
        <translation>正在生成注册文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="577"/>
        <location filename="../../desktop/ui/pages/sync_page.py" line="584"/>
        <source>Revoke a device</source>
        <translation>撤销设备</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="577"/>
        <source>Which device?</source>
        <translation>哪台设备？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="581"/>
        <source>Revoke “%1”? Its bundles are refused from now on and the archive numbers it has not used are never given again. Do this for a lost, stolen or retired laptop; its worker gets a newly enrolled one.</source>
        <translation>撤销“%1”？从此拒绝它的数据包，它尚未用掉的档案编号也永不再发。用于丢失、被盗或停用的笔记本；该社工改用一台新注册的设备。</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="17"/>
        <source>households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="18"/>
        <source>clients</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="19"/>
        <source>household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="20"/>
        <source>cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="21"/>
        <source>groups and activities</source>
        <translation>小组和活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="22"/>
        <source>forms</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="23"/>
        <source>form revisions</source>
        <translation>表单修订</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="24"/>
        <source>attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="25"/>
        <source>decisions</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="26"/>
        <source>comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="27"/>
        <source>signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="28"/>
        <source>archive numbers</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="29"/>
        <source>destroyed files</source>
        <translation>已销毁的档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="30"/>
        <source>audit log starting points</source>
        <translation>操作日志起点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="31"/>
        <source>attached files</source>
        <translation>附件文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="32"/>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="33"/>
        <source>station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="34"/>
        <source>service project</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="35"/>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="42"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_words.py" line="42"/>
        <source>nothing</source>
        <translation>无</translation>
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
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="258"/>
        <source>Project targets</source>
        <translation>项目指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="260"/>
        <source>Choose an indicator from the catalogue and give the number the contract asks for.</source>
        <translation>从指标目录中选择指标，并填写合同要求的数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="267"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="269"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="272"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="272"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../desktop/ui/pages/admin_dialogs.py" line="88"/>
        <source>Still to give: %1.</source>
        <translation>尚需填写：%1。</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="99"/>
        <source>Set by the agency head or the business lead.</source>
        <translation>由机构负责人或业务主管设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="112"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="114"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agency_settings.py" line="120"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
</context>
</TS>
