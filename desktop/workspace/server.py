"""An agency hub kept on a PostgreSQL server (docs/hub.md): where the server is, and its account's password.

A hub workspace folder on an office computer holds ``server.json``: the server's address, the database and
the server account, and that account's password encrypted (ChaCha20-Poly1305) under a key derived from the
workspace's data key. The data key itself is sealed per CaseDesk account in the folder's keystore, so the
password is readable only after someone signs in, and never sits in a plain-text file. Field laptops stay on
SQLite; the same models, migrations and queries run on both."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import URL

from desktop.errors import WorkspaceError
from desktop.files.atomic import write_json_atomic
from desktop.models import Base
from desktop.models.engine import json_dumps, json_loads
from desktop.security.crypto import b64, subkey, unb64

SERVER_FILE = "server.json"
PURPOSE = "server password"


@dataclass(frozen=True)
class ServerSettings:
    """Where the hub's database is: a PostgreSQL server on the agency's network."""

    host: str
    database: str
    user: str
    port: int = 5432

    def describe(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def server_file(root: Path) -> Path:
    return root / SERVER_FILE


def read_settings(root: Path) -> ServerSettings | None:
    """The folder's server, or None for a workspace kept in its own SQLite file."""
    path = server_file(root)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ServerSettings(str(data["host"]), str(data["database"]), str(data["user"]), int(data["port"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise WorkspaceError("W005", reason=f"{SERVER_FILE}: {exc}") from exc


def write_settings(root: Path, settings: ServerSettings, password: str, data_key: bytes) -> None:
    nonce = os.urandom(12)
    sealed = ChaCha20Poly1305(subkey(data_key, PURPOSE)).encrypt(nonce, password.encode("utf-8"), b"casedesk")
    write_json_atomic(server_file(root), {**asdict(settings), "password": b64(nonce + sealed)})


def read_password(root: Path, data_key: bytes) -> str:
    try:
        blob = unb64(json.loads(server_file(root).read_text(encoding="utf-8"))["password"])
        key = ChaCha20Poly1305(subkey(data_key, PURPOSE))
        return key.decrypt(blob[:12], blob[12:], b"casedesk").decode("utf-8")
    except (OSError, ValueError, KeyError, InvalidTag) as exc:
        raise WorkspaceError("W005", reason=f"{SERVER_FILE}: the server password cannot be read ({exc})") from exc


def server_url(settings: ServerSettings, password: str) -> URL:
    """Built as parts, never as text with the password in it that could end up in a log."""
    return URL.create("postgresql+psycopg", settings.user, password, settings.host, settings.port, settings.database)


def make_server_engine(settings: ServerSettings, password: str, **options: Any) -> Engine:
    """Short waits and a bounded pool: several office computers share one server."""
    return create_engine(
        server_url(settings, password),
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=True,  # the office network drops idle connections
        json_serializer=json_dumps,
        json_deserializer=_loads,
        connect_args={"connect_timeout": 10, "application_name": "CaseDesk"},
        hide_parameters=True,  # errors (logs, tracebacks) never carry the values bound to a statement
        **options,
    )


def _loads(value: Any) -> Any:
    # psycopg hands JSON text to SQLAlchemy's deserializer; numbers arrive parsed already.
    return json_loads(value) if isinstance(value, str | bytes) else value


def empty_server(settings: ServerSettings, password: str) -> Engine:
    """The server's engine, refused (W012, W013) unless the server answers and its database is empty."""
    engine = make_server_engine(settings, password)
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
    except Exception as exc:
        engine.dispose()
        raise WorkspaceError("W012", server=settings.describe(), reason=_reason(exc)) from exc
    if tables:
        engine.dispose()
        raise WorkspaceError("W013", server=settings.describe())
    return engine


def drop_everything(engine: Engine) -> None:
    """Undo a half-made hub: its database was empty before, so everything in it is ours to drop."""
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        connection.exec_driver_sql("DROP FUNCTION IF EXISTS casedesk_audit_append_only() CASCADE")
    engine.dispose()


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
