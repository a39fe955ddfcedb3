"""Precision on clean chat, by class of false flag (issue 16, the ninth probe's clean rows):
public figures the user talks about, lowercase words below the ordinary words' cut, field
acronyms and card names beside words, ticket numbers. Each class has the clean lines that
must not fire and the personal lines beside them that must still fire."""

from __future__ import annotations

import pytest

from piiguard._types import Span
from piiguard.detection.engine import Detector
from piiguard.detection.lexicon import Lexicon
from piiguard.detection.policy import PersonalDataPolicy
from tests.detection._policy import kept

P, ORG = "PERSON", "ORGANIZATION"
DEFAULT = PersonalDataPolicy()
STRICT = PersonalDataPolicy.strict()
PATTERNS = Detector.patterns()




# --- a public figure the message talks about is no one's personal data ------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Is it true Martin Lewis said you have to refund the fee?", "Martin Lewis"),
        ("Stimmt es, dass Finanzminister Christian Lindner das gesagt hat?", "Christian Lindner"),
        ("¿Es verdad que Rafa Nadal es la imagen del banco? Quiero esa tarjeta", "Rafa Nadal"),
        ("Ho visto la pubblicità con Jannik Sinner, la carta ha il cashback?", "Jannik Sinner"),
        ("Robert Lewandowski reklamuje waszą kartę, jakie ma ubezpieczenie?", "Robert Lewandowski"),
        ("Saw Taylor Swift merch in the app, is it official?", "Taylor Swift"),
        ("Hat Angela Merkel wirklich Werbung für euch gemacht?", "Angela Merkel"),
        ("Emmanuel Macron a parlé de votre banque à la télé", "Emmanuel Macron"),
        ("Ho visto Sergio Mattarella nella vostra pubblicità?", "Sergio Mattarella"),
        ("the tennis player Jannik Sinner uses your card?", "Jannik Sinner"),
        ("le président Macron a parlé de la réforme", "Macron"),
        ("Klopt het dat Max Verstappen in jullie reclame zit?", "Max Verstappen"),
        ("Czy to prawda, że Iga Świątek jest twarzą banku?", "Iga Świątek"),
        ("Jude Bellingham was on TV again, do you sponsor Real?", "Jude Bellingham"),
        ("Did Gordon Ramsay really advertise your credit card?", "Gordon Ramsay"),
        ("Laut Olaf Scholz ist das Konto kostenlos, stimmt das?", "Olaf Scholz"),
        ("Selon Bruno Le Maire les frais vont baisser, c'est vrai ?", "Bruno Le Maire"),
        ("Vi a Shakira en el anuncio de vuestro banco, ¿qué tarjeta es?", "Shakira"),
        ("Volgens premier Mark Rutte is sparen nu verplicht?", "Mark Rutte"),
        ("Ich suche das Trikot von Thomas Müller in Größe M.", "Thomas Müller"),
        ("Cerco la maglia di Francesco Totti taglia M.", "Francesco Totti"),
        ("Szukam koszulki Roberta Lewandowskiego w rozmiarze M.", "Roberta Lewandowskiego"),
    ],
)
def test_a_public_figure_is_not_masked(text: str, name: str) -> None:
    assert kept(DEFAULT, text, [(name, P)]) == []
    assert kept(STRICT, text, [(name, P)]) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a cue, a self-introduction, a contact or sending word: the person's own data
        ("my name is Taylor Swift and I saw your ad", "Taylor Swift"),
        ("I'm Taylor Swift and I saw your ad", "Taylor Swift"),
        ("I saw your ad, please send the card to Taylor Swift", "Taylor Swift"),
        ("What is Robert Lewandowski's phone number? I saw him in your ad", "Robert Lewandowski"),
        ("my friend Anna saw your ad on TV", "Anna"),
        ("Is it true that my husband Tom closed the account?", "Tom"),
        ("The account holder is Anna Nowak, she saw the ad", "Anna Nowak"),
        ("Ich bin Angela Merkel und habe eure Werbung gesehen", "Angela Merkel"),
        ("Je suis Emmanuel Macron, j'ai vu votre pub", "Emmanuel Macron"),
        (
            "Widziałem reklamę, proszę wysłać kartę do Roberta Lewandowskiego",
            "Roberta Lewandowskiego",
        ),
        # no public context: a private person
        ("The name does not match, it says Anna Kowalska on the card", "Anna Kowalska"),
        ("I have an interview with Anna Schmidt tomorrow", "Anna Schmidt"),
        ("I met Anna Kowalska at the pub", "Anna Kowalska"),
        ("Hat Christian Lindner schon bezahlt?", "Christian Lindner"),
        ("Anna Kowalska vs Marta Nowak: who pays for the match tickets?", "Anna Kowalska"),
        ("Unser Hausmeister Jan Schmidt hat die Karte gefunden", "Jan Schmidt"),
        ("according to my husband Tom the card is blocked", "Tom"),
        ("laut meiner Frau Anna ist die Karte gesperrt", "Anna"),
        ("I saw your ad: Kontoinhaber Anna Nowak, bitte prüfen", "Anna Nowak"),
        ("My neighbour Elon Musk wants to open an account", "Elon Musk"),
        ("Das Trikot von meinem Sohn Thomas Müller ist zu klein", "Thomas Müller"),
    ],
)
def test_a_person_in_a_personal_context_stays_masked(text: str, name: str) -> None:
    assert kept(DEFAULT, text, [(name, P)]) == [name]


