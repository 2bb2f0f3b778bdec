"""A definition cannot brick its form: every number in it is bounded, a pattern that can backtrack
catastrophically is refused, and an expression naming a private attribute is refused at install, each at
its boundary; a definition installed before these bounds no longer keeps the workspace from opening."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.errors import DefinitionError
from desktop.forms import limits, patterns
from desktop.forms.registry import DEFINITIONS_DIR
from desktop.forms.validation import validate
from desktop.workspace.definition_ops import definitions_dir
from tests.forms.helpers import field, make_form

TRAINING = DEFINITIONS_DIR / "service" / "07_training.yaml"


def refused(*fields, **extra) -> DefinitionError:
    with pytest.raises(DefinitionError) as caught:
        make_form(*fields, **extra)
    return caught.value


def training(folder: Path, version: object) -> Path:
    """The packaged training record at another version, as the agency would install it."""
    text = TRAINING.read_text(encoding="utf-8").replace("version: 2\n", f"version: {version}\n", 1)
    path = folder / f"training-{version}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# -- numbers ----------------------------------------------------------------------------------------
def test_the_largest_version_is_taken_and_one_more_refused():
    assert make_form(field("a", "text"), version=limits.MAX_VERSION).version == 2**31 - 1
    error = refused(field("a", "text"), version=limits.MAX_VERSION + 1)
    assert error.code == "D019" and "form.version" in error.message("en") and "2147483647" in error.message("zh")
    assert refused(field("a", "text"), version=0).code == "D019"
    assert refused(field("a", "text"), version=True).code == "D013"  # YAML's yes is not a version
    assert refused(field("a", "text"), version=2.5).code == "D013"


@pytest.mark.parametrize(
    ("key", "largest"),
    [
        ("max", limits.MAX_NUMBER),
        ("decimals", limits.MAX_DECIMALS),
        ("max_length", limits.MAX_TEXT_LENGTH),
        ("max_rows", limits.MAX_ROWS),
    ],
)
def test_every_number_of_a_field_has_a_largest(key: str, largest: int):
    kind = {"max_length": "text", "max_rows": "table"}.get(key, "number")
    columns = {"columns": [field("c", "text")]} if kind == "table" else {}
    assert getattr(make_form(field("f", kind, **{key: largest}, **columns)).field("f"), key) == largest
    error = refused(field("f", kind, **{key: largest + 1}, **columns))
    assert error.code == "D019" and f"f.{key}" in error.message("en")


def test_numbers_are_finite_in_order_and_not_negative_where_they_count():
    assert make_form(field("f", "number", min=-limits.MAX_NUMBER)).field("f").min == -(10**15)
    assert refused(field("f", "number", min=-limits.MAX_NUMBER - 1)).code == "D019"
    assert refused(field("f", "number", max=float("inf"))).code == "D019"
    assert refused(field("f", "number", max=float("nan"))).code == "D019"
    assert refused(field("f", "text", min_length=-1)).code == "D019"
    assert refused(field("f", "number", min=5, max=1)).code == "D013"
    assert refused(field("f", "text", min_length=9, max_length=3)).code == "D013"
    assert refused(field("f", "number", default=1e300)).code == "D019"
    assert refused(field("f", "text", default="字" * (limits.MAX_TEXT_LENGTH + 1))).code == "D019"


def test_a_rating_lists_at_most_a_hundred_steps():
    assert make_form(field("r", "rating", min=1, max=101)).field("r").max == 101
    error = refused(field("r", "rating", min=0, max=101))
    assert error.code == "D019" and "r.max − min" in error.message("en")
    assert refused(field("r", "rating", max=10**9)).code == "D019"  # min 0 by default


def test_an_expression_is_bounded_in_length_and_numbers():
    make_form(field("n", "number"), field("m", "number", compute=f"n * {limits.MAX_NUMBER}"))
    assert refused(field("n", "number"), field("m", "number", compute=f"n * {limits.MAX_NUMBER + 1}")).code == "D019"
    long = "n + " * 600 + "n"
    assert refused(field("n", "number"), field("m", "number", compute=long)).code == "D019"
    deepest = "n" + " + n" * (limits.MAX_EXPRESSION_DEPTH - 3)  # the sum nests one level per term
    make_form(field("n", "number"), field("m", "number", compute=deepest))
    error = refused(field("n", "number"), field("m", "number", compute=deepest + " + n"))
    assert error.code == "D019" and "expression depth" in error.message("en")
    assert refused(field("n", "number"), field("m", "number", compute="-" * 1990 + "n")).code == "D019"


# -- patterns ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "pattern",
    ["[0-9]{17}[0-9Xx]", "[0-9+\\- ]{5,20}", "1[3-9]\\d{9}", "[\\w.]+@(\\w+\\.)+\\w+", "\\d+(\\.\\d+)?", "(ab?)+"],
)
def test_a_safe_pattern_is_taken(pattern: str):
    assert make_form(field("p", "text", pattern=pattern)).field("p").pattern == pattern


@pytest.mark.parametrize(
    "pattern", ["(a+)+$", "(a|aa)+", "(\\d+,?)+$", "(a*)*", "^(\\s*\\S+)*$", "\\d*\\d*\\d*x", "([a-z]+)-\\1"]
)
def test_a_pattern_that_backtracks_catastrophically_is_refused(pattern: str):
    error = refused(field("p", "text", pattern=pattern))
    assert error.code == "D020" and "p" in error.message("en")


def test_a_pattern_is_checked_quickly_whatever_the_value():
    form = make_form(field("p", "text", pattern="\\d+\\s*\\d+"))  # the worst kind still taken: quadratic
    started = time.perf_counter()
    for value in ("1" * patterns.PATTERN_INPUT_LIMIT + "x", "1" * (patterns.PATTERN_INPUT_LIMIT - 1) + "x"):
        assert "F009" in validate(form, {"p": value}).codes()
    assert time.perf_counter() - started < 1.0
    assert validate(form, {"p": "12 34"}).ok
    assert not patterns.matches("a*", "a" * (patterns.PATTERN_INPUT_LIMIT + 1))  # past the limit: not the format
    assert refused(field("p", "text", pattern="a" * (patterns.MAX_PATTERN_LENGTH + 1))).code == "D020"


# -- expressions ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "expression", ["x.__class__", "x.__class__.__mro__", "rows._private", "x.format", "_hidden + 1", "t.func_code"]
)
def test_an_expression_naming_a_private_attribute_is_refused_at_install(expression: str):
    fields = [field("x", "text"), field("y", "text", visible_if=expression)]
    error = refused(*fields)
    assert error.code == "D021"
    assert make_form(field("x", "text"), field("y", "text", visible_if="x == 'a'")).field("y").visible_if


# -- installing -------------------------------------------------------------------------------------
def test_installing_at_the_boundary(team):
    with team.desk("head") as head:
        with pytest.raises(DefinitionError) as too_far:
            head.install_definition(training(team.root, limits.MAX_VERSION + 1))
        assert too_far.value.code == "D019" and not (definitions_dir(head.layout) / "training.yaml").exists()
        head.install_definition(training(team.root, limits.MAX_VERSION))
        assert head.registry.get("training").version == limits.MAX_VERSION
    with team.desk("wang") as wang:
        record = wang.new_record("training", project_id=team.project_id)
        assert record.form_version == limits.MAX_VERSION  # every new record of the form still works


def test_a_definition_installed_before_the_bounds_is_set_aside_and_can_be_fixed(team):
    folder = team.root / "forms"
    folder.mkdir()
    (folder / "training.yaml").write_bytes(training(team.root, 2**63).read_bytes())  # as an earlier CaseDesk kept it
    with team.desk("head") as head:
        assert head.registry.get("training").version == 2  # the packaged one, not the bricked one
        assert any("training.yaml" in notice and "2147483647" in notice for notice in head.store_status.notices)
        assert head.install_definition(training(team.root, 3)).version == 3
    with team.desk("wang") as wang:
        assert wang.registry.get("training").version == 3 and not wang.store_status.notices
        assert wang.new_record("training", project_id=team.project_id).form_version == 3
