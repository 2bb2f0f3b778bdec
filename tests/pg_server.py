"""A throwaway PostgreSQL server for the hub tests: a new cluster in a temporary folder, listening on loopback
only, on a free port, started with the machine's own PostgreSQL binaries (Debian's package; scripts/setup.sh
installs it) and stopped at the end of the run.

Where no server can be started the hub tests are skipped and say why; with CASEDESK_REQUIRE_POSTGRES=1 (as
CI sets it) they fail instead, so a machine without PostgreSQL can never pass them silently."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

REQUIRED = os.environ.get("CASEDESK_REQUIRE_POSTGRES") == "1"
ROLE, PASSWORD = "casedesk_test", "test-" + uuid.uuid4().hex[:12]  # the run's own server account


class Unavailable(RuntimeError):
    """No PostgreSQL server could be started here (the reason is the message)."""


def _binaries() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).resolve().parent
    raise Unavailable("PostgreSQL's server programs (pg_ctl, initdb) are not installed: apt-get install postgresql")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    folder: Path
    port: int
    bin: Path
    as_user: list[str]  # runs the server programs as a non-root account when the tests run as root

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{ROLE}:{PASSWORD}@127.0.0.1:{self.port}/{database}"

    def create_database(self, prefix: str = "casedesk") -> str:
        """A new empty database owned by the test account; its name."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" OWNER {ROLE}')
        return name

    def dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} dbname={database} user={ROLE} password={PASSWORD}"

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                        "stop"], capture_output=True, check=False)  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """Initialise and start a cluster; raise ``Unavailable`` with the reason when it cannot be done."""
    binaries = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="casedesk-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        runner = shutil.which("runuser")
        if runner is None:
            raise Unavailable("running as root without runuser: cannot start PostgreSQL as another account")
        as_user = [runner, "-u", "postgres", "--"]
        shutil.chown(folder, "postgres")
    password_file = folder / "pw"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    if as_user:
        shutil.chown(password_file, "postgres")
    data, port = folder / "data", _free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*as_user, *args], capture_output=True, text=True, cwd=folder, check=False)
        if done.returncode != 0:
            raise Unavailable(f"{Path(args[0]).name} failed: {(done.stderr or done.stdout).strip()[-400:]}")

    run(str(binaries / "initdb"), "-D", str(data), "-U", ROLE, "--pwfile", str(password_file), "-A", "scram-sha-256",
        "-E", "UTF8", "--locale", "C.UTF-8")  # fmt: skip
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} -c fsync=off"
    run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start")
    return Server(folder, port, binaries, as_user)
