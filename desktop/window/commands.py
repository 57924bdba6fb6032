"""Undoable review actions: each command swaps the window's tuple of decisions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from comparer.match.review import Decision

SetDecisions = Callable[[tuple[Decision, ...]], None]


class DecisionsCommand(QUndoCommand):
    """Replaces the decisions; undo restores them as they were (the engine re-applies them).

    Decisions are plain immutable data, so a command only keeps the two tuples; the window's
    ``set_decisions`` re-lays them over the computed comparison.
    """

    def __init__(self, text: str, before: tuple[Decision, ...], after: tuple[Decision, ...],
                 set_decisions: SetDecisions) -> None:
        super().__init__(text)
        self._before = before
        self._after = after
        self._set = set_decisions

    def redo(self) -> None:
        self._set(self._after)

    def undo(self) -> None:
        self._set(self._before)


def add_decision(text: str, before: tuple[Decision, ...], decision: Decision,
                 set_decisions: SetDecisions) -> DecisionsCommand:
    """A command that appends ``decision``."""
    return DecisionsCommand(text, before, (*before, decision), set_decisions)


def remove_decision(text: str, before: tuple[Decision, ...], row: int,
                    set_decisions: SetDecisions) -> DecisionsCommand:
    """A command that withdraws the decision at ``row`` (also one saved in an earlier session)."""
    return DecisionsCommand(text, before, before[:row] + before[row + 1:], set_decisions)