def test_other_personal_data_in_the_message_keeps_the_name() -> None:
    text = "Anna Kowalska saw your TV ad, her email is anna@example.com"
    assert kept(DEFAULT, text, [("Anna Kowalska", P)], [("anna@example.com", "EMAIL_ADDRESS")]) == [
        "Anna Kowalska",
        "anna@example.com",
    ]


# --- a lowercase word below the ordinary words' cut is a word ---------------------------


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Dans le formulaire, le champ « Numéro de sécurité sociale » est grisé", "grisé", P),
        ("El enlace para restablecer la contraseña caducó a las 6:00", "caducó", P),
        ("Il link per reimpostare la password è scaduto il 25/04/2026", "scaduto", P),
        ("il mio passaporto è scaduto a marzo", "scaduto", ORG),
        ("przesyłka 321234076310389119768108 utknęła w sortowni", "sortowni", ORG),
        ("Die Rate ist gestern abgebucht worden", "abgebucht", P),
        ("actualicé a la versión 2.28.3 y ahora falla", "falla", P),
        ("numéro de suivi 6A12345678901 chez colissimo", "colissimo", P),
    ],
)
def test_a_lowercase_word_is_no_name(text: str, word: str, label: str) -> None:
    assert kept(DEFAULT, text, [(word, label)]) == []
    assert kept(STRICT, text, [(word, label)]) == [word]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my name is anna kowalska", "anna kowalska"),
        ("czesc tu kasia wrobel paczka nie doszla", "kasia"),  # a name beside a known name
        ("hej tu kasia, paczka nie doszla", "kasia"),  # a first name of any list
        ("il mio cognome è rossi", "rossi"),  # a word for a name before the copula
        ("hi, this is anna, call me back", "anna"),
        ("c'est marie qui a appelé", "marie"),
        ("please send the invoice to kowalski", "kowalski"),
        ("ask jorinde about the invoice", "jorinde"),
        # a surname after "this is", "hier ist", "to jest": presented, no participle
        ("hi this is kowalski from the 3rd floor", "kowalski"),
        ("hier ist nowak, ich habe eine frage", "nowak"),
        ("to jest kowalski, mam pytanie", "kowalski"),
        ("dit is jansen, ik bel over mijn rekening", "jansen"),
    ],
)
def test_a_lowercase_name_stays_masked(text: str, name: str) -> None:
    assert any(name in value for value in kept(DEFAULT, text, [(name, P)]))


@pytest.mark.parametrize(
    ("word", "word_or_not"),
    [("grisé", True), ("grise", True), ("caducó", True), ("sortowni", True), ("falla", True),
     ("Grisé", False), ("kasia", False), ("zielińska", False), ("kowalskiego", False),
     ("anna", False)],
)  # fmt: skip
def test_lowercase_word(word: str, word_or_not: bool) -> None:
    assert Lexicon.load().lowercase_word(word) is word_or_not


