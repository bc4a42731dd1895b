"""Matching: labelled messages that are not copies of faq.yaml's questions."""

from __future__ import annotations

import re

import pytest

from bot.core.assistant import Assistant
from bot.core.content import REQUIRED_TOPICS
from bot.core.reply import ReplyKind
from bot.tools.evaluate import Targets, evaluate
from tests.conftest import cases

MATCHING_FILES = ["matching_dev.jsonl", "matching_holdout.jsonl"]


def _as_written(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


@pytest.mark.parametrize("name", MATCHING_FILES)
def test_labelled_sets_cover_every_topic_and_are_kept_apart_from_faq(
        assistant: Assistant, name: str) -> None:
    labelled = cases(name)
    per_topic = {t: 0 for t in REQUIRED_TOPICS}
    for case in labelled:
        if case.topic is not None:
            per_topic[case.topic] += 1
    assert min(per_topic.values()) >= 10, per_topic
    assert sum(1 for c in labelled if c.topic is None) >= 40
    # As written (case and punctuation aside): text-speak spelt out may make two
    # different writings the same words ("wots cbt", "what is cbt").
    questions = {_as_written(q) for a in assistant.answers.values() for q in a.questions}
    copies = [c.text for c in labelled if _as_written(c.text) in questions]
    assert not copies, f"copies of faq.yaml questions: {copies}"


def test_topic_accuracy_and_fallback_meet_the_targets(assistant: Assistant) -> None:
    report = evaluate(assistant, cases("matching_dev.jsonl"))
    targets = Targets()
    assert report.topic_accuracy >= targets.topic_accuracy, report.misses
    assert report.fallback_rate >= targets.fallback_rate, report.misses


# The held-out set was written by someone who never saw faq.yaml, and is not used to
# tune anything; it measures how the matcher generalises. These floors only guard
# against regressions; the figures themselves are reported by `main.py eval`.
HOLDOUT_FLOOR = Targets(topic_accuracy=0.84, fallback_rate=0.80)


@pytest.mark.parametrize("name", ["matching_holdout.jsonl", "matching_c.jsonl",
                                  "matching_e.jsonl", "matching_f.jsonl"])
def test_held_out_sets_do_not_regress(assistant: Assistant, name: str) -> None:
    report = evaluate(assistant, cases(name))
    assert report.topic_accuracy >= HOLDOUT_FLOOR.topic_accuracy, report.misses
    assert report.fallback_rate >= HOLDOUT_FLOOR.fallback_rate, report.misses


# Specific questions written blind (specific_a, specific_b, then specific_c; first runs
# in the README). Floors only guard against regressions.
SPECIFIC_FLOORS = {"specific_a.jsonl": (0.85, 0.81), "specific_b.jsonl": (0.84, 0.78),
                   "specific_c.jsonl": (0.85, 0.81), "specific_d.jsonl": (0.84, 0.80),
                   "specific_e.jsonl": (0.88, 0.84), "specific_f.jsonl": (0.81, 0.78),
                   "specific_g.jsonl": (0.78, 0.69), "specific_h.jsonl": (0.88, 0.84),
                   "specific_i.jsonl": (0.86, 0.83), "specific_j.jsonl": (0.89, 0.85),
                   "specific_k.jsonl": (0.85, 0.80), "specific_l.jsonl": (0.85, 0.80),
                   "specific_m.jsonl": (0.85, 0.80),
                   "specific_n.jsonl": (0.83, 0.79), "specific_o.jsonl": (0.80, 0.76),
                   "specific_p.jsonl": (0.91, 0.88), "specific_q.jsonl": (0.89, 0.87),
                   "specific_r.jsonl": (0.84, 0.81), "specific_s.jsonl": (0.84, 0.80),
                   "specific_t.jsonl": (0.84, 0.81), "specific_u.jsonl": (0.86, 0.83),
                   "specific_v.jsonl": (0.88, 0.85), "specific_w.jsonl": (0.86, 0.81),
                   "specific_x.jsonl": (0.87, 0.83), "specific_y.jsonl": (0.87, 0.82),
                   "specific_z.jsonl": (0.85, 0.81), "specific_aa.jsonl": (0.87, 0.82),
                   "specific_ab.jsonl": (0.81, 0.78), "specific_ac.jsonl": (0.84, 0.81),
                   "specific_ad.jsonl": (0.84, 0.81), "specific_ae.jsonl": (0.84, 0.81),
                   "specific_af.jsonl": (0.87, 0.84), "specific_ag.jsonl": (0.86, 0.83),
                   "specific_ai.jsonl": (0.85, 0.81), "specific_aj.jsonl": (0.89, 0.85),
                   "specific_ak.jsonl": (0.89, 0.87), "specific_al.jsonl": (0.88, 0.85),
                   "specific_am.jsonl": (0.87, 0.84),
                   "specific_an.jsonl": (0.90, 0.87),
                   "specific_ao.jsonl": (0.89, 0.86),
                   "specific_ap.jsonl": (0.91, 0.88),
                   "specific_aq.jsonl": (0.85, 0.82),
                   "specific_ar.jsonl": (0.95, 0.93),
                   "specific_as.jsonl": (0.92, 0.89), "specific_at.jsonl": (0.93, 0.92),
                   "specific_au.jsonl": (0.95, 0.93),
                   "specific_av.jsonl": (0.94, 0.91),
                   "specific_aw.jsonl": (0.93, 0.91),
                   "specific_ax.jsonl": (0.92, 0.88),
                   "specific_ay.jsonl": (0.89, 0.86), "specific_az.jsonl": (0.94, 0.92),
                   "specific_ba.jsonl": (0.96, 0.94), "specific_bb.jsonl": (0.91, 0.88),
                   "specific_bc.jsonl": (0.96, 0.94), "specific_bd.jsonl": (0.95, 0.93),
                   "specific_be.jsonl": (0.94, 0.91), "specific_bf.jsonl": (0.96, 0.94),
                   "specific_bg.jsonl": (0.94, 0.92), "specific_bh.jsonl": (0.96, 0.94),
                   "specific_bi.jsonl": (0.97, 0.94), "specific_bj.jsonl": (0.94, 0.92),
                   "specific_bk.jsonl": (0.97, 0.95), "specific_bl.jsonl": (0.97, 0.95),
                   "specific_bm.jsonl": (0.97, 0.95), "specific_bn.jsonl": (0.96, 0.93),
                   "specific_bo.jsonl": (0.96, 0.94), "specific_bp.jsonl": (0.95, 0.92),
                   "specific_bq.jsonl": (0.97, 0.95), "specific_br.jsonl": (0.96, 0.94),
                   "specific_bs.jsonl": (0.96, 0.92), "specific_bt.jsonl": (0.95, 0.92),
                   "specific_bu.jsonl": (0.97, 0.96), "specific_bv.jsonl": (0.94, 0.92),
                   "specific_bw.jsonl": (0.96, 0.93), "specific_bx.jsonl": (0.97, 0.94),
                   "specific_by.jsonl": (0.96, 0.94), "specific_bz.jsonl": (0.97, 0.95),
                   "specific_ca.jsonl": (0.95, 0.93),
                   "specific_cc.jsonl": (0.95, 0.92), "specific_cd.jsonl": (0.95, 0.92),
                   "specific_ce.jsonl": (0.95, 0.92), "specific_cf.jsonl": (0.95, 0.93),
                   "specific_cg.jsonl": (0.92, 0.90)}


@pytest.mark.parametrize("name", sorted(SPECIFIC_FLOORS))
def test_specific_questions_get_their_specific_answer(assistant: Assistant, name: str) -> None:
    topic_floor, answer_floor = SPECIFIC_FLOORS[name]
    report = evaluate(assistant, cases(name))
    assert report.topic_accuracy >= topic_floor, report.misses
    assert report.answer_accuracy >= answer_floor, report.misses
    assert report.fallback_rate >= 0.85, report.misses
    assert report.smalltalk_rate >= 0.85, report.misses


@pytest.mark.parametrize(("text", "answer"), [
    # Naming only the topic, maybe with words of asking broadly: the overview.
    ("tell me about cbt", "cbt"),
    ("can you explain cbt please", "cbt"),
    ("cbt explained simply", "cbt"),
    # ... or by one of its everyday names (faq.yaml's `names`), not only its id.
    ("explain the waiting list to me", "waiting_times"),
    # One of a topic's own phrasings word for word: that answer, whichever of the
    # topic's answers the model leans to.
    ("what types of therapy do they offer", "other_therapies"),
    ("what about antidepressants", "medication"),
    ("info on the mood forms please", "questionnaires"),
    # Naming something under it: the specific answer.
    ("can i get emdr", "emdr"),
    ("what happens in a cbt session", "what_happens_in_cbt_session"),
    ("how many sessions will i get", "how_many_sessions"),
    # Ages: 16 and 17 have their own answer; a younger child, children's services.
    ("im 17 can i refer myself", "age_16_17"),
    ("can my 13 year old use talking therapies", "under_18"),
    # ... also when who it is for is asked at that age (specific_ac, crisis_bc)
    ("im 15 is it only for adults", "under_18"),
    ("my nephew is 16, can he use this or is it adults only", "age_16_17"),
    ("will they check on me while im on the waiting list", "waiting_list_contact"),
])
def test_a_message_naming_only_its_topic_gets_the_overview(assistant: Assistant, text: str,
                                                            answer: str) -> None:
    assert assistant.reply(text).answer == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [("does the therapist tape what i say", "sessions_recorded"),
     # specific_ar's and crisis_bu's first runs: the plainest request for a self
     # referral, older people said as "elderly", the service asked about "this", shared
     # said as "passed on", "str8", asking in so many words
     ("how do i make a self referral", "self_referral"),
     ("does your service see elderly people", "no_upper_age_limit"),
     ("is this something talking therapies can help with", "conditions_treated"),
     ("would what i say be passed on to my gp", "gp_told_what"),
     ("cn i go str8 to proper therapy n miss out the first bit", "skip_self_help"),
     ("I should like to know whether your service is appropriate", "not_right_for_me"),
     # specific_as's first run: a question of only the commonest words beside words of
     # another matter, "better off" doing it myself (not the PHQ-9's question 9)
     ("how much is it? on universal credit and proper skint", "cost"),
     ("ey up, cant get a GP appointment for love nor money. am I better off just doing it "
      "meself?", "gp_or_self_refer"),
     # specific_at's first run: one of an answer's own phrasings said near enough word
     # for word (the model had leant to guided self-help not working), a young writer
     # asking who finds out (a parent, not an employer; an employer when work is named)
     ("whats guided self help and how does it work", "low_intensity"),
     ("im 15 can i get help without my mum finding out", "young_person_confidentiality"),
     ("im 16 and have a saturday job, will my boss find out", "employer_find_out"),
     # a 16 or 17 year old asking to use it unknown to a parent asks who is told; asked
     # with a parent but nothing of their knowing, it is still whether they may use it
     ("17 here, can i use this without my dad knowing", "young_person_confidentiality"),
     ("im sixteen, can i sign up to this without my parents finding out",
      "young_person_confidentiality"),
     ("im 17 can i sign myself up without my mum", "age_16_17"),
     ("do you cover people who came here from syria", "visa_overseas_charges"),
     ("i'd feel better with a woman, can i request that", "choose_therapist_gender"),
     ("is my sister allowed to sit in", "bring_someone"),
     ("im at college in another city from my doctor", "student_two_addresses"),
     ("im 81 can i still go", "no_upper_age_limit"),
     ("who do i tell if my therapist was rude", "how_to_complain"),
     ("i'm scared of heights and it's stopping me working, is that something you treat",
      "phobias"),
     # specific_l's first run: phrasings the bank lacked, in other words
     ("new dad here and feeling really flat since the baby came, is there help for me",
      "perinatal"),
     ("can i pull out of therapy halfway", "stop_early"),
     ("is there a fee if i miss a session", "missed_appointment_charge"),
     ("would they let me see a male therapist", "choose_therapist_gender"),
     ("what even is ipt", "interpersonal_therapy"),
     # specific_ac's first run: a place in Scotland the phrasings never named
     ("my daughter lives in fife, can she get this", "scotland")],
)
def test_examples_of_specific_questions_from_the_issue(assistant: Assistant, text: str,
                                                       answer: str) -> None:
    reply = assistant.reply(text)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.answer == answer
    assert reply.topic == assistant.answers[answer].topic


