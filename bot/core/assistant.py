"""The assistant: text in, :class:`~bot.core.reply.Reply` out.

One object holds the validated content, the compiled crisis detector and the matcher
indexes, all built once at load. The terminal chat, ``ask --jsonl`` and the Telegram
bot all call :meth:`Assistant.reply`, so they always answer alike.

A message is read once (:meth:`Assistant.prepare`), checked for risk first, then
matched in two steps: which topic it is about (every phrasing under the topic counts),
then which of that topic's answers fits: a specific answer when the message asks what
one of them answers, otherwise the topic's overview.
"""

from __future__ import annotations

import dataclasses
import heapq
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.process import extractOne

from bot.core.buildcache import BuildCache
from bot.core.classifier import AnswerModel, Reading
from bot.core.content import Answer, Content, SmallTalk, Topic, load_content
from bot.core.crisis.detector import CrisisDetector, Detection
from bot.core.crisis.lexicon import Lexicon, load_lexicon
from bot.core.crisis.riskmodel import RiskModel
from bot.core.matcher import (
    TERMS_OF_ADDRESS,
    Document,
    Match,
    Matcher,
    is_outside,
    outside_documents,
    said_ages,
    stem,
)
from bot.core.normalise import STOPWORDS, building, normalise, spoken_marks
from bot.core.prepare import (
    QUESTION_LABEL,
    QUESTION_WORDS,
    Prepared,
    Terms,
    asks_more_than_risk,
    asks_question,
    question_sentences,
    split_sentences,
)
from bot.core.reply import Action, Button, CrisisKind, CrisisLevel, Reply, ReplyKind, Row
from bot.core.rightforme.check import OptionKind, Step

__all__ = ["Assistant", "Thresholds"]

_FOR_16_AND_17 = "age_16_17"
"""The answer written for 16 and 17 year olds."""
_UNDER_16 = "under_18"
"""The topic whose overview is a younger child's answer (children's services)."""
_FOR_A_CHILD = "help_for_my_child"
"""The answer for a parent asking about their child."""
_FOR_OLDER = "no_upper_age_limit"
"""The answer on age for older people, which a young age said turns into the young
person's ("im 15 ... is there anything for people my age", "hes only 16 is there anything
for his age")."""
_OLDER_AGE = 65
"""An age at which "who is it for" asks whether one is too old."""
_ASKED_AT_AN_AGE = frozenset({_FOR_A_CHILD, "self_referral", "gp_or_self_refer"})
"""Answers that a writer's own age under 18 answers more closely: for a parent's child,
or how to refer ("can i self refer for anxiety? ... im 17": the answer for 16 and 17 year
olds says whether they can)."""
_OLD_AGE_SAID = re.compile(
    r"\d\d|\b(?:old|older|oldest|ages?d?|elderly|pension\w*|retire\w*|oaps?|"
    r"(?:six|seven|eight|nine)t(?:y|ies)\w*|young\w*|nan+a?|gran\w*|grand(?:ad|dad|pa|ma)\w*|"
    r"grand(?:father|mother|parent)s?|seniors?|later life|birthday|bus pass|getting on|"
    r"past it|vintage)\b")
"""Words that speak of age, without which a question is not asking whether one is too
old for the service ("is it too late for therapy")."""
_WHO_FOR = "eligibility"
"""The overview of who the service is for, which a child's age answers more closely."""
_YOUNG_PRIVACY = "young_person_confidentiality"
"""Whether parents or school will be told, for someone under 18."""
_AT_WORK = frozenset({"work", "job", "boss", "employer", "manager", "workplace", "hr",
                      "shift", "shifts", "apprenticeship", "supervisor", "gaffer"})
"""Words that make "will they find out" about work, whatever the writer's age."""
_WHO_IS_TOLD = {"employer_find_out": _AT_WORK, "family_told": _AT_WORK,
                "confidentiality": _AT_WORK - {"work", "shift", "shifts"}}
"""Answers on who is told that a young writer's own age answers more closely (a 15 year
old's "can i get help without her finding out" is about a parent, not an employer), each
with the words that keep it about the writer's job. For the general answer on
confidentiality, "work" alone may be a parent's ("my stepdad hits me when mum is at
work. im 15. if i tell a therapist will they tell anyone")."""
_KEPT_FROM = re.compile(r"\b(?:knowing|find(?:ing)? out|(?:be|get|gets|getting) told|"
                        r"(?:they|you|u|will|would|do|does) (?:tell|inform|contact|ring))\b")
_PARENTS = frozenset({"mum", "mom", "mam", "mummy", "dad", "daddy", "parent", "parents",
                      "family", "stepdad", "stepmum", "nan", "carer", "carers", "guardian"})
"""A parent and a word of their knowing: "im 16 can i use this without my mum knowing"
asks whether a parent is told, not only whether a 16 year old may use the service."""
_NOT_RIGHT = "not_right_for_me"
"""The overview of where else to go, which a child's age answers more closely too ("im
13. is this the right place": children's services are)."""
_NOT_AGES = frozenset({"year", "yr", "grade", "form", "step", "level", "band", "week",
                       "weeks", "day", "days", "month", "months", "session", "sessions",
                       "question", "q", "number", "no", "page", "phq", "gad", "after",
                       "at", "since", "till", "until", "by"})
"""Words before a number that make it something other than an age ("year 12", "step 2")."""


_TEEN_AGES = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
              "sixteen": 16, "seventeen": 17}
"""Young ages as people spell them ("im sixteen"), where the age changes the answer."""


def _as_age(word: str) -> int | None:
    """``word`` as an age: one or two digits, or a young age spelt out."""
    if word.isdigit() and len(word) <= 2:
        return int(word)
    return _TEEN_AGES.get(word)


def _without_filler(words: list[str]) -> list[str]:
    """``words`` without :data:`_FILLER` words and a pressing tail ("or what"), or
    ``words`` itself when that would leave nothing."""
    if len(words) >= 4 and tuple(words[-2:]) in _FILLER_TAILS:
        words = words[:-2]
    plain = [w for w in words if w not in _FILLER]
    return plain or words


def _own_work(words: Sequence[str], at_work: frozenset[str]) -> bool:
    """Whether ``words`` name work that is not a parent's ("my step dad hits me when mums
    at work": the mother's work, not the writer's)."""
    return any(w in at_work and not any(
        b in _PARENTS or (b.endswith("s") and b[:-1] in _PARENTS)
        for b in words[max(0, i - 3):i]) for i, w in enumerate(words))


def _age_given(words: Sequence[str]) -> int | None:
    """The age a message gives ("im 13", "my 14 year old"), the oldest if it gives
    several (a 16 year old's message naming a younger sibling is still about 16);
    ``None`` if it gives none."""
    ages = [age for i, w in enumerate(words) if (age := _as_age(w)) is not None
            and not (i > 0 and words[i - 1] in _NOT_AGES)]
    return max(ages) if ages else None


def _age_stated(words: Sequence[str]) -> int | None:
    """The oldest age the message says is someone's now (see :func:`said_ages`)."""
    return max(said_ages(words), default=None)


def _own_age(words: Sequence[str]) -> int | None:
    """The writer's own age, said as "i am 16" ("im 16" once normalised)."""
    return next((age for i, w in enumerate(words) if (age := _as_age(w)) is not None
                 and i >= 2 and words[i - 2] == "i" and words[i - 1] == "am"), None)


_TELLING = {CrisisKind.SELF: "talking_about_suicidal_thoughts",
            CrisisKind.HARM_TO_OTHERS: "hurting_someone_disclosure"}
"""What happens if I tell them, for each kind of risk that has its own answer."""
_FOR_ONLOOKERS = {CrisisKind.OTHER_PERSON: frozenset({"someone_self_harms"}),
                  CrisisKind.ABUSE: frozenset({"domestic_abuse"})}
"""Answers written for the kind of risk a message shows, read from the whole message as
written when it asks: the other-person reply says how to get help now; "someone I know
self-harms" adds what to say and whom to tell at school or work. The abuse reply gives
the helpline; "help if I'm being abused" says how therapy fits (the words left beside
the abuse had read as changing therapist)."""
_CAN_THEY_HELP = re.compile(
    r"\b(?:can|could|do|does|would|will|is|are|cud|cn)\b(?: \S+){0,5}? (?:help|helps|deal|"
    r"deals|treat|treats|cover|sort|do anything|do something|do owt|do summat|a thing|"
    r"something|anything|owt|right)(?: \S+){0,3}? (?:this|that|it|like me|like this|like that|"
    r"someone like (?:me|him|her|them)|people like (?:me|him|her|them)|ppl like me|for me)\b"
    r"|\b(?:would|will|do|does|can|could) (?:you|they|you lot|yous|talking therapies|"
    r"therapy|iapt)(?: \S+){0,2}? (?:(?:see|take) (?:me|him|her|them)\b(?! off)|take (?:that|this|"
    r"it) on\b)"
    # "do you lot even see men for this", "do you do therapy for blokes in my situation"
    r"|\b(?:do|does|would|will|can|could) (?:you|they|you lot|yous|talking therapies|therapy|iapt)"
    r"(?: \S+){0,3}? (?:see|help|treat|take|for) (?:men|blokes|lads|guys|women|people)"
    r"(?: (?:like me|like him|like her|for this|for that|in my situation|in (?:his|her|that)"
    r" situation))?\b"
    r"|\b(?:is|are) (?:that|this|it)(?: \S+){0,5}? (?:you|they|you lot|therapy|therapists?|"
    r"talking therapies) (?:deal with|treat|help with|cover|see|do)\b"
    # "is there anything your service can offer a gentleman of 84"
    r"|\b(?:is there|have you got|have you|do you have|do you|can you|could you)"
    r" (?:anything|something|owt|summat)(?: \S+){0,4}? (?:offer|provide|do for)\b"
    r"|\b(?:would|will|does|do|is|could|can|wud) (?:that|this|it|all that|any of that|"
    r"any of this|stuff like that|summat like that)(?: \S+){0,2}? (?:count|counts|qualify|"
    r"qualifies)\b")
"""A question whether the service can help with what the message told ("is that the
sort of thing you deal with", "would you lot see me", "can therapy help with this",
"would that count for therapy")."""
_HELP_WITH_IT = {CrisisKind.SELF: _WHO_FOR, CrisisKind.OTHER_PERSON: _WHO_FOR,
                 CrisisKind.HARM_TO_OTHERS: "hurting_someone_disclosure",
                 CrisisKind.ABUSE: "domestic_abuse"}
"""For each kind of risk, the answer to "can you help with this" asked beside it. For
someone else's risk ("my mom took an overdose this morning ... when shes out does
talking therapies deal with that"), too, who the service is for: not for a recent
attempt, and where to go instead."""
_ITS_OWN_WORDS = {
    "health_anxiety": re.compile(
        r"\b(?:health|ill|illness|illnesses|sick|symptoms?|disease|cancer|tumou?r|lump|heart|"
        r"chest|pains?|doctor|doctors|gp|google|googling|tests?|scans?|hospital|hypochondri\w*|"
        r"body|dying of|serious illness)\b"),
    "grief_bereavement": re.compile(
        r"\b(?:died|dies|passed|passing|lost|loss|losing|funeral|grief|grieving|bereave\w*|"
        r"widow\w*|late|miscarriage|stillbirth|anniversary)\b"),
    "eating_disorders": re.compile(
        r"\b(?:eat|eats|eating|ate|food|meals?|anorexi\w*|bulimi\w*|binge\w*|purg\w*|weight|"
        r"starv\w*|calories|skinny|fat|throw\w* up|vomit\w*|arfid|diet\w*)\b"),
    "anger": re.compile(
        r"\b(?:anger|angry|temper|rage|raging|fuming|furious|lose it|lost it|losing it|see red|"
        r"saw red|snap\w*|shout\w*|scream\w*|violent|punch\w*|smash\w*|hit|hitting|fight\w*|"
        r"aggress\w*|irritab\w*|wound up|kick\w* off)\b"),
    "social_anxiety": re.compile(
        r"\b(?:social\w*|crowds?|shy|judg\w*|embarrass\w*|blush\w*|parties|party|strangers|"
        r"presentations?|public|people)\b"),
    "sleep_problems": re.compile(
        r"\b(?:sleep\w*|slept|insomnia|awake|nightmares?|bedtime|tired|exhausted|nod off)\b"),
    "ocd": re.compile(
        r"\b(?:ocd|obsess\w*|compuls\w*|intrusive|check\w*|clean\w*|wash\w*|germs?|"
        r"contaminat\w*|rituals?|counting|doubts?|(?:thoughts?|images?|urges?|flashes) (?:of|about)"
        r"|i d never|id never|i would never|would never)\b"),
    "phobias": re.compile(
        r"\b(?:phobi\w*|scared of|afraid of|fear of|terrified of|frightened of|spiders?|"
        r"heights|flying|needles?|dogs?|vomit\w*|lifts?|driving)\b"),
    # ("took a load of my mums tablets ... will they still see me for therapy after": the
    # "after" of an overdose had read as therapy after trauma)
    "ptsd_trauma": re.compile(
        r"\b(?:ptsd|trauma\w*|flashbacks?|nightmares?|assault\w*|attack\w*|crash\w*|"
        r"accident\w*|combat|served|army|military|forces|war|veterans?|raped?|abuse\w*|"
        r"hypervigilan\w*|triggered|shooting|stabbing|fire|disaster|witness\w*)\b"),
    "panic_attacks": re.compile(
        r"\b(?:panic\w*|attacks?|heart|racing|breath\w*|dizzy|chest|hyperventilat\w*|"
        r"shaking|sweating)\b"),
    # ... and therapies by name ("is there anything you can offer him" had read as the
    # answer on dynamic interpersonal therapy, from "offer")
    "dynamic_interpersonal_therapy": re.compile(r"\b(?:dit|dynamic|psychodynamic)\b"),
    "interpersonal_therapy": re.compile(r"\b(?:ipt|interpersonal)\b"),
    "emdr": re.compile(r"\b(?:emdr|eye movements?)\b"),
    "mindfulness_mbct": re.compile(r"\b(?:mindful\w*|mbct|meditat\w*)\b"),
    # ("is it ok to tell my therapist ive been cutting again, will they stop seeing me"
    # had read as the answer on drink and drugs)
    "drugs_alcohol": re.compile(
        r"\b(?:drink\w*|drunk|alcohol\w*|booze|boozing|pints?|wine|vodka|voddy|beer|cider|"
        r"spirits|drugs?|weed|cannabis|coke|cocaine|ket|ketamine|spliffs?|smok\w*|high|"
        r"using|users?|addict\w*|sober|sobriety|rehab|hungover|hangovers?|gambl\w*)\b")}
"""Answers that risk words beside a question are read as ("thinking about dying" as health
anxiety or grief, "is that summat talking therapies deals with" beside burning as eating
disorders), given beside risk only when the message names what they are about (a
condition, or a therapy by name)."""
_CONDITIONS = "conditions_treated"
"""The overview of what the service helps with."""
_ABOUT_THE_SERVICE = re.compile(
    r"\b(?:help|helps|treat|treats|therapy|therapies|therapist|cbt|counselling|service|"
    r"you lot|see me|for me|too serious|too much|deal with)\b")
