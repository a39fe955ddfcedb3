"""Credential recognizer: stated passwords and PINs, well-known key and token shapes."""

from __future__ import annotations

import base64
import json

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import CredentialRecognizer
from piiguard.detection.recognizers.credential import asks_for_code
from tests.detection._found import Found

DETECTOR = Detector([CredentialRecognizer()])
K = "CREDENTIAL"


def _jwt() -> str:
    def part(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part({'sub': '42'})}.c2lnbmF0dXJlLXZhbHVl"


JWT = _jwt()
# Token-shaped test values are assembled at run time so secret scanners stay quiet.
GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
SLACK = "xoxb-" + "1234567890-0987654321-AbCdEfGhIjKl"
OPENAI = "sk-proj-" + "Ab12Cd34Ef56Gh78Ij90Kl12Mn34"
STRIPE = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
GOOGLE = "AIza" + "SyA1234567890abcdefghijklmnopqrstuv"
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17\n\n"
    "MIIEowIBAAKCAQEA0Z3VS5JJcds3\n-----END RSA PRIVATE KEY-----"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password is hunter2.", "hunter2"),
        ("pw: S3cr3t!x", "S3cr3t!x"),
        ("Password = 'correct-horse-battery'", "correct-horse-battery"),
        ("my password is 'correct horse battery staple'", "correct horse battery staple"),
        ('wifi password: "Kaffee und Kuchen 7"', "Kaffee und Kuchen 7"),
        ("mein Passwort ist Sommer2024", "Sommer2024"),
        ("mon mot de passe est Azerty123", "Azerty123"),
        ("mi contraseña es Gato_99", "Gato_99"),
        ("moje hasło to Kot12345", "Kot12345"),
        ("my pin is 4921", "4921"),
        ("PIN: 0000", "0000"),
        ("aws key AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
        (f"token {GITHUB}", GITHUB),
        (f"slack {SLACK}", SLACK),
        (f"OPENAI_API_KEY={OPENAI}", OPENAI),
        (f"stripe {STRIPE}", STRIPE),
        (f"maps key {GOOGLE}", GOOGLE),
        (f"Authorization: Bearer {JWT}", JWT),
        (f"here:\n{PEM}\n", PEM),
        # a quote inside the secret: a double quote between letters or digits, an
        # apostrophe beside a digit (an elision's apostrophe between letters is French)
        ('my password is p4"ss\\', 'p4"ss\\'),
        ('pw: ab"cd\\ef12', 'ab"cd\\ef12'),
        ("mein Passwort ist Sommer'24!", "Sommer'24!"),
        # such a word with digits is a password
        ("het wachtwoord is hetzelfde2024", "hetzelfde2024"),
        ("hasło: tamto77", "tamto77"),
        ("my password is 'hunter2'", "hunter2"),
        ('{"password":"hunter2","user":"anna"}', "hunter2"),
    ],
)
def test_finds_credential(text: str, value: str) -> None:
    assert found(text) == [(K, value)]


