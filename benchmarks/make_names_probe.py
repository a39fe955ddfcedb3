# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `data/names_probe_v1.jsonl`: private people's names and home addresses in chat.

    python benchmarks/make_names_probe.py            # rewrites the sets (byte for byte)
    python benchmarks/make_names_probe.py --check    # fails if a file on disk differs

A recall guardrail for the precision rules of the masking policy (written before reading
them, issue: names4). Support-chat messages in en, de, fr, es, it, nl, pl, about 35 a
language, that hold a private person's name or the writer's own home address, phrased
where a rule meant to keep clean text unmasked could drop them: surnames that are German
or Dutch nouns or ordinary words (Koch, Becker, Vogel, Bakker, Kowal, Wilk), names after
role words (Kundenbetreuer Herr Lange, my colleague Tom Weber), names beside holidays and
weekdays (Thomas kommt an Heiligabend) or that are holidays themselves (Natale, Noël,
Reyes, Sylwester, Toussaint), people named like streets, cities, clubs or brands (Victor
Hugo Martin, Milan Novak, Mercedes García, Giulia Ferrari, Marie Leclerc, Lech Nowicki),
lowercase names, inflected forms (Kowalskiego, Annę, Müllers, Herrn Koch), particles and
hyphens (van der Berg, de la Cruz, Nowak-Jeziorańska), the writer's home above a shop
("I live above the store at ..."), streets named after people after a street word (ul.
Mickiewicza 12, rue Victor Hugo), and names inside German sentences full of nouns.

Each row: id, lang, category (`person`, `address` or `both`), stress (the class it
probes), text, spans (`{"start", "end", "label"}`, labels PERSON and LOCATION as in
`chat_eval_v1.jsonl`). Gold spans are exact: a name without its title (Herr, Frau, pan,
M.), inflected as written; an address from its street word or house number to its city.
Plain names come from Faker's locale providers (Faker 40.63.0, seeded), the stress names
are written in; one seeded generator fills everything, so the file rebuilds byte for byte.

`data/names_probe_targeted_v1.jsonl` (`TARGETED`, 39 rows) was written after v1 had been
measured and the policy read: rows aimed at each precision rule (a home above a shop, a
lone first name that is a holiday, German compound surnames, a phone "of" someone, a title
before what the model calls a place). It shows what the rules do, not a blind score.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent / "data" / "names_probe_v1.jsonl"
OUT_TARGETED = Path(__file__).resolve().parent / "data" / "names_probe_targeted_v1.jsonl"
SEED = 20261206
LOCALES = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
}
MARK = re.compile(r"⟦([PA]):(.*?)⟧")
SLOT = re.compile(r"\{(F|f|l|n|n2)\}")

# (stress, template): ⟦P:...⟧ is a PERSON span, ⟦A:...⟧ a LOCATION (address) span;
# {F} a Faker full name, {f} a first name, {l} a surname, {n} a house number, {n2} a flat.
# fmt: off
EN = [
    ("plain", "Hi, this is ⟦P:{F}⟧, I still haven't got my refund"),
    ("word-surname", "hi its ⟦P:Holly Baker⟧ again, the parcel never came"),
    ("word-surname", "The order was placed by my wife, ⟦P:April Cook⟧"),
    ("role", "my colleague ⟦P:Tom Weber⟧ said you'd call back today"),
    ("role", "Your agent ⟦P:Grace Turner⟧ promised a voucher last week"),
    ("role", "I spoke to your advisor, ⟦P:Mark Mason⟧, on Tuesday"),
    ("holiday", "⟦P:Noel Fletcher⟧ is picking it up on Christmas Eve"),
    ("holiday", "my daughter ⟦P:Eve Hamilton⟧ will be home on Boxing Day to sign for it"),
    ("holiday", "send it to ⟦P:Carol King⟧ before Easter please"),
    ("month-name", "the account holder is ⟦P:June Walker⟧"),
    ("month-name", "⟦P:May Richardson⟧ here, my card got charged twice on Friday"),
    ("place-name", "my son ⟦P:Austin Ford⟧ can collect it"),
    ("place-name", "it's for ⟦P:Florence Walsh⟧, she's my mum"),
    ("place-name", "Hello, my name is ⟦P:Paris Bennett⟧ and I need to change my delivery"),
    ("club-name", "please put ⟦P:Chelsea Moore⟧ as the second driver on the policy"),
    ("club-name", "booking is under ⟦P:Everton Silva⟧"),
    ("brand-name", "the card is in the name of ⟦P:Jack Daniels⟧, not mine"),
    ("brand-name", "my partner ⟦P:Zara Dyson⟧ needs access to the account"),
    ("street-name", "Hi, I'm ⟦P:Victor Hugo Martin⟧, order 55120 arrived broken"),
    ("lowercase", "hey its ⟦P:liz parker⟧ i moved, new address is ⟦A:{n} rose lane, leeds ls6 2ab⟧"),
    ("lowercase", "can you cancel the order for ⟦P:{f} {l}⟧"),
    ("possessive", "⟦P:Sarah Fisher⟧'s account was closed by mistake"),
    ("particle", "my landlord ⟦P:Pieter van der Berg⟧ needs a copy of the invoice"),
    ("hyphen", "this is ⟦P:Anna Clarke-Hughes⟧, I want to complain"),
    ("shop-own", "I live above the store at ⟦A:{n} Market Street, Leeds LS1 6DT⟧, please deliver there"),
    ("shop-own", "my flat is above the shop, ⟦A:Flat {n2}, {n} High Street, Bristol BS1 2AW⟧"),
    ("shop-own", "I run the corner shop and live upstairs: ⟦A:{n} Church Road, Manchester M20 3FJ⟧"),
    ("street-person", "new address: ⟦A:{n} Victoria Road, Cardiff CF14 3LX⟧"),
    ("street-person", "please send it to my home, ⟦A:{n} King Edward Street, Oxford OX1 4HT⟧"),
    ("plain", "my address is ⟦A:{n} Albert Road, London E16 2JB⟧"),
    ("both", "the parcel is for ⟦P:{F}⟧ at ⟦A:{n} Holly Close, York YO24 1DE⟧"),
    ("role", "the engineer, ⟦P:Will Hunter⟧, didn't turn up on Monday"),
    ("plain", "⟦P:{F}⟧ ordered it for me, can I return it?"),
    ("word-surname", "speak to ⟦P:Rose Gardner⟧ please, she handles our bills"),
    ("holiday", "⟦P:Nick Christmas⟧ is the name on the card, yes that's really his surname"),
]

