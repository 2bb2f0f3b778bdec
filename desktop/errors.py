"""Errors a user can meet, each with a code and a message in Chinese and English.

The catalogue is data so that a supervisor (and a translator) can read every message in one place,
and so that tests assert codes rather than wording.
"""

from __future__ import annotations

from typing import Any

# code -> (Chinese template, English template). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # Workspace and store (W)
    "W001": ("“{path}”不是 CaseDesk 工作区", "{path} is not a CaseDesk workspace"),
    "W002": ("“{path}”已经是一个工作区", "{path} already holds a workspace"),
    "W003": ("无法写入“{path}”：{reason}", "Cannot write to {path}: {reason}"),
    "W004": (
        "此工作区由更新版本的 CaseDesk 创建（数据结构 {found}，本程序支持到 {supported}），请先升级程序",
        "This workspace was made by a newer CaseDesk (schema {found}, this program knows up to "
        "{supported}); please upgrade CaseDesk first",
    ),
    "W005": ("工作区文件已损坏：{reason}", "The workspace files are damaged: {reason}"),
    "W006": (
        "上次升级数据结构时中断，已从升级前的备份恢复：{backup}",
        "An earlier schema upgrade was interrupted; restored from the pre-upgrade backup {backup}",
    ),
    "W008": (
        "数据库文件已损坏（{reason}）。请用最近的备份恢复：casedesk backup restore {backup}",
        "The database file is damaged ({reason}). Restore the latest backup: casedesk backup restore {backup}",
    ),
    "W009": ("找不到备份“{name}”", "No backup {name}"),
    "W010": (
        "数据库文件已损坏（{reason}），且没有可用的备份；请把工作区文件夹交给机构的技术人员",
        "The database file is damaged ({reason}) and there is no backup; give the workspace folder to the "
        "agency's technical support",
    ),
    "W011": (
        "磁盘已满或无法写入（{path}）：刚才的操作没有保存，之前的资料都完好。请腾出磁盘空间后再试",
        "The disk is full or cannot be written ({path}): what you just did was not saved, and everything "
        "before it is intact. Free some disk space and try again",
    ),
    "W007": (
        "数据库升级失败，数据已从备份恢复：{reason}",
        "Upgrading the database failed and it was restored from the backup: {reason}",
    ),
    "W012": (
        "无法连接机构中心数据库（{server}）：{reason}。请检查网络、服务器是否开启，以及账号设置",
        "Cannot reach the agency's database server ({server}): {reason}. Check the network, that the server "
        "is running, and the account settings",
    ),
    "W016": (
        "此工作区已在数据库服务器（{server}）上，无需迁移",
        "This workspace is on the database server ({server}) already: nothing to move",
    ),
    "W015": (
        "此机构中心的数据在数据库服务器（{server}）上，请在服务器上用 pg_dump 备份与恢复（见 docs/hub.md）",
        "This hub's records are on the database server ({server}): back them up and restore them there with "
        "pg_dump (docs/hub.md)",
    ),
    "W014": (
        "迁移核对未通过（表 {table}：{reason}），服务器上的数据库已清空，原工作区未改动",
        "The move did not check out (table {table}: {reason}); the server's database was emptied and the "
        "workspace is unchanged",
    ),
    "W013": (
        "数据库“{server}”已存有资料，不能在其中新建工作区；请用空数据库，或用“迁移”命令导入",
        "The database {server} already holds data: a new workspace needs an empty one (or use the move command)",
    ),
    # Accounts and access (A)
    "A001": ("用户名或密码不正确", "Wrong user name or password"),
    "A002": ("账号“{username}”已存在", "The account {username} already exists"),
    "A003": ("账号“{username}”已停用", "The account {username} is disabled"),
    "A004": ("您的角色（{role}）不能执行此操作：{action}", "Your role ({role}) may not do this: {action}"),
    "A005": ("不能审批自己的工作", "Nobody may approve their own work"),
    "A006": ("密码至少需要 {min} 个字符", "A password needs at least {min} characters"),
    "A007": ("未知角色：{role}", "Unknown role: {role}"),
    "A008": ("请先登录（需要用户名和密码）", "Please sign in first (a user name and password are needed)"),
    "A009": ("您无权查看或修改此记录", "You may not see or change this record"),
    "A010": (
        "只有负责社工、其督导、业务负责人或机构负责人可以共享此{kind}或停止共享",
        "Only the owning worker, their supervisor, the business lead or the agency head may share this {kind_en} "
        "or stop sharing it",
    ),
    "A011": ("此{kind}由“{name}”负责，无需共享", "{name} owns this {kind_en} already: there is nothing to share"),
    "A012": ("此{kind}没有与“{name}”共享", "This {kind_en} is not shared with {name}"),
    "A013": (
        "不能停用自己的账号，也不能去掉自己管理账号的权限",
        "You cannot disable your own account or take away your own right to manage accounts",
    ),
    "A014": ("“{name}”不是督导，不能担任督导", "{name} is not a supervisor and cannot supervise anyone"),
    "A015": ("错误次数过多，请 {seconds} 秒后再试", "Too many wrong attempts: try again in {seconds} s"),
    "A016": ("账号“{username}”至少需要一个角色", "The account {username} needs at least one role"),
    "A017": (
        "“{station}”有督导，请为社工“{name}”指定督导",
        "{station} has a supervisor: choose the supervisor of the worker {name}",
    ),
    "A018": (
        "“{name}”是机构唯一在职的机构负责人，不能停用或去掉此角色；请先让另一位同事担任机构负责人",
        "{name} is the agency's only active agency head and cannot be disabled or lose that role; make a "
        "colleague agency head first",
    ),
    "A019": (
        "请先设置自己的密码：“{username}”现在的密码是别人给的初始或临时密码。请运行 casedesk password change "
        "（或在窗口中登录）设置只有您知道的新密码",
        "Set your own password first: the password of {username} is a first or temporary one someone gave you. "
        "Run casedesk password change (or sign in in the window) to set a new one only you know",
    ),
    "A020": (
        "新密码不能与别人给您的密码相同，请另选一个只有您知道的密码",
        "The new password cannot be the one someone gave you: choose one only you know",
    ),
    # The agency's stations and projects (O)
    "O001": (
        "合同结束日期（{end}）早于开始日期（{start}）",
        "The contract ends ({end}) before it starts ({start})",
    ),
    "O002": ("没有编号为“{id}”的指标，请从指标目录中选择", "There is no indicator {id}: choose one from the catalogue"),
    "O003": (
        "站点“{name}”已关闭，不能再安排新的账号、服务对象或项目",
        "The station {name} is closed: nothing new goes there",
    ),
    "O004": ("已有名为“{name}”的站点", "There is a station called {name} already"),
    "O005": (
        "指标“{id}”的目标值须为正数（不是“{value}”）",
        "The target of {id} must be a positive number (not {value})",
    ),
    "O006": ("未知的服务领域：{domain}", "Unknown service domain: {domain}"),
    "O007": ("站点名称和项目名称不能为空", "A station or project needs a name"),
    "O008": (
        "“{name}”不是在职的服务人员，不能安排到项目上",
        "{name} is not an active account that serves clients, so cannot be on a project",
    ),
    "O009": (
        "项目“{project}”不在{name}的服务范围内（项目已停用、不覆盖其站点，或没有安排其参与），请选择其他项目",
        "The project {project} is not open to {name} (inactive, not covering their station, or not naming them):"
        " choose another",
    ),
    # Encryption and keys (E)
    "E001": (
        "恢复密钥输入有误（校验不符），请逐组核对",
        "The recovery key is mistyped (its check does not match); compare it group by group",
    ),
    "E002": ("此恢复密钥打不开这个工作区", "This recovery key does not open this workspace"),
    "E003": (
        "账号“{username}”在此工作区还没有密钥，请机构负责人或业务主管为您重新设置密码",
        "The account {username} has no key in this workspace yet; ask the agency head or business lead "
        "to set you a new password",
    ),
    "E004": (
        "文件“{name}”无法解密（已损坏，或不属于此工作区）",
        "The file {name} cannot be decrypted (damaged, or not from this workspace)",
    ),
    "E005": (
        "工作区已加密。它还没有恢复密钥：请机构负责人生成一个并妥善保管（casedesk recovery-key new）",
        "The workspace is now encrypted. It has no recovery key yet: the agency head should make one and "
        "keep it safe (casedesk recovery-key new)",
    ),
    "E006": (
        "此工作区还没有恢复密钥：忘记密码时将无法打开。请生成一个（文件 → 生成新的恢复密钥）并锁好保管",
        "This workspace has no recovery key: a forgotten password could not be undone. Make one (File → New "
        "recovery key) and keep it locked away",
    ),
    # Spot checks (Q)
    "Q001": ("抽查清单还有未回答的项目：{missing}", "Items of the checklist are not answered: {missing}"),
    "Q002": ("不能抽查评分自己的档案", "Nobody scores a spot check of their own file"),
    "Q003": (
        "该期间内没有可抽查的档案（已归档且尚未抽查过的）",
        "No archived file in that period is left to spot-check",
    ),
    "Q004": ("此抽查已评分", "This spot check is already scored"),
    # Records and workflow (R)
    "R001": ("找不到记录 {id}", "No record {id}"),
    "R002": ("记录当前状态为“{status}”，不能{action}", "The record is {status}; it cannot be {action}"),
    "R003": ("表单有 {count} 处错误，不能提交", "The form has {count} errors and cannot be submitted"),
    "R004": (
        "审批已针对旧版本，当前内容需重新审批",
        "The approval was for an older revision; the current content needs approval again",
    ),
    "R005": ("此步骤（{step}）已审批", "This step ({step}) is already decided"),
    "R006": ("退回时必须填写意见", "A return needs a written opinion"),
    "R007": ("附件文件不存在：{path}", "The attachment file does not exist: {path}"),
    "R008": ("找不到{kind}：{id}", "No {kind}: {id}"),
    "R009": ("此表单不需要审批", "This form needs no approval"),
    "R011": (
        "此个案/小组已有一份“{form}”，不能再新建（可修改原表或先作废）",
        "This case or group already has a {form}; edit it, or void it first",
    ),
    "R012": ("投诉不能交给被投诉的社工处理", "A complaint cannot be handled by the worker it concerns"),
    "R010": ("该表单属于{scope}，请指定所属的{scope}", "This form belongs to a {scope}; name the {scope}"),
    "R013": ("内容有 {count} 处错误，未保存任何内容", "The content has {count} errors; nothing was saved"),
    # Form definitions (D) — a broken definition is refused whole
    "D001": ("表单定义 {form}：字段编号“{field}”重复", "Form definition {form}: duplicate field id {field}"),
    "D002": (
        "表单定义 {form}：字段“{field}”的类型“{type}”未知",
        "Form definition {form}: field {field} has unknown type {type}",
    ),
    "D003": (
        "表单定义 {form}：“{field}”的{what}引用了不存在的字段“{name}”",
        "Form definition {form}: the {what} of {field} names a missing field {name}",
    ),
    "D004": ("表单定义 {form}：{where} 缺少 {key}", "Form definition {form}: {where} lacks {key}"),
    "D005": (
        "表单定义 {form}：“{field}”的表达式无法解析：{reason}",
        "Form definition {form}: the expression of {field} cannot be parsed: {reason}",
    ),
    "D006": ("表单定义 {form}：选择题“{field}”没有选项", "Form definition {form}: choice field {field} has no options"),
    "D007": (
        "表单定义 {form}：“{field}”引用了未知的选项表“{name}”",
        "Form definition {form}: {field} names an unknown option list {name}",
    ),
    "D008": ("表单定义 {form}：表格“{field}”没有列", "Form definition {form}: table {field} has no columns"),
    "D009": ("表单定义 {form}：{where} 有未知的键“{key}”", "Form definition {form}: {where} has an unknown key {key}"),
    "D010": ("表单定义 {form}：未知的签名角色“{role}”", "Form definition {form}: unknown signer role {role}"),
    "D011": ("表单定义 {form}：未知的审批角色“{role}”", "Form definition {form}: unknown approval role {role}"),
    "D012": (
        "表单定义 {form}：“{field}”带入的来源“{path}”未知",
        "Form definition {form}: {field} carries from an unknown source {path}",
    ),
    "D013": (
        "表单定义 {form}：{where} 的值无效：{reason}",
        "Form definition {form}: {where} has an invalid value: {reason}",
    ),
    "D014": ("表单定义文件无法读取：{path}：{reason}", "A form definition file cannot be read: {path}: {reason}"),
    "D015": ("表单编号“{form}”重复", "Duplicate form id {form}"),
    "D016": ("未知表单：{form}", "Unknown form: {form}"),
    "D018": (
        "表单“{form}”第 {version} 版并不比现用的第 {current} 版新",
        "{form} version {version} is not newer than the version in use ({current})",
    ),
    "D017": (
        "表单定义 {form}：计算字段之间存在循环引用：{cycle}",
        "Form definition {form}: computed fields refer to each other in a cycle: {cycle}",
    ),
    "D019": (
        "表单定义 {form}：{where} 应在 {low} 到 {high} 之间",
        "Form definition {form}: {where} must be between {low} and {high}",
    ),
    "D020": (
        "表单定义 {form}：“{field}”的格式（pattern）检查起来可能极慢，请改写：{reason}",
        "Form definition {form}: the pattern of {field} could take very long to check; rewrite it: {reason}",
    ),
    "D021": (
        "表单定义 {form}：“{field}”的表达式使用了不允许的名称“{name}”（以下划线开头的名称、format 等）",
        "Form definition {form}: the expression of {field} names {name}, which is not allowed (names "
        "starting with an underscore, format and the like)",
    ),
    "D022": (
        "已安装的表单定义“{name}”无法使用，暂用原有版本；请安装修正后的版本：{reason}",
        "The installed form definition {name} cannot be used and the earlier version stays in use; install a "
        "corrected one: {reason}",
    ),
    "D023": (
        "表单定义 {form}：behaviour 中“{role}”所指的字段“{name}”不存在或类型不对（应为 {types}）",
        "Form definition {form}: the field {name} declared for {role} under behaviour is missing or not of "
        "the type it needs ({types})",
    ),
    "D024": (
        "表单定义 {form}：效果“{effect}”要读取“{role}”，请在 behaviour 中声明它对应的字段",
        "Form definition {form}: the effect {effect} reads {role}; declare its field under behaviour",
    ),
    # Field values (F) — produced by validation
    "F001": ("“{label}”为必填项", "{label} is required"),
    "F002": ("“{label}”应为数字", "{label} must be a number"),
    "F003": ("“{label}”不能小于 {min}", "{label} must be at least {min}"),
    "F004": ("“{label}”不能大于 {max}", "{label} must be at most {max}"),
    "F005": ("“{label}”应为日期（年-月-日）", "{label} must be a date (YYYY-MM-DD)"),
    "F006": ("“{label}”应为时间（时:分）", "{label} must be a time (HH:MM)"),
    "F007": ("“{label}”的选项“{value}”不在可选范围内", "{label}: {value} is not one of the choices"),
    "F008": ("“{label}”最多 {max} 个字", "{label} takes at most {max} characters"),
    "F009": ("“{label}”格式不正确：{hint}", "{label} is not in the right format: {hint}"),
    "F010": ("“{label}”至少需要 {min} 行", "{label} needs at least {min} rows"),
    "F011": ("“{label}”最多 {max} 行", "{label} takes at most {max} rows"),
    "F012": ("“{label}”应为金额（最多两位小数）", "{label} must be an amount of money (two decimals at most)"),
    "F013": ("“{label}”应在 {min} 到 {max} 之间", "{label} must be between {min} and {max}"),
    "F014": (
        "表单含有定义中没有的字段“{field}”，已保留但不显示",
        "The record holds a field {field} the form no longer defines; it is kept but not shown",
    ),
    "F015": ("“{label}”应为“是”或“否”", "{label} must be yes or no"),
    "F016": ("“{label}”的值无效", "{label} has an invalid value"),
    "F017": ("“{label}”不能晚于今天", "{label} cannot be later than today"),
    "F018": ("“{label}”至少 {min} 个字", "{label} needs at least {min} characters"),
    # People (P)
    "P001": ("身份证号码“{value}”无效（{reason}）", "The ID number {value} is invalid ({reason})"),
    "P002": ("出生日期不能晚于今天", "The date of birth cannot be later than today"),
    "P003": ("出生日期与身份证号码不一致", "The date of birth differs from the one in the ID number"),
    "P006": ("性别与身份证号码不一致", "The sex differs from the one in the ID number"),
    "P004": (
        "“{label}”最多 {max} 个字，现有 {length} 个",
        "The {label_en} takes at most {max} characters; it has {length}",
    ),
    "P005": (
        "“{label}”的第 {position} 个字是{what}（{point}），不能使用",
        "The {label_en} holds {what_en} ({point}) at character {position}, which cannot be used",
    ),
    # Case work (K)
    "K001": (
        "接案审批通过（开案）之前不能填写此表",
        "This form waits until the intake is approved and the case is open",
    ),
    "K002": ("“{form}”只用于{kind}", "{form} is only for a {kind}"),
    "K003": ("个案状态为“{status}”，不能再新增表单", "The case is {status}; it takes no new forms"),
    "K004": ("个案尚不能归档，缺少：{missing}", "The case cannot be archived yet; missing: {missing}"),
    "K005": (
        "只有已结案（结案报告已批准）的个案才能归档",
        "Only a closed case (closing report approved) can be archived",
    ),
    "K006": ("没有待确认的纸质/电话审批", "There is no paper or phone approval to confirm"),
    "K007": ("只有审批人本人可以确认此审批", "Only the person who gave the approval can confirm it"),
    "K008": (
        "{what}已有档案编号，更正服务领域或类型须由督导（或业务负责人）进行",
        "The {what_en} has its archive number: only the supervisor (or business lead) corrects its domain or type",
    ),
    "K009": ("“{value}”不是可用的{what}", "{value} is not a known {what_en}"),
    "K010": (
        "{what}已归档，其中的记录不能作废",
        "The {what_en} is archived: its records cannot be voided",
    ),
    "K011": (
        "小组不能更正为活动，活动也不能更正为小组（表单不同）：请作废后重新建立",
        "A group cannot be corrected into an activity, nor an activity into a group (their forms differ): "
        "void it and start it again",
    ),
    "K012": (
        "作废他人的记录或已提交、已批准的记录须由督导进行",
        "Only a supervisor voids another person's record, or one already submitted or approved",
    ),
    # Groups and activities (G)
    "G001": (
        "计划书须经督导批准后才能开展（填写集会记录、点名、意见表或报告）",
        "Nothing is run or recorded before the supervisor approves the plan",
    ),
    "G002": (
        "小组/活动尚不能归档，缺少：{missing}",
        "The group or activity cannot be archived yet; missing: {missing}",
    ),
    "G003": (
        "只有已结束（总结报告已批准）的小组/活动才能归档",
        "Only a finished group or activity (report approved) can be archived",
    ),
    "G004": ("小组/活动状态为“{status}”，不能再新增表单", "The group or activity is {status}; it takes no new forms"),
    # Rosters and spreadsheets (X)
    "X001": ("表格无法读取：{reason}", "The spreadsheet cannot be read: {reason}"),
    "X002": (
        "表格有 {count} 行有错误，未导入任何数据；请修正后再导入",
        "{count} rows have errors; nothing was imported: correct them and import again",
    ),
    "X003": ("未知的列：{columns}", "Unknown columns: {columns}"),
    "X004": ("缺少必需的列：{columns}", "Required columns are missing: {columns}"),
    "X005": (
        "表格文件过大（{size} MB，上限 {limit} MB），未读取；请拆分后分批导入",
        "The spreadsheet file is too large ({size} MB; the limit is {limit} MB) and was not read: split it and "
        "import the parts one by one",
    ),
    "X006": (
        "表格文件解压后过大（{size} MB，上限 {limit} MB），可能是“压缩炸弹”，未读取",
        "The spreadsheet unpacks to too much ({size} MB; the limit is {limit} MB), perhaps a zip bomb: it was not read",
    ),
    "X007": (
        "表格超过 {limit} 行，未导入；请拆分后分批导入",
        "The spreadsheet has more than {limit} rows and was not imported: split it and import the parts one by one",
    ),
    "X008": ("表格超过 {limit} 列，未读取", "The spreadsheet has more than {limit} columns and was not read"),
    # Lists and search (L)
    "L001": (
        "搜索内容太长（{length} 个字，最多 {max} 个）",
        "The search is too long ({length} characters; {max} at most)",
    ),
    # Signatures (S)
    "S001": ("已作废的记录不能签名", "A void record cannot be signed"),
    "S002": ("此表单没有“{signer}”签名栏", "This form has no signature block {signer}"),
    "S003": ("签名是空白的，请在签名板上签名", "The signature is blank; please sign on the pad"),
    # Archive numbers (N)
    "N001": (
        "“{value}”不是有效的档案编号（格式：类别-性质-次序-年月，如 QSN-GA-007-202611）",
        "{value} is not an archive code (CATEGORY-NATURE-SEQUENCE-YYYYMM, e.g. QSN-GA-007-202611)",
    ),
    "N002": (
        "编码“{value}”无效：须以大写字母开头，只含大写字母和数字，最多 8 位，不能含“-”",
        "The code {value} is invalid: a capital letter first, then capitals or digits, 8 at most, no hyphen",
    ),
    "N003": (
        "编码“{value}”已用于档案编号，不能改名（可停用后新增）",
        "The code {value} is in archive numbers already and cannot be renamed (retire it and add a new one)",
    ),
    "N004": ("编码“{value}”已存在", "The code {value} exists already"),
    "N005": (
        "加入失败：以下档案编号在两处都已使用，需机构先行处理：{codes}",
        "Joining refused: these archive numbers were given in both places and need the agency's attention "
        "first: {codes}",
    ),
    "N006": (
        "找不到适用于“{what}”的{table}编码，请在编码表中设置",
        "No {table} code applies to {what}; set one in the code tables",
    ),
    "N007": ("只有督导中心可以分配编号段", "Only a hub hands out number blocks"),
    "N008": ("此编号段不是发给本设备的", "This number block is for another device"),
    "N009": ("编号段与已有编号段重叠：{start}–{end}", "The number block overlaps one held already: {start}–{end}"),
    # Command line (C)
    # Bundles (B): files that carry work between a device and its hub
    "B001": ("“{name}”不是 CaseDesk 数据包", "{name} is not a CaseDesk bundle"),
    "B002": (
        "数据包由更新版本的 CaseDesk 制作（格式 {found}，本程序支持到 {supported}），请先升级程序",
        "The bundle was made by a newer CaseDesk (format {found}, this program reads up to {supported}); "
        "please upgrade CaseDesk first",
    ),
    "B003": (
        "数据包不完整（可能只复制了一部分）：{reason}",
        "The bundle is incomplete (perhaps partly copied): {reason}",
    ),
    "B004": (
        "数据包签名不符，文件被改动或损坏，已拒绝导入",
        "The bundle's signature does not match: the file was changed or damaged, and nothing was imported",
    ),
    "B005": ("数据包来自未知设备“{device}”", "The bundle comes from an unknown device {device}"),
    "B006": ("数据包内容不安全，已拒绝：{reason}", "The bundle's contents are unsafe and were refused: {reason}"),
    "B007": ("数据包无法解密（不是发给本工作区的）", "The bundle cannot be decrypted (it is not addressed here)"),
    "B008": ("数据包过大（{size}），上限为 {limit}", "The bundle is too large ({size}); the limit is {limit}"),
    "B009": (
        "恢复密钥无法读取：口令不正确或文件已损坏",
        "The recovery keys cannot be read: the passphrase is wrong or the file is damaged",
    ),
    "B010": (
        "数据包 {name} 是第 {sequence} 号，比已导入的第 {last} 号旧，已拒绝（其内容已随后来的数据包到达）",
        "{name} is bundle {sequence}, older than bundle {last} imported already; refused (what it carried "
        "arrived with the later one)",
    ),
    "B011": (
        "设备“{device}”已被撤销（{date}），其数据包一律拒绝",
        "The device {device} was revoked ({date}); its bundles are refused",
    ),
    "B012": (
        "数据包是发给“{recipient}”的，不是本工作区",
        "The bundle is addressed to {recipient}, not to this workspace",
    ),
    "B013": ("一次性验证码不正确，或注册文件已损坏", "The one-time code is wrong, or the enrolment file is damaged"),
    "B014": (
        "设备“{device}”的首个数据包未通过一次性验证码核验，已拒绝",
        "The first bundle of {device} failed the one-time code check and was refused",
    ),
    "B015": (
        "数据包中的表单“{form}”是第 {found} 版，本程序只认识到第 {supported} 版，请先升级程序",
        "The bundle holds {form} version {found}; this program knows up to version {supported}: please upgrade",
    ),
    "B016": (
        "数据包与本工作区的数据矛盾，未导入任何内容：{reason}",
        "The bundle contradicts this workspace; nothing was imported: {reason}",
    ),
    "B017": (
        "本工作区还没有加入同步（督导中心先执行“建立督导中心”，设备先导入注册文件）",
        "This workspace does not sync yet (a hub is set up first; a device imports its enrolment file)",
    ),
    "B018": ("本工作区已经是督导中心", "This workspace is a hub already"),
    "B019": ("设备名“{name}”已被使用", "The device name {name} is taken"),
    "B020": ("只有督导中心可以{action}", "Only a hub can {action}"),
    "B021": ("找不到设备“{name}”", "No device {name}"),
    "B022": (
        "注册文件只能导入到空文件夹，或尚未加入督导中心的独立工作区：{path}",
        "An enrolment file goes into an empty folder or a standalone workspace that has not joined a hub: {path}",
    ),
    "B023": ("找不到待处理的冲突 {id}", "No open conflict {id}"),
    "B024": (
        "设备“{device}”的注册已经完成，一次性验证码不能再用",
        "The enrolment of {device} is complete; its one-time code cannot be used again",
    ),
    "B025": (
        "恢复文件不能放在工作区文件夹里：它要离开这台电脑保存",
        "The recovery file cannot go inside the workspace folder: it is kept away from this computer",
    ),
    "B026": (
        "“{path}”已存在，请换一个文件名（旧的恢复文件不会被覆盖）",
        "{path} exists already; choose another name (an earlier recovery file is never overwritten)",
    ),
    "B027": (
        "督导中心发来的表单定义“{form}”用到了本程序不认识的内容（{reason}），请先升级程序",
        "The hub sent a form definition ({form}) that uses what this program does not know ({reason}); "
        "please upgrade CaseDesk first",
    ),
    "B028": (
        "“{device}”的操作日志核对不上（第 {seq} 条），数据包已拒绝",
        "The audit log of {device} does not verify (entry {seq}); the bundle was refused",
    ),
    "B029": (
        "数据包里有发送方无权发出的内容（{part}：只有督导中心能发出），未导入任何内容",
        "The bundle carries a part its sender may not send ({part}: only a hub sends it); nothing was imported",
    ),
    "B030": (
        "数据包的方向不对（{kind}）：督导中心只收设备发来的数据包，设备只收督导中心发来的，未导入任何内容",
        "The bundle goes the wrong way ({kind}): a hub takes bundles from its devices and a device from its "
        "hub only; nothing was imported",
    ),
    "B031": (
        "数据包里有一条“{table}”不是这台设备上的人有权做的（{rule}），未导入任何内容",
        "The bundle holds a {table_en} that the people of this device may not make ({rule_en}); nothing was imported",
    ),
    # Retention and destruction (V)
    "V001": (
        "到期销毁只在督导中心或独立工作区进行；外勤设备在同步时收到销毁结果",
        "Destruction is done at the hub or in a standalone workspace; field devices receive it through sync",
    ),
    "V002": ("销毁须写明原因", "A destruction needs a reason"),
    "V003": (
        "“{label}”已不在到期清单中（已销毁或期限有变），请重新查看清单",
        "{label} is no longer due (destroyed already, or its period changed); look at the list again",
    ),
    "V004": ("截至 {date} 没有保存期限已满的档案", "Nothing has passed its retention period on {date}"),
    "V005": ("销毁须经确认（命令行请加 --yes）", "Destruction needs a confirmation (--yes on the command line)"),
    "C001": ("缺少参数：{what}", "Missing argument: {what}"),
    "C002": ("已取消", "Cancelled"),
    "C004": ("“{key}”对应多个{kind}，请改用 id", "{key} names more than one {kind}: give its id"),
    "C005": ("{what}“{value}”不在可选范围内（可选：{choices}）", "{what} {value} is not one of: {choices}"),
    "C003": (
        "不再接受 {option}：作为参数的密码或代码会出现在进程列表里，本机其他用户都能看到。"
        "请改用环境变量 {variable}，或在提示时输入",
        "{option} is no longer taken: a secret given as an argument shows in the process list, where other users "
        "of the machine can read it. Set {variable} instead, or type it when asked",
    ),
}


