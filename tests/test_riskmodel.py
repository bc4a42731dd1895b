"""The learned risk model that backs up the lexicon (bot/riskmodel.py)."""

from __future__ import annotations

import base64
import json
from array import array
from pathlib import Path

import pytest

from bot.core.assistant import Assistant
from bot.core.content import ContentError
from bot.core.crisis.riskmodel import MODEL_PATH, RiskModel, features, sort_by_key
from bot.tools.training import training_digest, training_examples
from tests.conftest import BARE_SIGN_OFFS, DATA


def test_the_model_file_is_trained_on_the_current_data(assistant: Assistant) -> None:
    model = RiskModel.load()
    lexicon_only = Assistant(assistant.content, assistant.lexicon, model=None)
    examples = training_examples(assistant.content, DATA.glob("*.jsonl"),
                                 lambda t: lexicon_only.detector.read(t).is_crisis)
    assert model.meta["trained_on"] == training_digest(examples), (
        "tests/data or faq.yaml's questions changed since the risk model was trained: "
        "run .venv/bin/python scripts/train_risk_model.py")


def test_features_are_distinct_and_cover_words_pairs_and_letters() -> None:
    found = list(features("i keep cutting my arms"))
    assert len(found) == len(set(found))
    assert "w:cut" in found
    assert "b:my arm" in found
    assert "c:<cu" in found


def test_the_model_adds_escalations_the_lexicon_does_not_know(assistant: Assistant) -> None:
    lexicon_only = Assistant(assistant.content, assistant.lexicon, model=None)
    risky = [t for t, label in training_examples(assistant.content, DATA.glob("crisis_*.jsonl"))
             if label != "none"]
    caught_by_model_only = [t for t in risky if not lexicon_only.reply(t).crisis
                            and t not in BARE_SIGN_OFFS]
    # The model is what catches these; every one must still escalate with it.
    assert caught_by_model_only
    assert all(assistant.reply(t).crisis for t in caught_by_model_only)


def test_the_model_never_takes_an_escalation_away(assistant: Assistant) -> None:
    lexicon_only = Assistant(assistant.content, assistant.lexicon, model=None)
    for text in ["i want to kill myself", "took 30 paracetamol", "he hits me"]:
        assert lexicon_only.reply(text).crisis
        assert assistant.reply(text).crisis


def test_ordinary_questions_score_low(assistant: Assistant) -> None:
    model = RiskModel.load()
    for text in ["is it free", "how long is the waiting list", "can i refer myself"]:
        prepared = assistant.detector.prepare(text)
        assert model.score(prepared, assistant.detector.known).risk < model.threshold


@pytest.mark.parametrize(
    ("body", "needle"),
    [("{not json", "not valid JSON"),
     ('{"classes": ["none"]}', "classes"),
     ('{"classes": ["none", "self", "other_person", "harm_to_others", "abuse"]}',
      "has no 'weights_f32' field"),
     ('{"classes": ["none", "self", "other_person", "harm_to_others", "abuse"],'
      ' "features": "a\\nb", "weights_f32": "AAAAAA==", "bias": [0, 0, 0, 0, 0],'
      ' "threshold": 0.5}', "weights for 2 features"),
     ('{"classes": ["none", "self", "other_person", "harm_to_others", "abuse"],'
      ' "features": "a", "weights_f32": "not base64!", "bias": [0, 0, 0, 0, 0],'
      ' "threshold": 0.5}', "malformed"),
     ('{"classes": ["none", "self", "other_person", "harm_to_others", "abuse"],'
      ' "weights": {}, "bias": [0, 0, 0, 0, 0], "threshold": 7}', "threshold")])
def test_a_broken_model_file_is_refused_naming_the_file(tmp_path: Path, body: str,
                                                         needle: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ContentError, match=needle) as caught:
        RiskModel.load(path)
    assert str(path) in str(caught.value)


def test_a_missing_model_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="cannot read"):
        RiskModel.load(tmp_path / "absent.json")