@pytest.mark.parametrize(
    "text",
    [
        "my password is wrong",
        "the password is too short",
        "password reset link sent",
        "I forgot my password",
        "Passwort vergessen",
        "the pin is required",
        "pin the tab to the window",
        "use sk-learn-style-pipelines-for-this-task",
        "eyJhbGciOi.eyJzdWIi.notajwt",  # header is not JSON
        "AKIA is a prefix",
        "ghp_short",
        "mon mot de passe est l'ancien",  # an elision, not a secret holding an apostrophe
        "la mia password è l'altra",
        # which password, not what it is: a pronoun or demonstrative of the seven languages
        "mein Passwort ist dieselbe wie vorher",
        "mon mot de passe est celle du wifi",
        "la password è quella dell'anno scorso",
        "mi contraseña es esa",
        "mijn wachtwoord is dezelfde",
        "moje hasło jest taka sama",
        "het wachtwoord is hetzelfde als vorig jaar",
        "mijn wachtwoord is datzelfde",
        "het wachtwoord is degene van vorig jaar",
        "hasło jest tamto z zeszłego roku",
        "moje hasło to samo co zawsze",
        "moje hasło to tamten",
        "das Passwort ist das selbe",
        "la password è la medesima",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []


# Hex keys (one case, dashes allowed) assembled at run time, like the tokens above.
HEX_KEY = "a907a9e0" + "10b63d5e5e80169af821dd69"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"our dev pasted the api key {HEX_KEY} in a public repo", HEX_KEY),
        (f"klucz API {HEX_KEY} wyciekł na forum", HEX_KEY),
        (f"la chiave API {HEX_KEY} è finita online", HEX_KEY),
        (f"mein API-Schlüssel {HEX_KEY} ist weg", HEX_KEY),
        (f"clé API {HEX_KEY} fuitée", HEX_KEY),
        (f"mijn API-sleutel {HEX_KEY} is gelekt", HEX_KEY),
        (f"la clave de API {HEX_KEY} no funciona", HEX_KEY),
        (f"token {HEX_KEY.upper()}", HEX_KEY.upper()),
        ("api key: 123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-426614174000"),
    ],
)
def test_finds_a_hex_key_beside_its_word(text: str, value: str) -> None:
    assert found(text) == [(K, value)]


@pytest.mark.parametrize(
    "text",
    [
        "api key 12345678901234567890",  # digits only: no key's letters
        "API key deadbeefdeadbeefdeadbeef",  # hex letters only
        f"commit {HEX_KEY} broke the build",  # a hash with no secret's word
        "der API-Schlüssel ist abgelaufen, wo bekomme ich einen neuen",
        "klucz API wygasł wczoraj",
        f"api key {HEX_KEY[:16]}",  # too short for a hex key
    ],
)
def test_a_hex_run_without_a_keys_shape_or_word_is_no_credential(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "the backup codes the site gave me, is one used already?\nhdjq-rxyt\nrrho-1nq0",
            "hdjq-rxyt\nrrho-1nq0",
        ),
        ("To są kody zapasowe:\n87006575\nsysr-uxnz\nczy są ważne?", "87006575\nsysr-uxnz"),
        ("Backup codes:\nwanm-sgul\nlbbj-bdrm", "wanm-sgul\nlbbj-bdrm"),  # dashed alike
        ("Mes codes de secours, ils marchent ?\n4821 9930\n7712 0045", "4821 9930\n7712 0045"),
        # a code in capitals without a digit, the length of one with a digit
        ("Wiederherstellungscode:\nASBVB\nKF2MX", "ASBVB\nKF2MX"),
        # the singular of the Italian and Polish words
        ("codice di recupero:\nJ34RM\nE4DSY", "J34RM\nE4DSY"),
        ("kod zapasowy:\nC5S06\nSFW6N", "C5S06\nSFW6N"),
    ],
)
def test_backup_codes_each_on_its_own_line(text: str, value: str) -> None:
    assert (K, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "where do I find my backup codes?\nthanks",
        "backup codes lost\nTicket opened",
        "I lost my recovery codes.\nCan you help?",
        "backup codes?\nwi-fi",  # one dashed word: no list
        "backup codes?\nHELP\nNOW",  # capitals, no digit in any
    ],
)
def test_a_line_after_backup_codes_that_is_no_code(text: str) -> None:
    assert found(text) == []


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # passwords after the local word, and without a fixed lead-in
        ("mein Kennwort ist Herbst2023?", "Herbst2023"),
        ("mot de passe: Soleil!88", "Soleil!88"),
        ("la contraseña es Perro_2024", "Perro_2024"),
        ("la password è Gatto#77", "Gatto#77"),
        ("wachtwoord is Fiets2020!", "Fiets2020!"),
        ("hasło: Kot!1234", "Kot!1234"),
        ("I can't log in, tried Maple#2023 twice", "Maple#2023"),
        ("already tried Birch$Road88 three times", "Birch$Road88"),
        ("the CVC on the back is 552", "552"),
        ("die PIN für die Karte ist 4402", "4402"),
        ("my backup codes are 4821-9930 7712-0045", "4821-9930 7712-0045"),
        ("Login klappt nicht. Habe Sommer!2024 probiert", "Sommer!2024"),
        # PIN, card security codes
        ("my PIN-code is 0815", "0815"),
        ("Geheimzahl 4711", "4711"),
        ("CVV 123", "123"),
        ("Kartenprüfnummer: 829", "829"),
        ("cryptogramme visuel 314", "314"),
        ("código de seguridad 9921", "9921"),
        # one-time and 2FA codes
        ("your TAN is 482913", "482913"),
        ("kod BLIK: 482913", "482913"),
        ("BLIK 123 456", "123 456"),
        ("codice OTP 553201", "553201"),
        ("SMS code 4839", "4839"),
        ("2FA code 553 201", "553 201"),
        ("Bestätigungscode 775533", "775533"),
        ("verificatiecode 1234", "1234"),
        ("code de validation 118706", "118706"),
        # what the PIN opens after a preposition, a possessive or "new" between
        ("PIN do nowej karty 1241 nikomu nie mów", "1241"),
        ("PIN for my new card 1241", "1241"),
        ("PIN der neuen Karte 1241", "1241"),
        ("el PIN de mi nueva tarjeta es 1241", "1241"),
        ("pincode van mijn nieuwe pas 1241", "1241"),
        ("el código de validación es 771204", "771204"),
        ("clave de firma 3712 del banco", "3712"),
        ("il codice dispositivo è 48213", "48213"),
        # backup codes: the list is one credential
        ("backup codes: 8473-2910 1193-4482 5521-0912", "8473-2910 1193-4482 5521-0912"),
        # secrets
        ("client_secret=Zx81_qPq0aQmV2-lk9", "Zx81_qPq0aQmV2-lk9"),
        ("AWS_SECRET_ACCESS_KEY=" + "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
         "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        ("webhook " + "whsec_" + "a1B2c3D4e5F6g7H8i9J0k1L2", "whsec_" + "a1B2c3D4e5F6g7H8i9J0k1L2"),
        ("hf token " + "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYz01234567",
         "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYz01234567"),
    ],
)  # fmt: skip
def test_finds_credential_in_seven_languages(text: str, value: str) -> None:
    assert found(text) == [(K, value)]


