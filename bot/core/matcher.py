"""Map a message to the topics it is most likely about.

Two signals, both computed against every topic's ``questions``, ``keywords`` and
``title``, combined into one score from 0 to 100:

* **Word evidence** (BM25-style): each meaningful word of the message (stemmed, with
  misspellings mended to the nearest known word by rapidfuzz) counts for a topic in
  proportion to how specific the word is to that topic. Words the assistant has never
  seen count against every topic, which is what lets "what's the weather" fall back.
* **Phrase similarity**: rapidfuzz's ``token_sort_ratio`` between the message and the
  topic's closest question, which rewards a message phrased like a known question.

Everything that does not depend on the message (stems, weights, the question list) is
built once, in the constructor.
"""

from __future__ import annotations

import heapq
import itertools
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from sys import intern

import snowballstemmer
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from rapidfuzz.process import extract_iter, extractOne

from bot.core import limits
from bot.core.normalise import STOPWORDS, normalise
from bot.core.places import load_places
from bot.core.prepare import Terms
from bot.core.spans import bounds, pack

__all__ = ["OUT_OF_SCOPE", "SOMEONE_ELSE", "TERMS_OF_ADDRESS", "Document", "Match", "Matcher",
           "age_words", "is_outside", "marker_words", "outside_documents"]

OUT_OF_SCOPE = "_out_of_scope"
"""The prefix of the pseudo-topics for questions the assistant does not cover."""
OUTSIDE_GROUP = 40
"""Out-of-scope phrasings per pseudo-topic. Hundreds of them in one document would
outweigh every real topic on common words ("pay", "wait", "gp"); groups of about a
topic's size compete fairly."""


_AGE_BEFORE = frozenset({"am", "aged", "age", "turned", "turning", "is", "be", "now"})
"""Before an age said now ("i am 81", "she is 14"); not "was" ("when i was 15": the past)."""
_AGE_HEDGES = frozenset({"only", "just", "nearly", "almost", "barely"})
"""Between "is" and an age ("hes only 16")."""
_AGE_AFTER = frozenset({"year", "years", "yr", "yrs", "yo"})
_SUMS = frozenset({"times", "x", "plus", "minus", "divided", "multiplied", "squared",
                   "percent",
                   # ... or a measure ("how many kg is 11 stone", "is 5 miles far")
                   "stone", "st", "kg", "kilos", "kilo", "lbs", "lb", "pounds", "quid", "pence",
                   "miles", "mile", "km", "metres", "meters", "feet", "foot", "inches", "cm",
                   "mins", "minutes", "hours", "hrs", "days", "weeks", "months", "grams",
                   "mg", "ml", "litres", "pints", "degrees", "calories", "points"})
_DECADES = {"teens": "agechild", "sixties": "ageolder", "seventies": "ageolder",
            "eighties": "ageolder", "nineties": "ageolder"}


_REFERRING = frozenset({"refer", "referring", "refers", "sign", "signing", "register",
                        "registering", "book", "booking", "put"})
_OBJECTS = frozenset({"him", "her", "them"})
_RELATIONS = frozenset({
    "son", "daughter", "husband", "wife", "partner", "mum", "mother", "mom", "dad", "father",
    "brother", "sister", "friend", "mate", "boyfriend", "girlfriend", "child", "kid",
    "flatmate", "housemate", "nan", "gran", "grandma", "grandad", "grandson",
    "granddaughter", "niece", "nephew", "cousin", "aunt", "uncle", "fiance", "fiancee",
    "colleague", "stepson", "stepdaughter", "neighbour", "sibling", "parent", "parents"})
