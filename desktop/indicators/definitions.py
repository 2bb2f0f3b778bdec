"""The loader of the indicator definitions: every row of the eight 第三节 tables as checked data.

A row (its parts are in ``vocabulary``) says what the seed's table says (section, item, indicator,
standard) and how its number comes from the records: a numerator and, for rates, a denominator, each a
``Count`` over one source with filters, a measure, the date that places a record in a period and the
states that count. The loader refuses, with the file, the row and the reason, any definition that names
a form, field, column or option the packaged form registry does not hold, so a definition can never
silently count nothing. docs/indicators.md (written from these files) defines every term once."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NoReturn

import yaml

from desktop.forms import expressions
from desktop.forms.loader import safe_yaml
from desktop.forms.registry import Registry, default_registry
from desktop.forms.schema import FieldDef, FieldType, FormDef, FormScope, Text
from desktop.forms.values import to_expression
from desktop.indicators.vocabulary import (
    CASE_ATTRS,
    CASE_DATES,
    CASE_STATES,
    DOMAIN_BY,
    EXISTS_SAME,
    GROUP_ATTRS,
    GROUP_DATES,
    MISSING_KINDS,
    RECORD_STATES,
    SOURCES,
    UNITS,
    Catalogue,
    Condition,
    Count,
    DomainTable,
    Exists,
    Indicator,
    IndicatorDefinitionError,
    Measure,
    Missing,
    PeriodDate,
    Target,
    ValueSet,
)
from desktop.settings import SETTINGS

__all__ = [
    "CASE_STATES",
    "RECORD_STATES",
    "Catalogue",
    "Condition",
    "Count",
    "DomainTable",
    "Exists",
    "Indicator",
    "IndicatorDefinitionError",
    "Measure",
    "Missing",
    "PeriodDate",
    "Target",
    "ValueSet",
    "load_catalogue",
]

DEFINITIONS_DIR = Path(__file__).with_suffix("")  # desktop/indicators/definitions/
SETS_FILE = "sets.yaml"

FILE_KEYS = {"domain", "chapter", "table", "first_column", "rows"}
ROW_KEYS = {
    "id",
    "section",
    "item",
    "indicator",
    "standard",
    "label",
    "unit",
    "target",
    "numerator",
    "denominator",
    "missing",
    "notes",
}
COUNT_KEYS = {"source", "form", "table", "domain_by", "where", "exists", "measure", "date", "states"}
EXISTS_KEYS = {"source", "form", "same", "domain_by", "where", "states", "date"}
ID_PATTERN = re.compile(r"^[a-z]+(\.[a-z_]+)+$")
RATE_STANDARD = re.compile(r"^(\d+)%$")


class _Reader:
    """Reads one file, failing with the file name, where in it, and why."""

    def __init__(self, registry: Registry, file: str, sets: Mapping[str, ValueSet] | None = None) -> None:
        self.registry = registry
        self.file = file
        self.sets = sets or {}

    def fail(self, where: str, reason: str) -> NoReturn:
        raise IndicatorDefinitionError(f"indicators/{self.file}: {where}: {reason}")

    def mapping(self, raw: Any, where: str, allowed: set[str], required: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(raw, dict):
            self.fail(where, "expected a mapping")
        unknown = sorted(set(raw) - allowed)
        if unknown:
            self.fail(where, f"unknown key '{unknown[0]}' (known: {', '.join(sorted(allowed))})")
        for key in required:
            if raw.get(key) in (None, ""):
                self.fail(where, f"'{key}' is required")
        return raw

    def text(self, raw: Any, where: str) -> Text:
        if not isinstance(raw, dict) or set(raw) != {"zh", "en"} or not all(isinstance(v, str) for v in raw.values()):
            self.fail(where, "expected {zh: …, en: …}")
        return Text(zh=raw["zh"].strip(), en=raw["en"].strip())

    # -- sets ------------------------------------------------------------------------------------
    def value_set(self, name: str, raw: Any) -> ValueSet:
        where = f"set {name}"
        self.mapping(raw, where, {"label", "of", "values"}, ("label", "of", "values"))
        of, values = raw["of"], raw["values"]
        if not isinstance(values, list) or not values:
            self.fail(where, "values: expected a list")
        allowed = self._set_universe(of, where)
        for value in values:
            if value not in allowed:
                self.fail(where, f"'{value}' is not one of {of}: {', '.join(map(str, allowed))}")
        return ValueSet(name=name, label=self.text(raw["label"], f"{where}.label"), of=of, values=tuple(values))

    def _set_universe(self, of: str, where: str) -> list[Any]:
        if of == "case_states":
            return list(CASE_STATES)
        if of == "record_states":
            return list(RECORD_STATES)
        if of not in self.registry.option_lists:
            self.fail(where, f"'{of}' is neither an option list of the form registry nor case_states/record_states")
        return [o.value for o in self.registry.option_lists[of]]

    def set_ref(self, value: Any, where: str) -> ValueSet | None:
        if isinstance(value, str) and value.startswith("$"):
            found = self.sets.get(value[1:])
            if found is None:
                self.fail(where, f"no set '{value[1:]}' in {SETS_FILE}")
            return found
        return None

    # -- one row ---------------------------------------------------------------------------------
    def row(self, raw: Any, domain: str, index: int) -> Indicator:
        named = isinstance(raw, dict) and isinstance(raw.get("id"), str)
        where = f"row {raw['id']}" if named else f"row {index + 1}"
        self.mapping(raw, where, ROW_KEYS, ("id", "section", "item", "indicator", "standard", "label", "unit"))
        row_id = raw["id"]
        where = f"row {row_id}"
        if not isinstance(row_id, str) or not ID_PATTERN.match(row_id) or not row_id.startswith(f"{domain}."):
            self.fail(where, f"id must look like {domain}.item.indicator (lower case, dots, underscores)")
        unit, standard = raw["unit"], str(raw["standard"])
        if unit not in UNITS:
            self.fail(where, f"unit '{unit}' is not one of {' '.join(UNITS)}")
        target = self.target(raw.get("target") or {}, f"{where}.target")
        self._check_standard(where, unit, standard, target)
        missing = tuple(self.missing(m, f"{where}.missing[{i}]") for i, m in enumerate(raw.get("missing") or []))
        numerator = raw.get("numerator")
        denominator = raw.get("denominator")
        if numerator is None and not missing:
            self.fail(where, "a numerator is required (or 'missing' naming what the records lack)")
        if unit == "%" and denominator is None and not missing:
            self.fail(where, "a rate (unit %) needs a denominator (or 'missing' naming what the records lack)")
        if unit != "%" and denominator is not None:
            self.fail(where, "only a rate (unit %) has a denominator")
        return Indicator(
            id=row_id,
            domain=domain,
            section=str(raw["section"]),
            item=str(raw["item"]),
            indicator=str(raw["indicator"]),
            standard=standard,
            label=self.text(raw["label"], f"{where}.label"),
            unit=unit,
            target=target,
            numerator=self.count(numerator, f"{where}.numerator") if numerator is not None else None,
            denominator=self.count(denominator, f"{where}.denominator") if denominator is not None else None,
            missing=missing,
            notes=self.text(raw["notes"], f"{where}.notes") if raw.get("notes") else None,
        )

    def target(self, raw: Any, where: str) -> Target:
        self.mapping(raw, where, {"minimum", "better", "period"})
        minimum = raw.get("minimum")
        if minimum is not None and (isinstance(minimum, bool) or not isinstance(minimum, int | float)):
            self.fail(where, "minimum: expected a number")
        better, period = raw.get("better", "higher"), raw.get("period", "any")
        if better not in ("higher", "lower"):
            self.fail(where, "better: expected higher or lower")
        if period not in ("any", "year"):
            self.fail(where, "period: expected any or year")
        return Target(minimum=minimum, better=better, period=period)

    def _check_standard(self, where: str, unit: str, standard: str, target: Target) -> None:
        """The seed's cell and the row's unit and target must tell the same story."""
        fixed = RATE_STANDARD.match(standard)
        if fixed and (unit != "%" or target.minimum != int(fixed.group(1))):
            self.fail(where, f"standard {standard} needs unit % and target minimum {fixed.group(1)}")
        if not fixed and target.minimum is not None:
            self.fail(where, f"standard {standard} fixes no figure: the project's target applies, not a minimum")
        if unit == "%" and not (fixed or standard.startswith("%")):
            self.fail(where, f"a rate's standard is a percentage, not {standard}")
        if unit != "%" and standard != unit:
            self.fail(where, f"the seed's cell {standard} is the unit: unit must be {standard}")
        if ("年度" in standard) != (target.period == "year"):
            self.fail(where, "a standard per year (年度) and target period year go together")

    def missing(self, raw: Any, where: str) -> Missing:
        self.mapping(raw, where, {"kind", "form", "table", "name", "zh", "en"}, ("kind", "name", "zh", "en"))
        kind, name, form, table = raw["kind"], raw["name"], raw.get("form"), raw.get("table")
        text = self.text({"zh": raw["zh"], "en": raw["en"]}, where)
        now_exists = f"'{name}' exists now: define the row with it and drop the mark"
        if kind not in MISSING_KINDS:
            self.fail(where, f"kind '{kind}' is not one of {', '.join(MISSING_KINDS)}")
        if kind == "form":
            if name in self.registry:
                self.fail(where, now_exists)
        elif kind == "setting":
            if name in SETTINGS:
                self.fail(where, now_exists)
        else:
            if form not in self.registry:
                self.fail(where, f"form '{form}' is not in the form registry")
            definition = self.registry.get(form)
            if kind == "field" and definition.field(name) is not None:
                self.fail(where, now_exists)
            if kind == "column":
                holder = definition.field(table or "")
                if holder is None or holder.type is not FieldType.TABLE:
                    self.fail(where, f"'{table}' is not a table field of form '{form}'")
                if holder.column(name) is not None:
                    self.fail(where, now_exists)
        return Missing(kind=kind, name=name, text=text, form=form, table=table)

    # -- counts ----------------------------------------------------------------------------------
    def count(self, raw: Any, where: str, nested: bool = False) -> Count:
        if isinstance(raw, dict) and raw.get("source") == "area_population" and not nested:
            # the population of the stations' service areas (a setting): a denominator with nothing to filter
            self.mapping(raw, where, {"source"}, ("source",))
            return Count("area_population", None, None, (), (), None, Measure("rows"), None, ())
        keys = EXISTS_KEYS if nested else COUNT_KEYS
        required = ("source", "same") if nested else ("source", "measure", "date")
        self.mapping(raw, where, keys, required)
        source = raw["source"]
        if source not in SOURCES:
            self.fail(where, f"source '{source}' is not one of {', '.join(SOURCES)}")
        form, table = self._form_and_table(raw, source, where)
        domain_by = self.domain_by(raw.get("domain_by"), source, form, where)
        groups = self.where(raw.get("where"), source, form, table, f"{where}.where")
        measure = Measure("rows") if nested else self.measure(raw["measure"], source, form, table, f"{where}.measure")
        date = self.date(raw.get("date"), source, form, table, f"{where}.date", nested)
        states, states_set = self.states(raw.get("states"), source, f"{where}.states")
        exists = None
        if raw.get("exists") is not None:
            exists = self.exists(raw["exists"], source, form, f"{where}.exists")
        count = Count(
            source=source,
            form=form.id if form else None,
            table=table.id if table else None,
            domain_by=domain_by,
            where=groups,
            exists=exists,
            measure=measure,
            date=date,
            states=states,
            states_set=states_set,
        )
        self._check_shown(count, form, table, where)
        return count

    def _form_and_table(self, raw: dict[str, Any], source: str, where: str) -> tuple[FormDef | None, FieldDef | None]:
        if source == "cases":
            if raw.get("form") or raw.get("table"):
                self.fail(where, "source cases takes no form or table")
            return None, None
        form_id = raw.get("form")
        if not form_id:
            self.fail(where, f"source {source} needs a form")
        if form_id not in self.registry:
            self.fail(where, f"form '{form_id}' is not in the form registry")
        form = self.registry.get(form_id)
        if source == "records":
            if raw.get("table"):
                self.fail(where, "source records takes no table (use source rows)")
            return form, None
        table = form.field(raw.get("table") or "")
        if table is None or table.type is not FieldType.TABLE:
            self.fail(where, f"'{raw.get('table')}' is not a table field of form '{form_id}'")
        return form, table

    def domain_by(self, raw: Any, source: str, form: FormDef | None, where: str) -> tuple[str, ...]:
        if raw is None:
            if source == "cases" or (form and form.scope is FormScope.CASE):
                return ("case",)
            if form and form.scope is FormScope.GROUP:
                return ("group",)
            self.fail(
                where,
                f"records of form '{form.id if form else ''}' (scope {form.scope if form else ''}) need domain_by",
            )
        places = tuple(raw) if isinstance(raw, list) else (raw,)
        scope = form.scope if form else None
        for place in places:
            if place not in DOMAIN_BY:
                self.fail(where, f"domain_by '{place}' is not one of {', '.join(DOMAIN_BY)}")
            fits = {
                "case": source == "cases" or scope is FormScope.CASE,
                "group": scope is FormScope.GROUP,
                "client": scope is FormScope.CLIENT,
                "record": form is not None and self._has_domain_field(form),
                "project": source != "cases",
                "form": scope in (FormScope.CLIENT, FormScope.HOUSEHOLD, FormScope.STANDALONE) and len(places) == 1,
            }[place]
            if not fits:
                self.fail(where, f"domain_by '{place}' does not fit {source} of {form.id if form else 'cases'}")
        return places

    def _has_domain_field(self, form: FormDef) -> bool:
        field = form.field("domain")
        domains = {o.value for o in self.registry.option_lists["domain"]}
        return field is not None and field.type is FieldType.CHOICE and {o.value for o in field.options} == domains

    def where(
        self, raw: Any, source: str, form: FormDef | None, table: FieldDef | None, where: str
    ) -> tuple[tuple[Condition, ...], ...]:
        if raw is None:
            return ((),)
        groups = raw if isinstance(raw, list) else [raw]
        if not groups:
            self.fail(where, "expected a mapping or a non-empty list of mappings")
        out = []
        for i, group in enumerate(groups):
            here = f"{where}[{i}]" if isinstance(raw, list) else where
            if not isinstance(group, dict) or not group:
                self.fail(here, "expected a mapping of filters")
            out.append(tuple(self.condition(k, v, source, form, table, f"{here}.{k}") for k, v in group.items()))
        return tuple(out)

    def condition(
        self, key: str, raw: Any, source: str, form: FormDef | None, table: FieldDef | None, where: str
    ) -> Condition:
        option_list, field = self._filter_target(key, source, form, table, where)
        found = self.set_ref(raw, where)
        values = found.values if found else tuple(raw) if isinstance(raw, list) else (raw,)
        if not values:
            self.fail(where, "no values")
        if (field is not None and field.type is FieldType.YES_NO) or (field is None and option_list is None):
            if found or not all(isinstance(v, bool) for v in values):
                self.fail(where, "a yes/no filter takes true or false")
            return Condition(key, values)
        if option_list:
            allowed = [o.value for o in self.registry.option_lists[option_list]]
        else:  # not an attribute (those name their option list): a choice field
            assert field is not None
            allowed = [o.value for o in field.options]
        for value in values:
            if value not in allowed:
                self.fail(where, f"'{value}' is not an option of {key}: options are {', '.join(allowed)}")
        return Condition(key, tuple(values), found.name if found else None)

    def _filter_target(
        self, key: str, source: str, form: FormDef | None, table: FieldDef | None, where: str
    ) -> tuple[str | None, FieldDef | None]:
        """(option list name, None) for a case or group attribute; (None, field) for a field or column."""
        scope = form.scope if form else None
        if source == "cases":
            if key not in CASE_ATTRS:
                self.fail(where, f"cases filter on {', '.join(CASE_ATTRS)}, not '{key}'")
            return CASE_ATTRS[key], None
        if key.startswith("case."):
            if scope is not FormScope.CASE or key[5:] not in CASE_ATTRS:
                self.fail(where, f"'{key}' needs a case form and one of case.{', case.'.join(CASE_ATTRS)}")
            return CASE_ATTRS[key[5:]], None
        if key.startswith("group."):
            if scope is not FormScope.GROUP or key[6:] not in GROUP_ATTRS:
                self.fail(where, f"'{key}' needs a group form and one of group.{', group.'.join(GROUP_ATTRS)}")
            return GROUP_ATTRS[key[6:]], None
        field = self._field(key, form, table, where)
        if field.type not in (FieldType.CHOICE, FieldType.YES_NO):
            self.fail(where, f"'{key}' is a {field.type} field; filters take choice or yes/no fields")
        return None, field

    def _field(self, key: str, form: FormDef | None, table: FieldDef | None, where: str) -> FieldDef:
        field = table.column(key) if table is not None else form.field(key) if form else None
        if field is None or not field.holds_value:
            holder = (
                f"column of table '{table.id}' in form '{form.id}'"
                if table and form
                else f"field of form '{form.id if form else ''}'"
            )
            self.fail(where, f"'{key}' is not a {holder}")
        return field

    def measure(self, raw: Any, source: str, form: FormDef | None, table: FieldDef | None, where: str) -> Measure:
        if raw == "rows":
            return Measure("rows")
        if not isinstance(raw, dict) or len(raw) != 1 or next(iter(raw)) not in ("distinct", "sum"):
            self.fail(where, "expected rows, {distinct: …} or {sum: …}")
        kind, of = next(iter(raw.items()))
        scope = form.scope if form else None
        if kind == "distinct":
            fits = {
                "case": scope is FormScope.CASE,
                "group": scope is FormScope.GROUP,
                "client": source == "cases" or scope in (FormScope.CASE, FormScope.CLIENT),
                "household": source == "cases" or scope in (FormScope.CASE, FormScope.CLIENT, FormScope.HOUSEHOLD),
                "record": source == "rows",  # the records a table's rows sit in (occasions, not people)
            }
            if of not in fits or not fits[of]:
                self.fail(where, f"distinct '{of}' does not fit {source} of {form.id if form else 'cases'}")
            return Measure("distinct", of)
        if source == "cases":
            self.fail(where, "cases have no fields to sum")
        field = self._field(of, form, table, where)
        if field.type is not FieldType.NUMBER:
            self.fail(where, f"'{of}' is a {field.type} field; sum takes a number field")
        return Measure("sum", of)

    def date(
        self, raw: Any, source: str, form: FormDef | None, table: FieldDef | None, where: str, nested: bool
    ) -> PeriodDate | None:
        if raw is None and nested:
            return None
        if isinstance(raw, dict) and set(raw) == {"during"} and source == "records" and not nested:
            during = raw["during"]
            if not isinstance(during, list) or len(during) not in (1, 2):
                self.fail(where, "during: expected [start] or [start, end]")
            for key in during:
                self._date_field(key, form, None, where)
            return PeriodDate(during=tuple(during))
        if not isinstance(raw, str):
            self.fail(
                where, "expected a date (a field, column or case/group date)" + ("" if nested else " or {during}")
            )
        scope = form.scope if form else None
        if source == "cases":
            if raw not in CASE_DATES:
                self.fail(where, f"cases are placed by {' or '.join(CASE_DATES)}, not '{raw}'")
        elif raw.startswith("case."):
            if scope is not FormScope.CASE or raw[5:] not in CASE_DATES:
                self.fail(where, f"'{raw}' needs a case form and one of case.{', case.'.join(CASE_DATES)}")
        elif raw.startswith("group."):
            if scope is not FormScope.GROUP or raw[6:] not in GROUP_DATES:
                self.fail(where, f"'{raw}' needs a group form and one of group.{', group.'.join(GROUP_DATES)}")
        elif table is not None and form is not None and raw == form.date_field and table.column(raw) is None:
            pass  # a table's rows placed by their record's own date (the indexed service_date)
        else:
            self._date_field(raw, form, table, where)
        return PeriodDate(key=raw)

    def _date_field(self, key: str, form: FormDef | None, table: FieldDef | None, where: str) -> None:
        if self._field(key, form, table, where).type is not FieldType.DATE:
            self.fail(where, f"'{key}' is not a date field")

    def states(self, raw: Any, source: str, where: str) -> tuple[tuple[str, ...], str | None]:
        universe, of = (CASE_STATES, "case_states") if source == "cases" else (RECORD_STATES, "record_states")
        if raw is None:
            if source == "cases":
                self.fail(where, "cases need states (which of a case's states count)")
            return ("approved",), None
        found = self.set_ref(raw, where)
        if found and found.of != of:
            self.fail(where, f"set '{found.name}' holds {found.of}, not {of}")
        values = found.values if found else tuple(raw) if isinstance(raw, list) else (raw,)
        for value in values:
            if value not in universe:
                self.fail(where, f"'{value}' is not one of {of}: {', '.join(universe)}")
        return tuple(values), found.name if found else None

    def exists(self, raw: Any, outer_source: str, outer: FormDef | None, where: str) -> Exists:
        match = self.count(raw, where, nested=True)
        same = raw["same"]
        if same not in EXISTS_SAME:
            self.fail(where, f"same '{same}' is not one of {', '.join(EXISTS_SAME)}")
        for source, form in (
            (outer_source, outer),
            (match.source, self.registry.get(match.form) if match.form else None),
        ):
            scope = form.scope if form else None
            linked = source == "cases" or scope is FormScope.CASE or (same == "client" and scope is FormScope.CLIENT)
            if not linked:
                self.fail(where, f"{form.id if form else source} has no {same} to share")
        return Exists(same=same, match=match)

    def _check_shown(self, count: Count, form: FormDef | None, table: FieldDef | None, where: str) -> None:
        """A field hidden by its condition keeps its last value in the store; a filter, sum or date on it
        would count stale answers. So every field a count reads must be shown whenever the count's own
        filters hold (checked by evaluating the form's visibility conditions with the filter values)."""
        if form is None:
            return
        always = [count.measure.of or ""] if count.measure.kind == "sum" else []
        if count.date is not None:
            always.extend(k for k in (count.date.key, *count.date.during) if k and "." not in k)
        for group in count.where:
            own = [c for c in group if "." not in c.key]  # case./group. filters read columns, not content
            read = [c.key for c in own] + always
            if table is not None:  # rows of a table: the table always shown, the columns read plain
                if not self._shown(form, table.id, {}):
                    self.fail(where, f"table '{table.id}' is shown only under a condition")
                conditional = [k for k in read if (column := table.column(k)) is not None and column.visible_if]
                if conditional:
                    self.fail(where, f"column '{conditional[0]}' is shown only under a condition")
                continue
            choices = [[(c.key, v) for v in c.values] for c in own]
            for combination in itertools.product(*choices) if choices else [()]:
                for key in read:
                    if not self._shown(form, key, dict(combination)):
                        self.fail(
                            where,
                            f"'{key}' is hidden when {dict(combination) or 'nothing is filtered'}: its stored value "
                            "may be stale; filter so that it is always shown",
                        )

    @staticmethod
    def _shown(form: FormDef, field_id: str, values: dict[str, Any]) -> bool:
        names = {f.id: to_expression(f, values.get(f.id)) for f in form.value_fields}
        section = form.section_of(field_id)
        field = form.field(field_id)
        conditions = [c for c in (section.visible_if if section else None, field.visible_if if field else None) if c]
        return all(expressions.truthy(c, names, default=False) for c in conditions)

    # -- a whole file ----------------------------------------------------------------------------
    def table(self, raw: Any) -> DomainTable:
        self.mapping(raw, "file", FILE_KEYS, ("domain", "chapter", "table", "first_column", "rows"))
        domain = raw["domain"]
        domains = [o.value for o in self.registry.option_lists["domain"]]
        if domain not in domains:
            self.fail("domain", f"'{domain}' is not a domain code of option_lists.yaml: {', '.join(domains)}")
        if self.file != f"{domain}.yaml":
            self.fail("domain", f"the rows of {domain} live in {domain}.yaml")
        if not isinstance(raw["rows"], list) or not raw["rows"]:
            self.fail("rows", "expected a list of rows")
        return DomainTable(
            domain=domain,
            chapter=self.text(raw["chapter"], "chapter"),
            title=self.text(raw["table"], "table"),
            first_column=str(raw["first_column"]),
            rows=tuple(self.row(r, domain, i) for i, r in enumerate(raw["rows"])),
        )


def _read_yaml(path: Path) -> Any:
    try:
        return safe_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise IndicatorDefinitionError(f"indicators/{path.name}: cannot be read: {exc}") from exc


def domain_files(directory: Path = DEFINITIONS_DIR) -> Iterator[Path]:
    return (p for p in sorted(directory.glob("*.yaml")) if p.name != SETS_FILE)


def load_catalogue(directory: Path = DEFINITIONS_DIR, registry: Registry | None = None) -> Catalogue:
    """Every domain's table, in the seed's chapter order, checked against the form registry."""
    registry = registry or default_registry()
    sets_raw = _read_yaml(directory / SETS_FILE) or {}
    reader = _Reader(registry, SETS_FILE)
    reader.mapping(sets_raw, "file", {"sets"}, ("sets",))
    sets = {name: reader.value_set(name, raw) for name, raw in sets_raw["sets"].items()}
    tables = [_Reader(registry, path.name, sets).table(_read_yaml(path)) for path in domain_files(directory)]
    order = [o.value for o in registry.option_lists["domain"]]
    tables.sort(key=lambda t: order.index(t.domain))
    seen: dict[str, str] = {}
    for table in tables:
        for row in table.rows:
            if row.id in seen:
                raise IndicatorDefinitionError(f"indicators/{table.domain}.yaml: row {row.id}: id used twice")
            seen[row.id] = table.domain
    return Catalogue(sets=sets, tables=tuple(tables))
