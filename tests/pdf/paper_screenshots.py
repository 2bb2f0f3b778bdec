"""Pictures of the paper, to look at beside the reference templates (../shared/FORMS-REFERENCE.md):

    .venv/bin/python -m tests.pdf.paper_screenshots OUT_DIR

Builds the demo agency in a temporary folder and prints, as PNGs at 80 dpi: an approved intake, an approved
group plan, a blank home-visit form for hand-filling, and the first two pages (the cover, then the first form)
of an archived case's bag."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.demo import build_demo, demo_password
from desktop.workspace import open_desk


def png(pdf: Path, out: Path, name: str, pages: int = 1) -> None:
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", str(pages), str(pdf), str(out / name)], check=True)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp()) / "demo"
    build_demo(root)
    work = root.parent
    with open_desk(root, "zhou", demo_password("zhou")) as desk:  # the agency head sees every file
        records = desk.records()
        intake = next(r for r in records if r.form_id == "intake" and r.status == "approved")
        png(desk.print_record(intake.id, work / "intake.pdf"), out, "paper-intake")
        plan = next(r for r in records if r.form_id == "group_plan" and r.status == "approved")
        png(desk.print_record(plan.id, work / "plan.pdf"), out, "paper-group-plan", pages=2)
        png(desk.print_blank("visit", work / "visit.pdf"), out, "paper-blank-visit")
        case = next(c for c in desk.cases() if c.status == "archived")
        png(desk.print_bag(case.id, work / "bag.pdf"), out, "paper-bag", pages=2)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