DE = [
    ("plain", "Hallo, hier ist ⟦P:{F}⟧, meine Bestellung ist noch nicht da"),
    ("noun-surname", "Guten Tag, mein Name ist ⟦P:Anna Vogel⟧ und ich habe eine Frage zur Rechnung"),
    ("noun-surname", "Frau ⟦P:Becker⟧ aus der Buchhaltung hat die Gutschrift noch nicht bekommen"),
    ("noun-surname", "Bitte rufen Sie Herrn ⟦P:Koch⟧ zurück, er ist ab Montag erreichbar"),
    ("noun-surname", "Die Lieferung geht an ⟦P:Peter Schneider⟧, der nimmt das Paket an"),
    ("noun-surname", "Mein Mann ⟦P:Stefan Fuchs⟧ hat die Kündigung unterschrieben"),
    ("noun-surname", "Ich bin ⟦P:Maria Winter⟧ und warte seit drei Wochen auf die Erstattung"),
    ("noun-surname", "Das Konto läuft auf ⟦P:Klaus Richter⟧, meinen Vater"),
    ("role", "Ihr Kundenbetreuer Herr ⟦P:Lange⟧ hat mir eine Gutschrift versprochen"),
    ("role", "Mein Kollege ⟦P:Tom Weber⟧ hat die Bestellung aufgegeben"),
    ("role", "Die Sachbearbeiterin Frau ⟦P:Jäger⟧ hat den Vorgang nicht weitergeleitet"),
    ("role", "Der Techniker, Herr ⟦P:Hahn⟧, kam nicht zum Termin"),
    ("holiday", "⟦P:Thomas⟧ kommt an Heiligabend und kann das Paket annehmen"),
    ("holiday", "Bitte vor Ostern an ⟦P:Silvester Krause⟧ liefern"),
    ("weekday-surname", "Die Rechnung ist auf ⟦P:Jonas Freitag⟧ ausgestellt"),
    ("weekday-surname", "Frau ⟦P:Sonntag⟧ hat gestern angerufen wegen der Rücksendung"),
    ("club-name", "Die Karte gehört ⟦P:Hertha Krüger⟧, meiner Oma"),
    ("club-name", "Bitte ⟦P:Viktoria Lange⟧ als zweite Kontoinhaberin eintragen"),
    ("brand-name", "Ich bin ⟦P:Otto Braun⟧, Kundennummer 448812"),
    ("brand-name", "Frau ⟦P:Müller⟧ von nebenan nimmt meine Pakete an"),
    ("inflected", "⟦P:Müllers⟧ Adresse ist falsch im System"),
    ("inflected", "Die Bestellung von ⟦P:Annas⟧ Mutter ist beschädigt angekommen"),
    ("inflected", "Herrn ⟦P:Schmidts⟧ Vertrag wurde doppelt abgebucht"),
    ("lowercase", "hallo hier ist ⟦P:anna vogel⟧, meine bestellung fehlt"),
    ("lowercase", "bitte an ⟦P:{f} {l}⟧ schicken, danke"),
    ("particle", "Ich heiße ⟦P:Jana von der Heide⟧ und möchte mein Abo kündigen"),
    ("noun-sentence", "Sehr geehrte Damen und Herren, die Rechnung für die Lieferung an Frau ⟦P:Fischer⟧ ist falsch, der Betrag auf dem Kontoauszug stimmt nicht mit der Bestellung überein."),
    ("noun-sentence", "Die Waschmaschine wurde laut Sendungsverfolgung an ⟦P:Gabriele Stein⟧ übergeben, aber die Nachbarin hat kein Paket bekommen."),
    ("shop-own", "Ich wohne direkt über der Filiale, ⟦A:Hauptstraße {n}, 80331 München⟧, bitte dorthin liefern"),
    ("shop-own", "Meine Wohnung ist über dem Laden: ⟦A:Bahnhofstraße {n}, 2. OG, 50667 Köln⟧"),
    ("street-person", "Meine neue Adresse: ⟦A:Goethestraße {n}, 04109 Leipzig⟧"),
    ("street-person", "Bitte an meine Privatadresse ⟦A:Konrad-Adenauer-Straße {n}, 53113 Bonn⟧ schicken"),
    ("street-person", "ich wohne jetzt in der ⟦A:Schillerstr. {n}, 70173 Stuttgart⟧"),
    ("both", "Lieferadresse: ⟦P:{F}⟧, ⟦A:Lindenweg {n}, 28195 Bremen⟧"),
    ("noun-surname", "⟦P:Bauer⟧ ist mein Nachname, Vorname ⟦P:Lukas⟧"),
]

