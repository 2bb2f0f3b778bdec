"""Archive codes (档案编号) as plain rules: the format, which codes a case or group takes, and which
sequence number a workspace may give next from the blocks it holds. docs/archive-numbers.md explains
the scheme for supervisors."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.errors import CaseDeskError

CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,7}$")  # no hyphen: it separates the four parts
ARCHIVE_CODE = re.compile(
    r"^(?P<category>[A-Z][A-Z0-9]{0,7})-(?P<nature>[A-Z][A-Z0-9]{0,7})-"
    r"(?P<sequence>\d{3,})-(?P<yearmonth>\d{6})$"
)
MIN_DIGITS = 3


@dataclass(frozen=True)
class ArchiveCode:
    category: str
    nature: str
    sequence: int
    yearmonth: str  # "202611"

    def __str__(self) -> str:
        return f"{self.category}-{self.nature}-{self.sequence:0{MIN_DIGITS}d}-{self.yearmonth}"

    @classmethod
    def parse(cls, text: str) -> ArchiveCode:
        match = ARCHIVE_CODE.match(text.strip())
        if not match:
            raise CaseDeskError("N001", value=text)
        return cls(match["category"], match["nature"], int(match["sequence"]), match["yearmonth"])


def yearmonth(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}"


def check_code(code: str) -> str:
    """A category or nature code as the agency types it, upper-cased; refused if it cannot print."""
    code = (code or "").strip().upper()
    if not CODE_PATTERN.match(code):
        raise CaseDeskError("N002", value=code)
    return code


@dataclass(frozen=True)
class Block:
    """A run of sequence numbers a workspace may give, in every (category, nature, month).
    ``end`` None means open-ended (a standalone workspace owns its whole range)."""

    start: int
    end: int | None

    def __contains__(self, n: object) -> bool:
        return isinstance(n, int) and n >= self.start and (self.end is None or n <= self.end)


def next_sequence(blocks: Sequence[Block], taken: Iterable[int]) -> int | None:
    """The smallest number inside the workspace's blocks that nobody is known to have given for
    this (category, nature, month); None when the blocks are used up (the number stays pending)."""
    used = set(taken)
    for block in sorted(blocks, key=lambda b: b.start):
        n = block.start
        while block.end is None or n <= block.end:
            if n not in used:
                return n
            n += 1
    return None


def free_in_blocks(blocks: Sequence[Block], taken: Iterable[int]) -> int | None:
    """How many numbers are still free for one key (None: unlimited)."""
    if any(b.end is None for b in blocks):
        return None
    used = set(taken)
    return sum(1 for b in blocks for n in range(b.start, (b.end or 0) + 1) if n not in used)


def overlaps(a: Block, b: Block) -> bool:
    a_end = a.end if a.end is not None else float("inf")
    b_end = b.end if b.end is not None else float("inf")
    return a.start <= b_end and b.start <= a_end


# Which nature a case or group takes, by case type or group kind (the agency edits the table;
# these are the defaults it starts with).
DEFAULT_NATURES: list[tuple[str, str, str, list[str]]] = [
    ("GA", "个案", "Case", ["counselling", "treatment", "transfer"]),
    ("ZX", "咨询个案", "Consultation", ["consultation"]),
    ("XZ", "小组", "Group", ["therapeutic", "support", "mutual_aid", "developmental", "educational"]),
    ("SQ", "社区活动", "Community activity", ["large_activity", "small_activity"]),
    ("JZ", "讲座/课程", "Lecture or course", ["lecture", "family_education"]),
    ("XC", "宣传", "Publicity", ["publicity"]),
    ("YG", "义工活动", "Volunteer activity", ["volunteer_activity"]),
    ("XQ", "兴趣班/托管", "Interest class or tutoring", ["interest_class", "tutoring"]),
    ("WZ", "外展", "Outreach", ["outreach"]),
    ("DD", "督导记录", "Supervision record", []),
]

# Categories: one per service domain (pinyin initials), then the sector codes of the Dongguan
# archive rules (FORMS-REFERENCE "Archive numbering"), which agencies funded by a sector use.
DEFAULT_CATEGORIES: list[tuple[str, str, str, str | None]] = [
    ("QSN", "儿童青少年", "Children and youth", "youth"),
    ("LNR", "老年人", "Elderly", "elderly"),
    ("FN", "妇女", "Women", "women"),
    ("JT", "家庭", "Family", "family"),
    ("SQJZ", "社区矫正", "Community correction", "corrections"),
    ("XX", "学校", "School", "school"),
    ("NC", "农村", "Rural", "rural"),
    ("QY", "企业", "Enterprise", "enterprise"),
    ("REH", "残联", "Disabled Persons' Federation", None),
    ("EDU", "教育局", "Education Bureau", None),
    ("WMF", "妇联", "Women's Federation", None),
    ("CYL", "团委", "Youth League", None),
    ("CMW", "社区", "Community", None),
    ("CAB", "民政局", "Civil Affairs Bureau", None),
    ("JUS", "司法", "Justice", None),
    ("CORP", "企业", "Enterprise sponsor", None),
    ("PRO", "项目", "Project", None),
]
