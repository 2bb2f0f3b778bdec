"""Agency settings, each declared once with its type, default and meaning (the Picard habit).

Values live in the workspace's ``setting`` table; a setting never stored reads as its default, so a
new setting needs only its declaration here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.errors import CaseDeskError


@dataclass(frozen=True)
class SettingDef:
    key: str
    type: type
    default: Any
    zh: str
    en: str
    minimum: int | None = None


SETTINGS: dict[str, SettingDef] = {
    s.key: s
    for s in (
        SettingDef(
            "transfer.reply_working_days",
            int,
            3,
            "转介回复期限（工作日）",
            "Days to reply to a transfer (working days)",
            minimum=1,
        ),
        SettingDef(
            "group.plan_lead_days",
            int,
            14,
            "小组/活动计划书最迟提前天数",
            "Days a plan is due before the start",
            minimum=0,
        ),
        SettingDef(
            "group.report_due_days",
            int,
            3,
            "结束后提交报告的天数",
            "Days after the end to hand in the report",
            minimum=0,
        ),
        SettingDef(
            "group.archive_due_days", int, 7, "审批完成后归档的天数", "Days after approvals to archive", minimum=0
        ),
        SettingDef(
            "review.due_days",
            int,
            7,
            "提交后待审批的期限（天）",
            "Days a submitted form may wait for a decision",
            minimum=1,
        ),
        SettingDef(
            "case.archive_due_days", int, 30, "结案后归档期限（天）", "Days after closing to archive a case", minimum=1
        ),
        SettingDef(
            "editor.autosave_seconds", int, 5, "自动保存草稿间隔（秒）", "Seconds between draft autosaves", minimum=1
        ),
        SettingDef(
            "security.auto_lock_minutes",
            int,
            10,
            "无操作自动锁定（分钟，0 为不锁定）",
            "Minutes idle before locking (0: never)",
            minimum=0,
        ),
        SettingDef("workspace.mode", str, "standalone", "工作区类型", "Workspace mode"),
        SettingDef("backup.keep", int, 7, "保留的自动备份份数", "Automatic backups kept", minimum=1),
        SettingDef("backup.every_hours", int, 24, "自动备份间隔（小时）", "Hours between automatic backups", minimum=1),
        SettingDef(
            "numbering.record_category",
            str,
            "PRO",
            "专业档案（督导记录）的服务类别编码",
            "Category code for professional records (supervision)",
        ),
        SettingDef("group.standards", dict, {}, "各领域服务标准（机构调整）", "Per-domain standards (agency changes)"),
        SettingDef(
            "indicators.area_population",
            dict,
            {},
            "各服务站服务区域人口（互助组织人口覆盖率的分母）",
            "Population of each station's service area (the mutual-aid coverage rate's denominator)",
        ),
        # Retention (docs/security.md, "Retention and destruction"): the seeds set no period; these defaults
        # are the agency's to change. Years run from the closing or archiving date, days from a backup's.
        SettingDef("retention.case_years", int, 10, "结案个案保存年限", "Years a closed case is kept", minimum=1),
        SettingDef("retention.group_years", int, 10, "小组档案保存年限", "Years a finished group is kept", minimum=1),
        SettingDef(
            "retention.activity_years", int, 10, "活动档案保存年限", "Years a finished activity is kept", minimum=1
        ),
        SettingDef(
            "retention.record_years", int, 10, "其他服务记录保存年限", "Years other service records are kept", minimum=1
        ),
        SettingDef(
            "retention.intake_years",
            int,
            3,
            "未开案或作废个案保存年限",
            "Years an intake that opened no case (or a void case) is kept",
            minimum=1,
        ),
        SettingDef("retention.audit_years", int, 10, "操作日志保存年限", "Years audit log entries are kept", minimum=1),
        SettingDef("retention.backup_days", int, 30, "备份保存天数", "Days a backup copy is kept", minimum=1),
    )
}


def coerce(key: str, value: Any) -> Any:
    """The value checked against its declaration; a refusal names the setting and the reason."""
    definition = SETTINGS.get(key)
    if definition is None:
        raise CaseDeskError("C001", what=f"a known setting (not {key})")
    if definition.type is int:
        try:
            value = int(value)
        except (TypeError, ValueError):
            raise CaseDeskError("F002", label=f"{definition.zh} / {definition.en}") from None
        if definition.minimum is not None and value < definition.minimum:
            raise CaseDeskError("F003", label=f"{definition.zh} / {definition.en}", min=definition.minimum)
        return value
    if definition.type is dict:
        if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
            raise CaseDeskError("C001", what=f"{definition.key}: a JSON object of objects")
        if key == "indicators.area_population":
            return {str(station): _population(entry) for station, entry in value.items()}
        return value
    return definition.type(value)


def _population(entry: dict[str, Any]) -> dict[str, int]:
    """One station's area population: a whole number of people above zero, and the year it counts."""
    try:
        population, year = int(entry["population"]), int(entry["year"])
    except (KeyError, TypeError, ValueError):
        what = "服务区域人口与统计年份（整数） / the population and its year, whole numbers"
        raise CaseDeskError("C001", what=what) from None
    if population <= 0:
        raise CaseDeskError("F003", label="服务区域人口 / area population", min=1)
    if not 1949 <= year <= 2100:
        raise CaseDeskError("C001", what=f"统计年份 / the year of the figure (not {year})")
    return {"population": population, "year": year}
