"""Undoable review actions: each command swaps the window's tuple of decisions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from comparer.review import Decision

SetDecisions = Callable[[tuple[Decision, ...]], None]


class DecisionCommand(QUndoCommand):
    """Adds one decision; undo restores the decisions as they were (the engine re-applies them).

    Decisions are plain immutable data, so a command only keeps the two tuples; the window's
    ``set_decisions`` re-lays them over the computed comparison.
    """

    def __init__(self, text: str, before: tuple[Decision, ...], decision: Decision,
                 set_decisions: SetDecisions) -> None:
        super().__init__(text)
        self._before = before
        self._after = (*before, decision)
        self._set = set_decisions
        self.decision = decision

    def redo(self) -> None:
        self._set(self._after)

    def undo(self) -> None:
        self._set(self._before)