@pytest.mark.parametrize(
    "text",
    [
        "order 4839 shipped",
        "promo code 2024",
        "Gutscheincode 1234 gilt nicht",
        "error code 404",
        "zip code 90210",
        "the code is in the repo",
        "Login failed for user anna",
        "my login is anna_92",
        "I tried version 2.0 twice",
        "the code in chapter 3 is 1234",
        "the error code on the screen is 5003",
        "country code is 0049",
        "I reset my password for Windows10 yesterday",
        "password reset for HelloWorld v2",
        "ticket INC-20231 closed after login",
        "version 2.3.1 released, log in again",
        "it costs 19.99€",
        "Bestellnummer 123456789",
    ],
)
def test_rejects_credential_lookalikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the value before its noun, with a copula and a possessive, or "as"
        ("Seagull42 is my password, don't tell anyone", "Seagull42"),
        ("Ostsee2019 ist mein neues Passwort", "Ostsee2019"),
        ("Bordeaux1999 c'est mon mot de passe", "Bordeaux1999"),
        ("Granada77 es mi contraseña", "Granada77"),
        ("Dolomiti88 è la mia password", "Dolomiti88"),
        ("Texel2012 is mijn wachtwoord", "Texel2012"),
        ("Gdansk1997 to moje hasło", "Gdansk1997"),
        ("8812 ist meine PIN", "8812"),
        ("j'ai mis rivage_bleu4 comme mot-de-passe", "rivage_bleu4"),
        # the value alone on the line after the question naming the password
        ("which password did you set?\nsea-lion-71", "sea-lion-71"),
        ("welches Kennwort? das hier:\nbergwiese55", "bergwiese55"),
        # a login name, then the password's word and the value, no link word
        ("usuario plopez y clave olivo_verde3", "olivo_verde3"),
        ("login anowak, haslo czerwony_dom4", "czerwony_dom4"),
        ("username kim / pass river_stone9", "river_stone9"),
        # inflected, misspelled and abbreviated words
        ("die Eingabe des Passworts Fluss?81 scheitert", "Fluss?81"),
        ("logowałam się hasłem Sosna&55 bez skutku", "Sosna&55"),
        ("nie pamiętam hasła... było Wisla#19", "Wisla#19"),
        ("la pasword che uso è mandorla?40", "mandorla?40"),
        ("utente bianchi psw Aurora%31", "Aurora%31"),
        ("¿qué clave? esta: Colibri?51", "Colibri?51"),
        ("changed it to Autumn2018!  thanks", "Autumn2018!"),
        # capitals, a "v" and digits that are no protocol's version
        ("tried Kv7xPq2 twice, password still wrong", "Kv7xPq2"),
        # codes: more words before the value, an article after the link, 3-D Secure
        ("security code on the back of the card: 481", "481"),
        ("les 3 chiffres au dos : 775", "775"),
        ("el PIN de la tarjeta de crédito es el 6621", "6621"),
        ("el código que me llegó por SMS es 551200", "551200"),
        ("3D Secure code 448120", "448120"),
        ("Wiederherstellungscodes 1182-5519 und 9923-4410", "1182-5519 und 9923-4410"),
    ],
)
def test_finds_credentials_in_free_phrasing(text: str, value: str) -> None:
    assert found(text) == [(K, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Bitwarden2 is my password manager",
        "v2.1 is the password policy now",
        "19,99 is my pin budget",
        "what is my password?\nthanks",
        "what is my password?\nversion 4.2",
        "user name and password don't match",
        "login page, password field is empty",
        "username and password required",
        "the 3 digits on the back are worn off",
        "3D Secure failed twice",
        "Wiederherstellungscodes und Passwörter verwalten",
        "das Passworts-Feld ist leer",
        # a protocol named with its version, a password's state (clean v10, Debian's
        # translated messages)
        "Le nom d’utilisateur ou le mot de passe est trop long pour le protocole SOCKSv5.",
        "Il nome utente o la password sono troppo lunghi per il protocollo SOCKSv5.",
        "the password is sent over TLSv1.2 only",
        "Ihr Passwort ist inaktiv.",
        "je wachtwoord is inactief.",
        "la contraseña está inactiva",
        "your password is inactive",
    ],
)
def test_rejects_free_phrasing_lookalikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # login and password joined by a slash after a word for access data
        ("creds are root / Heron#42", "Heron#42"),
        ("Zugangsdaten: k.weber / Linde!2020", "Linde!2020"),
        ("dane logowania: jan.k / Sowa#77", "Sowa#77"),
        # arrows as links
        ("la pw → Bergamo2014", "Bergamo2014"),
        ("het ww → Leiden2013", "Leiden2013"),
        ("PIN del cajero → 5512", "5512"),
        # a few words between the noun and its link, the value shaped like a password
        ("the pass i use for everything is Falcon_2011", "Falcon_2011"),
        ("das Passwort von damals war Eiche_2019", "Eiche_2019"),
        # what shows a code, a code in brackets, where a PIN belongs
        ("authenticator shows 118 204 now", "118 204"),
        ("atm pin (8841) was swallowed", "8841"),
        ("pincode pinpas 7710", "7710"),
        ("mon code carte bleue c'est le 4471", "4471"),
    ],
)
def test_finds_credentials_after_slashes_arrows_and_clauses(text: str, value: str) -> None:
    assert found(text) == [(K, value)]


