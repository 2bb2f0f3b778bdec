"""Writes docs/indicators.md from the indicator definitions, so that the page a funder reads and the
code can never disagree: ``python -m desktop.indicators.docs`` (``--check`` fails when the page is stale).

Every phrase about a form, field or option is taken from the form registry (titles, labels, option
labels), so renaming a field's label in its YAML renames it here too."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.forms.registry import Registry, default_registry
from desktop.forms.schema import FieldDef, FormDef
from desktop.indicators import text
from desktop.indicators.definitions import (
    CASE_ATTRS,
    CASE_STATES,
    GROUP_ATTRS,
    RECORD_STATES,
    Catalogue,
    Condition,
    Count,
    Exists,
    Indicator,
    load_catalogue,
)
from desktop.roles import role_label

DOCS_FILE = Path(__file__).resolve().parents[2] / "docs" / "indicators.md"
ATTR_LABELS = {
    "case_type": ("个案类型", "case type"),
    "family_case": ("家庭个案", "family case"),
    "approval_owed": ("热线咨询待补审批", "hotline approval still owed"),
    "kind": ("小组/活动类型", "kind"),
    "focus": ("小组主题（计划书）", "focus (from the plan)"),
}
DATE_LABELS = {
    "opened_on": ("开案日（接案信息表审批通过之日）", "the day the case opened (intake approved)"),
    "closed_on": ("结案日（结案报告审批通过之日）", "the day the case closed (closing report approved)"),
    "group.closed_on": ("结束日（小组/活动报告审批通过之日）", "the day the group's report was approved"),
}
DOMAIN_BY = {
    "case": ("个案所属领域", "the case's domain"),
    "group": ("小组/活动所属领域", "the group's domain"),
    "client": ("服务对象的领域", "the client's domain"),
    "record": ("记录中填写的服务领域", "the domain written on the record"),
    "project": ("所属服务项目的领域", "its project's domains"),
    "form": ("本表单只属于本领域", "the form belongs to this domain"),
}
DISTINCT = {
    "case": ("同一个案只计 1 例", "each case once"),
    "client": ("同一服务对象只计 1 人", "each client once"),
    "household": ("同一家庭只计 1 户（见通则）", "each household once (see the general rules)"),
    "group": ("同一小组只计 1 个", "each group once"),
    "record": ("同一份记录只计 1 次（不论有几行）", "each record once (however many rows)"),
}


def cell(zh: str, en: str) -> str:
    return f"{zh}<br>{en}" if zh or en else "—"


class _Writer:
    def __init__(self, catalogue: Catalogue, registry: Registry) -> None:
        self.catalogue = catalogue
        self.registry = registry

    # -- phrases ---------------------------------------------------------------------------------
    def form(self, count: Count) -> FormDef | None:
        return self.registry.get(count.form) if count.form else None

    def field(self, count: Count, key: str) -> FieldDef | None:
        form = self.form(count)
        if form is None:
            return None
        table = form.field(count.table) if count.table else None
        found = table.column(key) if table is not None else None
        return found or form.field(key)  # a table's rows are also placed by their record's date

    def named_field(self, count: Count, key: str) -> FieldDef:
        """A field the count names: loading the definitions checked that its form has it."""
        field = self.field(count, key)
        assert field is not None, key
        return field

    def values(self, count: Count, condition: Condition) -> tuple[str, str]:
        if condition.set_name:
            label = self.catalogue.sets[condition.set_name].label
            return label.zh, label.en
        if all(isinstance(v, bool) for v in condition.values):
            return "、".join("是" if v else "否" for v in condition.values), "/".join(
                "yes" if v else "no" for v in condition.values
            )
        attr = condition.key.split(".")[-1] if count.source == "cases" or "." in condition.key else None
        field = None if attr else self.field(count, condition.key)
        labels = []
        for value in condition.values:
            if field is not None:
                labels.append((field.option_label(value, "zh"), field.option_label(value, "en")))
            else:
                list_name = {**CASE_ATTRS, **GROUP_ATTRS}[attr or ""] or ""
                labels.append(
                    (
                        self.registry.option_label(list_name, value, "zh"),
                        self.registry.option_label(list_name, value, "en"),
                    )
                )
        return "、".join(z for z, _ in labels), " or ".join(e for _, e in labels)

    def key_label(self, count: Count, key: str) -> tuple[str, str]:
        attr = key.split(".")[-1]
        if count.source == "cases" or "." in key:
            return ATTR_LABELS[attr]
        field = self.field(count, key)
        return (field.label.zh, field.label.en) if field else (key, key)

    def where(self, count: Count) -> tuple[str, str]:
        groups = []
        for group in count.where:
            parts = []
            for condition in group:
                (kz, ke), (vz, ve) = self.key_label(count, condition.key), self.values(count, condition)
                parts.append((f"{kz}：{vz}", f"{ke}: {ve}"))
            groups.append(("，".join(z for z, _ in parts), ", ".join(e for _, e in parts)))
        groups = [g for g in groups if g[0]]
        if len(groups) > 1:
            return "或".join(f"（{z}）" for z, _ in groups), " or ".join(f"({e})" for _, e in groups)
        return groups[0] if groups else ("", "")

    def source(self, count: Count) -> tuple[str, str]:
        form = self.form(count)
        if form is None:
            return "**个案**", "**cases**"
        if count.table:
            table = form.field(count.table)
            assert table is not None, count.table
            return (
                f"**{form.title.zh}**“{table.label.zh}”的每一行",
                f"each row of '{table.label.en}' in **{form.title.en}**",
            )
        return f"**{form.title.zh}**", f"**{form.title.en}** records"

    def states(self, count: Count) -> tuple[str, str]:
        if count.source == "area_population":
            return "机构登记的数字", "the agency's figure"
        if count.states_set:
            label = self.catalogue.sets[count.states_set].label
            return label.zh, label.en
        names = CASE_STATES if count.source == "cases" else RECORD_STATES
        return "、".join(names[s][0] for s in count.states), ", ".join(names[s][1] for s in count.states)

    def date(self, count: Count) -> tuple[str, str]:
        if count.source == "area_population":
            return "当前登记的人口数（及其年份），不分期间", "the figure on record (with its year), any period"
        if count.date is None:
            return "", ""
        if count.date.during:
            labels = [self.named_field(count, k).label for k in count.date.during]
            if len(labels) == 1:
                return f"“{labels[0].zh}”不晚于期间末日", f"'{labels[0].en}' on or before the period's last day"
            return (
                f"“{labels[0].zh}”至“{labels[1].zh}”与期间重叠（未填结束日即仍在进行）",
                f"'{labels[0].en}' to '{labels[1].en}' overlaps the period (no end: still running)",
            )
        key = count.date.key or ""
        if key in DATE_LABELS or key.removeprefix("case.") in DATE_LABELS:
            return DATE_LABELS.get(key) or DATE_LABELS[key.removeprefix("case.")]
        return self.date_field(count, key)

    def date_field(self, count: Count, key: str) -> tuple[str, str]:
        """A date field named with what holds it: a form's "日期" alone says little."""
        form = self.form(count)
        assert form is not None, "a date field is a form's"
        table = form.field(count.table) if count.table else None
        holder = table.label if table is not None and table.column(key) is not None else form.title
        label = self.named_field(count, key).label
        return f"{holder.zh}的“{label.zh}”（`{key}`）", f"'{label.en}' of the {holder.en}"

    def domain_by(self, count: Count) -> tuple[str, str]:
        places = [DOMAIN_BY[p] for p in count.domain_by]
        return "，未填时按".join(z for z, _ in places), ", else ".join(e for _, e in places)

    def exists(self, exists: Exists) -> tuple[str, str]:
        match = exists.match
        same = {"case": ("同一个案", "the same case"), "client": ("同一服务对象", "the same client")}[exists.same]
        (sz, se), (wz, we) = self.source(match), self.where(match)
        (tz, te), (dz, de) = self.states(match), self.date(match)
        zh, en = [tz], [te]
        if wz:
            zh.append(wz)
            en.append(we)
        if dz:
            zh.append(f"{dz}不晚于期间末日")
            en.append(f"{de} on or before the period's last day")
        if match.source == "cases":
            zh.append("领域同本行")
            en.append("in this row's domain")
        zh_text = f"且{same[0]}已有{sz}（{'；'.join(zh)}）"
        en_text = f"with {se} ({'; '.join(en)}) for {same[1]}"
        return zh_text.replace("**", ""), en_text.replace("**", "")

    def count(self, count: Count | None, row: Indicator | None = None, wanted: bool = True) -> str:
        if count is None:
            if row is not None and row.missing and wanted:
                needs = [f"`{m.qualified}`" for m in row.missing]
                return cell(f"⚠ 待补 {'、'.join(needs)}", f"⚠ needs {', '.join(needs)}")
            return "—"
        if count.source == "area_population":
            return cell(
                "所选范围内各服务站服务区域人口之和（设置 `indicators.area_population`，按站点登记人口数及年份；"
                "任一站点未登记则不计算）",
                "the population of the service areas of the stations in scope, added up (setting "
                "`indicators.area_population`, a figure and its year per station; not worked out while a station "
                "has none)",
            )
        (sz, se), (wz, we), (dz, de) = self.source(count), self.where(count), self.domain_by(count)
        zh, en = [sz], [se]
        if wz:
            zh.append(wz)
            en.append(we)
        if count.exists:
            ez, ee = self.exists(count.exists)
            zh.append(ez)
            en.append(ee)
        zh.append(f"领域：{dz}")
        en.append(f"domain: {de}")
        return cell("；".join(zh), "; ".join(en))

    def measure(self, row: Indicator, count: Count | None) -> tuple[str, str]:
        if count is None:
            return "", ""
        measure = count.measure
        if measure.kind == "distinct":
            zh, en = DISTINCT[measure.of or ""]
            return (zh.replace("1 例", "1 个") if row.unit == "个" else zh), en
        if measure.kind == "sum":
            field = self.named_field(count, measure.of or "")
            zh, en = f"“{field.label.zh}”之和", f"sum of '{field.label.en}'"
            if row.unit == "人次":
                zh, en = zh + "（同一人每次各计）", en + " (a person counts each time)"
            return zh, en
        if count.source == "area_population":
            return "人口数（人）", "people living there"
        what = {"cases": ("个案", "case"), "records": ("记录", "record"), "rows": ("行", "row")}[count.source]
        unit = "" if row.unit == "%" else f" {row.unit}"
        zh, en = f"每份{what[0]}计 1{unit}", f"one per {what[1]}"
        if count.source != "records":
            zh = f"每个个案计 1{unit}" if count.source == "cases" else f"每行计 1{unit}"
        if row.unit == "人次":
            zh, en = zh + "（同一人多次各计）", en + " (a person counts each time)"
        return zh, en

    def paired(self, row: Indicator, what: str) -> str:
        """One phrase for numerator and denominator, or both labelled when they differ."""
        phrase = {"date": self.date, "states": self.states}.get(what)
        parts = []
        for count in (row.numerator, row.denominator):
            if count is None:
                parts.append(("", ""))
            elif phrase is not None:
                parts.append(phrase(count))
            else:
                parts.append(self.measure(row, count))
        (nz, ne), (dz, de) = parts
        if row.denominator is None or (nz, ne) == (dz, de):
            return cell(nz, ne)
        return cell(f"分子：{nz}；分母：{dz}", f"numerator: {ne}; denominator: {de}")

    def standard(self, row: Indicator) -> str:
        if row.target.minimum is not None:
            zh, en = f"不低于 {row.target.minimum}%（种子规定）", f"at least {row.target.minimum}% (set by the seed)"
        else:
            zh, en = "按项目指标", "the project's target"
        if row.target.better == "lower":
            zh, en = zh + "，越低越好", en + ", lower is better"
        if row.target.period == "year":
            zh, en = zh + "，按年度", en + ", per year"
        return f"{row.standard}<br>{zh}<br>{en}"

    def notes(self, row: Indicator) -> str:
        out = []
        if row.missing:
            needs = [f"`{m.qualified}`" for m in row.missing]
            zh, en = "、".join(needs), ", ".join(needs)
            out.append(f"⚠ 暂不计算，缺 {zh}（见文末）<br>⚠ Not computed yet: needs {en} (see the end)")
        if row.notes:
            out.append(cell(row.notes.zh, row.notes.en))
        return "<br>".join(out) or "—"

    # -- the page --------------------------------------------------------------------------------
    def domain_section(self, index: int) -> list[str]:
        table = self.catalogue.tables[index]
        label = (
            self.registry.option_label("domain", table.domain, "zh"),
            self.registry.option_label("domain", table.domain, "en"),
        )
        lines = [
            f"### 4.{index + 1} {label[0]} {label[1]} (`{table.domain}`)",
            "",
            f"000 {table.chapter.zh} · {table.title.zh}",
            f"({table.chapter.en} · {table.title.en})",
            "",
            f"| {table.first_column}<br>{text.FIRST_COLUMN_EN[table.first_column]} | 项目分类<br>Item "
            "| 评估指标<br>Indicator | 量化标准<br>Standard | 单位<br>Unit | 分子<br>Numerator "
            "| 分母<br>Denominator | 期间日期<br>Period date | 计入状态<br>States counted | 计数方式<br>Counting "
            "| 说明<br>Notes |",
            "|" + "---|" * 11,
        ]
        previous = ("", "")
        for row in table.rows:
            section = row.section if row.section != previous[0] else ""
            item = row.item if (row.section, row.item) != previous else ""
            previous = (row.section, row.item)
            named = f"{row.label.zh}<br>" if row.label.zh != row.indicator else ""
            indicator = f"**{row.indicator}**<br>{named}{row.label.en}<br>`{row.id}`"
            cells = [
                section,
                item,
                indicator,
                self.standard(row),
                row.unit,
                self.count(row.numerator, row),
                self.count(row.denominator, row, wanted=row.is_rate),
                self.paired(row, "date"),
                self.paired(row, "states"),
                self.paired(row, "measure"),
                self.notes(row),
            ]
            lines.append("| " + " | ".join(c.replace("|", "/").replace("\n", " ") for c in cells) + " |")
        return lines

    def summary(self) -> list[str]:
        lines = [
            "| 领域 Domain | 行数 Rows | 可计算 Computed | 待补数据 Waiting for data |",
            "|---|---|---|---|",
        ]
        for table in self.catalogue.tables:
            waiting = sum(1 for r in table.rows if r.missing)
            name = self.registry.option_label("domain", table.domain, "zh")
            lines.append(f"| {name} `{table.domain}` | {len(table.rows)} | {len(table.rows) - waiting} | {waiting} |")
        rows = self.catalogue.rows
        waiting = sum(1 for r in rows if r.missing)
        lines.append(f"| 合计 Total | {len(rows)} | {len(rows) - waiting} | {waiting} |")
        return lines

    def sets(self) -> list[str]:
        lines = ["| 名称 Name | 含义 Meaning | 成员 Members |", "|---|---|---|"]
        for value_set in self.catalogue.sets.values():
            if value_set.of in ("case_states", "record_states"):
                names = CASE_STATES if value_set.of == "case_states" else RECORD_STATES
                members = [names[v] for v in value_set.values]
            else:
                label = self.registry.option_label
                members = [(label(value_set.of, v, "zh"), label(value_set.of, v, "en")) for v in value_set.values]
            lines.append(
                f"| `${value_set.name}` | {value_set.label.zh}<br>{value_set.label.en} "
                f"| {'、'.join(z for z, _ in members)}<br>{', '.join(e for _, e in members)} |"
            )
        return lines

    def forms(self) -> list[str]:
        used: list[str] = []
        for row in self.catalogue.rows:
            counts = [row.numerator, row.denominator]
            counts += [c.exists.match for c in counts if c is not None and c.exists is not None]
            used.extend(c.form for c in counts if c is not None and c.form and c.form not in used)
        lines = [
            "| 表单 Form | 审批 Approval | 期间日期字段 Date field | 服务记录（计时） Service record (timed) |",
            "|---|---|---|---|",
        ]
        for form in self.registry:
            if form.id not in used:
                continue
            chain = (
                " → ".join(f"{role_label(r)} {role_label(r, 'en')}" for r in form.approval)
                or "—（提交即完成 complete once submitted）"
            )
            date = f"`{form.date_field}`" if form.date_field else "—"
            timed = "是 yes" if form.service_record else ""
            lines.append(f"| {form.title.zh} {form.title.en} `{form.id}` | {chain} | {date} | {timed} |")
        return lines

    def missing(self) -> list[str]:
        needs: dict[str, tuple[str, str, list[str]]] = {}
        for row in self.catalogue.rows:
            for m in row.missing:
                entry = needs.setdefault(m.qualified, (m.kind, cell(m.text.zh, m.text.en), []))
                entry[2].append(f"`{row.id}` {row.indicator}")
        lines = ["| 缺少 Needs | 类别 Kind | 说明 What | 等待它的行 Rows waiting for it |", "|---|---|---|---|"]
        for name, (kind, what, rows) in needs.items():
            lines.append(f"| `{name}` | {text.MISSING_KINDS[kind]} | {what} | {'<br>'.join(rows)} |")
        return lines

    def page(self) -> str:
        service_forms = "、".join(f"{f.title.zh}" for f in self.registry if f.service_record)
        service_forms_en = ", ".join(f"{f.title.en}" for f in self.registry if f.service_record)
        parts = [
            text.HEADER,
            "## 1. 词汇 The vocabulary",
            text.VOCABULARY_INTRO,
            *text.key_table(text.ROW_KEYS),
            "",
            "一个计数（分子或分母）的键：",
            "The keys of a count (a numerator or a denominator):",
            "",
            *text.key_table(text.COUNT_KEYS),
            text.VOCABULARY_OUTRO,
            "### 集合 Sets (`definitions/sets.yaml`)",
            "",
            *self.sets(),
            "",
            "### 指标读取的表单 Forms the indicators read",
            "",
            *self.forms(),
            "",
            "## 2. 通则 General rules",
            text.GENERAL_RULES.format(service_forms=service_forms, service_forms_en=service_forms_en),
            "## 3. 设计说明 Design note (for the computation)",
            text.DESIGN_NOTE,
            "## 4. 各领域指标 The eight tables",
            "",
            *self.summary(),
            "",
        ]
        for index in range(len(self.catalogue.tables)):
            parts.extend([*self.domain_section(index), ""])
        parts.extend(["## 5. 记录尚未包含的数据 What the records do not hold yet", text.MISSING_INTRO, *self.missing()])
        return "\n".join(parts).rstrip() + "\n"


def render(catalogue: Catalogue | None = None, registry: Registry | None = None) -> str:
    registry = registry or default_registry()
    return _Writer(catalogue or load_catalogue(registry=registry), registry).page()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.indicators.docs", description=__doc__)
    parser.add_argument("--out", type=Path, default=DOCS_FILE, help="the page to write (docs/indicators.md)")
    parser.add_argument("--check", action="store_true", help="only check that the page is up to date")
    args = parser.parse_args(argv)
    page = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != page:
            print(f"{args.out} is stale: run python -m desktop.indicators.docs", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(page, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
