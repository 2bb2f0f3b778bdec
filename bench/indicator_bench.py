"""Indicator speed: a year of every indicator over a decade's workspace, beside a plain count.

    .venv/bin/python -m bench.indicator_bench [--workspace DIR] [--year 2025] [--runs 5]

Without ``--workspace`` it builds one with bench/large_workspace.py (50,000 clients, ~500,000 form
records, 5,000 groups; about two minutes, untimed) in a temporary folder. Then, best of ``--runs``:
- baseline: one plain SQL ``count(*)`` of the year's form records (by their service date);
- indicators: every row of the eight tables for that year (desktop.indicators.compute), all domains.
Target (the indicators issue): at most 1 s for the indicators, the baseline shown beside it."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.demo import demo_password
from desktop.indicators.compute import Scope, compute
from desktop.indicators.definitions import load_catalogue
from desktop.models import FormRecord
from desktop.workspace import open_desk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    scratch = None
    root = args.workspace
    if root is None:
        from bench.large_workspace import build

        scratch = Path(tempfile.mkdtemp(prefix="indicator-bench-"))
        root = scratch / "large"
        defaults = argparse.Namespace(clients=50_000, records=500_000, groups=5_000, years=10, seed=1)
        print(f"building the large workspace (untimed): {build(root, defaults)}", file=sys.stderr)
    try:
        desk = open_desk(root, "zhou", demo_password("zhou"))
        catalogue = load_catalogue(registry=desk.registry)
        scope = Scope(dt.date(args.year, 1, 1), dt.date(args.year, 12, 31))
        base, full = [], []
        with desk.session() as s:
            total = s.scalar(select(func.count()).select_from(FormRecord))
            for _ in range(args.runs):
                start = time.perf_counter()
                year = s.scalar(select(func.count()).where(FormRecord.service_date.between(scope.start, scope.end)))
                base.append(time.perf_counter() - start)
                start = time.perf_counter()
                figures = compute(s, catalogue, desk.registry, scope)
                full.append(time.perf_counter() - start)
        desk.close()
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    computed = sum(1 for f in figures if f.numerator is not None)
    print(f"workspace: {total:,} form records, {year:,} in {args.year}; {len(figures)} indicator rows, "
          f"{computed} computable")  # fmt: skip
    print(f"{'measure (best of ' + str(args.runs) + ')':36}{'seconds':>9}{'× baseline':>12}{'target':>12}   runs")
    for label, samples, target in (
        ("baseline: count(*) of the year", base, None),
        ("a year of every indicator", full, 1.0),
    ):
        best = min(samples)
        verdict = "" if target is None else f"≤{target:g}s {'ok' if best <= target else 'OVER'}"
        runs = " ".join(f"{x:.3f}" for x in samples)
        print(f"{label:36}{best:>8.3f}s{best / min(base):>11.0f}×{verdict:>12}   {runs}")


if __name__ == "__main__":
    main()
