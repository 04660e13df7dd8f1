"""Annotation: the stage between load and extract, run once per article.

It finds what rules and checks talk about, once, so that neither has to search for names again:

- **sentences** — one splitter, one abbreviation list; a full stop inside a name or a date ("U.S.",
  "Nov. 6") never ends a sentence;
- **mentions** — every country (name, alias, demonym, capital), person, office title, agreement
  and treaty the reference table names, found in one Aho-Corasick pass over the text, checked at
  word boundaries, the longest match winning; time expressions (dates, years, ranges, decades,
  months, weekdays, relative days and periods), parsed; and anaphora: "the accords" after an
  agreement was named, "the Central Asian nation" or "the kingdom" after a country that fits;
- **the shadow text** rules run on: the article with each mention replaced by one character that
  stands for its kind and entity (a private-use code point), and a mark at each sentence start.
  A rule is then written as short words and slots (``@country:a … relations with @country:b``)
  instead of alias lists, and its matches map back to exact offsets in the article.

Everything here is pure: the same text and lexicon give the same annotation.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import ahocorasick
import regex

from accordcheck.dates import TimeExpr, find_time_expressions

# ---- the shadow alphabet ------------------------------------------------------------------
# One character per (kind, key), a block of 4096 per kind, taken from CJK Unified Ideographs
# Extension B: letters without case, so that to the regex engine a name is a word (``\b`` and
# ``\w`` work around it as around the words it stands for) and ``(?i)`` never changes it. The
# same characters in an article's own text are blanked in the shadow (see ``Annotation``).
KIND_BASE = {
    "country": 0x20000,
    "demonym": 0x21000,
    "capital": 0x22000,
    "person": 0x23000,
    "title": 0x24000,
    "agreement": 0x25000,
    "treaty": 0x26000,
    "time": 0x27000,
}
BLOCK = 0x1000
MENTION_KINDS = tuple(KIND_BASE)
TIME_SUBTYPES = ("year", "years", "decade", "month", "date", "weekday", "weekdate", "relative")
# A slot may stand for several subtypes: a weekday with its date is a date, and a weekday.
TIME_SLOTS = {
    "year": ("year",),
    "years": ("years",),
    "decade": ("decade",),
    "month": ("month",),
    "date": ("date", "weekdate"),
    "weekday": ("weekday", "weekdate"),
    "weekdate": ("weekdate",),
    "relative": ("relative",),
}
SENTENCE_MARK = "\ue000"  # in the shadow text, at the start of every sentence but the first
# The article's own characters that would read as a slot or a mark.
_RESERVED = regex.compile(r"[\U00020000-\U00027FFF\ue000]")
# A slot in a rule pattern: @kind, @kind=key|key, either with :group.
SLOT = regex.compile(
    r"(?<!\\)@(?P<kind>[a-z]+)(?:=(?P<keys>[a-z0-9._+-]+(?:\|[a-z0-9._+-]+)*))?"
    r"(?::(?P<name>[A-Za-z_][A-Za-z0-9_]*))?"
)

# Abbreviations whose full stop does not end a sentence (names and dates are mentions already,
# so only titles, initials and the like are left here).
ABBREVIATIONS = (
    "A|B|C|D|E|F|G|H|I|J|K|L|M|N|O|P|Q|R|S|T|U|V|W|X|Y|Z|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|"
    "Col|Maj|Capt|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|approx|Inc|Corp|"
    "Co|Ltd|Amb|Adm|Pres|Sgt|Rev|Hon"
)
_SENTENCE_END = regex.compile(
    rf"(?<!(?<![\w.]){'(?:' + ABBREVIATIONS + ')'})[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])"
    r"|\n[ \t]*\n\s*"
    # A line break ends a sentence only where neither side reads on: hard-wrapped text
    # ("relations with the UAE\nand Bahrain") stays one sentence.
    r"|(?<=[^a-z,;\s][ \t]*)\r?\n\s*+(?![a-z])"
)
# The first word of a line that starts a sentence (a capital, a digit or an opening quote).
_FIRST_WORD = regex.compile(r"[^\S\n]*[\"“‘'(\[]?[A-Z0-9]\S*")
# A line break that is not a blank line: in the shadow text it is a space, so rules read
# hard-wrapped text as they read flowing text (a sentence break is marked there anyway).
_LONE_NEWLINE = regex.compile(r"(?<!\n[^\S\n]*)\r?\n(?![^\S\n]*\r?\n)")

# Same-length normalisation for matching names: typographic apostrophes and hyphens, non-breaking
# and line-break spaces. Offsets into the normalised text are offsets into the article.
_NORMALISE = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\n": " ",
        "\r": " ",
        "\t": " ",
    }
)

# Anaphora. Agreements: "the accords", "this agreement", "the U.S.-brokered deals".
_AGREEMENT_ANAPHOR = regex.compile(
    r"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:(?:U\.?S\.?|US|American|Trump)[-‐\s]"
    r"(?:brokered|backed|led)\s+|original\s+|landmark\s+|historic\s+|watershed\s+|"
    r"ground-?breaking\s+|[a-z]+-(?:changing|shifting|making|breaking)\s+){0,2}"
    r"(?:[Aa]ccords?|pact|agreements?|framework|deals?|normali[sz]ation\s+"
    r"(?:agreements?|deals?|pacts?|accords))(?![\w-])"
)
# Countries: "the country", "the Central Asian nation", "the Gulf kingdom", "the former Soviet
# republic". The descriptor words restrict which antecedent fits.
_COUNTRY_ANAPHOR = regex.compile(
    r"(?<![\w-])[Tt]he\s+(?P<descriptor>(?:(?:oil|energy|uranium|resource|mineral)[-\s]rich\s+|"
    r"landlocked\s+|predominantly\s+|mostly\s+|largely\s+|Muslim[-\s]majority\s+|former\s+Soviet\s+|"
    r"Central\s+Asian\s+|Gulf\s+|North\s+African\s+|Arab\s+|African\s+|Asian\s+|East\s+African\s+|"
    r"(?:[Nn]orth[-\s]?(?:west|east)(?:ern)?|[Nn]orthern|[Ww]est(?:ern)?)\s+African\s+|"
    r"Islamic\s+|Turkic\s+|Caucasus\s+|South\s+Caucasus\s+|)*)"
    r"(?P<noun>country|nation|state|republic|kingdom|emirate|monarchy)(?![\w-]|\s+of\b)"
)
_STATE_OF = regex.compile(r"\s+(?:of|visit|media|department)\b")
# What a descriptor says about the country it names: (word, test on the entity).
_DESCRIPTORS: tuple[tuple[str, str], ...] = (
    ("central asian", "group:central-asia"),
    ("former soviet", "group:central-asia|azerbaijan"),
    ("gulf", "gulf"),
    ("north african", "north-africa"),
    ("east african", "sudan"),
    ("african", "north-africa|sudan"),
    ("arab", "arab"),
)
# The Gulf monarchies, for "the Gulf state" and "the first Gulf country to …".
GULF_STATES = frozenset(
    {"united-arab-emirates", "bahrain", "saudi-arabia", "oman", "qatar", "kuwait"}
)
_NORTH_AFRICA = frozenset(
    {"morocco", "egypt", "mauritania", "sudan", "tunisia", "algeria", "libya"}
)
_KINGDOMS = frozenset({"bahrain", "morocco", "saudi-arabia", "jordan", "oman"})
# The key of a country phrase ("the kingdom") no earlier country fits.
UNRESOLVED = ""
# A "sentence" longer than this either side of a statement is no sentence (a run-on text): the
# checks look this far.
SENTENCE_REACH = 2000
# How far back an anaphor looks for its antecedent, in sentences.
ANAPHOR_SENTENCES = 3
AGREEMENT_ANAPHOR_REACH = 3000  # characters: "the accords" within a few paragraphs of the name
_TITLE_AFTER = regex.compile(
    r"\s+(?:President|Prime|Vice|Secretary|Special|Foreign|Crown|King|Ambassador|officials?|"
    r"envoy|administration|government|ministry|forces|army|military|media|press|delegation|leader|"
    r"president|prime|foreign|king|crown)\b"
)


@dataclass(frozen=True)
class Mention:
    """Something the reference table knows, found in the text. ``key`` is the entity id (or the
    normalised title, or the time subtype); ``form`` says how it was written: ``name``,
    ``demonym``, ``capital``, ``anaphor``; a time carries its parse."""

    kind: str
    start: int
    end: int
    text: str
    key: str
    form: str = "name"
    time: TimeExpr | None = None
    token: str = ""  # its character in the shadow text
    also: tuple[tuple[str, str], ...] = ()  # other (kind, key)s the same words name
    members: tuple[str, ...] = ()  # "all three countries": the countries it stands for

    @property
    def entity(self) -> str | None:
        """The entity id for countries (however written), persons, agreements and treaties."""
        return None if self.kind in ("title", "time") else self.key

    @property
    def adjectival(self) -> bool:
        """A country written before a title or an institution ("US President", "the Israeli
        government"): a qualifier, not an actor."""
        return self.form == "demonym"


class Lexicon:
    """What annotation looks for, built once from a reference table: every surface form of every
    entity, title, agreement and treaty, in two Aho-Corasick automata (exact and case-folded),
    and the shadow character of each (kind, key)."""

    def __init__(self, reference: Any):
        self.reference = reference
        self._char: dict[tuple[str, str], str] = {}
        self._key: dict[str, tuple[str, str]] = {}
        exact: dict[str, tuple[str, str, str]] = {}
        folded: dict[str, tuple[str, str, str]] = {}

        def add(table: dict, surface: str, kind: str, key: str, form: str) -> None:
            surface = " ".join(surface.translate(_NORMALISE).split())
            if not surface:
                return
            variants = {surface}
            if surface.startswith("the "):
                variants.add("The" + surface[3:])
            for v in variants:
                if table is folded:
                    v = v.lower()
                # First come, first kept: a name before a demonym with the same spelling. A
                # spelling that names something of another kind too ("US": the country and its
                # demonym; "Camp David Accords": a treaty and, in a pack, an agreement) is
                # one mention that fills a slot of either kind.
                first = table.setdefault(v, (kind, key, form, ()))
                if first[:2] != (kind, key) and (kind, key) not in first[3]:
                    table[v] = (*first[:3], (*first[3], (kind, key)))

        titles = {t for office in reference.offices.values() for t in office.titles}
        bare = {normalise_title(t) for t in titles}
        for entity in reference.entities.values():
            if entity.type == "country":
                self._allot("country", UNRESOLVED)
                self._allot("country", entity.id)
                for alias in entity.aliases:
                    add(exact, alias, "country", entity.id, "name")
            else:
                self._allot("person", entity.id)
                for alias in entity.aliases:
                    # "King Salman" is a title and a name: found as the two, so that the title
                    # is checked too.
                    for spelling in _particle_spellings(_untitled(alias, bare)):
                        add(exact, spelling, "person", entity.id, "name")
        for entity in reference.entities.values():
            if entity.type == "country":
                self._allot("demonym", entity.id)
                self._allot("capital", entity.id)
                for demonym in entity.demonyms:
                    add(exact, demonym, "demonym", entity.id, "demonym")
                for capital in entity.capitals:
                    add(exact, capital, "capital", entity.id, "capital")
        for agreement in reference.agreements.values():
            self._allot("agreement", agreement.id)
            for alias in agreement.aliases:
                add(exact, alias, "agreement", agreement.id, "name")
        for treaty in reference.treaties:
            self._allot("treaty", treaty.id)
            for alias in treaty.aliases:
                if alias:
                    add(exact, alias, "treaty", treaty.id, "name")
        for title in sorted(titles):
            # "US President" is a country and a title: annotation finds the two, so the check
            # sees which country qualifies the title.
            words = title.split()
            if any(
                " ".join(words[:i]) in exact and normalise_title(" ".join(words[i:])) in bare
                for i in range(1, len(words))
            ):
                continue
            key = normalise_title(title)
            self._allot("title", key)
            add(folded, title, "title", key, "name")
        for subtype in TIME_SUBTYPES:
            self._allot("time", subtype)
        # Spellings of two kinds get a character of their own, in the first kind's block and
        # in the other kinds' classes.
        self._shared: dict[tuple[str, str], list[str]] = {}
        for table in (exact, folded):
            for kind, key, _, also in table.values():
                if also and (kind, _joint(key, also)) not in self._char:
                    self._allot(kind, _joint(key, also))
                    self._shared.setdefault((kind, key), []).append(
                        self.char(kind, _joint(key, also))
                    )
                    for other in also:
                        self._shared.setdefault(other, []).append(
                            self.char(kind, _joint(key, also))
                        )
                        self._shared.setdefault((other[0], ""), []).append(
                            self.char(kind, _joint(key, also))
                        )
        self._exact = _automaton(exact)
        self._folded = _automaton(folded)
        self.groups = {g.id: set(g.members) for g in reference.groups.values()}

    def _allot(self, kind: str, key: str) -> None:
        if (kind, key) in self._char:
            return
        used = sum(1 for k, _ in self._char if k == kind)
        if used >= BLOCK:
            raise ValueError(f"more than {BLOCK} {kind} keys in the reference table")
        ch = chr(KIND_BASE[kind] + used)
        self._char[(kind, key)] = ch
        self._key[ch] = (kind, key)

    # ---- the shadow alphabet, for rules ----
    def char(self, kind: str, key: str) -> str | None:
        return self._char.get((kind, key))

    def keys(self, kind: str) -> list[str]:
        return [k for (kd, k) in self._char if kd == kind]

    def char_class(self, kind: str) -> str:
        base = KIND_BASE[kind]
        shared = "".join(self._shared.get((kind, ""), ()))
        return f"[\\U{base:08X}-\\U{base + BLOCK - 1:08X}{shared}]"

    def token(self, m: Mention) -> str:
        return self.char(m.kind, _joint(m.key, m.also) if m.also else m.key) or ""

    def decode(self, ch: str) -> tuple[str, str] | None:
        return self._key.get(ch)

    def expand(self, pattern: str) -> str:
        """A rule pattern with its slots written out as shadow characters. ``@country`` is any
        country, ``@country=kazakhstan|uzbekistan`` those two, ``@year`` a time of that subtype,
        ``@country:a`` captures it as group ``a``. Raises ValueError on an unknown kind or key."""

        def replace(m: regex.Match) -> str:
            kind, keys, name = m.group("kind"), m.group("keys"), m.group("name")
            if pattern.startswith("=", m.end()):
                raise ValueError(
                    f"@{kind}= takes keys written plainly (@{kind}=a|b), not a group or pattern"
                )
            if kind in TIME_SLOTS:
                if keys:
                    raise ValueError(f"@{kind} takes no '=' keys")
                kind, keys = "time", "|".join(TIME_SLOTS[kind])
            if kind not in KIND_BASE:
                known = ", ".join(f"@{k}" for k in (*KIND_BASE, *TIME_SLOTS))
                raise ValueError(f"unknown slot @{kind} (known: {known})")
            if keys:
                chars = []
                for key in keys.split("|"):
                    key = key.replace("_", " ") if kind == "title" else key
                    ch = self.char(kind, key)
                    if ch is None:
                        raise ValueError(f"@{kind}={key}: the reference table has no such {kind}")
                    chars.append(ch)
                    chars.extend(self._shared.get((kind, key), ()))
                body = "[" + "".join(chars) + "]" if len(chars) > 1 else chars[0]
            else:
                body = self.char_class(kind)
            return f"(?P<{name}>{body})" if name else body

        return SLOT.sub(replace, pattern)

    # ---- finding mentions ----
    def annotate(self, text: str) -> Annotation:
        return annotate(text, self)

    def surface_mentions(self, text: str) -> list[Mention]:
        """Names, demonyms, capitals, titles, agreements and treaties, longest first, no overlaps."""
        norm = text.translate(_NORMALISE)
        candidates: list[tuple[int, int, tuple[str, str, str, tuple]]] = []
        for automaton, haystack in ((self._exact, norm), (self._folded, _lower(norm))):
            if automaton is None:
                continue
            for end, (length, value) in automaton.iter(haystack):
                start = end - length + 1
                if _bounded(norm, start, end + 1):
                    candidates.append((start, end + 1, value))
        if self._exact is not None:
            # "Antony J. Blinken": a person's two-word name with a middle initial between.
            for m in _MIDDLE_INITIAL.finditer(norm):
                _, value = self._exact.get(f"{m.group(1)} {m.group(2)}", (0, None))
                if value is not None and value[0] == "person":
                    candidates.append((m.start(), m.end(), value))
        return [
            Mention(kind, s, e, text[s:e], key, form, also=also)
            for s, e, (kind, key, form, also) in _longest_first(candidates)
        ]


_MIDDLE_INITIAL = regex.compile(
    r"(?<![\w.])(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}\.\s+(\p{Lu}[\p{L}'’-]+)(?![\w-])"
)


def _joint(key: str, also: Iterable[tuple[str, str]]) -> str:
    return "+".join([key, *(f"{k}:{v}" for k, v in also)])


# Name particles written in either case: "Mohamed bin Zayed" / "Mohamed Bin Zayed".
_PARTICLES = {"bin", "bint", "ibn", "ben", "al", "el", "abu", "abdel"}


# One Arabic name in the Latin spellings the press uses: "Mohammed VI" is "Muhammad VI".
_SAME_NAME = (("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad"),)


def _particle_spellings(alias: str) -> list[str]:
    """A person's alias and, when it has a lower-case name particle inside ("bin", "al-"), the
    same with the particles capitalised ("Mohamed Bin Zayed"); a first name of many Latin
    spellings ("Mohammed") in each of them."""
    out = [alias]
    for spellings in _SAME_NAME:
        first = alias.split(" ", 1)
        if len(first) == 2 and first[0] in spellings:
            out += [f"{other} {first[1]}" for other in spellings if other != first[0]]
    return [v for a in out for v in _capitalised_particles(a)]


def _capitalised_particles(alias: str) -> list[str]:
    words = alias.split(" ")
    if len(words) < 3:
        return [alias]
    changed = [
        w[:1].upper() + w[1:] if 0 < i < len(words) - 1 and w.split("-")[0] in _PARTICLES else w
        for i, w in enumerate(words)
    ]
    variant = " ".join(changed)
    return [alias] if variant == alias else [alias, variant]


def _untitled(alias: str, titles: set[str]) -> str:
    """A person's alias without a title in front ("King Salman" -> "Salman")."""
    words = alias.split()
    for i in range(len(words) - 1, 0, -1):
        if normalise_title(" ".join(words[:i])) in titles:
            return " ".join(words[i:])
    return alias


def _automaton(words: Mapping[str, tuple[str, str, str, tuple]]) -> Any:
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word, value in words.items():
        automaton.add_word(word, (len(word), value))
    automaton.make_automaton()
    return automaton


def _lower(text: str) -> str:
    """Lower case, keeping every offset (a character whose lower case is longer stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _bounded(text: str, start: int, end: int) -> bool:
    """A name starts and ends at word boundaries (no "Oman" in "Romania", no "US" in "USB")."""
    if start > 0 and _is_word(text[start - 1]) and _is_word(text[start]):
        return False
    return not (end < len(text) and _is_word(text[end]) and _is_word(text[end - 1]))


def _longest_first(candidates: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Leftmost-longest, non-overlapping."""
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[tuple[int, int, Any]] = []
    last_end = -1
    for c in candidates:
        if c[0] >= last_end:
            out.append(c)
            last_end = c[1]
    return out


def normalise_title(text: str) -> str:
    return " ".join(text.replace("-", " ").replace("‐", " ").split()).casefold()


# ---- the annotation of one article ----------------------------------------------------------
@dataclass(frozen=True)
class Piece:
    """A stretch of the shadow text and the article text it stands for."""

    shadow_start: int
    shadow_end: int
    start: int
    end: int
    mention: Mention | None = None


@dataclass
class Annotation:
    """One article's sentences, mentions and shadow text."""

    text: str
    mentions: list[Mention]
    sentence_starts: list[int]
    shadow: str = ""
    pieces: list[Piece] = field(default_factory=list, repr=False)
    _piece_starts: list[int] = field(default_factory=list, repr=False)
    _text_starts: list[int] = field(default_factory=list, repr=False)
    _mention_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._mention_starts = [m.start for m in self.mentions]
        if not self.pieces:
            self._build_shadow()

    # ---- sentences ----
    def sentence_bounds(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The sentence(s) holding ``[start, end]``; in text without sentence ends, at most
        ``SENTENCE_REACH`` characters either side (so the work per statement stays bounded)."""
        end = end if end is not None else start
        starts = self.sentence_starts
        i = bisect.bisect_right(starts, start) - 1
        j = bisect.bisect_right(starts, end)
        stop = starts[j] if j < len(starts) else len(self.text)
        return max(starts[max(i, 0)], start - SENTENCE_REACH), min(stop, end + SENTENCE_REACH)

    def sentence_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    # ---- mentions ----
    def mentions_in(
        self, start: int, end: int, kinds: Iterable[str] | None = None
    ) -> list[Mention]:
        """Mentions lying inside ``[start, end)``, in text order."""
        wanted = set(kinds) if kinds is not None else None
        i = bisect.bisect_left(self._mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and (wanted is None or m.kind in wanted):
                out.append(m)
            i += 1
        return out

    def mention_at(self, start: int, end: int) -> Mention | None:
        i = bisect.bisect_left(self._mention_starts, start)
        if (
            i < len(self.mentions)
            and self.mentions[i].start == start
            and self.mentions[i].end == end
        ):
            return self.mentions[i]
        return None

    # ---- shadow text ----
    def _build_shadow(self) -> None:
        # Marks come before a mention starting at the same offset; a sentence never starts
        # inside a mention (the splitter skips full stops inside them).
        items = sorted(
            [(start, 0, None) for start in self.sentence_starts[1:]]
            + [(m.start, 1, m) for m in self.mentions],
            key=lambda item: (item[0], item[1]),
        )
        parts: list[str] = []
        pieces: list[Piece] = []
        at = sh = 0  # offsets in the article and in the shadow

        reserved = _RESERVED.search(self.text) is not None
        source = _LONE_NEWLINE.sub(lambda m: " " * len(m.group()), self.text)

        def emit(text: str, start: int, end: int, mention: Mention | None = None) -> None:
            nonlocal sh
            if reserved and start < end and mention is None:
                text = _RESERVED.sub("\ufffd", text)
            parts.append(text)
            pieces.append(Piece(sh, sh + len(text), start, end, mention))
            sh += len(text)

        for position, _, mention in items:
            if position < at:
                continue  # a mark inside a mention already written
            if position > at:
                emit(source[at:position], at, position)
                at = position
            if mention is None:
                emit(SENTENCE_MARK, at, at)
            else:
                emit(mention.token, mention.start, mention.end, mention)
                at = mention.end
        if at < len(self.text):
            emit(source[at:], at, len(self.text))
        self.shadow = "".join(parts)
        self.pieces = pieces
        self._piece_starts = [p.shadow_start for p in pieces]
        self._text_starts = [p.start for p in pieces]

    def _piece(self, shadow_offset: int) -> Piece | None:
        i = bisect.bisect_right(self._piece_starts, shadow_offset) - 1
        return self.pieces[i] if 0 <= i < len(self.pieces) else None

    def to_text(self, shadow_offset: int, *, end: bool = False) -> int:
        """The article offset of a shadow offset: a start maps to the start of what the shadow
        character stands for, an end (``end=True``) to the end of what the character before it
        stands for."""
        if end:
            if shadow_offset <= 0:
                return 0
            piece = self._piece(shadow_offset - 1)
            if piece is None:
                return 0
            if piece.mention is not None or piece.start == piece.end:
                return piece.end
            return piece.start + (shadow_offset - piece.shadow_start)
        piece = self._piece(shadow_offset)
        if piece is None:
            return len(self.text)
        if piece.mention is not None or piece.start == piece.end:
            return piece.start
        return piece.start + (shadow_offset - piece.shadow_start)

    def to_shadow(self, offset: int, *, end: bool = False) -> int:
        """The shadow offset of an article offset (inside a mention: its character's start, or
        with ``end=True`` its end)."""
        i = bisect.bisect_right(self._text_starts, offset) - 1
        while i > 0 and self.pieces[i].start == self.pieces[i].end:
            i -= 1  # a sentence mark stands for nothing
        if i < 0:
            return 0
        piece = self.pieces[i]
        if piece.mention is not None:
            if end and offset > piece.start:
                return piece.shadow_end
            return piece.shadow_start
        return min(piece.shadow_start + (offset - piece.start), piece.shadow_end)

    def mentions_in_shadow(self, start: int, end: int) -> list[Mention]:
        """The mentions whose shadow characters lie in ``[start, end)`` of the shadow text."""
        i = bisect.bisect_left(self._piece_starts, start)
        out = []
        while i < len(self.pieces) and self.pieces[i].shadow_start < end:
            if self.pieces[i].mention is not None:
                out.append(self.pieces[i].mention)
            i += 1
        return out


def annotate(text: str, lexicon: Lexicon) -> Annotation:
    """Sentences, mentions (names, times, anaphora) and the shadow text of one article."""
    surface = lexicon.surface_mentions(text)
    times = [
        Mention("time", s, e, text[s:e], subtype, "name", expr)
        for s, e, subtype, expr in find_time_expressions(text)
    ]
    mentions = _merge(surface, times)
    sentence_starts = split_sentences(text, mentions)
    mentions = _merge(mentions, _agreement_anaphora(text, mentions))
    mentions = _merge(mentions, _country_anaphora(text, mentions, sentence_starts, lexicon))
    mentions = _merge(mentions, _plural_anaphora(text, mentions, sentence_starts, lexicon))
    tokened = [replace(m, token=lexicon.token(m)) for m in mentions]
    return Annotation(text, tokened, sentence_starts)


def _merge(first: Sequence[Mention], second: Sequence[Mention]) -> list[Mention]:
    """``first`` wins where the two overlap; the result is in text order."""
    if not second:
        return list(first)
    starts = [m.start for m in first]
    out = list(first)
    for m in second:
        i = bisect.bisect_right(starts, m.start)
        before = first[i - 1] if i > 0 else None
        after = first[i] if i < len(first) else None
        if (before is not None and before.end > m.start) or (
            after is not None and after.start < m.end
        ):
            continue
        out.append(m)
    out.sort(key=lambda m: (m.start, m.end))
    return out


def split_sentences(text: str, mentions: Sequence[Mention] = ()) -> list[int]:
    """Sentence starts (the first is 0). A full stop inside a mention ("U.S.", "Nov. 6") does
    not end a sentence."""
    spans = [(m.start, m.end) for m in mentions]
    starts_only = [s for s, _ in spans]
    out = [0]
    for m in _SENTENCE_END.finditer(text):
        at = m.start()
        i = bisect.bisect_right(starts_only, at) - 1
        if i >= 0 and spans[i][0] <= at < spans[i][1]:
            continue
        if m.end() < len(text) and m.end() > out[-1]:
            out.append(m.end())
    short = _short_line_breaks(text)
    if short:
        out = sorted(set(out).union(short))
    return out


def _short_line_breaks(text: str) -> list[int]:
    """Starts of lines that follow a line broken on purpose: a heading or a caption ("The first
    Arab state to make peace with Israel" over "Egypt was ..."), told from a hard-wrapped line
    ("relations with" over "Israel since 1992") by its length. A wrapped line ends where the next
    word would not fit; a line that had room for the next word, and is well short of the width,
    was ended by the writer. The width is the longest line of the text, so in text written a
    paragraph per line every short line is a break."""
    if "\n" not in text:
        return []
    lines = text.split("\n")
    width = max(len(line.rstrip("\r")) for line in lines)
    out = []
    at = 0
    for line, following in itertools.pairwise(lines):
        at += len(line) + 1
        body = line.rstrip("\r").rstrip()
        word = _FIRST_WORD.match(following)
        if not body or word is None or not body[-1].isalpha() or not body[-1].islower():
            continue  # blank lines and other line ends are the sentence regex's to judge
        if len(body) + 1 + len(word.group()) <= width and len(body) < 0.75 * width:
            out.append(at + len(following) - len(following.lstrip()))
    return out


def _agreement_anaphora(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """'the accords' names the agreement the article has named most so far (the most recent on a
    tie), when the latest name is within a few paragraphs; not when that is a treaty ("the Camp
    David Accords" named once in an article about the Abraham Accords does not take them over)."""
    named = [m for m in mentions if m.kind in ("agreement", "treaty") and m.form == "name"]
    if not named:
        return []
    starts = [m.start for m in named]
    out = []
    counts: dict[tuple[str, str], int] = {}
    last: dict[tuple[str, str], int] = {}
    done = 0
    for found in _AGREEMENT_ANAPHOR.finditer(text):
        i = bisect.bisect_left(starts, found.start())
        while done < i:  # the names before this anaphor, counted once
            key = (named[done].kind, named[done].key)
            counts[key] = counts.get(key, 0) + 1
            last[key] = done
            done += 1
        if i == 0 or found.start() - named[i - 1].end > AGREEMENT_ANAPHOR_REACH:
            continue
        kind, key = max(counts, key=lambda k: (counts[k], last[k]))
        if kind != "agreement":
            continue
        out.append(Mention("agreement", found.start(), found.end(), found.group(), key, "anaphor"))
    return out


_PREPOSITION_BEFORE = regex.compile(
    r"(?i)\b(?:with|to|from|of|in|for|by|against|between|than|like|including|into|toward|towards|"
    r"after|before|alongside|besides|unlike|among|about|over)\s+(?:the\s+)?$"
)
_LIST_LINK = regex.compile(r"(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+)(?:the\s+)?$")


def _after_preposition(text: str, m: Mention, by_end: dict[int, Mention]) -> bool:
    """Whether the country is the object of a preposition, itself or as part of a list."""
    at = m.start
    chain = by_end
    for _ in range(12):
        window = text[max(0, at - 24) : at]
        if _PREPOSITION_BEFORE.search(window):
            return True
        link = _LIST_LINK.search(window)
        if link is None:
            return False
        previous = chain.get(max(0, at - 24) + link.start())
        if previous is None:
            return False
        at = previous.start
    return False


def _fits(entity_id: str, descriptor: str, noun: str, lexicon: Lexicon) -> bool:
    entity = lexicon.reference.entities.get(entity_id)
    if entity is None:
        return False
    if noun in ("kingdom", "monarchy") and entity_id not in _KINGDOMS:
        return False
    if noun == "emirate" and entity_id != "united-arab-emirates":
        return False
    words = " ".join(descriptor.lower().replace("-", " ").split())
    for word, test in _DESCRIPTORS:
        if word not in words:
            continue
        words = words.replace(word, "")
        ok = False
        for option in test.split("|"):
            if option.startswith("group:"):
                ok |= entity_id in lexicon.groups.get(option[6:], set())
            elif option == "gulf":
                ok |= entity_id in GULF_STATES
            elif option == "north-africa":
                ok |= entity_id in _NORTH_AFRICA
            elif option == "arab":
                ok |= entity.arab
            else:
                ok |= entity_id == option
        if not ok:
            return False
    return True


# "the country expected to join is Kazakhstan": the phrase names what follows, not what came before.
_CATAPHOR = regex.compile(r"[^,;:.\n]{0,40}?\b(?:is|was|will\s+be|would\s+be)\s+")


def _named_after(
    text: str, end: int, countries: Sequence[Mention], starts: Sequence[int]
) -> Mention | None:
    """The country the phrase ending at ``end`` is said to be ("… is Kazakhstan"), if any."""
    found = _CATAPHOR.match(text, end)
    if found is None:
        return None
    i = bisect.bisect_left(starts, found.end())
    if i == len(countries) or countries[i].start != found.end():
        return None
    if regex.match(r"['’]s\b", text[countries[i].end : countries[i].end + 3]):
        return None  # "the kingdom was Israel's partner"
    return countries[i]


def _country_anaphora(
    text: str, mentions: Sequence[Mention], sentence_starts: Sequence[int], lexicon: Lexicon
) -> list[Mention]:
    """'the country', 'the Central Asian nation', 'the kingdom': the first country named (not as an
    adjective) in the nearest sentence before it that names one that fits, or earlier in its own
    sentence."""
    countries = [
        m
        for m in mentions
        if m.kind == "country" and m.form == "name" and not _TITLE_AFTER.match(text, m.end)
    ]
    starts = [m.start for m in countries]
    by_end = {m.end: m for m in countries}
    out = []
    for found in _COUNTRY_ANAPHOR.finditer(text):
        if found.group("noun") == "state" and _STATE_OF.match(text, found.end()):
            continue
        descriptor, noun = found.group("descriptor"), found.group("noun")
        here = bisect.bisect_right(sentence_starts, found.start()) - 1
        chosen = _named_after(text, found.end(), countries, starts)
        if chosen is not None and not _fits(chosen.key, descriptor, noun, lexicon):
            chosen = None
        fits: dict[str, bool] = {}
        if chosen is None:
            for k in range(here, max(here - ANAPHOR_SENTENCES, -1), -1):
                lo = max(sentence_starts[k], found.start() - SENTENCE_REACH)
                hi = found.start() if k == here else sentence_starts[k + 1]
                if hi <= lo:
                    if k == here:
                        continue  # the phrase opens its sentence
                    break  # past the reach
                i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
                fitting = [
                    m
                    for m in countries[i:j]
                    if fits.setdefault(m.key, _fits(m.key, descriptor, noun, lexicon))
                ]
                # A country after a preposition ("peace with Egypt and Jordan, the kingdom …") is
                # seldom what the phrase points back to: in its own sentence never, earlier only
                # when nothing else fits.
                subjects = [m for m in fitting if not _after_preposition(text, m, by_end)]
                if subjects or (fitting and k != here):
                    chosen = (subjects or fitting)[0]
                    break
        # Unresolved, it is still a country slot, of no known country: a rule may match it, and
        # its check then says it cannot tell which country is meant (never guesses one).
        key = chosen.key if chosen is not None else UNRESOLVED
        out.append(Mention("country", found.start(), found.end(), found.group(), key, "anaphor"))
    return out


# "the two countries", "all three nations", "both sides": the list of that many countries named
# just before. Not when a list follows ("four Arab nations — Morocco, …").
_PLURAL_ANAPHOR = regex.compile(
    r"(?<![\w-])(?:(?:[Aa]ll|[Tt]he|[Tt]hese|[Tt]hose)\s+(?P<number>two|three|four|five|2|3|4|5)|[Bb]oth)"
    r"(?:\s+(?:(?P<descriptor>Gulf|Arab|Central\s+Asian|North\s+African|Muslim[-\s]majority)|signatory|member)"
    r")?\s+(?:countries|nations|states|governments|sides|signatories|kingdoms|neighbou?rs)"
    r"(?![\w-]|\s*(?:[—–:(]|-{1,2}\s|,\s*(?:including|namely|such\s+as)))"
    # "those two were …": no noun after these/those.
    r"|(?<![\w-])[Tt]h(?:ese|ose)\s+(?P<number2>two|three|four)(?=\s+(?:were|are|had|have|remain)\b)"
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_LIST_GLUE = regex.compile(r"^(?:\s*,\s*|\s*,?\s+(?:and|&)\s+|\s+)(?:[Tt]he\s+)?$")


def _plural_anaphora(
    text: str, mentions: Sequence[Mention], sentence_starts: Sequence[int], lexicon: Lexicon
) -> list[Mention]:
    countries = [m for m in mentions if m.kind == "country" and m.form == "name"]
    starts = [m.start for m in countries]
    out = []
    for found in _PLURAL_ANAPHOR.finditer(text):
        want = _NUMBERS.get(found.group("number") or found.group("number2") or "", 2)
        here = bisect.bisect_right(sentence_starts, found.start()) - 1
        lo = max(sentence_starts[max(here - 2, 0)], found.start() - SENTENCE_REACH)
        i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, found.start())
        before = [m for m in countries[i:j] if m.end <= found.start()][-40:]
        # Lists of names joined by commas and "and", nearest first.
        lists: list[list[Mention]] = []
        for m in before:
            if lists and _LIST_GLUE.match(text[lists[-1][-1].end : m.start]):
                lists[-1].append(m)
            else:
                lists.append([m])
        chosen: list[str] = []
        for group in reversed(lists):
            ids = list(dict.fromkeys(m.key for m in group))
            if len(ids) == want:
                chosen = ids
                break
            if len(ids) > 1:
                break  # the nearest list names another number of countries: do not guess
        descriptor = found.group("descriptor")
        if not chosen and descriptor:
            # "the two Gulf countries": the last that many named that fit the words.
            fitting: list[str] = []
            for m in reversed(before):
                if m.key not in fitting and _fits(m.key, descriptor, "country", lexicon):
                    fitting.append(m.key)
            if len(fitting) == want:
                chosen = fitting[::-1]
        if chosen:
            out.append(
                Mention(
                    "country",
                    found.start(),
                    found.end(),
                    found.group(),
                    chosen[0],
                    "anaphor",
                    members=tuple(chosen),
                )
            )
    return out
