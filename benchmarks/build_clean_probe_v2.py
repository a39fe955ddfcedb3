"""Build `benchmarks/data/clean_probe_v2.jsonl`: clean chat nobody tuned on, second set.

    python benchmarks/build_clean_probe_v2.py   # rewrites the file (deterministic)

Two parts, every line read by hand before any detector ran on the set (branch clean2):

1. `hand`: ~40 support-chat messages per language (en, de, fr, es, it, nl, pl), written for
   this set, of the kinds v1 did not stress: products and brands with capitals
   (`product`), shops by city and street, streets named after people included
   (`store_place`), titles of films, books and songs (`title`), sport teams (`sport_team`),
   weekdays, months and holidays, often capitalised (`calendar`), German capitalised nouns
   (`noun_de`), Dutch and Polish inflected words (`inflected`), "Herr/Frau/Monsieur/Pani" +
   a role, no name (`role_greeting`), error messages, code, paths, versions, commit
   hashes, order UUIDs (`tech`), prices, order, invoice and tracking numbers, dates, times,
   flight numbers (`numbers`), and public figures (`public_figure`, counted apart).
2. `chatterbot`: 45 lines per language drawn with a fixed seed from `chatterbot-corpus`
   1.3.3 (PyPI; BSD-3-Clause, by Gunther Cox; en, de, fr, es, it, nl; it has no Polish),
   20-220 characters, distinct. Caveat: `benchmarks/probe_lexicon.py` has read every line
   of this corpus as a clean-chat probe since the lexicon rule, so these lines are not
   unseen by earlier tuning (the hand part is). Lines naming a public figure or a
   fictional character are kind `public_figure`. Two drawn lines address a private person
   by name ("Hi Mrs. Smith, how has your husband been?", "Hallo mevrouw Smit, ...") and
   are left out (`EXCLUDED`): the set holds no personal data.
"""

# ruff: noqa: E501  (HAND holds whole messages, one per line)
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "data" / "clean_probe_v2.jsonl"
CORPUS = {"english": "en", "german": "de", "french": "fr", "spanish": "es", "italian": "it",
          "dutch": "nl"}  # fmt: skip
SEED = 20261206
PER_LANG = 45

EXCLUDED = {
    "Hi Mrs. Smith, how has your husband been?",
    "Hallo mevrouw Smit, hoe gaat het met uw man?",
}
# chatterbot lines that name a public figure or a fictional character (read by hand)
PUBLIC = {
    "Samuel Tilden, Grover Cleveland, Al Gore and Hillary Clinton share what distinction "
    "among U.S. presidential candidates?",
    "The Hobbit was written by J.R.R. Tolkein.",
    "Who created the alien rock superstar Ziggy Stardust?",
    "Wer ist David Tennent?",
    "Eigentlich ist mir das egal. Ich schaue einfach alles mit David Tennent oder Sarah "
    "Michelle Gellar.",
    "En quelle annee le president John F. Kennedy a t-il ete assasine?",
    "En quelle annee le president John F. Kennedy a ete assasine?",
    "¿Has estado hablando con ELIZA otra vez?",
    "Sì, Marx aveva fatto alcune osservazioni interessanti.",
    "Moeilijke vraag! Sommigen zeggen Beethoven, anderen Beyoncé. Wie kies jij?",
    "Cleopatra leefde dichter bij de uitvinding van de iPhone dan bij de bouw van de "
    "piramides.",
    "Heb je Homerus gelezen?",
}

