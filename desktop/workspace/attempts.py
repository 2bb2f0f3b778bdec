"""Wrong passwords: counted, slowed down, and told to the agency head.

Every check of a password or of the recovery key — signing in (the window, the command line, a backup
restore), unlocking a locked window, changing one's password, ``recover`` — goes through
``Attempts.check``. Per user name tried, and for the workspace as a whole, the first failures are free
(3 per name, 10 for the workspace); after them each failure makes the next attempt wait, 1 s doubling up
to 30 s. An attempt that comes before its wait is over is refused (A015) without looking at the password,
so several processes guessing at once gain nothing: the wait is checked and the attempt counted in one
step, under a lock, before the password is looked at. A right password ends its name's wait and takes
its failures off the workspace's count; a count is forgotten after a day without a failure. Nobody is
locked out for good: no wait is longer than 30 s.

The counts live in ``attempts.json`` beside the keystore (before anyone signs in the database may be
encrypted and shut), rewritten whole (temporary file, rename) under ``attempts.lock``. A name is counted
under a 16-bit keyed hash, never in the clear — a password typed into the name field by mistake must not
rest in the folder — so two names may now and then share a count, which only makes them slower. Each
failure also waits in the file for the audit log, sealed to a key only the workspace's data key opens;
the next sign-in (or unlock) of anyone writes them into the log as ``sign_in_failed`` with the name tried
and how often, under no account (who typed is not known). Anyone who can write the folder can delete the
file: the counts slow down the person at the keyboard, not someone holding a copy of the folder (they
face argon2 instead, docs/security.md)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict, TypeVar

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.errors import AccessDenied, CaseDeskError
from desktop.files.atomic import write_json_atomic
from desktop.security.crypto import SealError, b64, raw_public, seal, subkey, unb64, unseal

T = TypeVar("T")

FILE_NAME = "attempts.json"
LOCK_NAME = "attempts.lock"
FORMAT = "casedesk-attempts"
FREE_PER_NAME = 3  # failures of one name before its next attempt waits
FREE_PER_WORKSPACE = 10  # failures of all names together before any attempt waits
FIRST_WAIT = 1.0  # seconds, doubled with each further failure
MAX_WAIT = 30.0
FORGET_AFTER = 24 * 3600.0  # a count with no failure for a day starts again
MAX_NAMES = 256  # counts kept (the oldest go first): a spray of names cannot grow the file
MAX_PENDING = 200  # failures waiting for the audit log; beyond, only their number
MAX_NAME_CHARS = 100  # of a name tried, as the audit log shows it
WORKSPACE = "*"
PLACES = ("sign_in", "unlock", "recover", "password_change")


def clock() -> float:
    """Seconds since the epoch (kept across restarts, unlike a monotonic clock); tests replace it."""
    return time.time()


def wait_after(failures: int, free: int) -> float:
    """How long the next attempt waits after ``failures`` failures, the first ``free`` of them costing
    nothing: 0 until then, then 1 s, 2 s, 4 s … 30 s at most."""
    if failures < free:
        return 0.0
    return min(MAX_WAIT, FIRST_WAIT * 2 ** min(failures - free, 16))


@dataclass
class Noted:
    """Failures read from the file for the audit log: one detail per name and place, and what to clear
    once they are written."""

    details: list[dict[str, Any]] = field(default_factory=list)
    taken: int = 0
    dropped: int = 0


class Attempts:
    """The counts of one workspace folder. ``now`` replaces the module's ``clock`` (tests)."""

    def __init__(self, folder: Path, now: Callable[[], float] | None = None) -> None:
        self.path = Path(folder) / FILE_NAME
        self._lock_path = Path(folder) / LOCK_NAME
        self._now = now

    def now(self) -> float:
        return (self._now or clock)()

    # -- an attempt ---------------------------------------------------------------------------------
    def check(self, username: str, verify: Callable[[], T], *, where: str, counted: tuple[str, ...] = ("A001",)) -> T:
        """``verify()``, if no wait is due for ``username`` or the workspace (A015 otherwise, nothing
        checked). A refusal whose code is in ``counted`` is a failure: counted, noted for the audit log,
        and told as A015 when the next attempt must wait; success ends the name's wait."""
        key = self._admit(username)
        try:
            result = verify()
        except CaseDeskError as exc:
            if exc.code not in counted:
                self._settle(key, None)
                raise
            wait = self._settle(key, False, username, where)
            if wait > 0:
                raise AccessDenied("A015", seconds=math.ceil(wait)) from exc
            raise
        except BaseException:
            self._settle(key, None)
            raise
        self._settle(key, True)
        return result

    def wait(self, username: str) -> float:
        """Seconds before an attempt for ``username`` is looked at (0: now)."""
        with self._edit(write=False) as data:
            return self._due(data, _name_key(data, username), self.now())

    def failures(self, username: str) -> tuple[int, int]:
        """The failures counted now for ``username`` and for the whole workspace."""
        with self._edit(write=False) as data:
            now = self.now()
            return _count(data, _name_key(data, username), now)["n"], _count(data, WORKSPACE, now)["n"]

    def _admit(self, username: str) -> str:
        """Refuse while a wait is due; otherwise count the attempt as failed until it proves right, so
        that attempts made at the same moment by other processes see it."""
        with self._edit() as data:
            key, now = _name_key(data, username), self.now()
            due = self._due(data, key, now)
            if due > 0:
                raise AccessDenied("A015", seconds=math.ceil(due))
            for name in (key, WORKSPACE):
                counter = _count(data, name, now)
                data["counters"][name] = {"n": counter["n"] + 1, "at": now}
            _prune(data, now)
        return key

    def _settle(self, key: str, right: bool | None, username: str = "", where: str = "") -> float:
        """After the check: ``right`` ends the name's count and takes it off the workspace's; None (neither,
        e.g. a disabled account) takes back this attempt; False keeps it and notes it for the audit log.
        Returns the wait now due for the name (after a failure)."""
        with self._edit() as data:
            counters, now = data["counters"], self.now()
            if right is None:
                for name in (key, WORKSPACE):
                    if name in counters:
                        counters[name]["n"] = max(0, int(counters[name]["n"]) - 1)
                return 0.0
            if right:
                mine = int(counters.pop(key, {"n": 1})["n"])
                if WORKSPACE in counters:
                    counters[WORKSPACE]["n"] = max(0, int(counters[WORKSPACE]["n"]) - mine)
                return 0.0
            for name in (key, WORKSPACE):
                counters[name] = {"n": max(1, int(counters.get(name, {}).get("n", 1))), "at": now}
            _note(data, username, where, now)
            return self._due(data, key, now)

    @staticmethod
    def _due(data: dict, key: str, now: float) -> float:
        name, workspace = _count(data, key, now), _count(data, WORKSPACE, now)
        return max(
            name["at"] + wait_after(name["n"], FREE_PER_NAME) - now,
            workspace["at"] + wait_after(workspace["n"], FREE_PER_WORKSPACE) - now,
            0.0,
        )

    # -- the audit log ------------------------------------------------------------------------------
    def remember_key(self, data_key: bytes) -> None:
        """Keep the public half of the key failures are sealed to (the private half comes from the data key)."""
        public = b64(raw_public(_audit_key(data_key)))
        with self._edit(write=False) as data:
            if data.get("audit_key") == public:
                return
        with self._edit() as data:
            data["audit_key"] = public

    def noted(self, data_key: bytes) -> Noted:
        """The failures waiting for the audit log, by name and place (left in the file until ``forget``)."""
        self.remember_key(data_key)
        private = _audit_key(data_key)
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        with self._edit(write=False) as data:
            waiting, dropped = list(data["pending"]), int(data.get("dropped", 0))
        for item in waiting:
            failure = _open_note(item, private)
            detail = groups.setdefault(
                (failure["username"], failure["where"]),
                {"username": failure["username"], "where": failure["where"], "count": 0, "first": failure["at"]},
            )
            detail["count"] += 1
            detail["last"] = failure["at"]
        details = [{**d, "first": _iso(d["first"]), "last": _iso(d["last"])} for d in groups.values()]
        if dropped:
            details.append({"username": None, "where": None, "count": dropped, "unrecorded": True})
        return Noted(details, len(waiting), dropped)

    def forget(self, noted: Noted) -> None:
        """Clear what ``noted`` read, once it is in the audit log (failures since then stay)."""
        with self._edit() as data:
            data["pending"] = data["pending"][noted.taken :]
            data["dropped"] = max(0, int(data.get("dropped", 0)) - noted.dropped)

    # -- the file -----------------------------------------------------------------------------------
    @contextmanager
    def _edit(self, write: bool = True) -> Iterator[dict]:
        """The file's content under the lock, written back whole if ``write`` and nothing went wrong. A
        file that cannot be read starts afresh and one that cannot be written is not kept: a full disk
        must not stop the rightful person signing in."""
        with _exclusive(self._lock_path):
            data = _read(self.path)
            yield data
            if write:
                with suppress(OSError):
                    write_json_atomic(self.path, data)


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if not (isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("counters"), dict)):
        data = {"format": FORMAT, "version": 1, "counters": {}}
    if not isinstance(data.get("salt"), str):
        data["salt"] = b64(os.urandom(16))
    if not isinstance(data.get("pending"), list):
        data["pending"] = []
    data["counters"] = {
        k: {"n": int(v["n"]), "at": float(v["at"])}
        for k, v in data["counters"].items()
        if isinstance(v, dict) and isinstance(v.get("n"), int) and isinstance(v.get("at"), int | float)
    }
    return data


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """One process at a time between reading the counts and writing them (released if the process dies)."""
    try:
        handle = path.open("a+b")
    except OSError:  # a folder that cannot be written: nothing will be kept anyway
        yield
        return
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield
    finally:
        if sys.platform == "win32":
            with suppress(OSError):
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        handle.close()


