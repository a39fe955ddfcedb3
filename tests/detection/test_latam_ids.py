"""Latin American national numbers (`latam_ids`): valid values in their layouts and
beside their words, and look-alikes whose check fails or that no word names."""

from __future__ import annotations

import pytest
from faker import Faker

from piiguard.detection.engine import Detector
from tests.detection._found import Found

DETECTOR = Detector.patterns()


found = Found(DETECTOR)


def _values() -> list[tuple[str, str]]:
    Faker.seed(16)
    mx, br, cl = Faker("es_MX"), Faker("pt_BR"), Faker("es_CL")
    rows = []
    for _ in range(5):
        rows += [("MX_CURP", mx.curp()), ("BR_CPF", br.cpf()), ("CL_RUT", cl.rut())]
    return rows


@pytest.mark.parametrize(("label", "value"), _values())
def test_valid_values_in_their_layout_stand_alone_and_in_a_sentence(
    label: str, value: str
) -> None:
    assert found(value) == [(label, value)]
    assert found(f"ok, here it is: {value} thanks") == [(label, value)]


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("mi rfc es DIVU800504G9W (soy de méxico)", "MX_RFC", "DIVU800504G9W"),
        ("RFC: GODE561231GR8", "MX_RFC", "GODE561231GR8"),
        ("mi CURP es BOXW310820HNERXN09", "MX_CURP", "BOXW310820HNERXN09"),
        ("meu CPF é 39053344705", "BR_CPF", "39053344705"),
        ("mi CUIL es 20-12345678-6", "AR_CUIT", "20-12345678-6"),
        ("cuit 20123456786", "AR_CUIT", "20123456786"),
        ("rut 12345678-5", "CL_RUT", "12345678-5"),
        ("mi RUN es 12.345.678-5", "CL_RUT", "12.345.678-5"),
    ],
)
def test_values_beside_their_word(text: str, label: str, value: str) -> None:
    assert found(text) == [(label, value)]


@pytest.mark.parametrize(
    "text",
    [
        "DIVU800504G9W",  # an RFC's shape, no word (its check is weak)
        "factura DIVU800504G9W",
        "BOXW310820HNERXN08",  # CURP check digit
        "390.533.447-06",  # CPF check digits
        "111.111.111-11",  # a filler passes the check
        "pedido 39053344705",  # bare, no CPF word
        "20-12345678-5",  # CUIT check digit
        "pedido 12345678-5",  # no RUT word
        "version 12.345.678-4",  # RUT check character
    ],
)
def test_look_alikes_are_no_latin_american_number(text: str) -> None:
    labels = {"MX_CURP", "MX_RFC", "BR_CPF", "AR_CUIT", "CL_RUT"}
    assert [pair for pair in found(text) if pair[0] in labels] == []
