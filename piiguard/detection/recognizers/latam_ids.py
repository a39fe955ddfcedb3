"""National numbers of Latin America that Spanish- and Portuguese-speaking users type in
chat: Mexico's CURP and RFC, Brazil's CPF, Argentina's CUIT/CUIL, Chile's RUT. Each has a
check (python-stdnum); the written layout of a CURP, a dotted CPF, a dashed CUIT or a
dotted RUT stands alone (scoring 0.8: above a phone number's reading of the same digits),
a bare number needs its word."""

from __future__ import annotations

from piiguard.detection import checksums
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

MX_CURP = "MX_CURP"
MX_RFC = "MX_RFC"
BR_CPF = "BR_CPF"
AR_CUIT = "AR_CUIT"
CL_RUT = "CL_RUT"

class MxCurpRecognizer(IdNumberRecognizer):
    """CURP: four letters, the birth date, H/M, the state, three consonants, a
    character and a check digit (18): the layout and the check stand alone.

    >>> [s.label for s in MxCurpRecognizer().analyze("mi curp es BOXW310820HNERXN09")]
    ['MX_CURP']
    """

    name = "mx_curp"
    label = MX_CURP
    MIN_DIGITS = 7
    TOKEN_LENGTHS = frozenset({18})
    PATTERNS = (
        Pattern("curp", NUMBER_START + r"[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d" + NUMBER_END, 0.8),
    )
    CONTEXT = ("curp", "clave única de registro de población", "clave unica de registro")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.mx_curp(value)


class MxRfcRecognizer(IdNumberRecognizer):
    """RFC of a person: four letters, the birth date and the three-character homoclave
    (13), beside an RFC word (its check digit is not always kept by issued numbers).

    >>> [s.label for s in MxRfcRecognizer().analyze("mi rfc es DIVU800504G9W")]
    ['MX_RFC']
    """

    name = "mx_rfc"
    label = MX_RFC
    MIN_DIGITS = 6
    TRIGGER_WORDS = ("rfc", "registro federal")
    PATTERNS = (
        Pattern("rfc", NUMBER_START + r"[A-ZÑ&]{4}\d{6}[A-Z0-9]{3}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("rfc", "registro federal de contribuyentes", "r.f.c.")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.mx_rfc(value)


class BrCpfRecognizer(IdNumberRecognizer):
    """CPF: 11 digits with two check digits; written 000.000.000-00 it stands alone,
    bare it needs a CPF word.

    >>> [s.label for s in BrCpfRecognizer().analyze("meu CPF é 39053344705")]
    ['BR_CPF']
    """

    name = "br_cpf"
    label = BR_CPF
    MIN_DIGITS = 11
    DIGIT_COUNTS = frozenset({11})
    PATTERNS = (
        Pattern("cpf_dotted", NUMBER_START + r"\d{3}\.\d{3}\.\d{3}-\d{2}" + NUMBER_END, 0.8),
        Pattern("cpf", NUMBER_START + r"\d{11}" + NUMBER_END, 0.2),
    )
    CONTEXT = ("cpf", "cadastro de pessoas físicas", "cadastro de pessoa física")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.br_cpf(value)


class ArCuitRecognizer(IdNumberRecognizer):
    """CUIT/CUIL: a type prefix, the DNI and a check digit (11 digits); written
    20-12345678-6 it stands alone, bare it needs its word.

    >>> [s.label for s in ArCuitRecognizer().analyze("mi CUIL es 20-12345678-6")]
    ['AR_CUIT']
    """

    name = "ar_cuit"
    label = AR_CUIT
    MIN_DIGITS = 11
    DIGIT_COUNTS = frozenset({11})
    PATTERNS = (
        Pattern("cuit_dashed", NUMBER_START + r"(?:20|23|24|27|30|33|34)-\d{8}-\d" + NUMBER_END,
                0.8),
        Pattern("cuit", NUMBER_START + r"(?:20|23|24|27|30|33|34)\d{9}" + NUMBER_END, 0.2),
    )  # fmt: skip
    CONTEXT = ("cuit", "cuil", "clave única de identificación", "clave unica de identificacion")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.ar_cuit(value)


class ClRutRecognizer(IdNumberRecognizer):
    """RUT/RUN: 7 or 8 digits and a check character (a digit or K); written 12.345.678-5
    it stands alone, 12345678-5 needs its word.

    >>> [s.label for s in ClRutRecognizer().analyze("mi RUT es 12.345.678-5")]
    ['CL_RUT']
    """

    name = "cl_rut"
    label = CL_RUT
    MIN_DIGITS = 7
    DIGIT_COUNTS = frozenset({8, 9})
    TRIGGER = r"\d-[\dkK]"  # both layouts end with the dash and the check character
    PATTERNS = (
        Pattern("rut_dotted", NUMBER_START + r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]" + NUMBER_END, 0.8),
        Pattern("rut", NUMBER_START + r"\d{7,8}-[\dkK]" + NUMBER_END, 0.2),
    )
    CONTEXT = ("rut", "run", "rol único tributario", "rol unico tributario",
               "rol único nacional", "rol unico nacional")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.cl_rut(value)