@pytest.mark.parametrize(
    "text",
    ["thanks a lot, that was useful", "do you have a name", "hi is anyone there",
     "ta very much", "cheers mate", "who built this bot", "goodbye and thanks",
     "is this chatgpt", "brilliant thank you",
     # what people call each other is not a typo ("love" had read as "live": Wales)
     "thanks for ur help love", "cheers for that duck", "ta darling x",
     # thanks whose only other word is "help" (it had got the health anxiety answer),
     # thanks in other languages, and more of what people call each other
     "thank you so very much for all your help", "thanks ever so much for helping me",
     "muchas gracias", "cheers pal", "thank you sir",
     # signing off with a reason, apologising for asking, thanks for patience
     # (specific_m's first run)
     "gotta dash, nursery pick up, bye x", "sorry for asking so many questions",
     "thanks for being so patient with me", "cam on ban",
     # a plain thanks with "indeed" or "proper", Norfolk and Black Country address, Dari
     # (specific_r's first run)
     "thank you kindly, you have been most helpful indeed", "cheers bor", "ta bab",
     "tashakur",
     # Cornwall and Bristol's "my lover", "bud", Swahili, Irish (specific_s)
     "alright my lover", "cheers bud", "asante sana", "dia duit", "gud mornin",
     # small talk that opens a message and then only tells (specific_t's first run)
     "thanks pet, that was a massive help", "hiya. my nan is typing this for me",
     "good evening. first time using one of these", "many thanks for your help. best wishes, Jo",
     "just wanted to ask how this bot works",
     # every clause small talk, whatever a word of it matched (specific_u's first run)
     "thanks ever so much, that's everything for now", "Good evening. Who made this bot?",
     "bom dia", "you're a star",
     # every clause small talk, whatever its first word (specific_v's first run)
     "that's so helpful, thanks a million", "is this a computer im talking to",
     # thanks with "many" before it, a question put to "your" name, family words as
     # terms of address, apologies for sending too soon, a longer "is this automated"
     # question, praise as thanks, Bengali, Urdu and Yoruba (specific_z's first run)
     "Many thanks for all your help.", "what's your name, please?",
     "thanks a million brother", "apologies, hit send by mistake",
     "is this an automated system or am i talking to a person",
     "you're a diamond, ta", "ধন্যবাদ", "allah hafiz", "e se gan",
     # Welsh and Turkish (the dotless "ı" read as "i"), Welsh and Turkish terms of
     # address (specific_aa's first run)
     "diolch yn fawr cariad", "nos da", "bore da", "iyi günler, teşekkür ederim canım",
     "Merhaba! good afternoon",
     # apologies for asking or going on, Punjabi and Jamaican greetings and goodbyes
     # (specific_ab's first run)
     "sorry to bother you again", "Sorry, I have rather gone on, haven't I.",
     "sat sri akal ji", "walk good",
     # who designed it, sorry for so many questions, "finish", Spanish and Somali
     # (specific_ac's first run)
     "who designed you?", "sorry, i ask so many questions", "ok understand. finish.",
     "hola, buenos dias", "waad mahadsantahay", "nabadgelyo",
     # Cornish and Nepali terms of address, "bye for now", nearly a phrase and asking
     # nothing (specific_ad's first run)
     "ill leave it there, bye for now then love", "subha prabhat", "cheers my ansum",
     "am i chatting to a real person", "sorry to trouble you again with my questions",
     # Yorkshire "i'll be off", Welsh "butt", "darlin" (specific_ae's first run)
     "right then, ill be off, ta", "cheers butt", "morning darlin",
     # Yorkshire "ey up", "thank u sm", "who made ye", rambling, Cantonese good morning
     # (specific_af's first run)
     "ey up", "thank u sm!!", "who made ye then", "sorry for rambling on", "早晨"],
)
def test_small_talk_in_its_everyday_forms(assistant: Assistant, text: str) -> None:
    assert assistant.reply(text).kind is ReplyKind.SMALLTALK


