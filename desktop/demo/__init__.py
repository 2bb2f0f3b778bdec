"""A demo workspace: a small township agency with an account for every role, two projects, clients,
households, and cases and groups in varied states, all made through the domain API (so every rule applies).

``build.py`` builds it in the order things happen; ``agency.py`` holds its stations, accounts, projects and
targets (through the Desk's agency services); ``people.py`` its households and clients; ``cases.py`` and
``groups.py`` its files; ``builder.py`` the desks and clock the demo works with; ``filling.py`` what fills a
form nobody described by hand (the tests use it too)."""

from __future__ import annotations

from desktop.demo.agency import ACCOUNTS
from desktop.demo.build import build_demo
from desktop.demo.builder import demo_password
from desktop.demo.filling import DEMO_DAY, complete_required, demo_signature, sample_value

__all__ = ["ACCOUNTS", "DEMO_DAY", "build_demo", "complete_required", "demo_password", "demo_signature", "sample_value"]
