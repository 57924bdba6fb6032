"""Match passages to reference tasks: weighted cue phrases, found exactly or with rapidfuzz.

Why not one fuzzy score against each task's text: generic verbs ("tiếp tục", "tăng cường",
"nâng cao", "đẩy mạnh", "triển khai") dominate such scores, and ``token_set_ratio`` gives 100
whenever one side's words are a subset of the other's. Instead each reference task carries cue
phrases with weights (distinctive phrases count more); a passage's score for a task combines the
cues it contains (noisy-OR), after three rules taken from how officers read plans:

- Words inside the parent documents' titles (NQ 29's "… và hội nhập quốc tế") and agency names
  ("Sở Khoa học và Công nghệ") are context, not evidence.
- What follows a purpose trigger ("nhằm", "đáp ứng", "góp phần", "phục vụ") counts less: the
  head of a directive decides, not its goal (Hải Phòng: "… nhằm đáp ứng yêu cầu hội nhập").
- After a communication directive ("tuyên truyền, phổ biến … tới đội ngũ nhà giáo"), the rest of
  the clause is its content or audience, so other tasks' cues there count less.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from comparer.match.calibration import (
    KP_CUT,
    SHOWN_OFFSET,
    Model,
    current_kp_model,
    current_model,
    features,
    kp_features,
)
from comparer.models import Cue, Plan, Reference
from comparer.refs.mapping import expand, load_mapping, load_synonyms
from comparer.text.agencies import agency_spans
from comparer.text.heads import TITLE_CLOSE, TITLE_OPEN, prepare
from comparer.text.normalize import match_tokens, norm
from comparer.text.roles import is_matchable

PURPOSE_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("nhằm",),
    ("đáp", "ứng"),
    ("góp", "phần"),
    ("phục", "vụ"),
    ("hướng", "tới"),
    ("hướng", "đến"),
    ("phù", "hợp", "với"),
    ("giúp", "nâng"),  # "… không chỉ giúp nâng cao chất lượng dạy và học": the benefit, not the head
    ("giúp", "cải"),
)
_TRIGGER_FIRST = frozenset(t[0] for t in PURPOSE_TRIGGERS)
PURPOSE_FACTOR = 0.35
AUDIENCE_FACTOR = 0.35
TITLE_FACTOR = 0.35  # words of a cited document's title ("thực hiện Đề án “…”") name its topic, not this plan's
FUZZY_MIN = 90.0  # rapidfuzz partial_ratio needed for a near-miss cue (typos, missing diacritic)
KEY_POINT_FLOOR = 0.2  # below analysis.KEY_POINT_MIN: a key point the model rejects is shown as a candidate only
SECONDARY_SHARE = 0.35  # a second task is reported only with this share of the first's evidence
HEAD_MIN = 0.4  # a task needs one cue this strong at full weight: discounted echoes never add up to it

_BREAK = re.compile(r"(?<=[;.!?…:])\s+|\n+|;")


@dataclass(frozen=True)
class _CueEntry:
    tokens: tuple[str, ...]
    weight: float
    ref_id: str
    kp_id: str
    communicative: bool
    phrase: str = field(init=False, compare=False)  # the tokens joined, as reasons show them

    def __post_init__(self) -> None:
        object.__setattr__(self, "phrase", " ".join(self.tokens))


@dataclass(slots=True)  # a hundred plans keep hundreds of thousands of these
class TaskScore:
    """Evidence for one reference task in one passage."""

    ref_id: str
    score: float = 0.0  # 0–100, noisy-OR of the effective cue weights
    mass: float = 0.0  # sum of effective weights: how much evidence there is
    head: float = 0.0  # the strongest single effective weight
    reason: list[str] = field(default_factory=list)
    key_points: dict[str, float] = field(default_factory=dict)  # key point id → best weight
    raw_head: float = 0.0  # the strongest cue's own weight, before purpose/title/audience discounts
    first_pos: float = 1.0  # where the first cue stands in the passage (0 = its first word)
    passage_words: int = 0  # length of the passage, for the selection model
    prob: float = 0.0  # the selection model's probability that the task is this passage's
    calibrated: bool = False  # the reference's cues are those the selection model was fitted with
    key_points_raw: dict[str, float] = field(default_factory=dict)  # key point id → best undiscounted weight
    # The models ``prob`` and the key point weakening were computed with (their keys): scores are
    # kept per plan and selected again at every threshold change, and must come out the same each
    # time; evidence judged in a worker process is not judged again in the window's.
    judged_by: str | None = field(default=None, repr=False, compare=False)

    def __reduce__(self) -> tuple[type[TaskScore], tuple[object, ...]]:
        # Worker processes send plans' evidence back by the hundred thousand: fields by position,
        # not by name (half the bytes, a third of the time to read back).
        return TaskScore, (
            self.ref_id, self.score, self.mass, self.head, self.reason, self.key_points, self.raw_head,
            self.first_pos, self.passage_words, self.prob, self.calibrated, self.key_points_raw, self.judged_by,
        )

    @property
    def shown(self) -> float:
        """The score a person sees, on the scale the threshold is set on.

        With the selection model it is the model's probability moved onto 0–100 so that the default
        threshold (55) sits at probability 0.5: a task is matched exactly when its shown score
        reaches the threshold, and a missing cell's closest passage shows how close it came.
        Without the model it is the cue evidence score the hand-set rule compares.
        """
        if self.judged_by is None:
            return self.score
        return max(0.0, min(100.0, 100.0 * self.prob + SHOWN_OFFSET))

    def add(self, phrase: str, weight: float, kp_id: str, raw: float | None = None, pos: float = 1.0) -> None:
        """Count one cue occurrence with its effective weight (``raw``: its weight undiscounted)."""
        self.raw_head = max(self.raw_head, weight if raw is None else raw)
        self.first_pos = min(self.first_pos, pos)
        self.mass += weight
        self.head = max(self.head, weight)
        self.score = 100.0 - (100.0 - self.score) * (1.0 - weight)
        if phrase not in self.reason:
            self.reason.append(phrase)
        if kp_id and weight > self.key_points.get(kp_id, 0.0):
            self.key_points[kp_id] = weight
        if kp_id:
            self.key_points_raw[kp_id] = max(self.key_points_raw.get(kp_id, 0.0), weight if raw is None else raw)


class Matcher:
    """Scores passages against the tasks of one reference. Build once, reuse for every plan."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.ref_ids = tuple(t.id for t in reference.tasks)
        entries: list[_CueEntry] = []
        for task in reference.tasks:
            cues: list[tuple[Cue, str, bool]] = [(c, "", False) for c in task.cues]
            if not task.cues and not any(kp.cues for kp in task.key_points):
                # a loaded official text: derive cues from its own words
                cues = [(c, "", False) for c in derive_cues(task.title + ". " + task.text)]
            for kp in task.key_points:
                # key points without curated cues (NQ 71's known sub-text) speak through their words
                kp_cues = kp.cues or tuple(derive_cues(kp.text))
                cues.extend((c, kp.id, kp.communicative) for c in kp_cues)
            for cue, kp_id, comm in cues:
                tokens = tuple(cue.text.split())
                if tokens:
                    entries.append(_CueEntry(tokens, cue.weight, task.id, kp_id, comm))
        # Topic mapping (LABELLING §7) and neutral compounds, as data.
        known = {t.id: {kp.id: kp.communicative for kp in t.key_points} for t in reference.tasks}
        for mc in load_mapping(reference.id):
            if mc.ref_id and mc.ref_id not in known:
                continue
            kp_id = mc.kp_id if mc.kp_id in known.get(mc.ref_id, {}) else ""
            comm = known.get(mc.ref_id, {}).get(kp_id, False)
            entries.append(_CueEntry(tuple(mc.text.split()), mc.weight, mc.ref_id, kp_id, comm))
        entries = _no_weaker_than_parts(entries)
        # Longest first, so "mầm non ngoài công lập" claims its words before "ngoài công lập";
        # a phrase listed for a task and for one of its key points counts for the key point.
        entries.sort(key=lambda e: (-len(e.tokens), e.kp_id == ""))
        self._by_first: dict[str, list[_CueEntry]] = defaultdict(list)
        # Exact matching looks cues up by their first two words (one-word cues by their word):
        # most positions then have no candidate at all.
        self._by_pair: dict[tuple[str, str], list[_CueEntry]] = defaultdict(list)
        self._single: dict[str, list[_CueEntry]] = defaultdict(list)
        self._by_token: dict[str, list[_CueEntry]] = defaultdict(list)
        self._rare: dict[int, int] = {}
        for e in entries:
            self._by_first[e.tokens[0]].append(e)
            if len(e.tokens) >= 2:
                self._by_pair[(e.tokens[0], e.tokens[1])].append(e)
            else:
                self._single[e.tokens[0]].append(e)
            rare = {t for t in e.tokens if t not in GENERIC and t != ","}
            self._rare[id(e)] = len(rare)
            for tok in rare:
                self._by_token[tok].append(e)
        self._starters = frozenset(self._single) | frozenset(a for a, _ in self._by_pair)
        # Per first two words, the lengths to try (longest first) and, per length, the entry that
        # wins for each phrase (the first in the order above): one tuple and one look-up per length
        # instead of a comparison per cue.
        self._by_length: dict[tuple[str, str], tuple[tuple[int, dict[tuple[str, ...], _CueEntry]], ...]] = {}
        for pair, pair_entries in self._by_pair.items():
            lengths: dict[int, dict[tuple[str, ...], _CueEntry]] = {}
            for e in pair_entries:
                lengths.setdefault(len(e.tokens), {}).setdefault(e.tokens, e)
            self._by_length[pair] = tuple(sorted(lengths.items(), reverse=True))
        context = sorted((tuple(p.split()) for p in reference.context_phrases if p.split()), key=lambda c: -len(c))
        self._context = [(c, f" {' '.join(c)} ") for c in context]
        self._pos = (0, 1)  # (clause index, clause count) while a passage is scored
        # The selection model was fitted on the built-in references' curated cues and mapping; a
        # reference without a mapping (NQ 71, a text a user loads) keeps the hand-set rule.
        self.calibrated = bool(load_mapping(reference.id))
        self._synonyms = load_synonyms(reference.id)

    def score(self, text: str) -> dict[str, TaskScore]:
        """Evidence for every reference task in ``text`` (tasks with none are left out)."""
        scores: dict[str, TaskScore] = {}
        if not is_matchable(text):  # framing, furniture, visions, plan administration
            return scores
        clauses = split_clauses(text)
        for k, clause in enumerate(clauses):
            self._pos = (k, len(clauses))
            toks = expand(match_tokens(prepare(clause)), self._synonyms)
            if TITLE_OPEN in toks:
                self._score_clause(*_strip_titles(toks), scores=scores)
            else:
                self._score_clause(toks, None, scores=scores)
        words = len(text.split())
        for ts in scores.values():
            ts.passage_words = words
            ts.calibrated = self.calibrated
        return scores

    def score_plan(self, plan: Plan) -> list[dict[str, TaskScore]]:
        """Evidence of every task of ``plan`` for every reference task (same order as plan.tasks)."""
        return [self.score(t.text) for t in plan.tasks]

    def classify(self, text: str, threshold: float) -> list[TaskScore]:
        """The tasks a user would be shown for ``text``: best first.

        The best task is reported when its score reaches ``threshold``; another task only when
        it reaches the threshold too and has a fair share of the best one's evidence, so that
        one echoing word does not add a second label.
        """
        return select(self.score(text), threshold)

    def _score_clause(self, toks: list[str], in_title: list[bool] | None, scores: dict[str, TaskScore]) -> None:
        n = len(toks)
        if not n:
            return
        # Agency names and the parent documents' titles are matched on words alone (commas
        # dropped) and block their words from counting as evidence.
        word_at = [i for i, t in enumerate(toks) if t != ","]
        words = [toks[i] for i in word_at]
        blocked = [False] * n
        spans = agency_spans(words)
        present = set(words)
        joined = ""
        for phrase, bounded in self._context:
            if phrase[0] in present:
                joined = joined or f" {' '.join(words)} "
                if bounded in joined:  # (a substring test first: the phrase is rarely all there)
                    spans.extend(self._uncut(words, span) for span in _find_all(words, phrase))
        for start, end in spans:
            for k in range(start, end):
                blocked[word_at[k]] = True
        purpose = _purpose_span(words)
        purpose_from = word_at[purpose[0]] if purpose else n
        purpose_to = word_at[purpose[1]] if purpose and purpose[1] < len(words) else n
        audience_from: int | None = None
        audience_ref = ""
        claimed = blocked
        hits = 0
        by_length, single_cues, starters = self._by_length, self._single, self._starters
        clause_at, clause_count = self._pos[0], max(1, self._pos[1])
        free_from = 0  # left to right, a hit claims its words: the next cue starts after them
        # Only words that begin some cue can start a hit (about half of a clause's words).
        for i in [k for k, t in enumerate(toks) if t in starters]:
            if i < free_from or claimed[i]:
                continue
            hit = None
            tok = toks[i]
            if i + 1 < n:
                for m, phrases in by_length.get((tok, toks[i + 1]), ()):
                    e = phrases.get(tuple(toks[i : i + m]))
                    if e is not None and not any(claimed[i : i + m]):
                        hit = e
                        break
            if hit is None:
                single = single_cues.get(tok)
                if single:
                    hit = single[0]
            if hit is None:
                continue
            m = len(hit.tokens)
            factor = 1.0
            if purpose_from <= i < purpose_to:
                factor *= PURPOSE_FACTOR
            if in_title is not None and in_title[i]:
                factor *= TITLE_FACTOR
            if audience_from is not None and i >= audience_from and hit.ref_id != audience_ref:
                factor *= AUDIENCE_FACTOR
            if hit.communicative and audience_from is None:
                audience_from, audience_ref = i + m, hit.ref_id
            if hit.ref_id:  # (Matcher._count and _where, inline: this runs for every hit)
                ts = scores.get(hit.ref_id)
                if ts is None:
                    ts = scores[hit.ref_id] = TaskScore(hit.ref_id)
                ts.add(hit.phrase, hit.weight * factor, hit.kp_id, hit.weight, (clause_at + i / n) / clause_count)
            hits += 1
            for k in range(i, i + m):
                claimed[k] = True
            free_from = i + m
        # Near-misses matter where exact phrases found nothing: a clause with an exact hit has
        # told its story (on the gold sets, searching after one hit changed no label), and the
        # search costs a third of the matching time.
        if not hits:
            self._fuzzy([t for t, c in zip(toks, claimed, strict=True) if not c], scores)

    def _fuzzy(self, free: list[str], scores: dict[str, TaskScore]) -> None:
        """Near-misses of multi-word cues (a typo, a dropped word) found with rapidfuzz.

        Only cues of three or more words are tried, and only when all but one of their
        distinctive words (all of them when there are fewer than three) occur among the words no
        exact cue claimed. Generic words are not indexed: they occur everywhere and decide nothing.
        """
        if len(free) < 2:
            return
        present = set(free) - {","}
        hits: dict[int, int] = defaultdict(int)
        entries: dict[int, _CueEntry] = {}
        for tok in present:
            for e in self._by_token.get(tok, ()):
                hits[id(e)] += 1
                entries[id(e)] = e
        text = " ".join(free)
        for key, count in hits.items():
            e = entries[key]
            rare = self._rare[key]
            need = rare if rare < 3 else rare - 1
            if "," in e.tokens or len(e.tokens) < 3 or count < max(2, need) or not e.ref_id:
                continue
            # Compared with windows of whole words only (one word fewer or more than the cue), so
            # a cue never matches inside a longer word or across a word boundary.
            cue = " ".join(e.tokens)
            if fuzz.partial_ratio(cue, text, score_cutoff=FUZZY_MIN) < FUZZY_MIN:
                continue  # cheap test on characters first; whole words are checked below
            m = len(e.tokens)
            cue_words = set(e.tokens)
            anchors = [j for j, t in enumerate(free) if t in cue_words]
            ratio = 0.0
            for size in (m - 1, m, m + 1):
                starts = {j - off for j in anchors for off in range(size)}
                for k in starts:
                    if k < 0 or k + size > len(free):
                        continue
                    window = free[k : k + size]
                    if "," in window:
                        continue
                    ratio = max(ratio, fuzz.ratio(cue, " ".join(window), score_cutoff=FUZZY_MIN))
            if ratio >= FUZZY_MIN:
                w = e.weight * (ratio / 100.0) ** 2
                self._count(scores, e, e.phrase, w, w, self._where(0, 1))

    def _uncut(self, words: list[str], span: tuple[int, int]) -> tuple[int, int]:
        """A parent title's span, ended before a cue that runs past it.

        "đổi mới căn bản, toàn diện giáo dục mầm non" quotes NQ 29's title up to "giáo dục", but
        "giáo dục mầm non" is the directive's object: the title must not swallow its first words.
        """
        start, end = span
        for k in range(max(start, end - 3), end):
            for e in self._by_pair.get((words[k], words[k + 1]) if k + 1 < len(words) else ("", ""), ()):
                m = len(e.tokens)
                if k + m > end and tuple(words[k : k + m]) == e.tokens and e.ref_id:
                    return start, k
        return start, end

    def _where(self, i: int, n: int) -> float:
        """Position of token ``i`` of ``n`` in the current clause, as a share of the whole passage."""
        k, count = self._pos
        return (k + i / max(1, n)) / max(1, count)

    @staticmethod
    def _count(
        scores: dict[str, TaskScore], e: _CueEntry, phrase: str, weight: float, raw: float, pos: float
    ) -> None:
        if not e.ref_id:  # a neutral compound: it only claims its words
            return
        ts = scores.get(e.ref_id)
        if ts is None:
            ts = scores[e.ref_id] = TaskScore(e.ref_id)
        ts.add(phrase, weight, e.kp_id, raw, pos)