FR = [
    ("plain", "Bonjour, je suis ⟦P:{F}⟧ et je n'ai toujours pas reçu mon remboursement"),
    ("word-surname", "bonjour c'est ⟦P:Pierre Boulanger⟧, ma commande est arrivée cassée"),
    ("word-surname", "Le colis doit être remis à ⟦P:Sophie Marchand⟧, ma voisine"),
    ("word-surname", "Mon mari ⟦P:Paul Meunier⟧ a résilié par erreur"),
    ("role", "Ma collègue ⟦P:Julie Fournier⟧ a passé la commande"),
    ("role", "Votre conseiller M. ⟦P:Berger⟧ m'avait promis un geste commercial"),
    ("role", "le technicien, ⟦P:Luc Blanc⟧, n'est jamais venu lundi"),
    ("holiday", "⟦P:Noël Dupont⟧ est le titulaire du contrat"),
    ("holiday", "C'est ⟦P:Toussaint Leblanc⟧ qui récupérera le colis à la Toussaint"),
    ("holiday", "ma fille ⟦P:Pascale Roux⟧ sera là le jour de Noël pour signer"),
    ("street-name", "Je m'appelle ⟦P:Victor Hugo Martin⟧, commande 44812"),
    ("street-name", "le compte est au nom de ⟦P:Jean Moulin⟧, mon grand-père"),
    ("brand-name", "Bonjour, ⟦P:Marie Leclerc⟧ à l'appareil, ma carte a été débitée deux fois"),
    ("brand-name", "la facture est au nom de ⟦P:Julien Renault⟧"),
    ("place-name", "merci d'ajouter ⟦P:Florence Girard⟧ comme deuxième titulaire"),
    ("lowercase", "bjr c ⟦P:lucie petit⟧ jai pas recu mon colis"),
    ("lowercase", "pouvez vous annuler la commande de ⟦P:{f} {l}⟧"),
    ("particle", "Je suis ⟦P:Claire de la Fontaine⟧ et je souhaite changer d'adresse"),
    ("particle", "mon propriétaire ⟦P:Yann Le Goff⟧ veut une copie de la facture"),
    ("hyphen", "⟦P:Jean-Baptiste Fontaine⟧ est mon fils, il peut signer"),
    ("word-name", "Ma femme s'appelle ⟦P:Rose Moreau⟧"),
    ("shop-own", "j'habite au-dessus du magasin, ⟦A:{n} rue de la République, 69002 Lyon⟧, livrez là-bas svp"),
    ("shop-own", "J'habite au-dessus de votre boutique : ⟦A:{n} avenue Jean Médecin, 06000 Nice⟧"),
    ("street-person", "ma nouvelle adresse : ⟦A:{n} rue Victor Hugo, 33000 Bordeaux⟧"),
    ("street-person", "j'habite ⟦A:{n} boulevard Voltaire, 75011 Paris⟧"),
    ("street-person", "Merci de livrer chez moi au ⟦A:{n} avenue Jean Jaurès, 31000 Toulouse⟧"),
    ("street-person", "mon adresse c'est ⟦A:{n} rue Pasteur, 44000 Nantes⟧"),
    ("both", "Destinataire : ⟦P:{F}⟧, ⟦A:{n} rue des Lilas, 67000 Strasbourg⟧"),
    ("plain", "Je vis au ⟦A:{n} chemin des Vignes, 13100 Aix-en-Provence⟧ depuis mars"),
    ("role", "Mme ⟦P:Chevalier⟧, votre agent, m'a raccroché au nez"),
    ("weekday", "⟦P:Louis⟧ passera samedi récupérer la commande"),
    ("word-surname", "Le contrat est au nom de ⟦P:Michel Lefèvre⟧"),
    ("inflected", "la commande de ⟦P:Mathilde⟧ et celle de ⟦P:Hugo⟧ sont mélangées"),
    ("plain", "c'est ⟦P:{F}⟧ qui a payé"),
    ("word-surname", "Le livreur a laissé le colis chez ⟦P:Anne Rousseau⟧ au lieu de chez moi"),
]