HAND = r"""
en|product|Does the Dyson V15 Detect work with the older wall mount?
en|product|My Apple Watch Series 9 won't pair with the iPhone 15 Pro after the update.
en|product|Is the Nespresso Vertuo Next compatible with the Original capsules?
en|product|I ordered the Logitech MX Master 3S but received the MX Anywhere 3 instead.
en|product|Can I use a Brita Maxtra filter in the Marella jug?
en|store_place|Is the store on Oxford Street in London open on Sunday?
en|store_place|I picked it up at your Manchester Arndale branch but the box was damaged.
en|store_place|Do you have a pickup point near King's Cross station?
en|store_place|The Walmart on Main Street in Springfield said they can't process returns from the website.
en|store_place|Can I return it at the IKEA in Wembley instead of by post?
en|public_figure|Do you still sell the Michelle Obama memoir in hardcover?
en|public_figure|Is the Gordon Ramsay cookware set back in stock?
en|public_figure|I want the poster with Lionel Messi from the World Cup final.
en|title|Is The Lord of the Rings extended edition available on Blu-ray?
en|title|The download of the Harry Potter and the Philosopher's Stone audiobook stops at chapter 4.
en|title|I can't find Bohemian Rhapsody in the playlist after the sync.
en|title|Is Oppenheimer included in the Premium plan or is it a rental?
en|sport_team|Do you ship Manchester United home kits to Ireland?
en|sport_team|The Chicago Bulls cap I ordered came in the wrong size.
en|sport_team|Will the Arsenal vs Chelsea match be streamed in the app?
en|calendar|Can the technician come on Tuesday morning instead of Monday?
en|calendar|My subscription renews every January, can I switch it to March?
en|calendar|You are closed on Christmas Day and Boxing Day, right?
en|calendar|Please deliver after Friday, I'm away until Thursday evening.
en|role_greeting|Dear Sir or Madam, I would like to cancel my contract.
en|role_greeting|Hello Mr. Manager, the driver left the parcel in the rain.
en|role_greeting|Dear Customer Service Team, thank you for the quick refund.
en|role_greeting|Hi Doctor, is the clinic open on bank holidays?
en|tech|I get 'Error 0x80070005: Access is denied' when installing the driver.
en|tech|The app crashes with java.lang.NullPointerException at com.shop.cart.CartView.onResume(CartView.java:142).
en|tech|After upgrading to version 4.12.3 the export to C:\Users\Public\Documents\reports fails.
en|tech|The build fails at commit 9f3c2ab7e41d, can you roll back to v2.7.0?
en|tech|My order id is 3f2b8c1e-7d4a-4e6b-9a10-5c8e2f1d7b34, the status says pending.
en|tech|Running `pip install requests==2.31.0` gives SSL: CERTIFICATE_VERIFY_FAILED.
en|tech|The config file /etc/nginx/sites-available/default returns 502 Bad Gateway.
en|numbers|The invoice INV-2024-00817 says £149.99 but I paid £129.99.
en|numbers|Tracking number 1Z999AA10123456784 hasn't moved since 14 March.
en|numbers|Order 5512-8834-1190 was supposed to arrive on 03/04/2025 between 9:00 and 13:00.
en|numbers|I was charged twice, $24.50 on the 2nd and again on the 5th.
en|numbers|Can you split the payment into 3 installments of 33.33 EUR?
de|product|Passt der Akku vom Bosch Professional GSR 18V auch in den Makita-Schrauber?
de|product|Meine Miele Waschmaschine zeigt nach dem Schleudern die Meldung Zulauf prüfen.
de|product|Ist der Thermomix TM6 mit dem alten Varoma kompatibel?
de|product|Die Kaffeemaschine von De'Longhi fehlt noch, das Zubehör kam aber schon.
de|product|Gibt es die Tchibo Kaffeekapseln auch im Abo?
de|store_place|Hat die Filiale in der Königsallee in Düsseldorf am Samstag geöffnet?
de|store_place|Kann ich die Ware im Laden am Alexanderplatz zurückgeben?
de|store_place|Gibt es das Produkt auch bei Müller in der Filiale in Nürnberg?
de|store_place|Die Packstation in der Goethestraße in Leipzig ist voll, wohin geht das Paket jetzt?
de|store_place|Ist der Markt an der Karl-Marx-Allee noch geöffnet oder umgezogen?
de|public_figure|Habt ihr die Biografie von Angela Merkel als Hörbuch?
de|public_figure|Ich suche das Trikot von Thomas Müller in Größe M.
de|public_figure|Ist das Konzert von Helene Fischer in der App noch verfügbar?
de|title|Läuft Das Boot noch in der Mediathek oder ist die Serie weg?
de|title|Das Hörbuch Der Vorleser bricht nach Kapitel 3 ab.
de|title|Kann ich Die Verwandlung als E-Book kaufen?
de|title|Der Film Lola rennt wird mir ohne Untertitel angezeigt.
de|sport_team|Verschickt ihr die Trikots von Borussia Dortmund auch nach Österreich?
de|sport_team|Ich habe den Schal vom FC Bayern München bestellt, aber einen von Schalke bekommen.
de|sport_team|Wird das Spiel Werder Bremen gegen Hertha BSC in der App übertragen?
de|calendar|Kann der Techniker am Dienstag statt am Montag kommen?
de|calendar|Mein Vertrag läuft im Oktober aus, kann ich ihn bis Dezember verlängern?
de|calendar|Habt ihr an Heiligabend und Silvester normale Öffnungszeiten?
de|calendar|Bitte erst ab Freitag liefern, ich bin bis Donnerstagabend verreist.
de|noun_de|Die Rechnung enthält eine Gebühr für Versand, obwohl ich Abholung gewählt habe.
de|noun_de|Der Drucker meldet Papierstau, aber im Fach ist kein Papier.
de|noun_de|Mein Kühlschrank macht seit der Reparatur ein lautes Brummen.
de|noun_de|Die Bestellung kam ohne Lieferschein und ohne Garantiekarte.
de|noun_de|Wo finde ich die Bedienungsanleitung für die Spülmaschine?
de|noun_de|Nach dem Umzug funktioniert der Router nicht mehr, Kabel und Stecker sind richtig.
de|role_greeting|Sehr geehrte Damen und Herren, ich möchte meinen Vertrag kündigen.
de|role_greeting|Hallo Herr Kundenbetreuer, das Paket lag im Regen vor der Tür.
de|role_greeting|Sehr geehrte Frau Filialleiterin, vielen Dank für die schnelle Hilfe.
de|role_greeting|Guten Tag Herr Doktor, ist die Praxis zwischen den Feiertagen geöffnet?
de|tech|Beim Start kommt 'Fehler 0x80070005: Zugriff verweigert', was tun?
de|tech|Nach dem Update auf Version 3.8.1 stürzt die App mit NullPointerException ab.
de|tech|Der Export nach C:\Benutzer\Öffentlich\Dokumente\Berichte schlägt fehl.
de|tech|Meine Bestellnummer ist 7c9e6679-7425-40de-944b-e07fc1f90ae7, Status: in Bearbeitung.
de|numbers|Die Sendungsnummer 00340434161094042557 bewegt sich seit dem 12. März nicht.
de|numbers|Auf der Rechnung RE-2024-1187 stehen 89,90 € statt 79,90 €.
de|numbers|Der Termin am 03.04.2025 zwischen 8:00 und 12:00 Uhr passt mir nicht.
de|numbers|Bestellung 40018823 wurde doppelt abgebucht, je 24,99 Euro.
fr|product|Est-ce que le Dyson V15 Detect fonctionne avec l'ancien support mural ?
fr|product|Mon lave-vaisselle Bosch Série 6 affiche le code E24 après chaque lavage.
fr|product|Le Thermomix TM6 est-il compatible avec l'ancien Varoma ?
fr|product|J'ai commandé une Freebox Pop mais j'ai reçu la Freebox Révolution.
fr|product|Les capsules Nespresso Vertuo sont-elles disponibles en abonnement ?
fr|store_place|Le magasin de la rue de Rivoli à Paris est-il ouvert le dimanche ?
fr|store_place|Puis-je retourner l'article à la Fnac des Halles ?
fr|store_place|Le point relais avenue Jean Jaurès à Lyon est fermé, où va mon colis ?
fr|store_place|Y a-t-il un Decathlon près de la gare de Lille-Flandres ?
fr|store_place|Le Carrefour du boulevard Victor Hugo à Nice fait-il le retrait en magasin ?
fr|public_figure|Avez-vous la biographie de Simone Veil en poche ?
fr|public_figure|Je cherche le maillot de Kylian Mbappé en taille M.
fr|public_figure|Le concert de Céline Dion est-il encore disponible en replay ?
fr|title|Le Petit Prince est-il disponible en livre audio ?
fr|title|Le film Intouchables s'affiche sans sous-titres sur ma télé.
fr|title|La chanson La Vie en rose n'apparaît plus dans ma playlist.
fr|title|Est-ce que Les Misérables en édition collector est encore en stock ?
fr|sport_team|Livrez-vous les maillots du Paris Saint-Germain en Belgique ?
fr|sport_team|J'ai commandé l'écharpe de l'Olympique de Marseille mais j'ai reçu celle de Lyon.
fr|sport_team|Le match Stade Rennais contre LOSC sera-t-il diffusé dans l'appli ?
fr|calendar|Le technicien peut-il venir mardi au lieu de lundi ?
fr|calendar|Mon abonnement se renouvelle en Janvier, puis-je le décaler à Mars ?
fr|calendar|Êtes-vous ouverts le Lundi de Pâques et le 14 Juillet ?
fr|calendar|Merci de livrer après Vendredi, je suis absent jusqu'à Jeudi soir.
fr|role_greeting|Madame, Monsieur, je souhaite résilier mon contrat.
fr|role_greeting|Bonjour Monsieur le Directeur, le livreur a laissé le colis sous la pluie.
fr|role_greeting|Chère Madame la Responsable, merci pour le remboursement rapide.
fr|role_greeting|Bonjour Docteur, le cabinet est-il ouvert pendant les vacances ?
fr|tech|J'ai l'erreur 'Erreur 0x80070005 : accès refusé' à l'installation du pilote.
fr|tech|Après la mise à jour vers la version 5.2.0 l'appli plante avec NullPointerException.
fr|tech|L'export vers /home/utilisateur/Documents/rapports échoue avec Permission denied.
fr|tech|Le build échoue au commit a1b2c3d4e5f6, pouvez-vous revenir à la v1.9.4 ?
fr|tech|Mon numéro de commande est 1b4e28ba-2fa1-11d2-883f-0016d3cca427.
fr|numbers|Le numéro de suivi 6A12345678901 n'a pas bougé depuis le 12 mars.
fr|numbers|La facture FA-2024-0456 indique 149,99 € au lieu de 129,99 €.
fr|numbers|La commande 88412390 devait arriver le 03/04/2025 entre 8h et 12h.
fr|numbers|On m'a prélevé deux fois 24,50 €, le 2 et le 5 du mois.
fr|numbers|Puis-je payer en 3 fois sans frais pour 299 € ?
fr|numbers|Le code promo NOEL2024 ne fonctionne pas sur le panier de 75 €.
fr|numbers|Le vol AF 1180 est annoncé à 18h45 au terminal 2E, mon bagage est-il transféré ?
es|product|¿La Thermomix TM6 es compatible con el Varoma antiguo?
es|product|Mi lavadora Balay muestra el error E18 después del centrifugado.
es|product|Pedí un Samsung Galaxy A54 y me llegó el A34.
es|product|¿Las cápsulas Dolce Gusto sirven para la cafetera Krups Piccolo?
es|product|¿Tenéis el Roomba i7 de iRobot con la base de vaciado?
es|store_place|¿La tienda de la calle Serrano en Madrid abre los domingos?
es|store_place|¿Puedo devolverlo en El Corte Inglés de Plaza de Cataluña?
es|store_place|El punto de recogida en la avenida Diagonal de Barcelona está cerrado.
es|store_place|¿Hay un Mercadona cerca de la estación de Atocha?
es|store_place|¿La tienda de la calle Alfonso XII hace recogida en tienda?
es|public_figure|¿Tenéis la biografía de Rafa Nadal en tapa dura?
es|public_figure|Busco la camiseta de Lamine Yamal en talla M.
es|public_figure|¿El concierto de Rosalía sigue disponible en la app?
es|title|¿Cien años de soledad está disponible como audiolibro?
es|title|La película Mujeres al borde de un ataque de nervios se ve sin subtítulos.
es|title|La canción Despacito ya no aparece en mi lista.
es|title|¿Queda stock de Don Quijote de la Mancha en edición de bolsillo?
es|sport_team|¿Enviáis camisetas del Real Madrid a Portugal?
es|sport_team|Pedí la bufanda del Atlético de Madrid y me llegó una del Betis.
es|sport_team|¿Se podrá ver el partido Sevilla contra Valencia en la aplicación?
es|calendar|¿Puede venir el técnico el Martes en vez del Lunes?
es|calendar|Mi suscripción se renueva en enero, ¿puedo cambiarla a marzo?
es|calendar|¿Abrís el Jueves Santo y el día de Reyes?
es|calendar|Por favor, entregad después del viernes, estoy fuera hasta el jueves por la noche.
es|role_greeting|Estimados señores, quisiera dar de baja mi contrato.
es|role_greeting|Buenos días señor encargado, el repartidor dejó el paquete bajo la lluvia.
es|role_greeting|Estimada señora directora, gracias por el reembolso tan rápido.
es|role_greeting|Hola doctora, ¿la consulta abre en Semana Santa?
es|tech|Al instalar el controlador sale 'Error 0x80070005: acceso denegado'.
es|tech|Tras actualizar a la versión 7.4.2 la app se cierra con un NullPointerException.
es|tech|La exportación a C:\Usuarios\Público\Documentos falla sin mensaje.
es|tech|El despliegue falla en el commit e83c5163316f, ¿podéis volver a la v3.1.0?
es|tech|Mi número de pedido es 550e8400-e29b-41d4-a716-446655440000.
es|numbers|El número de seguimiento PQ4F6P0234567890128001A no se mueve desde el 12 de marzo.
es|numbers|La factura F-2024-0917 pone 149,99 € en vez de 129,99 €.
es|numbers|El pedido 30021457 debía llegar el 03/04/2025 entre las 9:00 y las 14:00.
es|numbers|Me habéis cobrado dos veces 24,50 €, el día 2 y el día 5.
es|numbers|¿Puedo pagar en 3 plazos sin intereses los 299 €?
es|numbers|El vuelo IB 3170 sale a las 18:45 de la terminal 4, ¿facturo allí la maleta?
es|numbers|El código de descuento VERANO25 no funciona con un carrito de 80 €.
it|product|Il Bimby TM6 è compatibile con il vecchio Varoma?
it|product|La mia lavatrice Candy mostra l'errore E03 dopo la centrifuga.
it|product|Avevo prenotato una Fiat Panda a noleggio ma mi hanno dato una Lancia Ypsilon.
it|product|Le capsule Lavazza A Modo Mio vanno bene per la macchina Smeg?
it|product|Avete il Roomba i7 con la base di svuotamento?
it|store_place|Il negozio di via del Corso a Roma è aperto la domenica?
it|store_place|Posso restituire l'articolo alla Feltrinelli di piazza Duomo?
it|store_place|Il punto di ritiro in corso Vittorio Emanuele a Milano è chiuso.
it|store_place|C'è un'Esselunga vicino alla stazione di Bologna Centrale?
it|store_place|Il negozio in via Giuseppe Garibaldi a Torino fa il ritiro in negozio?
it|public_figure|Avete la biografia di Rita Levi-Montalcini in edizione tascabile?
it|public_figure|Cerco la maglia di Francesco Totti taglia M.
it|public_figure|Il concerto di Laura Pausini è ancora disponibile nell'app?
it|title|Il nome della rosa è disponibile come audiolibro?
it|title|Il film La vita è bella si vede senza sottotitoli.
it|title|La canzone Volare non compare più nella mia playlist.
it|title|È ancora disponibile I promessi sposi in edizione economica?
it|sport_team|Spedite le maglie della Juventus in Svizzera?
it|sport_team|Ho ordinato la sciarpa dell'Inter ma mi è arrivata quella del Milan.
it|sport_team|La partita Napoli contro Lazio sarà trasmessa nell'app?
it|calendar|Il tecnico può venire Martedì invece che Lunedì?
it|calendar|Il mio abbonamento si rinnova a Gennaio, posso spostarlo a Marzo?
it|calendar|Siete aperti a Ferragosto e il giorno di Santo Stefano?
it|calendar|Per favore consegnate dopo venerdì, sono via fino a giovedì sera.
it|role_greeting|Gentili Signori, vorrei disdire il mio contratto.
it|role_greeting|Buongiorno signor direttore, il corriere ha lasciato il pacco sotto la pioggia.
it|role_greeting|Gentile dottoressa, lo studio è aperto durante le feste?
it|role_greeting|Egregio Signor Responsabile, grazie per il rimborso rapido.
it|tech|Durante l'installazione compare 'Errore 0x80070005: accesso negato'.
it|tech|Dopo l'aggiornamento alla versione 2.15.0 l'app si chiude con NullPointerException.
it|tech|L'esportazione in /Users/Shared/Documenti/report non riesce.
it|tech|La build fallisce al commit 4b825dc642cb, potete tornare alla v6.0.2?
it|tech|Il mio numero d'ordine è 123e4567-e89b-12d3-a456-426614174000.
it|numbers|Il codice di tracciamento RR123456785IT è fermo dal 12 marzo.
it|numbers|La fattura FT-2024-0311 riporta 149,99 € invece di 129,99 €.
it|numbers|L'ordine 77120045 doveva arrivare il 03/04/2025 tra le 9:00 e le 13:00.
it|numbers|Mi avete addebitato due volte 24,50 €, il 2 e il 5 del mese.
it|numbers|Posso pagare in 3 rate senza interessi i 299 €?
it|numbers|Il volo AZ 1780 parte alle 18:45 dal terminal 1, il bagaglio viene trasferito?
it|numbers|Il codice sconto ESTATE25 non funziona con un carrello da 80 €.
nl|product|Is de Philips Airfryer XXL geschikt voor de oude bakplaat?
nl|product|Mijn Miele-wasmachine geeft foutcode F53 na het centrifugeren.
nl|product|Ik heb een Fairphone 5 besteld maar kreeg een Fairphone 4.
nl|product|Passen de Senseo-pads in de nieuwe Senseo Switch?
nl|product|Hebben jullie de Gazelle Ultimate C380 nog in maat 57?
nl|store_place|Is de winkel in de Kalverstraat in Amsterdam op zondag open?
nl|store_place|Kan ik het artikel terugbrengen bij de Bijenkorf op de Coolsingel?
nl|store_place|Het afhaalpunt op de Willem de Zwijgerlaan in Den Haag is dicht.
nl|store_place|Is er een Albert Heijn bij station Utrecht Centraal?
nl|store_place|Doet de HEMA aan de Grote Markt in Groningen ook afhalen?
nl|public_figure|Hebben jullie de biografie van Johan Cruijff als e-book?
nl|public_figure|Ik zoek het shirt van Virgil van Dijk in maat M.
nl|public_figure|Is het concert van André Hazes nog terug te kijken in de app?
nl|title|Is Het Achterhuis verkrijgbaar als luisterboek?
nl|title|De film Soldaat van Oranje wordt zonder ondertitels afgespeeld.
nl|title|Het nummer Zij gelooft in mij staat niet meer in mijn afspeellijst.
nl|title|Is De avonden nog op voorraad in de goedkope editie?
nl|sport_team|Versturen jullie Ajax-shirts ook naar België?
nl|sport_team|Ik bestelde een sjaal van Feyenoord maar kreeg er een van PSV.
nl|sport_team|Wordt de wedstrijd AZ tegen FC Utrecht uitgezonden in de app?
nl|calendar|Kan de monteur dinsdag komen in plaats van maandag?
nl|calendar|Mijn abonnement verlengt in Januari, kan dat naar Maart?
nl|calendar|Zijn jullie open op Koningsdag en Tweede Kerstdag?
nl|calendar|Graag pas na Vrijdag bezorgen, ik ben tot Donderdagavond weg.
nl|inflected|De bezorger heeft de pakketjes bij de buren afgegeven zonder te bellen.
nl|inflected|Waarom zijn de verzendkosten hoger geworden sinds de laatste bestelling?
nl|inflected|Ik heb twee keer betaald voor dezelfde bestelling, kunt u dat terugstorten?
nl|inflected|Mijn oplader werkt niet meer, de stekker is gesmolten.
nl|role_greeting|Geachte heer/mevrouw, ik wil mijn contract opzeggen.
nl|role_greeting|Beste klantenservice, bedankt voor de snelle terugbetaling.
nl|role_greeting|Goedemiddag meneer de bedrijfsleider, het pakket lag in de regen.
nl|role_greeting|Dag dokter, is de praktijk open tussen Kerst en Oud en Nieuw?
nl|tech|Bij het installeren krijg ik 'Fout 0x80070005: toegang geweigerd'.
nl|tech|Na de update naar versie 10.3.1 crasht de app met een NullPointerException.
nl|tech|Het exporteren naar C:\Gebruikers\Openbaar\Documenten mislukt.
nl|tech|Mijn bestelnummer is 9b2d7f30-41c6-4a8e-b5d2-1f0e3c7a6d19.
nl|numbers|Het trackingnummer 3SABCD123456789 staat sinds 12 maart stil.
nl|numbers|Op factuur F2024-0877 staat € 149,99 in plaats van € 129,99.
nl|numbers|Bestelling 60017734 zou op 03-04-2025 tussen 9:00 en 13:00 komen.
nl|numbers|Er is twee keer € 24,50 afgeschreven, op de 2e en de 5e.
pl|product|Czy Thermomix TM6 jest kompatybilny ze starym Varomą?
pl|product|Moja pralka Amica pokazuje błąd F04 po wirowaniu.
pl|product|Zamówiłem Xiaomi Redmi Note 13, a przyszedł Redmi 13C.
pl|product|Czy kapsułki Nespresso pasują do ekspresu Krups Inissia?
pl|product|Czy macie odkurzacz Dyson V15 w wersji z dodatkową baterią?
pl|store_place|Czy sklep na ulicy Marszałkowskiej w Warszawie jest otwarty w niedzielę?
pl|store_place|Czy mogę zwrócić towar w Empiku w Galerii Krakowskiej?
pl|store_place|Paczkomat przy ulicy Mickiewicza w Poznaniu jest pełny, gdzie trafi paczka?
pl|store_place|Czy jest Biedronka blisko Dworca Głównego we Wrocławiu?
pl|store_place|Czy Rossmann na placu Kościuszki w Gdyni ma odbiór osobisty?
pl|public_figure|Czy macie biografię Marii Skłodowskiej-Curie w twardej oprawie?
pl|public_figure|Szukam koszulki Roberta Lewandowskiego w rozmiarze M.
pl|public_figure|Czy koncert Dawida Podsiadły jest jeszcze dostępny w aplikacji?
pl|title|Czy Pan Tadeusz jest dostępny jako audiobook?
pl|title|Film Pan Wołodyjowski wyświetla się bez napisów.
pl|title|Piosenka Jolka, Jolka pamiętasz zniknęła z mojej playlisty.
pl|title|Czy Lalka Prusa jest jeszcze w wydaniu kieszonkowym?
pl|sport_team|Czy wysyłacie koszulki Legii Warszawa do Niemiec?
pl|sport_team|Zamówiłem szalik Lecha Poznań, a dostałem szalik Wisły Kraków.
pl|sport_team|Czy mecz Górnik Zabrze – Jagiellonia będzie transmitowany w aplikacji?
pl|calendar|Czy technik może przyjść we wtorek zamiast w poniedziałek?
pl|calendar|Moja subskrypcja odnawia się w styczniu, czy mogę przenieść ją na marzec?
pl|calendar|Czy jesteście otwarci w Wigilię i w Nowy Rok?
pl|calendar|Proszę dostarczyć po piątku, do czwartku wieczorem mnie nie ma.
pl|inflected|Kurier zostawił paczkę u sąsiadów bez dzwonienia.
pl|inflected|Dlaczego koszty wysyłki wzrosły od ostatniego zamówienia?
pl|inflected|Zapłaciłam dwa razy za to samo zamówienie, proszę o zwrot.
pl|inflected|Ładowarka przestała działać, wtyczka się stopiła.
pl|role_greeting|Szanowni Państwo, chciałbym wypowiedzieć umowę.
pl|role_greeting|Dzień dobry Panie Kierowniku, paczka leżała na deszczu.
pl|role_greeting|Szanowna Pani Dyrektor, dziękuję za szybki zwrot pieniędzy.
pl|role_greeting|Dzień dobry Pani Doktor, czy przychodnia jest otwarta w święta?
pl|tech|Przy instalacji pojawia się 'Błąd 0x80070005: odmowa dostępu'.
pl|tech|Po aktualizacji do wersji 8.2.4 aplikacja zamyka się z NullPointerException.
pl|tech|Eksport do C:\Użytkownicy\Publiczny\Dokumenty kończy się błędem.
pl|tech|Mój numer zamówienia to 6fa459ea-ee8a-3ca4-894e-db77e160355e.
pl|numbers|Numer przesyłki 00159007738099000123 nie zmienia statusu od 12 marca.
pl|numbers|Na fakturze FV/2024/03/117 jest 149,99 zł zamiast 129,99 zł.
pl|numbers|Zamówienie 50028817 miało przyjść 03.04.2025 między 9:00 a 13:00.
pl|numbers|Pobraliście dwa razy 24,50 zł, drugiego i piątego.
pl|numbers|Lot LO 3924 odlatuje o 18:45 z terminalu A, czy bagaż jest przekazany dalej?
pl|numbers|Kod rabatowy LATO25 nie działa przy koszyku za 80 zł.
"""


