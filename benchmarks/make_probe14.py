# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `benchmarks/data/chat_breadth_probe_v14.jsonl`, the fourteenth chat breadth probe:
longer support-chat messages that mix several kinds of personal data.

Written blind (its author did not read the detection rules, their tests or the texts of
the earlier probes) and committed before any detector ran on it. 350 messages, 50 in each
of seven languages (en, de, fr, es, it, nl, pl), two to five sentences each, written to the
support bot of a bank, a telecom, an online shop, an airline, a health insurer, a landlord
or a school. Per language 32 messages carry personal data, usually several kinds at once
(a name with an address and a phone; an IBAN with a customer number; a password with a
username and an e-mail; a date of birth with an insurance number), and 18 are clean
messages of the same length and topics with look-alikes (order, ticket and booking
numbers, prices, delivery dates, hotlines, product codes, public figures, shops and
brands, cities, versions, error codes). Registers vary: polite, angry, hurried lower case,
typos, no accents, emoji, line breaks, a pasted signature block, a forwarded e-mail
header, a pasted form.

Row format as `bench_chat_breadth.py --set probe14` reads it:
`{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`.
A message's category is the kind of its main personal value (the one the message is
about, usually its first); every personal value in it is a gold span, and the scorer
counts the message found only when every gold span is covered. `kind` says how it is
written (`polite`, `angry`, `hurried`, `typo`, `noaccent`, `emoji`, `lines`, `signature`,
`forward`, `form`); clean rows' kinds name their look-alike family.

Gold spans: a name without its title; an address as its street line (street and house
number, flat included) and its postcode with its city, each a span of its own (a city
alone is not marked); a phone number, an e-mail address, an IBAN or account number, a card
number (without expiry), a national or insurance ID, a date of birth, a password, a PIN
and a login name as written. Business references of the writer (customer, contract,
policy, order and booking numbers) are not gold: the scorer ignores what is detected
beyond the gold spans of a personal message, and clean messages carry them as look-alikes.

Templates mark each personal value as `[[LABEL|value]]`; `value` is written literally or
`=spec` draws it from a seeded generator with valid check digits (checked with
python-stdnum; phones checked with `phonenumbers`):
`=iban:CC[:raw]` an IBAN of country CC grouped in fours (or ungrouped), `=card:IIN:LEN:sp|no`
a Luhn-valid card number, `=pesel`, `=dni`, `=nie`, `=cf` (codice fiscale), `=bsn`,
`=nir` (French social security number, spaced), `=idnr` (German tax ID), `=nhs`,
`=ssn`, `=nino`, `=ph:REGION:mob|fix:nat|intl|raw|e164` a valid phone number of that region
in that layout.

    python benchmarks/make_probe14.py            # writes the data file
    python benchmarks/make_probe14.py --check    # exits 1 if the file differs
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_templates
from probe_values import render, rng

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v14.jsonl"
SEED = 20261214


# (category, kind, template). Labels: PERSON, ADDRESS, PHONE, EMAIL, ACCOUNT (IBAN or
# account number), CARD, ID (national, tax or insurance ID), DOB, PASSWORD, PIN, USERNAME.
Row = tuple[str, str, str]

EN: list[Row] = [
    (
        "person",
        "polite",
        "Hello, my name is [[PERSON|Gareth Wilkinson]] and I moved house last month. Could you please update my address to [[ADDRESS|14 Larkspur Close]], [[ADDRESS|Harrogate HG2 7QT]]? My mobile is still [[PHONE|=ph:GB:mob:nat]]. Thanks a lot!",
    ),
    (
        "account",
        "polite",
        "Hi there, I'd like to change the account my rent is paid from. The new IBAN is [[ACCOUNT|=iban:GB]] and my tenant reference is TR-40917. Please confirm once it's done.",
    ),
    (
        "credential",
        "hurried",
        "cant log in again. username is [[USERNAME|jdawson_77]] password [[PASSWORD|Bluebell!2291]] and the reset mail never comes to [[EMAIL|j.dawson77@outlook.com]]. pls fix asap",
    ),
    (
        "id",
        "form",
        "Name: [[PERSON|Priya Raghunathan]]\nDate of birth: [[DOB|03/11/1986]]\nNHS number: [[ID|=nhs]]\nPolicy: HX-552190\nI need a copy of my claim form for the physio sessions.",
    ),
    (
        "phone",
        "angry",
        "This is the THIRD time I'm writing!!! Nobody called me back on [[PHONE|=ph:GB:mob:intl]] even though your agent promised. My contract number is 7781-2290, sort it out today.",
    ),
    (
        "email",
        "polite",
        "Good morning, could you send the invoice for order 448812 to my work address [[EMAIL|helen.markham@brightwell-consulting.co.uk]] instead of my personal one? The order was placed under [[PERSON|Helen Markham]].",
    ),
    (
        "address",
        "typo",
        "hi i orderd a sofa and its going to the wrong adress, it should be [[ADDRESS|Flat 3, 27 Cromwel Road]], [[ADDRESS|Leicester LE2 1PB]] not the old one. call me if the driver gets lost [[PHONE|=ph:GB:mob:raw]]",
    ),
    (
        "card",
        "hurried",
        "payment keeps failing, card [[CARD|=card:4539:16:sp]] exp 08/27, name on card [[PERSON|Tom Aldridge]]. is it blocked on your side??",
    ),
    (
        "person",
        "signature",
        "Dear support,\n\nplease cancel the school trip booking for my son, he is ill. The invoice number is INV-2024-0312.\n\nKind regards\n--\n[[PERSON|Rebecca Thornhill]]\n[[ADDRESS|8 Mill Lane]]\n[[ADDRESS|Cirencester GL7 2AR]]\nTel. [[PHONE|=ph:GB:fix:nat]]",
    ),
    (
        "id",
        "polite",
        "Hello, I'm filling in the new tenancy application. You asked for my National Insurance number: it's [[ID|=nino]]. My date of birth is [[DOB|14 February 1991]]. Let me know if anything else is missing.",
    ),
    (
        "email",
        "forward",
        "From: [[PERSON|Daniel Okafor]] <[[EMAIL|dan.okafor@gmail.com]]>\nSent: Monday 09:14\nSubject: Fwd: refund\n\nForwarding my earlier mail, still no refund for the cancelled flight BA2741. Please reply to this address.",
    ),
    (
        "account",
        "lines",
        "Hi,\nsalary goes into a new account from next month.\nSort code [[ACCOUNT|20-45-77]]\nAccount no [[ACCOUNT|53118420]]\nCan you move the direct debit for the loan over?\nThanks",
    ),
    (
        "credential",
        "polite",
        "Hi, I set up the parent portal for the school yesterday. The login is [[USERNAME|mrs.fenwick]] and I chose the password [[PASSWORD|Tulip-Garden-88]], but it says my account is locked. Could you unlock it please?",
    ),
    (
        "dob",
        "form",
        "Full name: [[PERSON|Aisha Begum]]\nDOB: [[DOB|22.07.1979]]\nAddress: [[ADDRESS|41 Stanhope Street]], [[ADDRESS|Newcastle NE4 5JE]]\nReason for contact: need to add my daughter to my health plan",
    ),
    (
        "phone",
        "emoji",
        "omg finally got the new SIM 🎉 but the number moved over wrong 😩 it should be [[PHONE|=ph:GB:mob:nat]] not the temporary one. account holder is [[PERSON|Chloe Barnes]]",
    ),
    (
        "person",
        "angry",
        "Your courier left my parcel with a neighbour I've never met. I'm [[PERSON|Martin Holloway]], [[ADDRESS|62 Beech Avenue]], and nobody at number 64 knows anything about it. Absolutely useless service.",
    ),
    (
        "address",
        "polite",
        "Dear landlord team, the boiler at [[ADDRESS|Apartment 12, 5 Queen's Wharf]], [[ADDRESS|Bristol BS1 4RX]] has stopped working again. I'm home all day tomorrow, you can reach me on [[PHONE|=ph:GB:mob:nat]].",
    ),
    (
        "account",
        "angry",
        "You charged me twice for the same flight!! Refund it to [[ACCOUNT|=iban:GB:raw]] right now, this is the account in the name of [[PERSON|Oliver Grant]], same as on the booking.",
    ),
    (
        "email",
        "hurried",
        "change my email pls from [[EMAIL|kev.lomas@yahoo.co.uk]] to [[EMAIL|kevin.lomas.84@gmail.com]], old one got hacked",
    ),
    (
        "id",
        "typo",
        "Hello, my social secuirty number is [[ID|=ssn]] and my name is [[PERSON|Brandon Keller]], I need the 1095 tax form for my insurance from last year, can you mail it?",
    ),
    (
        "person",
        "hurried",
        "hi its [[PERSON|sophie turnbull]] again, the teacher said the trip money has to be paid by friday, can i pay in cash at the office?",
    ),
    (
        "phone",
        "lines",
        "Hello\nplease call my husband instead of me about the delivery\n[[PERSON|Ian Pritchard]]\n[[PHONE|=ph:GB:mob:intl]]\nhe will be at home between 2 and 5",
    ),
    (
        "credential",
        "angry",
        "I told your agent on the phone my PIN [[PIN|7316]] because he said it was needed and now there are transactions I didn't make. My online banking user is [[USERNAME|eleanor.vance]]. Block everything NOW.",
    ),
    (
        "dob",
        "polite",
        "Hello, I think your system has my date of birth wrong: it shows 1988 but I was born on [[DOB|9 September 1983]]. My member number is 0045-88213. Could you correct it? Thank you, [[PERSON|Niamh Callaghan]]",
    ),
    (
        "email",
        "polite",
        "Hi, I never received the booking confirmation for my flight to Lisbon. Could you resend it to [[EMAIL|sarah_whitfield@icloud.com]]? The passenger name is [[PERSON|Sarah Whitfield]].",
    ),
    (
        "address",
        "noaccent",
        "Hi, please deliver the school uniform to my grandmother instead: [[PERSON|Renee Dubois]], [[ADDRESS|19 Orchard Way]], [[ADDRESS|Reading RG4 8BS]]. She is home every morning.",
    ),
    (
        "person",
        "polite",
        "Good afternoon, I'm writing on behalf of my elderly father, [[PERSON|Harold Jennings]]. He received a letter about his health cover and doesn't understand it. Could someone ring him on [[PHONE|=ph:GB:fix:nat]]?",
    ),
    (
        "account",
        "form",
        "Account holder: [[PERSON|Samuel Osei]]\nIBAN: [[ACCOUNT|=iban:GB]]\nReference: deposit return flat 4B\nPlease send the deposit to this account, the keys were handed back on 30 June.",
    ),
    (
        "card",
        "polite",
        "Hello, I'd like to update the card on my mobile contract. The new one is [[CARD|=card:5412:16:no]], expiry 11/28. The old one ended in 4471. Thank you!",
    ),
    (
        "phone",
        "typo",
        "hiya, my numbr changed, new one is [[PHONE|=ph:GB:mob:raw]] , plz update it on my acount so the engineer can text me",
    ),
    (
        "person",
        "emoji",
        "hey 👋 can you add my partner [[PERSON|Luca Moretti]] as a second driver on the booking? his licence is from Italy 🇮🇹 thanks!!",
    ),
    (
        "credential",
        "lines",
        "support,\nnew staff member can't log into the school platform\nuser: [[USERNAME|a.kowalczyk]]\npass: [[PASSWORD|Winter#2024kw]]\nemail: [[EMAIL|a.kowalczyk@stmarys-primary.org.uk]]\nplease check",
    ),
    (
        "clean",
        "order",
        "Hello, my order 118-4402917-5531 was supposed to arrive on 14 March but tracking still says 'label created'. Could you check what's happening? I paid £39.99 for next-day delivery.",
    ),
    (
        "clean",
        "hotline",
        "I tried calling your hotline 0800 028 0348 three times today and got cut off every time. Is there another way to reach the billing team? This is about invoice 2024-08812.",
    ),
    (
        "clean",
        "booking",
        "Hi, my booking reference is K7QZ2M for the flight from Manchester to Malaga on 22 May. Can I add a 23kg bag and how much would it cost?",
    ),
    (
        "clean",
        "version",
        "The banking app crashes on start since version 8.14.2, error code E-4012. I'm on an iPhone 13 with iOS 17.5.1. Any fix coming soon?",
    ),
    (
        "clean",
        "product",
        "Do you still have the Bosch Serie 6 washing machine, model WAU28PH9GB, in white? The website says out of stock but the Leeds store might have one.",
    ),
    (
        "clean",
        "celebrity",
        "Is the Taylor Swift concert merch still available to order? My daughter wants the hoodie in size 12-13 and we missed the show in Edinburgh.",
    ),
    (
        "clean",
        "ticket",
        "Ticket #88314 is still open since last Tuesday. The router (Hub 2, firmware 2.4.1) keeps dropping wifi every evening around 8 pm. Can someone escalate?",
    ),
    (
        "clean",
        "price",
        "Why did my monthly bill go from £24.50 to £31.00? I didn't change anything on the plan. The price rise in April was supposed to be 3.9% only.",
    ),
    (
        "clean",
        "delivery",
        "My parcel was due between 10:00 and 12:00 on Thursday 6 June and never showed up. Tracking number is JD0002241987654321 with DPD. Very annoying.",
    ),
    (
        "clean",
        "school",
        "When does the spring term start after Easter? The calendar on the website says 15 April but the newsletter said 16 April. Also, is the Year 5 trip to the Science Museum still on?",
    ),
    (
        "clean",
        "brand",
        "I bought a Dyson V15 from your Argos partner store in Croydon and the battery only lasts 10 minutes. Can I swap it under warranty or do I have to contact Dyson?",
    ),
    (
        "clean",
        "insurance",
        "What does Plan Silver cover for dental treatment? I read on the website it's up to £250 per year, but the brochure from 2023 says £200. Which one is right?",
    ),
    (
        "clean",
        "flight",
        "Flight EZY8472 from Gatwick was delayed by 4 hours on 3 August. Am I entitled to compensation under UK261? The delay was due to crew shortage, not weather.",
    ),
    (
        "clean",
        "repair",
        "The dishwasher in the flat shows error code E15 and there's water under it. The landlord's handbook says to call the maintenance line at 0345 600 7722 but it's closed on weekends.",
    ),
    (
        "clean",
        "city",
        "Do you deliver to Inverness and the Isle of Skye? I'm moving there in September and want to order furniture before the move. Delivery to Glasgow was free last time.",
    ),
    (
        "clean",
        "promo",
        "The code SPRING20 doesn't work at checkout, it says 'invalid or expired'. Your email from 2 April said it's valid until the end of the month.",
    ),
    (
        "clean",
        "sku",
        "I want to return item SKU 6642-BLK-M, the jacket is too small. Order was delivered on 11/05. Do I need to print a label or is there a QR code?",
    ),
    (
        "clean",
        "public",
        "Is it true that Gordon Ramsay's restaurant vouchers can be bought through your app? I saw an ad but can't find them. Looking for a gift for about £100.",
    ),
]

