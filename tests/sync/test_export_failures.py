"""A USB stick pulled or full during an export: a clear message, no file that looks complete, and
nothing marked as sent, so the next export carries everything."""

from __future__ import annotations

import errno
import os

import pytest

from desktop.errors import CaseDeskError
from desktop.workspace import sync_identity
from tests.sync.conftest import open_intake


@pytest.mark.parametrize("failure", [errno.ENOSPC, errno.EIO])
def test_an_export_that_cannot_be_written_leaves_nothing_half_done(agency, monkeypatch, failure):
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "张小明")
        before = wang.sync_status()["peers"][0]["sent"]
        real_fsync = os.fsync

        def pulled(fd: int) -> None:
            raise OSError(failure, os.strerror(failure))

        monkeypatch.setattr(sync_identity.os, "fsync", pulled)
        with pytest.raises(CaseDeskError) as caught:
            wang.export_bundles(agency.out)
        assert caught.value.code == "W003" and os.strerror(failure) in caught.value.message("en")
        assert list(agency.out.iterdir()) == []  # neither a bundle nor a .part left behind
        assert wang.sync_status()["peers"][0]["sent"] == before
        monkeypatch.setattr(sync_identity.os, "fsync", real_fsync)
        (bundle,) = wang.export_bundles(agency.out)
    assert bundle.sequence == before + 1
    with agency.desk(agency.hub, "li") as li:
        assert li.import_bundle(bundle.path).inserted["form_record"] == 1
