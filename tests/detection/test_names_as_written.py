"""People's names as chat writes them, with the whole detector (model and policy): gamer
tags and nicknames after their words, names in lowercase after an introduction, the
surname first ("OKAFOR, Emeka", "DE LA FONTAINE Pierre-Yves"), double names joined by a
hyphen, an initial before a surname, a name of any origin next to one the model found,
and first names that are words too ("Rose", "Will", "Luz", "Roos"): masked where they
are used as names (a cue, a capital), not where the word is used as a word. Each family
has look-alikes that must stay clean, in en de fr es it nl pl."""

from __future__ import annotations

import pytest

from piiguard._types import PERSON
from piiguard.detection.engine import Detector
from piiguard.detection.recognizers.keyed_ids import USERNAME

DETECTOR = Detector.default()


def covered(text: str, value: str, label: str) -> bool:
    """Whether spans of `label` cover every character of `value` in `text`."""
    start = text.index(value)
    chars = {
        k
        for s in DETECTOR.detect(text)
        if s.label == label
        for k in range(s.start, s.end)
    }
    return all(k in chars for k in range(start, start + len(value)) if not text[k].isspace())


def labels(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in DETECTOR.detect(text)]


# --- gamer tags and nicknames after their words ---------------------------------------


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("my gamertag is xX_ShadowKebab_Xx and I got banned", "xX_ShadowKebab_Xx"),
        ("My Xbox gamertag is NightOwl_77, please check", "NightOwl_77"),
        ("mein Gamertag ist DönerKing_93, der Account wurde gehackt", "DönerKing_93"),
        ("mein Nick ist ShadowWolf und ich komme nicht mehr rein", "ShadowWolf"),
        ("mon pseudo sur Fortnite c'est KaRiMoX_13, le compte a été volé", "KaRiMoX_13"),
        ("mon pseudo est LoupGarou75", "LoupGarou75"),
        ("mi gamertag es ElPistolero_MX, me han robado la cuenta", "ElPistolero_MX"),
        ("il mio gamertag è Pizzaiolo_Furioso, mi hanno rubato l'account", "Pizzaiolo_Furioso"),
        ("il mio nick su Steam è Lupo_Solitario", "Lupo_Solitario"),
        ("mijn gamertag is StroopwafelSniper, mijn account is gehackt", "StroopwafelSniper"),
        ("mój nick w grze to PierogiDestroyer, ktoś mi ukradł konto", "PierogiDestroyer"),
        ("mój nick to zbyszek_gamer", "zbyszek_gamer"),
    ],
)
def test_a_gamer_tag_after_its_word_is_a_username(text: str, tag: str) -> None:
    assert covered(text, tag, USERNAME)


@pytest.mark.parametrize(
    "text",
    [
        "what is a good gamertag for a new account?",
        "my gamertag is the same as my email, can I change it?",
        "mein Nick ist weg, was soll ich tun?",
        "mon pseudo c'est quoi déjà ?",
        "mi gamertag es muy largo, ¿puedo cambiarlo?",
        "il mio nick è sparito dopo l'aggiornamento",
        "mijn gamertag is veranderd zonder reden",
        "mój nick w grze to jakaś pomyłka",
        "Which nick is allowed on the server?",
    ],
)
def test_a_gamer_tag_word_before_no_tag_masks_nothing(text: str) -> None:
    assert [v for label, v in labels(text) if label in (USERNAME, PERSON)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("can you ask nick to call me back", "nick"),
        ("tell nick and anna the parcel is here", "nick"),
        ("Can you ask frank to call me back?", "frank"),
        ("Hola luz, ¿me pasas el número de pedido?", "luz"),
    ],
)
def test_a_lowercase_name_spoken_to_or_of_stays_a_name(text: str, name: str) -> None:
    assert covered(text, name, PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Je m'appelle Guillaume Rousseau mais tout le monde dit Guigui.", "Guigui"),
        ("Mi chiamo Salvatore Cannavaro ma tutti mi chiamano Totò.", "Totò"),
        ("I'm Robert but everyone calls me Bobbo.", "Bobbo"),
        ("Ich bin Friedrich, aber alle nennen mich Fritzle.", "Fritzle"),
        ("Soy Francisco, pero todos me llaman Paquito.", "Paquito"),
        ("Ik ben Johannes maar iedereen noemt me Hanske.", "Hanske"),
        ("Jestem Jakub, ale wszyscy mówią na mnie Zbysio.", "Zbysio"),
    ],
)
def test_a_nickname_after_everyone_calls_me_is_a_name(text: str, name: str) -> None:
    assert covered(text, name, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Everyone calls me Monday morning to complain.",
        "Tout le monde dit Bonjour en entrant.",
    ],
)
def test_everyone_calls_me_before_a_word_masks_no_name(text: str) -> None:
    assert [v for label, v in labels(text) if label == PERSON] == []


