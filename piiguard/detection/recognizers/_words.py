"""Context vocabulary in the seven languages we serve (en, de, fr, es, it, nl, pl).

Whole words or phrases, matched case-insensitively (see `words_regex`). A recognizer
combines these with the words Presidio uses for the same entity, so a label is found
by the same cues in every language.
"""

from __future__ import annotations

PASSPORT = (
    "passport", "passport no", "passport number", "passport#", "passport nr", "travel document",
    "reisepass", "reisepassnummer", "passnummer", "pass-nr", "passnr", "pass nr",
    "passeport", "numéro de passeport", "pasaporte", "número de pasaporte", "passaporto",
    "numero di passaporto", "paspoort", "paspoortnummer", "paszport", "paszportu",
    "numer paszportu",
)  # fmt: skip

DRIVER_LICENCE = (
    "driver", "driver's", "drivers", "driver license", "driver licence", "driver's license",
    "driving licence", "driving license", "licence", "license", "lic", "lic#", "dl", "dl#",
    "permit", "führerschein", "fuehrerschein", "führerscheinnummer", "permis de conduire",
    "permis", "carnet de conducir", "carné de conducir", "licencia de conducir", "patente",
    "patente di guida", "rijbewijs", "rijbewijsnummer", "prawo jazdy", "prawa jazdy",
)  # fmt: skip

ID_CARD = (
    "id card", "identity card", "id number", "identification", "personalausweis", "ausweis",
    "ausweisnummer", "carte d'identité", "carte nationale d'identité", "cni",
    "documento de identidad", "dni", "carta d'identità", "carta di identità", "cie",
    "documento", "identiteitskaart", "id-kaart", "dowód", "dowód osobisty", "dowodu",
    "numer dowodu",
)  # fmt: skip

BANK_ACCOUNT = (
    "account", "account no", "account number", "account#", "acct", "acct no", "acct#", "a/c",
    "bank account", "checking", "checking account", "savings", "savings account", "debit",
    "konto", "kontonummer", "kontonr", "bankkonto", "compte", "numéro de compte",
    "compte bancaire", "cuenta", "número de cuenta", "cuenta bancaria", "conto",
    "numero di conto", "conto corrente", "rekening", "rekeningnummer", "bankrekening",
    "rachunek", "rachunku", "numer rachunku", "numer konta", "konta", "nrb",
    # abbreviations: "Kto.-Nr.", "c/c n.", "n° de compte", "nr konta", "rek.nr."
    "kto", "ktonr", "kto-nr", "konto-nr", "c/c", "n° de compte", "nº de cuenta", "nr konta",
    "rek.nr", "reknr", "rekeningnr", "acc no", "acc nr", "acc#", "acc number",
    # a field's name in code, glued ("accountNumber", "bankAccount", "acctNo")
    "accountnumber", "accountno", "acctnumber", "acctno", "bankaccount", "bankaccountnumber",
)  # fmt: skip

ROUTING = (
    "aba", "routing", "routing number", "routing no", "routing#", "rtn", "abarouting",
    "bankrouting", "transit number",
)  # fmt: skip

TAX_ID = (
    "tax id", "tax number", "tax file number", "tin", "steuer-id", "steuerid",
    "steuernummer", "steuer-identifikationsnummer", "identifikationsnummer", "numéro fiscal",
    "número fiscal", "nif", "codice fiscale", "partita iva", "p.iva", "piva", "fiscaal nummer",
    "nip",
)  # fmt: skip

NOT_PERSONAL = (
    "order", "order no", "order number", "tracking", "invoice", "ticket", "ref",
    "reference", "version", "build", "hotline", "phone", "tel", "sku",
    "serial", "bestellung", "bestellnummer", "auftrag", "auftragsnummer",
    "rechnung", "rechnungsnummer", "sendungsnummer", "artikel", "commande", "facture",
    "numéro de commande", "suivi", "pedido", "factura", "seguimiento", "ordine", "fattura",
    "spedizione", "bestelling", "bestelnummer", "factuur", "zamówienie", "zamówienia",
    "faktura", "faktury", "przesyłka",
    "ordernummer", "zendingnummer", "trackingnummer", "factuurnummer", "numero d'ordine",
    "número de pedido", "numer zamówienia",
    # a product's number: "el artículo 8702855169193", "EAN 4006381333931"
    "ean", "gtin", "upc", "isbn", "barcode", "article", "artículo", "articulo", "articolo",
    "product", "produkt", "producto", "prodotto", "produit", "item",
    # a support ticket or complaint: "Segnalazione CS-948729", "Zgłoszenie CS-96486"
    "incident", "complaint", "meldung", "störungsmeldung", "reklamation", "beschwerde",
    "signalement", "réclamation", "incidencia", "reclamación", "reclamo", "segnalazione",
    "melding", "storingsmelding", "klacht", "zgłoszenie", "zgłoszenia", "reklamacja",
    "reklamacji",
)  # fmt: skip
"""Words that say a number nearby is an order, ticket, invoice, product or phone number."""
