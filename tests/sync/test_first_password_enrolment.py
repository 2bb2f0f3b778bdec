"""A first password goes to an enrolled laptop as a first password: the person sets their own there too."""

from __future__ import annotations

from pathlib import Path

from desktop.workspace import Layout, open_desk
from desktop.workspace.enrol import enrol
from desktop.workspace.keystore import Keystore
from tests.sync.conftest import Agency

GIVEN = "given-by-head-1"


def test_a_first_password_stays_one_on_the_enrolled_laptop(agency: Agency, tmp_path: Path):
    with agency.desk(agency.hub, "head") as head:
        li = next(a for a in head.accounts() if a.username == "li")
        head.create_account("zhao", "赵社工", ["worker"], GIVEN, station_id=li.station_id, supervisor_id=li.id)
        code = head.enrol_device("赵社工的笔记本", tmp_path / "z.cdenrol", users=["zhao", "li"])
    laptop = tmp_path / "laptop"
    enrol(laptop, tmp_path / "z.cdenrol", code)
    keystore = Keystore(Layout(laptop).keystore_file)
    assert keystore.is_temporary("zhao") and not keystore.is_temporary("li")
    with open_desk(laptop, "zhao", GIVEN) as zhao:
        assert zhao.must_change_password()
        zhao.change_my_password(GIVEN, "zhao-own-pass")
    with open_desk(laptop, "zhao", "zhao-own-pass") as zhao:
        assert not zhao.must_change_password()
    assert Keystore(Layout(agency.hub).keystore_file).is_temporary("zhao")  # at the hub she still sets hers