"""Words that ask whether the service is for what a message told."""
_IF_I_TELL = re.compile(r"\b(?:if|when) (?:i|you|u) (?:tell|told|say|said|mention|admit|"
                        r"put|tick|ticked|answer)\b"
                        r"|\b(?:is it ok|is it okay|is it safe|is it alright|can i|should i|do i|"
                        r"do i have to|do i need to|shall i|must i|something i need to|"
                        r"something i should|something i have to) (?:to )?(?:tell|mention|admit)"
                        r" (?:my |the |her|him|them|it)"
                        r"|\b(?:do|does|will|would|should|must|shall) (?:my |the |me |ma |mi )?"
                        r"(?:therapist|counsell?or|counselor|gp|doctor|psychologist|worker|they|"
                        r"she|he|anyone|anybody) (?:have to|need to|got to|hafta|gotta|needs to|"
                        r"has to|ever|even) (?:know|find out|be told)\b")
"""Asking what happens on telling them, or whether to tell them ("does my therapist have
to know", beside the plan, asks the same)."""
_MEDICATION = "medication"
_MEDICINE_WORDS = re.compile(r"\b(?:meds|tablets?|pills?|dose|doses)\b")
_MEDICINE_NAMES = re.compile(
    r"\b(?:medication\w*|medicine\w*|antidepressants?|anti depressants?|prescri\w*|ssris?|"
    r"sertraline\w*|citalopram|escitalopram|fluoxetine|prozac|mirtazapine|venlafaxine|"
    r"duloxetine|amitriptyline|propranolol|diazepam|zopiclone|pregabalin|quetiapine|lithium|"
    r"hrt|side effects?)\b")
"""Words for medicine that are also means, and names of medicine. The medication topic's
answers are given beside risk only when a name is said, or such a word outside the risk
words: "been hoarding my tablets, sunday is the day. does my therapist have to know" had
the answer on side effects, from the means."""
_WEAKLY_READ = 60.0
"""Below this, an answer read beside risk gives way to the one on whether the service can
help, when that is what the message asks."""
_HELP_WITH_SELF_HARM = "past_self_harm"
"""... and beside self-harm, whether it rules someone in or out, and where else to go."""
_HELPING = frozenset({_HELP_WITH_SELF_HARM, *_HELP_WITH_IT.values(), *_TELLING.values()})
"""The answers on whether the service helps with a risk, or on telling it."""
_SELF_HARM_WORDS = re.compile(
    r"\b(?:self ?harm\w*|sh|cut|cuts|cutting|scratch\w*|burn(?:ing|ed|t)? (?:my|me)\w*|"
    r"bang\w* my head|punch\w* (?:walls?|myself)|pick\w* (?:at )?my skin|hurt\w* my ?self)\b")
"""Self-harm named in a message."""
_NEAREST_FITS = frozenset({CrisisKind.ABUSE})
"""Kinds of risk whose own answer is given when it is only the nearest (the answer on
someone who self-harms is not, after "my friend said she's going to kill herself")."""
_LONG_MESSAGE = 8
"""Words; a message longer than this that the whole of it did not answer is also read one
question sentence at a time. A few words of context before a question ("do they give you
homework? i do 12 hour shifts") pull the whole message's score under the bar; this was
25 words, and the question sentences of shorter messages went unread."""


_JUST_CHECKING = re.compile(
    r"\b(?:just|only|quickly|quick|double|simply|i just wanted to|i wanted to|just wanted to|"
    r"just want to|wanted to) (?:checking|check|to check|check in)\b(?: (?:that|if|whether))?"
    r"(?= (?:is|are|its|it|you|they|there|the|this|i|im|my|do|does|can|will|would)\b)")
"""A question's lead-in, "just checking" ("just checking its free"): "checking" is a word
of OCD's answer, and had tipped "just checking, is it free?" out of scope."""


_WHO_IS_IT_FOR = re.compile(
    r"^(?:(?:so|ok|okay|hi|hiya|hey|and|but|just|then|sorry|quick question|right|um|erm) )*"
    r"who (?:is|are|s) (?:this|the|it|talking therapies|iapt|nhs talking therapies|"
    r"you|your service|these sessions|this therapy|the therapy)(?: \w+){0,2} (?:for|aimed at|"
    r"meant for|designed for|intended for|meant to be for)(?: (?:exactly|then|really|actually|"
    r"please|like|mate|hun|love))*$")
"""A message asking only whom the service is for ("who's this service for exactly")."""



def _nations(words: Sequence[str]) -> tuple[str, ...]:
    """The nations other than England that matcher-read ``words`` name (a place there
    is read as its nation: bot/core/places.py)."""
    named = [w for w in ("scotland", "wales") if w in words]
    if "ireland" in words:
        named.append("northern ireland")  # (read from "northern ireland" or "belfast")
    return tuple(named)


def _placed(words: list[str], where: Sequence[str]) -> list[str]:
    """A question read alone with the nation the message said it is asked from: "im in
    glasgow right now, can i refer myself" asks about Scotland, not England's
    self-referral."""
    missing = [name for name in where if name.split()[-1] not in words]
    return [*" ".join(missing).split(), *words] if missing else words

def _unchecked(text: str) -> str:
    """``text`` (normalised) without a "just checking" lead-in (see ``_JUST_CHECKING``)."""
    if "check" not in text:
        return text
    return _JUST_CHECKING.sub(" ", text).strip() or text


def _strength(verdict: Verdict) -> tuple[bool, float]:
    """Order readings: an outright answer first, then the higher evidence score."""
    return verdict.answer is not None, verdict.score

URGENT_TOPIC = "urgent_help"
_CLAUSE_BREAK = re.compile(r"\s*,\s*")
_TURNING = re.compile(r"^(?:but|and|so|though|tho)\s+", re.IGNORECASE)
_BECAUSE = re.compile(r"\s+(?:because|cos|coz)\s+")
_REASON = re.compile(
    r"\s+(?:because|cos|coz|cause|cuz|if i|if ive|if im|if id"
    r"|or (?:do|does|should|is|will|would|am|just|can|could)"
    r"(?: (?:i|it|you|they|one|that|this))?)\s+",
    re.IGNORECASE)
"""Where a question's reason or condition begins ("... cos i wont be here by then")."""
_LOST_WHOLE = 50.0
"""A whole message read below this, and unsure (``_UNSURE_WHOLE``), is all but lost: a
clause that asks on its own after a comma is then read alone (see
:meth:`Assistant._asking_clauses`)."""
_SUBJECTS = frozenset({
    "i", "you", "u", "ya", "they", "he", "she", "it", "we", "there", "this", "that",
    "these", "those", "my", "your", "his", "her", "their", "our", "someone", "anyone",
    "somebody", "anybody", "the", "a", "an", "me"})
"""The second word of a clause that asks ("is she too old", "do i need"); not "did
all the homework", a statement."""
_SMALLTALK_LEAD = 15.0
"""How much nearer a short message must be to a small-talk phrase than its answer's
score for the small talk to win over the answer."""
_WEAK_WHOLE = 60.0
"""A whole message answered below this score is also read one question sentence at a
time, but only a sentence naming a topic and nothing else: a short question alone ("what
actually is it?", "your service help for this?") says too little to overrule the words
around it."""
_HEAD_SCORE = 65.0
"""A question's head alone ("how long is the wait", "is it confidential") answers only when
it matches this well: short heads such as "is that normal" or "would it even matter"
say too little, and read alone had found answers nobody asked for."""
_NAMED_HEAD_SCORE = 50.0
"""... or this well, when it names its answer's topic by the topic's own name ("does
confidentiality still count if i tell them ..."): the name says what it asks about."""
_TURN = re.compile(r"\s+(?=(?:but |so |and )?(?:anyway|anyways|anyhow)\W+\w+\W+\w+)"
                   r"|\s+(?=(?:but |so |and )?(?:i )?(?:also |just |only )?(?:wanted|want|wanna"
                   r"|would like|meant|needed) to ask\b)"
                   # "sorry, actual question: what even is IAPT": the label goes, the
                   # question after it stands alone
                   r"|" + QUESTION_LABEL, re.IGNORECASE)
"""Where a message turns from what it tells to what it asks."""
_CLAUSE = re.compile(r"\s*[,;:]\s*")
"""Where a sentence splits into clauses."""
_WHILE_HERE = re.compile(r"\s*\b(?:but |so |and )?(?:actually |anyway )?while (?:i am|im|i'm|i m)"
                         r" (?:here|on here|at it)\b[\s,.!:;\-]*", re.IGNORECASE)
"""The turn "while I'm here" ("sorry wrong chat. actually while im here how do i get an
appointment"): what follows is the question, set apart from what came before."""
_RUN_ON = 20
"""Words; a sentence longer than this is also split where a reason begins ("how long is
the wait for therapy in sunderland because i rang my gp and ..." from voice-to-text,
with no punctuation); a shorter one keeps its reason with its question ("where does he
go for help cos hes not 18")."""
_QUESTION_WORDS_LEFT = 1
"""Meaningful words a message must keep without its risk words to be read as asking a
question about something (not only "i want to die, what do i do")."""
_QUESTIONS_READ = 3
"""At most this many of a risk message's question clauses are read on their own."""
_UNSURE_WHOLE = 0.5
"""Below this, the answer model is unsure of a whole message it answered weakly, and a
question sentence it is :data:`_CERTAIN` of answers instead."""
_CERTAIN = 0.9
_UNSURE_PART = 0.35
"""Below this, the answer model is unsure of a question sentence's answer, and what the
whole message plainly leans to may answer instead (see :meth:`_what_it_is_about`)."""
_WORD_FOR_WORD = 95.0
_LIKELY = 0.6
"""A part this near one of an answer's phrasings, and the model at least this sure of it,
is as good as certain ("can the therapist prescribe me something?"; "can they help people
like me", 90 near the answer on social anxiety at 0.54, is not)."""
_PART_EVIDENCE = 1.0
"""The least a part of a message read alone must say, as the sum of its words' idf in the
overview index (see :meth:`Matcher.evidence`): "help" alone weighs 0.44, "gp" 0.52, "cost" 2.4."""
_ANSWER_EVIDENCE = 0.5
"""The least a whole message must say to be answered outright: "help", a word of nearly
every topic, weighs 0.46; "this service" 0.55, "iapt" 0.8."""
_FRAGMENT_STEMS = 3
"""A question sentence left with fewer meaningful words than this once its risk words
are taken out ("is it normal to [think about suicide] every day") is not read alone:
what is left says too little to answer from, and read alone it has been confidently
wrong."""
_FRAGMENT_SCORE = 95.0
"""... unless what is left is, nearly word for word, a question an answer has."""
MAX_SMALLTALK_WORDS = 12
_LEADING_SMALLTALK_WORDS = 20
"""A message opening with small talk and only telling after it is small talk up to this
many words; a longer one is telling something that may need an answer."""
_GREETING = re.compile(
    r"\s*(?:good\s+(?:morning|afternoon|evening|day)|(?:morning|afternoon|evening|ey up"
    r"|now then|greetings|dear\s+sir(?:\s*(?:or|/)\s*madam)?|dear\s+madam|dear\s+sirs"
    r"|to\s+whom\s+it\s+may\s+concern|dear\s+(?:team|all|nhs))(?=\s*[,.!:;\-]))"
    r"(?:\s+(?:all|everyone|there|to you))?[\s,.!:;\-]*",
    re.IGNORECASE)
"""A greeting opening a message, ended by punctuation ("Morning!", "Good afternoon,", "Dear
Sir or Madam,")."""
_ADDRESSED = re.compile(
    r"\s*(?:hi|hiya|hello|hey|heya|alright|awright|alreet|ey up|ay up|eh up|now then|oi|yo"
    r"|morning|afternoon|evening|good\s+(?:morning|afternoon|evening))\s+"
    rf"(?:{'|'.join(sorted(TERMS_OF_ADDRESS))})\b[\s,.!:;\-]*",
    re.IGNORECASE)
"""A greeting with what the writer calls the reader ("alright butt, how long do ee have
to wait": "butt" and "mate" had counted against every answer, and the wait fell back)."""
_ALSO_SPOKEN_OF = frozenset({"drive", "driver", "boss", "chief", "sister", "brother", "bird",
                             "maid", "la", "gov", "guv", "fam", "bud", "dai", "didi", "bhai",
                             "bhaiya", "bach", "hen", "auntie", "aunty", "sis", "sista", "butt"})
"""Terms of address that as often end a clause as what they name ("i dont drive", "not
iapt la", "tell my boss"): left in."""
_CALLED = re.compile(
    r"(?i)(?:(?<=\s)|^)(?P<before>\S+\s+)?(?P<me>(?:me|mi|ma)\s+)?"
    rf"(?P<term>{'|'.join(sorted(TERMS_OF_ADDRESS - _ALSO_SPOKEN_OF))})(?=\s*(?:[,.!?]|$))")
"""A term of address ending a clause, with the word before it ("is it free mate?")."""
_OWNING = frozenset({"my", "her", "his", "their", "our", "your", "ur", "yer", "a", "an",
                     "the", "this", "that", "for", "to", "with", "as", "of", "me", "mi", "ma",
                     "and", "or", "about", "own", "is", "was", "be"})
"""Words before a term of address that make it a person spoken of ("can i bring my
sister", "its for the boss"), not the one spoken to."""
_SAID_AFTER_ME = frozenset({"duck", "love", "lover", "darlin", "darling", "ansum", "bird",
                            "babe", "hun", "pet", "chuck", "lovey", "dear"})
"""Terms said after "me" or "mi" to the one spoken to ("ow much is it mi duck")."""


def _uncalled(found: re.Match[str]) -> str:
    """``found`` without its term of address, if it is one (see :data:`_CALLED`)."""
    before = found.group("before") or ""
    me = found.group("me") or ""
    term = found.group("term").lower()
    if me and term in _SAID_AFTER_ME and before:
        return before
    if me or not before or before.strip().lower().strip(",.!?") in _OWNING:
        return found.group(0)
    return before


_APOLOGY = re.compile(
    r"\s*(?:so\s+|really\s+)?(?:sorry|soz|apologies)(?:\s+(?:to\s+bother\s+you|for\s+bothering"
    r"\s+you|to\s+ask|for\s+asking|if\s+this\s+is\s+a\s+(?:silly|stupid|daft|dumb)\s+question))?"
    r"[\s,.!:;\-]+(?=\S)", re.IGNORECASE)
"""An apology opening a question ("sorry how long is the wait", "sorry to bother you, can
i self refer"): like a greeting, no part of what is asked ("sorry" is no topic's word,
and had tipped the question out as being about something else)."""
_ABOUT_THE_BOT = frozenset({"bot", "chatbot", "robot", "chatgpt", "ai", "automated",
                            "computer", "machine", "assistant", "read", "reads", "reading",
                            "monitored", "monitors"})
"""Words that make a short message about the assistant itself, when it is close to a
small-talk phrase ("does anyone even read this": whether anyone reads the chat)."""
_LEADING = ("greeting", "thanks", "goodbye", "about")
"""Small talk that may open a message and be its reply: an apology or an "ok" before
what someone tells ("sorry my english not good. my dog die in my arms yesterday") is
not what they came to say."""
_THIS_CHAT = ("this chat", "this chat thing", "this thing")
"""Names for the chat itself, which make a message close to a small-talk phrase about
the bot ("how does this chat work, do i just type"), not about typed therapy."""
_ASKED_OF_THE_BOT = ("identity", "capabilities", "about", "available")
"""Small talk asked of the bot itself, which may follow a greeting ("Good afternoon. Who
developed this assistant?")."""
_LEADING_WORDS = frozenset({
    "hi", "hello", "hey", "hiya", "heya", "thanks", "thank", "ta", "good", "kind", "many", "much",
    "brill", "brilliant", "lovely", "great", "awright", "alright", "ey", "bye", "goodbye", "who",
    "wha", "cheers", "morning", "afternoon", "evening", "greetings", "dear", "howdy"})