DE: list[Row] = [
    (
        "person",
        "polite",
        "Guten Tag, mein Name ist [[PERSON|Katrin Vogelsang]] und ich bin zum 1. Mai umgezogen. Bitte ändern Sie meine Anschrift auf [[ADDRESS|Lindenallee 23]], [[ADDRESS|50968 Köln]]. Erreichbar bin ich unter [[PHONE|=ph:DE:mob:nat]].",
    ),
    (
        "account",
        "polite",
        "Hallo, ich möchte die Kontoverbindung für die Lastschrift ändern. Neue IBAN: [[ACCOUNT|=iban:DE]], Kontoinhaber [[PERSON|Jürgen Hartmann]]. Meine Kundennummer ist 400718233. Vielen Dank!",
    ),
    (
        "credential",
        "hurried",
        "komm nicht mehr ins kundenkonto, benutzer [[USERNAME|steffi_b84]] passwort [[PASSWORD|Hasenbrot#19]] geht nicht mehr. mail an [[EMAIL|steffi.brandl84@web.de]] kommt auch nicht an",
    ),
    (
        "id",
        "form",
        "Name: [[PERSON|Dominik Kessler]]\nGeburtsdatum: [[DOB|17.04.1982]]\nSteuer-ID: [[ID|=idnr]]\nAnliegen: Bescheinigung über die Beiträge 2023 für das Finanzamt",
    ),
    (
        "phone",
        "angry",
        "Seit drei Wochen warte ich auf den Rückruf!!! Meine Nummer ist [[PHONE|=ph:DE:mob:intl]], das habe ich schon zweimal angegeben. Vertragsnummer 88-1902733. So geht man nicht mit Kunden um.",
    ),
    (
        "email",
        "polite",
        "Sehr geehrte Damen und Herren, bitte senden Sie die Rechnung zur Bestellung 30218845 an meine neue E-Mail-Adresse [[EMAIL|m.schoenfeld@posteo.de]]. Mit freundlichen Grüßen, [[PERSON|Monika Schönfeld]]",
    ),
    (
        "address",
        "noaccent",
        "Hallo, das Paket soll bitte an meine Arbeit gehen: [[PERSON|Thomas Mueller]], [[ADDRESS|Grosse Bleichen 12]], [[ADDRESS|20354 Hamburg]]. Zu Hause ist tagsueber niemand.",
    ),
    (
        "card",
        "hurried",
        "zahlung geht nicht durch, karte [[CARD|=card:5232:16:sp]] gueltig bis 09/26, inhaber [[PERSON|Lena Albrecht]]. was ist da los??",
    ),
    (
        "person",
        "signature",
        "Sehr geehrte Hausverwaltung,\n\nim Treppenhaus ist seit Tagen das Licht kaputt. Bitte schicken Sie einen Elektriker.\n\nMit freundlichen Grüßen\n--\n[[PERSON|Elke Brandstätter]]\n[[ADDRESS|Wiesenstraße 7, 2. OG links]]\n[[ADDRESS|70190 Stuttgart]]\nTel.: [[PHONE|=ph:DE:fix:nat]]",
    ),
    (
        "id",
        "polite",
        "Guten Tag, für den Antrag bei der Krankenkasse brauche ich meine Daten: Ich heiße [[PERSON|Ahmet Yılmaz]], geboren am [[DOB|3. März 1975]], Steuer-Identifikationsnummer [[ID|=idnr]]. Was fehlt noch?",
    ),
    (
        "email",
        "forward",
        "Von: [[PERSON|Sabine Kruse]] <[[EMAIL|sabine.kruse@t-online.de]]>\nGesendet: Dienstag, 10:42\nBetreff: WG: Erstattung\n\nIch leite Ihnen meine Mail noch einmal weiter, die Erstattung für den Flug LH 1130 ist immer noch nicht da.",
    ),
    (
        "account",
        "lines",
        "Hallo,\nbitte die Kaution auf dieses Konto überweisen:\n[[ACCOUNT|=iban:DE:raw]]\nInhaberin: [[PERSON|Nadine Graf]]\nDie Wohnung wurde am 31.03. übergeben.\nDanke",
    ),
    (
        "credential",
        "polite",
        "Hallo, ich habe für meinen Sohn den Schulzugang eingerichtet. Benutzername [[USERNAME|leon.ritter09]], Passwort [[PASSWORD|Fussball2024!]]. Er kann sich aber nicht einloggen, können Sie das prüfen?",
    ),
    (
        "dob",
        "form",
        "Vorname: [[PERSON|Ingrid]]\nNachname: [[PERSON|Wendt]]\nGeb.: [[DOB|28.11.1949]]\nAdresse: [[ADDRESS|Am Kirchberg 3]], [[ADDRESS|99084 Erfurt]]\nBitte Pflegeantrag zusenden.",
    ),
    (
        "phone",
        "emoji",
        "neue handynummer 📱 [[PHONE|=ph:DE:mob:nat]] bitte im vertrag ändern 🙏 die alte ist abgemeldet. vertrag läuft auf [[PERSON|Julia Neumann]]",
    ),
    (
        "person",
        "angry",
        "Ihr Bote hat das Paket einfach vor die Tür gestellt und jetzt ist es weg! Ich bin [[PERSON|Rainer Kowalski]], [[ADDRESS|Hauptstraße 118]], und ich will sofort Ersatz oder mein Geld zurück.",
    ),
    (
        "address",
        "polite",
        "Guten Morgen, in meiner Wohnung [[ADDRESS|Bergmannstraße 54, Whg. 11]], [[ADDRESS|10961 Berlin]] tropft seit gestern Wasser von der Decke. Bitte rufen Sie mich dringend an: [[PHONE|=ph:DE:mob:nat]].",
    ),
    (
        "account",
        "angry",
        "Sie haben die Monatsgebühr DOPPELT abgebucht!!! Zurück auf [[ACCOUNT|=iban:DE]] und zwar heute noch. Das ist eine Frechheit.",
    ),
    (
        "email",
        "hurried",
        "bitte mail ändern von [[EMAIL|k.wagner1971@gmx.de]] auf [[EMAIL|klaus.wagner@mailbox.org]] danke",
    ),
    (
        "id",
        "typo",
        "Halo, meine Steuerid ist [[ID|=idnr]], ich brauch die Beitragsbescheinigung für die Steuererklärung, mein Name ist [[PERSON|Frank Lehmanm]]",
    ),
    (
        "person",
        "hurried",
        "hier ist [[PERSON|jana petersen]], mama von mia aus der 3b. mia ist heute krank und kommt nicht",
    ),
    (
        "phone",
        "lines",
        "Hallo\nbitte bei Lieferung meinen Nachbarn anrufen\n[[PERSON|Herbert Lange]]\n[[PHONE|=ph:DE:fix:intl]]\ner nimmt das Paket an",
    ),
    (
        "credential",
        "angry",
        "Ein angeblicher Mitarbeiter hat mich nach meiner PIN gefragt und ich Idiot habe [[PIN|4829]] gesagt. Jetzt sind 600 Euro weg! Online-Banking-Login [[USERNAME|bauer_werner]]. Sofort alles sperren!",
    ),
    (
        "dob",
        "polite",
        "Guten Tag, auf meiner Versichertenkarte steht ein falsches Geburtsdatum. Richtig ist der [[DOB|12.06.1990]]. Mitgliedsnummer 556-220-18. Viele Grüße, [[PERSON|Svenja Hoffmann]]",
    ),
    (
        "email",
        "polite",
        "Hallo, ich habe die Buchungsbestätigung für den Flug nach Palma nicht bekommen. Können Sie sie an [[EMAIL|familie.roth@gmx.net]] schicken? Reisende sind [[PERSON|Carsten Roth]] und [[PERSON|Anja Roth]].",
    ),
    (
        "address",
        "typo",
        "hallo, ich hab bei der bestelung die falsche adresse angegeben, richtig ist [[ADDRESS|Schillerstrase 9a]] in [[ADDRESS|01069 Dresden]]. geht das noch zu ändern?",
    ),
    (
        "person",
        "polite",
        "Sehr geehrte Damen und Herren, ich schreibe für meine Mutter, [[PERSON|Gertrud Schäfer]], 84 Jahre alt. Sie hat einen Brief zur Beitragserhöhung bekommen. Können Sie sie unter [[PHONE|=ph:DE:fix:nat]] anrufen?",
    ),
    (
        "account",
        "form",
        "Kontoinhaber: [[PERSON|Mehmet Demir]]\nIBAN: [[ACCOUNT|=iban:DE]]\nVerwendungszweck: Rückerstattung Bestellung 77120\nBitte überweisen Sie den Betrag auf dieses Konto.",
    ),
    (
        "card",
        "polite",
        "Guten Tag, ich möchte die hinterlegte Kreditkarte ändern. Neue Karte: [[CARD|=card:4916:16:no]], Ablauf 03/29. Die alte endet auf 2208. Danke!",
    ),
    (
        "phone",
        "typo",
        "hallo meine nummer hat sich geändet, neu ist [[PHONE|=ph:DE:mob:raw]], bitte für den techniker termin speichern",
    ),
    (
        "person",
        "emoji",
        "hi 😊 kann ich meine freundin [[PERSON|Merve Aydın]] als zweite fahrerin für den mietwagen eintragen? danke 🚗",
    ),
    (
        "credential",
        "lines",
        "Hallo,\nneue Lehrerin kommt nicht ins Schulportal\nBenutzer: [[USERNAME|s.kaufmann]]\nKennwort: [[PASSWORD|Kreide&Tafel7]]\nE-Mail: [[EMAIL|s.kaufmann@gs-am-park.de]]\nbitte prüfen",
    ),
    (
        "clean",
        "order",
        "Hallo, meine Bestellung 302-7741029-8812 sollte am 14. März ankommen, die Sendungsverfolgung zeigt aber noch 'in Vorbereitung'. Ich habe 4,99 € für Expressversand bezahlt.",
    ),
    (
        "clean",
        "hotline",
        "Ich habe heute dreimal bei Ihrer Hotline 0800 330 1000 angerufen und bin jedes Mal rausgeflogen. Gibt es einen anderen Weg zur Rechnungsabteilung? Es geht um Rechnung 2024-11873.",
    ),
    (
        "clean",
        "booking",
        "Hallo, mein Buchungscode ist X4RT9P für den Flug von München nach Lissabon am 22. Mai. Kann ich noch einen Koffer mit 23 kg dazubuchen und was kostet das?",
    ),
    (
        "clean",
        "version",
        "Die Banking-App stürzt seit Version 5.32.0 beim Start ab, Fehlercode 0x80070005. Ich habe ein Samsung Galaxy S23 mit Android 14. Kommt bald ein Update?",
    ),
    (
        "clean",
        "product",
        "Haben Sie die Miele Waschmaschine WWD 320 WCS noch in Weiß? Online steht ausverkauft, vielleicht hat die Filiale in Nürnberg noch eine.",
    ),
    (
        "clean",
        "celebrity",
        "Gibt es die Trikots mit Thomas Müller noch in Größe L? Mein Mann ist großer Fan und hat nächste Woche Geburtstag.",
    ),
    (
        "clean",
        "ticket",
        "Ticket 558102 ist seit letztem Dienstag offen. Die FRITZ!Box 7590 mit FRITZ!OS 7.57 verliert jeden Abend gegen 20 Uhr die Verbindung. Bitte eskalieren.",
    ),
    (
        "clean",
        "price",
        "Warum ist meine Rechnung von 29,99 € auf 34,99 € gestiegen? Ich habe nichts am Tarif geändert. Angekündigt waren nur 2 Euro mehr ab Juli.",
    ),
    (
        "clean",
        "delivery",
        "Die Lieferung war für Donnerstag, den 6. Juni, zwischen 10 und 12 Uhr angekündigt und kam nie. Sendungsnummer bei DHL: 00340434161094042557. Sehr ärgerlich.",
    ),
    (
        "clean",
        "school",
        "Wann beginnen nach den Osterferien wieder die Schule? Im Kalender steht der 15. April, im Elternbrief der 16. April. Findet der Ausflug der 4a ins Deutsche Museum noch statt?",
    ),
    (
        "clean",
        "brand",
        "Ich habe bei Ihnen im MediaMarkt Leipzig einen Thermomix TM6 gekauft und der Deckel schließt nicht mehr. Geht das über Sie oder direkt über Vorwerk?",
    ),
    (
        "clean",
        "insurance",
        "Was übernimmt der Tarif Komfort Plus bei Zahnersatz? Auf der Website steht 80 Prozent, im Prospekt von 2023 aber 70 Prozent. Was gilt denn jetzt?",
    ),
    (
        "clean",
        "flight",
        "Der Flug EW 9582 von Düsseldorf hatte am 3. August vier Stunden Verspätung. Steht mir eine Entschädigung nach der EU-Verordnung 261/2004 zu? Grund war Personalmangel.",
    ),
    (
        "clean",
        "repair",
        "Die Spülmaschine in der Wohnung zeigt Fehler E24 und es steht Wasser drin. Laut Mieterhandbuch soll ich den Hausmeisterservice unter 0221 456 7000 anrufen, aber am Wochenende ist da zu.",
    ),
    (
        "clean",
        "city",
        "Liefern Sie auch nach Sylt und auf die Zugspitze? Spaß beiseite, ich ziehe im September nach Garmisch-Partenkirchen und möchte vorher Möbel bestellen.",
    ),
    (
        "clean",
        "promo",
        "Der Gutscheincode SOMMER15 funktioniert nicht, es kommt 'ungültig oder abgelaufen'. Laut Newsletter vom 2. April gilt er bis Monatsende.",
    ),
    (
        "clean",
        "sku",
        "Ich möchte Artikel 4711-0815-BLAU zurückschicken, die Jacke ist zu klein. Geliefert wurde am 11.05. Brauche ich ein Etikett oder reicht der QR-Code?",
    ),
    (
        "clean",
        "network",
        "Seit Samstag kein LTE-Empfang in Freiburg-Wiehre. Gibt es eine Störung? Auf der Störungsseite steht Mast FR-2211 in Wartung bis 18:00 Uhr.",
    ),
]