ES = [
    ("plain", "Hola, soy ⟦P:{F}⟧ y todavía no me han devuelto el dinero"),
    ("brand-name", "Hola, me llamo ⟦P:Mercedes García⟧ y quiero cambiar mi dirección"),
    ("brand-name", "el pedido está a nombre de ⟦P:Zara Ortega⟧"),
    ("holiday", "⟦P:Carmen Reyes⟧ recogerá el paquete después de Reyes"),
    ("holiday", "mi hijo ⟦P:Pascual Herrero⟧ estará en casa en Semana Santa para firmar"),
    ("holiday", "⟦P:Reyes⟧ es mi nombre, no el día festivo 😅"),
    ("word-name", "la titular es mi madre, ⟦P:Dolores Fuentes⟧"),
    ("word-name", "⟦P:Rosa María Blanco⟧ es mi esposa, puede firmar ella"),
    ("word-name", "Soy ⟦P:Paz Soler⟧, cliente desde 2019"),
    ("word-name", "⟦P:Luz Marina Ríos⟧ hizo la compra con mi tarjeta"),
    ("role", "mi compañero ⟦P:Jesús Cruz⟧ hizo el pedido"),
    ("role", "la asesora ⟦P:Pilar Pastor⟧ me dijo que me llamarían el lunes"),
    ("role", "El técnico, ⟦P:Pablo Herrera⟧, no vino a la cita"),
    ("place-name", "añadid a ⟦P:Victoria Sevilla⟧ como segunda titular"),
    ("club-name", "la cuenta es de ⟦P:Carlos Valencia⟧"),
    ("club-name", "⟦P:Ana Santos⟧ es la que paga la factura"),
    ("particle", "Soy ⟦P:Ángel de la Cruz⟧ y quiero darme de baja"),
    ("particle", "mi casero ⟦P:Ramón del Río⟧ necesita la factura"),
    ("lowercase", "hola soy ⟦P:lucia pastor⟧ no me llega el pedido"),
    ("lowercase", "cancelad el pedido de ⟦P:{f} {l}⟧ porfa"),
    ("hyphen", "⟦P:María José Sánchez-Vidal⟧ es la titular"),
    ("shop-own", "vivo encima de la tienda, en ⟦A:Calle Mayor {n}, 2º B, 28013 Madrid⟧, enviadlo allí"),
    ("shop-own", "Vivo justo encima de vuestra tienda: ⟦A:Avenida de la Constitución {n}, 41001 Sevilla⟧"),
    ("street-person", "mi nueva dirección es ⟦A:Calle de Cervantes {n}, 3º izq, 46001 Valencia⟧"),
    ("street-person", "envíenlo a mi casa: ⟦A:Avenida Reina Victoria {n}, 28003 Madrid⟧"),
    ("street-person", "vivo en la ⟦A:calle Goya {n}, 50001 Zaragoza⟧"),
    ("street-person", "mi domicilio: ⟦A:Paseo de Colón {n}, 08002 Barcelona⟧"),
    ("both", "Destinatario: ⟦P:{F}⟧, ⟦A:Calle del Pilar {n}, 50003 Zaragoza⟧"),
    ("plain", "mi dirección: ⟦A:Calle Sol {n}, 29001 Málaga⟧"),
    ("weekday", "⟦P:Consuelo⟧ viene el sábado a recoger el móvil"),
    ("word-surname", "El contrato está a nombre de ⟦P:Sol Navarro⟧"),
    ("plain", "fue ⟦P:{F}⟧ quien hizo la reserva"),
    ("role", "Habló conmigo su agente ⟦P:Amparo León⟧ y no solucionó nada"),
    ("word-name", "⟦P:Jesús⟧ dice que el router no funciona desde el martes"),
    ("word-surname", "el paquete lo recibió ⟦P:Lucía Cordero⟧, mi vecina"),
]