@pytest.mark.parametrize(
    "text",
    [
        "creds are admin / admin",  # no digit or symbol: not told as a password
        "login / logout buttons moved in 2.4",
        "the pass I bought is 2024-05",  # a date, not a password's shape
        "the password everywhere is wrong",  # "e" of "everywhere" is no link word
        "the password policy here is 12+",
        "authenticator shows nothing",
        "pin (see page 2) is required",
    ],
)
def test_rejects_slash_arrow_and_clause_lookalikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text", ["schneeflocke9608!", "MzH%lwcf2k", " Z33l@nd955 ", "Passw0rd!", "hunter2+ok99"]
)
def test_a_password_typed_as_the_whole_message_is_masked(text: str) -> None:
    assert [(s.label, text[s.start : s.end]) for s in DETECTOR.detect(text)] == [(K, text.strip())]


@pytest.mark.parametrize(
    "text",
    [
        "ORD-9499804",  # references: only "-", "/", "#", "." and "_" between their parts
        "#A-92143",
        "FV/2024/02/4101",
        "v2.0.1-beta",
        "hello123?",  # a question
        "jan@example.com",
        "jane.doe%40example.com",  # encoded: read decoded by its own recognizer
        "amFuZS5kb2VAZXhhbXBsZS5jb20=",
        "https://example.com/a1!",
        "C++17",  # too short
        "Passw0rd! is what I typed",  # not alone (the sentence rules decide)
        "password",  # no digit
    ],
)
def test_lone_tokens_that_are_no_password_stay_clean(text: str) -> None:
    assert [s for s in DETECTOR.detect(text) if text[s.start : s.end] == text.strip()] == []