def chatterbot_rows() -> list[dict[str, object]]:
    import chatterbot_corpus
    import yaml

    root = Path(chatterbot_corpus.__file__).parent / "data"
    rng = random.Random(SEED)
    rows: list[dict[str, object]] = []
    for folder, lang in CORPUS.items():
        lines: dict[str, str] = {}
        for path in sorted((root / folder).glob("*.yml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for conversation in data.get("conversations") or []:
                for line in conversation:
                    if isinstance(line, str) and 20 <= len(line.strip()) <= 220:
                        lines.setdefault(line.strip(), f"{folder}/{path.name}")
        for text in rng.sample(list(lines), PER_LANG):
            if text in EXCLUDED:
                continue
            kind = "public_figure" if text in PUBLIC else "dialogue"
            rows.append({"lang": lang, "text": text, "kind": kind,
                         "source": f"chatterbot-corpus 1.3.3 {lines[text]}"})  # fmt: skip
    return rows


def main() -> int:
    hand = [dict(zip(("lang", "kind", "text"), line.split("|", 2), strict=True))
            for line in HAND.strip().splitlines()]  # fmt: skip
    rows = [{**r, "source": "hand"} for r in hand] + chatterbot_rows()
    counters: dict[str, int] = {}
    with OUT.open("w", encoding="utf-8") as f:
        order = ("en", "de", "fr", "es", "it", "nl", "pl")
        for row in sorted(rows, key=lambda r: order.index(str(r["lang"]))):
            n = counters[str(row["lang"])] = counters.get(str(row["lang"]), -1) + 1
            out = {"id": f"clean-probe-v2-{row['lang']}-{n:03d}", "lang": row["lang"],
                   "text": row["text"], "spans": [], "clean": True, "kind": row["kind"],
                   "source": row["source"]}  # fmt: skip
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"{sum(counters.values()) + len(counters)} rows -> {OUT}", counters, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
