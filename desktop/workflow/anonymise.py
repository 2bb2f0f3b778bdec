"""Anonymised case sharing (案例分享须保密处理, 003 第三章第五条): names, ID numbers, phones and
addresses replaced consistently, birth dates turned into ages, other dates into months, addresses
into the township. Plain functions over plain data, so the rule is tested apart from the store."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

ID_NUMBER = re.compile(r"\d{17}[\dXx]|\d{15}")
PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BIRTH_KEYS = ("birth_date", "client_birth_date", "birth")
ADDRESS_KEYS = ("address",)
LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass
class Replacer:
    """Keeps the substitutions consistent: the same name becomes the same label everywhere."""

    township: str
    names: dict[str, str] = field(default_factory=dict)
    addresses: set[str] = field(default_factory=set)

    def add_person(self, name: str | None, label: str) -> None:
        if name and len(name.strip()) >= 2 and name.strip() not in self.names:
            self.names[name.strip()] = label

    def text(self, value: str) -> str:
        out = ID_NUMBER.sub("［证件号码］", value)
        out = PHONE.sub("［电话］", out)
        for address in sorted(self.addresses, key=len, reverse=True):
            if address:
                out = out.replace(address, self.township)
        for name in sorted(self.names, key=len, reverse=True):
            out = out.replace(name, self.names[name])
            if len(name) == 3:  # 小明 for 张小明: the given name alone identifies a child in a township
                out = out.replace(name[1:], self.names[name])
        return out


def _age(birth: str, on: dt.date) -> int | None:
    try:
        born = dt.date.fromisoformat(birth)
    except ValueError:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def scrub(value: Any, replacer: Replacer, key: str, on: dt.date) -> Any:
    """One value with every identifier replaced (recursing through tables and lists)."""
    if isinstance(value, dict):
        return {k: scrub(v, replacer, k, on) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, replacer, key, on) for v in value]
    if not isinstance(value, str):
        return value
    if any(k in key for k in BIRTH_KEYS) and DATE.match(value):
        age = _age(value, on)
        return f"{age}岁" if age is not None else None
    if any(k in key for k in ADDRESS_KEYS):
        return replacer.township
    if DATE.match(value):
        return value[:7]  # the month is enough for teaching
    return replacer.text(value)


def collect_people(records: list[dict[str, Any]], replacer: Replacer) -> None:
    """Names found in the forms' people fields and tables (family members, guardians, referrers)."""
    count = 0
    for content in records:
        for key, value in content.items():
            if isinstance(value, str) and key.endswith("_name") and key not in ("worker_name",):
                replacer.add_person(value, "家属" if "guardian" in key else "相关人士")
            if isinstance(value, list):
                for row in value:
                    if isinstance(row, dict) and isinstance(row.get("name"), str):
                        count += 1
                        replacer.add_person(row["name"], f"家庭成员{count}")
            if isinstance(value, str) and "address" in key:
                replacer.addresses.add(value)


def anonymise(
    case: dict[str, Any],
    client: dict[str, Any],
    records: list[dict[str, Any]],
    *,
    township: str,
    staff: list[str],
    opened_on: dt.date,
) -> dict[str, Any]:
    replacer = Replacer(township=township or "某镇")
    replacer.add_person(client.get("name"), f"服务对象{LABELS[0]}")
    for i, name in enumerate(staff):
        replacer.add_person(name, f"社工{LABELS[i % 26]}")
    replacer.addresses.update(a for a in (client.get("address"),) if a)
    collect_people([r["content"] for r in records], replacer)
    return {
        "case": scrub(case, replacer, "case", opened_on),
        "client": {
            "age": _age(client["birth_date"], opened_on) if client.get("birth_date") else None,
            "sex": client.get("sex"),
            "domain": client.get("domain"),
            "township": replacer.township,
        },
        "records": [
            {"form": r["form"], "content": scrub(r["content"], replacer, "content", opened_on)} for r in records
        ],
        "note": "案例分享版本：姓名、证件号码、电话、住址已替换，出生日期改为年龄，其他日期只保留年月。",
    }