# --- a field's acronym or a card's name beside words -----------------------------------


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("La factura FV-2026-444760 tiene el IVA mal", "IVA mal", P),
        ("Zgłoszenie CS-96486: nadal brak karty EKUZ", "karty EKUZ", P),
        ("Foutcode ERR-6881 bij het invullen van het IBAN-veld", "van het IBAN-veld", ORG),
        ("Ticket INC39147 toujours sans réponse pour ma carte Vitale", "Vitale", P),
        ("J'ai perdu ma Carte Bleue hier", "Bleue", P),
    ],
)
def test_fields_and_cards_are_no_names(text: str, value: str, label: str) -> None:
    assert kept(DEFAULT, text, [(value, label)]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("IBAN Anna Kowalska bitte prüfen", "IBAN Anna Kowalska"),
        ("IBAN kowalska bitte prüfen", "IBAN kowalska"),
        ("la carte de Marie Dupont est bloquée", "Marie Dupont"),
        ("karta Kowalskiego jest zablokowana", "Kowalskiego"),
        ("karta Anny jest zablokowana", "Anny"),
    ],
)
def test_names_beside_fields_and_cards_stay_masked(text: str, name: str) -> None:
    assert kept(DEFAULT, text, [(name, P)]) == [name]


# --- a ticket or complaint number is no member number -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Segnalazione CS-948729: la tessera sanitaria non è ancora arrivata",
        "Reklamacja RK-55120: karta ubezpieczenia nie dotarła",
        "Meldung ST-77120: die Versichertenkarte fehlt noch",
    ],
)
def test_a_ticket_number_is_no_member_number(text: str) -> None:
    assert [s.label for s in PATTERNS.detect(text) if s.label == "MEMBER_ID"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CS-948729: la tessera sanitaria", "CS-948729"),
        ("la mia tessera sanitaria è CS-948729", "CS-948729"),
    ],
)
def test_a_member_number_is_still_found(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in PATTERNS.detect(text)]


# --- the merchant of a card payment is a business -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tarjeta bloqueada en Zara, ¿por qué?", "Zara"),
        ("Zahlung bei Zara abgelehnt", "Zara"),
        ("betaling geweigerd bij Zara", "Zara"),
        ("My card was declined at Zara yesterday", "Zara"),
        ("paiement refusé chez Decathlon", "Decathlon"),
    ],
)
def test_a_card_payments_merchant_is_not_masked(text: str, name: str) -> None:
    assert kept(DEFAULT, text, [(name, P)]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I paid Anna 20 euros at Lidl", "Anna"),
        ("Zahlung von Anna Schmidt nicht angekommen", "Anna Schmidt"),
        ("payment from John Smith at 10:00", "John Smith"),
        ("Please make the payment in Anna's name", "Anna"),
        ("pagamento ricevuto da Mario Rossi", "Mario Rossi"),
    ],
)
def test_a_payments_other_party_stays_masked(text: str, name: str) -> None:
    assert kept(DEFAULT, text, [(name, P)]) == [name]


