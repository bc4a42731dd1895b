"""Recall-first detection of messages that show a risk of harm.

Runs on every message before anything else. The lexicon (regular expressions over
normalised text, grouped by whose safety is at stake) lives in faq.yaml's ``crisis``
section so curators can extend it; this module compiles it once and applies it.

How a message is read:

1. Each sentence is prepared on its own, then the sentences are joined again for the
   patterns. ``deobfuscate`` then ``normalise``: "K!LL MYSELFFF", "su1c1de" and
   "k m s" become ordinary words; "i'm" becomes "i am", "dont" becomes "do not".
2. Misspellings of a short list of risk words ("sucidal", "overdoes", "paracetemol")
   are mended by edit distance, but only for words the assistant does not already know
   as ordinary vocabulary, so "willing" never turns into "killing".
3. Harmless idioms ("dying to know", "dog grooming") are blanked out.
4. Each kind's patterns are tried (only those whose required words occur: see
   :mod:`bot.patternset`); every kind that matches is reported, the most
   urgent first (the person's own safety, then abuse, then harm to others, then worry
   about someone else). Bare risk words ("suicidal", "overdose": the ``generic``
   patterns) count as the writer's own risk unless the message is about someone else.

5. If no pattern matched, the learned model (:mod:`bot.riskmodel`) scores the same
   prepared text, then each sentence of a longer message at a stricter threshold; at
   or above it, it escalates with the kind it finds most likely. It can only add
   escalations, never take one away.

Fuzzy string scores are not used as a detector on their own: they rate "skill myself"
as close to "kill myself" as the real thing (see ../shared/field-notes.md).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from bot.core.crisis.context import THEMSELVES, Context, Holder
from bot.core.crisis.lexicon import Lexicon, LexiconEntry, expand_macros
from bot.core.crisis.patternset import Hit, PatternSet
from bot.core.crisis.riskmodel import RiskModel, RiskScore
from bot.core.normalise import STOPWORDS, deobfuscate, normalise
from bot.core.prepare import split_sentences
from bot.core.reply import CrisisKind, CrisisLevel

__all__ = ["CrisisDetector", "Detection"]

# Priority when several kinds match: the writer's own life first.
_PRIORITY: tuple[CrisisKind, ...] = (
    CrisisKind.SELF, CrisisKind.ABUSE, CrisisKind.HARM_TO_OTHERS, CrisisKind.OTHER_PERSON)

_DONE = re.compile(r"\b(?:took|taken|swallowed|necked|downed|overdosed)\b"
                   r"|\b(?:cannot|cant|can not|could not|couldnt) even\b"
                   r"|\bwhoever finds\b")
"""Words of an overdose already taken, or of an attempt that failed ("cant even do
killing myself right lol"), or of a note left for "whoever finds me", which a laugh
beside it does not undo (a cut "chopping onions lol" is the laugh's)."""
_THANKS_FOR_ALL = re.compile(r"\b(for) all (?=(?:your|ur|the) )")
"""Thanks "for all your help" (to the bot) is courtesy as "for your help" is; "all"
alone is not a courtesy word ("goodbye all")."""
_PLANNED = re.compile(
    r"\b(?:going to|gonna|gunna|about to|planning to|will|ill|i will|my plans?|the night)\b")
"""Words of a plan in the risk words themselves ("going to walk into the sea"), which a
laugh beside a time set for it does not undo."""
_STILL_TO_COME = re.compile(r"\b(?:i am going to|im going to|i am gonna|im gonna|i will|ill)"
                            r" (?:do it|do this|end it|go through with it)\b")
"""A plan in the risk words for what is still to come ("how im going to do it"), which a
past named elsewhere does not make history."""
_I_MEAN = re.compile(r"\b(?:i|im|ill|ive|id|me|my)\b")
"""The writer's own voice in a harm reading ("i will kill him", "my knife")."""
_NOW_IN_HIT = re.compile(
    r"\b(?:last night|tonight|today|this morning|this evening|this afternoon|just now"
    r"|an hour ago|earlier today)\b")
"""A time now inside the risk words themselves ("last night was deeper than i meant")."""
_BEGUN_BEFORE = re.compile(
    r"\b(?:i have|ive|i ve|i am|im|i m)(?: just| now)? (?:started|begun|been|now)\s*$")
"""Just before the risk words, that they have begun now ("had my sessions last year but
the suicidal stuff is back ... ive started working out how and when")."""
_GOING_ON = frozenset({
    "takes", "pushes", "shoves", "hits", "slaps", "punches", "kicks", "beats", "chokes",
    "strangles", "grabs", "threatens", "controls", "hurts", "batters", "locks", "bites",
    "burns", "rapes", "touches", "follows", "tracks", "monitors", "checks", "reads",
    "keeps", "smacks", "belts", "attacks", "scares", "throws", "spits", "stalks"})
"""Verbs of abuse in the present tense: what someone does, still ("he takes my pension
and pushes me about"), not what they once did."""
_TRAILING_DOUBLE = re.compile(r"([a-z])\1+$")
_AGAIN_NOW = re.compile(
    r"\b(?:started|starting|begun|began|doing it|do it|at it|back to it|back doing it)"
    r"(?: \w+)? again\b|\brelapsed\b")
"""A sentence saying it has begun again ("ive started again", "doing it again")."""

_DATES_THE_LAST = re.compile(
    r"(?:and |but )?(?:it|that|this|which|all that|all of that|all this|both|those|that all"
    r"|it all) (?:was|were|happened|is|has been|had been)\b"
    # "i was suicidal. past tense. like 3 yrs ago": a time on its own
    r"|(?:like |about |around |over |nearly |maybe |roughly )?(?:[0-9]+|a|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|a few|several|many) (?:years?|months?|decades?)"
    r" ago(?: now)?$|past tense$"
    # "Thought about ending it then. Long past."
    r"|(?:(?:it is|its|all|that is|thats|it was|that was|but) )?long (?:past|gone|over)(?: now)?$"
    # "i selfharmed a lot at fifteen. that chapter closed a long time ago"
    r"|(?:that|this) (?:chapter|part of my life|period|phase|time) (?:of my life )?(?:closed"
    r"|ended|is closed|is over|was over|finished|is done)\b")
"""A sentence that refers back to the one before it to say when it was."""
_THEN = re.compile(r"\b(?:then|back then|at the time|at that time|in those days)$")
"""A sentence ending on a time named before it ("had a bad do in 2001. thought about
ending it then")."""
_BARE_WORDS = 2
"""A risk hit of at most this many words is bare risk words, not a described act."""
_SHORT = 8
"""A sentence of at most this many words is short: bare risk words in it are urgent
even when nothing says whose they are ("suicidal thoughts help")."""
MAX_SENTENCES = 40
"""The model scores at most this many sentences one by one (the lexicon reads all)."""


@dataclass(frozen=True, slots=True)
class Detection:
    """The detector's verdict on one message."""

    kinds: tuple[CrisisKind, ...] = ()
    """Every kind of risk found, most urgent first; empty when none."""
    rest: str = ""
    """The normalised message with the risky words taken out, for matching the
    question that may come with them ("will my GP be told?")."""
    level: CrisisLevel = CrisisLevel.URGENT
    """``URGENT`` (clear risk) or ``CHECK_IN`` (possible risk); see :meth:`detect`."""
    source: str = "lexicon"
    """``lexicon`` or ``model``: what found the risk (for figures, never shown)."""
    disclosure: bool = False
    """The message asks what would happen if the writer told someone ("if i tell them
    ive had suicidal thoughts do they let my gp know"): the risk words are the
    question's subject, so the question is best read with them."""

    @property
    def is_crisis(self) -> bool:
        return bool(self.kinds)

    @property
    def primary(self) -> CrisisKind | None:
        return self.kinds[0] if self.kinds else None


_THEYD_BE_BETTER_OFF = re.compile(
    r"(?:theyd|they would|they will|hed|he would|shed|she would|everyone would|they all would)"
    r" (?:all )?be better off")
_BETTER_OFF_THEN = frozenset({"if", "would", "wouldnt", "and", "honestly", "really",
                              "anyway", "then", "financially", "i", "tbh", "now", "wouldn"})
"""After "theyd be better off": words that leave it the writer's ("... if i was gone",
"... wouldnt they"); "better off dead", "gone" or "under a lorry" is the one it names."""
_SAYING_MORE = frozenset({"keeps", "keep", "joking", "jokes", "thinks", "reckons"})
"""Before "theyd be better off", besides the lexicon's own words for saying something
(``reporting``), these say someone keeps saying, jokes or thinks it: it is theirs."""

MODEL_SECOND_OPINION = True

MODEL_FRAMED = 0.6
"""How sure the model must be of the whole message to raise, alone, a message framed
as grief, illness, a resolved past, a subject of work or a form's question (see
:meth:`CrisisDetector._quietened`); its own threshold is used elsewhere."""
_QUIETING_FRAMES = frozenset({"past", "resolved", "subject", "illness", "bereaved",
                              "denial", "asked", "loss", "unwanted", "routine"})
MODEL_SURE = 0.95
"""How sure the model must be of a risk it alone found to make it urgent (see
:meth:`CrisisDetector._model_level`). 0.9 until session 49: on four sets the model had not
been trained on (crisis_ev, crisis_ew, statements_bu, statements_bv), 0.95 kept all 48
clear risk messages the model alone made urgent, and sent 1 plain message urgent, not 3
("Just wanted to say the PWP I spoke to, Sarah, was brilliant")."""
_STAFF = frozenset({"staff", "carer", "carers", "nurse", "nurses", "worker", "workers",
                    "colleague", "colleagues", "manager", "teacher", "teachers", "warden"})
"""Workers who may be the ones doing harm ("staff slaps the residents")."""
_STEPPING_FRAMES = frozenset({"past", "resolved", "denial", "joking", "subject", "asked", "routine",
                              "unwanted", "hypothetical", "bereaved", "consequences", "illness",
                              "loss"})
"""Frames that make what the model alone found a check-in however sure it is."""
"""Whether the model reads a message whose lexicon hits were all stepped down."""
_WISHES_OR_ACTS = frozenset({"want", "wanted", "wanting", "wants", "wish", "wished",
                             "wishing", "wanna", "kill", "killing", "end", "ending", "suicide",
                             "suicidal", "overdose", "hang", "jump", "rather", "deserve",
                             "hope", "hoping", "pray", "praying", "better"})
"""Words that make dying a wish or an act, not a fear (see ``fear`` in :meth:`_read_hit`)."""
_DYING = frozenset({"die", "dying", "dead", "death"})
_INTRUSIVE = frozenset({"thoughts", "thought", "flashes", "flash", "pictures", "picture",
                        "images", "image", "visions", "intrusive", "scenarios", "picturing",
                        "imagining", "visualising", "visualizing", "fear", "fears",
                        "afraid", "scared", "terrified", "frightened", "worried"})
"""Words that make harm words a thought that comes, or a fear, not a plan or an urge
(read only where the message disowns them as OCD-like: the ``unwanted`` frame)."""
_PROVOKED = frozenset({"crying", "cries", "cry", "screaming", "screams", "scream", "angry",
                       "anger", "rage", "rages", "temper", "furious", "frustrated", "snap",
                       "snapping", "annoys", "winds", "shouting", "argue", "argues",
                       "arguing", "argument", "arguments", "row", "rows", "rowing", "fight",
                       "fights", "fighting", "wound", "provokes", "provoked"})
"""Thoughts of harm that come with anger, a row or a crying baby are not the unwanted kind:
"thoughts about hurting the baby when she wont stop crying. id never do it" is a risk."""
_LONG_SPAN = 6
"""A hit of more words than this spans a gap ("they (\\w+ ){0,5} suicidal"): only its
last words are risk words; the words between may be the person's question."""


class _Scores:
    """The risk model's scores for one message, each made at most once: the whole
    message at once, and its sentences (at most :data:`MAX_SENTENCES`) only when a step
    asks for them."""

    def __init__(self, model: RiskModel, known: frozenset[str], prepared: str,
                 sentences: Sequence[str]) -> None:
        self.model = model
        self.sentences = sentences
        self.whole: RiskScore = model.score(prepared, known)
        self._known = known
        self._each: list[RiskScore] | None = None

    @property
    def each(self) -> list[RiskScore]:
        """Each sentence's score, in order."""
        if self._each is None:
            self._each = [self.model.score(sentence, self._known)
                          for sentence in self.sentences[:MAX_SENTENCES]]
        return self._each


def _without_risk_words(prepared: str, hits: Sequence[Hit[LexiconEntry]]) -> str:
    """The message with its risk words blanked, to match the question that came with
    them ("will my GP be told?")."""
    rest = list(prepared)
    for hit in hits:
        start = hit.start
        words = prepared[hit.start:hit.end].split()
        if len(words) > _LONG_SPAN:  # keep the gap's words, blank the last two
            start = hit.end - len(" ".join(words[-2:]))
        rest[start:hit.end] = " " * (hit.end - start)
    return " ".join("".join(rest).split())


_FRAMING_WORDS = frozenset({"a", "an", "the", "after", "before", "since", "from",
                            "my", "his", "her", "their", "previous", "past", "last"})
"""Words around bare risk words that do not make them a described act."""
_WANTS = frozenset({"want", "wants", "wanted", "wanting", "wish", "wishes"})
_NEGATIONS = frozenset({"not", "never", "nt", "no"})
_OWN = frozenset({"i", "my", "me", "myself", "im", "ive", "id", "ill", "mine"})
_SEEING = frozenset({"saw", "seen", "see", "sees", "noticed", "notice", "found", "find",
                     "spotted", "spot", "discovered", "noticing", "seeing", "finding"})
"""Right before risk words, the writer saw them on someone ("i saw fresh cuts on her
thighs"): the words are not the writer's own."""
_THIRD_PERSON = frozenset({"he", "she", "they", "hes", "shes", "theyre"})
_THREATENING = frozenset({"will", "ll", "is", "going", "gonna", "would", "kill", "kills"})
"""Right before harm words that threaten ("will kill her", "is going to kill me"),
someone else threatening ("he will kill her"); not "she cries and i ..." (the baby)."""
_NOT_TURNED = frozenset({"scared", "frightened", "shocked", "surprised", "terrified", "afraid",
                         "disgusted", "horrified", "startled", "him", "her", "them", "it",
                         "scare", "scares", "frighten", "frightens", "terrify", "terrifies",
                         "shock", "shocks", "disgust", "disgusts", "trust", "hate",
                         "stop", "stopping", "control", "controlling", "restrain",
                         "restraining", "contain", "containing"})
"""Before "myself", the writer's own fright ("shook the cot really hard and scared
myself", "afraid of myself now, what i can do to her") or the harm's own target ("ill
shoot him myself"): not harm turned on them."""
_AIMS = frozenset({"plans", "plan", "intention", "intentions", "desire", "wish", "urge", "urges",
                   "think"})
"""Words of aim before "to" that a negation denies: "no plans to kill myself", "I do not
think to hurt myself" (English learnt as a second language)."""
_HEDGES = frozenset({"actually", "really", "even", "remotely", "currently", "at", "all",
                     "been", "ever", "in", "any", "way", "that", "properly", "at all",
                     "risk", "danger", "of", "thoughts", "intention", "intentions", "have",
                     "had", "got", "get", "thinking", "planning", "on"} | _AIMS)


def _past_hedges(words: Sequence[str], start: int) -> int:
    """The position of the word before ``start`` once up to four hedging words are
    passed ("not [actually] suicidal", "no [thoughts of] harming", "no [plans to]
    kill"); -1 at the start of the sentence."""
    before = start - 1
    while before >= 0 and start - before <= 5 and (
            words[before] in _HEDGES
            or (words[before] == "to" and before > 0 and words[before - 1] in _AIMS)):
        before -= 1
    return before


def _negated(words: Sequence[str], start: int) -> bool:
    """Whether the word at ``start`` is denied where it stands: "not suicidal", "not
    actually suicidal", "never been suicidal", "no thoughts of harming myself", "not at
    any risk of harming myself"."""
    before = _past_hedges(words, start)
    return before >= 0 and words[before] in _NEGATIONS


def _aim_denied(words: Sequence[str], start: int) -> bool:
    """Whether an aim or a risk of it is denied before the words at ``start``: "no
    thoughts of harming myself", "no plans to kill myself", "not at any risk of harming
    myself". A bare "not" is part of many risk phrases ("my goal is to not be alive"),
    so the denial must name the aim or the risk."""
    before = _past_hedges(words, start)
    # The aim may open the risk words themselves ("no [thoughts of harming] myself").
    # ... or thinking of it ("i'm not thinking of harming myself or anything like that").
    named = set(words[before + 1:start + 1]) & (
        _AIMS | {"thoughts", "thinking", "planning", "risk", "danger"})
    return before >= 0 and words[before] in _NEGATIONS and bool(named)


def _sentence_offsets(sentences: Sequence[str]) -> list[int]:
    """Where each sentence starts in the sentences joined by single spaces."""
    offsets, at = [], 0
    for sentence in sentences:
        offsets.append(at)
        at += len(sentence) + 1
    return offsets


_WHAT_IF_FEELING = frozenset({"feeling", "feelings", "thought", "thoughts", "moment",
                              "moments", "urge", "thing", "vibe"})
"""Just after "what if i ...", the words that make it a passing thought ("that what if i
jumped feeling"), not a plan."""
_THINKING_WHAT_IF = frozenset({"think", "thinking", "thinks", "thought", "wonder",
                               "wondering", "imagine", "imagining", "like"})
"""Just before "what if i ...", the words that make it a thought that comes ("i get this
thing driving where i think what if i swerve")."""
_NO_TALK = frozenset({"talk", "mention", "sign", "signs", "word", "hint", "suggestion",
                      "thoughts", "history"})
"""Said of someone else, "no talk of", "no sign of" the risk words: they are denied."""


def _opens_what_if(words: Sequence[str]) -> bool:
    """Whether a sentence opens "what if", maybe after "keep thinking" or the like
    ("keep thinking what if i swerve into the oncoming lane"), or names a "what if"
    feeling or thought ("got that weird what if i jumped feeling")."""
    return any(words[i] == "what" and words[i + 1] == "if"
               for i in range(min(4, len(words) - 1))) or \
        any(words[i:i + 3] == ["what", "if", "i"] and (
            any(w in _WHAT_IF_FEELING for w in words[i + 3:i + 7])
            or any(w in _THINKING_WHAT_IF for w in words[max(0, i - 2):i]))
            for i in range(len(words) - 3))


def _provoked(words: Sequence[str]) -> bool:
    """Whether ``words`` name something that provokes ("she wont stop crying", "when we
    row"); not the writer's own tears at a thought ("it makes me want to cry")."""
    return any(w in _PROVOKED and not (w == "cry" and i > 0 and words[i - 1] in ("to", "me"))
               for i, w in enumerate(words))


def _beside_harm(readings: list[tuple[Hit[LexiconEntry], CrisisKind, CrisisLevel]],
                 ) -> list[tuple[Hit[LexiconEntry], CrisisKind, CrisisLevel]]:
    """Readings beside harm the writer may do to someone: a fear of themselves is that
    fear ("i pushed her and she fell. i don't trust myself"), marks the writer's own
    act left are not someone else's self-harm ("grabbed him so hard it left marks on
    his arms"), and a fear read as both is the harm's when it names whom."""
    harm = [(hit.start, hit.end) for hit, kind, _ in readings
            if kind is CrisisKind.HARM_TO_OTHERS]
    if not harm:
        return readings
    # The same words read both ways, where the harm reading goes on to name whom
    # ("frightened of what i may do to her", "... next time"): the fear is of harming
    # her; so is one the harm reading runs into ("shook him. i am frightened of what i
    # might do"). A weak harm reading names no one ("scared of what i might do"), and
    # the writer's own risk stands.
    named = [(hit.start, hit.end) for hit, kind, _ in readings
             if kind is CrisisKind.HARM_TO_OTHERS and not hit.label.weak]
    # ... and with harm done or meant named elsewhere in the message ("i shook her when
    # she wouldnt settle. im scared of what i might do tonight"), the same words read
    # both ways are the fear of doing it again.
    both = [(hit.start, hit.end) for hit, kind, _ in readings
            if kind is CrisisKind.HARM_TO_OTHERS and hit.label.weak] if named else []
    return [(hit, kind, level) for hit, kind, level in readings
            if not (kind is CrisisKind.SELF and hit.label.fear_of_self)
            and not (kind is CrisisKind.OTHER_PERSON
                     and any(s < hit.end and hit.start < e for s, e in harm))
            and not (kind is CrisisKind.SELF
                     and any(s <= hit.start < e and e - s > hit.end - hit.start
                             for s, e in named))
            and not (kind is CrisisKind.SELF and (hit.start, hit.end) in both)
            # ... and abuse read inside the harm's own words ("get that lot back for what
            # they did to my brother, got a blade stashed": the blade is the writer's)
            and not (kind is CrisisKind.ABUSE
                     and any(s < hit.start < e for s, e in named))]


def _revenge(readings: list[tuple[Hit[LexiconEntry], CrisisKind, CrisisLevel]],
             sentences: Sequence[str], offsets: list[int],
             frames: Mapping[int, frozenset[str]]) -> bool:
    """Whether harm the writer means to do soon sits beside abuse, urgent both: harm
    said with "tonight" or "now" in its sentence, about to happen, is the risk to
    answer first; the abuse is its cause (it still has its own lines). Said in the
    writer's own voice: "today she say her stepfather hit her" is the abuse alone."""
    urgent = {kind for _, kind, level in readings if level is CrisisLevel.URGENT}
    if not {CrisisKind.ABUSE, CrisisKind.HARM_TO_OTHERS} <= urgent:
        return False
    # The harm's sentences: "bought a knife. i intend to find him tonight" runs on;
    # and the one after them, which may say the means are ready ("im gonna stab him.
    # knifes in my bag already").
    last = len(sentences) - 1
    return any(kind is CrisisKind.HARM_TO_OTHERS and level is CrisisLevel.URGENT
               and any(frames[index] & {"soon", "imminent"} and _I_MEAN.search(sentences[index])
                       for index in range(_sentence_of(offsets, hit.start),
                                          min(last, _sentence_of(offsets, hit.end - 1) + 1) + 1))
               for hit, kind, level in readings)


def _beside_abuse(readings: list[tuple[Hit[LexiconEntry], CrisisKind, CrisisLevel]],
                  ) -> list[tuple[Hit[LexiconEntry], CrisisKind, CrisisLevel]]:
    """Readings beside abuse happening now: marks hidden or shown are the marks the
    abuse left ("partner strangled me last night. covered the marks with a high neck for
    work"), not the writer's self-harm; and a weak sign, often ordinary, is the abuse's
    ("my stepdad hits me when my mum is at work ... i just want it to stop")."""
    if not any(kind is CrisisKind.ABUSE and level is CrisisLevel.URGENT
               for _, kind, level in readings):
        return readings
    return [(hit, kind, level) for hit, kind, level in readings
            if not (kind is CrisisKind.SELF and (hit.label.marks or hit.label.weak))]


def _over(frames: frozenset[str]) -> bool:
    """Whether a message says its risk is both past and over ("took pills in 1990. had
    a long and happy life since"), with nothing now: what it says was done is history,
    not an act under way."""
    return {"past", "resolved"} <= frames and "current" not in frames


def _sentence_of(offsets: list[int], position: int) -> int:
    """The index of the sentence holding ``position``."""
    return max(0, bisect.bisect_right(offsets, position) - 1)


class CrisisDetector:
    """Compiled risk lexicon. Build once at load; ``detect`` is pure and thread-safe."""

    def __init__(self, lexicon: Lexicon, known_words: Iterable[str] = (),
                 model: RiskModel | None = None) -> None:
        self.model = model
        self.lexicon = lexicon
        # Compiled once by the loader, which also names any broken pattern's line.
        self._patterns: PatternSet[LexiconEntry] = PatternSet(
            [(entry, entry.compiled) for entry in lexicon.entries
             if entry.compiled is not None])
        """Every entry's pattern, labelled with the entry (``kind`` None: generic)."""
        self._anchored: PatternSet[LexiconEntry] = PatternSet(
            [(entry, entry.compiled) for entry in lexicon.entries
             if entry.compiled is not None and entry.sentence])
        """The patterns whose "^" and "$" are a sentence's ("chosen a date$"): the sentences
        are joined for the patterns, so these are also run on each sentence alone."""
        photo = lexicon.macros.get("SENT_A_PHOTO")
        self._sent_a_photo = re.compile(rf"\b(?:{photo})") if photo else None
        """The lexicon's own words for someone sending or posting a photo: in a pattern
        about someone else, the means in the photo are theirs ("sent me a snap of a load
        of pills"), named or not."""
        self._safe = lexicon.safe_compiled
        self._fuzzy_words = tuple(lexicon.fuzzy_words)
        fuzzy = frozenset(self._fuzzy_words)
        self._fuzzy_set = fuzzy
        # Every word the lexicon spells out, so "diee" can be read as "die".
        patterns = [expand_macros(e.source, lexicon.macros)
                    for e in (*lexicon.entries, *lexicon.safe)]
        self._lexicon_words = frozenset(
            w for p in patterns for w in re.findall(r"[a-z]{3,}", p)) | fuzzy
        # Ordinary words must never be "mended" into risk words. A word of the bank's
        # with a dropped g is not one ("killin", from "wisdom tooth killin me"): it is
        # read as "killing", as it would be if the bank had not used it.
        self.known: frozenset[str] = frozenset(
            w for w in known_words if w not in fuzzy and not (
                len(w) >= 5 and w.endswith("in") and w + "g" in self._lexicon_words)
        ) | self._lexicon_words
        """The words read as ordinary vocabulary: never mended, and the risk model's
        letter n-grams skip them."""
        self._mend = lru_cache(maxsize=1024)(self._mend_uncached)  # unknown words only
        self.context = Context(lexicon)
        self._reporting_near = self.context.reporting | _SAYING_MORE
        """Words before "theyd be better off" that make it someone else's saying."""
        self._courtesy = lexicon.holders.get("courtesy", frozenset())

    def read(self, text: str) -> Detection:
        """Prepare ``text`` and detect: :meth:`detect` for a message read only here."""
        return self.detect(self.sentences(text))

    def detect(self, sentences: Sequence[str]) -> Detection:
        """Every kind of risk the prepared ``sentences`` show (see :meth:`sentences`), and
        how sure it is; an empty :class:`Detection` if none.

        Each lexicon hit is read in its sentence: whose safety its words are about
        (:class:`Context`), and how the message frames them. A clear risk is
        ``URGENT``; risk words in a past, resolved, hypothetical, denied or
        subject-of-talk frame step down to ``CHECK_IN``, or to nothing when several
        frames agree that no one is at risk now. The writer's own risk in the
        lexicon's own words never steps below ``CHECK_IN``; abuse and harm to others
        step down only when clearly past. What the model alone finds is ``CHECK_IN``,
        or ``URGENT`` when the message shows it is imminent (:meth:`_model_level`).
        """
        prepared = " ".join(sentences)
        hits = self._patterns.hits(prepared)
        if len(sentences) > 1 and len(self._anchored):
            # "I have, however, chosen a date. It is six weeks from now": a sentence's
            # end is only the message's end for the last one.
            found = {(hit.label.id, hit.start) for hit in hits}
            offset = 0
            for sentence in sentences:
                hits += [Hit(hit.label, hit.start + offset, hit.end + offset)
                         for hit in self._anchored.hits(sentence)
                         if (hit.label.id, hit.start + offset) not in found]
                offset += len(sentence) + 1
        if not hits:
            courteous = _THANKS_FOR_ALL.sub(r"\1 ", prepared).split()
            if all(word in self._courtesy for word in courteous):
                # "many thanks and goodbye", "ok bye x": only thanks, greetings and
                # goodbyes, whose small-talk reply carries the safety line. The model
                # has seen goodbyes mostly as last messages and reads them as risk.
                return Detection()
            # Nothing the lexicon knows: the learned model may still recognise it.
            if self.model is None:
                return Detection()
            # Each text scored once, and the frames read once, for all three steps.
            scores = _Scores(self.model, self.known, prepared, sentences)
            kind = self._model_kind(scores)
            if kind is None:
                return Detection()
            # What each sentence shows too: some frames are read at a sentence's end
            # ("police came, he was arrested, i am safe").
            frames = self.context.frames(prepared).union(
                *(self.context.frames(sentence) for sentence in sentences))
            if self._quietened(frames, scores):
                return Detection()
            if "own" in frames and kind is CrisisKind.OTHER_PERSON:
                kind = CrisisKind.SELF  # "... and she's the one typing this"
            return Detection((kind,), prepared, self._model_level(frames, scores), "model")
        offsets = _sentence_offsets(sentences)
        sentence_frames = {index: self.context.frames(sentence)
                           for index, sentence in enumerate(sentences)}
        for index in range(len(sentences) - 1):
            # "had a bad do back in 2001. thought about ending it then": a sentence
            # that ends on "then" takes its time from the one before it.
            if "past" in sentence_frames[index] and _THEN.search(sentences[index + 1]):
                sentence_frames[index + 1] = sentence_frames[index + 1] | {"past"}
            # "I attempted. It was during the first lockdown": a sentence that dates
            # the one before it ("it was", "that was") carries its past back to it.
            if "past" in sentence_frames[index + 1] and _DATES_THE_LAST.match(sentences[index + 1]):
                sentence_frames[index] = sentence_frames[index] | {"past"}
            # "when i was self harming last year i hid it. its july now and ive started
            # again": a later sentence that says it has begun again makes it current.
            elif sentence_frames[index] & {"past", "resolved"} and \
                    any(_AGAIN_NOW.search(later) for later in sentences[index + 1:]):
                sentence_frames[index] = sentence_frames[index] - {"past", "resolved"} \
                    | {"current"}
        # The message's frames: what each sentence shows, and what spans sentences.
        whole = self.context.frames(prepared).union(*sentence_frames.values())
        levels: dict[CrisisKind, CrisisLevel] = {}
        # Where bare risk words end: a pattern that ends there too ("they ... suicidal")
        # is bare words with a name in front, not a described act.
        bare_starts: dict[int, int] = {}
        for hit in hits:
            if hit.label.kind is None and len(prepared[hit.start:hit.end].split()) <= _BARE_WORDS:
                bare_starts[hit.end] = min(hit.start, bare_starts.get(hit.end, hit.start))
        bare_ends = set(bare_starts)
        readings: list[tuple[Hit[LexiconEntry], CrisisKind, CrisisLevel]] = []
        for hit in hits:
            index = _sentence_of(offsets, hit.start)
            last = _sentence_of(offsets, hit.end - 1)
            # A pattern that runs over into the next sentence ("texted me at 2am sorry
            # for everything. nothing since and his phones off") is read in every
            # sentence it covers: who it is about may be named only in the last.
            sentence, frames = (sentences[index], sentence_frames[index]) if last == index else (
                " ".join(sentences[index:last + 1]),
                frozenset().union(*(sentence_frames[i] for i in range(index, last + 1))))
            reading = self._read_hit(hit, sentence, offsets[index],
                                     frames, whole, bare_starts.get(hit.end))
            if reading is not None:
                readings.append((hit, *reading))
        if "own" in whole:
            # "Asking, as they say, for a friend; the friend is me": whoever the words
            # name, the writer says the risk is theirs.
            readings = [(hit, CrisisKind.SELF if kind is CrisisKind.OTHER_PERSON else kind,
                         level) for hit, kind, level in readings]
        # Bare words inside a longer pattern's match are the same words read twice:
        # the longer pattern says whose they are ("found searches about suicide" in
        # her son's history is someone else's, not the writer's).
        named = [(hit.start, hit.end) for hit, kind, _ in readings
                 if hit.label.kind is not None and kind is not CrisisKind.SELF]
        # ... and a pattern about someone else that names them ("found fresh cuts on her
        # arms") is what the same words mean, unless the writer names themselves
        # just before ("i have fresh cuts").
        theirs = [(hit.start, hit.end) for hit, kind, level in readings
                  if hit.label.kind is CrisisKind.OTHER_PERSON
                  and kind is CrisisKind.OTHER_PERSON and level is CrisisLevel.URGENT
                  and self.context.names_other(prepared[hit.start:hit.end].split())]
        # ... as are the means someone sent or posted a photo of ("sent me a snap of a
        # load of pills"), named or not.
        photo = self._sent_a_photo
        sent = [(hit.start, hit.end) for hit, kind, level in readings
                if photo is not None and kind is CrisisKind.OTHER_PERSON
                and level is CrisisLevel.URGENT
                and photo.search(prepared, hit.start, hit.end) is not None]
        readings = [(hit, kind, level) for hit, kind, level in readings
                    if not (hit.label.kind is None and hit.end in bare_ends
                            and kind is CrisisKind.SELF
                            and any(s <= hit.start and hit.end <= e for s, e in named))
                    and not (kind is CrisisKind.SELF and hit.label.kind is not None
                             and any(s < hit.end and hit.start < e for s, e in theirs)
                             and not self._own_words_near(prepared, hit.start, hit.end))
                    and not (kind is CrisisKind.SELF
                             and any(s <= hit.start and hit.end <= e for s, e in sent))]
        if any(kind is CrisisKind.OTHER_PERSON and level is CrisisLevel.URGENT
               and hit.label.kind is CrisisKind.OTHER_PERSON for hit, kind, level in readings):
            # ... and risk words said of no one beside someone else's urgent risk, with
            # the writer not named near them ("flatmate locked herself in the bathroom
            # ... theres empty pill packets all over her room"): theirs too.
            # So are means said of no one, in the writer's own words or not ("found
            # searches on her ipad about how many tablets it takes. Half a packet of
            # co-codamol has gone from the cupboard").
            readings = [(hit, kind, level) for hit, kind, level in readings
                        if not (kind is CrisisKind.SELF
                                and (hit.label.kind is None or not any(
                                    w in _OWN for w in prepared[hit.start:hit.end].split()))
                                and not self._own_words_near(prepared, hit.start, hit.end))]
        readings = _beside_abuse(_beside_harm(readings))
        weak = [hit for hit, _, _ in readings if hit.label.weak]
        strong = [level for hit, _, level in readings if not hit.label.weak]
        # "my gp asked if that meant i was planning to die. i am not": the only other
        # risk words are a question put to the writer, and nothing says yes to it.
        only_asked = "asked" in whole and "affirmed" not in whole and \
            all(level is CrisisLevel.CHECK_IN for level in strong)
        # "the tumour has spread. i have made my peace with it and am planning my
        # funeral": the calm words of someone dying of an illness, not of a plan to
        # die; a check-in, however many of them there are. (Stopping heart tablets
        # "and letting nature take its course" is no such word.)
        ill = "illness" in whole and not whole & {"current", "affirmed"} and \
            all(hit.label.end_of_life for hit in weak)
        if weak and (not strong or only_asked) and "imminent" not in whole and \
                (ill or not self._another_sign(prepared, weak)):
            # Only words that are often ordinary ("written my will"): a check-in.
            readings = [(hit, kind, CrisisLevel.CHECK_IN if hit.label.weak else level)
                        for hit, kind, level in readings]
        for _, kind, level in readings:
            if levels.get(kind) is not CrisisLevel.URGENT:
                levels[kind] = level
        if not levels:
            # Every risk word read as history, a subject or a quoted question. The model
            # reads the whole message as a second opinion ("every week she asks about
            # suicidal thoughts and i say none but theyre there"): a check-in if it
            # still sees risk.
            # Only the message without its risk words: each sentence read whole would
            # undo the context just read ("took an overdose. that was 2011. its all
            # behind me" scores high on its first sentence alone).
            rest = _without_risk_words(prepared, hits)
            # A form's question quoted and answered no ("the sheet says thoughts that you
            # would be better off dead, i dont have this") is settled: the rest of it is
            # about the form.
            answered_no = "asked" in whole and "denial" in whole and \
                not whole & {"affirmed", "current", "imminent"}
            # ... and so are intrusive thoughts disowned ("id never ever do it and it
            # horrifies me, i think its ocd"): the model has learnt platforms and babies
            # from real risk, and would read the rest of the message as that.
            answered_no = answered_no or ("unwanted" in whole and "denial" in whole
                                          and not whole & {"affirmed", "current", "imminent"})
            kind = self.model.flags(rest, self.known) \
                if MODEL_SECOND_OPINION and self.model is not None and not answered_no \
                else None
            if kind is None:
                return Detection()
            # The model says there is risk; whose, the risk words said ("if i tell them
            # about the self harm" is the writer's, which the model had read as abuse).
            said = {hit.label.kind or CrisisKind.SELF for hit in hits}
            if kind not in said and CrisisKind.SELF in said:
                kind = CrisisKind.SELF
            return Detection((kind,), rest, CrisisLevel.CHECK_IN, "model")
        level = CrisisLevel.URGENT if CrisisLevel.URGENT in levels.values() \
            else CrisisLevel.CHECK_IN
        # The kinds at the reply's level come first, most urgent kind first.
        priority = list(_PRIORITY)
        if _revenge(readings, sentences, offsets, sentence_frames):
            # "the man that hurt my daughter ... I'm going there tonight and I will kill
            # him": harm about to be done comes before the abuse that provoked it.
            priority.remove(CrisisKind.HARM_TO_OTHERS)
            priority.insert(priority.index(CrisisKind.ABUSE), CrisisKind.HARM_TO_OTHERS)
        kinds = sorted(levels, key=lambda k: (levels[k] is not level, priority.index(k)))
        return Detection(tuple(kinds), _without_risk_words(prepared, hits), level,
                         disclosure=bool(whole & {"hypothetical", "consequences"}))

    def _quietened(self, frames: frozenset[str], scores: _Scores) -> bool:
        """Whether what the model alone found is too faint to raise, given how the
        message frames itself: grief, an illness, a past that is over, a subject of
        work or a form's question, with nothing now or imminent, and the model not at
        least :data:`MODEL_FRAMED` sure of the whole message. (A single sentence the
        model is very sure of has already been weighed by :meth:`_model_kind`.)"""
        if not frames & _QUIETING_FRAMES or frames & {"current", "affirmed"} or \
                ("imminent" in frames and not _over(frames)):
            return False
        return scores.whole.risk < MODEL_FRAMED

    def _model_level(self, frames: frozenset[str], scores: _Scores) -> CrisisLevel:
        """The level of risk the model alone found: urgent when the message says how,
        that it is done, that it is prepared, or goodbye (the ``imminent`` frame), or
        when the model is very sure of it (:data:`MODEL_SURE`) and nothing in the
        message steps it down (past, resolved, denied, joking, a subject of work, a
        form's question, a hypothetical); otherwise a check-in.

        Measured on crisis_u, a set written blind: of the risk messages only the model
        found, 27 of 33 clear ones and 3 of 160 tricky non-risk messages were this
        sure with no such frame. Recall first, and when unsure, urgent."""
        if "imminent" in frames and not _over(frames):
            return CrisisLevel.URGENT
        # A time soon ("tonight", "on friday") counts unless the message denies it,
        # says it is over, or jokes: "today" beside "3 years since i last cut today.
        # proud of myself" or "im not going to do anything stupid" is a date, not a
        # time set for it.
        stepping = frames & _STEPPING_FRAMES
        if "current" in frames:
            # "i just want to be with her again. mum died in may": grief with a wish
            # now is not tempered by the death it grieves.
            stepping -= {"loss"}
        # ... and "the dogs being put to sleep at 4" is the time of a loss, not a plan;
        # "dentist cant see me till friday" beside a dose for toothache, of a visit.
        soon = "soon" in frames and not frames & {"denial", "resolved", "joking", "routine"} \
            and "loss" not in stepping
        # Sure of the whole message, not only of one sentence of it: on crisis_ae, a
        # set written blind, the model was 0.95 sure of single sentences such as "the
        # letter from the home office says i must prove i have lived here since 1960"
        # and "the lord called him home", and less sure of the message they stood in;
        # every clear risk it alone made urgent it was sure of whole. A sure sentence
        # alone is still a check-in, with the numbers.
        if (soon or not stepping) and scores.whole.risk >= MODEL_SURE:
            return CrisisLevel.URGENT
        return CrisisLevel.CHECK_IN

    def _soon_outside(self, sentence: str, frames: frozenset[str],
                      whole: frozenset[str]) -> bool:
        """Whether a time soon is said outside the exasperation's own words: "if the
        metros late again tonight ill kill someone" names when the metro is late;
        "...one more time ill stab him. tonight" names when."""
        if "soon" not in whole:
            return False
        if "soon" not in frames:
            return True  # in another sentence
        return "soon" in self.context.frames_beside(sentence, "exasperated")

    def _read_hit(self, hit: Hit[LexiconEntry], sentence: str, offset: int,
                  frames: frozenset[str], whole: frozenset[str], bare_start: int | None = None,
                  ) -> tuple[CrisisKind, CrisisLevel] | None:
        """The kind and level one lexicon hit shows, or ``None`` when it shows no risk.

        Steps down from urgent (0 steps) to a check-in (1) or to nothing (2 or more),
        as ``crisis.yaml``'s context comments describe.
        """
        entry = hit.label
        # The past steps down even when something is back now ("again"): a check-in,
        # not urgent; the present cancels only "resolved".
        current = "current" in whole
        # "since the attack last year i have been burning my arm": the past is when it
        # began, and it goes on.
        # "took 20 paracetamol earlier, im fine now": feeling fine after an act on
        # themselves done lately is no history (an overdose harms hours later); only
        # with a time gone by does "fine now" say it is over. ("He threatened me last
        # week ... he was arrested, i am safe now" is over.)
        lately = ("imminent" in frames or "recent" in whole) and "past" not in whole and \
            not hit.label.weak and hit.label.kind in (CrisisKind.SELF, None)
        # "used to cut when i was younger ... but last night was deeper than i meant":
        # the act the words name happened now, whatever the past beside it.
        said = sentence[hit.start - offset:hit.end - offset]
        # ... and a plan for what is still to come ("did cbt last year ... ive worked out
        # how im going to do it"): the past elsewhere is not when the plan is.
        now = _NOW_IN_HIT.search(said) is not None or _STILL_TO_COME.search(said) is not None \
            or _BEGUN_BEFORE.search(sentence[:hit.start - offset]) is not None
        # "In 1974. after my first baby. I ... took an Overdose. I have been well for
        # nearly fifty years since": the time named in a sentence of its own, and the
        # message says it is over, with nothing now or soon anywhere in it.
        past = "past" in frames or (
            "past" in whole and "resolved" in whole
            and not whole & {"current", "recent", "imminent", "soon", "ongoing"})
        # ("my dad used to beat me ... he still does it sometimes": abuse that goes on,
        # said in another sentence, is no history)
        still = entry.kind is CrisisKind.ABUSE and "still" in whole
        history = (past and "ongoing" not in frames and not now and not still) + \
            ("resolved" in whole and not current and not lately)
        words = sentence.split()
        start = len(sentence[:hit.start - offset].split())
        end = len(sentence[:hit.end - offset].split())
        # "...and i said yes", "because i am", "i do.": an answer to the question
        # quoted, so neither the question nor the "if" steps the risk down.
        affirmed = "affirmed" in whole
        # ... or, in a sentence asking what the words mean, a form's question named in
        # another ("question number 9, i do not understand. 'better off dead' means what").
        asked = ("asked" in frames or ("asks_why" in frames and "asked" in whole)) \
            and not affirmed
        # "why does the form ask if id be better off dead": the form's question quoted,
        # to ask why it is asked; no yes to it and nothing now, so a question about forms.
        asks_why = asked and "asks_why" in whole and not current and "imminent" not in whole
        denial = "denial" in whole and not affirmed
        # "horrible thoughts of pushing someone onto the tracks, i would never, they
        # disgust me. is that ocd": intrusive thoughts the writer disowns and is horrified
        # by, with nothing planned, done or said to be meant.
        # ... and a sentence that opens "what if" is such a thought, whatever it names
        # ("what if i snap and hurt my mum ... the thought just pops in").
        horrified = "unwanted" in whole and \
            not whole & {"imminent", "affirmed", "soon", "current", "recent"} and \
            (_opens_what_if(words) or (any(w in _INTRUSIVE for w in words)
                                             and not _provoked(words)))
        unwanted = denial and horrified
        # "haha. no but seriously...": a yes undoes the laugh; so does owning a risk told
        # as someone else's ("... stockpiled his co-codamol and picked a date. That's me
        # lol"): the laugh is at the telling, not the plan.
        joking = "joking" in whole and not affirmed and "own" not in whole
        if entry.kind is CrisisKind.HARM_TO_OTHERS and start > 0 and \
                words[start - 1] in _THIRD_PERSON and words[start] in _THREATENING and \
                (start < 2 or words[start - 2] != "if"):
            # "he shout he will kill her", "she said she will kill me": someone else
            # threatening, which is abuse of the one threatened, not harm the writer
            # might do ("if he ..." is the writer's condition, read below).
            entry = dataclasses.replace(entry, kind=CrisisKind.ABUSE)
        if entry.kind is CrisisKind.HARM_TO_OTHERS and any(
                w in THEMSELVES for w in words[start:end + 2]):
            # "thoughts of harming herself": someone else's own safety, which the
            # patterns about someone else read; not harm the writer might do.
            return None
        if entry.kind is CrisisKind.HARM_TO_OTHERS and any(
                (w in ("myself", "meself", "yourself")
                 or (w == "self" and words[i - 1] in ("my", "me", "your")))
                and words[i - 1] not in _NOT_TURNED
                and not (words[i - 1] == "of" and i > 1 and words[i - 2] in _NOT_TURNED)
                and not (i + 1 < len(words) and words[i + 1] == "and")  # "myself and the kids"
                for i, w in enumerate(words[:end + 3]) if i >= max(start, 1)):
            # "scared of what i might do to myself", "thoughts of killing myself":
            # harm words turned on the writer are the writer's own risk, stepped as the
            # writer's own words are: history, a form's question quoted or a joke make
            # it a check-in; a form's question answered "no" clears it ("the nurse asked
            # if i'd had thoughts of harming myself. i haven't").
            if (asked and denial) or (_aim_denied(words, start) and "current" not in frames):
                return None  # ... or "i have no thoughts of harming myself"
            stepped = history or asked or joking or unwanted
            return CrisisKind.SELF, CrisisLevel.CHECK_IN if stepped else CrisisLevel.URGENT
        # "one of the staff slaps the residents when no one's looking": a worker who does
        # it, named where the words begin, is no subject of work, whoever reports it.
        staff_do_it = start < len(words) and words[start] in _STAFF and \
            not (start > 0 and words[start - 1] in ("if", "when", "whenever"))
        if entry.kind in (CrisisKind.ABUSE, CrisisKind.HARM_TO_OTHERS) and "subject" in whole \
                and "current" not in frames and "imminent" not in whole and not staff_do_it \
                and (self.context.work_holder(words, start) in (Holder.TOPIC, Holder.NOBODY)
                     or ("fiction" in whole and "own" not in whole
                         and not self.context.names_someone(words, story=True)
                         and not any(w in _OWN for w in words[end:]))):
            # A midwife asking about "women with intrusive thoughts about harming their
            # babies" or screening "for thoughts of harming the baby", a counsellor about
            # what happens "when a client discloses abuse": harm or abuse as a subject
            # of work, attached to people in general or to no one. A named person ("a
            # pupil told me her stepdad hits her") or the writer is read as below.
            # So is a story's character ("a book for book club about a woman in an
            # abusive marriage"), unless the writer names someone of their own or
            # themselves after it ("... and its like my life").
            return None
        if entry.kind in (CrisisKind.ABUSE, CrisisKind.HARM_TO_OTHERS):
            # "i was raped at uni. it was years ago now": the past may be said in
            # another sentence, and nothing says it is happening now. A form's question
            # quoted ("do you have thoughts of harming others") or a joke ("im gonna kill
            # someone 😂") is a check-in too; nothing steps these below that.
            if entry.kind is CrisisKind.HARM_TO_OTHERS and unwanted:
                # Unwanted thoughts of harm, disowned and horrifying to the writer: the
                # fear OCD brings, not a risk; signposting would feed the fear. The
                # question they ask (OCD, new parents) is answered instead.
                return None
            if history == 2:
                # Past in its sentence and a life moved on said plainly ("survivor of
                # childhood abuse ... im 58 now and settled", "ten years ago. hes in
                # prison, im remarried and safe"): nothing is happening now.
                return None
            # ... but not when the hit's own sentence says it was days ago ("he had his
            # hands round my neck last week"): the past elsewhere is another time.
            # "left care at 18 and the mate i live with now makes me sell for him": a
            # past in the same sentence as something happening now is another time.
            # "My son moved back in last year. He takes my pension and pushes me about":
            # acts told in the present tense go on, whatever time another sentence names.
            habitual = any(w in _GOING_ON for w in said.split())
            long_ago = not still and ((history and "current" not in frames) or (
                "past" in whole and not current and "recent" not in frames and not habitual))
            if long_ago and "ongoing" in self.context.frames(said):
                # "did stuff to me when i was little ... last week i saw him picking my
                # niece up from school": the abuse was long ago, the one who did it is
                # around a child now, said in the risk words themselves.
                long_ago = False
            # "intrusive thoughts about hurting patients ... i would never act on them,
            # its my ocd": harm thoughts the writer disowns are a check-in.
            # Abuse is not a joke because someone called it one ("put his hand round my
            # throat 'as a joke'"): only harm the writer jokes about steps down.
            harm = entry.kind is CrisisKind.HARM_TO_OTHERS
            if asked and (denial or (harm and (asks_why or joking))):
                # "the form asked if im at risk of harming others. im a bouncer, does
                # that count lol", "does that mean they think my husband hits me? he
                # doesnt": a form's question, answered no (or, for harm, laughed off).
                return None
            # "if he replies-all one more time ill strangle him", "she says if i tidy the
            # shed one more time shell kill me": exasperation, a check-in at most; not
            # with the means, a plan or "im serious" ("...one more time im going to stab
            # him. the knifes by the door").
            # ("if the metros late again tonight ill kill someone": the time is when the
            # metro is late, said inside the exasperation)
            exasperated = "exasperated" in whole and \
                not whole & {"imminent", "affirmed"} and \
                not self._soon_outside(sentence, frames, whole)
            # A denial elsewhere ("i'd never...") does not undo an act the hit's own
            # sentence says just happened ("but last night i grabbed him too hard").
            disowned = denial and harm and not frames & {"recent", "current"}
            # "keep getting awful flashes of dropping the baby. i hate them": intrusive
            # thoughts the writer is horrified by, with no denial said: a check-in.
            # "what would happen if someone told their therapist they were scared they
            # might hurt somebody": harm asked about in general, of anyone, a check-in.
            in_general = harm and "general" in whole and \
                not frames & {"current", "recent", "affirmed", "imminent"}
            # ... but not harm already done: "been putting stuff in his food ... bleach
            # last time. is that bad lol" is poisoning, laughed about.
            laughed = joking and harm and "imminent" not in whole
            stepped = long_ago or asked or laughed or disowned or exasperated \
                or (harm and horrified) or in_general
            return entry.kind, CrisisLevel.CHECK_IN if stepped else CrisisLevel.URGENT
        # Bare risk words ("suicide", "self harm", "overdose") may be a subject of talk;
        # a longer pattern describes an act or a plan ("a rope in her wardrobe").
        someone_else = entry.kind is CrisisKind.OTHER_PERSON
        # "after a suicide attempt": bare words with a preposition and an article.
        content = [w for w in words[start:end] if w not in _FRAMING_WORDS]
        bare_end = bare_start is not None
        bare = (entry.kind is None and len(content) <= _BARE_WORDS) or (someone_else and bare_end)
        if someone_else and bare_start is not None and bare_start > hit.start:
            # "tell them about self harm": the bare words are a subject of talk, so the
            # pronoun before them says nothing of whose they are (the bare words' own
            # reading decides).
            core = len(sentence[:bare_start - offset].split())
            if self.context.holder(words, core, end, topic=True) is Holder.TOPIC and \
                    not self.context.talks_of_it(words, core):
                return None
        holder = self.context.holder(words, start, end, core=end - 1 if someone_else else start,
                                     topic=bare or someone_else)
        if holder is Holder.OTHER and entry.own and \
                not any(w in self._reporting_near for w in words[:start]):
            # "put my passwords in a notebook so she can close everything down after":
            # whoever else the words name, the risk is the writer's
            holder = Holder.SELF
        if holder is Holder.OTHER and "own" in whole and not bare:
            # "asking for a friend... what if someone has already took like 30
            # paracetamol an hour ago": the writer says the someone is them, so it is
            # read as the writer's own act, which a "what if" does not step down.
            holder = Holder.SELF
        if someone_else and holder is not Holder.SELF and self._sent_a_photo is not None \
                and self._sent_a_photo.search(said):
            # "sent me a snap of a load of pills": the one who sent them, named or not
            holder = Holder.OTHER
        # "patients talk about killing themselves a lot": people of a kind, whose own
        # reflexive names no one.
        themselves = holder is Holder.OTHER and "themselves" in words[start:end + 2]
        people = self.context.is_people(words[start]) or (themselves and any(
            self.context.is_people(w) for w in words[max(0, start - 3):start]))
        if someone_else and (holder is Holder.NOBODY or themselves) and people \
                and words[max(0, start - 3):start - 1] != ["one", "of"]:
            # "lots of my patients talk about wanting to die": people in general; "one of
            # my students wrote about wanting to die" is one person.
            holder = Holder.TOPIC
        if not someone_else and holder is Holder.OTHER and _THEYD_BE_BETTER_OFF.fullmatch(said) \
                and not any(w in self._reporting_near for w in words[:start]) \
                and (end == len(words) or words[end] in _BETTER_OFF_THEN):
            # "the kids ... theyd be better off": better off without the writer; the
            # "they" is who gains, not who is at risk ("she said theyd be better off"
            # is hers).
            holder = Holder.SELF
        if someone_else:
            kind = CrisisKind.SELF if holder is Holder.SELF else CrisisKind.OTHER_PERSON
        else:
            kind = CrisisKind.OTHER_PERSON if holder is Holder.OTHER else CrisisKind.SELF
        # "if i tell them i think about dying, will they...": asking what would happen
        # if they said it. Possible risk, so a check-in, never less. Not when the
        # sentence says it is happening now ("ive started cutting again").
        if someone_else and start >= 3 and words[start - 3] == "no" and \
                words[start - 2] in _NO_TALK and words[start - 1] in ("of", "about"):
            return None  # "no talk of harming himself, he's just flat"
        if someone_else and any(words[i] in _NEGATIONS and words[i + 1] in _WANTS
                                for i in range(start, end - 1)):
            return None  # "she does not want to die, she wants to see her great-grandchild"
        if bare and (kind is CrisisKind.SELF or (
                kind is CrisisKind.OTHER_PERSON and holder is Holder.OTHER
                and not someone_else and "current" not in frames)) and (
                _negated(words, start) or (someone_else and _negated(words, end - 1))):
            # ... and of someone else ("she's never self harmed, we're just nervous
            # about the forms"), unless the sentence says it is so now.
            # "im not actually suicidal", "never been suicidal": the risk word denied
            # where it stands. Other risk words in the message are read on their own,
            # and the model reads the rest as a second opinion.
            return None
        hypothetical = "hypothetical" in frames and "current" not in frames and not affirmed
        # "lump in my breast ... i think i will die here", "terrified hes going to die"
        # beside leukaemia: fear of dying of an illness, not a wish or a plan (no
        # wishing or killing words).
        hit_words = words[start:end]
        fear = "illness" in whole and any(w in _DYING for w in hit_words) and \
            not any(w in _WISHES_OR_ACTS for w in hit_words)
        if not bare and kind is CrisisKind.SELF and holder is Holder.SELF:
            # The writer's own risk in the lexicon's own words ("i have a plan"): only
            # history, quoting a form's question, asking what would happen if they said
            # it, or joking steps it down, and only to a check-in, unless they also say
            # plainly it is not so.
            # Thoughts told hypothetically step down; a plan, the means or an act does not
            # ("if i tell them i have a plan" is a plan).
            # ... said just before the risk words too ("if i say ... ive had thoughts
            # about hurting myself").
            thoughts = hypothetical and self.context.is_thoughts(words[max(0, start - 3):end])
            # "just took like 20 paracetamol idk what happens now lol": a laugh does
            # not undo an act already done to themselves.
            # ... nor does it undo a plan with a time set ("lol gonna walk into the sea
            # tonight, problem solved"), unless the plan hangs on an "if" (hyperbole:
            # "lol im going to kill myself if this meeting runs past six tonight").
            planned = "soon" in frames and _PLANNED.search(said) is not None and \
                "if" not in words[end:end + 4]
            laughed = joking and not _DONE.search(said) and not planned
            # A thought that comes and horrifies ("i think what if i swerve into the
            # lorry ... i hate it, i grip the wheel"), denied or not, is a check-in.
            steps = min(history + asked + laughed + thoughts + fear + (unwanted or horrified),
                        1) \
                + (asked and (denial or asks_why)) + (fear and denial)
            if history == 2:  # clearly past and over ("in 2009 ... been well since")
                steps = 2
            if _aim_denied(words, start) and "current" not in frames:
                # Denied where it stands: "i have no thoughts of harming myself", "no
                # plans to kill myself". (A denial elsewhere does not count: "im not
                # suicidal but i have thoughts of harming myself"; nor one in a sentence
                # that says it is now. A low mood now in another sentence, "I feel
                # empty inside. I'm not thinking of harming myself", does not undo it.)
                # The model still reads the rest as a second opinion.
                steps = 2
        else:
            steps = min(history, 2) + (holder is Holder.TOPIC and not affirmed) + joking
            # Bare risk words, attached to no one, in a longer message: mostly a subject.
            steps += bare and holder is Holder.NOBODY and len(words) > _SHORT and not affirmed
            steps += "bereaved" in frames and not current
            # "my stepson has leukaemia and we're terrified he's going to die": fear for
            # someone ill; "my cat is very sick, vet say maybe she will die this week":
            # a loss foreseen, however soon.
            steps += fear and (not current or "loss" in whole)
            # "my best mate died by suicide. im not suicidal myself": the one at risk is
            # gone, and the writer says they are not.
            steps += "bereaved" in frames and denial
            if hypothetical or ("consequences" in frames and not affirmed):
                steps = steps + 1 if bare else max(steps, 1)
            steps += asked + asks_why + (denial and holder is not Holder.OTHER)
            if "subject" in whole and holder is not Holder.SELF and not (
                    not bare and holder is Holder.NOBODY and "imminent" in whole
                    and "fiction" not in whole and not self.context.names_someone(words)):
                # (An act under way, described with no one named, "come home and sit in
                # the bath with a razor blade", is the writer's, whatever their job.)
                # Risk as a subject of work or study clears; a named person ("one of my
                # students told me she is self harming") is still a check-in, and urgent
                # when it is happening now ("a pupil told me hes going to do it tonight").
                # "doing an essay on hamlet ... is he actually suicidal": with a story
                # named and no real person, "he" is the character.
                general = holder is Holder.OTHER and (
                    self.context.general_person(words, end)
                    or ("fiction" in whole
                        and not self.context.names_someone(words, story=True)))
                # "that song about wanting to die is stuck in my head": a story's
                # words, attached to no one real.
                storied = "fiction" in whole and holder in (Holder.TOPIC, Holder.NOBODY) \
                    and not self.context.names_someone(words)
                if ((bare and holder in (Holder.TOPIC, Holder.NOBODY)) or general
                        or storied) and not (affirmed and holder is not Holder.OTHER):
                    # "when a client says theyre having suicidal thoughts", "tenants
                    # tell us they feel suicidal": anyone of a kind, not a person. (Not
                    # when the writer says it is theirs too: "we called it passive
                    # suicidal ideation ... it is different when it is oneself".)
                    steps += 2
                elif not ((holder is Holder.OTHER or (
                        someone_else and holder is not Holder.TOPIC
                        and self.context.names_someone(words))) and not bare and (
                        current or ("imminent" in whole and self.context.names_someone(words)))):
                    # (A pattern about someone else, with a person named in its sentence,
                    # is theirs however far back the name stands: "one of my students
                    # handed in an essay that reads like a suicide note ... he's sat with
                    # me right now".)
                    # ... unless it is happening now, or done ("my student emailed to
                    # say she has taken an overdose")
                    steps += 1
        if "imminent" in whole and kind is CrisisKind.SELF and \
                holder in (Holder.SELF, Holder.NOBODY, Holder.TOPIC) and \
                not (history or asked
                     or ("subject" in whole and (bare or holder is not Holder.SELF))):
            # "been thinking seriously about suicide and ive picked a date": risk
            # words with a sign that it is planned, prepared or done are urgent. A
            # "lol" does not undo a plan ("counted them and its enough. doing it
            # friday. idk why im telling a bot lol"): when unsure, urgent.
            steps = 0
        if current and holder in (Holder.SELF, Holder.NOBODY) and "subject" not in whole:
            # "...im starting to feel like that again", "used to self harm and ive just
            # started again": the writer's own, back now, is never cleared.
            steps = min(steps, 1)
        if steps >= 2:
            return None
        return kind, CrisisLevel.URGENT if steps == 0 else CrisisLevel.CHECK_IN

    def _own_words_near(self, prepared: str, start: int, end: int) -> bool:
        """Whether the writer names themselves just before or at the start of the words
        at ``start:end``, or leaves out their "i" at the start of the message ("found
        fresh cuts on her arms" does neither). "my" owning someone else ("found my
        partners search history") names them, not the writer."""
        before = prepared[:start].split()[-4:]
        if before and before[-1] in _SEEING:
            return False
        near = (*before, *prepared[start:end].split()[:2])
        return not before or any(
            word in _OWN and not (word == "my" and index + 1 < len(near) and (
                self.context.names_other(near[index + 1:index + 2])
                or self.context.names_other([near[index + 1].removesuffix("s")])))
            for index, word in enumerate(near))

    def _another_sign(self, prepared: str, weak: Sequence[Hit[LexiconEntry]]) -> bool:
        """Whether a message whose only risk words are weak ones shows risk another way:
        weak words in two places ("will's done ... saying my goodbyes"), or the risk
        model sure of it ("tonights the night. left notes for my flatmates"). When
        unsure, urgent: the model is sometimes too sure of an ordinary will or goodbye,
        and that costs a longer reply, not a missed risk."""
        spans = sorted((hit.start, hit.end, hit.label.id) for hit in weak)
        end, first = spans[0][1], spans[0][2]
        for start, stop, label in spans[1:]:
            if start >= end and label != first:
                # A second, separate weak sign of another kind: the same words said
                # twice ("writing a will ... writing a will is standard") are one sign.
                return True
            end = max(end, stop)
        model = self.model
        return model is not None and \
            model.score(prepared, self.known).risk >= model.sentence_threshold

    def _model_kind(self, scores: _Scores) -> CrisisKind | None:
        """The model's verdict on the whole message, then on each of its sentences.

        A long message can bury one risky sentence among questions about the service
        ("...I've booked a single night there. Can I get an urgent appointment?"), and
        the service words pull the whole message's score down. A sentence alone is
        short, and short texts score high easily, so it must reach the model's stricter
        ``sentence_threshold``.
        """
        model = scores.model
        if scores.whole.risk >= model.threshold:
            return scores.whole.kind
        if len(scores.sentences) < 2:
            return None
        return next((score.kind for score in scores.each
                     if score.risk >= model.sentence_threshold), None)

    def prepare(self, text: str) -> str:
        """The form the patterns and the model run on: each sentence prepared, joined."""
        return " ".join(self.sentences(text))

    def sentences(self, text: str, blank_idioms: bool = True) -> list[str]:
        """Each sentence of ``text`` normalised, mended, idioms blanked out (none empty)."""
        prepared = (self._prepare_one(s, blank_idioms) for s in split_sentences(text))
        return [s for s in prepared if s]

    def _prepare_one(self, text: str, blank_idioms: bool = True) -> str:
        known = self.known  # known words are never mended: no memo for them
        words = [word if word in known else self._mend(word)
                 for word in normalise(deobfuscate(text)).split()]
        mended = " ".join(self._join_split_words(words))
        return self._safe.sub(" ~ ", mended) if blank_idioms else mended

    def _join_split_words(self, words: list[str]) -> list[str]:
        """Join a risk word typed in two pieces ("sui cide", "over dose")."""
        known = self.known
        if all(word in known for word in words):
            return words  # the usual case: nothing to join
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words):
                first, second = words[i], words[i + 1]
                # Whole words stay themselves: "strangle my" and "my overdose" are two.
                if ((first not in known or second not in known)
                        and first not in self._fuzzy_set and second not in self._fuzzy_set
                        and first not in STOPWORDS and second not in STOPWORDS
                        and 6 <= len(first) + len(second) <= 14):
                    joined = self._mend(first + second)
                    # One slip at most in the joined word: "over diss" (a town) is two
                    # slips from "overdose", "over dose" none.
                    if joined in self._fuzzy_set and \
                            OSA.distance(joined, first + second) <= 1:
                        out.append(joined)
                        i += 2
                        continue
            out.append(words[i])
            i += 1
        return out

    def _mend_uncached(self, word: str) -> str:
        if word in self.known or not word.isalpha():
            return word
        squeezed = _TRAILING_DOUBLE.sub(r"\1", word)  # "diee" -> "die", "deadd" -> "dead"
        if squeezed != word and squeezed in self._lexicon_words:
            return squeezed
        if word.endswith("in") and word + "g" in self._lexicon_words:
            return word + "g"  # a dropped g: "endin", "thinkin", "cuttin"
        if len(word) < 5:
            return word
        limit = 1 if len(word) < 8 else 2
        best = extractOne(word, self._fuzzy_words, scorer=OSA.distance,
                          score_cutoff=limit)
        return best[0] if best is not None else word