def select(scores: dict[str, TaskScore], threshold: float) -> list[TaskScore]:
    """Pick the tasks to report from a passage's evidence (see Matcher.classify).

    With the fitted selection model (comparer.match.calibration) each task with evidence is shown when
    its shown score (the model's probability on the threshold's scale) reaches the threshold;
    without it, the hand-set rule below.
    """
    if not judge(scores):
        return select_by_rule(scores, threshold)
    values = list(scores.values())
    chosen = sorted((ts for ts in values if ts.shown >= threshold), key=lambda s: (-s.prob, -s.score))
    if len(chosen) > 1:
        # LABELLING §2: a second task needs a fair share of the passage's evidence, never one echo
        top_mass = max(ts.mass for ts in chosen)
        chosen = [ts for ts in chosen if ts.mass >= SECONDARY_SHARE * top_mass]
    return chosen


Models = tuple[Model | None, Model | None]  # (selection model, key-point model)


def current_models() -> Models:
    """The selection and key-point models in use in this process."""
    return current_model(), current_kp_model()


@functools.lru_cache(maxsize=8)
def _mark(key: str, kp_key: str | None) -> str:
    # One string object per pair of models, shared by all the evidence they judged.
    return key if kp_key is None else f"{key}|{kp_key}"


def judge(scores: dict[str, TaskScore], models: Models | None = None) -> bool:
    """Give a passage's evidence the selection model's probabilities, once per model.

    Key points the key-point model does not believe are weakened too. Returns False when the
    hand-set rule decides instead (no model, or a reference the model was not fitted for).
    ``models``: those to judge with (default: ``current_models()``); the worker processes judge
    what they score with the window's models, so the window's process only compares.
    """
    model, kp_model = current_models() if models is None else models
    values = list(scores.values())
    if model is None or not all(ts.calibrated for ts in values):
        return False
    mark = _mark(model.key, None if kp_model is None else kp_model.key)
    if values and any(ts.judged_by != mark for ts in values):
        top_mass = max(ts.mass for ts in values) or 1.0
        best = max(values, key=lambda s: (s.score, s.mass))
        for ts in values:
            ts.prob = model.prob(features(ts, values, top_mass, best))
        if kp_model is not None:
            # Key points the model does not believe (an echo in a purpose clause, a word in a list)
            # are weakened below what matches and coverage count (KEY_POINT_FLOOR), but stay in the
            # evidence: the passage is still the closest one to show for that key point's gap.
            for ts in values:
                if ts.key_points:
                    top = max(ts.key_points.values())
                    weak = [k for k in ts.key_points if kp_model.prob(kp_features(ts, k, top)) < KP_CUT]
                    for kp_id in weak:
                        ts.key_points[kp_id] = min(ts.key_points[kp_id], KEY_POINT_FLOOR)
        for ts in values:
            ts.judged_by = mark
    return True