_LANGUAGES = frozenset({
    "polish", "urdu", "punjabi", "gujarati", "bengali", "bangla", "sylheti", "arabic",
    "romanian", "portuguese", "spanish", "french", "somali", "farsi", "persian", "kurdish",
    "pashto", "dari", "tigrinya", "amharic", "turkish", "chinese", "mandarin", "cantonese",
    "vietnamese", "tamil", "hindi", "lithuanian", "latvian", "russian", "ukrainian",
    "bulgarian", "italian", "albanian", "czech", "slovak", "hungarian", "greek", "welsh",
    "yoruba", "igbo", "twi", "shona", "swahili", "nepali", "malayalam", "telugu", "sinhala",
    "thai", "tagalog", "korean", "japanese", "german", "dutch", "hebrew", "yiddish",
    "mirpuri", "pahari", "hausa", "lingala", "oromo", "malay", "marathi", "kannada"})
"""Languages other than English: any of them says "in my own language"."""
OTHER_LANGUAGE = "otherlanguage"
"""The marker word for a message naming a language ("someone who speaks gujarati"), so a
language the phrasings never named still points to the answers about language."""
HOW_MANY_TIMES = "howmanytimes"
"""The marker word for a message asking how many times or sessions ("how many time i go?
5? 10?"), whose "how many" the stopwords would otherwise lose."""
_COUNTED = frozenset({"time", "times", "session", "sessions", "appointment", "appointments",
                      "appt", "appts", "week", "weeks", "goes", "visits", "meetings"})
NOT_TREATED = "nottreated"
"""The marker word for a message asking what is not treated or helped ("what kinds of
things do they not help with", "which problems arent covered"), whose "not" the
stopwords would otherwise lose, leaving a question about what is treated."""
_ASKING_WHICH = frozenset({"what", "which", "whats", "wat", "wot", "anything", "things"})
_TREATING = frozenset({"help", "helping", "treat", "treated", "treating", "cover", "covered",
                       "covering", "see", "seen", "accept", "accepted", "take", "taken",
                       "deal", "dealt", "offer", "offered", "work", "suitable", "eligible",
                       "included", "handle", "handled", "support", "supported"})
SOMEONE_ELSE = "someoneelse"
"""The marker word for a message about referring someone else ("can i refer him",
"refer my son")."""


def marker_words(words: Sequence[str]) -> list[str]:
    """Words a message implies but may not say: its age bands (:func:`age_words`),
    :data:`OTHER_LANGUAGE` when it names a language, :data:`HOW_MANY_TIMES` when it asks
    how many times or sessions, :data:`NOT_TREATED` when it asks what is not treated,
    and :data:`SOMEONE_ELSE` when it
    asks about referring another person, whose "him" or "my son" the stopwords and the
    topic's phrasings would otherwise lose."""
    found = age_words(words)
    if any(word in _LANGUAGES for word in words):
        found.append(OTHER_LANGUAGE)
    if any(words[i] == "how" and words[i + 1] == "many" and words[i + 2] in _COUNTED
           for i in range(len(words) - 2)):
        found.append(HOW_MANY_TIMES)
    for i, word in enumerate(words):
        if word not in ("not", "cannot"):
            continue
        before = words[max(0, i - 7):i]
        if any(w in _ASKING_WHICH for w in before) and "if" not in before and \
                any(w in _TREATING for w in words[i + 1:i + 4]):
            # (not "what if cbt doesnt help": what happens then)
            found.append(NOT_TREATED)
            break
    for i, word in enumerate(words[:-1]):
        if word in _REFERRING:
            after = words[i + 1]
            if after in _OBJECTS or (after in ("my", "our") and i + 2 < len(words)
                                     and words[i + 2] in _RELATIONS):
                found.append(SOMEONE_ELSE)
                break
    return found


def age_words(words: Sequence[str]) -> list[str]:
    """Age bands for ages said in words ("im 81", "my nan is 84", "in my seventies"):
    ``ageolder`` (60 and over) and ``agechild`` (under 18), so an age the phrasings
    never gave still points to the answers about age."""
    found = []
    for i, word in enumerate(words):
        if word in _DECADES:
            found.append(_DECADES[word])
        elif _said_as_age(words, i):
            age = int(word)
            if 60 <= age < 120:
                found.append("ageolder")
            elif 10 <= age < 18:
                found.append("agechild")
    return found