@pytest.mark.parametrize("text", ["484567", "846 332", " 850-895 ", "202405.", "739480!"])
def test_six_digits_typed_as_the_whole_message_are_a_one_time_code(text: str) -> None:
    assert [(s.label, text[s.start : s.end]) for s in DETECTOR.detect(text)] == [
        (K, text.strip(" .!"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "123456",  # a straight run: an example, no one's code
        "654321",
        "000000",  # a form's filler
        "111 111",
        "48456",  # five digits, seven digits
        "4845678",
        "846 332 ok",  # not alone: the sentence rules decide
        "order 484567",
        "#484567",  # a reference's sign
        "48 45 67",  # three groups: not how a code is typed
        "12:45:67",
    ],
)
def test_numbers_that_are_no_lone_code_stay_clean(text: str) -> None:
    assert [s for s in DETECTOR.detect(text) if s.label == K] == []


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Please enter the 6-digit code we sent to your phone.", True),
        ("Bitte nennen Sie den Code aus der SMS.", True),
        ("Podaj kod BLIK", True),
        ("Quel est votre mot de passe ?", True),
        ("What is your order number?", False),
        ("Which ticket is it about?", False),
    ],
)
def test_a_bot_asking_for_a_code(question: str, asks: bool) -> None:
    assert asks_for_code(question) is asks


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("backup codes: h1gt-4z2y lbbj-bdrm", "h1gt-4z2y lbbj-bdrm"),  # one code all letters
        ("herstelcodes wanm-sgul l70c-i18g", "wanm-sgul l70c-i18g"),  # the first one
        ("backup codes: 8473-2910 1193-4482 expired yesterday", "8473-2910 1193-4482"),
        ("recovery codes 1a2b-3c4d some-thing else", "1a2b-3c4d"),  # another shape ends it
    ],
)
def test_a_list_of_dashed_codes_of_one_shape_is_masked_whole(text: str, codes: str) -> None:
    assert [(s.label, text[s.start : s.end]) for s in DETECTOR.detect(text)] == [(K, codes)]


@pytest.mark.parametrize(
    "text", ["backup codes: abcd-efgh ijkl-mnop", "backup codes: some-thing 1234 5678"]
)
def test_a_list_without_a_digit_in_its_shape_is_no_code_list(text: str) -> None:
    assert [s for s in DETECTOR.detect(text) if s.label == K] == []