@pytest.mark.parametrize("text", [
    # an apology or a "not real" before what someone tells is not what they came to say
    "sorry my typing is bad. my cat died yesterday and i cant stop crying",
    "it doesnt feel real. i keep expecting him to walk in",
    # a greeting before a question: the question decides
    "hi, is there a parrot in the waiting room",
    # a one-word clause is small talk only as it stands ("ni" is no greeting)
    "NI. can i use this",
])
def test_small_talk_before_telling_or_asking_is_not_the_reply(
        assistant: Assistant, text: str) -> None:
    assert assistant.reply(text).kind is not ReplyKind.SMALLTALK


@pytest.mark.parametrize(("text", "answer"), [
    # a greeting is no part of the question ("morning" had tipped the wait out of scope)
    ("morning, how long is the wait", "waiting_times"),
    ("Good afternoon. How much does it cost?", "cost"),
    ("how long's the wait, roughly", "waiting_times"),  # "long's" spelt out
    # "one to one" is one word, so a word matched on ("one" and "to" are stopwords)
    ("tell me about the one-to-one therapy", "high_intensity"),
    # dictated punctuation ("question mark") finds the question as typed marks do
    ("my grandad is 80 full stop can he still refer question mark", "no_upper_age_limit"),
])
def test_greetings_and_dictated_punctuation_leave_the_question(
        assistant: Assistant, text: str, answer: str) -> None:
    reply = assistant.reply(text)
    assert reply.kind is ReplyKind.ANSWER and reply.answer == answer, reply.answer


def test_a_wait_asked_about_is_this_services_wait_unless_it_names_another(
        assistant: Assistant) -> None:
    # "right now" is in out-of-scope phrasings too ("the wait at a&e right now"), but
    # every word here is the waiting-times answer's own; naming A&E is something else.
    reply = assistant.reply("how long is the wait right now")
    assert reply.kind is ReplyKind.ANSWER and reply.topic == "waiting_times"
    assert assistant.reply("how long is the wait at a&e right now").kind is ReplyKind.FALLBACK


@pytest.mark.parametrize(
    "text",
    ["my daughter is 17 and washes her hands until they are raw and checks the locks "
     "twenty times every night before bed. could they help her?",
     "my son is in year 12 and won't answer the phone or eat in front of anyone, he's "
     "sure everyone is judging him. would they help?"],
)
def test_a_question_sentence_that_says_nothing_alone_does_not_decide(
        assistant: Assistant, text: str) -> None:
    # "could they help her?" alone is one word found in half the topics: read alone it
    # had given the health anxiety answer, confidently, to a long message about
    # something else.
    reply = assistant.reply(text)
    assert reply.answer != "health_anxiety"