IT = [
    ("plain", "Buongiorno, sono ⟦P:{F}⟧ e non ho ancora ricevuto il rimborso"),
    ("brand-name", "Salve, mi chiamo ⟦P:Giulia Ferrari⟧ e vorrei cambiare indirizzo"),
    ("brand-name", "l'ordine è a nome di ⟦P:Marco Bianchi⟧"),
    ("brand-name", "mio marito ⟦P:Luca Ferrero⟧ ha disdetto per errore"),
    ("holiday", "⟦P:Natale Esposito⟧ è il titolare del contratto"),
    ("holiday", "⟦P:Pasquale Russo⟧ ritira il pacco dopo Pasqua"),
    ("holiday", "mia figlia ⟦P:Chiara⟧ sarà a casa a Ferragosto per firmare"),
    ("place-name", "⟦P:Rosa Romano⟧ è mia madre, può firmare lei"),
    ("place-name", "il conto è intestato a ⟦P:Roberto Milano⟧"),
    ("place-name", "aggiungete ⟦P:Giovanni Napoli⟧ come secondo intestatario"),
    ("word-surname", "sono ⟦P:Chiara Fontana⟧, cliente dal 2018"),
    ("word-surname", "la bolletta è di ⟦P:Elena Gallo⟧"),
    ("word-surname", "il pacco l'ha preso ⟦P:Matteo Lupo⟧, il mio vicino"),
    ("word-surname", "⟦P:Aurora Pace⟧ ha fatto l'ordine con la mia carta"),
    ("role", "il mio collega ⟦P:Marco Fabbri⟧ ha fatto l'ordine"),
    ("role", "il tecnico, sig. ⟦P:Colombo⟧, non si è presentato lunedì"),
    ("role", "la vostra operatrice ⟦P:Sara Barbieri⟧ mi aveva promesso un rimborso"),
    ("club-name", "⟦P:Milan Novak⟧ è mio cognato, può ritirare lui"),
    ("particle", "Sono ⟦P:Francesca De Luca⟧ e vorrei disdire l'abbonamento"),
    ("particle", "il mio padrone di casa ⟦P:Paolo D'Angelo⟧ vuole la fattura"),
    ("lowercase", "ciao sono ⟦P:serena mancini⟧ il pacco non arriva"),
    ("lowercase", "annullate l'ordine di ⟦P:{f} {l}⟧ per favore"),
    ("hyphen", "⟦P:Anna Maria Conti-Greco⟧ è l'intestataria"),
    ("shop-own", "abito sopra il negozio, in ⟦A:Via Roma {n}, 10121 Torino⟧, consegnate lì"),
    ("shop-own", "Abito proprio sopra la vostra filiale: ⟦A:Corso Buenos Aires {n}, 20124 Milano⟧"),
    ("street-person", "il mio nuovo indirizzo è ⟦A:Via Garibaldi {n}, 16124 Genova⟧"),
    ("street-person", "spedite a casa mia: ⟦A:Via Giuseppe Verdi {n}, 40126 Bologna⟧"),
    ("street-person", "abito in ⟦A:Corso Vittorio Emanuele II {n}, 80121 Napoli⟧"),
    ("street-person", "residenza: ⟦A:Piazza Cavour {n}, int. {n2}, 00193 Roma⟧"),
    ("both", "Destinatario: ⟦P:{F}⟧, ⟦A:Via dei Mille {n}, 50131 Firenze⟧"),
    ("weekday", "⟦P:Domenico⟧ passa sabato a ritirare il telefono"),
    ("word-name", "⟦P:Vittoria Conti⟧ è la titolare della linea"),
    ("plain", "è stato ⟦P:{F}⟧ a fare la prenotazione"),
    ("role", "ho parlato con il vostro consulente ⟦P:Paolo Leone⟧ martedì"),
    ("word-surname", "il corriere ha lasciato il pacco a ⟦P:Francesca Colombo⟧ invece che a me"),
]

