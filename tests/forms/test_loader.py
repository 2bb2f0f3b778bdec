"""Broken definitions are refused whole, each with its code and a message naming the place."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import DefinitionError
from desktop.forms.registry import Registry
from tests.forms.helpers import field, make_form


def refused(*fields, **extra) -> DefinitionError:
    with pytest.raises(DefinitionError) as caught:
        make_form(*fields, **extra)
    return caught.value


def test_a_good_definition_builds_a_typed_tree():
    form = make_form(field("name", "text", required=True), field("age", "number", min=0, max=130))
    assert [f.id for f in form.value_fields] == ["name", "age"]
    assert form.field("name").required and form.field("age").max == 130


def test_duplicate_field_id():
    error = refused(field("name", "text"), field("name", "long_text"))
    assert error.code == "D001" and "name" in error.message("en")


def test_duplicate_column_id_inside_a_table():
    error = refused(field("rows", "table", columns=[field("a", "text"), field("a", "number")]))
    assert error.code == "D001" and "rows.a" in error.message("en")


def test_unknown_type():
    error = refused(field("name", "colour"))
    assert error.code == "D002" and "colour" in error.message("zh")


def test_computed_field_naming_a_missing_field():
    error = refused(field("total", "money", compute="sum(budget.subtotal)"))
    assert error.code == "D003" and "budget" in error.message("en")


def test_computed_column_naming_a_missing_column():
    error = refused(
        field("budget", "table", columns=[field("price", "money"), field("sub", "money", compute="price * qty")])
    )
    assert error.code == "D003" and "qty" in error.message("en")


def test_table_column_reference_must_exist():
    error = refused(
        field("budget", "table", columns=[field("price", "money")]),
        field("total", "money", compute="sum(budget.subtotal)"),
    )
    assert error.code == "D003" and "budget.subtotal" in error.message("en")


def test_expression_that_does_not_parse():
    error = refused(field("a", "number"), field("b", "number", compute="a +* 2"))
    assert error.code == "D005"


def test_unknown_function_in_an_expression():
    error = refused(field("a", "number"), field("b", "number", compute="__import__('os')"))
    assert error.code == "D005"


def test_cycle_between_computed_fields():
    error = refused(field("a", "number", compute="b + 1"), field("b", "number", compute="a + 1"))
    assert error.code == "D017" and "a" in error.message("en")


def test_choice_without_options_and_unknown_option_list():
    assert refused(field("sex", "choice")).code == "D006"
    assert refused(field("sex", "choice", options="no_such_list")).code == "D007"


def test_table_without_columns():
    assert refused(field("rows", "table")).code == "D008"


def test_unknown_key_is_refused_not_ignored():
    error = refused(field("name", "text", requierd=True))
    assert error.code == "D009" and "requierd" in error.message("en")


def test_label_needs_both_languages():
    error = refused({"id": "name", "type": "text", "label": {"zh": "姓名"}})
    assert error.code == "D013"


def test_unknown_carry_source_signer_and_approval_role():
    assert refused(field("name", "text", carry="client.shoe_size")).code == "D012"
    assert (
        refused(
            field("name", "text"), signers=[{"id": "x", "role": "mayor", "label": {"zh": "镇长", "en": "Mayor"}}]
        ).code
        == "D010"
    )
    assert refused(field("name", "text"), approval=["mayor"]).code == "D011"


def test_rule_naming_a_missing_field():
    with pytest.raises(DefinitionError) as caught:
        make_form(
            field("a", "number"),
            rules=[{"code": "X01", "check": "b > 1", "level": "error", "message": {"zh": "错", "en": "wrong"}}],
        )
    assert caught.value.code == "D003"


def test_a_broken_file_names_itself(tmp_path: Path):
    (tmp_path / "option_lists.yaml").write_text("sex:\n  - [male, 男, Male]\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("id: bad\nversion: [1\n", encoding="utf-8")
    with pytest.raises(DefinitionError) as caught:
        Registry.load(tmp_path)
    assert caught.value.code == "D014" and "bad.yaml" in caught.value.message("en")


def test_two_files_with_one_form_id(tmp_path: Path):
    (tmp_path / "option_lists.yaml").write_text("sex:\n  - [male, 男, Male]\n", encoding="utf-8")
    body = (
        "id: twin\nversion: 1\nfamily: t\nscope: standalone\ntitle: {zh: 双, en: Twin}\n"
        "sections:\n  - id: s\n    title: {zh: 一, en: One}\n    fields:\n"
        "      - {id: a, type: text, label: {zh: 甲, en: A}}\n"
    )
    (tmp_path / "a.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(DefinitionError) as caught:
        Registry.load(tmp_path)
    assert caught.value.code == "D015"
