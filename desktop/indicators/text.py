"""The fixed prose of docs/indicators.md: the vocabulary, the general rules and the design note, each
term defined once. desktop/indicators/docs.py puts it around the tables it writes from the YAML."""

from __future__ import annotations

FIRST_COLUMN_EN = {"服务内容": "Service", "服务对象": "Served"}
MISSING_KINDS = {"form": "表单 form", "field": "字段 field", "column": "表格列 table column", "setting": "设定 setting"}

HEADER = """# 服务质量指标定义 Service-quality indicator definitions

> 本页由 `python -m desktop.indicators.docs` 依据 `desktop/indicators/definitions/*.yaml`
> 生成，请勿手工修改：改 YAML 后重新生成（两者不一致时测试会失败）。
> Written by `python -m desktop.indicators.docs` from `desktop/indicators/definitions/*.yaml`; do not edit by
> hand: edit the YAML and run the generator (a test fails when the two disagree).

本页给 000 号种子文件（服务质量标准）八章“第三节 具体量化指标”表格的每一行下定义：
分子、分母、把记录放进期间的日期、计入哪些状态、人次与个数怎样数。
计算、看板和导出都按本页进行；购买方也凭本页核对数字。

This page defines every row of the eight "第三节 quantitative indicator" tables of the 000 seed (the city's
service-quality standard): numerator, denominator, the date that places a record in a period, which states
count, and how people are counted. The computation, the dashboard and the exports follow this page, and a
funder reads it to trust the numbers.
"""

VOCABULARY_INTRO = """
每一行是一条定义（`definitions/<领域>.yaml` 的 `rows` 中一项），键的含义如下。
Each row is one definition (an item of `rows` in `definitions/<domain>.yaml`); its keys mean:
"""

# (key, 含义, meaning): the rows of the vocabulary tables.
ROW_KEYS: list[tuple[str, str, str]] = [
    (
        "`domain`",
        "服务领域代码（文件级），即 option_lists.yaml 的 `domain`："
        "youth、elderly、women、family、corrections、school、rural、enterprise",
        "The service domain (per file): the `domain` codes of option_lists.yaml",
    ),
    (
        "`id`",
        "指标编号，全局唯一，形如 `领域.项目.指标`；项目指标（`Project.targets`）以它为键",
        "The row's stable id, `domain.item.indicator`; a project's targets (`Project.targets`) are keyed by it",
    ),
    (
        "`section` `item` `indicator` `standard`",
        "种子表格四列的原文：服务内容或服务对象、项目分类、评估指标、量化标准",
        "The seed table's four cells verbatim: section, item (项目分类), indicator (评估指标), standard (量化标准)",
    ),
    ("`label`", "中英文名称（看板与导出用）", "The row's name in Chinese and English (dashboard and exports)"),
    (
        "`unit`",
        "单位：人次、例、份、个、次、节、户、人、小时、%；种子的量化标准是单位时二者相同，比率的单位是 %",
        "人次, 例, 份, 个, 次, 节, 户, 人, 小时 or %: the seed's standard where that is a unit; % for a rate",
    ),
    (
        "`target`",
        "怎样判断达标：`minimum` 种子规定的下限（如 100%、90%），没有时以项目指标为准；"
        "`better: lower` 越低越好；`period: year` 种子按年度计",
        "How the row is judged: `minimum`, a floor the seed sets (100 %, 90 %), else the project's target "
        "applies; `better: lower`, lower is better; `period: year`, the seed states it per year",
    ),
    (
        "`numerator` `denominator`",
        "两个计数（见下表）；只有比率有分母",
        "Two counts (below); only a rate has a denominator",
    ),
    (
        "`missing`",
        "记录中尚缺、由后续工作补上的表单、字段、表格列或设定"
        "（`kind` `form` `table` `name` 及说明）；有此项的行暂不计算",
        "The form, field, table column or setting the records lack and a later step adds (`kind`, `form`, "
        "`table`, `name`, and why); such a row is not computed yet",
    ),
    ("`notes`", "说明，写给督导和购买方", "Notes for supervisors and funders"),
]