NL = [
    ("plain", "Hallo, met ⟦P:{F}⟧, mijn bestelling is nog steeds niet binnen"),
    ("word-surname", "Goedemiddag, ik ben ⟦P:Jan Bakker⟧ en ik heb een vraag over mijn factuur"),
    ("word-surname", "het pakket is afgegeven bij ⟦P:Lieve de Boer⟧, mijn buurvrouw"),
    ("word-surname", "Mijn man ⟦P:Kees Visser⟧ heeft per ongeluk opgezegd"),
    ("word-surname", "de rekening staat op naam van ⟦P:Daan Kok⟧"),
    ("word-surname", "⟦P:Roos Mulder⟧ heeft met mijn pas betaald"),
    ("word-surname", "ik ben ⟦P:Bram de Koning⟧, klant sinds 2017"),
    ("role", "mijn collega ⟦P:Jan Bakker⟧ heeft de bestelling geplaatst"),
    ("role", "de monteur, meneer ⟦P:Smit⟧, kwam maandag niet opdagen"),
    ("role", "uw medewerker ⟦P:Sanne Vos⟧ beloofde me een tegoedbon"),
    ("holiday", "⟦P:Nicolaas Dekker⟧ haalt het pakje op na Sinterklaas"),
    ("holiday", "mijn dochter ⟦P:Fleur⟧ is met Kerst thuis om te tekenen"),
    ("holiday", "⟦P:Kerstin Brouwer⟧ is de accounthouder"),
    ("brand-name", "de factuur staat op naam van ⟦P:Anna Philips⟧"),
    ("brand-name", "⟦P:Albert Hein⟧ is mijn schoonvader, hij mag tekenen"),
    ("particle", "Mijn huisbaas ⟦P:Pieter van der Berg⟧ wil een kopie van de factuur"),
    ("particle", "ik ben ⟦P:Eva van den Bosch⟧ en wil mijn abonnement opzeggen"),
    ("particle", "⟦P:Thijs ter Horst⟧ is de tweede rekeninghouder"),
    ("particle", "graag mevrouw ⟦P:de Vries⟧ terugbellen"),
    ("lowercase", "hoi met ⟦P:noor de haan⟧, pakket is niet aangekomen"),
    ("lowercase", "kunnen jullie de bestelling van ⟦P:{f} {l}⟧ annuleren"),
    ("inflected", "⟦P:Jans⟧ fiets is nog steeds niet gerepareerd"),
    ("inflected", "het adres van ⟦P:Annes⟧ moeder klopt niet"),
    ("hyphen", "⟦P:Sophie Jansen-Meijer⟧ is de contractant"),
    ("shop-own", "ik woon boven de winkel, ⟦A:Dorpsstraat {n}, 1566 AB Assendelft⟧, daar graag bezorgen"),
    ("shop-own", "Ik woon recht boven jullie filiaal: ⟦A:Kerkstraat {n}A, 5211 KH Den Bosch⟧"),
    ("street-person", "mijn nieuwe adres is ⟦A:Van Goghstraat {n}, 1072 JK Amsterdam⟧"),
    ("street-person", "stuur het naar mijn huis: ⟦A:Rembrandtlaan {n}, 3723 BJ Bilthoven⟧"),
    ("street-person", "ik woon op de ⟦A:Wilhelminastraat {n}, 2011 VL Haarlem⟧"),
    ("street-person", "adres: ⟦A:Burgemeester de Withstraat {n}, 3732 EG De Bilt⟧"),
    ("both", "Ontvanger: ⟦P:{F}⟧, ⟦A:Lindenlaan {n}, 9722 AB Groningen⟧"),
    ("weekday", "⟦P:Joep⟧ komt zaterdag de telefoon ophalen"),
    ("plain", "⟦P:{F}⟧ heeft de reservering gemaakt"),
    ("word-name", "⟦P:Mees Timmermans⟧ is mijn zoon"),
    ("word-surname", "de bezorger gaf het pakket aan ⟦P:Wim Schipper⟧ in plaats van aan mij"),
]

