"""Spot checks (抽查): the business lead draws archived files at random and scores each for completeness
(完整性), conformity to the rules (规范性) and professional quality (专业性); the scores go into the
worker's performance review (003 第四章第五条). The draw's seed is kept, so anyone can re-draw and see
that the sample was not chosen by hand."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, new_id, utcnow


class SpotCheck(Base):
    __tablename__ = "spot_check"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    draw_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)  # one draw, several files
    draw_seed: Mapped[int] = mapped_column(Integer)
    drawn_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    drawn_by: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("account.id"))
    target_kind: Mapped[str] = mapped_column(String(10))  # case / group
    target_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)  # a case or a group, as target_kind says
    archive_code: Mapped[str | None] = mapped_column(String(40))
    worker_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("account.id"), index=True)
    # Filled when scored: each dimension 0-100, and the checklist's answers behind them.
    completeness: Mapped[int | None] = mapped_column(Integer)
    conformity: Mapped[int | None] = mapped_column(Integer)
    professional: Mapped[int | None] = mapped_column(Integer)
    checklist: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    comment: Mapped[str | None] = mapped_column(Text)
    scored_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    scored_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("account.id"))