COUNT_KEYS: list[tuple[str, str, str]] = [
    (
        "`source`",
        "数什么：`cases` 个案（每个个案一项）；`records` 某表单的记录（每份一项）；`rows` 某表单中一个表格字段的各行",
        "What is counted: `cases` (one per case file), `records` of a form (one per filled form), or `rows` of "
        "a table field in a form's records",
    ),
    ("`form` `table`", "所读的表单编号，及 `rows` 所读的表格字段", "The form read, and the table field `rows` reads"),
    (
        "`domain_by`",
        "记录怎样归入领域：`case` 个案的领域、`group` 小组/活动的领域、`client` 服务对象的领域、"
        "`record` 记录中的“服务领域”字段、`project` 所属服务项目的领域、`form` 本表单只属于本领域。"
        "列出多个时取第一个有值的。个案和个案、小组表单的记录可省略（按个案或小组）",
        "How a record is placed in a domain: the case's, the group's, the client's, the record's own `domain` "
        "field, its project's domains, or the whole form belongs to this domain; several: the first that holds "
        "a value. Cases and records of case or group forms may leave it out (the case's or group's)",
    ),
    (
        "`where`",
        "筛选：`键: 值` 或 `键: [值, …]`（任一即可）。键为表单的单选或是否字段、表格列，"
        "或个案的 `case_type` `family_case` `approval_owed`、小组的 `kind`（记录中写作 `case.…` `group.…`）；"
        "`$名称` 指一个集合。一组筛选全部满足才计；写成列表时满足其中任一组即可",
        "Filters: `key: value` or `key: [values]` (any of them). A key is a choice or yes/no field of the form, "
        "a table column, or the case's `case_type`, `family_case`, `approval_owed` or the group's `kind` "
        "(`case.…`, `group.…` on records); `$name` is a set. A mapping matches when all its filters hold, a "
        "list of mappings when any one does",
    ),
    (
        "`exists`",
        "只计同一个案或同一服务对象（`same: case / client`）另有相符记录或个案者；"
        "其 `date` 须不晚于期间末日，没有 `date` 时按现状",
        "Count only items whose case or client (`same`) also has a matching record or case; its `date` must "
        "fall on or before the period's last day (no `date`: as things stand)",
    ),
    (
        "`measure`",
        "怎样数：`rows` 每项计 1；`{distinct: case / client / household / group}` 同一个案、服务对象、"
        "家庭或小组只计一次；`{sum: 字段}` 某数字字段之和",
        "How items are counted: `rows`, one each; `{distinct: …}`, each case, client, household or group "
        "once; `{sum: field}`, the sum of a number field",
    ),
    (
        "`date`",
        "期间日期：记录的某个日期字段（或表格列），或个案的 `opened_on` `closed_on`、小组的 `closed_on`"
        "（记录中写作 `case.…` `group.…`）；`{during: [开始, 结束]}` 为一段时间",
        "The period date: a date field (or column) of the record, the case's `opened_on` or `closed_on`, the "
        "group's `closed_on` (`case.…`, `group.…` on records); `{during: [start, end]}` is an interval",
    ),
    (
        "`states`",
        "计入的状态。记录默认只计 `approved`（已审批）；个案必须写明（通常 `$opened` 或 `$closed`）",
        "The states that count. Records: `approved` unless stated; cases must state them (usually `$opened` "
        "or `$closed`)",
    ),
]

VOCABULARY_OUTRO = """
载入时逐项核对表单登记（`desktop.forms.registry.default_registry()`）：
所指的表单、字段、表格列或选项不存在，所读字段在该行筛选条件下可能被隐藏，
或 `missing` 所列的东西其实已经存在，都会被拒绝，并写明文件、行和原因。
The loader checks every definition against the form registry: a form, field, column or option that does not
exist, a field that may be hidden under the row's own filters, or a `missing` mark naming something that now
exists is refused with the file, the row and the reason.
"""