@pytest.mark.parametrize(
    "text",
    [
        # how the password is, not what it is: a negation, a degree adverb, the passive's
        # auxiliary, an adverb in -mente/-ment after the link word
        "Das neue Passwort ist komplett numerisch und wird abgelehnt.",
        "Das Kennwort ist viel zu kurz.",
        "Ce mot de passe est trop simple, choisissez-en un autre.",
        "Le mot de passe est vraiment trop court",
        "La contraseña es demasiado corta.",
        "La contraseña es totalmente nueva y aun así falla.",
        "La password è stata modificata ieri sera.",
        "Questa password è troppo debole.",
        "La password è completamente sbagliata",
        "Het wachtwoord is niet juist ingevoerd.",
        "Het wachtwoord is te kort.",
        "To hasło jest zbyt krótkie.",
        "Hasło jest bardzo słabe, zmień je.",
        "The password is totally wrong again",
        # a participle or adjective closing the clause, nobody's own password
        "Das Kennwort ist gesperrt.",
        "Votre mot de passe est bloqué.",
        "La contraseña fue bloqueada por seguridad.",
        "El enlace para la contraseña era inválido, pide otro.",
        "La password è bloccata da ieri.",
        "Uw wachtwoord is gewijzigd.",
        "Het wachtwoord is aangepast, log opnieuw in.",
        "Das Passwort ist zurückgesetzt.",
        "Podane hasło jest niepoprawne.",
        # a link word glued to the next word is part of a compound ("e-mail")
        "Nowe hasło dla adresu e-mail zostało wysłane.",
        # an adjective by its ending, a Polish adverb in -nie, a word of success, a listed
        # word with the sentence's "!" (fp17, clean chat)
        "Das neue Passwort ist fehlerhaft.",
        "Die Änderung des Passworts war erfolgreich, bitte melden Sie sich an.",
        "Het nieuwe wachtwoord is onveilig.",
        "Het wachtwoord is hoofdlettergevoelig.",
        "Le mot de passe est sensible à la casse.",
        "La contraseña es sensible a mayúsculas y minúsculas.",
        "The new password is unusable.",
        "La password è modificabile dal profilo.",
        "Hasło jest dokładnie sprawdzane przy logowaniu.",
        "Ihr altes Kennwort war falsch!",
    ],
)
def test_a_word_saying_how_the_password_is_is_no_password(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a plain word stated as a password stays one
        ("my password is sunshine", "sunshine"),
        ("das Passwort ist sonnenschein", "sonnenschein"),
        ("wachtwoord is tulpenbol", "tulpenbol"),
        ("hasło to malina", "malina"),
        # a participle-shaped word stays a password when it is someone's own, or after ":"
        ("mi contraseña es helado", "helado"),
        ("la mia password è gelato", "gelato"),
        ("unser WLAN-Passwort ist gesalzen", "gesalzen"),
        ("mot de passe: étoilé", "étoilé"),
        ("Passwort: gesperrt", "gesperrt"),
        ("my password is Komplett2024", "Komplett2024"),
        ("la password è stata99", "stata99"),
        ("das Passwort ist honig", "honig"),  # too short for an adjective's ending
        ("mijn wachtwoord is eindeloos", "eindeloos"),  # someone's own
        ("hasło to pytanie", "pytanie"),  # a noun in -anie, no adverb
        ("Moje hasło to piekarnie.", "piekarnie"),  # a noun in -rnie, no participle after
        ("Hasło do wifi to kawiarnie.", "kawiarnie"),
        # an English or Romance adjective closing the sentence is as often the word itself
        ("The wifi password is invincible.", "invincible"),
        ("The password for the router is fearless.", "fearless"),
        ("Das Passwort ist unbreakable.", "unbreakable"),
    ],
)
def test_a_stated_plain_word_stays_a_password(text: str, value: str) -> None:
    assert found(text) == [(K, value)]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mijn wachtwoord is weer welkom123", "welkom123"),
        ("Mein Passwort ist jetzt Sommer2024!", "Sommer2024!"),
        ("my password is again hunter22", "hunter22"),
        ("mi contraseña es todavía Gato1234", "Gato1234"),
    ],
)
def test_an_adverb_of_time_between_the_link_and_the_secret(text: str, secret: str) -> None:
    """The password after "is again/weer/jetzt", not the adverb."""
    spans = CredentialRecognizer().analyze(text)
    assert [text[s.start : s.end] for s in spans] == [secret]


