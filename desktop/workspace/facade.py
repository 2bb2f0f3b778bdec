"""How the Desk hands a call to the service that holds it: ``create_client = via("people",
PeopleService.create_client)`` makes ``desk.create_client(...)`` call ``desk.people.create_client(...)``, with
the service method's own signature for the type checker (a ``ParamSpec``), so the window and the command line
keep one entry point while each service stays a class of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")


class via(Generic[S, P, R]):  # noqa: N801 - reads as a declaration in the Desk's table
    """A Desk attribute that is ``method`` bound to the Desk's service ``service``."""

    def __init__(self, service: str, method: Callable[Concatenate[S, P], R]) -> None:
        self.service = service
        self.method = method

    @overload
    def __get__(self, desk: None, owner: type) -> via[S, P, R]: ...

    @overload
    def __get__(self, desk: object, owner: type) -> Callable[P, R]: ...

    def __get__(self, desk: object | None, owner: type) -> Any:
        if desk is None:
            return self
        return self.method.__get__(getattr(desk, self.service), type(getattr(desk, self.service)))
