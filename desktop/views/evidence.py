"""Evidence pane: the reference task beside the plan's matched passages, matched words highlighted."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from comparer.export.export_data import POSITION as _POSITION
from comparer.glossary import plan_name
from comparer.match.spans import reason_spans
from comparer.models import Comparison, CoverageCell, Plan, RefTask, Status, Task
from desktop.i18n import ui_glossary
from desktop.qtcompat import emit
from desktop.views.style import HIGHLIGHT, STATUS_COLOURS

# Link scheme of the action links in the plan side: "act:confirm/T12", "act:addressed/KL91-4.2".
ACTION_SCHEME = "act"


def highlight(text: str, words: tuple[str, ...]) -> str:
    """``text`` as HTML with each of ``words`` marked where the engine finds them (``reason_spans``)."""
    out: list[str] = []
    pos = 0
    for start, end in reason_spans(text, words):
        out.append(html.escape(text[pos:start]))
        out.append(f'<span style="background-color:{HIGHLIGHT};">{html.escape(text[start:end])}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


class EvidencePane(QWidget):
    """Shows one coverage cell; its links ask the window for review actions.

    ``actionRequested(kind, target)``: kind is confirm, reject, assign, restore (target: task
    id), assign_other (target: "") or addressed (target: ref id of the gap).
    """

    actionRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference_view = QTextBrowser(self)
        self.plan_view = QTextBrowser(self)
        for view in (self.reference_view, self.plan_view):
            view.setOpenLinks(False)
            view.setOpenExternalLinks(False)
        self.plan_view.anchorClicked.connect(self._on_anchor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("evidenceSplitter")
        self.splitter.addWidget(self.reference_view)
        self.splitter.addWidget(self.plan_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._shown: tuple[Comparison, int, str, str] | None = None
        # (plan index, ref id) → the passages an officer rejected for that cell, with their scores;
        # set by the window (it owns the decisions). They stay visible as "đã bác bỏ" with a restore link.
        self.rejected_for: Callable[[int, str], list[tuple[Task, float]]] | None = None
        self.clear()

    def clear(self) -> None:
        self._shown = None
        hint = html.escape(self.tr("Chọn một ô của ma trận để xem căn cứ."))
        self.reference_view.setHtml(f"<p style='color:#555'>{hint}</p>")
        self.plan_view.clear()

    def retranslate(self) -> None:
        if self._shown is None:
            self.clear()
        else:
            self.show_cell(*self._shown)

    def show_cell(self, comparison: Comparison, plan_index: int, ref_id: str, point_id: str = "") -> None:
        """Show the cell of ``plan_index`` × ``ref_id``; a key point id narrows the reference side."""
        self._shown = (comparison, plan_index, ref_id, point_id)
        ref = comparison.reference.task(ref_id)
        row = [t.id for t in comparison.reference.tasks].index(ref_id)
        cell = comparison.coverage[plan_index][row]
        plan = comparison.plans[plan_index]
        self.reference_view.setHtml(self._reference_html(comparison, ref, cell, point_id))
        self.plan_view.setHtml(self._plan_html(comparison, plan, ref, cell))
        for view in (self.reference_view, self.plan_view):  # a new cell reads from its title
            view.verticalScrollBar().setValue(0)

    # -- HTML ------------------------------------------------------------------------------
    def _reference_html(self, comparison: Comparison, ref: RefTask, cell: CoverageCell, point_id: str) -> str:
        e = html.escape
        parts = [f"<h3>{e(ref.id)} · {e(ref.title)}</h3>",
                 f"<p style='color:#555'>{e(comparison.reference.name)}</p>",
                 f"<p>{e(ref.text)}</p>"]
        if ref.key_points:
            g = ui_glossary()
            parts.append(f"<p><b>{e(g.key_point)}</b></p><ul>")
            colours = {Status.COVERED: "#1b5e20", Status.PARTIAL: "#8a5a00", Status.MISSING: "#b71c1c"}
            for kp in ref.key_points:
                pt = cell.point(kp.id)
                status = pt.status if pt else (Status.COVERED if kp.id in cell.key_points_found else Status.MISSING)
                mark = f"{g.mark(status)} {e(g.status(status))}"
                if pt is not None:
                    mark += f" ({g.score_text(pt.score)})"
                    if pt.needs_review and not cell.reviewed:
                        mark += f" <b style='color:#8a5a00'>{e(g.mark_needs_review)} {e(g.needs_review.lower())}</b>"
                text = f"<b>{e(kp.text)}</b>" if kp.id == point_id else e(kp.text)
                parts.append(f"<li><span style='color:{colours[status]}'>{mark}</span> {e(kp.id)} — {text}</li>")
            parts.append("</ul>")
        return "".join(parts)

    def _plan_html(self, comparison: Comparison, plan: Plan, ref: RefTask, cell: CoverageCell) -> str:
        e = html.escape
        tasks = {t.id: t for t in plan.tasks}
        g = ui_glossary()
        colour = STATUS_COLOURS[cell.status].name()
        # The same status word and number as the matrix, the CLI and the exports.
        head = f"{e(plan_name(plan))}: {e(g.status(cell.status))} ({g.score_text(cell.score)})"
        if ref.key_points:
            # Why a high score can still be partial: the task's key points are not in the plan.
            present = sum(1 for p in cell.points if p.status is Status.COVERED) if cell.points \
                else len(cell.key_points_found)
            head += " · " + e(self.tr("{found}/{total} {key_points}").format(
                found=present, total=len(ref.key_points), key_points=g.key_point.lower()))
        parts = [f"<h3><span style='background-color:{colour}'>&nbsp;{head}&nbsp;</span></h3>"]
        if cell.flagged:
            warn = self.tr("{mark} {needs_review}: điểm của nhiệm vụ hoặc của một ý chính sát ngưỡng.").format(
                mark=g.mark_needs_review, needs_review=g.needs_review)
            parts.append(f"<p style='color:#8a5a00'>{e(warn)}</p>")
        if cell.note:
            label = self.tr("Ghi chú")
            parts.append(f"<p><i>{e(label)}: {e(cell.note)}</i></p>")
        if cell.evidence:
            title = self.tr("Đoạn tương ứng trong kế hoạch")
            parts.append(f"<p><b>{e(title)}</b></p>")
            for m in cell.evidence:
                task = tasks.get(m.task_id)
                if task is None:
                    continue
                badge = f" <span style='color:#1b5e20'>{g.mark_reviewed} {e(g.reviewed.lower())}</span>" \
                    if m.reviewed else ""
                parts.append(self._passage(task, m.reason, g.score_text(m.score)) + badge)
                links = [self._link("reject", m.task_id, self.tr("Bác bỏ"))]
                if not m.reviewed:
                    links.insert(0, self._link("confirm", m.task_id, self.tr("Xác nhận")))
                parts.append(f"<p>{' · '.join(links)}</p>")
        if cell.status is Status.MISSING or cell.candidates:
            title = self.tr("Chưa tìm thấy. Đoạn gần nhất:") if cell.status is Status.MISSING \
                else self.tr("Các đoạn gần khác:")
            parts.append(f"<p><b>{e(title)}</b></p>")
            for c in cell.candidates:
                task = tasks.get(c.task_id)
                if task is not None:
                    parts.append(self._passage(task, (), g.score_text(c.score)))
                else:
                    parts.append(f"<p>{e(c.text)} <span style='color:#555'>({g.score_text(c.score)})</span></p>")
                if c.task_id:
                    assign = self.tr("Gán vào nhiệm vụ này")
                    parts.append(f"<p>{self._link('assign', c.task_id, assign)}</p>")
            if not cell.candidates:
                none = self.tr("Không có đoạn nào gần.")
                parts.append(f"<p style='color:#555'>{e(none)}</p>")
        rejected = self.rejected_for(cell.plan, ref.id) if self.rejected_for is not None else []
        if rejected:
            title = g.rejected
            parts.append(f"<p><b>{e(title)}</b></p>")
            for task, score in rejected:
                badge = f"<span style='color:#b71c1c'>✗ {e(g.rejected.lower())}</span>"
                parts.append(f"<div style='color:#777'>{self._passage(task, (), g.score_text(score))}</div>")
                parts.append(f"<p>{badge} · {self._link('restore', task.id, g.restore)}</p>")
        links = [self._link("assign_other", "", self.tr("Gán một đoạn khác…"))]
        gap = next((g for g in comparison.gaps if g.plan == cell.plan and g.ref_id == ref.id), None)
        if gap is not None:
            if gap.addressed:
                note = f": {e(gap.note)}" if gap.note else ""
                done = self.tr("Khoảng trống đã được xử lý")
                parts.append(f"<p style='color:#1b5e20'>{g.mark_reviewed} {e(done)}{note}</p>")
            else:
                links.append(self._link("addressed", ref.id, self.tr("Đánh dấu khoảng trống đã xử lý…")))
        parts.append(f"<hr><p>{' · '.join(links)}</p>")
        return "".join(parts)

    def _passage(self, task: Task, words: tuple[str, ...], score: str) -> str:
        e = html.escape
        where = " › ".join(self._section_item(item) for item in task.section)
        loc = self._where(task)
        points = ui_glossary().score.lower()
        place = " · ".join(x for x in (where, loc) if x)
        return (f"<p style='color:#555; margin-bottom:0'>{e(place)} · {e(points)} {score}</p>"
                f"<p style='margin-top:2px'>{highlight(task.text, words)}</p>")

    def _section_item(self, item: str) -> str:
        """One step of a task's section path; extract.py's positions ("đoạn 6", "ý 1") in the UI language.

        The English window showed "… › đoạn 6 › ý 1" under an English passage heading.
        """
        pos = _POSITION.match(item)
        if pos is None:
            return item  # a heading of the plan itself: the plan's own words
        kind, n, row = pos.groups()
        templates = {
            "gạch đầu dòng": self.tr("gạch đầu dòng {n}"),
            "đoạn": self.tr("đoạn {n}"),
            "mục": self.tr("mục {n}"),
            "ý": self.tr("ý {n}"),
            "bảng": self.tr("bảng {n}") if row is None else self.tr("bảng {n}, dòng {row}"),
        }
        return templates[kind].format(n=n, row=row)

    def _where(self, task: Task) -> str:
        """Location in words of the UI language (``Location.describe`` is English)."""
        loc = task.location
        parts: list[str] = []
        if loc.page is not None:
            parts.append(self.tr("trang {n}").format(n=loc.page))
        if loc.table is not None:
            parts.append(self.tr("bảng {t}, hàng {r}").format(t=loc.table, r=loc.row))
        elif loc.line is not None:
            parts.append(self.tr("dòng {n}").format(n=loc.line))
        return ", ".join(parts)

    @staticmethod
    def _link(kind: str, target: str, text: str) -> str:
        return f"<a href='{ACTION_SCHEME}:{kind}/{html.escape(target)}'>{html.escape(text)}</a>"

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() != ACTION_SCHEME:
            return
        kind, _, target = url.path().partition("/")
        emit(self.actionRequested, kind, target)


def action_url(kind: str, target: str) -> QUrl:
    """The URL a link for ``kind`` on ``target`` carries (tests click links through this)."""
    return QUrl(f"{ACTION_SCHEME}:{kind}/{target}")