@pytest.mark.parametrize(
    "text",
    ["Mein Passwort ist jetzt gesperrt", "het wachtwoord is weer gewijzigd.",
     "my password is still not working"],
)  # fmt: skip
def test_a_state_after_an_adverb_of_time_is_no_secret(text: str) -> None:
    assert CredentialRecognizer().analyze(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Jemand hat nach meiner PIN gefragt und ich habe 7741 gesagt.", "7741"),
        ("un faux conseiller m'a demandé mon code et je lui ai donné 3382", "3382"),
        ("me pidió el PIN y le dije 9120, ahora falta dinero", "9120"),
        ("mi ha chiesto il PIN e gli ho detto 5567.", "5567"),
        ("hij vroeg om mijn pincode en ik heb 4410 gezegd", "4410"),
        ("zapytał o PIN i podałam 8093", "8093"),
        ("they asked for my PIN and I gave them 6621", "6621"),
    ],
)
def test_a_code_asked_for_then_said_later_in_the_sentence(text: str, code: str) -> None:
    assert (K, code) in [(s.label, text[s.start : s.end]) for s in DETECTOR.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "the PIN said 3 attempts left, the app said 4000 users were locked",
        "I told the agent my code and he said 2024 was fine",
        "the code gave 4040 error",
        "mi hanno chiesto il codice e ho detto 2023 anni fa",
        "the PIN reader said 5000 euros",
        "the PIN for my new card arrives in 5 days",
        "PIN for card 3 of 4 sent",
    ],
)
def test_counts_years_and_errors_said_after_a_code_stay_clean(text: str) -> None:
    assert DETECTOR.detect(text) == []


# ---- pasted configuration and commands (probe17's classes)

