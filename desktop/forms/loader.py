"""The definition pipeline: read (YAML → mappings) → check (every key, type, reference) → build
(the frozen typed tree in ``schema``). A broken definition is refused whole with a precise message;
nothing half-built escapes."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Set
from pathlib import Path
from typing import Any

import yaml

from desktop.errors import DefinitionError
from desktop.forms import expressions, limits, patterns
from desktop.forms.context import CARRY_SOURCES
from desktop.forms.schema import (
    ARCHIVE_SETS,
    BEHAVIOUR,
    COLUMN_ROLES,
    COLUMN_TYPES,
    EFFECT_INPUTS,
    EFFECTS,
    EVENTS,
    FORM_ROLES,
    NEEDS,
    Effect,
    FieldDef,
    FieldType,
    FormDef,
    FormScope,
    Option,
    Rule,
    Section,
    Signer,
    Text,
)
from desktop.roles import SIGNER_ROLES, Role

FORM_KEYS = {
    "id",
    "version",
    "family",
    "scope",
    "title",
    "paper_code",
    "approval",
    "signers",
    "sections",
    "rules",
    "description",
    "repeatable",
    "service_record",
    "date_field",
    "effects",
    "risk_field",
    "role",
    "archive",
    "needs",
    "behaviour",
    "agency_check",
}
SECTION_KEYS = {"id", "title", "fields", "visible_if", "opinion_column"}
FIELD_KEYS = {
    "id",
    "type",
    "label",
    "help",
    "required",
    "visible_if",
    "compute",
    "carry",
    "default",
    "options",
    "min",
    "max",
    "decimals",
    "min_length",
    "max_length",
    "pattern",
    "pattern_hint",
    "not_future",
    "columns",
    "min_rows",
    "max_rows",
    "scale_labels",
    "signer",
    "text",
    "unit",
    "lines",
}
RULE_KEYS = {"check", "level", "code", "message", "field", "when"}
SIGNER_KEYS = {"id", "role", "label", "visible_if"}
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


def safe_yaml(text: str) -> Any:
    """YAML's safe subset, parsed by libyaml where PyYAML has it (ten times quicker: every sign-in reads
    the thirty form definitions), else by the pure-Python parser; both give the same values."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_file(path: Path) -> dict[str, Any]:
    """Stage 1: a YAML file into a mapping."""
    try:
        if path.stat().st_size > limits.MAX_DEFINITION_BYTES:
            raise DefinitionError("D014", path=str(path), reason=f"larger than {limits.MAX_DEFINITION_BYTES} bytes")
        data = safe_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError, RecursionError) as exc:
        raise DefinitionError("D014", path=str(path), reason=str(exc).splitlines()[0]) from exc
    if not isinstance(data, dict):
        raise DefinitionError("D014", path=str(path), reason="not a mapping")
    return data