def _name_key(data: dict, username: str) -> str:
    salt = unb64(data["salt"])
    digest = hashlib.blake2s(username.encode("utf-8", "surrogatepass"), key=salt, digest_size=2)
    return "#" + digest.hexdigest()


class _Counter(TypedDict):
    n: int  # failures counted
    at: float  # when the last was


def _count(data: dict, key: str, now: float) -> _Counter:
    """A counter as it stands now: forgotten after a day's quiet; a time ahead of the clock (the clock
    was set back) counts as now, so no wait is longer than the longest."""
    counter = data["counters"].get(key)
    if counter is None or now - counter["at"] > FORGET_AFTER:
        return {"n": 0, "at": now}
    return {"n": counter["n"], "at": min(counter["at"], now)}


def _prune(data: dict, now: float) -> None:
    counters = data["counters"]
    for key in [k for k, v in counters.items() if now - v["at"] > FORGET_AFTER]:
        del counters[key]
    names = sorted((v["at"], k) for k, v in counters.items() if k != WORKSPACE)
    for _, key in names[: max(0, len(names) - MAX_NAMES)]:
        del counters[key]


def _audit_key(data_key: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(subkey(data_key, "attempts"))


def _note(data: dict, username: str, where: str, now: float) -> None:
    """A failure for the audit log: sealed when the workspace's key is known, its place and time only
    before (a workspace nobody has signed in to since this version)."""
    if len(data["pending"]) >= MAX_PENDING:
        data["dropped"] = int(data.get("dropped", 0)) + 1
        return
    failure = {"username": username[:MAX_NAME_CHARS], "where": where, "at": now}
    try:
        public = unb64(data.get("audit_key"))
        data["pending"].append({"sealed": seal(json.dumps(failure).encode(), public)})
    except (SealError, ValueError):
        data["pending"].append({"where": where, "at": now})


def _open_note(item: Any, private: X25519PrivateKey) -> dict[str, Any]:
    unknown = {"username": "?", "where": "sign_in", "at": 0.0}
    if not isinstance(item, dict):
        return unknown
    if "sealed" not in item:
        return {**unknown, "where": str(item.get("where", "sign_in")), "at": float(item.get("at", 0.0))}
    try:
        failure = json.loads(unseal(item["sealed"], private))
        return {"username": str(failure["username"]), "where": str(failure["where"]), "at": float(failure["at"])}
    except (SealError, ValueError, KeyError, TypeError):
        return unknown


def _iso(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")


def write_to_audit(
    root: Path, data_key: bytes, audit_unattributed: Callable[[str, list[dict[str, Any]]], None]
) -> None:
    """The failures waiting in the workspace folder ``root``, into the audit log (someone just signed in or
    unlocked): one ``sign_in_failed`` entry per name tried and place, with how often, first and last, under no
    account (``audit_unattributed``: the audit service's)."""
    attempts = Attempts(root)
    noted = attempts.noted(data_key)
    if noted.details:
        audit_unattributed("sign_in_failed", noted.details)
        attempts.forget(noted)