# --- names in lowercase after an introduction -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hey its chidi okonkwo again, still waiting on that refund", "chidi okonkwo"),
        ("hallo met mustafa el khatib, de monteur is niet gekomen", "mustafa el khatib"),
        ("met kees jan de graaf, ik ben mijn pas kwijt", "kees jan de graaf"),
        (
            "hola soy josé antonio garcía de los ríos, el técnico no vino",
            "josé antonio garcía de los ríos",
        ),
        ("ik ben jan de vries en mijn pakket is kwijt", "jan de vries"),
        ("hi this is oluwaseun adeyemi, my order never came", "oluwaseun adeyemi"),
    ],
)
def test_a_name_in_lowercase_after_an_introduction(text: str, name: str) -> None:
    assert covered(text, name, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "its kinda broken again, still waiting on that refund",
        "hallo met de monteur is niet gekomen",
        "ik ben mijn pas kwijt en de winkel is dicht",
        "hola soy nuevo aquí, el técnico no vino",
        "c'est pas normal, le colis est en retard",
        "hi this is about my order, it never came",
        "ich bin nur die zweitnutzerin vom konto, nicht die inhaberin",
        "c'est le cryptogramme au dos de la carte ?",
    ],
)
def test_an_introduction_before_words_masks_no_name(text: str) -> None:
    assert [v for label, v in labels(text) if label == PERSON] == []


# --- surname first, particles and initials in capitals --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Booking is under OKAFOR, Emeka - can you add a second bag?", "OKAFOR, Emeka"),
        ("Vertrag läuft auf MÜLLER, Jan, bitte nicht auf meine Frau.", "MÜLLER, Jan"),
        ("La prenotazione è a nome ROSSI, Maria Grazia.", "ROSSI, Maria Grazia"),
        ("Rezerwacja jest na NOWAK, Agnieszka.", "NOWAK, Agnieszka"),
        ("Reservation under BRENNAN, Siobhan please", "BRENNAN, Siobhan"),
        ("ABONNÉ : DE LA FONTAINE Pierre-Yves", "DE LA FONTAINE Pierre-Yves"),
        ("Cliente: VAN DEN BERG Marieke, graag terugbellen", "VAN DEN BERG Marieke"),
        ("IL NOME GIUSTO È FRANCESCA D'AMBROSIO, CORREGGETE", "FRANCESCA D'AMBROSIO"),
        ("Le colis a été signé par A. Haddad, je ne connais personne.", "A. Haddad"),
        ("Das Paket hat J. Brückner angenommen.", "J. Brückner"),
    ],
)
def test_a_surname_first_in_capitals_with_its_particles_and_initials(
    text: str, name: str
) -> None:
    assert covered(text, name, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Status: OK, Danke für die schnelle Antwort.",
        "HELP, Please, my order is stuck",
        "Plan B. Danach rufe ich an.",
        "Choose option A. Then press OK.",
        "URGENTE, Grazie per la risposta",
    ],
)
def test_capitals_and_letters_before_words_are_no_name(text: str) -> None:
    assert [v for label, v in labels(text) if label == PERSON] == []


# --- double names, a name of any origin beside the model's ----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rechnung bitte an:\nAnna-Lena Hoffmann-Berger\nDanke!", "Anna-Lena Hoffmann-Berger"),
        (
            "Je souhaite résilier mon abonnement.\n\n--\nHélène Dubois-Marchand",
            "Hélène Dubois-Marchand",
        ),
        ("el apellido es García-Pelayo, con guion", "García-Pelayo"),
        ("il cognome è Bianchi-Lombardo, con il trattino", "Bianchi-Lombardo"),
        ("Mein Nachname ist Schmidt-Ott.", "Schmidt-Ott"),
        ("Bonsoir, Tigist Alemu à l'appareil, je n'arrive pas à payer.", "Tigist Alemu"),
        ("Il contratto è intestato a Rahel Tesfaye e Dawit Kidane.", "Rahel Tesfaye"),
        ("Il contratto è intestato a Rahel Tesfaye e Dawit Kidane.", "Dawit Kidane"),
        ("Intestare la fattura a:\nHu Jianguo\nGrazie", "Hu Jianguo"),
        ("Dewi Sastrowardoyo", "Dewi Sastrowardoyo"),
    ],
)
def test_double_names_and_names_of_any_origin_whole(text: str, name: str) -> None:
    assert covered(text, name, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Der Zug von Baden-Baden nach Clermont-Ferrand fällt aus",
        "Ich trinke gern Coca-Cola Zero",
        "Rechnung bitte an:\nBuchhaltung\nDanke!",
        "Intestare la fattura a:\nUfficio Acquisti\nGrazie",
        "Thanks a lot\nKind Regards",
        "Hola Buenos Aires",
        "Il cognome è obbligatorio nel modulo",
        "the surname is required on the form",
    ],
)
def test_joined_words_and_lines_of_words_are_no_name(text: str) -> None:
    assert [v for label, v in labels(text) if label == PERSON] == []


