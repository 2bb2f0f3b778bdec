"""Patterns in form definitions (``pattern:`` on a text field) that can always be checked quickly.

Python's ``re`` backtracks: a pattern in which one piece of text can be matched in many ways takes
exponential time on a value that almost matches (``(a+)+$`` took 8.8 s on 26 characters). Such a
pattern is refused when the definition is installed, from the pattern's own parse tree (``re._parser``,
the parser ``re.compile`` uses): no new dependency, and the same tree the matcher runs.

Refused:
- a repeated piece that can be split between iterations in more than one way: a variable quantifier
  inside a repeat whose characters can also start what follows it within the loop (``(a+)+``,
  ``(\\d+,?)+``, ``(aa?)*``), or alternatives under a repeat that can start with the same character
  (``(a|ab)*``, ``(\\w|\\d)+``); ``(\\w+\\.)+`` is fine, as the dot ends each iteration;
- more than one quantifier that can hand characters to the next (``\\d*\\d*\\d*x``, ``.*a.*a.*b``):
  each one multiplies the work by the value's length;
- backreferences and conditionals, which no quantifier analysis can bound.

What is accepted then takes at most quadratic time, and validation applies a pattern to at most
``PATTERN_INPUT_LIMIT`` characters (docs/rules.md, "Form definitions")."""

from __future__ import annotations

import re
import re._constants as C  # noqa: N812 - the parser's opcodes, as re names them
import re._parser as sre_parse
from collections.abc import Iterable, Sequence
from typing import Any

MAX_PATTERN_LENGTH = 500  # characters of a pattern in a definition
PATTERN_INPUT_LIMIT = 2_000  # characters of a value a pattern is applied to (longer: "not in the format")

# Characters that stand for every class a pattern can name: a set contains one of these iff it contains
# a character of that class; with every character the pattern itself names, two sets overlap iff they
# share one of them.
_SAMPLES = "aZ_09 \t\n\r.-+,;:/@!\x00\x7f中é٣\u3000\ue000"
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)


class UnsafePattern(ValueError):
    """Why a pattern may take too long (in English; the caller gives the code and both languages)."""