def select_by_rule(scores: dict[str, TaskScore], threshold: float) -> list[TaskScore]:
    """The hand-set rule used before the fitted model (kept for references without one and for bench)."""
    ranked = sorted(scores.values(), key=lambda s: (-s.score, -s.mass))
    if not ranked or ranked[0].score < threshold:
        return []
    ranked = [s for s in ranked if s.score >= threshold and s.head >= HEAD_MIN]
    if not ranked:
        return []
    top_mass = max(s.mass for s in ranked)
    return [s for s in ranked if s.mass >= SECONDARY_SHARE * top_mass]


def split_clauses(text: str) -> list[str]:
    """Split a passage at sentence ends and semicolons: each clause has its own head.

    Text inside quotation marks is never split (document titles end in a full stop in
    garbled copies: "… chủ nghĩa”. và hội nhập quốc tế”").
    """
    out: list[str] = []
    depth = 0
    start = scanned = 0
    for m in _BREAK.finditer(text):
        depth += text.count("“", scanned, m.start()) - text.count("”", scanned, m.start())
        scanned = m.start()
        if depth > 0:
            continue
        piece = text[start : m.start()]
        # A piece after a stray full stop that goes on in lower case continues its sentence
        # ("… phát triển kinh tế phát triển. ngành giáo dục …").
        if out and piece[:1].islower() and out[-1].rstrip().endswith("."):
            out[-1] += " " + piece
        else:
            out.append(piece)
        start = m.end()
    tail = text[start:]
    if out and tail[:1].islower() and out[-1].rstrip().endswith("."):
        out[-1] += " " + tail
    else:
        out.append(tail)
    return [c for c in out if c.strip()]