@pytest.mark.parametrize(
    ("text", "answer"),
    [("i work twelve hour nights and get home shattered. will i be set homework",
      "homework"),
     ("my english is not so good. can i have someone to translate", "interpreter_language"),
     ("started a new job in leeds last week. will my employer be told", "employer_find_out"),
     ("lie awake till 5 most nights. is there any help for insomnia", "sleep_problems"),
     ("the sessions are on video. do they record them", "sessions_recorded")],
)
def test_a_short_message_with_its_question_after_some_context_gets_that_answer(
        assistant: Assistant, text: str, answer: str) -> None:
    # Context before a question (a dozen words or so) had pulled the whole message's
    # score under the bar: "do they give you homework? i do 12.5 hour shifts..." fell
    # back, though "do they give you homework" alone is answered. The question sentence
    # is now read alone in any message longer than a few words.
    reply = assistant.reply(text)
    assert (reply.kind, reply.answer) == (ReplyKind.ANSWER, answer), reply


@pytest.mark.parametrize(
    ("text", "answer"),
    [("me mum's 81 and gets right low since me dad went, is she too old for this",
      "no_upper_age_limit"),
     ("me and my husband are rowing constantly and its dragging me down, could we go "
      "together?", "couples_therapy"),
     ("healthcare assistant at the LGI here, is there a staff version of this?",
      "nhs_care_staff"),
     # ... after ", but" too (statements_bw: "...but do they have it in Scotland?" had
     # "did you mean" on moving area)
     ("my brother moved to dundee last year and hes struggling. ive told him talking "
      "therapies helped me loads, but do they have it over there?", "scotland"),
     ("my brother moved to dundee and hes struggling. i told him about talking therapies "
      "cos it sorted me out, but do they have it in scotland?", "scotland")],
)
def test_a_question_after_a_comma_is_read_alone_when_the_whole_is_lost(
        assistant: Assistant, text: str, answer: str) -> None:
    # One sentence, its question after a comma: read whole, the story had found the
    # answer on new parents (from "mum"), carers, or nothing at all.
    reply = assistant.reply(text)
    assert (reply.kind, reply.answer) == (ReplyKind.ANSWER, answer), reply


@pytest.mark.parametrize(
    ("text", "answer"),
    [("so who is talking therapies meant for", "eligibility"),
     ("who's the service for then", "eligibility"),
     ("just checking, it doesnt cost anything does it?", "cost"),
     ("just wanted to check you do appointments after work", "evening_weekend_appointments"),
     ("whats the waiting list like atm", "waiting_times")],
)
def test_everyday_lead_ins_and_stopword_questions_get_their_answer(
        assistant: Assistant, text: str, answer: str) -> None:
    # "who" and "for" are stopwords: "who's this service for exactly" had read as what the
    # service is; "just checking" had tipped "is it free" out of scope ("checking" is a
    # word of OCD's answer); "right now" is a word of the urgent answer's.
    reply = assistant.reply(text)
    assert (reply.kind, reply.answer) == (ReplyKind.ANSWER, answer), reply


@pytest.mark.parametrize(
    ("text", "answer"),
    [("hiya duck, is this free then", "cost"),
     ("alright pal how long do you wait for it", "waiting_times"),
     ("EMDR?? what is that, my mate said ask about it", "emdr"),
     ("the nurse mentioned DIT. not a clue what that is", "dynamic_interpersonal_therapy"),
     ("staying in swansea at the moment, can i refer myself", "wales"),
     ("in aberdeen for work right now, can i still self refer", "scotland")],
)
def test_a_greeting_with_a_name_a_name_alone_and_where_it_is_asked_from(
        assistant: Assistant, text: str, answer: str) -> None:
    # session 46: "alright butt," and "mate" had counted against every answer (the wait
    # fell back); "IAPT?? keep seeing it on forms, what is that" had read as trauma; "no
    # clue what that is" was not read as asking what was named; a question read alone
    # had lost the town in Wales or Scotland said before it.
    reply = assistant.reply(text)
    assert (reply.kind, reply.answer) == (ReplyKind.ANSWER, answer), reply


@pytest.mark.parametrize(
    ("text", "answer"),
    [("how much is it love", "cost"),
     ("ow long is the wait me duck", "waiting_times"),
     ("ow much is it mi duck, or is it on the NHS", "cost"),
     ("is it free pet?", "cost"),
     ("can i bring my sister", "bring_someone"),
     ("is it too late for therapy", "eligibility"),
     ("im 79, is it too late for therapy", "no_upper_age_limit")],
)
def test_a_name_for_the_reader_ending_a_question_and_too_late_without_an_age(
        assistant: Assistant, text: str, answer: str) -> None:
    # session 47: "love" or "mi duck" after the question had outweighed it (the cost
    # question fell back, or read as small talk clause by clause), unless it names
    # someone ("my sister"); "is it too late for therapy" had got the answer on being
    # too old, which only an age said asks for.
    reply = assistant.reply(text)
    assert (reply.kind, reply.answer) == (ReplyKind.ANSWER, answer), reply


@pytest.mark.parametrize("text", ["thank u xx", "ta xx", "thank you so much xxx",
                                  "what can you answer", "sorry if im asking daft questions"])
def test_kisses_after_thanks_and_asking_what_the_bot_answers_are_small_talk(
        assistant: Assistant, text: str) -> None:
    # session 47: "thank u xx" had fallen back (the kisses kept it from "thank u"); "what
    # can you answer" had read as the PHQ-9's questions
    assert assistant.reply(text).kind is ReplyKind.SMALLTALK


@pytest.mark.parametrize("text", ["how does this chat work, can i just type",
                                  "will you remember what i said last time or not"])
def test_questions_about_the_chat_itself_are_small_talk(assistant: Assistant,
                                                         text: str) -> None:
    # "how does this chat work, do i just type" had read as typed therapy
    assert assistant.reply(text).kind is ReplyKind.SMALLTALK