def check_pattern(pattern: str) -> None:
    """Raise ``re.error`` for a pattern that does not compile, ``UnsafePattern`` for one that can backtrack
    catastrophically or is too long."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise UnsafePattern(f"longer than {MAX_PATTERN_LENGTH} characters")
    re.compile(pattern)
    tree = sre_parse.parse(pattern)
    _Analysis(pattern, tree.state.flags).run(list(tree))


class _Analysis:
    def __init__(self, pattern: str, flags: int) -> None:
        self.flags = flags
        self.universe = set(_SAMPLES) | set(pattern) | {c.swapcase() for c in pattern}
        self.polynomial = 0  # quantifiers outside loops that can hand characters to what follows

    def run(self, seq: list[Any]) -> None:
        self.check(seq, frozenset(), in_loop=False)
        if self.polynomial > 1:
            raise UnsafePattern("several quantifiers can take the same characters (e.g. \\d*\\d*x)")

    # -- what a piece can match ---------------------------------------------------------------------
    def chars(self, op: Any, av: Any) -> frozenset[str]:
        """The sample characters one single-character item matches."""
        return frozenset(c for c in self.universe if self._member(c, op, av))

    def _member(self, c: str, op: Any, av: Any) -> bool:
        if op is C.LITERAL:
            return self._same(c, chr(av))
        if op is C.NOT_LITERAL:
            return not self._same(c, chr(av))
        if op is C.ANY:
            return c != "\n" or bool(self.flags & re.DOTALL)
        if op is C.IN:
            negate = bool(av) and av[0][0] is C.NEGATE
            found = any(self._in_item(c, o, a) for o, a in (av[1:] if negate else av))
            return found != negate
        return True  # anything else that consumes a character: assume it may be any

    def _in_item(self, c: str, op: Any, av: Any) -> bool:
        if op is C.LITERAL:
            return self._same(c, chr(av))
        if op is C.RANGE:
            low, high = av
            return any(low <= ord(x) <= high for x in self._cases(c))
        if op is C.CATEGORY:
            return bool(re.fullmatch(_CATEGORIES.get(av, "."), c, flags=re.DOTALL))
        return True

    def _cases(self, c: str) -> set[str]:
        return {c, c.lower(), c.upper()} if self.flags & re.IGNORECASE else {c}

    def _same(self, c: str, literal: str) -> bool:
        return literal in self._cases(c) or c in self._cases(literal)

    def first(self, seq: Sequence[Any]) -> tuple[frozenset[str], bool]:
        """The characters ``seq`` can start with, and whether it can match nothing."""
        found: set[str] = set()
        for op, av in seq:
            head, nullable = self.first_item(op, av)
            found |= head
            if not nullable:
                return frozenset(found), False
        return frozenset(found), True

    def first_item(self, op: Any, av: Any) -> tuple[frozenset[str], bool]:
        if op in _REPEATS or op is C.POSSESSIVE_REPEAT:
            head, nullable = self.first(av[2])
            return head, nullable or av[0] == 0
        if op is C.SUBPATTERN:
            return self.first(av[-1])
        if op is C.ATOMIC_GROUP:
            return self.first(av)
        if op is C.BRANCH:
            heads = [self.first(alt) for alt in av[1]]
            return frozenset().union(*(h for h, _ in heads)), any(n for _, n in heads)
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return frozenset(), True
        return self.chars(op, av), False

    def every(self, seq: Iterable[Any]) -> frozenset[str]:
        """Every character any part of ``seq`` can consume."""
        found: set[str] = set()
        for op, av in seq:
            if op in _REPEATS or op is C.POSSESSIVE_REPEAT:
                found |= self.every(av[2])
            elif op is C.SUBPATTERN:
                found |= self.every(av[-1])
            elif op is C.ATOMIC_GROUP:
                found |= self.every(av)
            elif op is C.BRANCH:
                for alt in av[1]:
                    found |= self.every(alt)
            elif op not in (C.AT, C.ASSERT, C.ASSERT_NOT):
                found |= self.chars(op, av)
        return frozenset(found)

    # -- the walk -----------------------------------------------------------------------------------
    def check(self, seq: list[Any], after: frozenset[str], in_loop: bool) -> None:
        """``after``: what can follow ``seq`` (within a loop: the loop's next iteration too)."""
        for index, (op, av) in enumerate(seq):
            rest, rest_nullable = self.first(seq[index + 1 :])
            follow = rest | after if rest_nullable else rest
            if op in (C.GROUPREF, C.GROUPREF_EXISTS):
                raise UnsafePattern("backreferences and conditionals are not allowed")
            if op in _REPEATS or op is C.POSSESSIVE_REPEAT:
                self._repeat(op, av, follow, in_loop)
            elif op is C.SUBPATTERN:
                self.check(av[-1], follow, in_loop)
            elif op is C.ATOMIC_GROUP:
                self.check(av, follow, in_loop)
            elif op is C.BRANCH:
                self._branch(av[1], follow, in_loop)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                self.check(av[1], frozenset(), in_loop)

    def _repeat(self, op: Any, av: Any, follow: frozenset[str], in_loop: bool) -> None:
        low, high, body = av
        iterates = high > 1
        if low != high and op is not C.POSSESSIVE_REPEAT and self.every(body) & follow:
            if in_loop:
                raise UnsafePattern("a repeated part can be split between repetitions in many ways (e.g. (a+)+)")
            if iterates:
                self.polynomial += 1
        head, _ = self.first(body)
        self.check(body, head | follow if iterates else follow, in_loop or iterates)

    def _branch(self, alternatives: list[Any], follow: frozenset[str], in_loop: bool) -> None:
        if in_loop:
            heads = [self.first(alt) for alt in alternatives]
            seen: set[str] = set()
            for head, nullable in heads:
                if head & seen or (nullable and follow & frozenset().union(*(h for h, _ in heads))):
                    raise UnsafePattern("alternatives under a repeat can start alike (e.g. (a|ab)*)")
                seen |= head
        for alt in alternatives:
            self.check(alt, follow, in_loop)


_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


def matches(pattern: str, value: str) -> bool:
    """Whether ``value`` is in the pattern's format; a value longer than the limit never is (the
    pattern would then be the slow part of saving a form)."""
    return len(value) <= PATTERN_INPUT_LIMIT and re.fullmatch(pattern, value) is not None