def test_the_shipped_model_is_well_formed() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert 0 < data["threshold"] < 1
    keys = len(base64.b64decode(data["keys_u32"])) // 4  # a 32-bit key a feature
    assert keys == data["meta"]["features"] > 1000
    # Five 32-bit weights a feature, packed little-endian.
    assert len(base64.b64decode(data["weights_f32"])) == 4 * 5 * keys
    # No feature strings: only their keys are kept (memory at start).
    assert "features" not in data
    # The words it reads whole, as 32-bit keys too.
    assert len(base64.b64decode(data["vocabulary_u32"])) // 4 == data["meta"]["vocabulary"]


def test_the_shipped_model_reads_its_own_vocabulary(assistant: Assistant) -> None:
    # Which words the model reads whole (no letter n-grams) was fixed when it was
    # trained, from the words its training texts share, so an edit to faq.yaml or the
    # lexicon changes nothing it reads until it is retrained.
    model = RiskModel.load()
    assert model.vocabulary is not None and len(model.vocabulary) > 1000
    assert "therapy" in model.vocabulary
    assert "qwzxv" not in model.vocabulary
    prepared = assistant.detector.prepare("been cuttin my armz again, the gp dont no")
    assert model.score(prepared, frozenset()) == model.score(prepared,
                                                             assistant.detector.known)


def test_vocabulary_keys_out_of_order_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({
        "classes": ["none", "self", "other_person", "harm_to_others", "abuse"],
        "keys_u32": base64.b64encode(array("I", [3, 5]).tobytes()).decode(),
        "weights_f32": base64.b64encode(array("f", [0.0] * 10).tobytes()).decode(),
        "vocabulary_u32": base64.b64encode(array("I", [9, 2]).tobytes()).decode(),
        "bias": [0, 0, 0, 0, 0], "threshold": 0.5}), encoding="utf-8")
    with pytest.raises(ContentError, match="vocabulary keys are not strictly increasing"):
        RiskModel.load(path)


def test_keys_out_of_order_are_refused(tmp_path: Path) -> None:
    keys = array("I", [5, 3])
    path = tmp_path / "model.json"
    path.write_text(json.dumps({
        "classes": ["none", "self", "other_person", "harm_to_others", "abuse"],
        "keys_u32": base64.b64encode(keys.tobytes()).decode(),
        "weights_f32": base64.b64encode(array("f", [0.0] * 10).tobytes()).decode(),
        "bias": [0, 0, 0, 0, 0], "threshold": 0.5}), encoding="utf-8")
    with pytest.raises(ContentError, match="not strictly increasing"):
        RiskModel.load(path)


def test_the_packed_form_reads_as_the_readable_form(tmp_path: Path) -> None:
    names = sorted(set(features("alpha bet")))[:4]
    rows = {name: [-1.0 - i, 2.0, 0.25, 0.0, 0.5 * i] for i, name in enumerate(names)}
    flat = array("f", (w for row in rows.values() for w in row))
    common = {"classes": ["none", "self", "other_person", "harm_to_others", "abuse"],
              "bias": [0.1, 0.2, 0.3, 0.4, 0.5], "threshold": 0.5}
    readable = tmp_path / "readable.json"
    readable.write_text(json.dumps({**common, "weights": rows}), encoding="utf-8")
    packed = tmp_path / "packed.json"
    packed.write_text(json.dumps({**common, "features": "\n".join(rows),
                                  "weights_f32": base64.b64encode(flat.tobytes()).decode()}),
                      encoding="utf-8")
    keys, order = sort_by_key(list(rows))
    hashed = tmp_path / "hashed.json"
    by_key = array("f", (w for row in order for w in rows[list(rows)[row]]))
    hashed.write_text(json.dumps({**common, "keys_u32": base64.b64encode(keys.tobytes()).decode(),
                                  "weights_f32": base64.b64encode(by_key.tobytes()).decode()}),
                      encoding="utf-8")
    one, two, three = RiskModel.load(readable), RiskModel.load(packed), RiskModel.load(hashed)
    for text in ("alpha", "alpha bet", "nothing here"):
        assert one.score(text) == two.score(text) == three.score(text)
    assert one.score("alpha bet").risk > one.score("nothing here").risk