FR: list[Row] = [
    (
        "person",
        "polite",
        "Bonjour, je m'appelle [[PERSON|Camille Lefèvre]] et j'ai déménagé le mois dernier. Pouvez-vous mettre à jour mon adresse : [[ADDRESS|12 rue des Tanneurs]], [[ADDRESS|67000 Strasbourg]] ? Mon portable reste le [[PHONE|=ph:FR:mob:nat]]. Merci !",
    ),
    (
        "account",
        "polite",
        "Bonjour, je souhaite changer le compte de prélèvement. Nouvel IBAN : [[ACCOUNT|=iban:FR]], titulaire [[PERSON|Jean-Marc Rousseau]]. Mon numéro client est 0072391845. Merci d'avance.",
    ),
    (
        "credential",
        "hurried",
        "j arrive plus a me connecter, identifiant [[USERNAME|lulu.garnier]] mdp [[PASSWORD|Chaton*2023]] et le mail de reinit arrive pas sur [[EMAIL|lucie.garnier@orange.fr]]",
    ),
    (
        "id",
        "form",
        "Nom : [[PERSON|Nathalie Bonnet]]\nDate de naissance : [[DOB|05/09/1978]]\nN° de sécurité sociale : [[ID|=nir]]\nObjet : remboursement des séances de kiné",
    ),
    (
        "phone",
        "angry",
        "Ça fait TROIS semaines que j'attends qu'on me rappelle au [[PHONE|=ph:FR:mob:intl]] !!! Contrat n° 55-201873. C'est inadmissible.",
    ),
    (
        "email",
        "polite",
        "Madame, Monsieur, merci d'envoyer la facture de la commande 7720145 à mon adresse professionnelle [[EMAIL|p.mercier@cabinet-mercier.fr]]. Cordialement, [[PERSON|Pauline Mercier]]",
    ),
    (
        "address",
        "noaccent",
        "Bonjour, merci de livrer le colis a mon travail : [[PERSON|Helene Faure]], [[ADDRESS|8 avenue Jean Jaures]], [[ADDRESS|69007 Lyon]]. Personne n'est a la maison en journee.",
    ),
    (
        "card",
        "hurried",
        "paiement refuse, carte [[CARD|=card:4973:16:sp]] exp 10/27 au nom de [[PERSON|Yanis Benali]], c'est bloque chez vous ?",
    ),
    (
        "person",
        "signature",
        "Bonjour,\n\nle chauffe-eau de l'appartement ne fonctionne plus depuis lundi. Pouvez-vous envoyer un plombier ?\n\nBien à vous\n--\n[[PERSON|Sylvie Marchand]]\n[[ADDRESS|27 boulevard Carnot, apt 14]]\n[[ADDRESS|31000 Toulouse]]\nTél : [[PHONE|=ph:FR:fix:nat]]",
    ),
    (
        "id",
        "polite",
        "Bonjour, pour l'adhésion à la mutuelle voici mes informations : [[PERSON|Karim Haddad]], né le [[DOB|21 janvier 1984]], numéro de sécu [[ID|=nir]]. Dites-moi s'il manque quelque chose.",
    ),
    (
        "email",
        "forward",
        "De : [[PERSON|Élodie Perrin]] <[[EMAIL|elodie.perrin@free.fr]]>\nEnvoyé : mardi 11:02\nObjet : TR: remboursement\n\nJe vous renvoie mon message, toujours aucun remboursement pour le vol AF 1234 annulé.",
    ),
    (
        "account",
        "lines",
        "Bonjour,\nmerci de rembourser le dépôt de garantie sur ce compte :\n[[ACCOUNT|=iban:FR:raw]]\nTitulaire : [[PERSON|Antoine Girard]]\nLes clés ont été rendues le 30/06.\nMerci",
    ),
    (
        "credential",
        "polite",
        "Bonjour, j'ai créé le compte ENT de ma fille. Identifiant [[USERNAME|ines.moreau12]], mot de passe [[PASSWORD|Licorne!4512]]. Elle n'arrive pas à se connecter, pouvez-vous vérifier ?",
    ),
    (
        "dob",
        "form",
        "Prénom : [[PERSON|Jacqueline]]\nNom : [[PERSON|Roux]]\nNée le : [[DOB|14/02/1946]]\nAdresse : [[ADDRESS|3 place de l'Église]], [[ADDRESS|44000 Nantes]]\nDemande : dossier de prise en charge",
    ),
    (
        "phone",
        "emoji",
        "nouveau numéro 📱 [[PHONE|=ph:FR:mob:nat]] à mettre sur le contrat svp 🙏 l'ancien est résilié. titulaire [[PERSON|Manon Dupuis]]",
    ),
    (
        "person",
        "angry",
        "Votre livreur a laissé mon colis devant la porte et il a disparu ! Je suis [[PERSON|Thierry Lambert]], [[ADDRESS|45 rue Victor Hugo]], et j'exige un remboursement immédiat.",
    ),
    (
        "address",
        "polite",
        "Bonjour, dans mon logement au [[ADDRESS|6 impasse des Lilas]], [[ADDRESS|13008 Marseille]], il y a une fuite au plafond depuis hier. Merci de me rappeler d'urgence au [[PHONE|=ph:FR:mob:nat]].",
    ),
    (
        "account",
        "angry",
        "Vous avez prélevé l'abonnement DEUX fois !!! Remboursez sur [[ACCOUNT|=iban:FR]] aujourd'hui même. C'est honteux.",
    ),
    (
        "email",
        "hurried",
        "changez mon mail svp de [[EMAIL|g.leroy75@hotmail.fr]] a [[EMAIL|guillaume.leroy@proton.me]] merci",
    ),
    (
        "id",
        "typo",
        "bonjour mon numero de secu c'est [[ID|=nir]], j'ai besoin de l'attestation de droits pour l'hopital, je m'apelle [[PERSON|Fabrice Coulon]]",
    ),
    (
        "person",
        "hurried",
        "c est [[PERSON|amandine petit]], la maman de Louis en CE2, il est malade aujourd'hui il vient pas",
    ),
    (
        "phone",
        "lines",
        "Bonjour\nmerci d'appeler ma voisine pour la livraison\n[[PERSON|Odile Caron]]\n[[PHONE|=ph:FR:fix:intl]]\nelle prendra le colis",
    ),
    (
        "credential",
        "angry",
        "Un faux conseiller m'a demandé mon code et je lui ai donné [[PIN|9051]]. Il manque 800 euros ! Mon identifiant de banque en ligne est [[USERNAME|98127734]]. Bloquez tout MAINTENANT.",
    ),
    (
        "dob",
        "polite",
        "Bonjour, ma carte Vitale indique une mauvaise date de naissance. La bonne est le [[DOB|12 juin 1990]]. Merci de corriger. [[PERSON|Aurélie Blanc]]",
    ),
    (
        "email",
        "polite",
        "Bonjour, je n'ai pas reçu la confirmation de réservation pour Nice. Pouvez-vous l'envoyer à [[EMAIL|famille.gauthier@laposte.net]] ? Les passagers sont [[PERSON|Olivier Gauthier]] et [[PERSON|Claire Gauthier]].",
    ),
    (
        "address",
        "typo",
        "bonjour je me suis trompé d'adresse a la comande, la bonne c'est [[ADDRESS|17 rue Pasteure]] [[ADDRESS|33000 Bordeaux]], c'est encore possible de changer ?",
    ),
    (
        "person",
        "polite",
        "Madame, Monsieur, je vous écris pour ma grand-mère, [[PERSON|Simone Arnaud]], 88 ans. Elle a reçu un courrier qu'elle ne comprend pas. Pourriez-vous l'appeler au [[PHONE|=ph:FR:fix:nat]] ?",
    ),
    (
        "account",
        "form",
        "Titulaire : [[PERSON|Moussa Diallo]]\nIBAN : [[ACCOUNT|=iban:FR]]\nMotif : remboursement commande 88213\nMerci de virer le montant sur ce compte.",
    ),
    (
        "card",
        "polite",
        "Bonjour, je voudrais changer la carte enregistrée. Nouvelle carte : [[CARD|=card:5131:16:no]], expiration 04/29. L'ancienne finissait par 6614. Merci !",
    ),
    (
        "phone",
        "typo",
        "bjr mon numero a changé, le nouveau c [[PHONE|=ph:FR:mob:raw]], merci de le noter pour le rdv du technicien",
    ),
    (
        "person",
        "emoji",
        "coucou 😊 je peux ajouter mon copain [[PERSON|Baptiste Renaud]] comme 2e conducteur sur la location ? merci 🚗",
    ),
    (
        "credential",
        "lines",
        "Bonjour,\nune nouvelle prof n'arrive pas à se connecter\nIdentifiant : [[USERNAME|m.fontaine]]\nMot de passe : [[PASSWORD|Craie#Tableau9]]\nMail : [[EMAIL|m.fontaine@ac-lille.fr]]\nmerci de vérifier",
    ),
    (
        "clean",
        "order",
        "Bonjour, ma commande 402-8812093-1177 devait arriver le 14 mars mais le suivi indique toujours 'en préparation'. J'ai payé 5,99 € pour la livraison express.",
    ),
    (
        "clean",
        "hotline",
        "J'ai appelé trois fois votre service client au 3900 aujourd'hui et ça coupe à chaque fois. Y a-t-il un autre moyen de joindre la facturation ? C'est pour la facture 2024-30117.",
    ),
    (
        "clean",
        "booking",
        "Bonjour, ma référence de réservation est LQ8TZ3 pour le vol Paris-Lisbonne du 22 mai. Puis-je ajouter une valise de 23 kg et combien ça coûte ?",
    ),
    (
        "clean",
        "version",
        "L'appli bancaire plante au démarrage depuis la version 6.3.1, code erreur ERR_502. J'ai un Pixel 7 sous Android 14. Une mise à jour est prévue ?",
    ),
    (
        "clean",
        "product",
        "Avez-vous encore le lave-linge Whirlpool FFB 9458 en blanc ? Le site dit en rupture mais le magasin de Lille en a peut-être un.",
    ),
    (
        "clean",
        "celebrity",
        "Est-ce que le maillot de Kylian Mbappé est encore disponible en taille M ? C'est pour l'anniversaire de mon neveu.",
    ),
    (
        "clean",
        "ticket",
        "Le ticket 773201 est ouvert depuis mardi dernier. La Livebox 6 coupe le wifi tous les soirs vers 20h. Merci de faire remonter.",
    ),
    (
        "clean",
        "price",
        "Pourquoi ma facture est passée de 19,99 € à 24,99 € ? Je n'ai rien changé. L'augmentation annoncée était de 2 € à partir de juillet.",
    ),
    (
        "clean",
        "delivery",
        "La livraison était prévue jeudi 6 juin entre 10h et 12h et personne n'est venu. Numéro de suivi Colissimo 6A21938475620. Très agaçant.",
    ),
    (
        "clean",
        "school",
        "Quand reprennent les cours après les vacances de printemps ? Le calendrier indique le 15 avril mais le mot aux parents dit le 16. La sortie au Louvre des CM1 est-elle maintenue ?",
    ),
    (
        "clean",
        "brand",
        "J'ai acheté un Thermomix à la Fnac de Rennes et le couvercle ne ferme plus. Je dois passer par vous ou directement par Vorwerk ?",
    ),
    (
        "clean",
        "insurance",
        "Que rembourse la formule Confort pour les lunettes ? Le site parle de 150 € par an, la brochure 2023 de 120 €. Laquelle est la bonne ?",
    ),
    (
        "clean",
        "flight",
        "Le vol U2 4821 au départ d'Orly a eu 4 heures de retard le 3 août. Ai-je droit à une indemnisation selon le règlement 261/2004 ? La cause était un manque d'équipage.",
    ),
    (
        "clean",
        "repair",
        "Le lave-vaisselle de l'appartement affiche l'erreur F06 et il reste de l'eau dedans. Le livret d'accueil dit d'appeler l'astreinte au 01 44 55 66 00 mais c'est fermé le week-end.",
    ),
    (
        "clean",
        "city",
        "Livrez-vous en Corse et à Saint-Malo ? Je déménage à Ajaccio en septembre et je voudrais commander des meubles avant.",
    ),
    (
        "clean",
        "promo",
        "Le code promo PRINTEMPS10 ne marche pas, il affiche 'code invalide ou expiré'. Votre mail du 2 avril disait qu'il était valable jusqu'à la fin du mois.",
    ),
    (
        "clean",
        "public",
        "Vous vendez encore le livre de cuisine de Cyril Lignac ? Je ne le trouve plus sur le site, c'est pour offrir, budget environ 30 €.",
    ),
    (
        "clean",
        "network",
        "Plus de réseau 4G à Montpellier-Antigone depuis samedi. Il y a une panne ? La page d'état indique l'antenne MTP-3107 en maintenance jusqu'à 18h.",
    ),
]