"""Words a small-talk opening starts with."""
_CLAUSE_END = re.compile(r"[.!?,;:\n\u3002\uff0c\uff1f\uff01]+")
_SMALLTALK_NEARLY = 93.0
"""How close to a small-talk phrase a message that asks nothing must be to be small talk
whatever its words matched (fuzz ratio)."""
_SAID_NOT_ASKED = frozenset({"greeting", "thanks", "goodbye", "typing", "acknowledgement"})
"""Small talk that says something rather than asks (about the bot is asked)."""
_COURTESY = frozenset({
    "sorry", "apologies", "oops",
    "hi", "hello", "hey", "hiya", "heya", "thanks", "thank", "you", "cheers", "ta", "ok",
    "okay", "so", "just", "please", "and", "then", "well", "oh", "ah", "right", "a", "an",
    "the", "this", "that", "it", "is", "are", "am", "i", "me", "my", "was", "be", "very",
    "really", "indeed", "proper", "most", "truly", "ever", "once", "again", "may", "ask",
    "might", "apologise",
}) | TERMS_OF_ADDRESS  # "thanks love", "cheers duck", "ta pet", "hiya hun"
"""Words that say nothing of which small talk a message is: set aside before the rest
of a short message is compared with each small-talk entry's words."""
_DISTINCTIVE_ANSWERS = 2
"""A small-talk word in the phrasings of at most this many answers is small talk's own."""
_GREETINGS = frozenset({"hi", "hello", "hey", "hiya", "heya", "morning", "evening", "thanks",
                        "thank", "cheers", "ta", "bye", "goodbye"})
"""Words that open a greeting, thanks or goodbye."""
_OPENERS = {**dict.fromkeys(("thanks", "thank", "ta"), "thanks"),
            **dict.fromkeys(("bye", "goodbye"), "goodbye"),
            **dict.fromkeys(("hi", "hello", "hey", "hiya", "heya"), "greeting"),
            **dict.fromkeys(("sorry", "soz", "apologies"), "typing")}
"""Words that open a small-talk message (as normalised: "cheers" and "thx" read as
"thanks"), and the entry each opens."""
_SIGN_OFFS = frozenset({"bye", "byee", "goodbye", "cya", "laters", "tara", "ttyl", "ra",
                        "goodnight"})
"""Words that end a message that signs off (before any kisses: "bye x")."""
_KISSES = frozenset({"x", "xx", "xxx", "xxxx"})
_AFTER_BYE = frozenset({"for", "now", "then"}) | TERMS_OF_ADDRESS
"""Words after a goodbye that still end on it ("bye for now", "bye then love")."""
_WHOLE_PHRASES_ONLY = frozenset({"available"})
"""Small talk known only by its phrases as wholes, never by their words: whether the bot
answers at night uses the everyday words of questions about the service ("can i still
go", "can i go at the weekend")."""
_ONLY_ASKED_OF_THE_BOT = 0.3
"""Beside risk, a message asking only what the bot is or whether anyone reads it gets no
answer after the crisis reply, unless what it says besides has an answer the model is at
least this sure of."""
_CONTEXT_SURE = 0.1
_CONTEXT_LEAD = 5.0
"""The whole message's reading overrules a question sentence's answer for another of the
same topic's answers when the model gives that one at least ``_CONTEXT_SURE`` and
``_CONTEXT_LEAD`` times the sentence's answer's probability."""
_NEAR_TIE = 5.0
"""Beside risk, how far below a reading of the crisis reply's own topic one that can be
given after it may score and still answer (see :meth:`Assistant._question`)."""
_LEAN_LEAD = 2.5
"""How far the answer model's first answer must lead its second for a question beside
risk words that no reading answered to be answered by what the message is about."""
_TIE = 0.75
"""The answer model's probability for the index's pick, as a share of its own pick's,
at or above which the two are nearly a tie (see :meth:`Assistant._tie_break`)."""
_INDEX_LEAD = 3.0
"""How far ahead the answer index's pick must score to break such a tie."""
_UNSURE = 0.05
"""The answer model's probability for its own pick below which it hardly prefers it:
then the answer index's clear pick wins, however little the model rates that."""
_INTENSIFIERS = frozenset({"many", "so", "much", "very", "really", "huge", "big", "massive"})
"""Words before the thanks they strengthen ("many thanks for your help")."""
_TO_THE_BOT = frozenset({"your", "yours", "yourself", "ur"})
"""Words by which a question is put to the bot itself ("what's your name"); not "you",
which asks about the service as often ("how old do u have to be")."""
_FILLER = frozenset({"actually", "even", "really", "here", "like", "mate", "lol", "haha",
                     "tbh", "honestly", "exactly", "though", "tho", "then", "now"})
"""Words that colour a short message without changing what it says ("can you actually
understand me", "are you a bot then"), left out when it is read as small talk."""
_FILLER_TAILS = (("or", "what"), ("or", "not"), ("or", "anything"), ("or", "summat"))
"""Endings that only press the question ("u any good at this or what")."""
_CLOSINGS = ("thanks", "goodbye", "greeting")
"""Small-talk entries whose words may mix in one closing message."""
FALLBACK_TOPICS = ("what_is_iapt", "self_referral", "eligibility", "waiting_times",
                   "cost", "urgent_help")


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Where the readings of a message turn into an answer, a "did you mean", or a fallback.

    Chosen on ``tests/data/matching_dev.jsonl`` and ``tests/data/specific_a.jsonl`` and
    checked on the held-out sets; see the README for how to re-tune them with
    ``python main.py eval``.
    """

    agree: float = 0.15
    """The answer model's probability for a topic that an evidence index also ranks first."""
    agree_score: float = 45.0
    """...and that index's score for it (0 to 100)."""
    model_sure: float = 0.75
    """The answer model alone, when the answer index gives its topic at least ``support``."""
    support: float = 40.0
    answer: float = 44.0
    """The overview index alone: at or above this, with a clear lead, answer outright..."""
    margin: float = 6.0
    """...the lead it needs over the second topic..."""
    sure: float = 95.0
    """...unless this sure..."""
    veto: float = 0.05
    """...and only if the answer model gives that topic at least this probability."""
    suggest: float = 48.0
    """At or above this (but not an answer): "did you mean" with the nearest answers."""
    domain_suggest: float = 30.0
    """The "did you mean" floor for messages that use the service's own words."""
    outside_margin: float = 12.0
    """A best topic this close to the out-of-scope reading is not trusted (no domain words)."""
    smalltalk: float = 88.0
    """How close a short message must be to a small-talk phrase (rapidfuzz ratio)."""
    crisis_question: float = 40.0
    """With risk words, the nearest answer is given when its evidence is at least this."""
    crisis_answer: float = 45.0
    """An answer read beside risk words is given only at or above this: below it, on the
    labelled sets, two in three such answers were to a question nobody asked or the
    wrong one ("i give up" read as CBT)."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """What matching made of a message's question."""

    answer: Answer | None
    """The answer to give outright, or ``None``."""
    score: float
    """How well the message fits (0 to 100): the evidence score of the best topic."""
    suggestions: tuple[Answer, ...] = ()
    """Near answers for "did you mean", when there is no outright answer."""
    confidence: float = 0.0
    """The answer model's probability for the answer's topic (0 to 1)."""
    reading: Reading | None = None
    """The answer model's reading of the words matched, kept so a later step that needs
    it (:meth:`Assistant._in_context`) does not read them again."""