@pytest.mark.parametrize("text", ["what was the rovers score last night", "spurs score?"])
def test_a_football_score_falls_back(assistant: Assistant, text: str) -> None:
    reply = assistant.reply(text)
    assert reply.kind is ReplyKind.FALLBACK, reply


@pytest.mark.parametrize(
    "text",
    ["working in newport mon to fri, can i sign up from there",
     "im at uni in lancaster but home is down in kent, which one do i sign up with",
     "on a student visa from nigeria, is it free for me?"],
)
def test_a_question_after_a_comma_that_asks_of_the_words_before_keeps_them(
        assistant: Assistant, text: str) -> None:
    # "from there", "which one", "for me": what is asked about was said before the comma.
    reply = assistant.reply(text)
    assert reply.answer in {"wales", "student_two_addresses", "visa_overseas_charges"}, reply


@pytest.mark.parametrize(
    ("text", "answer"),
    [("ever since the crash i get flashbacks whenever i hear sirens. can they help with that",
      "ptsd_trauma"),
     ("i cant go to the shops anymore without my heart racing and thinking im going to "
      "collapse. do they treat that", "panic_attacks"),
     ("i keep going back to check the door is locked, ten or more times, before bed. is "
      "that something they help with", "ocd"),
     # a short question that points back, unsure alone, read with the sentence before it
     # (statements_bw: "Can I ask for that?" alone is "ask", the assessment)
     ("we had a crash on the motorway last spring and the flashbacks wont stop. my sister "
      "said emdr sorted hers out. could i ask for that?", "emdr")],
)
def test_what_is_described_before_do_they_treat_that_picks_the_answer(
        assistant: Assistant, text: str, answer: str) -> None:
    # The question alone ("do they treat that?") names only the topic, and had got the
    # list of conditions; the words before it say which condition (specific_r, specific_s).
    reply = assistant.reply(text)
    assert (reply.kind, reply.answer) == (ReplyKind.ANSWER, answer), reply


def test_a_question_after_an_emoji_is_found_but_the_emoji_does_not_split_risk(
        assistant: Assistant) -> None:
    # An emoji between words may end a sentence for finding the question ("...on the
    # walk home 🙃 anyway do u do appointments after midnight"), but the crisis reading
    # keeps a sentence's words together: "45 kill streak 🔥 nobody can stop me" is one
    # brag (crisis_am and crisis_ao's first runs).
    reply = assistant.reply("long week, the bus home felt like forever 🙃 anyway do you do "
                            "evening appointments")
    assert reply.answer == "evening_weekend_appointments", reply
    assert not assistant.reply("40 kill streak tonight 🔥🔥 nobody can stop me").crisis


@pytest.mark.parametrize(
    ("text", "answer"),
    [("does it cost anythin", "cost"), ("is there anythin to pay", "cost"),
     ("how long is the wait for one to one in plymouth", "waiting_times")],
)
def test_dropped_gs_and_the_services_own_words_are_read(
        assistant: Assistant, text: str, answer: str) -> None:
    # "anythin" was an unknown word (its mend, "anything", is a stopword, so no typo
    # fix found it) and the question fell back; "one to one" names this service's
    # treatment, so a wait for it in a named town is this service's wait (the overview,
    # or since "one to one" is a word matched on, the answer on the wait for it).
    reply = assistant.reply(text)
    assert (reply.kind, reply.topic) == (ReplyKind.ANSWER, answer), reply


@pytest.mark.parametrize(
    "text",
    ["can i refer myself to physio for my back", "whats 17 times 23",
     "where can i buy cheap trainers", "who won the football last night",
     # a percentage (its "15" had read as an age), other assessments (specific_r)
     "what is 30% of 150", "whats 16 plus 5",
     # a pet's years are no age of a person (crisis sets)
     "had the dog put down today, 14 years by my side, gutted",
     "how long is the wait to get my daughter assessed for adhd",
     "where do i get help filling in my work capability assessment form"],
)
def test_other_services_sums_and_shopping_fall_back(assistant: Assistant, text: str) -> None:
    assert assistant.reply(text).kind is ReplyKind.FALLBACK


@pytest.mark.parametrize(
    "text",
    ["what's the weather", "how do i book a dentist", "who won the football",
     "banana", "asdfghjkl", "what is the capital of france"],
)
def test_unrelated_questions_fall_back(assistant: Assistant, text: str) -> None:
    reply = assistant.reply(text)
    assert reply.kind is ReplyKind.FALLBACK
    assert reply.topic is None
    assert assistant.service_finder_url in reply.text


@pytest.mark.parametrize(
    ("text", "topic"),
    [("is it free", "cost"), ("will my boss find out", "confidentiality"),
     ("how long is the waitng list", "waiting_times"), ("wat is iapt", "what_is_iapt"),
     ("can i refer myself", "self_referral"), ("what is cbt", "cbt")],
)
def test_examples_from_the_brief(assistant: Assistant, text: str, topic: str) -> None:
    reply = assistant.reply(text)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.topic == topic


@pytest.mark.parametrize(
    ("text", "smalltalk_id"),
    [("hi", "greeting"), ("Hello!", "greeting"), ("thanks", "thanks"),
     ("thank you so much", "thanks"), ("are you a real person?", "identity"),
     ("is this a bot", "identity"), ("bye", "goodbye"),
     # specific_f's and specific_g's first runs: greetings in other languages, formal
     # thanks, apologies for typing, and telling the bot it did not help
     ("hola, good morning", "greeting"), ("salaam", "greeting"),
     ("kind regards", "thanks"), ("thanks for listening, good night", "thanks"),
     ("sorry my spelling is terrible", "typing"),
     ("you didnt answer my question", "not_helpful"), ("this bot is rubbish", "not_helpful"),
     ("is anybody reading this", "identity"),
     # specific_cc's first run: whether the bot is there at night (a phrase longer than
     # small talk's usual reach), voice notes, thanks and greetings in Latvian, Somali,
     # Urdu and Bristolian
     ("can i message you any time or do you go offline at night", "available"),
     ("are you available 24/7?", "available"),
     ("can you understand voice notes or do i have to type", "capabilities"),
     ("Paldies, uz redzēšanos", "goodbye"), ("Asc walaal, iska warran", "greeting"),
     ("salam, aap kaise hain", "greeting"), ("cheers me dear thats gert lush", "thanks")],
)
def test_smalltalk(assistant: Assistant, text: str, smalltalk_id: str) -> None:
    reply = assistant.reply(text)
    assert reply.kind is ReplyKind.SMALLTALK
    assert reply.topic is None
    entry = next(s for s in assistant.content.smalltalk if s.id == smalltalk_id)
    assert reply.text == entry.reply