class _Builder:
    """Stages 2 and 3 for one form: check each part while building its typed node."""

    def __init__(self, raw: Mapping[str, Any], option_lists: Mapping[str, tuple[Option, ...]]) -> None:
        self.raw = raw
        self.form = str(raw.get("id", "?"))
        self.option_lists = option_lists

    def fail(self, code: str, **params: Any) -> DefinitionError:
        return DefinitionError(code, form=self.form, **params)

    # -- small checkers -------------------------------------------------------------------------
    def keys(self, node: Mapping[str, Any], allowed: set[str], where: str) -> None:
        if not isinstance(node, Mapping):
            raise self.fail("D013", where=where, reason="expected a mapping")
        for key in node:
            if key not in allowed:
                raise self.fail("D009", where=where, key=key)

    def need(self, node: Mapping[str, Any], key: str, where: str) -> Any:
        if node.get(key) in (None, "", [], {}):
            raise self.fail("D004", where=where, key=key)
        return node[key]

    def text(self, value: Any, where: str) -> Text:
        if (
            isinstance(value, Mapping)
            and set(value) == {"zh", "en"}
            and all(isinstance(v, str) and v.strip() for v in value.values())
        ):
            return Text(zh=value["zh"], en=value["en"])
        raise self.fail(
            "D013", where=where, reason=f"a text needs both zh and en (found {value!r}; quote a text holding a comma)"
        )

    def maybe_text(self, value: Any, where: str) -> Text | None:
        return None if value is None else self.text(value, where)

    def identifier(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            raise self.fail("D013", where=where, reason=f"id {value!r} must be lower_snake_case")
        return value

    def expression(self, value: Any, field_id: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail("D005", field=field_id, reason="not a string")
        if len(value) > limits.MAX_EXPRESSION_LENGTH:
            raise self.fail("D019", where=f"{field_id} (expression length)", low=1, high=limits.MAX_EXPRESSION_LENGTH)
        try:
            if expressions.depth(value) > limits.MAX_EXPRESSION_DEPTH:
                raise self.fail("D019", where=f"{field_id} (expression depth)", low=1, high=limits.MAX_EXPRESSION_DEPTH)
            expressions.check_safe(value, limits.MAX_NUMBER)
        except expressions.UnsafeExpression as exc:
            raise self.fail("D021", field=field_id, name=exc.name) from exc
        except limits.OutOfBounds as exc:
            raise self.fail("D019", where=f"{field_id} (a number)", low=exc.low, high=exc.high) from exc
        except (SyntaxError, RecursionError, MemoryError, ValueError) as exc:
            reason = exc.msg if isinstance(exc, SyntaxError) and exc.msg else str(exc) or type(exc).__name__
            raise self.fail("D005", field=field_id, reason=reason) from exc
        return value

    def number(self, value: Any, where: str, low: int, high: int, whole: bool) -> Any:
        """A number of the definition within its bounds (``limits``), refused with them otherwise."""
        try:
            return limits.check_number(value, low, high, whole)
        except TypeError as exc:
            raise self.fail("D013", where=where, reason=f"not {exc}") from None
        except limits.OutOfBounds as exc:
            raise self.fail("D019", where=where, low=exc.low, high=exc.high) from None

    def numbers(self, raw: Mapping[str, Any], where: str, ftype: FieldType) -> dict[str, Any]:
        """min, max, decimals, lengths and rows: each bounded, each pair in order; a rating's scale short
        enough to list; a default within the bounds of a typed value."""
        found = {
            key: self.number(raw[key], f"{where}.{key}", *bounds) if raw.get(key) is not None else None
            for key, bounds in limits.FIELD_NUMBERS.items()
        }
        for low_key, high_key in limits.PAIRS:
            low, high = found[low_key], found[high_key]
            if low is not None and high is not None and low > high:
                raise self.fail("D013", where=f"{where}.{low_key}", reason=f"{low_key} is above {high_key}")
        if ftype is FieldType.RATING:
            if found["min"] is None:
                found["min"], found["max"] = 0, found["max"] if found["max"] is not None else 5
            low, high = found["min"] or 0, found["max"] if found["max"] is not None else 5
            self.number(low, f"{where}.min", -limits.MAX_NUMBER, limits.MAX_NUMBER, whole=True)
            self.number(high - low, f"{where}.max − min", 0, limits.MAX_RATING_STEPS, whole=True)
        try:
            limits.check_default(raw.get("default"))
        except limits.OutOfBounds as exc:
            raise self.fail("D019", where=f"{where}.default", low=exc.low, high=exc.high) from None
        return found

    def pattern(self, value: Any, where: str, field_id: str) -> str | None:
        """A pattern that compiles and cannot backtrack catastrophically (``patterns``)."""
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail("D013", where=f"{where}.pattern", reason="not a text")
        try:
            patterns.check_pattern(value)
        except re.error as exc:
            raise self.fail("D013", where=where, reason=f"pattern: {exc}") from exc
        except (patterns.UnsafePattern, RecursionError, OverflowError) as exc:
            raise self.fail("D020", field=field_id, reason=str(exc) or type(exc).__name__) from exc
        return value

    # -- options, fields, sections --------------------------------------------------------------
    def options(self, raw: Any, field_id: str) -> tuple[Option, ...]:
        if isinstance(raw, str):
            if raw not in self.option_lists:
                raise self.fail("D007", field=field_id, name=raw)
            return self.option_lists[raw]
        return parse_options(raw, lambda reason: self.fail("D013", where=field_id, reason=reason))

    def field(self, raw: Mapping[str, Any], where: str, in_table: bool = False) -> FieldDef:
        self.keys(raw, FIELD_KEYS, where)
        field_id = self.identifier(self.need(raw, "id", where), where)
        where = f"{where}/{field_id}"
        type_name = self.need(raw, "type", where)
        try:
            ftype = FieldType(type_name)
        except ValueError:
            raise self.fail("D002", field=field_id, type=type_name) from None
        if in_table and ftype not in COLUMN_TYPES:
            raise self.fail("D013", where=where, reason=f"a table column cannot be of type {ftype}")
        if ftype is FieldType.NOTE:
            label = self.maybe_text(raw.get("label"), where) or Text("", "")
            self.need(raw, "text", where)
        else:
            label = self.text(self.need(raw, "label", where), f"{where}.label")
        options: tuple[Option, ...] = ()
        if ftype in (FieldType.CHOICE, FieldType.MULTI_CHOICE):
            if not raw.get("options"):
                raise self.fail("D006", field=field_id)
            options = self.options(raw["options"], field_id)
        columns: tuple[FieldDef, ...] = ()
        if ftype is FieldType.TABLE:
            if not raw.get("columns"):
                raise self.fail("D008", field=field_id)
            columns = tuple(self.field(c, f"{where}.columns", in_table=True) for c in raw["columns"])
            seen: set[str] = set()
            for column in columns:
                if column.id in seen:
                    raise self.fail("D001", field=f"{field_id}.{column.id}")
                seen.add(column.id)
        carry = raw.get("carry")
        if carry is not None and carry not in CARRY_SOURCES:
            raise self.fail("D012", field=field_id, path=carry)
        pattern = self.pattern(raw.get("pattern"), where, field_id)
        signer = raw.get("signer")
        if signer is not None and signer not in SIGNER_ROLES:
            raise self.fail("D010", role=signer)
        numbers = self.numbers(raw, where, ftype)
        if numbers["lines"] is not None and ftype not in (FieldType.LONG_TEXT, FieldType.TABLE):
            raise self.fail("D013", where=f"{where}.lines", reason="lines is a long text's or a table's")
        return FieldDef(
            id=field_id,
            type=ftype,
            label=label,
            help=self.maybe_text(raw.get("help"), f"{where}.help"),
            required=bool(raw.get("required", False)),
            visible_if=self.expression(raw.get("visible_if"), field_id),
            compute=self.expression(raw.get("compute"), field_id),
            carry=carry,
            default=raw.get("default"),
            options=options,
            min=numbers["min"],
            max=numbers["max"],
            decimals=int(numbers["decimals"] or 0),
            min_length=numbers["min_length"],
            max_length=numbers["max_length"],
            pattern=pattern,
            pattern_hint=self.maybe_text(raw.get("pattern_hint"), f"{where}.pattern_hint"),
            not_future=bool(raw.get("not_future", False)),
            columns=columns,
            min_rows=numbers["min_rows"],
            max_rows=numbers["max_rows"],
            scale_labels=self.maybe_text(raw.get("scale_labels"), f"{where}.scale_labels"),
            signer=signer,
            text=self.maybe_text(raw.get("text"), f"{where}.text"),
            unit=self.maybe_text(raw.get("unit"), f"{where}.unit"),
            lines=numbers["lines"],
        )

    def section(self, raw: Mapping[str, Any], index: int) -> Section:
        where = f"sections[{index}]"
        self.keys(raw, SECTION_KEYS, where)
        section_id = self.identifier(self.need(raw, "id", where), where)
        fields = tuple(self.field(f, f"{where}/{section_id}") for f in self.need(raw, "fields", where))
        return Section(
            id=section_id,
            title=self.text(self.need(raw, "title", where), f"{where}.title"),
            fields=fields,
            visible_if=self.expression(raw.get("visible_if"), section_id),
            opinion_column=self.flag(raw.get("opinion_column", False), f"{where}.opinion_column"),
        )

    def signer(self, raw: Mapping[str, Any], index: int) -> Signer:
        where = f"signers[{index}]"
        self.keys(raw, SIGNER_KEYS, where)
        role = self.need(raw, "role", where)
        if role not in SIGNER_ROLES:
            raise self.fail("D010", role=role)
        return Signer(
            id=self.identifier(self.need(raw, "id", where), where),
            role=role,
            label=self.text(self.need(raw, "label", where), f"{where}.label"),
            visible_if=self.expression(raw.get("visible_if"), f"signer {raw.get('id')}"),
        )

    def rule(self, raw: Mapping[str, Any], index: int) -> Rule:
        where = f"rules[{index}]"
        self.keys(raw, RULE_KEYS, where)
        level = raw.get("level", "error")
        if level not in ("error", "warning"):
            raise self.fail("D013", where=f"{where}.level", reason="level is error or warning")
        code = self.need(raw, "code", where)
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{1,4}\d{2,4}", code):
            raise self.fail("D013", where=f"{where}.code", reason="a code looks like CASE01")
        label = f"rule {code}"
        return Rule(
            check=self.expression(self.need(raw, "check", where), label) or "",
            level=level,
            code=code,
            message=self.text(self.need(raw, "message", where), f"{where}.message"),
            field=raw.get("field"),
            when=self.expression(raw.get("when"), label),
        )

    def effect(self, raw: Any, index: int) -> Effect:
        """What reaching a state does to the case or group: a fixed vocabulary the domain implements."""
        where = f"effects[{index}]"
        self.keys(raw, {"when", "do", "if"}, where)
        if raw.get("when") not in EVENTS:
            raise self.fail("D013", where=f"{where}.when", reason="submitted, approved or returned")
        if raw.get("do") not in EFFECTS:
            raise self.fail("D013", where=f"{where}.do", reason=f"one of {', '.join(sorted(EFFECTS))}")
        return Effect(when=raw["when"], do=raw["do"], condition=self.expression(raw.get("if"), where))

    # -- declared behaviour ----------------------------------------------------------------------
    def vocabulary(self, value: Any, allowed: Collection[str], where: str) -> str | None:
        if value is not None and (not isinstance(value, str) or value not in allowed):
            raise self.fail("D013", where=where, reason=f"one of {', '.join(sorted(allowed))}")
        return value

    def vocabularies(self, value: Any, allowed: Collection[str], where: str) -> frozenset[str]:
        """A word or a list of words of a fixed vocabulary."""
        values = [value] if isinstance(value, str) else value if value is not None else []
        if not isinstance(values, list):
            raise self.fail("D013", where=where, reason="a word or a list of words")
        return frozenset(str(self.vocabulary(v, allowed, where)) for v in values)

    def behaviour(self, raw: Any) -> dict[str, str]:
        """role -> field id: the fields the domain reads, each role from the fixed vocabulary."""
        if raw is None:
            return {}
        self.keys(raw, set(BEHAVIOUR), "form.behaviour")
        for role, field_id in raw.items():
            if not isinstance(field_id, str):
                raise self.fail("D013", where=f"behaviour.{role}", reason="a field id")
        return dict(raw)

    def _check_behaviour(self, form: FormDef) -> None:
        """Every declared field exists with a type its role can read (D023); a column role names a column of
        the table declared for its table role."""
        for role, declared in form.behaviour.items():
            table_id, _, column_id = declared.rpartition(".")
            if role in COLUMN_ROLES:
                table = (
                    form.field(table_id) if table_id and table_id == form.behaviour.get(COLUMN_ROLES[role]) else None
                )
                found = table.column(column_id) if table is not None else None
            else:
                found = None if table_id else form.field(declared)
            if found is None or found.type not in BEHAVIOUR[role]:
                types = " | ".join(sorted(BEHAVIOUR[role]))
                raise self.fail("D023", role=role, name=declared, types=types)
        # An effect reads its inputs through the declaration: one left undeclared would be read as empty.
        for effect in form.effects:
            for role in EFFECT_INPUTS.get(effect.do, ()):
                if role not in form.behaviour:
                    raise self.fail("D024", effect=effect.do, role=role)

    def flag(self, value: Any, where: str) -> bool:
        """A yes/no key: true or false, nothing else."""
        if not isinstance(value, bool):
            raise self.fail("D013", where=where, reason=f"expected true or false (found {value!r})")
        return value

    # -- the whole form ------------------------------------------------------------------------
    def build(self) -> FormDef:
        raw = self.raw
        self.keys(raw, FORM_KEYS, "form")
        self.identifier(self.need(raw, "id", "form"), "form.id")
        version = self.number(self.need(raw, "version", "form"), "form.version", 1, limits.MAX_VERSION, whole=True)
        try:
            scope = FormScope(self.need(raw, "scope", "form"))
        except ValueError:
            raise self.fail("D013", where="form.scope", reason=f"unknown scope {raw['scope']}") from None
        approval = tuple(raw.get("approval") or ())
        for role in approval:
            if role not in Role._value2member_map_:
                raise self.fail("D011", role=role)
        sections = tuple(self.section(s, i) for i, s in enumerate(self.need(raw, "sections", "form")))
        self._check_unique_ids(sections)
        form = FormDef(
            id=self.form,
            version=version,
            family=str(self.need(raw, "family", "form")),
            scope=scope,
            title=self.text(self.need(raw, "title", "form"), "form.title"),
            paper_code=raw.get("paper_code"),
            approval=approval,
            signers=tuple(self.signer(s, i) for i, s in enumerate(raw.get("signers") or ())),
            sections=sections,
            rules=tuple(self.rule(r, i) for i, r in enumerate(raw.get("rules") or ())),
            description=self.maybe_text(raw.get("description"), "form.description"),
            repeatable=bool(raw.get("repeatable", True)),
            service_record=bool(raw.get("service_record", False)),
            date_field=raw.get("date_field"),
            effects=tuple(self.effect(e, i) for i, e in enumerate(raw.get("effects") or ())),
            risk_field=raw.get("risk_field"),
            role=self.vocabulary(raw.get("role"), FORM_ROLES, "form.role"),
            archive=self.vocabularies(raw.get("archive"), ARCHIVE_SETS, "form.archive"),
            needs=self.vocabularies(raw.get("needs"), NEEDS, "form.needs"),
            behaviour=self.behaviour(raw.get("behaviour")),
            agency_check=self.flag(raw.get("agency_check", False), "form.agency_check"),
        )
        if form.archive and form.role is None:
            raise self.fail("D004", where="form (archive)", key="role")
        self._check_references(form)
        self._check_behaviour(form)
        self._check_cycles(form)
        return form

    def _check_unique_ids(self, sections: tuple[Section, ...]) -> None:
        seen: set[str] = set()
        for section in sections:
            for f in section.fields:
                if f.id in seen:
                    raise self.fail("D001", field=f.id)
                seen.add(f.id)

    def _check_references(self, form: FormDef) -> None:
        names = {f.id for f in form.value_fields}
        tables = {f.id: {c.id for c in f.columns} for f in form.fields if f.type is FieldType.TABLE}

        def check(expression: str | None, owner: str, what: str, row_scope: Set[str] = frozenset()) -> None:
            if not expression:
                return
            refs = expressions.references(expression)
            for name in refs.names:
                if name not in names and name not in row_scope:
                    raise self.fail("D003", field=owner, what=what, name=name)
            for table, column in refs.columns:
                if table in tables and column not in tables[table]:
                    raise self.fail("D003", field=owner, what=what, name=f"{table}.{column}")

        for section in form.sections:
            check(section.visible_if, section.id, "visible_if")
            for f in section.fields:
                check(f.visible_if, f.id, "visible_if")
                check(f.compute, f.id, "compute")
                for column in f.columns:
                    row = {c.id for c in f.columns}
                    check(column.compute, f"{f.id}.{column.id}", "compute", row)
                    check(column.visible_if, f"{f.id}.{column.id}", "visible_if", row)
        for signer in form.signers:
            check(signer.visible_if, signer.id, "visible_if")
        for rule in form.rules:
            check(rule.check, rule.code, "check")
            check(rule.when, rule.code, "when")
            if rule.field is not None and rule.field not in names:
                raise self.fail("D003", field=rule.code, what="field", name=rule.field)
        if form.risk_field is not None and form.field(form.risk_field) is None:
            raise self.fail("D003", field="form", what="risk_field", name=form.risk_field)
        for effect in form.effects:
            check(effect.condition, f"effect {effect.do}", "if")
        if form.date_field is not None:
            date_field = form.field(form.date_field)
            if date_field is None or date_field.type is not FieldType.DATE:
                raise self.fail("D003", field="form", what="date_field", name=form.date_field)

    def _check_cycles(self, form: FormDef) -> None:
        graph = {
            f.id: expressions.references(f.compute).names | {t for t, _ in expressions.references(f.compute).columns}
            for f in form.fields
            if f.compute
        }
        state: dict[str, int] = {}

        def visit(node: str, path: list[str]) -> None:
            state[node] = 1
            for nxt in graph.get(node, ()):
                if nxt not in graph:
                    continue
                if state.get(nxt) == 1:
                    cycle = path[path.index(nxt) :] + [nxt] if nxt in path else [node, nxt]
                    raise self.fail("D017", cycle=" → ".join(cycle))
                if state.get(nxt) is None:
                    visit(nxt, path + [nxt])
            state[node] = 2

        for node in graph:
            if node not in state:
                visit(node, [node])


def parse_options(raw: Any, fail: Any) -> tuple[Option, ...]:
    """Options are written ``[value, 中文, English]``; values are stable codes stored in records."""
    if not isinstance(raw, list) or not raw:
        raise fail("options must be a list of [value, zh, en]")
    options = []
    for item in raw:
        if not (isinstance(item, list) and len(item) == 3 and all(isinstance(x, str) and x for x in item)):
            raise fail(f"option {item!r} must be [value, zh, en]")
        options.append(Option(value=item[0], label=Text(zh=item[1], en=item[2])))
    if len({o.value for o in options}) != len(options):
        raise fail("two options share a value")
    return tuple(options)


def load_option_lists(path: Path) -> dict[str, tuple[Option, ...]]:
    """Shared option lists (sex, domains, scales ...) that fields name instead of repeating."""
    data = read_file(path)

    def fail(reason: str) -> DefinitionError:
        return DefinitionError("D013", form=path.name, where="option lists", reason=reason)

    return {name: parse_options(options, fail) for name, options in data.items()}


def build_form(raw: Mapping[str, Any], option_lists: Mapping[str, tuple[Option, ...]]) -> FormDef:
    """Stages 2 and 3: check a read definition and build its typed tree."""
    return _Builder(raw, option_lists).build()


def load_form(path: Path, option_lists: Mapping[str, tuple[Option, ...]]) -> FormDef:
    form = build_form(read_file(path), option_lists)
    object.__setattr__(form, "source", str(path))
    return form