GENERAL_RULES = """
1. **期间 Period.**
   期间是任意的起止日期，首尾两天都算在内（如 2026-01-01 至 2026-03-31）：月、季度、年度或项目合同期。
   每一行对所问的期间计算一次，不是把较短期间相加：
   一年里“每户只计一次”是在整年中去重，不是四个季度之和。
   A period is any first and last day, both included (2026-01-01 to 2026-03-31, say): a month, a quarter, a
   year or a project's contract. Each row is computed once for the period asked, never by adding shorter
   periods: a year's "each household once" is counted over the whole year, not as four quarters added up.

2. **记录怎样落入期间 How a record falls into a period.**
   每个计数有一个期间日期（`date`），该日期在期间内即计入。
   日期取自记录本身的日期字段（如会谈日期、访问日期；表单的 `date_field` 另存于已建索引的 `service_date` 列），
   或取自其个案、小组的日期：开案日、结案日、小组结束日，
   分别是接案信息表、结案报告、小组/活动报告审批通过之日。
   `during` 是一段时间（如矫正期），与期间有任何一天重叠即计入；没有结束日期的视为仍在进行。
   没有期间日期的记录不落入任何期间（质量检查应列出）。
   Each count has a period date (`date`); an item whose date lies in the period counts. The date is the
   record's own date field (the session date, the visit date; a form's `date_field` is also kept in the
   indexed `service_date` column) or its case's or group's date: the day the case opened, the day it closed,
   the day the group ended, which are the days the intake, the closing report and the group report were
   approved. `during` is an interval (a correction term) that counts when it overlaps the period by a day;
   no end date means still running. An item with no period date falls in no period (quality checks list it).

3. **只计已审批 Approved only, and why.**
   记录默认只计“已审批”：督导（及机构）接受之后，数字才交给购买方；待审批、已退回和草稿都不算完成。
   没有审批链的表单（如个案基本资料表、家访记录、培训记录）提交即完成，状态同为已审批。
   已审批的记录再修改会退回草稿，重新审批前不计入；
   作废的记录，以及作废的个案、小组下的全部记录，都不计入。个案按其状态计，见各行的“计入状态”。
   Records count only when approved: a number goes to the funder once the supervisor (and the agency) accepted
   the work behind it, and what is submitted, returned or draft is not finished. Forms without an approval
   chain (client basic information, visits, trainings) are complete once submitted and stand as approved. An
   approved record that is edited goes back to draft and leaves the counts until it is approved again; a void
   record, and every record of a void case or group, never counts. Cases count by their state, as each row's
   "states counted" says.

4. **人次、人、例、个、户 Counting people.**
   “人次”每出现一次计一次：同一人出席 5 节小组计 5 人次。
   “人”“例”“个”同一对象只计一次：同一个案转介两次，“个案转介数”仍计 1 例。
   “户”与“家庭个数”以家庭为单位：记录所属的家庭，未登记时为服务对象所属的家庭；
   服务对象未登记家庭的，本人算一户。各行的“计数方式”写明用哪一种。
   人次 (person-times) counts each time someone appears: a member at five group sessions is five. 人, 例 and 个
   count each person, case or group once: a case referred twice is still one referred case. Households (户,
   家庭个数) are families: the record's household, else the client's; a client with no household recorded is a
   household of one. Each row's "counting" says which applies.

5. **领域 Domain.**
   每一行属于一个服务领域。个案、小组/活动按其自身的领域；挂在个案、小组下的记录随之；
   其他记录按该行的 `domain_by`。
   所属项目服务多个领域时，按项目归领域的记录在每个领域各出现一次，跨领域合计时不可相加。
   Every row belongs to one domain. Cases and groups have their own; records of a case or group follow it;
   other records are placed by the row's `domain_by`. A record placed by its project shows under each domain of
   a project serving several, so such rows are not added up across domains.

6. **比率 Rates.**
   比率＝分子÷分母×100%，保留一位小数。分母为 0 时没有比率（显示“—”），既不是 0% 也不是 100%。
   A rate is numerator ÷ denominator × 100 %, to one decimal. With a zero denominator there is no rate (shown as
   "—"), neither 0 % nor 100 %.

7. **目标 Targets.**
   每个服务项目的项目指标存于 `Project.targets`，以本页的指标编号为键，
   如 `{{"youth.counselling.opened": 20}}`；比率的目标是百分数。
   种子已定数值的行（建档率 100%、转介成功率 90%）以该数值为默认目标。
   A project's targets live in `Project.targets`, keyed by the ids on this page
   (`{{"youth.counselling.opened": 20}}`); a rate's target is a percentage. Where the seed fixes a figure
   (filing 100 %, referral success 90 %) that figure is the default target.

8. **常规与特色服务时间 Routine and special time.**
   种子要求常规服务占工作量 75% 以上、特色服务 25% 以下，工作量以时间计
   （第一章 三；DOMAIN.md 作为各领域的通则）。它不是表格中的一行，按以下方式计算：
   已审批的服务记录（{service_forms}）所填用时（`minutes_spent`）之和，
   按 `service_line` 分为常规（routine）与特色（special），常规所占比例＝常规÷两者之和。
   记录按其期间日期落入期间、按上文规则归入领域；没填用时的记录不计入时间（质量检查应列出）。
   The seed wants routine services at 75 % of the workload or more and special projects at 25 % or less, by
   time (第一章 三; DOMAIN.md makes it a rule for every domain). It is not a table row; it is computed as the
   minutes spent (`minutes_spent`) on approved service records ({service_forms_en}), split by `service_line`
   into routine and special: routine ÷ (routine + special). A record falls into a period by its period date
   and into a domain by the rules above; a record with no time spent adds no time (quality checks list it).

9. **记录还答不了的行 Rows the records cannot answer yet.**
   缺少数据的行以 `missing` 写明缺什么，列在文末。
   数据补上之前这些行不计算，显示“暂无数据”并写明原因，绝不显示为 0。
   A row whose data the records lack says what is missing (`missing`; listed at the end). It is not computed
   until the data exists: it shows "no data yet" with the reason, never 0.

10. **隐藏字段 Hidden fields.**
    按条件显示的字段被隐藏后仍保留原来的值。
    计数只读在其筛选条件下一定显示的字段（载入时检查），所以这些残留值不会被计入。
    A field shown only under a condition keeps its old value when hidden. A count reads only fields that are
    always shown under its own filters (checked when the definitions load), so stale values never count.
"""