# --- lowercase words the model took for a name and a place -----------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Il pacco è arrivato danneggiato, la scatola era aperta",
            [("arrivato", P), ("danneggiato", "LOCATION")],
        ),
        ("Le colis est arrivé abîmé, le carton était ouvert", [("carton", "LOCATION")]),
    ],
)
def test_lowercase_words_taken_for_a_name_and_a_place(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Ich habe mit anna aus berlin gesprochen", [("anna", P), ("berlin", "LOCATION")],
         ["anna", "berlin"]),
        ("Schick das an Benno Hartung bitte", [("Benno Hartung", "LOCATION")], ["Benno Hartung"]),
    ],
)  # fmt: skip
def test_a_lowercase_name_beside_a_place_stays_masked(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == expected


# --- lowercase words in a text that uses capitals (fp9, the third clean probe) ----------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a particle after the word is no name beside it ("carecemos |de| ellos")
        ("Los robots carecemos de emociones, ¿verdad?", [("carecemos", P)]),
        ("Envoyez le fichier ou cochez la case ci-dessous.", [("cochez", P)]),
        # a lowercase word after a preposition of place is a noun, not a town
        ("Je viens de l'endroit où tout a commencé.", [("endroit", P)]),
        ("Ich komme gerade aus der küche, Moment.", [("küche", P)]),
        # a lowercase word the model took for a place, no place word
        ("Vérifiez l'adresse avec laquelle vous êtes inscrit.", [("laquelle", "LOCATION")]),
        ("Geben Sie die Adresse an, unter welcher Sie wohnen.", [("welcher", "LOCATION")]),
        # a form of a known word the lists lack, or a compound of two
        ("Le fichier est coché dans la liste.", [("coché", P)]),
        ("Gli array annidati devono avere la stessa lunghezza.", [("annidati devono", P)]),
        ("W URL-u brakuje końcowego ukośnika.", [("brakuje końcowego ukośnika", P)]),
        ("Wpisz litery, cyfry i myślniki.", [("myślniki", P)]),
        ("De soep werd gemaakt van nijlpaardbotten, zegt men.", [("nijlpaardbotten", ORG)]),
    ],
)
def test_lowercase_words_in_a_capitalised_text_are_no_names(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []
    assert kept(STRICT, text, found) == [v for v, _ in found]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # a name beside the word, over a particle, keeps it
        ("Ho parlato con pietrantonio de rossi ieri.", [("pietrantonio", P)], ["pietrantonio"]),
        # places stay where a place word or a house number says so, or without capitals
        ("mieszkam w krakowie od roku", [("krakowie", "LOCATION")], ["krakowie"]),
        ("Ich wohne in reading, UK.", [("reading", P)], ["reading"]),
        ("Mi dirección es calle mayor 5, Madrid.", [("calle mayor 5", "LOCATION")],
         ["calle mayor 5"]),
        ("Ich wohne in der Lindenallee, Haus 4.", [("Lindenallee", "LOCATION")], ["Lindenallee"]),
        ("Ich wohne am marktplatz 5, bitte dorthin liefern.", [("marktplatz 5", "LOCATION")],
         ["marktplatz 5"]),
        # a name the lists lack is not made a word
        ("Bitte an herrn okonkwo weiterleiten.", [("okonkwo", P)], ["okonkwo"]),
        ("Thanks, I spoke to semender yesterday.", [("semender", P)], ["semender"]),
        ("La factura está a nombre de kowalska.", [("kowalska", P)], ["kowalska"]),
    ],
)  # fmt: skip
def test_lowercase_names_and_places_in_a_capitalised_text_stay(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == expected


@pytest.mark.parametrize(
    ("word", "inflected"),
    [("coché", True), ("annidati", True), ("ukośnika", True), ("myślniki", True),
     ("nijlpaardbotten", True), ("okonkwo", False), ("semender", False), ("kowalska", False),
     ("Coché", False), ("anna", False)],
)  # fmt: skip
def test_inflected_word(word: str, inflected: bool) -> None:
    assert Lexicon.load().inflected_word(word) is inflected


# --- a German noun after an indefinite article or "kein" is no name, a surname or not ---


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wenn hier ein Haken gesetzt ist, kann man die Seite sehen.", "Haken"),
        ("Setzen Sie bitte einen Haken bei den AGB.", "Haken"),
        ("Im Paket war kein Kabel, nur das Netzteil.", "Kabel"),
        ("Es gibt leider keinen Drucker im Büro.", "Drucker"),
        ("Wir haben eine Verspätung von zwei Tagen.", "Verspätung"),
        ("Ist bei dem Gerät ein Stecker dabei?", "Stecker"),
    ],
)
def test_a_german_noun_after_an_indefinite_article_is_no_name(text: str, word: str) -> None:
    assert kept(DEFAULT, text, [(word, P)]) == []
    assert kept(STRICT, text, [(word, P)]) == [word]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hat ein Herr Haken angerufen? Bitte Rückruf.", "Haken"),  # a cue
        ("Ich habe mit einer Anna gesprochen, die hat nichts gewusst.", "Anna"),  # first name
        ("Der Müller hat wieder angerufen, bitte Rückruf.", "Müller"),  # a definite article
        ("Bitte an Stecker weiterleiten, der kennt den Fall.", "Stecker"),
    ],
)
def test_a_german_name_after_a_cue_or_another_word_stays(text: str, name: str) -> None:
    assert kept(DEFAULT, text, [(name, P)]) == [name]