def _sole(owned: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each key to its owner, for the keys that only one owner has."""
    owners: dict[str, set[str]] = {}
    for key, owner in owned:
        owners.setdefault(key, set()).add(owner)
    return {key: next(iter(found)) for key, found in owners.items() if len(found) == 1}


@dataclass(slots=True)
class _Memo:
    """One reply's readings, so a part read twice is read once. Kept for that reply
    only: nothing of a message outlives it."""

    verdicts: dict[tuple[tuple[str, ...], tuple[str, ...]], Verdict] = \
        field(default_factory=dict)
    """Matches by the words read (its stems and all its words)."""
    of_the_bot: dict[str, bool] = field(default_factory=dict)
    """Whether a part asks only what the bot is, by the part's text."""


@dataclass(frozen=True)
class _Indexes:
    """What the assistant builds from the bank's phrasings (kept between starts by a
    :class:`BuildCache`)."""

    overview: Matcher
    answers: Matcher
    model: AnswerModel
    known: frozenset[str]
    """Every word of every phrasing and answer text: ordinary vocabulary to the
    crisis detector."""
    spread: Counter[str]
    """In how many answers' phrasings each word occurs."""
    own: dict[str, tuple[str, ...]]
    """Each answer's title and phrasings, normalised, by the answer's id."""

    @classmethod
    def build(cls, overviews: tuple[Document, ...], answers: tuple[Document, ...],
              out_of_scope: tuple[str, ...], domain_words: tuple[str, ...]) -> _Indexes:
        with building():  # each phrasing normalised once for every index
            overview_index = Matcher(overviews, out_of_scope, domain_words)
            answer_index = Matcher(answers, out_of_scope, domain_words)
            phrasings: dict[str, list[list[str]]] = {}
            for document in (*answers, *outside_documents(out_of_scope)):
                texts = (document.title, *document.questions) if document.title \
                    else document.questions
                phrasings[document.id] = [
                    list(answer_index.terms(normalise(q).split()).stems) for q in texts]
            known = set(answer_index.vocabulary)
            spread: Counter[str] = Counter()
            own: dict[str, tuple[str, ...]] = {}
            for document in answers:
                known.update(normalise(document.text).split())
                spread.update({w for q in document.questions for w in normalise(q).split()})
                own[document.id] = tuple(normalise(q) for q in (document.title,
                                                                  *document.questions))
        return cls(overview_index, answer_index, AnswerModel(phrasings), frozenset(known),
                   spread, own)


_GENERIC_ASKING = frozenset(stem(word) for word in (
    "still", "help", "get", "use", "need", "want", "someone", "somebody", "anyone",
    "anybody", "ok", "okay", "possible", "allowed", "able", "normal", "usual", "common",
    "understand", "proper", "properly"))
"""Words a question part can be made of and still name nothing: "can they still help
me", after "got adhd, cant focus in long convos", had been read alone as the answer on
drinking; "is that normal?" after a partner's control, as the waiting list. Such a part
is not read on its own; the whole message says what it is about."""
_DEFINES = re.compile(r"^(?:what is|whats|what s|what are) (?:a |an |the )?(.+?)"
                      r"(?: exactly| then| please| anyway)?$")
"""A phrasing that asks what something is: what it names ("what is ipt" names IPT) is
a name that alone says which answer is meant, if only one answer's phrasings say it."""
_NOT_A_NAME = frozenset((
    "like", "for", "in", "of", "my", "me", "i", "it", "actually", "to", "with", "about",
    "used", "behind", "on", "they", "offered", "offer", "told", "this", "that", "thing",
    "is", "short", "involved", "point", "theory"))
"""Words that make "what is ..." ask something other than what a thing is called
("what is the assessment like", "what is ipt used for")."""
_ASKS_WHAT = r"(?:what is|whats|what s|wat is|wats|wot is|wots|wot s|what are|what does|what do" \
    r"|(?:can|could|would) (?:you|u|someone) (?:please )?explain|please explain|explain)"
_MEANING = r"(?: (?:mean|means|stand for|stands for|involve|exactly|then|though|please" \
    r"|again|actually|even|when its at home|in plain english|in plain terms|in simple terms" \
    r"|in simple words|in laymans terms|in normal words|in normal english|in plain words" \
    r"|in simple english|in basic terms|in normal terms|in english|when thats at home" \
    r"|to me|for me|like im five|like im 5|like im a child))*"
_SAID_AFTER = r"(?: (?:my|i|im|ive|the|they|theyve|he|she|hes|shes|we|someone|somebody" \
    r"|doctor|gp|nurse|cos|because|as|apparently|been|its|never|not|no|heard)\b.*)?"
_WHAT_THAT_IS = re.compile(
    rf"(?:^|\b)(?:{_ASKS_WHAT}|what (?:actually|exactly|even) is) (?:that|it|this){_MEANING}$"
    r"|\b(?:no idea|not sure|dont know|do not know|wondering|no clue|not a clue|dunno"
    r"|havent a clue|have not a clue|havent got a clue|have not got a clue) what (?:that|it|this)"
    r" (?:even |actually )?(?:stands for|means|is)\b"
    # "... something called CBT. could you explain in plain terms what it is, please?"
    r"|\b(?:explain|tell me|say)(?: \w+){0,4} what (?:that|it|this) (?:is|means|involves)"
    r"(?: exactly| please| then)*$"
    # "... putting me forward for high intensity. can you tell me a bit about that"
    r"|\b(?:tell me|explain)(?: a bit| a little| a bit more| more)? about (?:that|it|this)"
    r"(?: (?:please|then|what is (?:different|involved)|how (?:does|do) it work))*$")
"""The end of a sentence that asks what something just named is ("... said ipt might
suit me. what is that exactly", "they said i need cbt whats that then")."""
_THAT_MEANS = frozenset(("mean", "means", "stand", "stands"))
_WHAT_THAT_MEANS = frozenset((
    "what", "does", "do", "that", "even", "actually", "exactly", "mean", "means", "stand",
    "stands", "for", "though", "then", "is", "sorry", "so"))
"""The words of "what does that (even) mean": a question about words said before it ("my
needs were 'too complex'. what does that even mean?"), which alone had read as what
IAPT is."""
_ASIDE = re.compile(
    r"\b(?:if|in case|not sure if|dont know if|do not know if) (?:that|it|this)"
    r" (?:makes (?:any|a|much|some) difference|matters|helps|is relevant|changes anything"
    r"|is important|makes a difference)\b")
"""An aside that asks nothing ("..., if that makes any difference", "in case it matters")."""
_POINTING_WORDS = 10
"""A question that points back is short: a longer one says what it asks itself."""
_POINTS_BACK = re.compile(r"\b(?:these|those|them|that|this|it|one)\b")
"""Words by which a question points back to what the sentence before it said."""
_REFERS_BACK = re.compile(r"\b(?:these|those|them|that|this)\b"
                          r"|\b(?:about|for|with|of|to|on|at|into|from) it\b")
"""Words by which a question refers to what was said before it ("do i need to see a
doctor about it"); not "it" as the service ("is it free")."""
_CONTEXTUAL = re.compile(r"\b(?:that|this|these|those|them|such|separate"
                         r"|like me|like that)\b(?! (?:cbt|therapy|service|app|course))")
"""Words by which a question asks of what the message said before it."""
_RELATIVE = re.compile(r"\b(?:other|another|else|instead|like me|like that|for that|for me)\b")
"""Words by which a question asks relative to what was said ("what other options do I
have?" after hearing aids): not one to answer alone against the whole message."""
_SAID_OF = re.compile(
    r"\b(?:said|says|saying|say|offered|offering|offer|mentioned|mentioning|mention|called"
    r"|suggested|suggesting|suggest|recommended|recommending|recommend|need|needs|try"
    r"|trying|told me about|on about|going on about|heard of|heard about|put me (?:on|in)"
    r"|referred me (?:for|to)|refer me (?:for|to)|do|doing|start|starting|get|getting"
    r"|about|put|putting|booked|booking|down for|referred for|recommended for|forward for"
    r"|forward to|seeing|seen|see|saw)(?: \w+){0,2} $")
"""Words before a name that make it what was said or offered ("said IPT might suit me",
"something called EMDR"), not who said it ("my pwp said they might step me up") or
whose score it is ("my phq9 was 17")."""
_BROAD_ASKING = frozenset(stem(word) for word in (
    "tell", "explain", "info", "information", "describe", "know", "mean", "means", "stuff",
    "thing", "things", "actually", "exactly", "basically", "what", "whats", "overview",
    "explanation", "details", "detail", "learn", "understand", "please", "pls", "quick",
    "quickly", "simple", "simply", "words", "plain", "english", "anything", "work", "works",
    "done", "happen", "happens", "even"))
"""Words of asking broadly ("tell me about", "explain", "info on"): with them, a message
that names only its topic asks for the overview."""

_THE_SERVICE = frozenset(stem(word) for word in (
    "talking", "therapies", "therapy", "therapist", "counselling", "help", "service", "nhs",
    "iapt", "support"))
"""Words that name only the service or help in general (see :meth:`_pick_in_topic`)."""

_EVERYDAY_NAMES = frozenset(stem(word) for word in (
    "time", "after", "right", "use", "way", "list", "make", "self", "other", "under",
    "high", "low", "change", "step", "care", "help", "fill", "form", "mood", "service",
    "format", "session", "through", "treatment", "treated", "therapy", "therapist",
    "doctor", "gp", "referral", "intensity", "guided", "outside", "england", "conditions",
    "18", "one-to-one", "onetoone"))
"""Words of topics' ids and names that are everyday words too: alone, they do not say
which topic a message means ("what time": not the waiting list)."""


def _beside(answer: Answer, kind: CrisisKind | None) -> bool:
    """Whether an answer is given after a crisis reply of this kind: any answer outside
    the crisis reply's own topic, and those of its answers written for the kind."""
    return answer.topic != URGENT_TOPIC or \
        answer.id in _FOR_ONLOOKERS.get(kind or CrisisKind.SELF, frozenset())


def _after_lead(lead: str, text: str) -> str:
    """``text`` after ``lead`` ("Before I answer: if things ever feel..."): its first
    letter lower case, unless it opens with "I"."""
    first = text.split(maxsplit=1)[0] if text else ""
    if first in ("I", "I'm", "I've", "I'd", "I'll") or not text:
        return f"{lead} {text}"
    return f"{lead} {text[0].lower()}{text[1:]}"


class Assistant:
    """Answers messages from validated content. Build with :meth:`load`."""

    def __init__(self, content: Content, lexicon: Lexicon, thresholds: Thresholds | None = None,
                 model: RiskModel | None = None, cache: BuildCache | None = None) -> None:
        """``cache``: where the indexes built from ``content`` are kept between starts
        (by default :meth:`BuildCache.default`; ``BuildCache(None)`` keeps nothing)."""
        self.content = content
        self.lexicon = lexicon
        self.thresholds = thresholds or Thresholds()
        cache = cache if cache is not None else BuildCache.default()
        overviews = tuple(Document(id=t.id, questions=t.overview.questions,
                                   keywords=t.overview.keywords, title=t.title,
                                   text=t.overview.text) for t in content.topics)
        answers = tuple(Document(id=a.id, questions=a.questions, keywords=a.keywords,
                                 title=a.title, text=a.text) for a in content.answers)
        inputs = (overviews, answers, tuple(content.out_of_scope),
                  tuple(content.domain_words))
        indexes = cache.get("indexes", inputs, lambda: _Indexes.build(*inputs))
        # Two evidence indexes (rapidfuzz and word evidence, each with the out-of-scope
        # reading): the topics' overviews alone, and every answer on its own.
        self.overview_index = indexes.overview
        self.answer_index = indexes.answers
        self.matcher = self.answer_index
        """The index whose vocabulary reads a message (it knows every phrasing)."""
        self.model = indexes.model
        """The answer model: every phrasing of every answer, weighed against each other."""
        self.detector = CrisisDetector(lexicon, known_words=indexes.known, model=model)
        if model is not None and model.vocabulary is not None:
            for index in (self.overview_index, self.answer_index):
                index.know_real_words(model.vocabulary)
        self._own_phrasings = indexes.own
        # Each small-talk phrase normalised (about 1,300 of them: a seventh of a restart,
        # so kept with the indexes).
        phrases = tuple(entry.phrases for entry in content.smalltalk)
        said = cache.get("smalltalk", phrases, lambda: tuple(
            tuple(normalise(phrase) for phrase in entry) for entry in phrases))
        self._build(content, indexes.spread, said)

    def _build(self, content: Content, spread: Counter[str],
               normalised: Sequence[Sequence[str]]) -> None:
        self._topics = {topic.id: topic for topic in content.topics}
        self._closings = {e.id: e for e in content.smalltalk if e.id in _CLOSINGS}
        self._answers = {answer.id: answer for answer in content.answers}
        # Each phrasing and title, normalised, to the answers that have it word for word
        # (almost always one), in the content's order.
        self._said_by: dict[str, list[str]] = {}
        for topic in content.topics:
            for answer in topic.answers:
                for q in self._own_phrasings[answer.id]:
                    owners = self._said_by.setdefault(q, [])
                    if answer.id not in owners:
                        owners.append(answer.id)
        self._topic_of = {answer.id: answer.topic for answer in content.answers}
        # Each topic's own name, from its id, as stems ("cbt", "questionnaires"); not its
        # title, whose everyday words ("sessions") also name specific answers.
        self._names = {topic.id: frozenset(
            stem(word) for word in (*topic.id.split("_"),
                                    *(w for name in topic.names for w in normalise(name).split()))
            if word not in STOPWORDS)
            for topic in content.topics}
        # The names that alone say which topic is meant ("cbt", "iapt", "questionnaires"),
        # not the everyday words of its id or title ("time", "after", "right").
        self._named_by = {word: topic for word, topic in _sole(
            (word, topic_id) for topic_id, names in self._names.items() for word in names
        ).items() if word not in _EVERYDAY_NAMES}
        # The names of things an answer says what they are ("ipt", "cbt", "pals"), from
        # its "what is ..." phrasings; a name two answers' phrasings share is neither's.
        self._defined = _sole(
            (found.group(1), answer.id) for answer in content.answers
            for q in self._own_phrasings[answer.id]
            if (found := _DEFINES.match(q)) and len(found.group(1).split()) <= 4
            and _NOT_A_NAME.isdisjoint(found.group(1).split()))
        names = "|".join(sorted(map(re.escape, self._defined), key=len, reverse=True)) \
            or "(?!)"  # (a bank with no such phrasings names nothing)
        self._asks_what_is = re.compile(
            rf"^{_ASKS_WHAT} (?:a |an |the |this |that )?({names}){_MEANING}{_SAID_AFTER}$")
        self._name_said = re.compile(rf"\b(?:{names})\b")
        self._smalltalk_phrases: list[str] = []
        self._smalltalk_entry: list[SmallTalk] = []
        # Each small-talk phrase normalised once, for the four readings of it below.
        said = [(entry, list(phrases))
                for entry, phrases in zip(content.smalltalk, normalised, strict=True)]
        self._smalltalk_words = {entry.id: frozenset(w for phrase in phrases
                                                     for w in phrase.split())
                                 for entry, phrases in said}
        self._smalltalk_by_id = {entry.id: entry for entry in content.smalltalk}
        self._of_the_bot = frozenset(
            entry.reply for entry in map(self._smalltalk_by_id.get, ("identity", "about"))
            if entry is not None)
        """The small-talk replies about the bot itself: what it is, and whether the chat
        is kept (see :meth:`_asks_what_the_bot_is`)."""
        self._exact_smalltalk = frozenset(phrase for _, phrases in said for phrase in phrases)
        self._leading_replies = frozenset(
            entry.reply for entry in content.smalltalk if entry.id in _LEADING)
        self._clause_replies = self._leading_replies | frozenset(
            entry.reply for entry in content.smalltalk if entry.id in _ASKED_OF_THE_BOT)
        self._smalltalk_stems = {name: frozenset(stem(w) for w in words)
                                 for name, words in self._smalltalk_words.items()}
        # Words in few answers' phrasings ("bot", "bye", "chatgpt") are small talk's
        # own; others ("use", "therapies") may be a question about the service.
        self._distinctive = frozenset(
            w for words in self._smalltalk_words.values() for w in words
            if spread[w] <= _DISTINCTIVE_ANSWERS)
        for entry, phrases in said:
            for phrase in phrases:
                self._smalltalk_phrases.append(phrase)
                self._smalltalk_entry.append(entry)
        self._smalltalk_exact = {phrase: entry for phrase, entry in
                                 zip(self._smalltalk_phrases, self._smalltalk_entry, strict=True)
                                 if entry.id != "topics"}
        # Whole phrases that say rather than ask, by their words, for a message made
        # of several of them ("right ok got it", "brill ta, sorted").
        self._said_phrases: dict[tuple[str, ...], str] = {}
        for entry, phrases in said:
            if entry.id in _SAID_NOT_ASKED:
                for phrase in phrases:
                    self._said_phrases.setdefault(tuple(phrase.split()), entry.id)
        self._said_longest = max(map(len, self._said_phrases), default=0)

    @classmethod
    def load(cls, path: Path | str | None = None, use_model: bool = True,
             lexicon: Path | str | None = None) -> Assistant:
        """Load ``faq.yaml`` (or ``path``), ``crisis.yaml`` (or ``lexicon``) and the risk
        model, and build the assistant.

        Raises :class:`bot.core.content.ContentError` if a file (or the model) is not
        fully valid. ``use_model=False`` runs the lexicon alone (for training the model).
        """
        model = RiskModel.load() if use_model else None
        return cls(load_content(path), load_lexicon(lexicon), model=model)

    # ------------------------------------------------------------------ accessors

    @property
    def topics(self) -> tuple[Topic, ...]:
        """All topics, in file order."""
        return self.content.topics

    @property
    def answers(self) -> Mapping[str, Answer]:
        """Every answer (overviews and specific) by id."""
        return self._answers

    @property
    def messages(self) -> Mapping[str, str]:
        """Canned texts (welcome, help, privacy, ...) by key."""
        return self.content.messages

    @property
    def service_finder_url(self) -> str:
        """The nhs.uk page that finds the local NHS Talking Therapies service."""
        return self.content.service_finder_url

    def title(self, answer_id: str) -> str:
        """The short title of an answer or topic (its button label)."""
        return self._answers[answer_id].title

    # --------------------------------------------------------------------- replies

    def prepare(self, text: str) -> Prepared:
        """Read a message once, for every step that follows."""
        if not isinstance(text, str):
            text = ""
        text = spoken_marks(text)  # "... comma came out in 1986 question mark"
        return self._read_words(text, risk_sentences=tuple(self.detector.sentences(text)))

    def _read_words(self, text: str, risk_sentences: tuple[str, ...] = ()) -> Prepared:
        """``text`` read for matching and small talk (the crisis reading is
        :meth:`prepare`'s)."""
        normalised = normalise(text)
        # "Good morning, how long is the wait": the greeting is no part of the question
        # ("morning" is a word of evening-appointment answers, and had tipped it out).
        greeted = _GREETING.match(text) or _ADDRESSED.match(text) or _APOLOGY.match(text)
        asked = normalise(text[greeted.end():]) \
            if greeted and asks_question(text[greeted.end():]) else normalised
        if asks_question(text) or asks_question(normalised):
            # "how much is it love", "ow much is it mi duck, or is it on the NHS": what
            # the writer calls the reader, at the end of a clause, is no part of the
            # question (the term alone had outweighed "how much is it", which fell back)
            unaddressed = _CALLED.sub(_uncalled, text[greeted.end():] if greeted else text)
            if unaddressed != text:
                asked = normalise(unaddressed) or asked
        # "how do i get myself on this, im in northwich if that makes any difference":
        # an aside that asks nothing (it had read as whether therapy makes a difference).
        if " if " in f" {asked} " or "in case" in asked:  # (most messages have neither)
            asked = _ASIDE.sub(" ", asked).strip() or asked
        asked = _unchecked(asked)
        return Prepared(raw=text, text=normalised,
                        terms=self.matcher.terms((asked or normalised).split()),
                        risk_sentences=risk_sentences)

    def reply(self, text: str) -> Reply:
        """The reply to one message. Never raises for any string."""
        prepared = self.prepare(text)
        memo = _Memo()
        detection = self.detector.detect(prepared.risk_sentences)
        if detection.is_crisis:
            question = self._can_they_help(prepared, detection, self._fit_age(
                self._question(prepared, detection, memo), prepared.terms.every)) \
                if asks_more_than_risk(prepared.raw) else \
                self._onlooker(prepared, detection, memo)
            return self._crisis(detection, question)
        verdict = self._match(prepared.terms, memo)
        if verdict.answer is not None and verdict.answer.is_overview and \
                len(prepared.terms.every) > _LONG_MESSAGE:
            verdict = self._refined(prepared, verdict.answer.topic, memo) or verdict
        if (verdict.answer is None or verdict.score < _WEAK_WHOLE) and \
                len(prepared.terms.every) > _LONG_MESSAGE:
            # A long message: the question may be one sentence among many.
            questions = question_sentences(
                _WHILE_HERE.sub("\n", prepared.raw))[:_QUESTIONS_READ]
            where = _nations(prepared.terms.words)
            parts = [self.matcher.terms(_placed(_unchecked(normalise(q)).split(), where))
                     for q in questions]
            back = self._with_before(prepared.raw, questions) \
                if verdict.answer is None else {}
            if verdict.answer is None:
                # A question that refers back and is far from sure alone ("A friend said
                # EMDR helped her. Can I ask for that?" alone is "ask", the assessment) is
                # read with the sentence before it, which says what "that" is.
                # (Not when read so it finds nothing: "...i just skip them. is that
                # something theyd treat" alone is the topic, which the whole message's
                # words then narrow to the answer on social anxiety.)
                parts = [back[q] if q in back and _REFERS_BACK.search(normalise(q))
                         and not self._certain(self._match(terms, memo))
                         and self._match(back[q], memo).answer is not None else terms
                         for q, terms in zip(questions, parts, strict=True)]
            clauses = self._clauses_when_lost(prepared, verdict, memo)
            if verdict.answer is None:
                parts += clauses
            lead = self._outside_lead(prepared.terms) if verdict.answer is None else None
            if lead is not None:
                # Read whole, the message is about something else, and a question in it
                # that points back or asks relative to it ("itchy red blotches all over
                # me back since sunday, do i need to see a doctor about it") asks about
                # that: read alone, it had found the answer on GP referral. Well clear of
                # every topic ("my knee has been swollen for a week, should i see a
                # doctor"), none of its questions is read alone.
                parts = [] if lead >= self.thresholds.outside_margin \
                    else [terms for terms in parts
                          if not _REFERS_BACK.search(" ".join(terms.every))
                          and not _RELATIVE.search(" ".join(terms.every))]
            if verdict.answer is not None:
                # Answered, but weakly: a question sentence that names one topic and
                # asks nothing else of it is what was asked ("whats cbt? the lady on
                # the phone kept saying it" had read as confidentiality, from "saying"),
                # and so is one the model is all but certain of when it is unsure of the
                # whole ("Roughly how many appointments should I anticipate? I need to
                # plan around a trial listing in the spring": the trial had pulled the
                # whole to high-intensity therapy).
                # (Only the one question of the message, and not one that points back,
                # "would my name be on it?": what "it" is was said before.)
                sole = len(parts) == 1
                parts = [terms for terms in parts if self._only_named(terms) is not None
                         or (sole and verdict.confidence < _UNSURE_WHOLE
                             and not _POINTS_BACK.search(" ".join(terms.every))
                             and not _RELATIVE.search(" ".join(terms.every))
                             and self._certain(self._match(terms, memo)))] + clauses
            read = self._read_parts(
                (terms for terms in parts if not self._names_nothing(terms, memo)), memo)
            if verdict.answer is None:
                # A question that points back and finds nothing alone ("... would now
                # like to see the notes written about me. How would I go about obtaining
                # these?"), when the whole found nothing either: read with the sentence
                # before it, which says what "these" are.
                read += self._read_parts(
                    (terms for question, terms in back.items()
                     if self._match(self.matcher.terms(normalise(question).split()),
                                    memo).answer is None), memo)
            part = max([verdict, *read], key=_strength)
            if part is not verdict and part.answer is not None:
                part = self._in_context(part, part.answer, prepared.terms, verdict.reading)
                if questions and all(_CONTEXTUAL.search(normalise(q)) for q in questions):
                    # Only a question that asks of what was said ("is it a separate
                    # thing?", "is that something they'd work on?"); one that says what
                    # it asks ("how do i sign up for the cbt thing", "is it free?") is
                    # answered as asked.
                    part = self._what_it_is_about(part, verdict)
            verdict = part
        if "who" in prepared.text and _WHO_IS_IT_FOR.match(prepared.text) and \
                _WHO_FOR in self._answers:
            # "who's this service for exactly": "who" and "for" are stopwords, and what
            # was left, "service", had read as what the service is
            verdict = Verdict(self._answers[_WHO_FOR], max(verdict.score, _HEAD_SCORE),
                              confidence=verdict.confidence)
        defined = self._what_it_is(prepared.raw)
        if defined is not None and defined is not verdict.answer:
            verdict = Verdict(defined, max(verdict.score, _HEAD_SCORE),
                              confidence=verdict.confidence)
        verdict = self._fit_age(verdict, prepared.terms.every)
        smalltalk = self._smalltalk(prepared, verdict)
        if smalltalk is not None:
            return smalltalk
        reply = self._answer_or_suggest(verdict)
        if prepared.terms.truncated and reply.kind is not ReplyKind.ANSWER:
            # Only part of a very long message was matched and nothing answered it:
            # say so, so a question buried further on is asked again.
            *rest, last = reply.messages
            reply = dataclasses.replace(
                reply, messages=(*rest, f"{last}\n\n{self.messages['too_long']}"))
        return reply

    def _clauses_when_lost(self, prepared: Prepared, verdict: Verdict,
                           memo: _Memo) -> list[Terms]:
        """The clauses that ask on their own after a comma ("my mams 82 an gets proper
        down since dad went, is she too old for this") and that the model is all but
        certain of, when the whole message is all but lost: read whole, that story had
        found the answer on new parents, from "mams". None otherwise: "which one do i
        sign up with" or "is it free for me" asks of the words before it ("im at uni in
        durham but home is leeds", "on a student visa")."""
        if verdict.answer is not None and (verdict.score >= _LOST_WHOLE
                                           or verdict.confidence >= _UNSURE_WHOLE):
            return []
        where = _nations(prepared.terms.words)
        clauses = [self.matcher.terms(_placed(normalise(clause).split(), where))
                   for clause in self._asking_clauses(split_sentences(prepared.raw))]
        return [terms for terms in clauses[:_QUESTIONS_READ]
                if self._certain(self._match(terms, memo))]

    @staticmethod
    def _asking_clauses(sentences: Sequence[str]) -> list[str]:
        """The clauses of ``sentences`` that ask on their own after a comma, when the
        sentence's first clause does not ("..., is she too old for this"; not "if i go,
        will they tell my gp", whose condition is the question, nor "..., can i refer
        myself from there", which asks of a place said before it)."""
        out = []
        for sentence in sentences:
            if "," not in sentence:
                continue
            first, *rest = _CLAUSE_BREAK.split(sentence)
            if not rest or question_sentences(first) or _REASON.match(f" {first} "):
                continue
            # ("..., but do they have it in scotland": the turn is no part of it)
            asked = [_TURNING.sub("", clause) for clause in question_sentences(". ".join(rest))]
            out += [clause for clause in asked
                    if clause and clause.split()[0].lower() in QUESTION_WORDS
                    and set(clause.lower().split()[1:2]) <= _SUBJECTS
                    and not {"there", "here"} & set(clause.lower().split()[2:])]
        return out

    def _refined(self, prepared: Prepared, topic: str, memo: _Memo) -> Verdict | None:
        """The specific answer under ``topic`` that the message's one question asks for,
        when the whole message found that topic's overview: "will i get charged if i miss
        one? money is really tight at the moment" found the overview on cost, from the
        money; the question alone is certainly the one on missed appointments. ``None``
        unless the answer model is all but certain of it."""
        questions = question_sentences(prepared.raw)
        if len(questions) != 1:
            return None
        question = normalise(questions[0])
        if question == prepared.text or len(question.split()) < _FRAGMENT_STEMS:
            return None
        part = self._match(self.matcher.terms(question.split()), memo)
        if part.answer is None or part.answer.is_overview or part.answer.topic != topic \
                or not self._certain(part):
            return None
        return part

    def _what_it_is_about(self, part: Verdict, whole: Verdict) -> Verdict:
        """A question sentence's answer, or, when the model is unsure of it and plainly
        leans to another answer for the whole message, that one: the question says too
        little alone ("Do I go through you or is it a separate thing?" had found the
        answer for NHS staff; the message before it is about help for veterans)."""
        if part.answer is None or part.confidence >= _UNSURE_PART or whole.reading is None:
            return part
        lean = self._leaning(whole.reading)
        if lean is None:
            return part
        answer, top = lean
        if answer is part.answer or \
                top < _CONTEXT_LEAD * whole.reading.probabilities.get(part.answer.id, 0.0):
            return part
        return dataclasses.replace(part, answer=answer, confidence=top)

    def _leaning(self, reading: Reading) -> tuple[Answer, float] | None:
        """The answer the model plainly leans to, and how sure it is: at least
        :data:`_CONTEXT_SURE`, and :data:`_LEAN_LEAD` times the next answer's
        probability; ``None`` if it leans to none."""
        ranked = heapq.nlargest(2, reading.probabilities.items(), key=lambda item: item[1])
        if len(ranked) < 2:
            return None
        (best, top), (_, second) = ranked
        answer = self._answers.get(best)
        if answer is None or top < _CONTEXT_SURE or top < _LEAN_LEAD * second:
            return None
        return answer, top

    @staticmethod
    def _certain(verdict: Verdict) -> bool:
        """Whether a part's reading is an answer the model is all but certain of."""
        return verdict.answer is not None and (
            (verdict.confidence >= _CERTAIN and verdict.score >= _HEAD_SCORE)
            or (verdict.score >= _WORD_FOR_WORD and verdict.confidence >= _LIKELY))

    def _with_before(self, text: str, questions: Sequence[str]) -> dict[str, Terms]:
        """Each short question sentence that points back to what was said ("how would i
        go about obtaining these"), joined to the sentence before it."""
        sentences = split_sentences(text)
        joined = {}
        for question in questions:
            said = normalise(question)
            if question not in sentences or len(said.split()) > _POINTING_WORDS or \
                    not _POINTS_BACK.search(said):
                continue
            n = sentences.index(question)
            if n > 0:
                before = sentences[n - 1]
                greeted = _GREETING.match(before)
                before = before[greeted.end():] if greeted else before
                joined[question] = self.matcher.terms(normalise(f"{before} {question}").split())
        return joined

    def _in_context(self, part: Verdict, answer: Answer, terms: Terms,
                    reading: Reading | None) -> Verdict:
        """A question sentence's answer, with the whole message's words to say which of
        its topic's answers it is. The question alone may name only the topic ("do they
        treat that?"): the words before it say which of its answers ("checking the hob
        twenty times": the one on OCD). Or it may find one of its answers that the whole
        message plainly does not mean ("can appointments accommodate this?" alone is the
        one on evening appointments; after "my hearing has deteriorated", the one on
        hearing loss). ``reading``: the answer model's reading of the whole message."""
        topic = self._topics[answer.topic]
        if answer is topic.overview:
            return dataclasses.replace(part, answer=self._pick(
                answer.topic, reading, self.answer_index.rank(terms, limit=12), terms))
        if reading is None:
            return part
        p = reading.probabilities
        best = reading.best([a.id for a in topic.answers])
        if best is not None and best != answer.id and p.get(best, 0.0) >= _CONTEXT_SURE and \
                p.get(best, 0.0) >= _CONTEXT_LEAD * p.get(answer.id, 0.0):
            return dataclasses.replace(part, answer=self._answers[best])
        return part

    def answer_reply(self, answer_id: str) -> Reply | None:
        """An answer, as when its button is pressed; ``None`` for an unknown id."""
        answer = self._answers.get(answer_id)
        if answer is None:
            return None
        return self._answer(answer, score=100.0)

    def crisis_reply(self, kind: CrisisKind = CrisisKind.SELF) -> Reply:
        """Crisis signposting on its own, as for ``/urgent``."""
        return self._crisis(Detection((kind,)), None)

    def topics_reply(self) -> Reply:
        """The list of everything the assistant can answer, with a button for each topic."""
        lines = [self.messages["topics_intro"], ""]
        lines += [f"{n}. {topic.title}" for n, topic in enumerate(self.topics, 1)]
        return Reply(kind=ReplyKind.SMALLTALK, messages=("\n".join(lines),),
                     suggestions=tuple(topic.id for topic in self.topics),
                     buttons=self._menu())

    def welcome_reply(self) -> Reply:
        """The first message: what the assistant is and is not, and the topics."""
        return self.canned("welcome", buttons=self._menu())

    def canned(self, key: str, buttons: tuple[Row, ...] = ()) -> Reply:
        """One of the bot's own messages (help, privacy, ...) as a reply."""
        return Reply(kind=ReplyKind.SMALLTALK, messages=(self.messages[key],), buttons=buttons)

    def feedback_reply(self, helpful: bool) -> Reply:
        """The acknowledgement of a 👍 (thanks) or a 👎 (ask another way: the topics and
        the local-service finder)."""
        if helpful:
            return self.canned("feedback_thanks")
        return self.canned("feedback_sorry", buttons=self._menu())

    def stale_reply(self) -> Reply:
        """For a button too old to understand: say so kindly, and offer the topics."""
        return self.canned("stale_button", buttons=self._menu())

    def step_reply(self, step: Step) -> Reply:
        """One step of the "right for me" check, with its choices as buttons.

        Answers one per row, then Back / Cancel / Start again on one row, then the
        result's link. An urgent-help result stands alone, like any crisis reply.
        """
        if step.crisis:
            return Reply(kind=ReplyKind.CRISIS, messages=(step.text,), crisis=True,
                         crisis_kind=CrisisKind.SELF, crisis_level=CrisisLevel.URGENT)
        rows: list[Row] = [(Button(o.label, Action.CHECK_STEP, o.data),)
                           for o in step.options if o.kind is OptionKind.ANSWER]
        navigation = tuple(Button(o.label, Action.CHECK_STEP, o.data)
                           for o in step.options if o.kind is not OptionKind.ANSWER)
        if navigation:
            rows.append(navigation)
        if step.link is not None:
            rows.append((Button(step.link.label, Action.LINK, step.link.url),))
        outcome = step.outcome.id if step.outcome else None
        return Reply(kind=ReplyKind.SMALLTALK, messages=(step.text,), topic=outcome,
                     buttons=tuple(rows))

    # -------------------------------------------------------------------- internals

    def _match(self, terms: Terms, memo: _Memo | None = None) -> Verdict:
        """Read the question three ways and decide: an answer, suggestions, or nothing.

        The answer model ranks every answer against every other; the two evidence
        indexes say how well the words fit (and whether the message is about something
        else). A topic is answered outright when the model and an index agree on it,
        when the model is very sure and the answer index supports it, or when the
        overview index is sure on its own and the model does not rule it out.
        """
        if terms.empty:
            return Verdict(None, 0.0)
        if memo is not None:
            # One message's parts often read the same words twice (a sentence that is
            # also a clause, the words left beside the risk that are the whole question).
            key = (terms.stems, terms.every)
            found = memo.verdicts.get(key)
            if found is None:
                found = memo.verdicts[key] = self._match(terms)
            return found
        t = self.thresholds
        overview = self._witness(self.overview_index, terms)
        ranked = self.answer_index.rank(terms, limit=12)
        answers = self._witness(self.answer_index, terms, ranked)
        reading = self.model.read(terms.stems)
        chances: dict[str, float] = {}
        if reading is not None:
            topic_of = self._topic_of
            for answer_id, p in reading.probabilities.items():
                topic = topic_of.get(answer_id, "")
                chances[topic] = chances.get(topic, 0.0) + p
        favourite = max(chances, key=chances.__getitem__) if chances else ""
        p = chances.get(favourite, 0.0)
        support = {m.topic: m.score for m in answers}
        named = self._only_named(terms)
        chosen = named
        # One of an answer's own phrasings word for word is that answer, whatever the
        # model leans to ("what is guided self help and how does it work" had gone to
        # the answer on guided self-help not working, whose phrasings say it so often).
        said = self._said_by.get(" ".join(terms.every), [])
        exact = said[0] if len(said) == 1 and named is None else None
        if exact is not None:
            chosen = self._topic_of[exact]
        if chosen is None and favourite in self._topics:
            for index in (overview, answers):
                if index and index[0].topic == favourite and p >= t.agree \
                        and index[0].score >= t.agree_score:
                    chosen = favourite
                    break
            if chosen is None and p >= t.model_sure and support.get(favourite, 0) >= t.support:
                chosen = favourite
        if chosen is None and self._sure(overview) and \
                (reading is None or chances.get(overview[0].topic, 0.0) >= t.veto):
            chosen = overview[0].topic
        score = max((m.score for m in (*overview, *answers)), default=0.0)
        # One of the chosen topic's own phrasings word for word is answered by its own
        # answer ("what types of therapy do they offer" is the overview's, whichever
        # of the topic's answers the model leans to).
        own = exact or next((a for a in reversed(said) if self._topic_of[a] == chosen), None)
        if chosen is not None and own is None and terms.stems and \
                self.overview_index.evidence(terms) < _ANSWER_EVIDENCE:
            # "where can i get help", "help please": one word found in half the topics
            # says too little to answer outright, however well it matches (it had read
            # as phobias); offered among the suggestions instead. One of the answers'
            # own phrasings word for word ("what does it help with") is still answered.
            chosen = None
        if chosen is not None:
            score = max(support.get(chosen, 0.0),
                        next((m.score for m in overview if m.topic == chosen), 0.0))
            if named is not None:
                score = max(score, t.sure)  # named, and nothing else asked: as sure as can be
            answer = self._answers[own] if own is not None else \
                self._pick(chosen, reading, ranked, terms)
            return Verdict(answer, score, confidence=chances.get(chosen, 0.0),
                           reading=reading)
        floor = t.domain_suggest if score >= t.domain_suggest and \
            self.matcher.in_domain(terms) else t.suggest
        near = {m.topic for m in (*overview, *answers) if m.score >= floor}
        order = sorted(near, key=lambda topic: (-chances.get(topic, 0.0),
                                                -support.get(topic, 0.0)))
        picked = dict.fromkeys(self._pick(topic, reading, ranked, terms) for topic in order[:3])
        return Verdict(None, score, tuple(picked), reading=reading)

    def _what_it_is(self, text: str) -> Answer | None:
        """The answer to a message whose only question asks what one named thing is:
        "wat is cbt my doctor say try it" (read whole, the doctor's advice had found the
        answer on therapy instead of tablets), or "the lady on the assessment said IPT
        might suit me. what is that exactly" (alone, "what is that" had read as what
        IAPT is). ``None`` when it asks anything else, or names two things."""
        lowered = text.lower()
        if "what" not in lowered and "wat" not in lowered and "wot" not in lowered and \
                "explain" not in lowered:
            return None  # (most messages: kept cheap)
        asked = question_sentences(text)
        if len(asked) == 2 and _WHAT_THAT_IS.search(normalise(asked[1])):
            # "my gp said something about IPT?? wots that": a "?" on the naming too
            asked = asked[1:]
        if len(asked) > 1:
            return None
        question = normalise(asked[0]) if asked else ""
        # Each clause too: "whats cbt in plain english please, every website uses
        # massive words" asks in its first clause.
        # (Not when another clause asks too: "what is cbt, and how long is the wait".)
        sentences, asking = [], []
        for sentence in split_sentences(text):
            clauses = [clause for clause in _CLAUSE.split(sentence) if clause.strip()]
            # (a clause that points back, "is it just talking?", asks of the same thing;
            # so does one of two words or fewer, "what's different?", "please?")
            others = [asks_question(clause) and len(clause.split()) > 2
                      and not _POINTS_BACK.search(normalise(clause)) for clause in clauses]
            for n, clause in enumerate(clauses):
                sentences.append(normalise(clause))
                asking.append(any(others[:n] + others[n + 1:]))
        for n, sentence in enumerate(sentences):
            if question not in sentence and sentence not in question:
                continue  # ("" is in every sentence: with no question, all are read)
            found = self._asks_what_is.match(sentence)
            if found is not None:
                return None if asking[n] else self._answers[self._defined[found.group(1)]]
            if sentence == question and question in self._defined and not asking[n]:
                # The name alone asked ("IAPT?? keep seeing it on forms, what is that":
                # the forms had found the answer on trauma)
                return self._answers[self._defined[question]]
            tail = _WHAT_THAT_IS.search(sentence)
            if tail is not None:
                before = " ".join((*sentences[:n], sentence[:tail.start()]))
                # (not one that is theirs, "said my gad7 came out at 16": a score)
                named = {self._defined[name.group()]
                         for name in self._name_said.finditer(before)
                         if (_SAID_OF.search(before[:name.start()]) or not name.start())
                         and not before[:name.start()].endswith(("my ", "your "))}
                if len(named) == 1 and not asking[n]:
                    return self._answers[named.pop()]
        return None

    def _only_named(self, terms: Terms) -> str | None:
        """The one topic a message names and says nothing else of but how it asks ("what
        even is cbt", "what exactly is cbt": the "what is" had pulled towards what IAPT
        is, and "even" towards social anxiety's phrasings)."""
        named = set(terms.stems) - _BROAD_ASKING
        owners = {self._named_by.get(word) for word in named}
        return owners.pop() if len(owners) == 1 else None

    def _read_parts(self, parts: Iterable[Terms], memo: _Memo | None = None) -> list[Verdict]:
        """Each part of a message (a question sentence, a clause) matched alone, but only
        a part whose words say enough to answer from: "could they help him?" alone is
        one word found in half the topics, and had won over the whole message."""
        # ... or one of only the commonest words ("how much is it?"), whose evidence is
        # nil: read whole, it is judged as any reading is (callers ask for an answer
        # near enough word for word, see :meth:`_names_nothing` and ``_HEAD_SCORE``).
        # ... or one of an answer's own phrasings word for word ("how do i get an
        # appointment", after "sorry wrong chat. actually while im here").
        return [self._match(terms, memo) for terms in parts
                if not terms.stems or self.overview_index.evidence(terms) >= _PART_EVIDENCE
                or " ".join(terms.every) in self._said_by]

    def _outside_lead(self, terms: Terms) -> float | None:
        """How far the answer index's out-of-scope reading of ``terms`` leads its best
        answer, when that reading comes first (0 when it scores below
        :attr:`Thresholds.answer`); ``None`` when an answer comes first."""
        ranked = self.answer_index.rank(terms, limit=12)
        if not ranked or not is_outside(ranked[0].topic):
            return None
        if ranked[0].score < self.thresholds.answer:
            return 0.0
        inside = next((m.score for m in ranked if not is_outside(m.topic)), 0.0)
        return ranked[0].score - inside

    def _witness(self, index: Matcher, terms: Terms,
                 ranked: list[Match] | None = None) -> list[Match]:
        """An index's topics for the message, best first; empty when the message is best
        read as out of scope. ``ranked``: the index's ranking, if already made."""
        matches = ranked if ranked is not None else index.rank(terms, limit=12)
        if not matches or is_outside(matches[0].topic):
            return []
        outside = next((m.score for m in matches if is_outside(m.topic)), 0.0)
        if matches[0].score - outside < self.thresholds.outside_margin and \
                not index.in_domain(terms) and not index.owns(terms, matches[0].topic):
            # as much about something else ("the wait for a hip operation")
            return []
        best: dict[str, float] = {}
        for match in matches:  # answers to their topics, each topic at its best answer
            if not is_outside(match.topic):
                topic = self._answers[match.topic].topic
                best.setdefault(topic, match.score)
        return [Match(topic, score) for topic, score in best.items()]

    def _sure(self, matches: list[Match], floor: float | None = None) -> bool:
        """The overview index alone: a high score with a clear lead over the next topic."""
        t = self.thresholds
        if not matches or matches[0].score < (floor or t.answer):
            return False
        return len(matches) < 2 or matches[0].score >= t.sure or \
            matches[0].score - matches[1].score >= t.margin

    def _pick(self, topic_id: str, reading: Reading | None, answers: list[Match],
              terms: Terms | None = None) -> Answer:
        """The topic's answer that fits the message: the model's choice among the topic's
        answers (a specific one, or the overview). A message that names only the topic
        ("tell me about cbt", "what is phq9 and gad7") asks for the overview."""
        picked = self._pick_in_topic(topic_id, reading, answers, terms)
        return self._for_age(picked, terms.every) if terms is not None else picked

    def _for_age(self, answer: Answer, words: Sequence[str]) -> Answer:
        """The answer for the age the message gives, where it has one of its own."""
        at_work = _WHO_IS_TOLD.get(answer.id)
        if at_work is not None and _own_age(words) in range(5, 18) and \
                not _own_work(words, at_work):
            return self._answers.get(_YOUNG_PRIVACY, answer)
        if answer.id == _FOR_OLDER and not _OLD_AGE_SAID.search(" ".join(words)):
            # "is it too late for therapy" says nothing of age: the answer on being too
            # old would guess it. Who the service is for is what it asks (beside "got
            # the pills ready for tonight" it had been read as an age).
            return self._topics[_WHO_FOR].overview
        own = _own_age(words) if answer.id in _ASKED_AT_AN_AGE else \
            _age_stated(words) if answer.id == _FOR_OLDER else None
        if own in (16, 17):
            # "im 16 can i refer myself": a 16 year old asking for themselves, whom the
            # answer for 16 and 17 year olds fits ("in some areas, yes"), not the one
            # for a parent.
            return self._answers[_FOR_16_AND_17]
        if own in range(5, 16):
            # "im 14 where do i get help": a child asking for themselves, whom the
            # overview for under 18s speaks to (children's services), not their parent.
            return self._topics[_UNDER_16].overview
        if answer.id == _FOR_16_AND_17 and any(w in _PARENTS for w in words) and \
                _KEPT_FROM.search(" ".join(words)):
            return self._answers.get(_YOUNG_PRIVACY, answer)
        if answer.id not in (_FOR_16_AND_17, _WHO_FOR, _NOT_RIGHT):
            return answer
        age = _age_given(words) if answer.id == _FOR_16_AND_17 else _age_stated(words)
        if answer.id == _WHO_FOR and age is not None and age >= _OLDER_AGE:
            # "is there anything you can offer her, shes 90": who it is for, asked of an
            # older person, is the answer on age (no upper limit)
            return self._answers.get(_FOR_OLDER, answer)
        if age is None or age not in range(5, 18):
            return answer
        if age < 16:
            # "can a 13 yr old use talking therapies": the answer for 16 and 17 year olds
            # begins "In some areas, yes", wrong for a child; children's services are.
            return self._topics[_UNDER_16].overview
        # "im 16 ... is it only for adults": who it is for, asked at 16 or 17.
        return self._answers[_FOR_16_AND_17] if answer.id == _WHO_FOR else answer

    def _fit_age(self, verdict: Verdict, words: Sequence[str]) -> Verdict:
        """``verdict`` with its answer fitted to an age said anywhere in the message (a
        question read on its own, "can i even use this", has lost the "im 15" before it)."""
        if verdict.answer is None:
            return verdict
        fitted = self._for_age(verdict.answer, words)
        return verdict if fitted is verdict.answer else dataclasses.replace(verdict, answer=fitted)

    def _pick_in_topic(self, topic_id: str, reading: Reading | None, answers: list[Match],
                       terms: Terms | None) -> Answer:
        topic = self._topics[topic_id]
        if not topic.specific:
            return topic.overview
        if terms is not None:
            named = set(terms.stems) - _BROAD_ASKING
            if named and named <= self._names[topic_id]:
                return topic.overview
            if terms.stems and named <= _THE_SERVICE:
                # "can talking therapies help", "could therapy help me": nothing named
                # but the service, asked broadly, is the topic's overview (it had been
                # the answer on long-term conditions, the model's lean within the topic).
                return topic.overview
        if reading is not None:
            ids = [a.id for a in topic.answers]
            best = reading.best(ids)
            if best is not None:
                return self._answers[self._tie_break(best, ids, reading, answers)]
        return topic.overview

    def _tie_break(self, best: str, ids: list[str], reading: Reading,
                   ranked: list[Match]) -> str:
        """The model's pick among a topic's answers, unless it is nearly a tie and the
        answer index clearly prefers the other ("can i bring my mum to the first appt,
        im nervous": the model hardly prefers the assessment overview to bringing
        someone; the phrasings point plainly to bringing someone)."""
        scores = {m.topic: m.score for m in ranked if m.topic in ids}
        if not scores:
            return best
        indexed = max(scores, key=scores.__getitem__)
        p = reading.probabilities
        if indexed != best and scores[indexed] >= scores.get(best, 0.0) + _INDEX_LEAD and \
                (p.get(indexed, 0.0) >= _TIE * p.get(best, 0.0) or p.get(best, 0.0) < _UNSURE):
            return indexed
        return best

    def _question(self, prepared: Prepared, detection: Detection,
                  memo: _Memo | None = None) -> Verdict:
        """The answer to a question asked alongside risk words, if there is one.

        Read without the risk words themselves (they mostly carry no topic and pull
        towards crisis answers): the whole message, and each sentence that asks
        something on its own ("...is there anything faster?"); the strongest reading
        wins. When the message asks something, the risk words may be the topic itself
        ("if i admit i've had suicidal thoughts will they tell my doctor"), so the
        whole message is read as written too, and wins when the answer model is surer
        of it.
        """
        text = prepared.raw
        rest = self.matcher.terms(detection.rest.split())
        # What is left may say too little to answer from ("i took 30 pills, can you get
        # me help": "help" alone had read as phobias); then only its parts are read.
        readings = [self._match(rest, memo)
                    if self.overview_index.evidence(rest) >= _ANSWER_EVIDENCE
                    else Verdict(None, 0.0)]
        asked = question_sentences(text, third_person=True)
        if asked and all(self._asks_what_the_bot_is(q, memo) for q in asked) and \
                self._besides(rest, asked, memo).confidence < _ONLY_ASKED_OF_THE_BOT:
            # "took a load of my tablets. is anyone actually reading this": asked only of
            # the bot, which the crisis reply answers (no one reads the chat); the words
            # left beside the risk had found the answer on confidentiality. (Unless they
            # plainly ask something: "the last question on the phq ... does anyone
            # actually read these?" is about the forms.)
            return Verdict(None, 0.0)
        # Clauses too: "feeling suicidal most days, is the service free".
        clauses = _CLAUSE_BREAK.sub(". ", text)
        # ... and where the message turns to its question ("... tbh 🙃 anyway how do i
        # refer myself"): at an emoji between words, or at "anyway".
        clauses = "\n".join(split_sentences(
            _TURN.sub("\n", _WHILE_HERE.sub("\n", clauses)), at_emoji=True))
        if any(len(part.split()) > _RUN_ON and _BECAUSE.search(part)
               for part in split_sentences(clauses)):
            clauses = ". ".join(_BECAUSE.sub(". ", part) if len(part.split()) > _RUN_ON
                                else part for part in split_sentences(clauses))
        # Whole sentences first ("if i tell a therapist about it, would they have to
        # report him?" needs its "if"), then the clauses that ask on their own.
        whole_sentences = question_sentences(text, third_person=True)
        if len(whole_sentences) == 1 and len(split_sentences(text)) == 1:
            whole_sentences = []  # the message itself, read below
        questions = list(dict.fromkeys(
            whole_sentences + question_sentences(clauses, third_person=True)))
        # ... or one that starts inside the only sentence ("he told my husband life is
        # not worth living any more can he get help even if his english is not good").
        inside = len(questions) == 1 and normalise(questions[0]) != normalise(text)
        if len(questions) < len(split_sentences(clauses)) or len(questions) > 1 or inside:
            parts = []
            where = _nations(prepared.terms.words)
            for question in questions[:_QUESTIONS_READ]:
                if self._asks_what_the_bot_is(question, memo):
                    # "does anyone even read this", asked of the bot beside the risk:
                    # no question about the service (the crisis reply says no one reads
                    # the chat), though its words had found the social anxiety answer
                    continue
                found = self.detector.read(question)
                words = _unchecked(found.rest if found.is_crisis
                                   else normalise(question)).split()
                # ("moved to cardiff for uni ... who do i even contact here": Wales)
                terms = self.matcher.terms(_placed(words, where))
                if found.is_crisis and len(terms.stems) < _FRAGMENT_STEMS and \
                        not self._whole_question(terms, memo) and \
                        not self._asks_about_telling(terms, detection, memo):
                    continue
                if self._names_nothing(terms, memo):
                    continue  # "is that normal?": the whole message says what about
                parts.append(terms)
            readings += self._read_parts(parts, memo)
        # "how long is the wait cos honestly a wont be here by then", "is it confidential
        # if i tell them ive swallowed pills", "is there a tablet to make me feel better
        # or just one to make me go to sleep and not bother anybody": the question asked
        # before the reason, the "if" or the "or" that carries the risk.
        heads = []
        for question in (questions or [text])[:_QUESTIONS_READ]:
            head = _REASON.split(question, maxsplit=1)[0]
            if head != question and len(head.split()) >= 3 and asks_question(head) and \
                    not self.detector.read(head).is_crisis:
                heads.append(self.matcher.terms(normalise(head).split()))
        readings += [verdict for terms in heads for verdict in self._read_parts([terms], memo)
                     if verdict.answer is not None and (verdict.score >= _HEAD_SCORE or (
                         verdict.score >= _NAMED_HEAD_SCORE
                         and self._names_its_topic(terms, verdict.answer)))]
        best = max(readings, key=_strength)
        if best.answer is not None and not _beside(best.answer, detection.primary) and \
                best.answer is not self._topics[URGENT_TOPIC].overview:
            # One of the crisis reply's own topic's specific answers ("can talking
            # therapies see her" read as the one on not being a crisis service), which
            # is never given after it, only just ahead of a reading that can be given
            # ("... or is she too young?"): that one answers. (Its overview, the
            # numbers, is what was asked for: the crisis reply alone.)
            given = max((verdict for verdict in readings if verdict.answer is not None
                         and _beside(verdict.answer, detection.primary)), key=_strength,
                        default=None)
            if given is not None and given.score >= best.score - _NEAR_TIE:
                best = given
        onlooker = self._onlooker(prepared, detection, memo)
        if onlooker is not None and (best.answer is None or onlooker.confidence > best.confidence
                                     or not _beside(best.answer, detection.primary)):
            return onlooker
        if len(rest.stems) >= _QUESTION_WORDS_LEFT and asks_question(text):
            whole = self._match(prepared.terms, memo)
            if whole.answer is not None and _beside(whole.answer, detection.primary) and (
                    best.answer is None or not _beside(best.answer, detection.primary)
                    or whole.confidence > best.confidence or detection.disclosure):
                # (The same answer, read more surely from the question alone, keeps that
                # reading's score: "partner strangled me last night ... Would my therapist
                # have to tell anyone if I brought it up" read whole came to 44.4, under
                # the bar for giving it, and its question part to 88.3.)
                return best if best.answer is whole.answer and best.score > whole.score \
                    else whole
            if best.answer is None:
                # "I self harmed as a teenager. It's been over 10 years ... Will it count
                # against me when they assess me?": the question alone says too little
                # and the long message too much for the bar; what the message is about
                # answers it, when the answer model plainly leans one way.
                lean = self._plain_lean(whole, detection)
                if lean is not None and best.suggestions[:1] == lean.suggestions[:1] and \
                        best.score > lean.score:
                    # ... as near as the question part that leans the same way ("can u
                    # refer me for something stronger than the online course" near the
                    # online programmes, where the whole message, cutting and all, was
                    # further off)
                    lean = dataclasses.replace(lean, score=best.score)
                return lean or best
        return best

    def _can_they_help(self, prepared: Prepared, detection: Detection,
                       verdict: Verdict) -> Verdict:
        """The answer to give beside the risk: ``verdict``, unless

        - it is a condition that the message never names (the risk words read as health
          anxiety or grief, or "is that something you deal with" beside burning as eating
          disorders), or the crisis reply's own topic when the message asks what
          happens if they say it: then the answer on telling them, or the one below, or
          else the overview of what the service helps with;
        - it is that overview, and the answer for the risk is one of its topic's own
          (the answer on abuse);
        - no answer near enough was read (a "did you mean" is not enough: "would that
          count for therapy" had found the answer for 16 and 17 year olds, from "count")
          and the message asks whether the service can help with what it told ("is that
          something you deal with", "would you lot see me", "can you help with this"):
          then the answer on who the service is for that fits the risk found. For the
          writer's own risk or someone else's, whether self-harm or high risk now rules
          them in or out and where else to go (for a child, the answer for under 18s);
          for harm they fear doing, what happens if they say it; for abuse, how therapy
          fits.
        """
        t = self.thresholds
        primary = detection.primary or CrisisKind.SELF
        told = self._answers.get(_TELLING.get(primary, ""))
        own_words = _ITS_OWN_WORDS.get(verdict.answer.id) if verdict.answer else None
        # "i keep thinking about ending it. would you lot take me on": the risk words had
        # read as health anxiety ("i keep thinking im dying") or grief, which the message
        # never names.
        unnamed = own_words is not None and not own_words.search(prepared.text)
        if verdict.answer is not None and verdict.answer.topic == _MEDICATION and \
                not _MEDICINE_WORDS.search(detection.rest) and \
                not _MEDICINE_NAMES.search(prepared.text):
            unnamed = True
        if unnamed:
            verdict = Verdict(None, verdict.score)
        if told is not None and _IF_I_TELL.search(prepared.text) and (
                unnamed or verdict.answer is None or verdict.answer.topic == URGENT_TOPIC
                or (verdict.answer is self._topics[told.topic].overview
                    and not self._names_its_topic(prepared.terms, verdict.answer))):
            # ... or what happens if they say it ("if i tell the therapist im planning to
            # kill myself, do they have to pass it on"), which had read as that, or as
            # the crisis reply's own topic, given anyway ("if i say ive thought about
            # killing myself are they just going to pass me to the crisis team"), or as
            # the overview of the topic the answer on telling is under ("... ive got a
            # date picked. should i tell her": "tell" alone had read as confidentiality),
            # unless the message names that topic ("does confidentiality still count")
            return Verdict(told, max(verdict.score, t.crisis_answer))
        if unnamed and _ABOUT_THE_SERVICE.search(prepared.text):
            # ... asking whether the service is for it: who it is for, for that risk
            return self._help_with_it(prepared, primary, verdict)
        if verdict.answer is not None and verdict.answer.id == _CONDITIONS and \
                _CAN_THEY_HELP.search(prepared.text):
            # ... or the overview of what the service helps with, when the answer for the
            # risk is one of that topic's own ("he pushed me down the stairs last night.
            # does your service help with that": the answer on abuse). (Not the answers
            # on self-harm or on fearing to hurt someone, under other topics: blind
            # writers asking "is that something you deal with" beside those chose the
            # overview, 43 of them over tests/data.)
            helped = self._help_with_it(prepared, primary, verdict)
            if helped.answer is not None and helped.answer.topic == _CONDITIONS:
                return helped
        asks_help = _CAN_THEY_HELP.search(prepared.text) is not None
        if verdict.answer is not None and verdict.score >= t.crisis_answer and (
                _beside(verdict.answer, primary) or verdict.answer.id in _TELLING.values()) \
                and not (asks_help and verdict.score < _WEAKLY_READ
                         and verdict.answer.id not in _HELPING
                         and verdict.answer.topic != self._topic_of.get(_CONDITIONS)
                         and not self._names_its_topic(prepared.terms, verdict.answer)
                         and verdict.answer.topic not in {self._named_by.get(w)
                                                          for w in prepared.terms.stems}):
            return verdict
        if asks_help:
            # ... or whether it can help, read only weakly as something else ("do you do
            # therapy for blokes in my situation", beside his wife's violence, had found
            # the answer on when they must share, at 45)
            return self._help_with_it(prepared, primary, verdict)
        if unnamed and _CONDITIONS in self._answers:
            # ... otherwise, of a condition it never names ("i think about dying most
            # days. is that normal for depression or is it something else"): what the
            # service helps with, rather than the crisis reply alone
            return Verdict(self._answers[_CONDITIONS], max(verdict.score, t.crisis_answer))
        return verdict

    def _help_with_it(self, prepared: Prepared, primary: CrisisKind,
                      verdict: Verdict) -> Verdict:
        """The answer on whether the service can help with the risk found (see
        :meth:`_can_they_help`), or ``verdict`` if that kind of risk has none."""
        answer_id = _HELP_WITH_IT.get(primary)
        if primary is CrisisKind.SELF and _SELF_HARM_WORDS.search(prepared.text):
            answer_id = _HELP_WITH_SELF_HARM
        answer = self._answers.get(answer_id) if answer_id else None
        if answer is None:
            return verdict
        # fitted to an age the message says ("my daughter is 14 ... does talking
        # therapies deal with that": the answer for under 18s)
        return self._fit_age(Verdict(answer, max(verdict.score, self.thresholds.crisis_answer)),
                             prepared.terms.every)

    def _plain_lean(self, whole: Verdict, detection: Detection) -> Verdict | None:
        """The answer the model plainly leans to for a whole message that asks beside
        its risk words, when no reading reached the bar: at least :data:`_CONTEXT_SURE`
        and :data:`_LEAN_LEAD` times the next answer's probability, as the verdict's
        one suggestion; ``None`` if none."""
        lean = self._leaning(whole.reading) if whole.reading is not None else None
        if lean is None or not _beside(lean[0], detection.primary):
            return None
        answer, top = lean
        # Offered as the nearest answer: the crisis reply gives it when the message is
        # near enough (``Thresholds.crisis_question``), as it does a "did you mean".
        return dataclasses.replace(whole, answer=None, suggestions=(answer,), confidence=top)

    def _onlooker(self, prepared: Prepared, detection: Detection,
                  memo: _Memo | None) -> Verdict | None:
        """The answer written for someone worried about another person, when the message
        asks what to do ("my friend told me she self harms, what do i do"): the risk
        words are what is asked about, so the message is read whole, as written."""
        onlookers = _FOR_ONLOOKERS.get(detection.primary or CrisisKind.SELF)
        if not onlookers or not asks_question(prepared.raw):
            return None
        whole = self._match(prepared.terms, memo)
        if whole.answer is None and whole.suggestions and detection.primary in _NEAREST_FITS \
                and whole.suggestions[0].id in onlookers and whole.reading is not None:
            # Nearest, though not sure enough alone: the kind of risk found says it is
            # the one meant ("my partner checks my bank ... is that something your
            # therapists deal with").
            nearest = whole.suggestions[0]
            return dataclasses.replace(
                whole, answer=nearest, suggestions=(),
                score=max(whole.score, self.thresholds.crisis_answer),
                confidence=whole.reading.probabilities.get(nearest.id, 0.0))
        return whole if whole.answer is not None and whole.answer.id in onlookers else None

    def _asks_what_the_bot_is(self, text: str, memo: _Memo | None = None) -> bool:
        """Whether a part of a message, read on its own, is the small talk asking what
        the bot is or whether anyone reads it ("is this a real person", "does anyone
        even read this"), as a message of its own would be ("whats the wait like??" is
        answered, not small talk). Not the small talk about what it can help with: "can
        talking therapies help with that?" asks about the service."""
        known = memo.of_the_bot.get(text) if memo is not None else None
        if known is not None:
            return known
        # ... or whether the chat is private ("is this chat private?", beside abuse):
        # the crisis reply says no one reads it, and how to delete it.
        prepared = self._read_words(text)
        reply = self._smalltalk(prepared, self._match(prepared.terms, memo))
        known = reply is not None and reply.messages[0] in self._of_the_bot
        if memo is not None:
            memo.of_the_bot[text] = known
        return known

    def _besides(self, rest: Terms, asked: Sequence[str], memo: _Memo | None) -> Verdict:
        """The reading of what a message says besides its risk words and the questions it
        asks only of the bot ("does anyone even read this" had itself read as the answer
        on social anxiety); no answer when that says too little to answer from."""
        to_drop = Counter(word for question in asked for word in normalise(question).split())
        kept = []
        for word in rest.every:
            if to_drop[word] > 0:
                to_drop[word] -= 1
            else:
                kept.append(word)
        terms = self.matcher.terms(kept)
        # Too few words left to be a question of their own: what is left of a sentence
        # its risk words were taken from ("ive saved up all my tablets and i think
        # tonights the night. does anyone even read this" leaves "i have and i think",
        # which had read as CBT's answer), as for a question part (``_FRAGMENT_STEMS``).
        if terms.empty or len(terms.stems) < _FRAGMENT_STEMS or \
                self.overview_index.evidence(terms) < _ANSWER_EVIDENCE:
            return Verdict(None, 0.0)
        return self._match(terms, memo)

    def _names_nothing(self, terms: Terms, memo: _Memo | None) -> bool:
        """Whether a question part is made only of words that name nothing ("can they
        still help me", "is that normal?"), so the whole message must say what it asks
        about; not one of only the commonest words that is, near enough word for word,
        a whole question of ours ("how much is it?")."""
        if "that" in terms.every and not _THAT_MEANS.isdisjoint(terms.every) and \
                set(terms.every) <= _WHAT_THAT_MEANS:
            return True  # "what does that even mean", of words said before it
        if not set(terms.stems) <= _GENERIC_ASKING:
            return False
        if terms.stems:
            return True  # "can i still get help" had read as the answer on drinking
        verdict = self._match(terms, memo)
        return verdict.answer is None or verdict.score < _HEAD_SCORE

    def _names_its_topic(self, terms: Terms, answer: Answer) -> bool:
        """Whether ``terms`` name ``answer``'s topic by a name of its own that is no
        common word ("confidentiality", "cost"; not "time" or "way")."""
        names = self._names.get(answer.topic, frozenset()) - _GENERIC_ASKING
        return any(s in names and len(s) >= 4 for s in terms.stems)

    def _asks_about_telling(self, terms: Terms, detection: Detection,
                            memo: _Memo | None) -> bool:
        """Whether the few words left of a question once its risk words are out ask what
        happens if the writer tells ("if i tell [them i'm self harming] will they section
        me"): the answer written for telling that kind of risk, near enough to give."""
        verdict = self._match(terms, memo)
        told = _TELLING.get(detection.primary or CrisisKind.SELF)
        return verdict.answer is not None and verdict.answer.id == told and \
            verdict.score >= self.thresholds.crisis_answer

    def _whole_question(self, terms: Terms, memo: _Memo | None) -> bool:
        """Whether the few words left of a question once its risk words are out still
        ask a whole question, word for word one of ours ("how do i refer myself [if my
        husband goes through my phone]", "is it free"); not the crisis reply's own topic
        ("who do i call"), nor one that says too little ("can you get me help")."""
        verdict = self._match(terms, memo)
        return verdict.answer is not None and verdict.score >= _FRAGMENT_SCORE and \
            verdict.answer.topic != URGENT_TOPIC

    def _crisis(self, detection: Detection, verdict: Verdict | None) -> Reply:
        """Crisis signposting first, then the answer to the question asked with it.

        ``URGENT``: the full reply for the most urgent kind (with a line for each other
        kind). ``CHECK_IN``: the short safety line written for possible risk. Either
        way, a question that came with the risk is answered in the next message; only
        a message that is nothing but risk gets the signposting alone.
        """
        primary = detection.primary or CrisisKind.SELF
        level = detection.level
        if level is CrisisLevel.URGENT:
            replies = self.lexicon.replies
            parts = [replies[primary].text]
            parts += [replies[kind].extra for kind in detection.kinds[1:]]
            first = "\n\n".join(parts)
        else:
            first = self.lexicon.check_in[primary]
        verdict = verdict or Verdict(None, 0.0)
        # Risk words carry no topic, so the question around them scores lower than it
        # would alone: the nearest answer is enough when it is near enough.
        answer = verdict.answer if verdict.score >= self.thresholds.crisis_answer else None
        if answer is None and verdict.suggestions and \
                verdict.score >= self.thresholds.crisis_question:
            # The nearest suggestion the crisis reply does not already give ("who do i
            # even ring in wales": the numbers are given; what differs in Wales is not).
            answer = next((s for s in verdict.suggestions if s.topic != URGENT_TOPIC),
                          verdict.suggestions[0])
        if answer is not None and answer.id in _TELLING.values():
            # "if i tell them ive been having thoughts of stabbing him will they call the
            # police": what happens if they tell depends on whose safety it is, which
            # the detector has read; the words around the question do not say it.
            told = _TELLING.get(primary)
            answer = self._answers.get(told, answer) if told else answer
        if answer is not None and _beside(answer, primary):
            lead = self.messages["crisis_then_answer"] if level is CrisisLevel.URGENT else ""
            second = f"{lead}\n\n{answer.text}" if lead else answer.text
            if level is CrisisLevel.CHECK_IN:
                first = _after_lead(self.lexicon.check_in_lead, first)  # "Before I answer:"
            return Reply(kind=ReplyKind.ANSWER, messages=(first, second), topic=answer.topic,
                         answer=answer.id, score=verdict.score, crisis=True,
                         crisis_kind=primary, crisis_level=level,
                         buttons=self._answer_buttons(answer, crisis=True))
        # A check-in alone (possible risk, nothing asked): a way on to the local service
        # and the topics, for someone who came to ask and only told ("been waiting 5
        # months and nobody rang"). The urgent reply stays alone.
        buttons: tuple[Row, ...] = ((self._finder(),),
                                    (self._button("button_menu", Action.MENU),)) \
            if level is CrisisLevel.CHECK_IN else ()
        return Reply(kind=ReplyKind.CRISIS, messages=(first,), topic=URGENT_TOPIC,
                     answer=URGENT_TOPIC, score=verdict.score, crisis=True,
                     crisis_kind=primary, crisis_level=level, buttons=buttons)

    def _smalltalk(self, prepared: Prepared, verdict: Verdict) -> Reply | None:
        """Greetings, thanks, goodbyes and questions about the bot, in their many forms.

        A short message is small talk when it is close to one of an entry's phrases as
        a whole, or when every word of it (courtesy words aside) is a word of one
        entry's phrases ("brilliant thank you", "is this chatgpt", "goodbye and
        thanks"). A confident answer to a question wins ("hi is it free"), unless the
        message is that exact phrase, or its words are small talk's own ("bot",
        "bye"), or it opens with a greeting, thanks or goodbye and has a few small-talk
        words ("hi is anyone there", "thank you, that's very kind").
        """
        normalised = prepared.text
        if not normalised:
            return self.canned("help")
        words = normalised.split()
        if not self._smalltalk_phrases:
            return None
        while len(words) > 1 and words[-1] in _KISSES:
            # Kisses signed after it ("thank u xx", "ta xx") are no part of what is said:
            # "thanks xx" had been near enough a phrase, "thank u xx" not.
            words.pop()
            normalised = " ".join(words)
        if len(words) > MAX_SMALLTALK_WORDS:
            exact = self._smalltalk_exact.get(normalised)
            if exact is not None:
                # A long phrase of its own, word for word ("can i message you any time
                # or do you go offline at night" had fallen back, read clause by clause)
                return Reply(kind=ReplyKind.SMALLTALK, messages=(exact.reply,), score=100.0)
            return self._leading_smalltalk(prepared, verdict)
        best = extractOne(normalised, self._smalltalk_phrases, scorer=fuzz.ratio,
                          score_cutoff=self.thresholds.smalltalk)
        asked = " ".join(prepared.terms.every)
        if best is None and asked != normalised:  # after a greeting ("good morning, ...")
            best = extractOne(asked, self._smalltalk_phrases, scorer=fuzz.ratio,
                              score_cutoff=self.thresholds.smalltalk)
        plain = _without_filler(words)
        if best is None and plain != words:  # "am i talking to a human here or what"
            best = extractOne(" ".join(plain), self._smalltalk_phrases, scorer=fuzz.ratio,
                              score_cutoff=self.thresholds.smalltalk)
        entry = self._smalltalk_entry[best[2]] if best is not None else None
        sure = best is not None and best[1] >= 100
        rest = [w for w in plain if w not in _COURTESY]
        covered = None
        if not sure:
            covered = self._covered_by(words, rest)
            if covered is not None:
                entry = covered
                sure = all(w in self._distinctive for w in rest) or \
                    (words[0] in _GREETINGS and len(rest) <= 3)
        if not sure and best is None and "?" not in prepared.raw:
            # Said in several whole phrases, each one small talk's own ("right ok got
            # it": "right" and "got" had read as the answer on therapy not being right).
            pieced = self._pieced(words)
            if pieced is not None:
                # (the entry its words were found in stands, unless only acknowledging)
                entry = pieced if entry is None or pieced.id == "acknowledgement" else entry
                sure = True
        if not sure and best is not None and best[1] >= _SMALLTALK_NEARLY and \
                entry is not None and entry.id in _SAID_NOT_ASKED and \
                not asks_question(prepared.raw):
            # Nearly one of the phrases, and asking nothing ("I'm sorry to trouble you
            # with so many questions"): its "questions" had read as the form's.
            sure = True
        if not sure and best is not None and verdict.answer is not None and \
                best[1] >= verdict.score + _SMALLTALK_LEAD:
            # Much nearer one of the phrases than the answer is to the question ("whos
            # behind this thing then": "behind" alone had read as the idea behind CBT).
            sure = True
        if not sure and entry is not None and (any(w in _ABOUT_THE_BOT for w in words) or
                                               any(f" {p} " in f" {normalised} "
                                                   for p in _THIS_CHAT)):
            # "just wanted to ask how this bot works", "how does this chat work, do i
            # just type": the bot, not therapy (that had read as typed therapy)
            sure = True
        if not sure and covered is not None and covered.id in _ASKED_OF_THE_BOT and \
                any(w in _TO_THE_BOT for w in words):
            # "what's your name, please?": every word one of a question to the bot,
            # asked of "you" (it had read as the names of local services).
            entry, sure = covered, True
        first = next((w for w in words if w not in _INTENSIFIERS), "")
        if not sure and first in _OPENERS:
            # It opens with thanks, a greeting or a goodbye ("many thanks" too), and
            # every word the matcher reads is that entry's own ("thank you so very much
            # for all your help": "help" alone is no question).
            opener = self._smalltalk_by_id.get(_OPENERS[first])
            if opener is not None and \
                    set(prepared.terms.stems) <= self._smalltalk_stems[opener.id]:
                entry, sure = opener, True
        last = next((w for w in reversed(words) if w not in _KISSES and w not in _AFTER_BYE), "")
        if not sure and last in _SIGN_OFFS and "?" not in prepared.raw and \
                (verdict.answer is None or not asks_question(prepared.raw)):
            # Signing off, with the reason before it ("gotta go, school run, bye"):
            # nothing asked, or nothing answered, so the goodbye (its reply has the
            # safety line); "is it free, bye" still gets its answer.
            entry, sure = self._smalltalk_by_id.get("goodbye", entry), True
        if not sure:
            leading = self._leading_smalltalk(prepared, verdict)
            if leading is not None:
                return leading
        if entry is None or (verdict.answer is not None and not sure):
            return None
        if not sure and entry.id in _SAID_NOT_ASKED and entry.id != "greeting" and \
                asks_question(prepared.raw):
            # "how do i get this sorted": every word one that thanks or goodbyes use, but
            # asked; the fallback's topics serve it better than a goodbye.
            return None
        if entry.id == "topics":  # "list topics": the menu itself, not a canned text
            return self.topics_reply()
        return Reply(kind=ReplyKind.SMALLTALK, messages=(entry.reply,),
                     score=float(best[1]) if best is not None else 100.0)

    def _leading_smalltalk(self, prepared: Prepared, verdict: Verdict) -> Reply | None:
        """Small talk in a message of several clauses.

        Every clause small talk ("Many thanks, that's all for now", "Good afternoon.
        Who developed this assistant?"): small talk, whatever a word of it matched,
        with the goodbye's reply if it says goodbye (it has the safety line), else the
        question's, else the opening's. Otherwise a message that opens with small talk
        and then only tells ("Good morning. This is Harold's granddaughter typing for
        him", "cheers love, that's been a big help"): the opening's reply, when nothing
        is asked and nothing answered.
        """
        if len(prepared.terms.every) > _LEADING_SMALLTALK_WORDS:
            return None
        clauses = [(part, normalise(part)) for part in _CLAUSE_END.split(prepared.raw)]
        clauses = [(part, normalised) for part, normalised in clauses if normalised]
        if len(clauses) < 2:
            return None
        # Each clause read as a message of its own ("thanks love", "kind regards"), until
        # one is not small talk; a one-word clause only when it is small talk as it
        # stands ("NI. can i use this": "ni" is no greeting).
        replies: list[Reply] = []
        for part, normalised in clauses:
            reply = None
            if " " in normalised or normalised in self._exact_smalltalk:
                # A clause that asks is read for its answer too: "who can use it? is it
                # for anyone" had been small talk, each half's words some phrase's words.
                words = self._read_words(part)
                # (Asked in the writer's own spelling too: "ow much is it mi duck".)
                asked = self._match(words.terms) \
                    if asks_question(part) or asks_question(normalised) else Verdict(None, 0.0)
                reply = self._smalltalk(words, asked)
            if reply is None:
                break
            replies.append(reply)
        if len(replies) == len(clauses):
            goodbye = self._smalltalk_by_id.get("goodbye")
            asking = [reply for (part, _), reply in zip(clauses, replies, strict=True)
                      if asks_question(part)]
            chosen = next((r for r in replies if goodbye and r.messages[0] == goodbye.reply),
                          asking[-1] if asking else replies[0])
            if chosen.messages[0] in self._clause_replies:
                return chosen
        if not replies or verdict.answer is not None or asks_question(prepared.raw) or \
                replies[0].messages[0] not in self._leading_replies or \
                clauses[0][1].split()[0] not in _LEADING_WORDS:
            return None  # "it doesnt feel real. i keep picking up my phone to text him"
        return replies[0]

    def _pieced(self, words: list[str]) -> SmallTalk | None:
        """The small talk a message says when it is two or more whole phrases of the
        entries that say rather than ask, one after another ("right ok" + "got it"):
        the goodbye if one is a goodbye (its reply has the safety line), else thanks,
        else the first phrase's entry; ``None`` when the words are not such phrases."""
        n, longest = len(words), self._said_longest
        # pieces[i]: the entries of the phrases that make up words[:i], or None.
        pieces: list[list[str] | None] = [[]] + [None] * n
        for end in range(1, n + 1):
            for size in range(1, min(longest, end) + 1):
                before = pieces[end - size]
                found = self._said_phrases.get(tuple(words[end - size:end]))
                if before is not None and found is not None:
                    pieces[end] = [*before, found]
                    break
        made = pieces[n]
        if made is None or len(made) < 2:
            return None
        name = next((name for name in ("goodbye", "thanks") if name in made), made[0])
        return self._smalltalk_by_id.get(name)

    def _covered_by(self, words: list[str], rest: list[str]) -> SmallTalk | None:
        """The small-talk entry whose phrases' words hold every word of a short message
        (``rest``: courtesy words aside), or ``None``."""
        if not rest:
            # Only courtesy words: greeting or thanks, whichever the message starts with.
            first = "thanks" if words and words[0] in ("thanks", "thank", "cheers", "ta") \
                else "greeting"
            return next((e for e in self.content.smalltalk if e.id == first), None)
        for entry in self.content.smalltalk:
            if entry.id not in _WHOLE_PHRASES_ONLY and \
                    all(w in self._smalltalk_words[entry.id] for w in rest):
                return entry
        # Thanks and goodbye together ("many thanks and goodbye", "thanks so much, bye
        # x"): a closing, so the goodbye (its reply has the safety line).
        closing = self._closings
        words_of = self._smalltalk_words
        if len(closing) == len(_CLOSINGS) and \
                all(any(w in words_of[name] for name in _CLOSINGS) for w in rest):
            return closing["goodbye"] if any(w in words_of["goodbye"] for w in rest) \
                else closing["thanks"]
        return None

    def _answer_or_suggest(self, verdict: Verdict) -> Reply:
        if verdict.answer is not None:
            return self._answer(verdict.answer, score=verdict.score)
        close = verdict.suggestions
        if close:
            lines = [self.messages["did_you_mean"], ""]
            lines += [f"{n}. {answer.title}" for n, answer in enumerate(close, 1)]
            return Reply(kind=ReplyKind.SUGGEST, messages=("\n".join(lines),),
                         topic=close[0].topic, answer=close[0].id, score=verdict.score,
                         suggestions=tuple(a.id for a in close),
                         buttons=(*self._answer_rows(a.id for a in close),
                                  (self._button("button_menu", Action.MENU),)))
        return Reply(kind=ReplyKind.FALLBACK, messages=(self.messages["fallback"],),
                     score=verdict.score, suggestions=FALLBACK_TOPICS,
                     buttons=(*self._answer_rows(FALLBACK_TOPICS),
                              (self._button("button_menu", Action.MENU),),
                              (self._finder(),),
                              (self._button("button_share", Action.SHARE),)))

    def _answer(self, answer: Answer, score: float) -> Reply:
        return Reply(kind=ReplyKind.ANSWER, messages=(answer.text,), topic=answer.topic,
                     answer=answer.id, score=score, buttons=self._answer_buttons(answer))

    # --------------------------------------------------------------------- buttons

    def _answer_buttons(self, answer: Answer, crisis: bool = False) -> tuple[Row, ...]:
        """Under an answer: the check if it offers it; an overview's specific answers (to
        browse, as on an FAQ page) or a specific answer's topic; related answers; the
        local-service finder; then, unless the reply is a crisis one, 👍 / 👎 feedback."""
        rows: list[Row] = []
        if answer.offer_check:
            rows.append((self._button("button_check", Action.CHECK),))
        topic = self._topics[answer.topic]
        nearby = [a.id for a in topic.specific] if answer.is_overview else [topic.id]
        offered = [*nearby, *(r for r in answer.related if r not in nearby)]
        rows += self._answer_rows(a for a in offered if a != answer.id)
        rows.append((self._finder(),))
        if not crisis:
            rows.append((Button(self.messages["button_helpful"], Action.HELPFUL, answer.id),
                         Button(self.messages["button_not_helpful"], Action.NOT_HELPFUL,
                                answer.id)))
        return tuple(rows)

    def _menu(self) -> tuple[Row, ...]:
        """Crisis numbers first, then every topic, then the local-service finder."""
        return ((self._button("button_urgent", Action.URGENT),),
                *self._answer_rows(topic.id for topic in self.topics),
                (self._finder(),))

    def _answer_rows(self, answer_ids: Iterable[str]) -> list[Row]:
        return [(Button(self._answers[a].title, Action.ANSWER, a),)
                for a in answer_ids if a in self._answers]

    def _button(self, key: str, action: Action) -> Button:
        return Button(self.messages[key], action)

    def _finder(self) -> Button:
        return Button(self.messages["button_finder"], Action.LINK, self.service_finder_url)