@pytest.mark.parametrize("text", [
    # specific_cc's first run: "can u explain cbt in plain english please, doctor said it
    # like i should know" had the answer on what IAPT is, "what's cbt when thass at home"
    # the one on Scotland
    "can you explain cbt in plain english please, my gp said it like i should know",
    "what's cbt when thass at home",
    "whats cbt in normal english",
    "could someone explain cbt to me like im five",
])
def test_asking_what_a_named_therapy_is_gets_its_answer(assistant: Assistant,
                                                        text: str) -> None:
    reply = assistant.reply(text)
    assert reply.kind is ReplyKind.ANSWER and reply.answer == "cbt"


def test_identity_reply_is_honest(assistant: Assistant) -> None:
    text = assistant.reply("am i talking to a human").text
    assert "automated" in text and "not a therapist" in text and "999" in text


def test_greeting_with_a_question_answers_the_question(assistant: Assistant) -> None:
    reply = assistant.reply("hi, is it free?")
    assert reply.topic == "cost"


def test_did_you_mean_offers_two_or_three_topics(assistant: Assistant) -> None:
    suggest = [assistant.reply(c.text) for name in MATCHING_FILES for c in cases(name)]
    suggest = [r for r in suggest if r.kind is ReplyKind.SUGGEST]
    assert suggest, "no message produced a did-you-mean"
    for reply in suggest:
        assert 1 <= len(reply.suggestions) <= 3
        assert reply.answer == reply.suggestions[0]
        assert reply.topic == assistant.answers[reply.suggestions[0]].topic
        # one suggestion a topic: the topic's best-fitting answer
        topics = [assistant.answers[a].topic for a in reply.suggestions]
        assert len(set(topics)) == len(topics)


def test_every_topic_is_reachable_by_its_own_title(assistant: Assistant) -> None:
    for topic in assistant.topics:
        assert assistant.reply(topic.title).topic == topic.id, topic.id


def test_empty_and_whitespace_messages_get_help(assistant: Assistant) -> None:
    for text in ("", "   ", "\n", "🙂"):
        reply = assistant.reply(text)
        assert reply.kind is ReplyKind.SMALLTALK
        assert reply.text == assistant.messages["help"]


def test_a_very_long_message_that_matched_nothing_says_only_part_was_read(
        assistant: Assistant) -> None:
    filler = "my week has been busy with work and family and shopping and cooking. " * 12
    reply = assistant.reply(filler)
    assert reply.kind is not ReplyKind.ANSWER
    assert assistant.messages["too_long"] in reply.messages[-1]
    short = assistant.reply("my week has been busy with work")
    assert assistant.messages["too_long"] not in short.text


@pytest.mark.parametrize("text", ["where can i get help", "help please", "can u help"])
def test_help_alone_is_not_answered_as_a_topic(assistant: Assistant, text: str) -> None:
    # "help", a word of nearly every topic, says nothing of which: it had answered with
    # the phobias answer at 96% (specific_z's first run).
    assert assistant.reply(text).kind is not ReplyKind.ANSWER


def test_an_answers_own_phrasing_that_says_little_is_still_answered(
        assistant: Assistant) -> None:
    reply = assistant.reply("what does it help with")
    assert reply.kind is ReplyKind.ANSWER and reply.answer == "conditions_treated"


@pytest.mark.parametrize(("text", "answer"), [
    # text-speak, and "these days" is when, not what (specific_z's first run)
    ("how longs the wait these days", "waiting_times"),
    ("hw many sesh do u get", "how_many_sessions"),
    # "sorry" is no topic's word: before the question it had tipped "sorry how long is
    # the wait" out as being about something else (specific_ab's first run)
    ("sorry how long is the wait", "waiting_times"),
    ("so sorry to bother you, can i refer myself", "self_referral"),
    # Geordie "a" for "I" before a verb no article comes before, "te" for "to", "neet"
    # for "night" (specific_aa's first run)
    ("a have te touch the light switch loads of times or summat bad will happen", "ocd"),
    ("cannit sleep, up at 4 every neet, do they help with that", "sleep_problems"),
])
def test_dialect_text_speak_and_an_apology_before_a_question(
        assistant: Assistant, text: str, answer: str) -> None:
    assert assistant.reply(text).answer == answer


def test_small_talk_takes_almost_none_of_the_answers_own_phrasings(
        assistant: Assistant) -> None:
    # `check` lists the answers' own phrasings that small talk takes from them (two of
    # about 5,800 today: "pure o, is there help for that", "is there a test to see what
    # i have"); more than a handful means a small-talk phrase or rule is too greedy.
    from bot.tools.confusable import taken_by_smalltalk

    taken = taken_by_smalltalk(assistant)
    assert all(assistant.reply(q).kind is ReplyKind.SMALLTALK for _, q in taken)
    assert len(taken) <= 5, taken


@pytest.mark.parametrize("text", [
    # specific_al and specific_am: "can they still help me", read alone, had answered
    # with the answer on drinking; a question part that names nothing is not read alone
    "ive got adhd and my mind wanders in long chats, can they still help me",
    "i have adhd and lose focus in long meetings, can they still help me",
])
def test_a_question_part_that_names_nothing_does_not_answer_for_the_message(
        assistant: Assistant, text: str) -> None:
    reply = assistant.reply(text)
    assert reply.answer != "drugs_alcohol", text
    assert reply.answer == "adhd_support" or (
        reply.kind is ReplyKind.SUGGEST and reply.suggestions[0] == "adhd_support"), text


@pytest.mark.parametrize("text", [
    # specific_ai, _al, _am and _ao: "how many times" with its "how many" lost to the
    # stopwords had missed four times; the marker word keeps it
    "how many time i must come? 6? 12?",
    "how many times do i have to go",
])
def test_how_many_times_asks_how_many_sessions(assistant: Assistant, text: str) -> None:
    reply = assistant.reply(text)
    assert reply.answer == "how_many_sessions", (text, reply.answer)


