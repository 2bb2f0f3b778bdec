"""The quantity standards of 000 第四节 服务方法, per service domain, worded as each chapter words them.

Values are stored as inclusive minimums: "超过100人" (more than 100) is 101, "50人以上" (50 or more) is 50,
"超过50人" is 51. A chapter that is silent keeps the general rule; ``None`` means the chapter sets no such
standard (the corrections chapter gives no group size). The agency can change any value (setting
``standards``); docs/rules.md lists the defaults."""

from __future__ import annotations

from typing import Any

KEYS: dict[str, tuple[str, str]] = {
    "group_min_members": ("小组人数不少于", "Group members at least"),
    "group_min_sessions": ("小组节数不少于", "Group sessions at least"),
    "attendance_min_rate": ("组员出勤率不少于（%）", "Attendance rate at least (%)"),
    "large_activity_min": ("大型社区活动服务人数至少", "Large activity: people at least"),
    "small_activity_min": ("中小型活动服务人数至少", "Small or medium activity: people at least"),
    "lecture_min_people": ("讲座参与人数不少于", "Lecture: people at least"),
    "lecture_min_minutes": ("讲座时间不少于（分钟）", "Lecture: minutes at least"),
}

GENERAL: dict[str, int | None] = {
    "group_min_members": 8,
    "group_min_sessions": 5,
    "attendance_min_rate": 60,
    "large_activity_min": 101,  # 超过100人
    "small_activity_min": 50,  # 50人以上
    "lecture_min_people": 20,
    "lecture_min_minutes": 40,
}

# Where a chapter words it differently (000 seed: 第二章 老年人, 第五章 社区矫正, 第八章 企业).
BY_DOMAIN: dict[str, dict[str, int | None]] = {
    "elderly": {"small_activity_min": 51},  # "服务人数超过50人"
    "corrections": {"group_min_members": None, "group_min_sessions": 4},  # "每一个小组服务不少于4节"
    "enterprise": {"lecture_min_people": 30},  # "每场讲座要求参与人数不少于30人"
}
DOMAINS = ("youth", "elderly", "women", "family", "corrections", "school", "rural", "enterprise")


def standards(domain: str | None, overrides: dict[str, Any] | None = None) -> dict[str, int | None]:
    """The standards for ``domain``: the general rule, the chapter's own wording, then the agency's."""
    values = dict(GENERAL)
    values.update(BY_DOMAIN.get(domain or "", {}))
    values.update((overrides or {}).get(domain or "", {}))
    return values
