"""The judge of medical mentions (scanners/medical_model.py) and the logistic code it shares with the name
tagger (detection/logistic.py, bench/logistic.py): what the engine hands it, what it may change, its cost."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import detect
from privacykit.domain.detection.findings import Finding
from privacykit.domain.detection.logistic import Logistic
from privacykit.domain.detection.scanners import medical_model as mm
from privacykit.domain.detection.scanners import person_tagger as pm

BENCH = Path(__file__).resolve().parents[3] / "bench"
sys.path.insert(0, str(BENCH))


def _model(weights: dict[str, float], threshold: float = 0.9, drop_below: float = 0.3) -> mm.MedicalModel:
    return mm.MedicalModel({"weights": weights, "threshold": threshold, "drop_below": drop_below})


def test_both_models_are_one_logistic_model_trained_by_one_function() -> None:
    import logistic
    import train_medical_model as tmm
    import train_person_model as tpm

    assert issubclass(pm.PersonModel, Logistic) and issubclass(mm.MedicalModel, Logistic)
    assert tpm.train is logistic.train and tmm.train is logistic.train
    assert tpm.read is logistic.read and tmm.read is logistic.read
    weights = logistic.train([(["a", "b"], 1), (["a", "c"], 0)] * 5)
    assert weights == logistic.train([(["a", "b"], 1), (["a", "c"], 0)] * 5) and weights["b"] > 0 > weights["c"]


def test_training_sees_what_admit_medical_hands_the_judge() -> None:
    import train_medical_model as tmm

    # privacy-scan: ignore (invented)
    text = "Patient: Ana Ruiz, MRN 4455667\nDiagnosis: asthma. No history of diabetes.\n"
    found, calls = tmm.rules_alone(text)
    assert len(calls) == 1
    low, _items, medical, terms, _record = calls[0]
    assert low == text.lower()
    assert [low[t.start : t.end] for t in terms] == ["asthma"]  # (the negated diabetes is left by the rules)
    cands = mm.candidates(medical, terms)
    assert [(low[f.start : f.end], v) for f, v in cands] == [("asthma", True), ("diabetes", False)]
    assert any(e.type is T.DIAGNOSIS for e in found)


def test_the_judge_drops_an_admitted_term_it_scores_low_and_admits_one_it_scores_high() -> None:
    low = "patient: ana ruiz\nour asthma policy for staff. she has diabetes.\n"
    asthma = Finding(low.index("asthma"), low.index("asthma") + 6, T.DIAGNOSIS, 0.8)
    diabetes = Finding(low.index("diabetes"), low.index("diabetes") + 8, T.DIAGNOSIS, 0.8)
    judged = _model({"R1=policy": -5.0, "L1=has": 5.0})
    assert mm.judge(low, [], [asthma, diabetes], [asthma], True, judged) == [diabetes]
    neutral = _model({})  # p = 0.5: kept if admitted, not admitted if left
    assert mm.judge(low, [], [asthma, diabetes], [asthma], True, neutral) == [asthma]


def test_the_verdict_is_a_feature_only_when_the_model_reads_it() -> None:
    low = "dx: asthma\n"
    f = Finding(4, 10, T.DIAGNOSIS, 0.8)
    assert "v=D1" in mm.features(low, f, True, []) and "v=D" in mm.features(low, f, None, [])


def test_a_mebibyte_of_medical_terms_is_judged_within_a_bounded_budget() -> None:
    text = ("MRN: 4455667 has penicillin allergy. " * 30000)[: 1024 * 1024]
    low = text.lower()
    terms = [Finding(i, i + 10, T.MEDICATION, 0.8) for i in range(17, len(low) - 20, 37)]
    start = time.process_time()
    out = mm.judge(low, [], terms, terms, True, _model({}))
    assert time.process_time() - start < 0.5 and len(out) == len(terms)


def test_detect_gives_the_rules_verdict_when_no_model_is_shipped_or_it_agrees() -> None:
    text = "Patient: Ana Ruiz\nDiagnosis: asthma\n"  # privacy-scan: ignore (invented)
    assert [text[e.start : e.end] for e in detect(text) if e.type is T.DIAGNOSIS] == ["asthma"]


def test_the_shipped_judge_loads_matches_its_hash_and_read_no_frozen_corpus() -> None:
    import hashlib
    import json

    with open(mm.MODEL_FILE, encoding="utf-8") as handle:
        data = json.load(handle)
    digest = data.pop("sha256_16")
    assert hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16] == digest
    # It drops, and admits nothing (a threshold above 1).
    assert data["version"] == "1" and data["verdict"] is False and 0 < data["drop_below"] < 1 < data["threshold"]
    folders = [Path(s).parts[2] if Path(s).parts[2] != "unseen" else s for s in data["trained_on"]]
    assert not any("frozen" in f for f in folders)
    numbers = [int(f[len("holdout") :]) for f in folders if f.startswith("holdout")]
    assert numbers and not any(n in (2, 4, 5) or n >= 44 for n in numbers)
    model = mm.model()
    assert model is not None and model.threshold == data["threshold"] and len(model.weights) == len(data["weights"])