@pytest.mark.parametrize(("text", "answer"), [
    # A whole message answered weakly, with a question sentence that names one topic and
    # nothing else: the named topic is what was asked (it had read as confidentiality,
    # from "saying", and as stepped care, from "put down for")
    ("whats cbt? the lady on the phone kept saying it", "cbt"),
    ("what is cbt? my gp wrote it on a bit of paper and i forgot to ask", "cbt"),
    ("what is a pwp? the letter says im seeing one next week", "what_is_a_pwp"),
])
def test_a_question_naming_a_topic_beats_a_weak_reading_of_the_whole(
        assistant: Assistant, text: str, answer: str) -> None:
    assert assistant.reply(text).answer == answer


@pytest.mark.parametrize(("text", "answer"), [
    # Asking what one named thing is, the name given just before ("what is that") or the
    # message going on after it ("wat is cbt my doctor say try it", read whole as the answer
    # on therapy instead of tablets; "IPT ... what is that exactly", alone, as what IAPT is)
    ("wat is cbt my doctor say try it", "cbt"),
    ("the lady on the assessment said IPT might suit me. what is that exactly",
     "interpersonal_therapy"),
    ("they said i need CBT. whats that then?", "cbt"),
    ("my gp mentioned something called EMDR, what does that mean", "emdr"),
    ("They've offered me 'DIT'. No idea what that even stands for, can someone explain it",
     "dynamic_interpersonal_therapy"),
    ("wot is DIT never heard of it b4", "dynamic_interpersonal_therapy"),
    ("my gp said something about IPT?? wots that", "interpersonal_therapy"),
    # ... "what does that even mean" of words that name no answer is not what IAPT is
    ("after the assessment they said my needs were 'too complex' for them. what does that "
     "even mean?? and where am i supposed to go now", "too_complex_what_now"),
    # ... not who said it, nor whose score it is
    ("my pwp said they might step me up, what does that mean", "stepped_care"),
    ("my phq9 was 17 what does that mean", "scores_meaning"),
    # ... nor when another question is asked too
    ("what is cbt and how long is the wait", "waiting_times"),
    # specific_bc: "what is it" and "explain ... what it is" after a name put forward or
    # called ("put forward for DIT. Never heard of it. What is it please?" had read as
    # what IAPT is), and "tell me a bit about that" (read as how to complain)
    ("Letter says I have been put forward for DIT. Never heard of it. What is it please?",
     "dynamic_interpersonal_therapy"),
    ("I am 78 and my daughter has suggested I try something called CBT. Could you explain in "
     "plain terms what it is, please?", "cbt"),
    ("Assessor said she's putting me forward for high intensity. Can you tell me a bit about "
     "that, what's different?", "high_intensity"),
])
def test_asking_what_a_named_thing_is_gets_that_things_answer(
        assistant: Assistant, text: str, answer: str) -> None:
    assert assistant.reply(text).answer == answer


@pytest.mark.parametrize("text", [
    # specific_av: much nearer a question about the bot than any answer ("behind" alone
    # had read as the idea behind CBT)
    "whos behind this thing then",
    "who is behind this bot then",
    "ok thanks ill have a think",
])
def test_small_talk_much_nearer_than_any_answer_wins(assistant: Assistant, text: str) -> None:
    assert assistant.reply(text).kind is ReplyKind.SMALLTALK


@pytest.mark.parametrize(("text", "answer"), [
    # "wanted to ask" is how it asks, not what ("hi, i wanted to ask how long the wait is"
    # had fallen back); "you lot" and "your lot" are the service
    ("hi, i wanted to ask how long the wait is", "waiting_times"),
    ("do you lot do evening appointments", "evening_weekend_appointments"),
    # a message naming only the service asks broadly: the topic's overview
    ("can talking therapies help", "conditions_treated"),
    ("how much does it cost to see a therapist", "cost"),
])
def test_how_a_question_is_put_does_not_decide_its_answer(
        assistant: Assistant, text: str, answer: str) -> None:
    assert assistant.reply(text).answer == answer


def test_a_clause_that_asks_is_not_small_talk_for_its_words_alone(assistant: Assistant) -> None:
    # specific_ay: "who can use it? is it for anyone" had been small talk, each half's
    # words being some phrase's words; the first half is the eligibility question
    assert assistant.reply("who can use it? is it for anyone").answer == "eligibility"
    assert assistant.reply("Good afternoon. Who developed this assistant?").kind is \
        ReplyKind.SMALLTALK


@pytest.mark.parametrize(("text", "kind", "answer"), [
    # specific_bc's first run: small talk said in several whole phrases ("right ok" + "got
    # it" had read as therapy not being right for me; "brill ta, sorted" as the cost)
    ("right ok got it", ReplyKind.SMALLTALK, None),
    ("brill ta, sorted", ReplyKind.SMALLTALK, None),
    ("ok cool thanks bye", ReplyKind.SMALLTALK, None),
    ("how are you today?", ReplyKind.SMALLTALK, None),
    # ... but a question in the words thanks and goodbyes use is not a goodbye
    ("how do i get this sorted", ReplyKind.FALLBACK, None),
    # a number with a measure is no age ("how many kg is 11 stone" had read as a child's)
    ("how many kg is 11 stone", ReplyKind.FALLBACK, None),
    # an aside that asks nothing ("if that makes any difference" had read as whether
    # therapy makes a difference)
    ("how do i get myself on this, im in northwich if that makes any difference",
     ReplyKind.ANSWER, "self_referral"),
    # a short question that points back, read with the sentence before it, after a formal
    # greeting ("Dear Sir or Madam" is no part of it)
    ("Dear Sir or Madam, I attended the service in 2019 and would now like to see the notes "
     "that were written about me at the time. How would I go about obtaining these?",
     ReplyKind.ANSWER, "access_my_records"),
    # the wait for an assessment is this service's wait (it had read as the wait for an
    # autism assessment, out of scope), which still falls back
    ("how long is the wait for an assessment", ReplyKind.ANSWER, "waiting_times"),
    ("how long is the wait for an autism assessment", ReplyKind.FALLBACK, None),
])
def test_specific_bc_families(assistant: Assistant, text: str, kind: ReplyKind,
                              answer: str | None) -> None:
    reply = assistant.reply(text)
    assert reply.kind is kind and reply.answer == answer