def _no_weaker_than_parts(entries: list[_CueEntry]) -> list[_CueEntry]:
    """Raise each cue to the weight of the strongest cue of its task that it contains.

    Longer phrases claim their words first, so "thông tin tuyên truyền" (medium) would otherwise
    hide the strong "tuyên truyền" inside it: a phrase never counts less than one of its parts.
    """
    by_task: dict[str, list[_CueEntry]] = defaultdict(list)
    for e in entries:
        by_task[e.ref_id].append(e)
    out: list[_CueEntry] = []
    for e in entries:
        best = e.weight
        if e.ref_id and len(e.tokens) > 1:
            for other in by_task[e.ref_id]:
                k = len(other.tokens)
                if other.weight > best and k < len(e.tokens) and any(
                    e.tokens[j : j + k] == other.tokens for j in range(len(e.tokens) - k + 1)
                ):
                    best = other.weight
        out.append(e if best == e.weight else _CueEntry(e.tokens, best, e.ref_id, e.kp_id, e.communicative))
    return out


def _strip_titles(toks: list[str]) -> tuple[list[str], list[bool]]:
    """Drop the title markers; say for each remaining token whether it stood in a cited title."""
    out: list[str] = []
    flags: list[bool] = []
    inside = False
    for t in toks:
        if t == TITLE_OPEN:
            inside = True
        elif t == TITLE_CLOSE:
            inside = False
        else:
            out.append(t)
            flags.append(inside)
    return out, flags