def said_ages(words: Sequence[str]) -> list[int]:
    """The numbers a message says as someone's age now ("i am 15", "my cousin is 16", "a
    14 year old", "17 next month"); not one that is something else ("for 15 years",
    "when i was 15", "6 years in london", "17 times 24")."""
    return [int(word) for i, word in enumerate(words) if _said_as_age(words, i)]


def _said_as_age(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is an age: after "am", "is", "aged"; before "year(s) old" or
    "yo"; "too old at 81"; "17 next month"."""
    word = words[i]
    if not word.isdigit() or len(word) > 3 or (i + 1 < len(words) and words[i + 1] in _SUMS):
        return False  # "what is 17 times 24": a sum, not an age
    return (i > 0 and words[i - 1] in _AGE_BEFORE) \
        or (i > 1 and words[i - 1] in _AGE_HEDGES and words[i - 2] in _AGE_BEFORE) \
        or (i + 1 < len(words) and words[i + 1] in _AGE_AFTER and (
            words[i + 1] == "yo" or tuple(words[i + 2:i + 3]) in (("old",), ("olds",)))) \
        or (i > 1 and words[i - 1] == "at" and words[i - 2] in ("old", "young")) \
        or tuple(words[i + 1:i + 3]) in (("next", "month"), ("next", "week"),
                                         ("next", "year"), ("next", "birthday"))


_ASIDES = frozenset({("quick", "q"), ("quick", "question"), ("quick", "qn"),
                     ("random", "question"), ("silly", "question"), ("stupid", "question"),
                     ("daft", "question"), ("dumb", "question"), ("another", "question")})
"""Words that announce a question and say nothing of it ("quick q is it free": "quick" is a
word of waiting, and had pulled "is it free" to the waiting times)."""


_LABEL_WORDS = frozenset({"my", "the", "one", "a", "only", "main", "real", "actual", "big",
                          "first", "other", "last", "proper", "genuine", "simple", "just"})
"""Words that may stand before "question is" in a label ("my only question is whether")."""
_LABEL_VERBS = (("is",), ("was",), ("i", "have", "is"), ("id", "ask", "is"),
                ("i", "had", "is"))
"""What follows "question" in a label ("the question i have is")."""


def _without_asides(words: Sequence[str]) -> list[str]:
    """``words`` less the pairs in :data:`_ASIDES`, and less a question's label said in
    words ("my only question is whether my gp would be told": "my only question is" had
    read as "what is iapt")."""
    if "question" not in words and "q" not in words and "qn" not in words \
            and "query" not in words and "whether" not in words:
        return list(words)
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "tell" and tuple(words[i + 1:i + 3]) in (("me", "whether"),
                                                               ("us", "whether")):
            i += 3  # "could you tell me whether my gp would be told": asking, no topic
            continue
        if tuple(words[i:i + 2]) in _ASIDES:
            i += 2
            continue
        if words[i] in ("question", "query"):
            verb = next((v for v in _LABEL_VERBS
                         if tuple(words[i + 1:i + 1 + len(v)]) == v), None)
            if verb is not None and i + 1 + len(verb) < len(words):
                while out and out[-1] in _LABEL_WORDS:
                    out.pop()
                i += 1 + len(verb)
                continue
        out.append(words[i])
        i += 1
    return out


def outside_documents(phrasings: Sequence[str]) -> list[Document]:
    """The out-of-scope phrasings as several pseudo-topics (``_out_of_scope:0``, ...)."""
    return [Document(id=f"{OUT_OF_SCOPE}:{n}", questions=tuple(phrasings[i:i + OUTSIDE_GROUP]))
            for n, i in enumerate(range(0, len(phrasings), OUTSIDE_GROUP))]


def is_outside(document_id: str) -> bool:
    """Whether a document id is one of the out-of-scope pseudo-topics."""
    return document_id.startswith(OUT_OF_SCOPE)


_K1 = 1.2
_KEYWORD_WEIGHT = 3.0
_TITLE_WEIGHT = 2.0
_ANSWER_WEIGHT = 0.3
_BIGRAM_BONUS = 0.5
_CANDIDATES = 5
"""How many topics (by word evidence) are compared phrase by phrase."""
_UNKNOWN_WEIGHT = 0.6
"""How much a word no topic uses counts against every topic, relative to a rare word."""
_WORD_SHARE = 0.6
"""How much of the final score comes from word evidence (the rest: phrase similarity)."""
_OWN_WORD = 0.6
"""A word's weight for a document, as a share of its idf, from which the document's own
phrasings use it (its answer's text alone weighs 0.44: see the saturation in
:class:`Matcher`)."""


@dataclass(frozen=True, slots=True)
class Document:
    """What the matcher indexes for one thing a message can be matched to."""

    id: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    title: str = ""
    text: str = ""
    """The answer's own words: weak evidence (people ask about what it says)."""
    secondary: tuple[str, ...] = ()
    """Phrasings that count for less (see ``Matcher``'s ``secondary_weight``)."""



def _meaningful(words: Sequence[str]) -> list[str]:
    """The words that carry meaning: not stopwords, nor the "well" of "as well" ("is
    there counselling as well" asks nothing of wellbeing or staying well)."""
    return [w for i, w in enumerate(words) if w not in STOPWORDS
            and not (w == "well" and i > 0 and words[i - 1] == "as")]

@dataclass(frozen=True, slots=True)
class Match:
    """A topic and how well the message fits it (0 to 100)."""

    topic: str
    score: float


_stemmer = snowballstemmer.stemmer("english")
if hasattr(_stemmer, "maxCacheSize"):
    # PyStemmer (the C stemmer, when installed) keeps its own cache of 10,000 words;
    # :func:`stem` already caches the words that recur, so a second cache only holds
    # the typos of past messages (about 1.7 MB after 10,000 replies).
    _stemmer.maxCacheSize = 0


_MEND_MEMO = 1024
"""Unknown words mended, remembered: typos seldom repeat, and known words skip the memo
(at 4,096 entries of every word, the memos held about 2 MB after 10,000 replies)."""


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """The Snowball English stem of one lower-case word."""
    return str(_stemmer.stemWord(word))


class Matcher:
    """A prepared index over the topics; ``rank`` is pure and safe to share."""

    def __init__(self, topics: Sequence[Document], out_of_scope: Sequence[str] = (),
                 domain_words: Sequence[str] = (), secondary_weight: float = 0.5,
                 secondary_similarity: float = 0.9) -> None:
        # Things people ask that the assistant does not cover, indexed like topics so
        # an unrelated question has somewhere better to go than a wrong answer.
        topics = [*topics, *outside_documents(out_of_scope)]
        self._ids = tuple(topic.id for topic in topics)
        counts: dict[str, dict[str, float]] = {topic.id: defaultdict(float) for topic in topics}
        vocabulary: set[str] = set()
        questions: list[tuple[str, str]] = []
        secondary: list[tuple[str, str]] = []
        full: list[tuple[str, str]] = []
        for topic in topics:
            for question in topic.questions:
                words = self._content_words(normalise(question), vocabulary)
                for feature in set(_features([stem(w) for w in words])):
                    counts[topic.id][feature] += 1.0
                # Tokens pre-sorted: plain ratio on these equals token_sort_ratio,
                # without re-sorting every question for every message.
                questions.append((" ".join(sorted(words)), topic.id))
                full.append((normalise(question), topic.id))
            for question in topic.secondary:
                words = self._content_words(normalise(question), vocabulary)
                for feature in set(_features([stem(w) for w in words])):
                    counts[topic.id][feature] += secondary_weight
                secondary.append((" ".join(sorted(words)), topic.id))
            for keyword in topic.keywords:
                words = self._content_words(normalise(keyword), vocabulary)
                for feature in set(_features([stem(w) for w in words])):
                    counts[topic.id][feature] += _KEYWORD_WEIGHT
            # The answer's own words are weak evidence: people ask about what it says.
            answer_words = [w for w in normalise(topic.text).split() if w not in STOPWORDS]
            for feature in {stem(w) for w in answer_words}:
                counts[topic.id][feature] += _ANSWER_WEIGHT
            title_words = (self._content_words(normalise(topic.title), vocabulary)
                           if topic.title else [])
            for feature in set(_features([stem(w) for w in title_words])):
                counts[topic.id][feature] += _TITLE_WEIGHT
        n = len(topics)
        frequency = Counter(f for counter in counts.values() for f in counter)
        # Features and ids interned: the two indexes and the answer model share one copy
        # of each string, which a kept build (one pickle of all three) keeps shared.
        self._idf = {intern(f): math.log(1 + (n - df + 0.5) / (df + 0.5))
                     for f, df in frequency.items()}
        self._unknown_idf = math.log(1 + (n - 0.5) / 1.5)
        # weights[feature] -> [(topic, weight)], so scoring touches only relevant topics
        weights: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for topic_id, counter in counts.items():
            topic_id = intern(topic_id)
            for feature, count in counter.items():
                saturation = count * (_K1 + 1) / (count + _K1)
                weights[intern(feature)].append((topic_id, self._idf[feature] * saturation))
        # Postings kept flat (see bot.core.spans): one tuple of (interned) topic ids and
        # one array of weights, every feature's run side by side.
        span: dict[str, int] = {}
        topics_at: list[str] = []
        weights_at = array("d")
        for feature, postings in weights.items():
            span[feature] = pack(len(topics_at), len(postings))
            topics_at.extend(topic_id for topic_id, _ in postings)
            weights_at.extend(weight for _, weight in postings)
        self._span = span
        self._topics_at = tuple(topics_at)
        self._weights_at = weights_at
        self._full_questions = tuple(q for q, _ in full)
        self._full_topic = tuple(t for _, t in full)
        self.domain_stems = frozenset(stem(normalise(w)) for w in domain_words
                                      if " " not in normalise(w))
        self.domain_phrases = tuple(f" {normalise(w)} " for w in domain_words
                                    if " " in normalise(w))
        by_topic: dict[str, list[str]] = defaultdict(list)
        for question, topic_id in questions:
            by_topic[topic_id].append(question)
        self._questions_by_topic = {t: tuple(qs) for t, qs in by_topic.items()}
        by_topic = defaultdict(list)
        for question, topic_id in secondary:
            by_topic[topic_id].append(question)
        self._secondary_by_topic = {t: tuple(qs) for t, qs in by_topic.items()}
        self._secondary_similarity = secondary_similarity
        self.vocabulary: frozenset[str] = frozenset(intern(w) for w in vocabulary)
        by_initial: dict[str, list[str]] = defaultdict(list)
        for word in sorted(vocabulary):
            if word.isalpha() and len(word) >= 4:
                by_initial[word[0]].append(word)
        self._by_initial = {initial: tuple(words) for initial, words in by_initial.items()}
        self._mend = lru_cache(maxsize=_MEND_MEMO)(self._mend_uncached)
        self._real_words: Container[str] = frozenset()

    def know_real_words(self, words: Container[str]) -> None:
        """Words people really write (the crisis model's vocabulary: words of at least six
        of its training texts), which are not mended into the bank's own words unless
        they are one with a letter dropped ("sesions"): "promotion" had been read as
        "probation", "sanctioned" as "sectioned", "hopeless" as "homeless", "spoke" as
        "smoke"."""
        self._real_words = words
        self._mend.cache_clear()

    def __getstate__(self) -> dict[str, object]:
        """Everything but the memo of mended words (kept by a build cache)."""
        state = dict(self.__dict__)
        del state["_mend"], state["_real_words"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._mend = lru_cache(maxsize=_MEND_MEMO)(self._mend_uncached)
        self._real_words = frozenset()

    @staticmethod
    def _content_words(text: str, vocabulary: set[str]) -> list[str]:
        every = load_places().read(text.split())
        words = _meaningful(every) + marker_words(every)
        vocabulary.update(words)
        return words

    def _mend_uncached(self, word: str) -> str:
        """The known word one typo away from an unknown one (two for long words).

        Candidates must share the first letter: real typos rarely change it, and
        without that rule "capital" would become "hospital".
        """
        if word in self.vocabulary or len(word) < 4 or not word.isalpha() or \
                word in _NOT_TYPOS:
            return word
        if word.endswith("in") and (word + "g" in self.vocabulary or word + "g" in STOPWORDS):
            return word + "g"  # a dropped g: "anythin", "waitin", "referrin"
        if word.endswith("s") and word[:-1] in self.vocabulary and \
                not any(c in "aeiouy" for c in word[:-1]):
            # an initialism's lost apostrophe ("is that what cbt's for" had been mended to
            # "cut"); not a word's ("sats" is Saturdays, not "sat")
            return word[:-1]
        limit = 1 if len(word) < 8 else 2
        best = extractOne(word, self._by_initial.get(word[0], ()), scorer=OSA.distance,
                          score_cutoff=limit)
        if best is None or (word in self._real_words and not _dropped_letter(word, best[0])):
            return word
        return str(best[0])

    def terms(self, words: Sequence[str]) -> Terms:
        """Read normalised words as the matcher does: meaningful words, mended, stemmed."""
        every = tuple(words[:limits.MATCH_WORDS * 2])
        # "the wait in newcastle": a town says where, not what is asked (bot/core/places.py)
        placed = _without_asides(load_places().read(every))
        content = _meaningful(placed) + marker_words(placed)
        vocabulary = self.vocabulary  # known words need no mending, nor a place in the memo
        mended = tuple(m for m in (w if w in vocabulary else self._mend(w)
                                   for w in content[:limits.MATCH_WORDS])
                       if m in vocabulary or m not in STOPWORDS)  # "anythin" is a stopword
        return Terms(words=mended, stems=tuple(stem(w) for w in mended), every=every,
                     truncated=len(content) > limits.MATCH_WORDS
                     or len(words) > len(every))

    def rank(self, terms: Terms, limit: int = 3,
             among: frozenset[str] | None = None) -> list[Match]:
        """The ``limit`` best documents for ``terms``, best first (possibly fewer).

        ``among`` limits the ranking to those document ids.
        """
        words, stems = terms.words, terms.stems
        if not words:
            # Only stopwords ("who is it for"): phrase similarity is all there is.
            return self._rank_whole(" ".join(terms.every), limit) if terms.every else []
        evidence: dict[str, float] = defaultdict(float)
        possible = 0.0
        for feature in stems:
            idf = self._idf.get(feature)
            if idf is None:
                idf = self._unknown_idf * _UNKNOWN_WEIGHT
            possible += idf * (_K1 + 1)
            for topic_id, weight in self._postings(feature):
                evidence[topic_id] += weight
        for feature in _bigrams(list(stems)):
            for topic_id, weight in self._postings(feature):
                evidence[topic_id] += _BIGRAM_BONUS * weight
        if among is not None:
            evidence = defaultdict(float, {k: v for k, v in evidence.items() if k in among})
        if not evidence:
            return []
        phrase = " ".join(sorted(words))
        similarity: dict[str, float] = defaultdict(float)
        # Phrase similarity only for the documents the words already point to: one
        # without word evidence cannot win on phrasing alone, and this keeps the work
        # per message small however many questions faq.yaml has. Past the candidates,
        # a document's score grows with its evidence alone, so only the next few by
        # evidence can still rank: the rest are never scored.
        leading = heapq.nlargest(max(limit, _CANDIDATES), evidence.items(),
                                 key=lambda item: item[1])
        for topic_id, _ in leading[:_CANDIDATES]:
            found = extractOne(phrase, self._questions_by_topic.get(topic_id, ()),
                               scorer=fuzz.ratio, score_cutoff=40)
            if found is not None:
                similarity[topic_id] = found[1]
            found = extractOne(phrase, self._secondary_by_topic.get(topic_id, ()),
                               scorer=fuzz.ratio, score_cutoff=40)
            if found is not None:
                similarity[topic_id] = max(similarity[topic_id],
                                           found[1] * self._secondary_similarity)
        scores = {
            topic_id: 100 * _WORD_SHARE * min(1.0, value / possible)
            + (1 - _WORD_SHARE) * similarity[topic_id]
            for topic_id, value in leading
        }
        best = heapq.nlargest(limit, scores.items(), key=lambda item: item[1])
        return [Match(topic_id, round(score, 1)) for topic_id, score in best]

    def in_domain(self, terms: Terms) -> bool:
        """Whether the words belong to this service's domain ("anxiety", "cbt")."""
        if any(s in self.domain_stems for s in terms.stems):
            return True
        spaced = f" {' '.join(terms.every)} "
        return any(phrase in spaced for phrase in self.domain_phrases)

    def evidence(self, terms: Terms) -> float:
        """How much the message's words say, as the sum of their idf here (unknown
        words count as unknown): "help" alone, a word in half the topics, says little."""
        return sum(self._idf.get(s, self._unknown_idf * _UNKNOWN_WEIGHT)
                   for s in set(terms.stems))

    def owns(self, terms: Terms, document_id: str) -> bool:
        """Whether every word of the message (two or more) is one of ``document_id``'s
        own, from its phrasings, keywords or title, not only its answer's text. Then an
        out-of-scope reading close behind it is only sharing its words ("how long is the
        wait right now"), not naming something else ("the wait at a&e in leicester":
        "leicester" is no answer's own; one word, "are you nhs", tells nothing apart)."""
        if len(terms.stems) < 2:
            return False
        for feature in terms.stems:
            floor = _OWN_WORD * self._idf.get(feature, 0.0)
            if not any(t == document_id and w >= floor for t, w in self._postings(feature)):
                return False
        return True

    def _postings(self, feature: str) -> Iterable[tuple[str, float]]:
        """Each document that has ``feature``, with its weight there."""
        code = self._span.get(feature)
        if code is None:
            return ()
        start, end = bounds(code)
        return zip(self._topics_at[start:end], self._weights_at[start:end], strict=True)

    def _rank_whole(self, phrase: str, limit: int) -> list[Match]:
        best: dict[str, float] = defaultdict(float)
        for _, score, index in extract_iter(phrase, self._full_questions, scorer=fuzz.ratio,
                                            score_cutoff=60):
            topic_id = self._full_topic[index]
            best[topic_id] = max(best[topic_id], score)
        scored = (Match(topic_id, round(score * 0.9, 1)) for topic_id, score in best.items())
        return heapq.nlargest(limit, scored, key=lambda m: m.score)


TERMS_OF_ADDRESS = frozenset({
    "love", "lovey", "mate", "matey", "pet", "hun", "hunny", "honey", "duck", "chuck", "babe",
    "darling", "dear", "sweetheart", "sweetie", "bro", "bruv", "mucker", "sir", "madam", "bor",
    "bab", "babs", "kidda", "marra", "hinny", "bud", "buddy", "la", "lover",
    "maam", "auntie", "aunty", "pal", "hon", "fam", "drive", "driver", "boss", "chief",
    "fella", "mush", "hen", "gov", "guv", "bhai", "akhi", "habibi", "amigo", "sister", "sis",
    "brother", "dude", "sista", "bredren", "cariad", "canim", "bach", "ansum", "bird", "maid",
    "didi", "dai", "bhaiya", "butt", "darlin", "babes"})
"""What people call each other ("thanks for your help love"): never a typo of a known word
("love" one letter from "live" had read as "i live in wales"), and courtesy in small talk."""
_NOT_TYPOS = TERMS_OF_ADDRESS


def _dropped_letter(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` with one letter left out ("sesions", "actualy")."""
    return len(known) == len(word) + 1 and any(
        known[:i] + known[i + 1:] == word for i in range(len(known)))


def _bigrams(stems: list[str]) -> list[str]:
    return [f"{a} {b}" for a, b in itertools.pairwise(stems)]


def _features(stems: list[str]) -> list[str]:
    return stems + _bigrams(stems)
