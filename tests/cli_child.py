"""``python -m tests.cli_child ARGS``: the ``casedesk`` command in a child process, with the suite's cheap key
derivation (tests/conftest.py). A key made here (``init``, ``accounts add``) records its cheap parameters, so
every later sign-in with it, in any process, is cheap too. As in conftest, only this process's module constants
change: no variable or setting the app reads."""

from __future__ import annotations

import sys

from desktop.security import crypto
from desktop.sync import enrolment

TEST_KDF_PARAMS = {"t": 1, "m": 8, "p": 1}  # tests/conftest.py's


def run(argv: list[str]) -> int:
    crypto.KDF_PARAMS = TEST_KDF_PARAMS
    enrolment.KDF_PARAMS = TEST_KDF_PARAMS
    from desktop.cli import main

    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