TWILIO_SID = "AC" + "2e85c112c54685a8be3272b5bc35cfa6"
TWILIO_TOKEN = "ededefbe4e92ff1b5b3bf766f8f07425"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "DATABASE_URL=postgresql://django:BTmgCC1cXVmVNwen2k@10.0.1.12:5432/crm",
            ["BTmgCC1cXVmVNwen2k"],
        ),
        (
            'psql "postgres://postgres:iPPuL64f0k1dagPi@localhost:5433/analytics"',
            ["iPPuL64f0k1dagPi"],
        ),
        ("redis://:S3cretPw@localhost:6379/0", ["S3cretPw"]),
        ("amqp://guest:Rabbit-2024!@[::1]:5672/", ["Rabbit-2024!"]),
        (
            "curl -u elastic:pQlxGrTiuhs2OJxSY http://localhost:9200/_cat/indices",
            ["pQlxGrTiuhs2OJxSY"],
        ),
        ("wget --user=bob:Tr0ub4dor http://10.0.0.5/file", ["Tr0ub4dor"]),
        (f'client = Client("{TWILIO_SID}", "{TWILIO_TOKEN}")', [TWILIO_SID, TWILIO_TOKEN]),
        (f"account_sid = '{TWILIO_SID}'", [TWILIO_SID]),
        (
            "voilà mes codes de secours, j'utilise lequel ? f1f9d-f2065 51fc6-14253 919b4-7ebc6",
            ["f1f9d-f2065 51fc6-14253 919b4-7ebc6"],
        ),
        (
            "dit zijn mijn herstelcodes, welke moet ik gebruiken? 0917 0732, 7931 5812",
            ["0917 0732, 7931 5812"],
        ),
        # a Wi-Fi QR code's payload, its fields in any order, a ";" escaped inside
        ("decoded the router's QR: WIFI:S:HomeNet 5G;T:WPA;P:Kaffee*217;;", ["Kaffee*217"]),
        ("WIFI:T:WPA2;P:tr\\;ub4d0r!;S:Netz_Oben;H:false;;", ["tr\\;ub4d0r!"]),
    ],
)
def test_secrets_in_pasted_urls_commands_and_clients(text: str, values: list[str]) -> None:
    assert [text[s.start : s.end] for s in DETECTOR.detect(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        # templates, masks and truncations written where the secret goes
        "OPENAI_API_KEY=<YOUR_API_KEY>",
        "api_key: ${API_KEY}\napi_secret: ${API_SECRET}",
        "      password: ${{ secrets.DB_PASSWORD }}",
        'docker login -u "$REGISTRY_USER" -p "$REGISTRY_PASSWORD" registry.acme.io',
        "my colleague sent me this and it doesnt work for me: password: ********",
        "DB_PASSWORD=******** (redacted)",
        "token: ghp_****************************1v2s",
        "OPENAI_API_KEY=sk-...0Go9",
        "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
        '{"apiKey": "xxxxxxxxxxxxxxxxxxxx", "secret": "<secret>"}',
        "DATABASE_URL=postgres://user:password@localhost:5432/mydb",  # the docs' blank
        "mongodb://<username>:<password>@cluster0.example.mongodb.net/test",
        "curl -u user:password https://api.example.com",
        "git clone https://github.com/acme/tool.git",  # no user information
        "POSTGRES_PASSWORD=changeme",  # a product's default, shown to be replaced
        'ports:\n  - "8080:80"\n  - "5432:5432"',
        "WIFI:S:Cafe Central Guest;T:nopass;P:;;",  # an open network: no password
        # a variable left empty in an .env.example, a reference to another on the next line
        "DB_PASSWORD=\nSECRET_KEY=${SECRET_KEY}\nSMTP_USER=<smtp-user>",
        "WIFI:S:<ssid>;T:WPA;P:<password>;;",  # the format's documentation
    ],
)
def test_placeholders_and_docs_blanks_are_no_secret(text: str) -> None:
    assert DETECTOR.detect(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # fixture values with a live value's shape stay secrets (test suites use them so)
        ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
        ("mein Passwort ist $Ummer2024", "$Ummer2024"),
    ],
)
def test_real_shaped_fixture_values_stay_secrets(text: str, value: str) -> None:
    assert [text[s.start : s.end] for s in DETECTOR.detect(text)] == [value]


def test_a_password_with_a_percent_sign_and_two_digits_after_a_password_flag() -> None:
    # "%56" is part of the password, not a URL's escape
    text = "docker login -u acmeci -p 'Blu3b1rd%56' docker.io"
    assert "Blu3b1rd%56" in [text[s.start : s.end] for s in DETECTOR.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "jkrause", "okoye.chinwe", "lucia.perez", "bramvdl", "kuba_zet.",
        # a known first name's pet form ("Pablo" -> "pablito", "Anna" -> "annette"), the
        # way friends write it, joined to initials
        "pablito_rg", "pepito.mz", "carlitos_vm", "tomeczek_k", "joaquinito.r", "manolito_g",
    ],
)  # fmt: skip
def test_a_login_typed_as_the_whole_message_is_a_user_name(text: str) -> None:
    (span,) = DETECTOR.detect(text)
    assert (span.label, text[span.start : span.end]) == ("USERNAME", text.rstrip("."))


@pytest.mark.parametrize(
    "text",
    [
        "thanks", "hello", "merci", "gracias!", "okay.", "asap", "hahaha", "wifi",
        "file_name", "config.yaml", "data.json", "readme.md", "node_modules", "test_user",
        "iphone15", "anna",  # a name alone is a person's, not a login (other recognizers)
        "pablito",  # a pet form alone is a name, not a login
        "mosquito_x", "bonito_rg", "gattino.b", "pollito_rg",  # words of the shape
        "anna_kowalski_4111111111111111",  # a number joined on: read as its own value
        "jkrause is my login, right?",  # not the whole message: left to the login words
    ],
)  # fmt: skip
def test_words_files_and_names_typed_alone_are_no_login(text: str) -> None:
    assert [s.label for s in DETECTOR.detect(text)] == []