DESIGN_NOTE = """
每一行必须是对数据库的一个 SQL 聚合查询；逐条记录用 Python 计算不可行。
Every row must be answered by one SQL aggregate over the store; per-record Python is not an option.

- **Budget.** A year of every indicator over a workspace of 500,000 form records must compute in about one
  second (issue #12's benchmark, beside one plain `SELECT COUNT(*)` over the same table). Loading 500,000
  records into Python, or even decoding their JSON content once, takes several seconds on a field laptop, so
  no row may be computed by iterating records: the database counts, Python only assembles the answers.
- **Shape.** Each count is one `SELECT`: `COUNT(*)` for `rows`, `COUNT(DISTINCT …)` for `distinct`,
  `SUM(CAST(json_extract(r.content, '$.field') AS …))` for `sum`, over `form_record r` (or `case_file c` for
  `cases`) joined to `case_file` / `service_group` / `client` / `project` only when the row reads them, with
  `WHERE r.form_id = :form AND r.status IN (:states) AND <date> BETWEEN :first AND :last AND <domain> AND
  <filters>`, and the parent's `status <> 'void'`. `exists` is an `EXISTS (…)` subquery on the shared case or
  client; `during` is `start <= :last AND (end IS NULL OR end >= :first)`; a household is
  `COALESCE(r.household_id, client.household_id, client.id)`.
- **Indexes.** `form_record` has a covering index on (`form_id`, `service_date`, `status`, `case_id`,
  `group_id`, `client_id`, `owner_id`, `project_id`) and one on (`case_id`, `form_id`, `status`) for `exists`
  (schema 0016): a count by form and period never reads a record's content unless a filter names a field. A
  `date` naming the form's `date_field` uses `service_date`. JSON fields are read only after those filters;
  the few dates read from JSON (a correction term's end, a re-offence date) are on small roster forms.
- **Batching.** Each distinct count (the session records behind a row of every chapter, say) runs once for all
  the domains that ask for it, grouped by domain, so the catalogue is as many queries as it has distinct
  counts (`desktop/indicators/compute.py`; `bench/indicator_bench.py` measures it).
- **Values.** yes/no answers are JSON `true`/`false` (SQLite reads 1/0); numbers with decimals are stored as
  strings and need a `CAST`; option values are stored as their codes, never labels.
- **Targets and pace** (`desktop/indicators/targets.py`). A row's target is the project's own 项目指标
  (`Project.targets[row id]`) when one project is asked for, else the seed's fixed rate (建档率 100 %, 转介成功率
  90 %), else none. A rate is met or not (a lower-is-better row at or under its target). A count's achieved
  share is value ÷ target; by today it should stand at target × (days gone ÷ days in the period), and what is
  left is spread over the months left (30-day months).
- **Who sees what.** The agency head and business lead: any station, project or worker; a supervisor: their
  team's work; a worker: their own (`desktop/workspace/indicator_ops.py`).
- **Quality checks** (`desktop/workspace/quality_ops.py`, limits in `desktop/workflow/quality.py`) name what
  pulls the numbers down. For the period: counselling and treatment cases closed with fewer than 5 approved
  session records; cases opened and not filed, and transfers that did not succeed (each rate's denominator
  without its numerator, from the same queries); workers whose approved routine work is under 75 % of their
  recorded minutes; groups closed (report approved) under their domain's registered members, approved
  sessions or the roll's overall attendance; lectures held (approved session records) under their domain's
  people or minutes, and large or small community activities under their people. As of today, whatever the
  period: forms waiting for a decision more than `review.due_days` after submission, group and activity
  reports and archiving past their deadlines, closed cases not archived within `case.archive_due_days`.
  docs/rules.md gives each limit and its test.
- **Slicing and drilling down.** Every record and file carries `project_id` and `owner_id`, so agency, station,
  project and worker are further `WHERE` terms; the same `WHERE` with `SELECT r.id` lists the records behind any
  number. A station's work is the work under the projects that cover it: all of it for a project covering that
  station alone, and for a project covering several, what the people placed at that station do (no piece of work
  counts for two stations).
"""

MISSING_INTRO = """
下列数据记录中还没有。后续工作加上后，去掉相应行的 `missing` 并写好其计数（载入时会提示已存在的东西）。
The records do not hold these yet. When a later step adds one, the rows waiting for it get their counts and lose
the `missing` mark (the loader points out a mark naming something that now exists).
"""


def key_table(rows: list[tuple[str, str, str]]) -> list[str]:
    """A vocabulary table: key, its meaning in Chinese, in English."""
    return ["| 键 Key | 含义 | Meaning |", "|---|---|---|", *(f"| {k} | {zh} | {en} |" for k, zh, en in rows)]
