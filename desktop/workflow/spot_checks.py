"""Spot checks (抽查) of archived files: the checklist, the random draw, the scores (no Qt, no store).

003 第四章第五条: the business lead checks archived files at random for 完整性, 规范性 and 专业性, and the
result counts towards the worker's performance review. Each dimension scores 0-100: the share of its
checklist items the file meets. A draw is ``random.Random(seed).sample`` over the candidates sorted by
id, so the same seed over the same archive gives the same sample (the seed is kept with the draw)."""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from desktop.errors import CaseDeskError

DIMENSIONS: dict[str, tuple[str, str]] = {
    "completeness": ("完整性", "completeness"),
    "conformity": ("规范性", "conformity to the rules"),
    "professional": ("专业性", "professional quality"),
}


@dataclass(frozen=True)
class Item:
    id: str
    dimension: str
    zh: str
    en: str


_COMMON = (
    Item("forms_present", "completeness", "归档要求的表格齐全", "every form the archive requires is there"),
    Item("forms_filled", "completeness", "每份表格填写完整，没有空项", "each form is filled in, nothing left blank"),
    Item("signed_dated", "completeness", "签名和日期齐全", "signatures and dates are all there"),
    Item("attachments", "completeness", "附件、扫描件齐全", "attachments and scans are all there"),
    Item("current_forms", "conformity", "使用机构规定的表格版本", "the agency's current forms are used"),
    Item("approvals_in_time", "conformity", "审批流程完整且按时", "every approval was given, in time"),
    Item("code_matches", "conformity", "档案编号与档案袋一致", "the archive number matches the bag"),
    Item("archived_in_time", "conformity", "在规定期限内归档", "archived within the set time"),
)
CHECKLISTS: dict[str, tuple[Item, ...]] = {
    "case": _COMMON
    + (
        Item("assessment", "professional", "需求评估清晰、有依据", "the assessment is clear and grounded"),
        Item("plan_goals", "professional", "服务计划目标具体、可衡量", "the plan's goals are specific and measurable"),
        Item("method", "professional", "记录体现专业方法与反思", "the records show method and reflection"),
        Item("outcome", "professional", "成效评估与结案理由充分", "outcomes and the reason for closing are argued"),
    ),
    "group": _COMMON
    + (
        Item("needs", "professional", "需求分析与目标对应", "the goals answer the needs found"),
        Item("programme", "professional", "程序安排合理、可执行", "the programme is sound and workable"),
        Item(
            "sessions",
            "professional",
            "每节记录体现组员变化与社工介入",
            "each session record shows change and the worker's part",
        ),
        Item("evaluation", "professional", "评估有组员意见与数据支持", "the evaluation rests on feedback and figures"),
    ),
}

T = TypeVar("T")


def new_seed() -> int:
    return secrets.randbelow(2**31)


def draw(candidates: Sequence[T], count: int, seed: int, key: Any = None) -> list[T]:
    """``count`` of ``candidates`` (all when fewer), the same for the same seed and candidates."""
    if count < 1:
        raise CaseDeskError("C001", what="count ≥ 1 / 抽查份数至少 1")
    ordered = sorted(candidates, key=key or (lambda c: str(c)))
    return random.Random(seed).sample(ordered, min(count, len(ordered)))


def score(kind: str, answers: Mapping[str, bool]) -> dict[str, int]:
    """Each dimension's share of items met, 0-100; every item must be answered (Q001 names the rest)."""
    items = CHECKLISTS[kind]
    missing = [i.zh for i in items if not isinstance(answers.get(i.id), bool)]
    if missing:
        raise CaseDeskError("Q001", missing="、".join(missing))
    unknown = sorted(set(answers) - {i.id for i in items})
    if unknown:
        raise CaseDeskError("Q001", missing="、".join(unknown))
    scores = {}
    for dimension in DIMENSIONS:
        mine = [i for i in items if i.dimension == dimension]
        scores[dimension] = round(100 * sum(answers[i.id] for i in mine) / len(mine))
    return scores


@dataclass(frozen=True)
class WorkerScore:
    worker_id: Any
    files: int
    completeness: float
    conformity: float
    professional: float

    @property
    def overall(self) -> float:
        return round((self.completeness + self.conformity + self.professional) / 3, 1)


def by_worker(scored: Iterable[tuple[Any, int, int, int]]) -> list[WorkerScore]:
    """(worker, completeness, conformity, professional) per scored file → each worker's means."""
    sums: dict[Any, list[int]] = {}
    for worker, *values in scored:
        row = sums.setdefault(worker, [0, 0, 0, 0])
        row[0] += 1
        for n, value in enumerate(values, start=1):
            row[n] += value
    return [
        WorkerScore(worker, n, round(c / n, 1), round(f / n, 1), round(p / n, 1))
        for worker, (n, c, f, p) in sums.items()
    ]