@pytest.mark.parametrize(("text", "kind", "answer"), [
    # specific_bd's first run: "what is X in plain english", in the first clause of its
    # sentence (it had got "did you mean" on what to do while waiting)...
    ("whats cbt in plain english please, every website uses massive words",
     ReplyKind.ANSWER, "cbt"),
    # ... but not when another clause asks too
    ("what is cbt, and how long is the wait", ReplyKind.ANSWER, "waiting_times"),
    # a question sentence near word for word one of an answer's phrasings, the model more
    # sure of it than not, answers for a whole message the model is unsure of
    ("can the therapist prescribe me something? my anxiety is so bad i cant leave the house",
     ReplyKind.ANSWER, "medication"),
    # "actually while im here" turns to the question, read alone even in common words
    ("i could murder a bacon butty right now. sorry wrong chat. actually while im here how do "
     "i get an appointment", ReplyKind.ANSWER, "self_referral"),
    # an unsure question sentence gives way to what the whole message plainly leans to
    ("Ex army, two tours of Afghan, out 8 years now. Bloke at the Legion said there's help "
     "for veterans. Do I go through you or is it a separate thing?", ReplyKind.ANSWER,
     "veterans"),
])
def test_specific_bd_families(assistant: Assistant, text: str, kind: ReplyKind,
                              answer: str | None) -> None:
    reply = assistant.reply(text)
    assert reply.kind is kind and reply.answer == answer


@pytest.mark.parametrize(("text", "kind", "answer"), [
    # specific_be's first run: small talk to the bot, and a question about evening
    # sessions at night in common words
    ("youre actually quite useful for a robot haha", ReplyKind.SMALLTALK, None),
    ("Good evening. I hope you don't mind me asking, but am I speaking to a computer "
     "programme?", ReplyKind.SMALLTALK, None),
])
def test_specific_be_families(assistant: Assistant, text: str, kind: ReplyKind,
                              answer: str | None) -> None:
    reply = assistant.reply(text)
    assert reply.kind is kind and reply.answer == answer


@pytest.mark.parametrize(("text", "kind", "answer"), [
    # specific_bf's first run: what is NOT treated, whose "not" the stopwords had lost
    # (it had read as what is treated)
    ("what sorts of problems do they NOT deal with", ReplyKind.ANSWER, "what_they_dont_treat"),
    ("which conditions cant you treat", ReplyKind.ANSWER, "what_they_dont_treat"),
    ("what don't you help with", ReplyKind.ANSWER, "what_they_dont_treat"),
    # ... but "what if it doesnt help" asks what happens then
    ("what if the guided self help doesnt help me", ReplyKind.ANSWER, "not_helping_step_up"),
])
def test_specific_bf_families(assistant: Assistant, text: str, kind: ReplyKind,
                              answer: str | None) -> None:
    reply = assistant.reply(text)
    assert reply.kind is kind and reply.answer == answer, (reply.kind, reply.answer)


@pytest.mark.parametrize("word", ["promotion", "sanctioned", "hopeless", "spoke", "counting",
                                  "wages"])
def test_real_words_are_not_mended_into_the_banks_words(assistant: Assistant, word: str) -> None:
    # "promotion" had been read as "probation", "sanctioned" as "sectioned", "hopeless" as
    # "homeless", "spoke" as "smoke", "counting" as "cutting", "wages" as "wales"
    assert assistant.matcher.terms([word]).words == (word,)


@pytest.mark.parametrize(("typo", "word"), [("sesions", "sessions"), ("apointment", "appointment"),
                                            ("confidental", "confidential")])
def test_typos_are_still_mended(assistant: Assistant, typo: str, word: str) -> None:
    assert assistant.matcher.terms([typo]).words == (word,)


def test_a_young_age_turns_the_answer_on_age_into_the_young_persons(
        assistant: Assistant) -> None:
    # "is there anything for people my age" reads as the answer for older people alone
    assert assistant.reply("im 72, is there anything for people my age").answer == \
        "no_upper_age_limit"
    assert assistant.reply("im 14, is there anything for people my age").topic == "under_18"
    # ... beside risk too, where the question is read apart from the age said before it
    crisis = assistant.reply("my cousin is only 17 and keeps saying he wants to end it all. "
                             "is there anything for his age")
    assert crisis.crisis and crisis.answer == "age_16_17"
    crisis = assistant.reply("im 14 and i want to die. is there anything for people my age")
    assert crisis.crisis and crisis.topic == "under_18"


@pytest.mark.parametrize(("text", "answer"), [
    ("my only question is whether my gp would be told", "gp_told_what"),
    ("the main question is if it costs anything", "cost"),
    ("one question i have is whether my employer finds out", "employer_find_out"),
    # ... and "could you tell me whether": "tell me whether" with the GP had read as
    # what IAPT is (whose phrasings say both "tell me whether" and "my gp told me")
    ("could you tell me whether my gp would be informed", "gp_told_what"),
])
def test_a_question_labelled_in_words_is_read_without_its_label(
        assistant: Assistant, text: str, answer: str) -> None:
    # "my only question is" names no topic; it had read as "what is iapt"
    assert assistant.reply(text).answer == answer
    # ... beside risk too, where it is the question that follows the crisis reply
    crisis = assistant.reply("ive saved up all my tablets and i think tonights the night. "
                             + text)
    assert crisis.crisis and crisis.answer == answer


@pytest.mark.parametrize("text", [
    "itchy red blotches all over me back since sunday, do i need to see a doctor about it",
    "rang the surgery twice about me blood results and nobody picks up, is there another "
    "way to find out",
    "my knee has been swollen for a week, should i see a doctor",
])
def test_a_question_about_something_else_said_before_it_falls_back(
        assistant: Assistant, text: str) -> None:
    # Read alone, "do i need to see a doctor about it" had found the answer on GP
    # referral; it asks about the rash the message is about.
    assert assistant.reply(text).kind is ReplyKind.FALLBACK


def test_a_question_beside_something_else_is_still_answered_when_it_stands_alone(
        assistant: Assistant) -> None:
    assert assistant.reply("Is it free like? How much does it set you back").topic == "cost"
    assert assistant.reply("my back is killing me from work, anyway how do i refer "
                           "myself").topic == "self_referral"