ES: list[Row] = [
    (
        "person",
        "polite",
        "Hola, me llamo [[PERSON|Lucía Fernández Ortega]] y me he mudado hace un mes. ¿Podrían actualizar mi dirección a [[ADDRESS|Calle de Embajadores 41, 3º B]], [[ADDRESS|28012 Madrid]]? Mi móvil sigue siendo el [[PHONE|=ph:ES:mob:nat]]. ¡Gracias!",
    ),
    (
        "account",
        "polite",
        "Buenas tardes, quiero cambiar la cuenta de domiciliación. El nuevo IBAN es [[ACCOUNT|=iban:ES]], a nombre de [[PERSON|Javier Morales Gil]]. Mi número de cliente es 30019844. Un saludo.",
    ),
    (
        "credential",
        "hurried",
        "no puedo entrar en mi cuenta, usuario [[USERNAME|marta_ruiz90]] contraseña [[PASSWORD|Playa*Cadiz90]] y el correo para recuperarla no llega a [[EMAIL|martaruiz90@hotmail.es]]",
    ),
    (
        "id",
        "form",
        "Nombre: [[PERSON|Raúl Domínguez Prieto]]\nFecha de nacimiento: [[DOB|11/08/1983]]\nDNI: [[ID|=dni]]\nMotivo: necesito el certificado de la póliza para Hacienda",
    ),
    (
        "phone",
        "angry",
        "¡¡Llevo TRES semanas esperando que me llamen al [[PHONE|=ph:ES:mob:intl]]!! Número de contrato 7712-009341. Esto es una vergüenza.",
    ),
    (
        "email",
        "polite",
        "Estimados señores, les ruego que envíen la factura del pedido 5530912 a mi correo del trabajo [[EMAIL|c.navarro@asesoria-navarro.es]]. Atentamente, [[PERSON|Carmen Navarro]]",
    ),
    (
        "address",
        "noaccent",
        "Hola, por favor entreguen el paquete en mi oficina: [[PERSON|Alvaro Sanchez]], [[ADDRESS|Avenida Diagonal 512, 4o 2a]], [[ADDRESS|08006 Barcelona]]. En casa no hay nadie por la manana.",
    ),
    (
        "card",
        "hurried",
        "el pago no pasa, tarjeta [[CARD|=card:4548:16:sp]] caduca 07/27, titular [[PERSON|Irene Castillo]]. esta bloqueada o que?",
    ),
    (
        "person",
        "signature",
        "Hola:\n\nel ascensor del edificio lleva una semana averiado y mi madre no puede bajar. Por favor, envíen a alguien.\n\nUn saludo\n--\n[[PERSON|Pilar Vázquez Romero]]\n[[ADDRESS|Calle Larios 8, 2º izda.]]\n[[ADDRESS|29005 Málaga]]\nTel. [[PHONE|=ph:ES:fix:nat]]",
    ),
    (
        "id",
        "polite",
        "Buenos días, para darme de alta en el seguro médico les paso mis datos: [[PERSON|Youssef El Amrani]], nacido el [[DOB|2 de mayo de 1987]], NIE [[ID|=nie]]. ¿Necesitan algo más?",
    ),
    (
        "email",
        "forward",
        "De: [[PERSON|Andrea Molina]] <[[EMAIL|andrea.molina@gmail.com]]>\nEnviado: martes 9:47\nAsunto: RV: reembolso\n\nLes reenvío mi correo, sigo sin recibir el reembolso del vuelo IB 3166 cancelado.",
    ),
    (
        "account",
        "lines",
        "Hola,\npor favor devuelvan la fianza a esta cuenta:\n[[ACCOUNT|=iban:ES:raw]]\nTitular: [[PERSON|Sergio Iglesias]]\nEntregué las llaves el 30/06.\nGracias",
    ),
    (
        "credential",
        "polite",
        "Hola, he creado la cuenta del colegio para mi hijo. Usuario [[USERNAME|pablo.herrero11]], contraseña [[PASSWORD|Balon2024!]]. No consigue entrar, ¿pueden revisarlo?",
    ),
    (
        "dob",
        "form",
        "Nombre: [[PERSON|Rosario]]\nApellidos: [[PERSON|Jiménez Herrera]]\nFecha nac.: [[DOB|19/03/1951]]\nDomicilio: [[ADDRESS|Plaza Mayor 6]], [[ADDRESS|37002 Salamanca]]\nSolicitud: tarjeta sanitaria",
    ),
    (
        "phone",
        "emoji",
        "nuevo número 📱 [[PHONE|=ph:ES:mob:nat]] para el contrato porfa 🙏 el antiguo ya no funciona. titular [[PERSON|Noelia Campos]]",
    ),
    (
        "person",
        "angry",
        "¡Su repartidor dejó el paquete en la puerta y ha desaparecido! Soy [[PERSON|Francisco Delgado]], [[ADDRESS|Calle Mayor 27]], y exijo el reembolso ya.",
    ),
    (
        "address",
        "polite",
        "Buenos días, en mi piso de [[ADDRESS|Calle Colón 15, 5º]], [[ADDRESS|46004 Valencia]] hay una gotera desde ayer. Llámenme urgente al [[PHONE|=ph:ES:mob:nat]], por favor.",
    ),
    (
        "account",
        "angry",
        "¡¡Me han cobrado la cuota DOS veces!! Devuélvanlo a [[ACCOUNT|=iban:ES]] hoy mismo. Es increíble.",
    ),
    (
        "email",
        "hurried",
        "cambiad mi correo de [[EMAIL|dani.ortiz85@yahoo.es]] a [[EMAIL|daniel.ortiz@outlook.com]] gracias",
    ),
    (
        "id",
        "typo",
        "hola mi dni es el [[ID|=dni]], nesecito el certificado de retenciones, me llamo [[PERSON|Ignacio Rubio]]",
    ),
    (
        "person",
        "hurried",
        "soy [[PERSON|elena marin]], la madre de hugo de 3ºA, hoy no va a clase que tiene fiebre",
    ),
    (
        "phone",
        "lines",
        "Hola\npor favor llamen a mi vecino para la entrega\n[[PERSON|Manuel Crespo]]\n[[PHONE|=ph:ES:mob:intl]]\nél recoge el paquete",
    ),
    (
        "credential",
        "angry",
        "Un supuesto empleado me pidió el PIN y le dije [[PIN|3370]]. ¡Me faltan 500 euros! Mi usuario de banca online es [[USERNAME|jlopez_1975]]. ¡Bloqueen todo YA!",
    ),
    (
        "dob",
        "polite",
        "Buenas, en mi tarjeta del seguro aparece mal la fecha de nacimiento. La correcta es el [[DOB|24/10/1992]]. Gracias, [[PERSON|Beatriz Serrano]]",
    ),
    (
        "email",
        "polite",
        "Hola, no me ha llegado la confirmación de la reserva a Tenerife. ¿Pueden enviarla a [[EMAIL|familia.vidal@gmail.com]]? Los pasajeros son [[PERSON|Jorge Vidal]] y [[PERSON|Sonia Vidal]].",
    ),
    (
        "address",
        "typo",
        "ola puse mal la direcion en el pedido, la buena es [[ADDRESS|Calle Sierpes 33]] [[ADDRESS|41004 Sevilla]], se puede cambiar todavia?",
    ),
    (
        "person",
        "polite",
        "Buenas tardes, les escribo por mi abuelo, [[PERSON|Eusebio Cabrera]], de 86 años. Ha recibido una carta que no entiende. ¿Podrían llamarle al [[PHONE|=ph:ES:fix:nat]]?",
    ),
    (
        "account",
        "form",
        "Titular: [[PERSON|Ana Belén Soto]]\nIBAN: [[ACCOUNT|=iban:ES]]\nConcepto: devolución pedido 66120\nPor favor hagan la transferencia a esta cuenta.",
    ),
    (
        "card",
        "polite",
        "Hola, quiero cambiar la tarjeta guardada. La nueva es [[CARD|=card:5540:16:no]], caducidad 02/30. La antigua terminaba en 9921. ¡Gracias!",
    ),
    (
        "phone",
        "typo",
        "hola e cambiado de numero, el nuevo es [[PHONE|=ph:ES:mob:raw]], apuntenlo para la cita del tecnico",
    ),
    (
        "person",
        "emoji",
        "holaa 😊 puedo añadir a mi novio [[PERSON|Adrián Peña]] como segundo conductor del coche de alquiler? gracias 🚗",
    ),
    (
        "credential",
        "lines",
        "Hola,\nuna profesora nueva no puede entrar en la plataforma\nUsuario: [[USERNAME|l.gallardo]]\nContraseña: [[PASSWORD|Tiza&Pizarra5]]\nCorreo: [[EMAIL|l.gallardo@colegiosanjose.es]]\ngracias",
    ),
    (
        "clean",
        "order",
        "Hola, mi pedido 171-5529310-0042 tenía que llegar el 14 de marzo y el seguimiento sigue en 'preparando'. Pagué 3,99 € por envío urgente.",
    ),
    (
        "clean",
        "hotline",
        "He llamado tres veces hoy al 1004 y se corta siempre. ¿Hay otra forma de hablar con facturación? Es por la factura 2024-55301.",
    ),
    (
        "clean",
        "booking",
        "Hola, mi localizador es H2KP9W para el vuelo Madrid-Lisboa del 22 de mayo. ¿Puedo añadir una maleta de 23 kg y cuánto cuesta?",
    ),
    (
        "clean",
        "version",
        "La app del banco se cierra al abrirla desde la versión 4.18.0, código de error 1052. Tengo un Xiaomi Redmi Note 12 con Android 13. ¿Habrá arreglo?",
    ),
    (
        "clean",
        "product",
        "¿Tienen todavía la lavadora Balay 3TS992B en blanco? En la web pone agotado, pero quizá en la tienda de Zaragoza quede alguna.",
    ),
    (
        "clean",
        "celebrity",
        "¿Queda la camiseta de Lamine Yamal en talla M? Es para el cumpleaños de mi sobrino.",
    ),
    (
        "clean",
        "ticket",
        "La incidencia 884120 sigue abierta desde el martes pasado. El router HGU se queda sin wifi todas las noches a las 20:00. Por favor, escalen.",
    ),
    (
        "clean",
        "price",
        "¿Por qué la factura ha pasado de 35,00 € a 41,50 €? No he cambiado nada. La subida anunciada era de 3 € desde julio.",
    ),
    (
        "clean",
        "delivery",
        "La entrega estaba prevista el jueves 6 de junio entre las 10 y las 12 y no vino nadie. Número de seguimiento de Correos PQ4B2J0712345670128001K. Muy molesto.",
    ),
    (
        "clean",
        "school",
        "¿Cuándo empiezan las clases después de Semana Santa? El calendario dice 15 de abril y la circular del colegio el 16. ¿Se mantiene la excursión al Museo del Prado?",
    ),
    (
        "clean",
        "brand",
        "Compré una Cecotec Conga en El Corte Inglés de Bilbao y la batería dura 10 minutos. ¿La cambio con ustedes o con Cecotec?",
    ),
    (
        "clean",
        "insurance",
        "¿Qué cubre la modalidad Plus en dentista? En la web pone 300 € al año y en el folleto de 2023, 250 €. ¿Cuál vale?",
    ),
    (
        "clean",
        "flight",
        "El vuelo VY 1022 desde El Prat salió con 4 horas de retraso el 3 de agosto. ¿Tengo derecho a compensación por el reglamento 261/2004? Fue por falta de tripulación.",
    ),
    (
        "clean",
        "repair",
        "El lavavajillas del piso marca el error E09 y queda agua dentro. El manual del inquilino dice que llame al servicio técnico 902 100 200, pero el fin de semana está cerrado.",
    ),
    (
        "clean",
        "city",
        "¿Envían a Ibiza y a Ceuta? Me mudo a Palma en septiembre y quiero encargar muebles antes.",
    ),
    (
        "clean",
        "promo",
        "El código VERANO20 no funciona, sale 'código no válido o caducado'. Su correo del 2 de abril decía que valía hasta final de mes.",
    ),
    (
        "clean",
        "public",
        "¿Venden el libro de recetas de Ferran Adrià? No lo encuentro en la web, es para regalar, unos 40 €.",
    ),
    (
        "clean",
        "network",
        "Desde el sábado no hay cobertura 4G en el barrio de Triana. ¿Hay alguna avería? La web de incidencias dice que la antena SEV-0412 está en mantenimiento hasta las 18:00.",
    ),
]