# --- a technical acronym in capitals (file formats, protocols, hardware) is no name ------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Datei ist kein gültiges JSON.", "JSON"),
        ("Die UUID im Header fehlt, was tun?", "UUID"),
        ("Exportieren Sie die Liste bitte als CSV.", "CSV"),
        ("El USB no aparece en el explorador.", "USB"),
        ("Het JSON-bestand kan niet worden geladen.", "JSON-bestand"),
        ("Le certificat TLS a expiré hier soir.", "TLS"),
        ("Il file YAML non è valido.", "YAML"),
        ("Nie działa logowanie przez SSO.", "SSO"),
    ],
)
def test_a_technical_acronym_is_no_name(text: str, value: str) -> None:
    assert kept(DEFAULT, text, [(value, P)]) == []
    assert any(value in v for v in kept(STRICT, text, [(value, P)]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please forward the JSON to JASON, he is waiting.", "JASON"),
        ("My colleague URI has the API key.", "URI"),
        ("Send the CSV to Anna Nowak please.", "Anna Nowak"),
    ],
)
def test_a_name_beside_a_technical_acronym_stays(text: str, name: str) -> None:
    assert kept(DEFAULT, text, [(name, P)]) == [name]


# --- one of the commonest words of the message's language, in lowercase, is no name -----


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Het begin mag niet groter zijn dan het einde van de periode.", "dan"),
        ("Puede parecerlo pero es una técnica para ayudarte.", "pero"),
        ("Je pense qu'elle a raison, le colis est parti hier.", "elle"),
        ("Ok grazie, ora va meglio con la nuova versione.", "ora"),
        ("Ik ben al klaar met de bestelling, dank je.", "ben"),
        ("Ella dice que el pedido llegó roto y ella quiere otro.", "ella"),
        ("Ho già aperto la richiesta la settimana scorsa, ma non ho risposta.", "già aperto"),
        ("La boutique est-elle fermée le dimanche ?", "elle"),
        ("la livraison a-t-elle été faite ?", "elle"),
    ],
)
def test_a_common_word_of_the_texts_language_is_no_name(text: str, word: str) -> None:
    start = text.rindex(word)
    spans = [Span(start, start + len(word), P, 0.9, "ner")]
    assert DEFAULT.apply(text, spans) == []
    assert any(s.start <= start and start + len(word) <= s.end for s in STRICT.apply(text, spans))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I talked to ben yesterday, he said the order is OK.", "ben"),  # nl word, en text
        ("Ich habe mit dan Schmidt gesprochen, er ruft zurück.", "dan"),  # beside a name
        ("I asked ella about the order, she said it is OK.", "ella"),  # es word, en text
        ("hej tu kasia, paczka nie doszla", "kasia"),  # no capitals
        ("Mi chiamo ora, Ora Kowalska, e ho un problema.", "ora"),  # a cue
    ],
)
def test_a_name_that_is_a_common_word_elsewhere_stays(text: str, name: str) -> None:
    start = text.index(name)
    spans = [Span(start, start + len(name), P, 0.9, "ner")]
    assert any(name in text[s.start : s.end] for s in DEFAULT.apply(text, spans))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Het begin mag niet groter zijn dan het einde.", "nl"),
        ("Puede parecerlo pero es una técnica.", "es"),
        ("I talked to him yesterday about the order.", "en"),
        ("Ok", None),
    ],
)
def test_language_of_a_text(text: str, language: str | None) -> None:
    assert Lexicon.load().language_of(text) == language