def _find_all(words: list[str], phrase: tuple[str, ...]) -> list[tuple[int, int]]:
    m = len(phrase)
    return [
        (i, i + m)
        for i in range(len(words) - m + 1)
        if words[i] == phrase[0] and tuple(words[i : i + m]) == phrase
    ]


def _purpose_span(words: list[str]) -> tuple[int, int] | None:
    """Word span ``[start, end)`` of a purpose clause, if the clause has a head before it.

    The span runs to the next "để" (which opens the purpose of the whole directive, e.g.
    "… phục vụ đổi mới giáo dục phổ thông để tham mưu … bố trí kinh phí") or the clause end.
    """
    if _TRIGGER_FIRST.isdisjoint(words):
        return None
    for i in range(3, len(words)):
        if words[i] not in _TRIGGER_FIRST:
            continue
        for trig in PURPOSE_TRIGGERS:
            if tuple(words[i : i + len(trig)]) == trig:
                end = next((k for k in range(i + len(trig), len(words)) if words[k] == "để"), len(words))
                return i, end
    return None


# Verbs and fillers that open directives in every task; never evidence on their own.
GENERIC = frozenset(
    """tiếp tục tăng cường nâng cao đẩy mạnh triển khai thực hiện bảo đảm đảm bảo chú trọng tập trung
    quan tâm phát huy hoàn thiện xây dựng phát triển đổi mới các những của và cho trong với theo về
    là có được một số hướng giải pháp nhiệm vụ hiệu quả chất lượng giáo dục đào tạo giáo dục và đào tạo
    toàn diện mạnh mẽ đầy đủ sâu sắc tích cực chủ động kịp thời thường xuyên đồng bộ cơ sở
    để từ tại ở trên đến từng bước yêu cầu mục tiêu nội dung công tác việc""".split()
)