IT: list[Row] = [
    (
        "person",
        "polite",
        "Buongiorno, sono [[PERSON|Giulia Ferraresi]] e mi sono trasferita il mese scorso. Potete aggiornare il mio indirizzo in [[ADDRESS|Via dei Mille 18]], [[ADDRESS|40121 Bologna]]? Il cellulare resta [[PHONE|=ph:IT:mob:nat]]. Grazie mille!",
    ),
    (
        "account",
        "polite",
        "Salve, vorrei cambiare il conto per l'addebito. Il nuovo IBAN è [[ACCOUNT|=iban:IT]], intestato a [[PERSON|Marco Bellini]]. Il mio codice cliente è 1190277350. Cordiali saluti.",
    ),
    (
        "credential",
        "hurried",
        "non riesco a entrare, utente [[USERNAME|fede_rossi88]] password [[PASSWORD|Gattino#88]] e la mail di recupero non arriva a [[EMAIL|federica.rossi88@libero.it]]",
    ),
    (
        "id",
        "form",
        "Nome: [[PERSON|Alessandro Conti]]\nData di nascita: [[DOB|27/06/1980]]\nCodice fiscale: [[ID|=cf]]\nRichiesta: certificato della polizza per il 730",
    ),
    (
        "phone",
        "angry",
        "Sono TRE settimane che aspetto di essere richiamato al [[PHONE|=ph:IT:mob:intl]]!!! Contratto n. 44-8820173. Una vergogna.",
    ),
    (
        "email",
        "polite",
        "Gentili signori, vi chiedo di inviare la fattura dell'ordine 6620148 al mio indirizzo di lavoro [[EMAIL|s.galli@studiogalli.it]]. Cordiali saluti, [[PERSON|Silvia Galli]]",
    ),
    (
        "address",
        "noaccent",
        "Salve, consegnate il pacco in ufficio per favore: [[PERSON|Nicolo Fabbri]], [[ADDRESS|Corso Vittorio Emanuele II 74]], [[ADDRESS|10121 Torino]]. A casa non c'e nessuno di giorno.",
    ),
    (
        "card",
        "hurried",
        "il pagamento non passa, carta [[CARD|=card:4023:16:sp]] scad 05/28 intestata a [[PERSON|Chiara Moretti]], e bloccata da voi?",
    ),
    (
        "person",
        "signature",
        "Buongiorno,\n\nla caldaia dell'appartamento non funziona da lunedì. Potete mandare un tecnico?\n\nCordiali saluti\n--\n[[PERSON|Rosa Lombardi]]\n[[ADDRESS|Via Garibaldi 9, int. 4]]\n[[ADDRESS|16124 Genova]]\nTel. [[PHONE|=ph:IT:fix:nat]]",
    ),
    (
        "id",
        "polite",
        "Buongiorno, per l'iscrizione alla cassa sanitaria vi mando i miei dati: [[PERSON|Davide Esposito]], nato il [[DOB|9 ottobre 1985]], codice fiscale [[ID|=cf]]. Manca altro?",
    ),
    (
        "email",
        "forward",
        "Da: [[PERSON|Martina Ricci]] <[[EMAIL|martina.ricci@gmail.com]]>\nInviato: martedì 10:15\nOggetto: I: rimborso\n\nVi inoltro di nuovo la mia mail, il rimborso del volo AZ 1779 cancellato non è ancora arrivato.",
    ),
    (
        "account",
        "lines",
        "Salve,\nrestituite la cauzione su questo conto:\n[[ACCOUNT|=iban:IT:raw]]\nIntestatario: [[PERSON|Luca Marchetti]]\nLe chiavi le ho riconsegnate il 30/06.\nGrazie",
    ),
    (
        "credential",
        "polite",
        "Buongiorno, ho creato l'account del registro elettronico per mia figlia. Utente [[USERNAME|sofia.bruno07]], password [[PASSWORD|Farfalla!2207]]. Non riesce ad accedere, potete controllare?",
    ),
    (
        "dob",
        "form",
        "Nome: [[PERSON|Franca]]\nCognome: [[PERSON|Colombo]]\nNata il: [[DOB|03/12/1947]]\nResidenza: [[ADDRESS|Piazza Duomo 2]], [[ADDRESS|20122 Milano]]\nRichiesta: rinnovo tessera",
    ),
    (
        "phone",
        "emoji",
        "numero nuovo 📱 [[PHONE|=ph:IT:mob:nat]] da mettere sul contratto 🙏 il vecchio è disattivato. intestataria [[PERSON|Elisa Greco]]",
    ),
    (
        "person",
        "angry",
        "Il vostro corriere ha lasciato il pacco fuori dalla porta ed è sparito! Sono [[PERSON|Giuseppe Russo]], [[ADDRESS|Via Roma 133]], e voglio il rimborso subito.",
    ),
    (
        "address",
        "polite",
        "Buongiorno, nel mio appartamento in [[ADDRESS|Via Toledo 256]], [[ADDRESS|80134 Napoli]] c'è un'infiltrazione dal soffitto da ieri. Richiamatemi urgentemente al [[PHONE|=ph:IT:mob:nat]].",
    ),
    (
        "account",
        "angry",
        "Mi avete addebitato il canone DUE volte!!! Rimborsate su [[ACCOUNT|=iban:IT]] oggi stesso. Vergognoso.",
    ),
    (
        "email",
        "hurried",
        "cambiate la mia mail da [[EMAIL|ale.villa77@tiscali.it]] a [[EMAIL|alessandra.villa@outlook.it]] grazie",
    ),
    (
        "id",
        "typo",
        "salve il mio codice fiscale e [[ID|=cf]], mi serve la certificazione unica per la dichiarazzione, mi chiamo [[PERSON|Stefano Mancini]]",
    ),
    (
        "person",
        "hurried",
        "sono [[PERSON|valentina de santis]], la mamma di tommaso della 2B, oggi sta male e non viene",
    ),
    (
        "phone",
        "lines",
        "Salve\nchiamate mia vicina per la consegna\n[[PERSON|Lucia Gentile]]\n[[PHONE|=ph:IT:fix:intl]]\nritira lei il pacco",
    ),
    (
        "credential",
        "angry",
        "Un finto operatore mi ha chiesto il PIN e gli ho detto [[PIN|6184]]. Mancano 700 euro! Il mio utente dell'home banking è [[USERNAME|gcaruso_62]]. Bloccate tutto SUBITO.",
    ),
    (
        "dob",
        "polite",
        "Buongiorno, sulla tessera c'è una data di nascita sbagliata. Quella giusta è il [[DOB|16/04/1993]]. Grazie, [[PERSON|Serena Parisi]]",
    ),
    (
        "email",
        "polite",
        "Salve, non ho ricevuto la conferma della prenotazione per Catania. Potete mandarla a [[EMAIL|famiglia.costa@gmail.com]]? I passeggeri sono [[PERSON|Paolo Costa]] e [[PERSON|Anna Costa]].",
    ),
    (
        "address",
        "typo",
        "salve ho sbaliato indirizzo nell'ordine, quello giusto è [[ADDRESS|Via Nazzionale 41]] [[ADDRESS|00184 Roma]], si puo ancora cambiare?",
    ),
    (
        "person",
        "polite",
        "Buonasera, vi scrivo per mio nonno, [[PERSON|Vittorio Marini]], 87 anni. Ha ricevuto una lettera che non capisce. Potreste chiamarlo al [[PHONE|=ph:IT:fix:nat]]?",
    ),
    (
        "account",
        "form",
        "Intestatario: [[PERSON|Kofi Mensah]]\nIBAN: [[ACCOUNT|=iban:IT]]\nCausale: rimborso ordine 55210\nFate il bonifico su questo conto per favore.",
    ),
    (
        "card",
        "polite",
        "Buongiorno, vorrei cambiare la carta salvata. Quella nuova è [[CARD|=card:5333:16:no]], scadenza 01/29. La vecchia finiva con 3307. Grazie!",
    ),
    (
        "phone",
        "typo",
        "salve o cambiato numero, il nuovo è [[PHONE|=ph:IT:mob:raw]], segnatelo per l'appuntamento del tecnico",
    ),
    (
        "person",
        "emoji",
        "ciaoo 😊 posso aggiungere il mio ragazzo [[PERSON|Matteo Fontana]] come secondo guidatore del noleggio? grazie 🚗",
    ),
    (
        "credential",
        "lines",
        "Salve,\nuna nuova docente non riesce ad accedere\nUtente: [[USERNAME|g.ferri]]\nPassword: [[PASSWORD|Gesso&Lavagna3]]\nEmail: [[EMAIL|g.ferri@icmanzoni.edu.it]]\ngrazie",
    ),
    (
        "clean",
        "order",
        "Buongiorno, l'ordine 405-3318820-7761 doveva arrivare il 14 marzo ma il tracciamento dice ancora 'in preparazione'. Ho pagato 4,90 € per la spedizione veloce.",
    ),
    (
        "clean",
        "hotline",
        "Ho chiamato tre volte il 187 oggi e cade sempre la linea. C'è un altro modo per parlare con l'ufficio fatture? Riguarda la fattura 2024-77120.",
    ),
    (
        "clean",
        "booking",
        "Salve, il codice di prenotazione è M8ZR4T per il volo Milano-Lisbona del 22 maggio. Posso aggiungere una valigia da 23 kg e quanto costa?",
    ),
    (
        "clean",
        "version",
        "L'app della banca si chiude all'avvio dalla versione 7.2.4, codice errore 403-B. Ho un Samsung A54 con Android 14. Arriva un aggiornamento?",
    ),
    (
        "clean",
        "product",
        "Avete ancora la lavatrice Candy CS 1410TXME in bianco? Sul sito risulta esaurita, forse il negozio di Verona ne ha una.",
    ),
    (
        "clean",
        "celebrity",
        "C'è ancora la maglia di Lautaro Martínez in taglia M? È per il compleanno di mio nipote.",
    ),
    (
        "clean",
        "ticket",
        "La segnalazione 662019 è aperta da martedì scorso. Il modem FRITZ!Box 7530 perde il wifi ogni sera verso le 20. Per favore sollecitate.",
    ),
    (
        "clean",
        "price",
        "Perché la bolletta è passata da 26,90 € a 31,90 €? Non ho cambiato niente. L'aumento comunicato era di 2 € da luglio.",
    ),
    (
        "clean",
        "delivery",
        "La consegna era prevista giovedì 6 giugno tra le 10 e le 12 e non è passato nessuno. Codice di tracciamento BRT 081230045512. Che seccatura.",
    ),
    (
        "clean",
        "school",
        "Quando riprendono le lezioni dopo Pasqua? Il calendario dice 15 aprile e la circolare il 16. La gita agli Uffizi della 4C è confermata?",
    ),
    (
        "clean",
        "brand",
        "Ho comprato un Bimby da MediaWorld a Padova e il coperchio non si chiude più. Devo passare da voi o da Vorwerk?",
    ),
    (
        "clean",
        "insurance",
        "Cosa copre il piano Smart per le cure dentali? Sul sito c'è scritto 300 € l'anno, nel depliant del 2023 250 €. Quale vale?",
    ),
    (
        "clean",
        "flight",
        "Il volo FR 8341 da Bergamo è partito con 4 ore di ritardo il 3 agosto. Ho diritto al rimborso secondo il regolamento 261/2004? Mancava l'equipaggio.",
    ),
    (
        "clean",
        "repair",
        "La lavastoviglie dell'appartamento dà errore E4 e resta acqua dentro. Il regolamento condominiale dice di chiamare il pronto intervento 800 123 456 ma nel weekend è chiuso.",
    ),
    (
        "clean",
        "city",
        "Spedite anche in Sardegna e a Lampedusa? A settembre mi trasferisco a Cagliari e vorrei ordinare i mobili prima.",
    ),
    (
        "clean",
        "promo",
        "Il codice sconto ESTATE15 non funziona, dice 'codice non valido o scaduto'. La vostra mail del 2 aprile diceva valido fino a fine mese.",
    ),
    (
        "clean",
        "public",
        "Vendete ancora il libro di ricette di Benedetta Rossi? Sul sito non lo trovo, è un regalo, budget sui 25 €.",
    ),
    (
        "clean",
        "network",
        "Da sabato niente 4G a Firenze zona Campo di Marte. C'è un guasto? La pagina di stato dice che l'antenna FI-2290 è in manutenzione fino alle 18:00.",
    ),
]

