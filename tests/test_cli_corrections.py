"""The corrections from the command line (in process): ``clients edit``, ``cases correct``, ``groups correct``,
``records void`` and ``records confirm``, each with --json, its coded refusals and exit codes."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSWORDS
from tests.test_cli import cli
from tests.workflow.test_people import make_id
from tests.workspace.test_case_work import DAY, fill


def env(team, username: str) -> dict[str, str]:
    return {"CASEDESK_DATA_DIR": str(team.root), "CASEDESK_USER": username, "CASEDESK_PASSWORD": PASSWORDS[username]}


@pytest.fixture
def work(team):
    wang, sup = team.desk("wang"), team.desk("sup")
    for desk in (wang, sup):
        desk.clock = lambda: DAY
    client = wang.create_client("张小民")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    group = wang.create_group(team.project_id, "成长小组", "developmental", "youth")
    return wang, sup, client, case, group


def test_clients_edit_corrects_with_the_reason_and_prints_no_id_number(team, work):
    wang, _, client, _, _ = work
    number = make_id("44010219900304001")
    ran = cli("clients", "edit", str(client.id), "--name", "张小明", "--id-number", number, "--reason", "录错",
              "--json", env=env(team, "wang"))  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    shown = json.loads(ran.stdout)
    assert (shown["name"], shown["birth_date"], shown["sex"]) == ("张小明", "1990-03-04", "male")
    assert number not in ran.stdout and wang.client(client.id).id_number == number


def test_clients_edit_refusals_change_nothing(team, work):
    wang, _, client, _, _ = work
    no_reason = cli("clients", "edit", str(client.id), "--phone", "139", env=env(team, "wang"))
    assert no_reason.returncode == 1 and "C001" in no_reason.stderr
    outsider = cli("clients", "edit", str(client.id), "--phone", "139", "--reason", "录错", env=env(team, "chen"))
    assert outsider.returncode == 1 and "A009" in outsider.stderr
    nothing = cli("clients", "edit", str(client.id), "--reason", "录错", env=env(team, "wang"))
    assert nothing.returncode == 1 and "C001" in nothing.stderr
    assert wang.client(client.id).phone is None


def test_cases_correct_before_and_after_the_number(team, work):
    wang, _, _, case, _ = work
    ran = cli(
        "cases", "correct", str(case.id), "--domain", "family", "--reason", "选错", "--json", env=env(team, "wang")
    )
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["domain"] == "family"
    code = wang.open_case(case.id, on=DAY).archive_code
    refused = cli("cases", "correct", code, "--domain", "youth", "--reason", "选错", env=env(team, "wang"))
    assert refused.returncode == 1 and "K008" in refused.stderr and wang.case(case.id).domain == "family"
    unknown = cli("cases", "correct", code, "--type", "martian", "--reason", "选错", env=env(team, "sup"))
    assert unknown.returncode == 1 and "K009" in unknown.stderr
    fixed = cli(
        "cases", "correct", code, "--type", "treatment", "--reason", "其实是治疗", "--json", env=env(team, "sup")
    )
    assert fixed.returncode == 0, fixed.stderr
    assert (json.loads(fixed.stdout)["case_type"], json.loads(fixed.stdout)["archive_code"]) == ("treatment", code)


def test_groups_correct(team, work):
    wang, _, _, _, group = work
    ran = cli(
        "groups", "correct", str(group.id), "--kind", "support", "--reason", "选错", "--json", env=env(team, "wang")
    )
    assert ran.returncode == 0 and json.loads(ran.stdout)["kind"] == "support", ran.stderr
    across = cli("groups", "correct", str(group.id), "--kind", "lecture", "--reason", "选错", env=env(team, "wang"))
    assert across.returncode == 1 and "K011" in across.stderr and wang.group(group.id).kind == "support"


def test_records_void_and_confirm(team, work):
    wang, sup, _, case, _ = work
    draft = fill(wang, case.id, "intake", {"open_case": True}, submit=False)
    no_reason = cli("records", "void", str(draft.id), env=env(team, "wang"))
    assert no_reason.returncode == 1 and "C001" in no_reason.stderr and wang.record(draft.id).status == "draft"
    ran = cli("records", "void", str(draft.id), "--reason", "重复录入", "--json", env=env(team, "wang"))
    assert ran.returncode == 0 and json.loads(ran.stdout)["status"] == "void", ran.stderr
    intake = fill(wang, case.id, "intake", {"open_case": True})
    refused = cli("records", "void", str(intake.id), "--reason", "填错", env=env(team, "wang"))
    assert refused.returncode == 1 and "K012" in refused.stderr
    wang.record_offline_approval(intake.id, sup.account.id, DAY, "paper")
    others = cli("records", "confirm", str(intake.id), env=env(team, "lead"))
    assert others.returncode == 1 and "K007" in others.stderr
    confirmed = cli("records", "confirm", str(intake.id), "--json", env=env(team, "sup"))
    assert confirmed.returncode == 0, confirmed.stderr
    assert json.loads(confirmed.stdout)["record_id"] == str(intake.id) and wang.unconfirmed_approvals() == []
    again = cli("records", "confirm", str(intake.id), env=env(team, "sup"))
    assert again.returncode == 1 and "K006" in again.stderr