PL = [
    ("plain", "Dzień dobry, nazywam się ⟦P:{F}⟧ i nadal nie dostałam zwrotu"),
    ("word-surname", "Dzień dobry, tu ⟦P:Marta Kowal⟧, mam pytanie o fakturę"),
    ("word-surname", "paczkę odebrał ⟦P:Piotr Wilk⟧, mój sąsiad"),
    ("word-surname", "mój mąż ⟦P:Tomasz Lis⟧ przez pomyłkę wypowiedział umowę"),
    ("word-surname", "konto jest na ⟦P:Annę Sowę⟧"),
    ("word-surname", "rachunek jest na ⟦P:Janusza Króla⟧"),
    ("inflected", "proszę o kontakt z panem ⟦P:Kowalskim⟧"),
    ("inflected", "umowa jest na nazwisko pana ⟦P:Kowalskiego⟧"),
    ("inflected", "rozmawiałam z panią ⟦P:Wiśniewską⟧ i nic nie załatwiła"),
    ("inflected", "paczkę proszę przekazać ⟦P:Annie Nowak⟧"),
    ("inflected", "zamówienie złożyłam dla ⟦P:Marty Kowal⟧"),
    ("inflected", "byłam u ⟦P:Piotra Wróbla⟧ i tam też nie działa"),
    ("role", "mój kolega ⟦P:Tomek Zieliński⟧ złożył zamówienie"),
    ("role", "konsultant pan ⟦P:Mazur⟧ obiecał oddzwonić w poniedziałek"),
    ("role", "kurier, pan ⟦P:Kot⟧, zostawił paczkę pod drzwiami"),
    ("holiday", "⟦P:Sylwester Nowicki⟧ odbierze przesyłkę po świętach"),
    ("holiday", "córka ⟦P:Wiktoria⟧ będzie w domu w Wigilię, może podpisać"),
    ("holiday", "⟦P:Barbara Mróz⟧ jest właścicielką konta"),
    ("club-name", "⟦P:Lech Nowicki⟧ to mój szwagier, może odebrać"),
    ("brand-name", "faktura jest na ⟦P:Emila Wedla⟧"),
    ("particle", "jestem ⟦P:Joanna Nowak-Jeziorańska⟧ i chcę zrezygnować"),
    ("lowercase", "czesc tu ⟦P:kasia wrobel⟧ paczka nie doszla"),
    ("lowercase", "prosze anulowac zamowienie ⟦P:{f} {l}⟧"),
    ("word-name", "⟦P:Róża Zając⟧ jest moją mamą, może podpisać"),
    ("shop-own", "mieszkam nad sklepem, ⟦A:ul. Długa {n} m. {n2}, 80-831 Gdańsk⟧, proszę tam dostarczyć"),
    ("shop-own", "Mieszkam dokładnie nad waszym sklepem: ⟦A:ul. Piotrkowska {n}/{n2}, 90-001 Łódź⟧"),
    ("street-person", "mój nowy adres: ⟦A:ul. Mickiewicza {n}, 31-120 Kraków⟧"),
    ("street-person", "proszę wysłać do domu: ⟦A:ul. Jana Pawła II {n}/{n2}, 00-175 Warszawa⟧"),
    ("street-person", "mieszkam na ⟦A:ulicy Kościuszki {n}, 50-038 Wrocław⟧"),
    ("street-person", "adres zamieszkania: ⟦A:al. Marszałka Piłsudskiego {n}, 90-051 Łódź⟧"),
    ("both", "Odbiorca: ⟦P:{F}⟧, ⟦A:ul. Lipowa {n}, 20-020 Lublin⟧"),
    ("weekday", "⟦P:Bogdan⟧ przyjdzie w sobotę po telefon"),
    ("plain", "rezerwację robił ⟦P:{F}⟧"),
    ("role", "rozmawiałem z waszą konsultantką ⟦P:Kingą Baran⟧ we wtorek"),
    ("word-surname", "kurier zostawił paczkę u ⟦P:Ewy Ryby⟧ zamiast u mnie"),
]

# Written after the v1 set was measured and the policy read (names4): one or two rows
# aimed at each precision rule, kept apart so v1 stays a blind probe. Rows: (lang, template).
TARGETED = [
    ("en", "please deliver to my home above the shop at ⟦A:14 Market Street, Leeds LS1 6DT⟧"),
    ("en", "my flat is above the store at ⟦A:22 High Street, Bristol BS1 2AW⟧, ring twice"),
    ("en", "send it to us above the shop at ⟦A:5 Church Road, Manchester M20 3FJ⟧"),
    ("en", "I lost the laptop ⟦P:Smith⟧ lent me"),
    ("en", "can you check the phone ⟦P:Harper⟧ bought last week, it's on my account"),
    ("en", "⟦P:Noel⟧ called you yesterday about the refund"),
    ("de", "Bitte an meine Wohnung über dem Laden in der ⟦A:Hauptstraße 5, 80331 München⟧ liefern"),
    ("de", "Mein Zuhause ist über der Filiale in der ⟦A:Bahnhofstraße 12, 50667 Köln⟧"),
    ("de", "⟦P:Silvester⟧ hat gestern wegen der Rechnung angerufen"),
    ("de", "⟦P:Morgenstern⟧ hat die Lieferung angenommen, nicht ich"),
    ("de", "⟦P:Nussbaum⟧ hat die Rechnung bezahlt und wartet auf die Gutschrift"),
    ("de", "Die Rechnung ging an ⟦P:Rosenkranz⟧ und nicht an mich"),
    ("de", "⟦P:Schwarzkopf⟧ aus der Buchhaltung hat die Mahnung nicht bekommen"),
    ("de", "⟦P:Fingerhut⟧ hat das Paket für mich angenommen, bitte nicht nochmal schicken"),
    ("de", "⟦P:Sonnenschein⟧ hat die Bestellung storniert, aber das Geld ist nicht zurück"),
    ("de", "⟦P:Federspiel⟧ wartet noch auf die Erstattung"),
    ("de", "Ich habe das Handy von ⟦P:Becker⟧ bekommen, aber es geht nicht"),
    ("de", "⟦P:Wasserfall⟧ ist mein Nachname, bitte korrigieren"),
    ("de", "Das Paket liegt bei ⟦P:Nachtigall⟧ im Erdgeschoss"),
    ("de", "Ich wohne bei ⟦P:Kaufmann⟧ zur Untermiete, die Post geht an ihn"),
    ("fr", "livrez chez moi au-dessus du magasin au ⟦A:12 rue de la République, 69002 Lyon⟧"),
    ("fr", "notre appartement est au-dessus de la boutique du ⟦A:8 rue Pasteur, 44000 Nantes⟧"),
    ("fr", "⟦P:Noël⟧ a appelé hier pour le remboursement"),
    ("fr", "⟦P:Toussaint⟧ a signé le bon de livraison"),
    ("fr", "j'ai eu le téléphone de ⟦P:Dupont⟧ hier, il ne marche pas"),
    ("es", "mi piso está encima de la tienda de la ⟦A:calle Mayor 8, 28013 Madrid⟧"),
    ("es", "nuestra casa está encima de la tienda en ⟦A:Calle Sol 12, 29001 Málaga⟧"),
    ("es", "⟦P:Pascua⟧ llamó ayer por el reembolso"),
    ("it", "casa mia è sopra il negozio di ⟦A:Via Roma 14, 10121 Torino⟧"),
    ("it", "⟦P:Natale⟧ ha chiamato ieri per il rimborso"),
    ("it", "⟦P:Immacolata⟧ ha firmato la consegna"),
    ("it", "⟦P:Epifania⟧ ha ritirato il pacco"),
    ("nl", "mijn huis is boven de winkel aan de ⟦A:Kerkstraat 8, 5211 KH Den Bosch⟧"),
    ("nl", "we zitten boven de winkel op de ⟦A:Dorpsstraat 8, 1566 AB Assendelft⟧, bel maar aan"),
    ("nl", "ik kreeg een telefoon van ⟦P:Jansen⟧ over de levering"),
    ("pl", "moje mieszkanie jest nad sklepem przy ⟦A:ul. Długiej 4, 80-831 Gdańsk⟧"),
    ("pl", "dostałem telefon od ⟦P:Kowalskiego⟧ w sprawie zwrotu"),
    ("pl", "⟦P:Sylwester⟧ dzwonił wczoraj w sprawie zwrotu"),
    ("pl", "paczka jest u pani ⟦P:Wigilii⟧"),
]
# fmt: on

