# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `benchmarks/data/chat_breadth_probe_v13.jsonl`, the thirteenth chat breadth probe:
people and places.

Written blind (its author did not read the detection rules, their tests or the texts of
the earlier probes) and committed before any detector ran on it. 350 support-chat
messages, 50 in each of seven languages (en, de, fr, es, it, nl, pl): per language 10
person names, 8 postal addresses, 6 e-mail addresses, 4 dates of birth, 4 payment card
numbers and 18 clean look-alikes (public figures, brands and shops named after people,
streets and stations as meeting places, cities in travel questions, companies, products,
holidays and saints' days, titles, words that are also names, dates that are not birth
dates, amounts, order numbers), in the row format `bench_chat_breadth.py --set probe13`
reads: `{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`.

Templates mark each personal value as `[[LABEL|value]]`; `value` is written literally, or
`=name` draws it from a seeded generator: `=card:IIN:LENGTH:LAYOUT` a card number with a
valid Luhn check digit (checked with python-stdnum) written `sp` in groups of four, `no`
ungrouped, `dash` in dash-separated groups of four or `amex` as 4-6-5; `=name:LOCALE` a woman's
first name and a last name from Faker's seeded generator for that locale.

Gold spans: a name without its title (`Herr [[PERSON|Müller]]`); an address as its street
line (street and house number) and, where given, its postcode with its city, each a span
of its own (a city alone, without street or postcode, is not marked); an e-mail address
as typed, obfuscated spellings included; a date of birth as the date; a card number
without its expiry date.

    python benchmarks/make_probe13.py            # writes the data file
    python benchmarks/make_probe13.py --check    # exits 1 if the file differs
