"""Plain, immutable data passed between the engine's stages and out to the GUI and exports."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """What a block of a source document is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"


@dataclass(frozen=True)
class Location:
    """Where a piece of text sits in its source file.

    ``block`` is the index of the block in the read document; ``line`` (1-based) is set for
    text-like sources, ``page`` (1-based) for PDFs, ``table``/``row`` for table rows.
    """

    block: int
    line: int | None = None
    page: int | None = None
    table: int | None = None
    row: int | None = None

    def describe(self) -> str:
        """A short human-readable place, e.g. ``p. 3`` or ``line 42`` or ``table 1, row 4``."""
        parts: list[str] = []
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.table is not None:
            parts.append(f"table {self.table}, row {self.row}")
        elif self.line is not None:
            parts.append(f"line {self.line}")
        if not parts:
            parts.append(f"block {self.block + 1}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Block:
    """One structural unit of a read document, text kept as in the source (NFC).

    Attributes:
        text: the block's text without its list marker (for table rows: cells joined by " | ").
        kind: heading, paragraph, list item or table row.
        level: heading level (1 = top) or list nesting level (0 = top); 0 otherwise.
        marker: the list/numbering marker as a reader saw it ("1.", "a)", "-", "•", "II."), or "".
        cells: for table rows, the cell texts.
        header: for table rows, the table's header cells (empty if the table has none).
        location: where the block is in the file.
    """

    text: str
    kind: BlockKind
    location: Location
    level: int = 0
    marker: str = ""
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """What a reader returns: the blocks of one file, in reading order."""

    path: str
    format: str  # "txt", "docx", "pdf", "html"
    blocks: tuple[Block, ...]
    sha256: str
    warnings: tuple[str, ...] = ()
    encoding: str | None = None


@dataclass(frozen=True)
class Task:
    """One task (directive, target, assignment or reported result) extracted from a plan.

    ``text`` is the original text for display and export; ``norm`` its matching form.
    ``section`` is the path of headings above it, ending with the item's own position.
    """

    id: str
    text: str
    norm: str
    section: tuple[str, ...]
    location: Location
    kind: str = "paragraph"  # "item", "paragraph", "part", "table", "heading"
    agency: str | None = None
    partners: str | None = None
    deadline: str | None = None
    output: str | None = None

    @property
    def section_path(self) -> str:
        """The section path joined for people: ``2. Tổ chức … › gạch đầu dòng 3``."""
        return " › ".join(self.section)


@dataclass(frozen=True)
class Plan:
    """A loaded local plan: its identity and extracted tasks."""

    name: str
    path: str
    format: str
    sha256: str
    tasks: tuple[Task, ...]
    title: str = ""
    issuer: str = ""
    number: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """Short label for columns: document number if found, else the issuer, else the file name."""
        return self.number or self.issuer or self.name

    @property
    def task_count(self) -> int:
        """Tasks that are not section headings: the one count every face gives ("81 nhiệm vụ").

        Hải Phòng's KH 298 has 83 items of which 2 are headings; the window said 83 while the
        note counted 81 for "rõ người, rõ việc".
        """
        return sum(1 for t in self.tasks if t.kind != "heading") or len(self.tasks)


@dataclass(frozen=True)
class Cue:
    """A phrase (matching form) whose presence in a passage speaks for a reference task.

    ``weight`` (0–1) is how much one occurrence alone says: 0.8 for a phrase distinctive of the
    task ("quốc sách hàng đầu"), less for phrases other tasks share.
    """

    text: str
    weight: float


@dataclass(frozen=True)
class KeyPoint:
    """A distinct directive within a reference task that an officer checks for.

    ``communicative`` marks directives about communicating (tuyên truyền, quán triệt): what
    follows them in the same clause is the content or audience of the communication, not a
    directive of its own.
    """

    id: str
    text: str
    cues: tuple[Cue, ...] = ()
    communicative: bool = False


@dataclass(frozen=True)
class RefTask:
    """One task of a reference framework (e.g. KL91-4)."""

    id: str
    title: str
    text: str
    key_points: tuple[KeyPoint, ...] = ()
    cues: tuple[Cue, ...] = ()
    attestation: str = ""


@dataclass(frozen=True)
class Reference:
    """A reference framework: the central document's tasks and where their wording comes from."""

    id: str
    name: str
    tasks: tuple[RefTask, ...]
    short_name: str = ""
    provenance: str = ""  # in Vietnamese, for users and exports
    completeness: str = ""  # in Vietnamese
    provenance_en: str = ""
    completeness_en: str = ""
    sources: tuple[str, ...] = ()
    path: str = ""
    builtin: bool = False
    # Phrases (matching form) that name the parent documents, e.g. NQ 29's title: words inside
    # them ("hội nhập quốc tế") are context, never evidence for a task.
    context_phrases: tuple[str, ...] = ()
    # Codes (comparer.refs.refdoc.WARNING_CODES) for a loaded text that does not read as a task list.
    warnings: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """Short name for headings ("Kết luận 91"), else the id."""
        return self.short_name or self.id

    def task(self, ref_id: str) -> RefTask:
        """The task with id ``ref_id`` (raises KeyError)."""
        for t in self.tasks:
            if t.id == ref_id:
                return t
        raise KeyError(ref_id)

    def key_point(self, kp_id: str) -> KeyPoint:
        """The key point with id ``kp_id`` (raises KeyError)."""
        for t in self.tasks:
            for kp in t.key_points:
                if kp.id == kp_id:
                    return kp
        raise KeyError(kp_id)


@dataclass(frozen=True)
class Match:
    """A plan task matched to a reference task, with the words that carried the score."""

    task_id: str
    ref_id: str
    score: float  # 0–100
    reason: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()  # ids of key points this task carries
    reviewed: bool = False  # set by an officer's decision, not computed


class Status(StrEnum):
    """Coverage of one reference task by one plan."""

    COVERED = "covered"
    PARTIAL = "partial"
    MISSING = "missing"


@dataclass(frozen=True)
class Candidate:
    """A passage that comes closest to a reference task or key point without matching it."""

    task_id: str
    text: str
    score: float


@dataclass(frozen=True)
class PointCell:
    """Plan × key point: the same three states as a task, one score, and the review flag.

    ``status`` is covered when a passage matched to the task carries the key point (or its
    distinctive phrase stands anywhere), partial when only an echo of its cues is in the plan,
    missing otherwise. ``score`` is the one number every face prints: the best match carrying
    it, else the closest passage (the key point's gap candidate). ``needs_review``: not found,
    but an echo close to the key-point threshold that nobody has reviewed yet.
    """

    id: str
    status: Status
    score: float
    needs_review: bool = False
    near: float = 0.0  # score of the closest passage when the key point is not found
    echo: float = 0.0  # strongest echo of the key point's cues in a passage not carrying it (0–100)


@dataclass(frozen=True)
class CoverageCell:
    """Plan × reference task: status, the one score shown, evidence and key points found/missing.

    ``score`` is the number every face prints (an integer value): the best match, or for a
    missing task the closest passage found (``candidates``), 0 when there is none.
    """

    plan: int  # index into Comparison.plans
    ref_id: str
    status: Status
    score: float
    evidence: tuple[Match, ...] = ()
    key_points_found: tuple[str, ...] = ()
    key_points_missing: tuple[str, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    needs_review: bool = False
    reviewed: bool = False
    note: str = ""
    points: tuple[PointCell, ...] = ()  # one per key point of the task, in reference order

    def point(self, kp_id: str) -> PointCell | None:
        """The key point cell ``kp_id`` of this task, or None."""
        return next((p for p in self.points if p.id == kp_id), None)

    @property
    def flagged(self) -> bool:
        """Needs review (the task or one of its key points) and nobody has reviewed it yet."""
        return not self.reviewed and (self.needs_review or any(p.needs_review for p in self.points))


@dataclass(frozen=True)
class Gap:
    """A reference task or key point a plan leaves out, with the closest passages found."""

    plan: int
    ref_id: str  # task id ("KL91-3") or key point id ("KL91-3.2")
    level: str  # "task" or "key_point"
    text: str  # the reference task title or key point text
    candidates: tuple[Candidate, ...] = ()
    needs_review: bool = False
    addressed: bool = False
    note: str = ""


@dataclass(frozen=True)
class Overlap:
    """A reference task or key point that several plans take up."""

    ref_id: str
    level: str  # "task" or "key_point"
    text: str
    plans: tuple[int, ...]


@dataclass(frozen=True)
class SimilarPair:
    """Two tasks from different plans that say much the same thing."""

    plan_a: int
    task_a: str
    plan_b: int
    task_b: str
    score: float


@dataclass(frozen=True)
class Emphasis:
    """Something one plan stresses that the others lack.

    ``kind`` is ``unique_key_point`` (subject = key point id), ``salient_term`` (subject =
    the term; count and others_count set), or ``local_initiative`` (subject = task id).
    """

    plan: int
    kind: str
    subject: str
    text: str
    score: float = 0.0
    count: int = 0
    others_count: int = 0


# The defaults the CLI, the window, project files and settings all start from (one place).
DEFAULT_REFERENCE = "kl91"  # built-in reference id
DEFAULT_THRESHOLD = 55.0


@dataclass(frozen=True)
class Options:
    """Knobs of one comparison; the threshold shifts how strict matching is (0–100)."""

    threshold: float = DEFAULT_THRESHOLD
    review_margin: float = 8.0
    max_candidates: int = 3
    similar_pair_threshold: float = 75.0


@dataclass(frozen=True)
class Comparison:
    """The result of comparing plans with a reference: everything the GUI and exports show."""

    reference: Reference
    plans: tuple[Plan, ...]
    matches: tuple[tuple[Match, ...], ...]  # per plan
    coverage: tuple[tuple[CoverageCell, ...], ...]  # per plan, in reference task order
    gaps: tuple[Gap, ...] = ()
    overlaps: tuple[Overlap, ...] = ()
    similar_pairs: tuple[SimilarPair, ...] = ()
    emphases: tuple[Emphasis, ...] = ()
    options: Options = field(default_factory=Options)