SETS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}


def fill(template: str, fake: Faker, r: random.Random) -> str:
    """Replace the slots left to right from the one seeded generator and Faker instance."""

    def slot(m: re.Match[str]) -> str:
        kind = m.group(1)
        if kind == "F":
            return f"{fake.first_name()} {fake.last_name()}"
        if kind == "f":
            return str(fake.first_name()).lower()
        if kind == "l":
            return str(fake.last_name()).lower()
        if kind == "n":
            return str(r.randint(1, 148))
        return str(r.randint(1, 24))

    return SLOT.sub(slot, template)


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the ⟦X:...⟧ marks; each one becomes an exact gold span."""
    text, spans, pos = "", [], 0
    for m in MARK.finditer(template):
        text += template[pos : m.start()]
        label = "PERSON" if m.group(1) == "P" else "LOCATION"
        spans.append({"start": len(text), "end": len(text) + len(m.group(2)), "label": label})
        text += m.group(2)
        pos = m.end()
    text += template[pos:]
    return text, spans


def build() -> str:
    r = random.Random(SEED)
    lines = []
    for lang, rows in SETS.items():
        fake = Faker(LOCALES[lang])
        fake.seed_instance(r.randint(0, 2**31))
        for i, (stress, template) in enumerate(rows, start=1):
            text, spans = render(fill(template, fake, r))
            labels = {s["label"] for s in spans}
            category = "both" if len(labels) == 2 else "person" if "PERSON" in labels else "address"
            row = {
                "id": f"np1-{lang}-{i:02d}",
                "lang": lang,
                "category": category,
                "stress": stress,
                "text": text,
                "spans": spans,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def build_targeted() -> str:
    """The rows aimed at the rules (`TARGETED`): no slots, ids by language and position."""
    lines = []
    for i, (lang, template) in enumerate(TARGETED):
        text, spans = render(template)
        labels = {s["label"] for s in spans}
        category = "both" if len(labels) == 2 else "person" if "PERSON" in labels else "address"
        row = {
            "id": f"npt-{lang}-{i:02d}",
            "lang": lang,
            "category": category,
            "stress": "targeted",
            "text": text,
            "spans": spans,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    status = 0
    for out, data in ((OUT, build()), (OUT_TARGETED, build_targeted())):
        if args.check:
            same = out.exists() and out.read_text(encoding="utf-8") == data
            print(f"{out.name}: {'identical' if same else 'differs'}")
            status |= not same
            continue
        out.write_text(data, encoding="utf-8")
        print(f"wrote {out} ({data.count(chr(10))} messages)")
    return status


if __name__ == "__main__":
    sys.exit(main())