NL: list[Row] = [
    (
        "person",
        "polite",
        "Goedemiddag, mijn naam is [[PERSON|Femke van der Berg]] en ik ben vorige maand verhuisd. Kunt u mijn adres wijzigen naar [[ADDRESS|Prinsengracht 263-II]], [[ADDRESS|1016 GV Amsterdam]]? Mijn mobiel blijft [[PHONE|=ph:NL:mob:nat]]. Alvast bedankt!",
    ),
    (
        "account",
        "polite",
        "Hallo, ik wil de rekening voor de automatische incasso wijzigen. Nieuw IBAN: [[ACCOUNT|=iban:NL]], ten name van [[PERSON|Ruben de Vries]]. Mijn klantnummer is 60018273. Groet.",
    ),
    (
        "credential",
        "hurried",
        "kan niet meer inloggen, gebruikersnaam [[USERNAME|sanne_bakker91]] wachtwoord [[PASSWORD|Fietsbel!91]] en de resetmail komt niet aan op [[EMAIL|sanne.bakker91@ziggo.nl]]",
    ),
    (
        "id",
        "form",
        "Naam: [[PERSON|Pieter Jansen]]\nGeboortedatum: [[DOB|08-05-1981]]\nBSN: [[ID|=bsn]]\nVraag: ik heb een overzicht van de vergoedingen 2023 nodig voor de belastingdienst",
    ),
    (
        "phone",
        "angry",
        "Ik wacht nu DRIE weken op een terugbelverzoek op [[PHONE|=ph:NL:mob:intl]]!!! Contractnummer 33-7718209. Schandalig.",
    ),
    (
        "email",
        "polite",
        "Geachte heer/mevrouw, wilt u de factuur van bestelling 8812093 naar mijn werkadres [[EMAIL|l.visser@vissermakelaars.nl]] sturen? Met vriendelijke groet, [[PERSON|Lotte Visser]]",
    ),
    (
        "address",
        "noaccent",
        "Hoi, graag het pakket op mijn werk bezorgen: [[PERSON|Noel Smit]], [[ADDRESS|Coolsingel 42]], [[ADDRESS|3011 AD Rotterdam]]. Thuis is overdag niemand.",
    ),
    (
        "card",
        "hurried",
        "betaling lukt niet, kaart [[CARD|=card:5100:16:sp]] geldig tot 06/27 op naam van [[PERSON|Daan Mulder]], is die geblokkeerd?",
    ),
    (
        "person",
        "signature",
        "Beste verhuurder,\n\nde cv-ketel in de woning doet het sinds maandag niet meer. Kunt u een monteur sturen?\n\nMet vriendelijke groet\n--\n[[PERSON|Ingrid Hoekstra]]\n[[ADDRESS|Oudegracht 112 bis]]\n[[ADDRESS|3511 AX Utrecht]]\nTel: [[PHONE|=ph:NL:fix:nat]]",
    ),
    (
        "id",
        "polite",
        "Goedemorgen, voor de aanvullende verzekering hierbij mijn gegevens: [[PERSON|Mohamed Bouali]], geboren op [[DOB|17 augustus 1986]], BSN [[ID|=bsn]]. Mist er nog iets?",
    ),
    (
        "email",
        "forward",
        "Van: [[PERSON|Eva de Jong]] <[[EMAIL|eva.dejong@kpnmail.nl]]>\nVerzonden: dinsdag 09:58\nOnderwerp: Fwd: terugbetaling\n\nIk stuur mijn mail nogmaals door, de terugbetaling voor geannuleerde vlucht KL 1421 is er nog steeds niet.",
    ),
    (
        "account",
        "lines",
        "Hallo,\ngraag de borg terugstorten op:\n[[ACCOUNT|=iban:NL:raw]]\nt.n.v. [[PERSON|Jeroen Kuipers]]\nSleutels zijn op 30-06 ingeleverd.\nDank",
    ),
    (
        "credential",
        "polite",
        "Hallo, ik heb het Magister-account voor mijn zoon aangemaakt. Gebruikersnaam [[USERNAME|thijs.dekker10]], wachtwoord [[PASSWORD|Voetbal2024?]]. Hij komt er niet in, kunt u kijken?",
    ),
    (
        "dob",
        "form",
        "Voornaam: [[PERSON|Wilhelmina]]\nAchternaam: [[PERSON|Brouwer]]\nGeboren: [[DOB|30-01-1944]]\nAdres: [[ADDRESS|Dorpsstraat 5]], [[ADDRESS|9451 AB Rolde]]\nVerzoek: machtiging voor mijn dochter",
    ),
    (
        "phone",
        "emoji",
        "nieuw nummer 📱 [[PHONE|=ph:NL:mob:nat]] graag aanpassen in mijn abonnement 🙏 oude is opgezegd. op naam van [[PERSON|Anouk Peters]]",
    ),
    (
        "person",
        "angry",
        "Jullie bezorger heeft het pakket gewoon voor de deur gezet en nu is het weg! Ik ben [[PERSON|Henk Willems]], [[ADDRESS|Kerkstraat 88]], en ik wil NU mijn geld terug.",
    ),
    (
        "address",
        "polite",
        "Goedemorgen, in mijn woning aan de [[ADDRESS|Herenstraat 17A]], [[ADDRESS|2011 CW Haarlem]] lekt sinds gisteren water door het plafond. Bel me alstublieft snel terug op [[PHONE|=ph:NL:mob:nat]].",
    ),
    (
        "account",
        "angry",
        "Jullie hebben de maandtermijn TWEE keer afgeschreven!!! Vandaag nog terugboeken naar [[ACCOUNT|=iban:NL]]. Belachelijk.",
    ),
    (
        "email",
        "hurried",
        "graag mijn mail wijzigen van [[EMAIL|m.vandam@hetnet.nl]] naar [[EMAIL|marieke.vandam@gmail.com]] thx",
    ),
    (
        "id",
        "typo",
        "hallo mijn bsn is [[ID|=bsn]], ik heb de jaaropgaaf nodig voor de belasting, mijn naam is [[PERSON|Bas Vermeulen]]",
    ),
    (
        "person",
        "hurried",
        "met [[PERSON|linda schouten]], moeder van noor uit groep 6, ze is ziek vandaag en komt niet",
    ),
    (
        "phone",
        "lines",
        "Hoi\ngraag mijn buurman bellen voor de bezorging\n[[PERSON|Kees van Leeuwen]]\n[[PHONE|=ph:NL:fix:intl]]\nhij neemt het pakket aan",
    ),
    (
        "credential",
        "angry",
        "Een nep-medewerker vroeg om mijn pincode en ik heb [[PIN|2946]] gezegd. Er is 900 euro weg! Mijn gebruikersnaam voor internetbankieren is [[USERNAME|gerritsen_a]]. Blokkeer alles METEEN.",
    ),
    (
        "dob",
        "polite",
        "Goedendag, op mijn zorgpas staat een verkeerde geboortedatum. De juiste is [[DOB|21-09-1994]]. Dank u, [[PERSON|Iris Koster]]",
    ),
    (
        "email",
        "polite",
        "Hallo, ik heb de boekingsbevestiging voor Lissabon niet ontvangen. Kunt u die naar [[EMAIL|familie.bos@outlook.com]] sturen? De reizigers zijn [[PERSON|Maarten Bos]] en [[PERSON|Ellen Bos]].",
    ),
    (
        "address",
        "typo",
        "hoi ik heb het verkeerde adres ingevult bij de bestelling, goede is [[ADDRESS|Vismarkt 3]] [[ADDRESS|9712 CA Groningen]], kan dat nog?",
    ),
    (
        "person",
        "polite",
        "Goedemiddag, ik schrijf namens mijn opa, [[PERSON|Cornelis de Graaf]], 89 jaar. Hij heeft een brief gekregen die hij niet begrijpt. Kunt u hem bellen op [[PHONE|=ph:NL:fix:nat]]?",
    ),
    (
        "account",
        "form",
        "Rekeninghouder: [[PERSON|Priscilla Wijnaldum]]\nIBAN: [[ACCOUNT|=iban:NL]]\nOmschrijving: terugbetaling bestelling 44091\nGraag het bedrag naar deze rekening overmaken.",
    ),
    (
        "card",
        "polite",
        "Goedemiddag, ik wil de opgeslagen creditcard wijzigen. De nieuwe is [[CARD|=card:4571:16:no]], vervaldatum 12/28. De oude eindigde op 5530. Bedankt!",
    ),
    (
        "phone",
        "typo",
        "hallo mijn numer is verandert, nieuwe is [[PHONE|=ph:NL:mob:raw]], graag noteren voor de afspraak met de monteur",
    ),
    (
        "person",
        "emoji",
        "hoii 😊 kan ik mijn vriend [[PERSON|Sem Janssens]] toevoegen als tweede bestuurder op de huurauto? dankjewel 🚗",
    ),
    (
        "credential",
        "lines",
        "Hallo,\nnieuwe docent kan niet inloggen\nGebruiker: [[USERNAME|r.vandijk]]\nWachtwoord: [[PASSWORD|Krijt&Bord8]]\nMail: [[EMAIL|r.vandijk@dalton-college.nl]]\ngraag checken",
    ),
    (
        "clean",
        "order",
        "Hallo, bestelling 9271-8830-2214 zou op 14 maart komen maar de track & trace zegt nog 'in behandeling'. Ik heb € 4,95 betaald voor snelle levering.",
    ),
    (
        "clean",
        "hotline",
        "Ik heb vandaag drie keer de klantenservice op 0800 0402 gebeld en steeds valt de verbinding weg. Is er een andere manier om de facturatie te bereiken? Het gaat om factuur 2024-60112.",
    ),
    (
        "clean",
        "booking",
        "Hallo, mijn boekingscode is R5WN8J voor de vlucht Amsterdam-Lissabon op 22 mei. Kan ik nog een koffer van 23 kg toevoegen en wat kost dat?",
    ),
    (
        "clean",
        "version",
        "De bankapp crasht bij het opstarten sinds versie 9.1.0, foutcode BA-2207. Ik heb een iPhone 14 met iOS 17.4. Komt er een oplossing?",
    ),
    (
        "clean",
        "product",
        "Hebben jullie de Philips Airfryer XXL HD9870/20 nog op voorraad? Online staat uitverkocht, misschien heeft de winkel in Eindhoven er nog een.",
    ),
    (
        "clean",
        "celebrity",
        "Is het shirt van Virgil van Dijk nog in maat M te krijgen? Het is voor de verjaardag van mijn neefje.",
    ),
    (
        "clean",
        "ticket",
        "Melding 551902 staat sinds vorige dinsdag open. Het Experia Box v10 modem verliest elke avond rond 20:00 de wifi. Graag opschalen.",
    ),
    (
        "clean",
        "price",
        "Waarom is mijn rekening van € 27,50 naar € 32,50 gegaan? Ik heb niets veranderd. De aangekondigde verhoging was € 2 vanaf juli.",
    ),
    (
        "clean",
        "delivery",
        "De levering stond gepland op donderdag 6 juni tussen 10 en 12 uur en er kwam niemand. PostNL barcode 3SABCD1234567. Heel vervelend.",
    ),
    (
        "clean",
        "school",
        "Wanneer begint de school weer na de meivakantie? De kalender zegt 6 mei, de nieuwsbrief 7 mei. Gaat het uitje van groep 7 naar het Rijksmuseum nog door?",
    ),
    (
        "clean",
        "brand",
        "Ik heb bij de MediaMarkt in Den Haag een Nespresso Vertuo gekocht en hij lekt. Moet ik bij jullie zijn of bij Nespresso zelf?",
    ),
    (
        "clean",
        "insurance",
        "Wat vergoedt de Aanvullend Goed polis voor fysiotherapie? Op de site staat 18 behandelingen, in de folder van 2023 staan er 12. Wat klopt?",
    ),
    (
        "clean",
        "flight",
        "Vlucht HV 6101 vanaf Eindhoven had op 3 augustus 4 uur vertraging. Heb ik recht op compensatie volgens EU-verordening 261/2004? Het kwam door personeelstekort.",
    ),
    (
        "clean",
        "repair",
        "De vaatwasser in het appartement geeft foutcode E24 en er blijft water in staan. Volgens het huurdersboekje moet ik het storingsnummer 088 900 1000 bellen, maar dat is in het weekend dicht.",
    ),
    (
        "clean",
        "city",
        "Bezorgen jullie ook op Texel en Terschelling? Ik verhuis in september naar Den Burg en wil vooraf meubels bestellen.",
    ),
    (
        "clean",
        "promo",
        "De kortingscode LENTE10 werkt niet, hij zegt 'ongeldig of verlopen'. In jullie mail van 2 april stond dat hij tot eind van de maand geldig is.",
    ),
    (
        "clean",
        "public",
        "Verkopen jullie nog het kookboek van Yvette van Boven? Ik kan het niet vinden op de site, het is een cadeau van zo'n 30 euro.",
    ),
    (
        "clean",
        "network",
        "Sinds zaterdag geen 4G in Nijmegen-Oost. Is er een storing? Op de storingspagina staat mast NMG-1184 in onderhoud tot 18:00 uur.",
    ),
]