def format_message(code: str, lang: str = "zh", **params: Any) -> str:
    """The message for ``code`` in ``lang`` ("zh" or "en") with its placeholders filled."""
    zh, en = MESSAGES[code]
    template = en if lang == "en" else zh
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


class CaseDeskError(Exception):
    """A refusal or failure a user can meet: a code, parameters and messages in both languages."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in MESSAGES:
            raise KeyError(f"unknown message code {code}")
        self.code = code
        self.params = params
        super().__init__(f"[{code}] {self.message('en')}")

    def message(self, lang: str = "zh") -> str:
        return format_message(self.code, lang, **self.params)

    def __str__(self) -> str:
        return f"[{self.code}] {self.message('zh')} / {self.message('en')}"


class DefinitionError(CaseDeskError):
    """A form definition that cannot be used; raised by the loading pipeline."""


class AccessDenied(CaseDeskError):
    """The domain refuses an action for the account asking."""


class WorkflowError(CaseDeskError):
    """A record is not in a state that allows the action."""


class InvalidContent(WorkflowError):
    """A form's content refused whole (R013) where nobody corrects it field by field (a script): ``issues``
    holds the validation's errors, each in both languages."""

    def __init__(self, issues: list[Any]) -> None:
        super().__init__("R013", count=len(issues))
        self.issues = issues


class WorkspaceError(CaseDeskError):
    """The workspace cannot be created, opened or upgraded."""
