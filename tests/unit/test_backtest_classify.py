"""bench/backtest_classify.py scores earlier detectors on later corpora: the commits it picks, the corpora it
defaults to, and the figures it reads from a layer."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from localcloud.template import ROOT
from privacy_helpers import load_script


def _backtest():  # type: ignore[no-untyped-def]
    return load_script(ROOT / "bench" / "backtest_classify.py", "backtest_classify")


def test_the_commits_are_those_a_corpus_was_first_scored_at_oldest_first() -> None:
    commits = _backtest().first_scored()
    # holdout19/20 were first scored at 3f87f5c, holdout17/18 at 1cc2d77: the older one comes first.
    assert "3f87f5c" in commits and "1cc2d77" in commits
    assert commits.index("1cc2d77") < commits.index("3f87f5c")
    for commit in commits:
        ancestor = subprocess.run(["git", "merge-base", "--is-ancestor", commit, "HEAD"], cwd=ROOT, check=False)
        assert ancestor.returncode == 0


def test_a_detector_scored_for_several_corpora_is_run_once() -> None:
    backtest = _backtest()
    commits = backtest.first_scored()
    # holdout24-28 were scored at five commits between which only corpora and docs changed: one detector.
    assert "10fbff8" in commits
    assert not {"a9c9463", "418f510", "54e420e", "c60b19f"} & set(commits)
    trees = [backtest.layer_tree(commit) for commit in commits]
    assert len(set(trees)) == len(trees)


def test_the_default_corpora_are_the_newest_tune_sets_never_a_frozen_one() -> None:
    corpora = _backtest().newest_tune_sets()
    assert len(corpora) == 5
    for path in corpora:
        assert path.exists()
        assert "Status here: tune set" in (path.parent / "README.md").read_text()
        assert "Status here: frozen" not in (path.parent / "README.md").read_text()


def test_a_layer_is_scored_per_corpus_and_pooled(tmp_path: Path) -> None:
    found = tmp_path / "found.jsonl"
    text = "Write to ana.ruiz@example.org today."  # privacy-scan: ignore (invented)
    start = text.index("ana")
    entities = [{"type": "EMAIL", "start": start, "end": start + len("ana.ruiz@example.org")}]
    found.write_text(json.dumps({"text": text, "entities": entities, "classification": "CONFIDENTIAL"}) + "\n")
    missed = tmp_path / "missed.jsonl"
    # An invented label the detector cannot find: a miss, and a CONFIDENTIAL document read as INTERNAL.
    gold = [{"type": "ADDRESS", "start": 0, "end": 5}]
    missed.write_text(json.dumps({"text": "Elsewhere.", "entities": gold, "classification": "CONFIDENTIAL"}) + "\n")
    scores = _backtest().score_at(ROOT / "layers" / "privacykit", [found, missed])
    assert [round(s["f1"], 3) for s in scores] == [1.0, 0.0, 0.667]
    assert [s["level"] for s in scores] == [1.0, 0.0, 0.5]


def test_the_commits_are_found_however_long_git_abbreviates(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A clone with more objects abbreviates to 8 or 9 characters; the READMEs name 7 (CI failed on this).
    monkeypatch.setenv("GIT_CONFIG_COUNT", "1")
    monkeypatch.setenv("GIT_CONFIG_KEY_0", "core.abbrev")
    monkeypatch.setenv("GIT_CONFIG_VALUE_0", "12")
    commits = _backtest().first_scored()
    assert "3f87f5c" in commits and "10fbff8" in commits