PL: list[Row] = [
    (
        "person",
        "polite",
        "Dzień dobry, nazywam się [[PERSON|Agnieszka Wiśniewska]] i w zeszłym miesiącu się przeprowadziłam. Proszę zmienić mój adres na [[ADDRESS|ul. Długa 14/7]], [[ADDRESS|31-147 Kraków]]. Mój numer komórki to nadal [[PHONE|=ph:PL:mob:nat]]. Dziękuję!",
    ),
    (
        "account",
        "polite",
        "Dzień dobry, chciałbym zmienić rachunek do polecenia zapłaty. Nowy numer: [[ACCOUNT|=iban:PL]], właściciel [[PERSON|Tomasz Zieliński]]. Mój numer klienta to 80012734. Pozdrawiam.",
    ),
    (
        "credential",
        "hurried",
        "nie moge sie zalogowac, login [[USERNAME|kasia_nowak92]] haslo [[PASSWORD|Kotek!2992]] a mail z resetem nie dochodzi na [[EMAIL|kasia.nowak92@wp.pl]]",
    ),
    (
        "id",
        "form",
        "Imię i nazwisko: [[PERSON|Paweł Kamiński]]\nData urodzenia: [[DOB|12.03.1984]]\nPESEL: [[ID|=pesel]]\nSprawa: zaświadczenie o składkach do urzędu skarbowego",
    ),
    (
        "phone",
        "angry",
        "Czekam już TRZY tygodnie na oddzwonienie pod [[PHONE|=ph:PL:mob:intl]]!!! Numer umowy 22-9910374. To skandal.",
    ),
    (
        "email",
        "polite",
        "Szanowni Państwo, proszę o przesłanie faktury do zamówienia 7719208 na mój adres służbowy [[EMAIL|m.lewandowska@kancelaria-lewandowska.pl]]. Z poważaniem, [[PERSON|Magdalena Lewandowska]]",
    ),
    (
        "address",
        "noaccent",
        "Dzien dobry, prosze dostarczyc paczke do pracy: [[PERSON|Lukasz Wojcik]], [[ADDRESS|ul. Marszalkowska 104/122]], [[ADDRESS|00-017 Warszawa]]. W domu nikogo nie ma w dzien.",
    ),
    (
        "card",
        "hurried",
        "platnosc nie przechodzi, karta [[CARD|=card:4056:16:sp]] wazna do 11/26 na [[PERSON|Marta Kaczmarek]], zablokowaliscie ja?",
    ),
    (
        "person",
        "signature",
        "Dzień dobry,\n\nod poniedziałku nie działa piecyk gazowy w mieszkaniu. Czy mogą Państwo przysłać fachowca?\n\nPozdrawiam\n--\n[[PERSON|Anna Kowalska]]\n[[ADDRESS|ul. Piotrkowska 86 m. 12]]\n[[ADDRESS|90-103 Łódź]]\ntel. [[PHONE|=ph:PL:fix:nat]]",
    ),
    (
        "id",
        "polite",
        "Dzień dobry, do ubezpieczenia zdrowotnego podaję dane: [[PERSON|Oleksandr Kovalenko]], urodzony [[DOB|4 lipca 1988]], PESEL [[ID|=pesel]]. Czy czegoś brakuje?",
    ),
    (
        "email",
        "forward",
        "Od: [[PERSON|Joanna Mazur]] <[[EMAIL|joanna.mazur@onet.pl]]>\nWysłano: wtorek 10:21\nTemat: PD: zwrot\n\nPrzesyłam ponownie mojego maila, zwrot za odwołany lot LO 3921 nadal nie dotarł.",
    ),
    (
        "account",
        "lines",
        "Dzień dobry,\nproszę zwrócić kaucję na konto:\n[[ACCOUNT|=iban:PL:raw]]\nwłaściciel: [[PERSON|Krzysztof Dąbrowski]]\nKlucze oddałem 30.06.\nDzięki",
    ),
    (
        "credential",
        "polite",
        "Dzień dobry, założyłam konto w dzienniku elektronicznym dla córki. Login [[USERNAME|zuzia.wrobel09]], hasło [[PASSWORD|Motylek#0909]]. Nie może się zalogować, mogą Państwo sprawdzić?",
    ),
    (
        "dob",
        "form",
        "Imię: [[PERSON|Halina]]\nNazwisko: [[PERSON|Szymańska]]\nData ur.: [[DOB|07.10.1945]]\nAdres: [[ADDRESS|ul. Ogrodowa 3]], [[ADDRESS|80-837 Gdańsk]]\nProśba: upoważnienie dla syna",
    ),
    (
        "phone",
        "emoji",
        "nowy numer 📱 [[PHONE|=ph:PL:mob:nat]] prosze zmienic w umowie 🙏 stary juz nieaktywny. umowa na [[PERSON|Natalia Pawlak]]",
    ),
    (
        "person",
        "angry",
        "Wasz kurier zostawił paczkę pod drzwiami i zniknęła! Nazywam się [[PERSON|Grzegorz Michalski]], [[ADDRESS|ul. Słowackiego 21]], i żądam natychmiastowego zwrotu pieniędzy.",
    ),
    (
        "address",
        "polite",
        "Dzień dobry, w moim mieszkaniu przy [[ADDRESS|ul. Świętojańskiej 55/3]], [[ADDRESS|81-391 Gdynia]] od wczoraj cieknie woda z sufitu. Proszę pilnie oddzwonić: [[PHONE|=ph:PL:mob:nat]].",
    ),
    (
        "account",
        "angry",
        "Pobraliście abonament DWA razy!!! Zwrot na [[ACCOUNT|=iban:PL]] jeszcze dziś. Skandal.",
    ),
    (
        "email",
        "hurried",
        "zmiencie mi maila z [[EMAIL|piotr.k1980@interia.pl]] na [[EMAIL|piotr.krawczyk@gmail.com]] dzieki",
    ),
    (
        "id",
        "typo",
        "dzien dobry moj pesel to [[ID|=pesel]], potrzebuje zaswiadczenia do zeznania podatkowego, nazywam sie [[PERSON|Robert Jabłonski]]",
    ),
    (
        "person",
        "hurried",
        "tu [[PERSON|ewelina sikora]], mama kuby z 2c, kuba jest dzis chory i nie przyjdzie",
    ),
    (
        "phone",
        "lines",
        "Dzień dobry\nproszę dzwonić do sąsiada w sprawie dostawy\n[[PERSON|Zbigniew Baran]]\n[[PHONE|=ph:PL:fix:intl]]\non odbierze paczkę",
    ),
    (
        "credential",
        "angry",
        "Fałszywy konsultant zapytał o PIN i podałam [[PIN|5207]]. Zniknęło 2000 zł! Mój login do bankowości to [[USERNAME|82736451]]. Zablokujcie wszystko NATYCHMIAST.",
    ),
    (
        "dob",
        "polite",
        "Dzień dobry, w systemie mam złą datę urodzenia. Prawidłowa to [[DOB|18.05.1991]]. Dziękuję, [[PERSON|Dorota Zawadzka]]",
    ),
    (
        "email",
        "polite",
        "Dzień dobry, nie dostałem potwierdzenia rezerwacji do Barcelony. Czy mogą Państwo wysłać je na [[EMAIL|rodzina.wojciechowscy@gmail.com]]? Pasażerowie to [[PERSON|Marek Wojciechowski]] i [[PERSON|Beata Wojciechowska]].",
    ),
    (
        "address",
        "typo",
        "dzien dobry podałam zły adres w zamowieniu, dobry to [[ADDRESS|ul. Mickiewicza 8a/4]] [[ADDRESS|60-834 Poznan]], da sie jeszcze zmienic?",
    ),
    (
        "person",
        "polite",
        "Dzień dobry, piszę w imieniu dziadka, [[PERSON|Stanisław Górski]], 90 lat. Dostał list, którego nie rozumie. Czy mogą Państwo do niego zadzwonić na [[PHONE|=ph:PL:fix:nat]]?",
    ),
    (
        "account",
        "form",
        "Właściciel rachunku: [[PERSON|Bartosz Król]]\nNumer konta: [[ACCOUNT|=iban:PL]]\nTytuł: zwrot za zamówienie 33018\nProszę o przelew na to konto.",
    ),
    (
        "card",
        "polite",
        "Dzień dobry, chcę zmienić zapisaną kartę. Nowa to [[CARD|=card:5375:16:no]], ważna do 08/29. Stara kończyła się na 1184. Dziękuję!",
    ),
    (
        "phone",
        "typo",
        "dzien dobry zmienilem numer, nowy to [[PHONE|=ph:PL:mob:raw]], prosze zapisac na wizyte technika",
    ),
    (
        "person",
        "emoji",
        "hejka 😊 moge dopisac chlopaka [[PERSON|Jakub Wróblewski]] jako drugiego kierowcę do wynajmu? dzieki 🚗",
    ),
    (
        "credential",
        "lines",
        "Dzień dobry,\nnowa nauczycielka nie może się zalogować\nLogin: [[USERNAME|k.adamczyk]]\nHasło: [[PASSWORD|Kreda&Tablica4]]\nMail: [[EMAIL|k.adamczyk@sp12.edu.pl]]\nproszę sprawdzić",
    ),
    (
        "clean",
        "order",
        "Dzień dobry, zamówienie 188-4491022-3317 miało dotrzeć 14 marca, a śledzenie dalej pokazuje 'w przygotowaniu'. Zapłaciłam 14,99 zł za ekspres.",
    ),
    (
        "clean",
        "hotline",
        "Dzwoniłem dziś trzy razy na infolinię 801 300 800 i za każdym razem się rozłącza. Jest inny sposób, żeby skontaktować się z działem faktur? Chodzi o fakturę FV/2024/08812.",
    ),
    (
        "clean",
        "booking",
        "Dzień dobry, mój kod rezerwacji to P3XV7K na lot Warszawa-Lizbona 22 maja. Czy mogę dokupić bagaż 23 kg i ile to kosztuje?",
    ),
    (
        "clean",
        "version",
        "Aplikacja banku wywala się przy starcie od wersji 3.41.2, kod błędu BLK-503. Mam Motorolę g84 z Androidem 14. Będzie poprawka?",
    ),
    (
        "clean",
        "product",
        "Czy jest jeszcze pralka Samsung WW90T534DAW w kolorze białym? Na stronie niedostępna, może sklep we Wrocławiu ma.",
    ),
    (
        "clean",
        "celebrity",
        "Czy jest jeszcze koszulka Igi Świątek w rozmiarze S? To prezent na urodziny siostrzenicy.",
    ),
    (
        "clean",
        "ticket",
        "Zgłoszenie 774102 jest otwarte od zeszłego wtorku. Router Funbox 6 traci wifi codziennie około 20:00. Proszę o eskalację.",
    ),
    (
        "clean",
        "price",
        "Dlaczego rachunek wzrósł z 59,99 zł do 69,99 zł? Niczego nie zmieniałem. Zapowiadana podwyżka to 5 zł od lipca.",
    ),
    (
        "clean",
        "delivery",
        "Dostawa miała być w czwartek 6 czerwca między 10 a 12 i nikt nie przyjechał. Numer przesyłki InPost 602118450012345678901234. Bardzo irytujące.",
    ),
    (
        "clean",
        "school",
        "Kiedy zaczynają się lekcje po feriach wielkanocnych? W kalendarzu jest 15 kwietnia, a w ogłoszeniu 16. Czy wycieczka 5b do Centrum Nauki Kopernik jest aktualna?",
    ),
    (
        "clean",
        "brand",
        "Kupiłam Thermomix w Media Expert w Katowicach i pokrywa się nie domyka. Mam to zgłosić u Was czy w Vorwerku?",
    ),
    (
        "clean",
        "insurance",
        "Co obejmuje pakiet Komfort w zakresie stomatologii? Na stronie jest 800 zł rocznie, w ulotce z 2023 roku 600 zł. Co jest aktualne?",
    ),
    (
        "clean",
        "flight",
        "Lot W6 1305 z Katowic miał 3 sierpnia 4 godziny opóźnienia. Czy należy mi się odszkodowanie z rozporządzenia 261/2004? Zabrakło załogi.",
    ),
    (
        "clean",
        "repair",
        "Zmywarka w mieszkaniu pokazuje błąd E15 i zostaje w niej woda. W regulaminie jest numer pogotowia technicznego 22 500 10 10, ale w weekend nie odbierają.",
    ),
    (
        "clean",
        "city",
        "Czy wysyłacie na Hel i do Zakopanego? We wrześniu przeprowadzam się do Zakopanego i chcę wcześniej zamówić meble.",
    ),
    (
        "clean",
        "promo",
        "Kod rabatowy WIOSNA20 nie działa, pokazuje się 'nieprawidłowy lub wygasły'. W mailu z 2 kwietnia było napisane, że ważny do końca miesiąca.",
    ),
    (
        "clean",
        "public",
        "Czy macie jeszcze książkę kucharską Magdy Gessler? Nie mogę jej znaleźć na stronie, to prezent za około 60 zł.",
    ),
    (
        "clean",
        "network",
        "Od soboty nie ma zasięgu LTE na Mokotowie. Jest awaria? Na stronie z awariami stacja WAW-5521 jest w konserwacji do 18:00.",
    ),
]

LANG_ROWS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    return probe_templates.checked_rows(
        "p14",
        LANG_ROWS,
        render,
        short=probe_templates.SHORT,
        category_of=probe_templates.CATEGORY,
        per_language=50,
        clean=18,
    )


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