def derive_cues(text: str) -> list[Cue]:
    """Cue phrases from a reference task's own wording (for official texts loaded by a user).

    The text is cut at punctuation and at "và"; generic verbs are trimmed from both ends of
    each piece; pieces of two to five words become cues (longer pieces are cut into windows).
    """
    pieces = re.split(r"[,;.:()\"“”]| và ", norm_keep_punct(text))
    cues: dict[str, float] = {}
    for piece in pieces:
        toks = piece.split()
        while toks and toks[0] in GENERIC:
            toks.pop(0)
        while toks and toks[-1] in GENERIC:
            toks.pop()
        if len(toks) < 2:
            continue
        windows = ([toks] if len(toks) <= 5 else []) + [toks[k : k + 3] for k in range(0, len(toks) - 2)]
        for w in windows:
            w = list(w)
            while w and w[0] in GENERIC:
                w.pop(0)
            while w and w[-1] in GENERIC:
                w.pop()
            if len(w) >= 2 and sum(t not in GENERIC for t in w) >= 2:
                cues[" ".join(w)] = 0.6 if len(w) >= 3 else 0.5
    return [Cue(t, w) for t, w in cues.items()]


def norm_keep_punct(text: str) -> str:
    """Matching form that keeps clause punctuation, for cutting text into phrases."""
    return " ".join(
        norm(part) + ("," if sep else "") for part, sep in _split_keep(text)
    )


def _split_keep(text: str) -> Iterable[tuple[str, bool]]:
    for piece in re.split(r"([,;.:()\"“”])", text):
        if piece in {",", ";", ".", ":", "(", ")", '"', "“", "”"}:
            yield "", True
        elif piece.strip():
            yield piece, False