"""

from __future__ import annotations

import random
import string
import sys
from pathlib import Path

import probe_templates
from faker import Faker
from stdnum import luhn

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v13.jsonl"
SEED = 20261213
rng = random.Random(SEED)
fakers: dict[str, Faker] = {}


def faker(locale: str) -> Faker:
    if locale not in fakers:
        fk = Faker(locale)
        fk.seed_instance(SEED + len(fakers))
        fakers[locale] = fk
    return fakers[locale]


def card(iin: str, length: str, layout: str) -> str:
    """A card number starting with `iin`, `length` digits long, with a valid Luhn digit."""
    size = int(length)
    body = iin + "".join(rng.choice(string.digits) for _ in range(size - len(iin) - 1))
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number) and len(number) == size
    if layout == "no":
        return number
    if layout == "amex":
        assert size == 15
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    sep = {"sp": " ", "dash": "-"}[layout]
    return sep.join(number[i : i + 4] for i in range(0, size, 4))


def person(locale: str) -> str:
    fk = faker(locale)
    return f"{fk.first_name_female()} {fk.last_name()}"  # the templates name a woman


def draw(spec: str) -> str:
    kind, _, rest = spec.partition(":")
    if kind == "card":
        iin, length, layout = rest.split(":")
        return card(iin, length, layout)
    if kind == "name":
        return person(rest)
    raise ValueError(f"unknown generator {spec!r}")


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    return probe_templates.render(template, draw)


# (category, kind, template). Person kinds: own (the writer's name), family, colleague,
# title (last name alone after a title), lower (typed in lower case), particle (van der,
# de la, ...), double (double-barrelled), word (a name that is also a common word), origin
# (Turkish, Arabic, Vietnamese, Ukrainian, Nigerian, Indian names), multi (several names).
# Address kinds: full, livesat ("I live at ..."), partial (street and number only),
# ownline (on lines of its own), typo, lower, multi. E-mail kinds: plain, obfuscated,
# plus (plus tag), paren (inside parentheses), multi. Date of birth: numeric, written.
# Card: grouped, plain, expiry (with its expiry date), amex. Clean kinds name the family.
Row = tuple[str, str, str]

EN: list[Row] = [
    (
        "person",
        "own",
        "hi, this is [[PERSON|Marcus Delaney]], i placed an order last week and nothing arrived yet",
    ),
    (
        "person",
        "family",
        "the account is in my wifes name, [[PERSON|Priya Raghunathan]], can I still change the delivery slot?",
    ),
    (
        "person",
        "title",
        "please address the letter to Mr [[PERSON|Featherstonehaugh]], not to my company",
    ),
    (
        "person",
        "lower",
        "name on the booking is [[PERSON|tom hargreaves]] not thomas, can you fix it",
    ),
    (
        "person",
        "origin",
        "my colleague [[PERSON|Nguyen Thi Lan]] cant log in since tuesday, can u reset it for her",
    ),
    (
        "person",
        "word",
        "its for my dad, [[PERSON|Robin Bird]], he's 80 so please be patient on the phone",
    ),
    (
        "person",
        "double",
        "surname is [[PERSON|Ashworth-Clarke]] with a hyphen, your form keeps deleting it",
    ),
    (
        "person",
        "multi",
        "refund should go to [[PERSON|Chinedu Okafor]] and the receipt to his sister [[PERSON|Adaeze Okafor]]",
    ),
    (
        "person",
        "origin",
        "hello my name is [[PERSON|Oleksandr Kovalenko]] i cant undrestand the invoice you sent",
    ),
    (
        "person",
        "particle",
        "this is about the parcel for [[PERSON|Youssef El Amrani]], he is my flatmate and away till june",
    ),
    (
        "address",
        "full",
        "please send the replacement to [[ADDRESS|14 Mill Lane]], Bedminster, [[ADDRESS|Bristol BS3 4QT]]",
    ),
    (
        "address",
        "livesat",
        "i live at [[ADDRESS|27b Carrow Road]] in norwich, is that inside your delivery area?",
    ),
    (
        "address",
        "full",
        "ship to [[ADDRESS|4410 Maple Ridge Dr]], [[ADDRESS|Columbus, OH 43215]] pls, not my work address",
    ),
    (
        "address",
        "ownline",
        "new address:\n[[PERSON|Hannah Lowe]]\n[[ADDRESS|Flat 3, 22 Elm Grove]]\n[[ADDRESS|Leeds LS6 2AX]]\nthanks",
    ),
    (
        "address",
        "partial",
        "courier says delivered to [[ADDRESS|9 Wharfe St]] but thats my neighbour, I'm a few doors down",
    ),
    (
        "address",
        "typo",
        "adress is [[ADDRESS|58 Kingsly Avenue]], [[ADDRESS|Cardiff CF14 3NR]] - i spelt it wrong on the order",
    ),
    (
        "address",
        "multi",
        "moving from [[ADDRESS|3 Holly Close]], [[ADDRESS|Reading RG1 5JD]] to [[ADDRESS|112 Station Road]], [[ADDRESS|Didcot OX11 7NN]] on friday, can you update both",
    ),
    (
        "address",
        "lower",
        "postcode is [[ADDRESS|m14 6hr]] and the house is [[ADDRESS|41 platt lane]], the driver couldnt find it",
    ),
    ("email", "plain", "can you send the invoice to [[EMAIL|m.delaney84@gmail.com]] instead"),
    (
        "email",
        "obfuscated",
        "my email is [[EMAIL|priya.r at outlook dot com]] (didnt want to type it properly lol)",
    ),
    (
        "email",
        "plus",
        "i signed up with [[EMAIL|tom.hargreaves+shop@fastmail.co.uk]] and the plus thing breaks your login",
    ),
    (
        "email",
        "paren",
        "please contact my assistant ([[EMAIL|jo.pennington@brightwell-legal.co.uk]]) for the paperwork",
    ),
    ("email", "obfuscated", "email me: [[EMAIL|kovalenko.o (at) ukr (dot) net]]"),
    (
        "email",
        "multi",
        "old email [[EMAIL|chinedu_ok@yahoo.com]], new one [[EMAIL|c.okafor@protonmail.com]], please switch",
    ),
    ("dob", "numeric", "date of birth [[DOB|03/11/1987]] if you need it for the verification"),
    (
        "dob",
        "written",
        "I was born on the [[DOB|14th of February 1992]] so the age check shouldnt fail",
    ),
    ("dob", "numeric", "DOB is [[DOB|7-22-64]], not whatever you have on file"),
    (
        "dob",
        "written",
        "my son was born [[DOB|2 June 2015]], he needs the child ticket not the adult one",
    ),
    ("card", "expiry", "card number [[CARD|=card:4:16:sp]] exp 09/28, I was charged twice"),
    ("card", "plain", "paid with [[CARD|=card:51:16:no]] and it got declined??"),
    ("card", "amex", "amex [[CARD|=card:37:15:amex]], expiry 11/27, cvv i wont give in chat"),
    ("card", "expiry", "[[CARD|=card:4:16:dash]] 04/29 - can u remove this card from my account"),
    ("clean", "celebrity", "do you ship the Taylor Swift vinyl to the UK or only the US?"),
    ("clean", "celebrity", "Is the Lewis Hamilton cap back in stock? my son keeps asking"),
    (
        "clean",
        "brand",
        "bought it at Marks & Spencer and it came in a Ted Baker bag, can I still return it to you?",
    ),
    (
        "clean",
        "meet",
        "can we do the pickup at the Oxford Street store instead of the one near King's Cross?",
    ),
    ("clean", "travel", "how long does delivery to Manchester take compared to Edinburgh?"),
    (
        "clean",
        "company",
        "is Johnson & Johnson still your supplier or did you switch to Procter & Gamble",
    ),
    ("clean", "product", "the Ford Fiesta floor mats dont fit the 2019 model"),
    ("clean", "holiday", "are you open on St Patrick's Day and on Boxing Day?"),
    (
        "clean",
        "title",
        "looking for the Harry Potter box set and a hardback of Pride and Prejudice",
    ),
    ("clean", "word", "my order says the colour is Amber but I got Ruby, I wanted amber"),
    ("clean", "date", "delivery was booked for 14/03/2027 between 8 and 12 and nobody came"),
    ("clean", "date", "my appointment is on the 2nd of May at 10:30, can I move it to the 9th?"),
    ("clean", "amount", "you charged me £149.99 instead of £129.99, please refund the £20"),
    ("clean", "order", "order #A-448213 still says processing since Monday"),
    ("clean", "title", "the Abbey Road poster arrived torn, can you send another one"),
    ("clean", "holiday", "do you have St. Valentine's cards or only Mother's Day ones?"),
    ("clean", "brand", "is this the same warranty as a Dyson or is it a Philips thing?"),
    (
        "clean",
        "travel",
        "I'm flying to Paris from Gatwick, can I pick the parcel up at the airport?",
    ),
]

DE: list[Row] = [
    (
        "person",
        "own",
        "Hallo, hier ist [[PERSON|Jens Dötterl]], meine Bestellung ist immer noch nicht da",
    ),
    (
        "person",
        "title",
        "Frau [[PERSON|Wachowiak]] aus Ihrer Buchhaltung hat mir gestern zurückgeschrieben, aber ohne Lösung",
    ),
    (
        "person",
        "lower",
        "der vertrag läuft auf meinen mann [[PERSON|klaus-dieter brenner]], ich bin nur die zweitnutzerin",
    ),
    (
        "person",
        "origin",
        "mein Kollege [[PERSON|Mehmet Yılmaz]] braucht auch einen Zugang, geht das?",
    ),
    (
        "person",
        "particle",
        "Empfänger ist [[PERSON|Anna von der Heydt]], bitte genau so auf das Paket schreiben",
    ),
    ("person", "word", "Meine Tochter heißt [[PERSON|Sonja Koch]], sie holt das Paket ab"),
    ("person", "origin", "Ich heisse [[PERSON|Tran Van Minh]] und hab seit 3 tagen kein internet"),
    (
        "person",
        "double",
        "Nachname ist [[PERSON|Schulze-Wiegand]], nicht Schulze, bitte korrigieren",
    ),
    (
        "person",
        "colleague",
        "Die Rechnung bitte an meine Kollegin [[PERSON|=name:de_DE]] schicken, sie macht das Controlling",
    ),
    (
        "person",
        "multi",
        "wir sind zu zweit: [[PERSON|Olena Bondarenko]] und [[PERSON|Dmytro Bondarenko]], brauchen wir zwei Konten?",
    ),
    ("address", "full", "Bitte liefern an [[ADDRESS|Lindenstraße 14]], [[ADDRESS|04109 Leipzig]]"),
    (
        "address",
        "livesat",
        "ich wohne in der [[ADDRESS|Schillerstr. 7a]] in [[ADDRESS|80336 München]], 3. OG",
    ),
    (
        "address",
        "typo",
        "meine adresse: [[ADDRESS|Hauptstrase 112]], [[ADDRESS|50667 koeln]] (ohne ß sorry)",
    ),
    (
        "address",
        "ownline",
        "Neue Anschrift:\nFamilie [[PERSON|Özdemir]]\n[[ADDRESS|Am Mühlbach 3]]\n[[ADDRESS|91054 Erlangen]]",
    ),
    (
        "address",
        "partial",
        "Der Bote hat es in die [[ADDRESS|Goethestraße 21]] gebracht, ich wohne aber in der 12",
    ),
    (
        "address",
        "multi",
        "Ich ziehe von der [[ADDRESS|Bergstraße 5]] in den [[ADDRESS|Talweg 18]] um, gleiche Stadt",
    ),
    (
        "address",
        "full",
        "shipping address pls: [[ADDRESS|Kastanienallee 44]], [[ADDRESS|10435 Berlin]], Hinterhaus, 2. Stock",
    ),
    (
        "address",
        "lower",
        "rechnungsadresse ist [[ADDRESS|karl-marx-allee 90]], [[ADDRESS|10243 berlin]]",
    ),
    ("email", "plain", "Meine E-Mail ist [[EMAIL|j.doetterl@web.de]], da kommt aber nichts an"),
    ("email", "obfuscated", "schreiben Sie mir an [[EMAIL|sonja.koch at gmx punkt de]]"),
    ("email", "plus", "Ich hab mich mit [[EMAIL|m.yilmaz+bestellung@t-online.de]] registriert"),
    (
        "email",
        "paren",
        "Bitte an die Buchhaltung ([[EMAIL|rechnung.schulze-wiegand@posteo.de]]) senden",
    ),
    ("email", "plain", "neue mail adresse [[EMAIL|olena.bondarenko94@gmail.com]] bitte ändern"),
    ("email", "obfuscated", "Kontakt: [[EMAIL|tran.minh (at) outlook (punkt) de]]"),
    ("dob", "numeric", "Geburtsdatum [[DOB|17.08.1979]], falls Sie das zur Prüfung brauchen"),
    ("dob", "written", "Ich bin am [[DOB|3. März 1985]] geboren, das steht falsch im Profil"),
    ("dob", "numeric", "geb. [[DOB|02.11.62]], Kundennummer hab ich grad nicht"),
    ("dob", "written", "mein Sohn ist am [[DOB|12. Januar 2011]] geboren, gilt der Jugendtarif?"),
    (
        "card",
        "expiry",
        "Kreditkarte [[CARD|=card:4:16:sp]] gültig bis 06/27, die Abbuchung ist doppelt",
    ),
    ("card", "plain", "Kartennummer [[CARD|=card:52:16:no]] wurde abgelehnt, warum?"),
    ("card", "grouped", "hab mit der [[CARD|=card:4:16:dash]] bezahlt, bitte erstatten"),
    ("card", "amex", "AmEx [[CARD|=card:34:15:amex]] läuft ab 12/26, bitte ersetzen"),
    ("clean", "meet", "Kann ich das Paket am Hauptbahnhof abholen oder nur in der Filiale?"),
    ("clean", "celebrity", "Habt ihr das Buch von Helene Fischer noch vorrätig?"),
    ("clean", "brand", "Ist das bei Rossmann oder bei dm günstiger? und gibts das auch bei Otto?"),
    ("clean", "travel", "Wie lange dauert der Versand nach Hamburg und nach Dresden?"),
    ("clean", "company", "Arbeitet ihr mit Hermes oder mit DHL zusammen?"),
    ("clean", "product", "Passt die Hülle auf das Samsung Galaxy S23 oder nur auf das iPhone 15?"),
    ("clean", "holiday", "Habt ihr an Pfingsten und an Sankt Martin geöffnet?"),
    ("clean", "title", "Suche die Sonderausgabe von Die unendliche Geschichte und Tschick"),
    ("clean", "word", "Die Farbe Rosa gefällt mir nicht, habt ihr die auch in Grau?"),
    ("clean", "date", "Liefertermin war der 14.05.2027, es kam aber nichts"),
    ("clean", "date", "Mein Termin ist am 3. Februar um 14 Uhr, kann ich den verschieben?"),
    ("clean", "amount", "Sie haben mir 89,90 € statt 79,90 € abgebucht"),
    ("clean", "order", "Bestellnummer 302-5567812-99, Status seit einer Woche unverändert"),
    ("clean", "meet", "Treffpunkt für die Rückgabe: vor dem Kaufhof am Alexanderplatz?"),
    ("clean", "brand", "Ist der Kaffee von Tchibo oder von Dallmayr?"),
    ("clean", "celebrity", "gibt es noch Tickets für Herbert Grönemeyer in Bochum?"),
    ("clean", "holiday", "Liefert ihr auch zwischen Heiligabend und Silvester?"),
    ("clean", "street", "Die Filiale in der Friedrichstraße hat zu, gibts eine andere in Mitte?"),
]

FR: list[Row] = [
    (
        "person",
        "own",
        "Bonjour, je suis [[PERSON|Camille Rousseau]], ma commande n'est toujours pas arrivée",
    ),
    (
        "person",
        "title",
        "j'ai parlé avec Mme [[PERSON|Lefèvre-Diallo]] hier mais personne ne m'a rappelée",
    ),
    ("person", "lower", "le compte est au nom de mon mari [[PERSON|jean-baptiste moreau]]"),
    ("person", "particle", "le colis est pour [[PERSON|Hélène de la Fontaine]], c'est ma mère"),
    ("person", "origin", "mon collègue [[PERSON|Karim Benslimane]] n'arrive pas à se connecter"),
    (
        "person",
        "word",
        "c'est pour ma fille [[PERSON|Rose Marchand]], elle viendra chercher le colis",
    ),
    (
        "person",
        "origin",
        "je m'appelle [[PERSON|Ngozi Adeyemi]] et je n'ai pas reçu de confirmation",
    ),
    ("person", "title", "merci de mettre M. [[PERSON|Dubois]] en copie, c'est mon comptable"),
    (
        "person",
        "colleague",
        "ma collegue [[PERSON|=name:fr_FR]] s'occupe des factures, vous pouvez la contacter",
    ),
    (
        "person",
        "multi",
        "les billets sont pour [[PERSON|Thi Hoa Pham]] et [[PERSON|Quang Pham]], on voyage ensemble",
    ),
    ("address", "full", "merci de livrer au [[ADDRESS|12 rue des Lilas]], [[ADDRESS|69003 Lyon]]"),
    (
        "address",
        "livesat",
        "j'habite [[ADDRESS|45 avenue Jean Jaurès]], [[ADDRESS|31000 Toulouse]], 2e étage",
    ),
    (
        "address",
        "typo",
        "mon adresse c [[ADDRESS|8 bis rue Victor Hugo]] [[ADDRESS|13001 marseille]]",
    ),
    (
        "address",
        "ownline",
        "Nouvelle adresse :\n[[ADDRESS|Résidence Les Pins, 3 allée des Chênes]]\n[[ADDRESS|33600 Pessac]]",
    ),
    (
        "address",
        "partial",
        "le livreur l'a déposé au [[ADDRESS|27 boulevard Voltaire]] alors que j'habite au 72",
    ),
    (
        "address",
        "full",
        "adresse de facturation : [[ADDRESS|5 place du Marché]], [[ADDRESS|44000 Nantes]]",
    ),
    (
        "address",
        "lower",
        "je demenage au [[ADDRESS|19 rue de la republique]], [[ADDRESS|67000 strasbourg]] le 1er",
    ),
    (
        "address",
        "multi",
        "ancienne adresse [[ADDRESS|3 impasse Fleurie]], nouvelle [[ADDRESS|61 chemin du Moulin]], [[ADDRESS|84000 Avignon]]",
    ),
    ("email", "plain", "mon mail est [[EMAIL|camille.rousseau@orange.fr]], rien n'arrive"),
    ("email", "obfuscated", "écrivez-moi à [[EMAIL|karim.b arobase free point fr]]"),
    ("email", "plus", "je me suis inscrite avec [[EMAIL|h.delafontaine+commandes@laposte.net]]"),
    (
        "email",
        "paren",
        "envoyez la facture à mon comptable ([[EMAIL|cabinet.dubois@wanadoo.fr]]) svp",
    ),
    ("email", "obfuscated", "contact : [[EMAIL|ngozi.adeyemi (at) gmail (dot) com]]"),
    ("email", "plain", "nouvel email [[EMAIL|jb.moreau75@sfr.fr]], merci de mettre à jour"),
    ("dob", "numeric", "date de naissance [[DOB|21/06/1990]] si besoin pour vérifier"),
    ("dob", "written", "je suis née le [[DOB|4 septembre 1978]], le profil indique une autre date"),
    ("dob", "numeric", "ddn [[DOB|09-12-1955]] pour mon père, il est titulaire"),
    (
        "dob",
        "written",
        "ma fille est née le [[DOB|1er avril 2014]], elle a droit au tarif enfant ?",
    ),
    ("card", "expiry", "carte [[CARD|=card:4:16:sp]] expire 03/28, j'ai été débitée deux fois"),
    ("card", "plain", "numéro de carte [[CARD|=card:53:16:no]] refusé, pourquoi ?"),
    ("card", "grouped", "j'ai payé avec la CB [[CARD|=card:4:16:dash]], remboursez svp"),
    ("card", "expiry", "[[CARD|=card:55:16:sp]] exp 10/27 - supprimez cette carte de mon compte"),
    ("clean", "meet", "on peut se retrouver devant la Gare de Lyon pour le retour ?"),
    ("clean", "celebrity", "vous avez encore l'album de Stromae ou celui d'Édith Piaf ?"),
    ("clean", "brand", "c'est moins cher chez Leclerc ou chez Carrefour ?"),
    ("clean", "travel", "combien de temps pour livrer à Bordeaux et à Lille ?"),
    ("clean", "company", "vous travaillez avec Chronopost ou avec Colissimo ?"),
    (
        "clean",
        "product",
        "la coque est compatible avec la Renault Clio ou seulement la Peugeot 208 ?",
    ),
    ("clean", "holiday", "êtes-vous ouverts à la Toussaint et le jour de la Saint-Jean ?"),
    ("clean", "title", "je cherche Le Petit Prince et Les Misérables en édition poche"),
    ("clean", "word", "la couleur Prune est épuisée, vous avez Olive ?"),
    ("clean", "date", "la livraison était prévue le 18/04/2027 et rien n'est venu"),
    ("clean", "date", "mon rendez-vous est le 5 mars à 9h, je peux le décaler ?"),
    ("clean", "amount", "vous m'avez prélevé 59,99 € au lieu de 49,99 €"),
    ("clean", "order", "commande n° FR-2271934, toujours en préparation"),
    (
        "clean",
        "street",
        "la boutique des Champs-Élysées est fermée, il y en a une autre rue de Rivoli ?",
    ),
    ("clean", "brand", "c'est du Louis Vuitton ou du Yves Saint Laurent ce sac ?"),
    ("clean", "celebrity", "le maillot de Kylian Mbappé est dispo en taille M ?"),
    ("clean", "holiday", "vous livrez entre Noël et la Saint-Sylvestre ?"),
    ("clean", "travel", "je pars à Nice puis à Genève, je peux me faire livrer à l'hôtel ?"),
]

ES: list[Row] = [
    ("person", "own", "hola, soy [[PERSON|Lucía Fernández Ortega]] y mi pedido no ha llegado"),
    ("person", "title", "hablé ayer con la Sra. [[PERSON|Iturriaga]] y no me ha vuelto a llamar"),
    ("person", "lower", "la cuenta esta a nombre de mi marido [[PERSON|javier ruiz molina]]"),
    ("person", "particle", "el paquete es para [[PERSON|María de la Cruz]], mi suegra"),
    ("person", "origin", "mi compañero [[PERSON|Ahmed Bensaid]] tampoco puede entrar en la app"),
    ("person", "word", "es para mi hija [[PERSON|Paloma Blanco]], ella recoge el paquete"),
    ("person", "origin", "me llamo [[PERSON|Arjun Venkataraman]] y no me llega el codigo"),
    ("person", "double", "el apellido es [[PERSON|García-Pelayo]], con guion, su web lo borra"),
    (
        "person",
        "colleague",
        "la factura a mi compañera [[PERSON|=name:es_ES]], ella lleva la contabilidad",
    ),
    (
        "person",
        "multi",
        "los billetes son para [[PERSON|Ayşe Demir]] y [[PERSON|Emre Demir]], viajamos juntos",
    ),
    ("address", "full", "envíenlo a [[ADDRESS|Calle Mayor 23, 2º B]], [[ADDRESS|28013 Madrid]]"),
    (
        "address",
        "livesat",
        "vivo en la [[ADDRESS|Avenida de la Constitución 8]], [[ADDRESS|41001 Sevilla]]",
    ),
    (
        "address",
        "typo",
        "mi direccion es [[ADDRESS|c/ Valencia 245]] [[ADDRESS|08007 barcelona]], 4o 1a",
    ),
    (
        "address",
        "ownline",
        "Nueva dirección:\n[[ADDRESS|Plaza del Pilar 4, 3º izq.]]\n[[ADDRESS|50003 Zaragoza]]",
    ),
    (
        "address",
        "partial",
        "el repartidor lo dejó en [[ADDRESS|Calle Alcalá 150]] pero yo vivo en el 105",
    ),
    (
        "address",
        "full",
        "direccion de facturacion: [[ADDRESS|Paseo de Gracia 71]], [[ADDRESS|08008 Barcelona]]",
    ),
    (
        "address",
        "lower",
        "me mudo a [[ADDRESS|calle san vicente 12]], [[ADDRESS|46002 valencia]] el dia 1",
    ),
    (
        "address",
        "multi",
        "antes vivia en [[ADDRESS|Calle Luna 9]], ahora en [[ADDRESS|Calle Sol 31]], [[ADDRESS|29012 Málaga]]",
    ),
    (
        "email",
        "plain",
        "my email es [[EMAIL|lucia.fernandez.o@gmail.com]], no me llega nada, sorry for my english",
    ),
    ("email", "obfuscated", "escribidme a [[EMAIL|jruizmolina arroba hotmail punto es]]"),
    ("email", "plus", "me registré con [[EMAIL|paloma.blanco+tienda@yahoo.es]]"),
    (
        "email",
        "paren",
        "manden la factura a mi gestor ([[EMAIL|asesoria.iturriaga@telefonica.net]])",
    ),
    ("email", "obfuscated", "contacto: [[EMAIL|arjun.v (at) outlook (dot) com]]"),
    ("email", "plain", "correo nuevo [[EMAIL|ahmed.bensaid88@gmail.com]], actualicen por favor"),
    ("dob", "numeric", "fecha de nacimiento [[DOB|15/07/1983]] por si la necesitan"),
    ("dob", "written", "naci el [[DOB|22 de octubre de 1969]], en el perfil sale otra fecha"),
    ("dob", "numeric", "fecha nac. [[DOB|30-01-1958]] de mi padre, el es el titular"),
    ("dob", "written", "mi hijo nació el [[DOB|9 de mayo de 2016]], ¿tiene tarifa infantil?"),
    ("card", "expiry", "tarjeta [[CARD|=card:4:16:sp]] caduca 08/28, me cobraron dos veces"),
    ("card", "plain", "el numero de tarjeta [[CARD|=card:54:16:no]] me lo rechaza"),
    ("card", "grouped", "pagué con la [[CARD|=card:4:16:dash]], devuélvanme el dinero"),
    ("card", "expiry", "[[CARD|=card:51:16:sp]] 02/29 - quiten esta tarjeta de mi cuenta"),
    ("clean", "meet", "¿puedo recoger el pedido en la estación de Atocha?"),
    ("clean", "celebrity", "¿tenéis la camiseta de Rafa Nadal o la de Fernando Alonso?"),
    ("clean", "brand", "¿es más barato en El Corte Inglés o en Carrefour?"),
    ("clean", "travel", "¿cuánto tarda el envío a Bilbao y a Granada?"),
    ("clean", "company", "¿trabajáis con SEUR o con Correos Express?"),
    ("clean", "product", "¿la funda vale para el Seat Ibiza o solo para el León?"),
    ("clean", "holiday", "¿abrís en Semana Santa y el día de San Juan?"),
    ("clean", "title", "busco Cien años de soledad y Don Quijote de la Mancha en tapa dura"),
    ("clean", "word", "el color Rosa no me gusta, ¿lo tenéis en Azul?"),
    ("clean", "date", "la entrega estaba prevista para el 21/05/2027 y no vino nadie"),
    ("clean", "date", "mi cita es el 7 de marzo a las 11, ¿la puedo cambiar?"),
    ("clean", "amount", "me cobrasteis 39,95 € en vez de 29,95 €"),
    ("clean", "order", "pedido n.º ES-5518203, sigue en preparación"),
    ("clean", "street", "la tienda de la Gran Vía está cerrada, ¿hay otra en Sol?"),
    ("clean", "brand", "¿esto es de Zara o de Massimo Dutti?"),
    ("clean", "celebrity", "¿quedan entradas para Alejandro Sanz en Madrid?"),
    ("clean", "holiday", "¿enviáis entre Nochebuena y Reyes?"),
    ("clean", "travel", "me voy a Lisboa y luego a Oporto, ¿me lo pueden mandar al hotel?"),
]

IT: list[Row] = [
    (
        "person",
        "own",
        "buongiorno, sono [[PERSON|Giulia Bernardini]] e il mio ordine non è arrivato",
    ),
    (
        "person",
        "title",
        "ho parlato ieri con la dott.ssa [[PERSON|Mastroianni]] ma nessuno mi ha richiamato",
    ),
    ("person", "lower", "il contratto è intestato a mio marito [[PERSON|luca ferraro]]"),
    ("person", "particle", "il pacco è per [[PERSON|Francesca De Luca]], mia suocera"),
    ("person", "origin", "il mio collega [[PERSON|Emeka Nwosu]] non riesce ad accedere"),
    ("person", "word", "è per mia figlia [[PERSON|Serena Monti]], passa lei a ritirarlo"),
    ("person", "origin", "mi chiamo [[PERSON|Fatima Zahra Alaoui]] e non ricevo il codice"),
    ("person", "double", "il cognome è [[PERSON|Bianchi-Lombardo]], con il trattino"),
    (
        "person",
        "colleague",
        "la fattura alla mia collega [[PERSON|=name:it_IT]], segue lei l'amministrazione",
    ),
    (
        "person",
        "multi",
        "i biglietti sono per [[PERSON|Andriy Shevchuk]] e [[PERSON|Iryna Shevchuk]]",
    ),
    ("address", "full", "spedite a [[ADDRESS|Via Garibaldi 18]], [[ADDRESS|10122 Torino]]"),
    (
        "address",
        "livesat",
        "abito in [[ADDRESS|Corso Buenos Aires 54]], [[ADDRESS|20124 Milano]], citofono 3",
    ),
    ("address", "typo", "il mio indirizo è [[ADDRESS|via dei Mille 7]] [[ADDRESS|80121 napoli]]"),
    (
        "address",
        "ownline",
        "Nuovo indirizzo:\n[[ADDRESS|Piazza della Repubblica 2, int. 5]]\n[[ADDRESS|50123 Firenze]]",
    ),
    ("address", "partial", "il corriere l'ha lasciato in [[ADDRESS|Via Roma 33]] ma io sto al 38"),
    (
        "address",
        "full",
        "indirizzo di fatturazione: [[ADDRESS|Viale Europa 120]], [[ADDRESS|00144 Roma]]",
    ),
    (
        "address",
        "lower",
        "mi trasferisco in [[ADDRESS|via san francesco 9]], [[ADDRESS|35121 padova]] dal 1",
    ),
    (
        "address",
        "multi",
        "prima stavo in [[ADDRESS|Via Verdi 4]], adesso in [[ADDRESS|Via Puccini 16]], [[ADDRESS|40126 Bologna]]",
    ),
    ("email", "plain", "la mia mail è [[EMAIL|giulia.bernardini@libero.it]], non arriva niente"),
    ("email", "obfuscated", "scrivetemi a [[EMAIL|luca.ferraro chiocciola gmail punto com]]"),
    ("email", "plus", "mi sono registrata con [[EMAIL|serena.monti+acquisti@tiscali.it]]"),
    (
        "email",
        "paren",
        "mandate la fattura al commercialista ([[EMAIL|studio.mastroianni@pec.it]])",
    ),
    ("email", "obfuscated", "contatto: [[EMAIL|emeka.nwosu (at) yahoo (dot) it]]"),
    ("email", "plain", "nuova email [[EMAIL|f.deluca72@alice.it]], aggiornate per favore"),
    ("dob", "numeric", "data di nascita [[DOB|11/03/1986]] se serve per la verifica"),
    ("dob", "written", "sono nata il [[DOB|25 dicembre 1974]], nel profilo c'è un'altra data"),
    ("dob", "numeric", "nato il [[DOB|06.09.1951]], mio padre, è lui l'intestatario"),
    (
        "dob",
        "written",
        "mio figlio è nato il [[DOB|17 agosto 2013]], ha diritto alla tariffa ridotta?",
    ),
    ("card", "expiry", "carta [[CARD|=card:4:16:sp]] scadenza 07/28, addebitato due volte"),
    ("card", "plain", "il numero della carta [[CARD|=card:55:16:no]] viene rifiutato"),
    ("card", "grouped", "ho pagato con la [[CARD|=card:4:16:dash]], rimborsatemi"),
    ("card", "amex", "amex [[CARD|=card:37:15:amex]] scade 05/27, da togliere dal profilo"),
    ("clean", "meet", "posso ritirare il pacco alla stazione Termini?"),
    ("clean", "celebrity", "avete ancora il disco di Laura Pausini o di Vasco Rossi?"),
    ("clean", "brand", "costa meno da Esselunga o da Coop?"),
    ("clean", "travel", "quanto ci mette la spedizione per Palermo e per Bari?"),
    ("clean", "company", "lavorate con Bartolini o con Poste Italiane?"),
    ("clean", "product", "la custodia va bene per la Fiat Panda o solo per la 500?"),
    ("clean", "holiday", "siete aperti a Ferragosto e il giorno di San Giuseppe?"),
    ("clean", "title", "cerco Il nome della rosa e I promessi sposi in edizione economica"),
    ("clean", "word", "il colore Viola non mi piace, lo avete in Verde?"),
    ("clean", "date", "la consegna era prevista per il 12/06/2027 e non è arrivato nessuno"),
    ("clean", "date", "il mio appuntamento è il 4 aprile alle 15, posso spostarlo?"),
    ("clean", "amount", "mi avete addebitato 74,90 € invece di 64,90 €"),
    ("clean", "order", "ordine n. IT-8834102, ancora in lavorazione"),
    ("clean", "street", "il negozio di Via del Corso è chiuso, ce n'è un altro in centro?"),
    ("clean", "brand", "è di Giorgio Armani o di Dolce & Gabbana questa borsa?"),
    ("clean", "celebrity", "la maglia di Francesco Totti è disponibile in taglia L?"),
    ("clean", "holiday", "spedite tra Natale e la Befana?"),
    ("clean", "travel", "vado a Venezia e poi a Verona, potete spedirlo all'hotel?"),
]

NL: list[Row] = [
    (
        "person",
        "own",
        "hoi, met [[PERSON|Sanne Verhoeven]], mijn bestelling is nog steeds niet binnen",
    ),
    (
        "person",
        "title",
        "ik heb gisteren met mevrouw [[PERSON|Brouwer]] gesproken maar er is niet teruggebeld",
    ),
    ("person", "lower", "het abonnement staat op naam van mijn man [[PERSON|ruud de jong]]"),
    ("person", "particle", "het pakket is voor [[PERSON|Pieter van der Berg]], mijn schoonvader"),
    ("person", "origin", "mijn collega [[PERSON|Ilse Öztürk]] kan niet inloggen"),
    ("person", "word", "het is voor mijn dochter [[PERSON|Roos Visser]], zij haalt het op"),
    ("person", "origin", "ik heet [[PERSON|Oluwaseun Balogun]] en ik krijg geen bevestiging"),
    ("person", "particle", "de achternaam is [[PERSON|Van den Bosch-Smits]], met streepje"),
    (
        "person",
        "colleague",
        "stuur de factuur naar mijn collega [[PERSON|=name:nl_NL]], zij doet de administratie",
    ),
    ("person", "multi", "de tickets zijn voor [[PERSON|Le Thi Mai]] en [[PERSON|Le Van Hung]]"),
    (
        "address",
        "full",
        "graag bezorgen op [[ADDRESS|Prinsengracht 263]], [[ADDRESS|1016 GV Amsterdam]]",
    ),
    (
        "address",
        "livesat",
        "I live at the [[ADDRESS|Oudegracht 112 bis]], [[ADDRESS|3511 AZ Utrecht]], sorry mijn Nederlands is niet zo goed",
    ),
    ("address", "typo", "mijn adress is [[ADDRESS|Kerkstraat 4a]] [[ADDRESS|5611gh eindhoven]]"),
    (
        "address",
        "ownline",
        "Nieuw adres:\n[[ADDRESS|Burgemeester Visserlaan 17]]\n[[ADDRESS|2281 KB Rijswijk]]",
    ),
    (
        "address",
        "partial",
        "de bezorger heeft het bij [[ADDRESS|Dorpsstraat 21]] afgegeven maar ik woon op 12",
    ),
    ("address", "full", "factuuradres: [[ADDRESS|Coolsingel 40]], [[ADDRESS|3011 AD Rotterdam]]"),
    (
        "address",
        "lower",
        "ik verhuis naar [[ADDRESS|lange voorhout 8]], [[ADDRESS|2514 ea den haag]] per de 1e",
    ),
    (
        "address",
        "multi",
        "eerst [[ADDRESS|Molenweg 6]], nu [[ADDRESS|Stationsplein 3]], [[ADDRESS|9711 LV Groningen]]",
    ),
    ("email", "plain", "mijn mail is [[EMAIL|sanne.verhoeven@ziggo.nl]], er komt niks aan"),
    ("email", "obfuscated", "mail me op [[EMAIL|ruuddejong apenstaartje kpnmail punt nl]]"),
    ("email", "plus", "ik heb me aangemeld met [[EMAIL|roos.visser+webshop@gmail.com]]"),
    (
        "email",
        "paren",
        "stuur de factuur naar mijn boekhouder ([[EMAIL|administratie@brouwer-advies.nl]])",
    ),
    ("email", "obfuscated", "contact: [[EMAIL|i.ozturk (at) hotmail (dot) nl]]"),
    ("email", "plain", "nieuw mailadres [[EMAIL|pvdberg1950@planet.nl]], graag aanpassen"),
    ("dob", "numeric", "geboortedatum [[DOB|28-02-1989]] als jullie dat nodig hebben"),
    (
        "dob",
        "written",
        "ik ben geboren op [[DOB|6 november 1981]], in mijn profiel staat iets anders",
    ),
    ("dob", "numeric", "geb. [[DOB|14/10/1948]] van mijn vader, hij is de hoofdhouder"),
    ("dob", "written", "mijn zoon is op [[DOB|19 juli 2012]] geboren, geldt het kindertarief?"),
    (
        "card",
        "expiry",
        "creditcard [[CARD|=card:4:16:sp]] geldig tot 01/28, twee keer afgeschreven",
    ),
    ("card", "plain", "kaartnummer [[CARD|=card:51:16:no]] wordt geweigerd"),
    ("card", "grouped", "betaald met [[CARD|=card:4:16:dash]], graag terugstorten"),
    ("card", "expiry", "[[CARD|=card:53:16:sp]] exp 09/26 - verwijder deze kaart uit mijn account"),
    ("clean", "meet", "kan ik het pakket ophalen bij Utrecht Centraal?"),
    ("clean", "celebrity", "hebben jullie nog de cd van André Hazes of van Marco Borsato?"),
    ("clean", "brand", "is het goedkoper bij Albert Heijn of bij Jumbo?"),
    ("clean", "travel", "hoe lang duurt verzenden naar Maastricht en naar Leeuwarden?"),
    ("clean", "company", "werken jullie met PostNL of met DPD?"),
    ("clean", "product", "past het hoesje op de Philips Sonicare of alleen op de Oral-B?"),
    ("clean", "holiday", "zijn jullie open op Koningsdag en op Sinterklaas?"),
    ("clean", "title", "ik zoek Het Achterhuis en De Avonden in paperback"),
    ("clean", "word", "de kleur Roos is uitverkocht, hebben jullie Bruin?"),
    ("clean", "date", "de levering stond gepland op 23-06-2027 en er kwam niemand"),
    ("clean", "date", "mijn afspraak is op 8 maart om 13:00, kan die verzet worden?"),
    ("clean", "amount", "jullie hebben €54,95 afgeschreven in plaats van €44,95"),
    ("clean", "order", "bestelnummer NL-4471920, nog steeds in behandeling"),
    ("clean", "street", "de winkel in de Kalverstraat is dicht, is er een andere in het centrum?"),
    ("clean", "brand", "is dit van Hema of van Zeeman?"),
    ("clean", "celebrity", "is het shirt van Virgil van Dijk er ook in maat S?"),
    ("clean", "holiday", "bezorgen jullie tussen Kerst en Oud en Nieuw?"),
    ("clean", "travel", "ik ga naar Antwerpen en daarna naar Gent, kan het naar het hotel?"),
]

PL: list[Row] = [
    (
        "person",
        "own",
        "dzień dobry, tu [[PERSON|Katarzyna Wiśniewska]], moje zamówienie nie dotarło",
    ),
    ("person", "title", "rozmawiałam wczoraj z panią [[PERSON|Zielińską]] ale nikt nie oddzwonił"),
    ("person", "lower", "umowa jest na męża [[PERSON|tomasz kowalczyk]]"),
    ("person", "double", "paczka jest dla [[PERSON|Anny Nowak-Jeziorańskiej]], mojej teściowej"),
    ("person", "origin", "mój kolega [[PERSON|Vo Duc Thang]] nie może się zalogować"),
    ("person", "word", "to dla mojej córki [[PERSON|Agaty Wróbel]], ona odbierze paczkę"),
    ("person", "origin", "nazywam się [[PERSON|Taras Melnyk]] i nie dostaję kodu"),
    (
        "person",
        "lower",
        "nazwisko to [[PERSON|grzegorz brzęczyszczykiewicz]], bez polskich znakow nie przechodzi",
    ),
    (
        "person",
        "colleague",
        "fakturę proszę wysłać do koleżanki [[PERSON|=name:pl_PL]], ona prowadzi księgowość",
    ),
    (
        "person",
        "multi",
        "bilety są dla [[PERSON|Rajesh Iyer]] i [[PERSON|Meera Iyer]], lecimy razem",
    ),
    ("address", "full", "proszę wysłać na [[ADDRESS|ul. Długa 15/4]], [[ADDRESS|00-238 Warszawa]]"),
    (
        "address",
        "livesat",
        "mieszkam przy [[ADDRESS|ul. Piotrkowskiej 88 m. 12]], [[ADDRESS|90-103 Łódź]]",
    ),
    ("address", "typo", "moj adres to [[ADDRESS|ul. Mickiewicza 3]] [[ADDRESS|30-059 krakow]]"),
    (
        "address",
        "ownline",
        "Nowy adres:\n[[ADDRESS|os. Kościuszkowskie 5/21]]\n[[ADDRESS|61-892 Poznań]]",
    ),
    (
        "address",
        "partial",
        "kurier zostawił paczkę na [[ADDRESS|ul. Kwiatowej 7]], a ja mieszkam pod 17",
    ),
    (
        "address",
        "full",
        "adres do faktury: [[ADDRESS|al. Grunwaldzka 211]], [[ADDRESS|80-266 Gdańsk]]",
    ),
    (
        "address",
        "lower",
        "przeprowadzam się na [[ADDRESS|ul. sienkiewicza 40]], [[ADDRESS|50-335 wroclaw]] od 1",
    ),
    (
        "address",
        "multi",
        "wcześniej [[ADDRESS|ul. Polna 2]], teraz [[ADDRESS|ul. Leśna 14]], [[ADDRESS|20-601 Lublin]]",
    ),
    ("email", "plain", "mój mail to [[EMAIL|k.wisniewska@wp.pl]], nic nie przychodzi"),
    ("email", "obfuscated", "piszcie na [[EMAIL|tomek.kowalczyk małpa onet kropka pl]]"),
    ("email", "plus", "zarejestrowałam się z [[EMAIL|agata.wrobel+sklep@gmail.com]]"),
    ("email", "paren", "fakturę proszę do biura ([[EMAIL|biuro.zielinska@interia.pl]])"),
    ("email", "obfuscated", "kontakt: [[EMAIL|taras.melnyk (at) ukr (dot) net]]"),
    ("email", "plain", "new email: [[EMAIL|anowak.j@o2.pl]], prosze zmienic w profilu"),
    ("dob", "numeric", "data urodzenia [[DOB|05.04.1991]] jeśli potrzebne do weryfikacji"),
    ("dob", "written", "urodziłam się [[DOB|12 listopada 1980]], w profilu jest inna data"),
    ("dob", "numeric", "ur. [[DOB|23.07.1953]], tata, on jest właścicielem konta"),
    ("dob", "written", "syn urodził się [[DOB|3 maja 2015]], czy przysługuje mu bilet ulgowy?"),
    ("card", "expiry", "karta [[CARD|=card:4:16:sp]] ważna do 05/28, pobrano dwa razy"),
    ("card", "plain", "numer karty [[CARD|=card:52:16:no]] jest odrzucany"),
    ("card", "grouped", "zapłaciłam kartą [[CARD|=card:4:16:dash]], proszę o zwrot"),
    ("card", "expiry", "[[CARD|=card:54:16:sp]] 11/27 - proszę usunąć tę kartę z konta"),
    ("clean", "meet", "czy mogę odebrać paczkę na Dworcu Centralnym?"),
    ("clean", "celebrity", "macie jeszcze płytę Dawida Podsiadły albo Sanah?"),
    ("clean", "brand", "taniej jest w Biedronce czy w Lidlu?"),
    ("clean", "travel", "ile trwa wysyłka do Szczecina i do Rzeszowa?"),
    ("clean", "company", "współpracujecie z InPostem czy z DPD?"),
    ("clean", "product", "czy etui pasuje do Skody Octavii czy tylko do Fabii?"),
    ("clean", "holiday", "czy jesteście otwarci w Boże Ciało i w Andrzejki?"),
    ("clean", "title", "szukam Pana Tadeusza i Lalki w twardej oprawie"),
    ("clean", "word", "kolor Malina jest wyprzedany, macie Wiśnię?"),
    ("clean", "date", "dostawa miała być 16.06.2027 i nikt nie przyjechał"),
    ("clean", "date", "moja wizyta jest 9 marca o 12:00, czy mogę ją przełożyć?"),
    ("clean", "amount", "pobraliście 149,99 zł zamiast 119,99 zł"),
    ("clean", "order", "zamówienie nr PL-6629017 wciąż w realizacji"),
    ("clean", "street", "sklep na Nowym Świecie jest zamknięty, jest inny na Marszałkowskiej?"),
    ("clean", "brand", "to jest z Reserved czy z Sinsay?"),
    ("clean", "celebrity", "czy koszulka Roberta Lewandowskiego jest w rozmiarze M?"),
    ("clean", "holiday", "czy wysyłacie między Wigilią a Sylwestrem?"),
    ("clean", "travel", "jadę do Gdyni a potem do Sopotu, czy można wysłać do hotelu?"),
]

LANG_ROWS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}
SHORT = {
    "person": "per",
    "address": "addr",
    "email": "mail",
    "dob": "dob",
    "card": "card",
    "clean": "clean",
}
QUOTA = {"person": 10, "address": 8, "email": 6, "dob": 4, "card": 4, "clean": 18}


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    fakers.clear()
    rows: list[dict[str, object]] = []
    for lang, templates in LANG_ROWS.items():
        counts: dict[str, int] = {}
        for category, kind, template in templates:
            counts[category] = counts.get(category, 0) + 1
            text, spans = render(template)
            assert (category == "clean") == (not spans), template
            rows.append(
                probe_templates.row(
                    "p13", lang, SHORT[category], counts[category], category, kind, text,
                    spans,
                )
            )
        assert counts == QUOTA, (lang, counts)
    return rows


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