# --- first names that are words too ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My friend Rose is coming over tonight.", "Rose"),
        ("Can you ask Mark to call me back?", "Mark"),
        ("My son Will is ill, can I move the appointment?", "Will"),
        ("Our neighbour Bill signed for the parcel.", "Bill"),
        ("My colleague Hope sent the invoice.", "Hope"),
        ("Grace will pick up the parcel.", "Grace"),
        ("Sunny is my daughter, she will pick it up.", "Sunny"),
        ("Frank Meyer will pick it up.", "Frank"),
        ("Kai holt das Paket morgen ab.", "Kai"),
        ("Mein Sohn Bill hat die Rechnung bezahlt.", "Bill"),
        ("Moja córka Róża odbierze paczkę.", "Róża"),
        ("Mijn dochter Roos haalt het pakket op.", "Roos"),
        ("Rosa recogerá el paquete mañana.", "Rosa"),
        ("Mi amiga Luz me pidió que llamara.", "Luz"),
        ("Dolores me dio el número de pedido.", "Dolores"),
        ("Mia figlia Gioia passerà a ritirare il pacco.", "Gioia"),
    ],
)
def test_a_first_name_that_is_a_word_used_as_a_name(text: str, name: str) -> None:
    assert covered(text, name, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "I planted a rose in the garden.",
        "Can I order a rose bouquet for Friday?",
        "Please mark the order as urgent.",
        "Will you send the invoice today?",
        "I will pay the bill tomorrow.",
        "I hope the parcel arrives soon.",
        "Thanks for your grace period on the payment.",
        "It's sunny today, can I still return the umbrella?",
        "Das Schiff liegt am Kai in Hamburg.",
        "Róża w ogrodzie zakwitła.",
        "Ik heb een roos gekocht voor mijn moeder.",
        "Quiero el jersey en color rosa.",
        "Che gioia ricevere il pacco!",
        "Vorrei la maglia rosa taglia M.",
    ],
)
def test_a_first_name_that_is_a_word_used_as_a_word(text: str) -> None:
    assert [v for label, v in labels(text) if label == PERSON] == []


# --- a person the writer knows, then "is called" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mi casera en Ciudad de México se llama Guadalupe Hernández Ríos", "Guadalupe Hernández"),
        ("My landlord in Lisbon is called Joaquim Ferreira", "Joaquim Ferreira"),
        ("Meine Vermieterin in Wien heißt Renate Gruber", "Renate Gruber"),
        ("Ma voisine du troisième s'appelle Odile Marchand", "Odile Marchand"),
        ("La mia coinquilina si chiama Chiamaka Eze", "Chiamaka Eze"),
        ("Mijn buurman op nummer 5 heet Wouter Bakker", "Wouter Bakker"),
        ("Moja współlokatorka nazywa się Oksana Melnyk", "Oksana Melnyk"),
    ],
)
def test_a_person_the_writer_knows_is_called_a_name(text: str, name: str) -> None:
    assert covered(text, name, PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("moja współlokatorka Chiamaka Eze odbierze klucze", "Chiamaka Eze"),
        ("mi compañera de piso Chiamaka Eze recoge las llaves", "Chiamaka Eze"),
        ("il mio coinquilino Oluwaseun Adeyemi ritira le chiavi", "Oluwaseun Adeyemi"),
    ],
)
def test_a_flatmate_named_after_the_word(text: str, name: str) -> None:
    assert covered(text, name, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "la calle se llama Gran Vía",  # a street, no person before the verb
        "mein Hund heißt Bello",
        "the town my brother lives in is called Springfield",
        "mi madre dice que el pueblo se llama Villanueva",
    ],
)
def test_a_thing_is_called_a_word_or_a_place(text: str) -> None:
    assert [v for label, v in labels(text) if label == PERSON] == []
