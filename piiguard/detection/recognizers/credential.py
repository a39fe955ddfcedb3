"""Credentials typed into chat (label CREDENTIAL): passwords and PINs people state,
card security codes, one-time and 2FA codes, backup codes, client and webhook
secrets, and API keys, tokens and private keys of well-known shapes, in the seven
languages we serve. A credential is one span, masked whole."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from typing import ClassVar

from piiguard._types import CREDENTIAL, Span
from piiguard.detection.recognizers._id_number import (
    HEDGE,
    HEDGE_WORDS,
    LINK_AFTER,
    LONE_SCORE,
    QUESTION_CHARS,
    _filler,
)
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer, trie_regex
from piiguard.detection.recognizers.keyed_ids import (
    LOGIN_NAME_JOINED,
    LOGIN_NAME_NO_DIGIT,
    USERNAME,
)
from piiguard.detection.recognizers.placeholders import is_placeholder
from piiguard.detection.recognizers.token_shapes import TOKEN_PATTERNS, TOKEN_WORDS

_SECRET_WORDS = (
    r"(?:password|passwort|kennwort|passwd|pwd|pw|passcode|passphrase|pass|mot de passe|mdp"
    r"|motdepasse"
    r"|pasword|passwrod|passowrd|paswort|psw|mot-de-passe|passworts|kennworts"
    r"|contraseña|contrasena|contrasenia|clave|hasło|haslo|wachtwoord|wachtwoort|wachtwood"
    r"|wachtword|paswoord|passwoord|kenwort|parola d'ordine|wifi password"
    r"|wlan[ -]?passwort|wlan[ -]?schlüssel|code wifi|password del wifi|wifi[ -]?wachtwoord"
    r"|(?:wifi|wi-fi|wlan|wpa2?|network) key|clé wifi|clave (?:del )?wifi|chiave (?:del )?wifi"
    r"|netzwerkschlüssel|klucz (?:do )?wifi"
    r"|client[ _-]?secret|webhook[ _-]?secret|signing[ _-]?secret|secret[ _-]?key|api[ _-]?secret"
    r"|secret[ _-]?access[ _-]?key|app[ _-]?password|geheimnis|secreto|segreto|sekret"
    r"|secret|api[ _-]?key|api[ _-]?schlüssel|clé api|clave api|chiave api|klucz api"
    r"|access[ _-]?token|refresh[ _-]?token|bearer|token|clé secrète|clave secreta|chiave segreta"
    # an access token in the other languages: "Zugangstoken", "jeton d'accès", "token de
    # acceso", "toegangstoken", "token dostępu"
    r"|zugangstoken|zugriffstoken|jeton(?: d'acc[eè]s)?|token d'acc[eè]s|token de acceso"
    r"|token di accesso|toegangstoken|token dostępu"
    r"|geheimer schlüssel|geheime sleutel|tajny klucz|klucz tajny|ww)"
)
# Stems of the words above, for the cheap gate (lower-case substrings).
_SECRET_STEMS = (
    "pass", "pw", "pasw", "psw", "mot-de-passe", "kennwort", "mdp", "contrase", "clave",
    "hasło", "haslo", "wachtwoord", "wachtwo", "paswoord", "kenwort",
    "parola", "wlan", "wifi", "secret", "key", "schlüssel", "clé", "chiave", "klucz",
    "token", "bearer", "geheim", "secreto", "segreto", "sekret", "secrète", "secreta",
    "segreta", "sleutel", "tajny", "ww:", "ww :", "ww ->", "ww →", "ww=", "ww =", "jeton",
)  # fmt: skip
_LINK = (
    r"(?:\s{1,3}(?:is|was|are|ist|war|sind|lautet|lauten|est|c'est|sont|es|son|era|è|e|sono"
    r"|zijn|jest|są|to|brzmi|était|etait|fue|fué|erano|waren|był|była|było|byl|byla|bylo"
    r"|wynosi|lautete|lauteten)(?!\w)|\s{1,3}(?:=|:|->)"
    r"|\s{1,3}(?:is|ist|est|es|è|jest|to)\s{1,3}(?:now|jetzt|maintenant|ahora|ora|nu|teraz)(?!\w)"
    r"|\s{0,3}[:=]|\s{0,3}(?:->|=>|→|⇒))"
)
# Words that may stand between a code's word and its value without a link word, when
# one of them says where the code came from or what it unlocks: "code reçu par sms
# 082681", "pin do karty 9147", "der per SMS erhaltene Code" (function words alone,
# "code from 2019", do not: a year or another number follows those as often).
_FUNCTION_WORDS = (
    r"(?:for|of|to|from|on|in|by|via|per|par|pour|de|du|des|la|le|les|el|los|las|del|della|di"
    r"|da|do|dla|na|z|ze|przez|van|voor|op|uit|aan|met|für|fur|der|die|das|dem|den|vom|von"
    r"|zur|zum|my|your|the|a|an|mi|mia|mio|ma|mon|mes|meine|meiner|meinen|mijn|moja|mojej"
    r"|mojego|que|che|me|mir|just|ich|you|i|je|j'ai|ho|he|has|have|has|hab|habe|et|y|e|en"
    r"|por|con|door|mit|avec|tramite|au|aux|auf|at|z|hinten)"
)
_SOURCE_WORDS = (
    r"(?:received|got|sent|texted|emailed|reçu|reçue|envoyé|envoyée|erhalten\w*|bekommen\w*"
    r"|geschickt\w*|gesendet\w*|recibido|recibí|enviado|llegó|llego|ricevuto|ricevuta|inviato"
    r"|inviata|arrivato|arrivata|ontvangen|gestuurd|gekregen|otrzyma\w*|dosta\w*|wysłan\w*"
    r"|przysłan\w*|sms(?:-?(?:a|em|ie|y))?|text|email|e-mail|mail|app|whatsapp|card|karte|carte|tarjeta|carta"
    r"|pas|bankpas|betaalpas|kaart|bankkaart|creditcard|karty|karta|kartę|debit|visa|mastercard"
    r"|girocard|ec-karte|cb"
    r"|bancomat|bankomat|geldautomat|atm|cajero|distributeur|pinautomaat|postepay"
    # where a card's code is printed: "on the back of the card", "au dos", "z tyłu karty"
    r"|back|dos|rückseite|achterkant|achterop|retro|tyłu|reverso|dorso|bleue|pinpas|cajero"
    # what shows a code: "authenticator shows 598 340", "die App zeigt 551203"
    r"|shows|says|displays|zeigt|affiche|muestra|mostra|toont|pokazuje"
    r"|débito|debito|crédito|credito|credit|kredit|bank|banque|banco|banca)"
)
_SOURCE_FILLER = (
    rf"(?:\s{{1,3}}{_FUNCTION_WORDS}){{0,3}}\s{{1,3}}{_SOURCE_WORDS}"
    rf"(?:\s{{1,3}}(?:{_FUNCTION_WORDS}|{_SOURCE_WORDS})){{0,3}}(?!\w)"
)
# "the CVC on the back is 552", "die PIN für die Karte ist 4402": a few words between the
# code's word and its value, then a link word (never digits: another number).
# After the link: a hesitation or adverb or two ("my pin is just 3370", "the code is
# actually 936 057": `HEDGE`), or a short clause saying how the code came ("TAN: also die
# kam als 600894 an", "code: it came in as 123456"), no digits in it.
_AFTER_LINK = (
    rf"{HEDGE}{{0,2}}(?:(?:\s{{1,3}}[^\s\d:=]{{1,12}}){{1,3}}?\s{{1,3}}"
    r"(?:as|als|comme|como|come|jako|als))?"
)
_FILLER_LINK = (
    # "my pin's 4829": the clitic "'s" links a code's digits too
    rf"(?:(?:(?:,?\s{{1,3}}[^\s\d:=]{{1,12}}){{1,4}}?{_LINK}|{_SOURCE_FILLER}(?:{_LINK})?|{_LINK}"
    r"|['’]s(?=\s))"
    rf"{_AFTER_LINK})?"
    r"(?:\s{1,3}(?:el|la|le|lo|il|the|de|het))?"
)
# "password for the office: X", "Passwort für das WLAN ist X", "hasło do wifi to X": a
# phrase saying what the password opens (led by a preposition) may stand before the link.
_WHAT_IT_OPENS = (
    r"(?:\s{1,3}(?:for|für|fuer|pour|du|de|des|para|del|per|della|dello|voor|van|do|dla|of"
    r"|to|zum|zur|vom|von|na|di|dei|del)(?:\s{1,3}[^\s\d:=]{1,14}){1,3}?)?"
)
# Adverbs of time and repetition: between the link and the secret ("mijn wachtwoord is
# weer welkom123", "Passwort ist jetzt Sommer2024!", "my password is again hunter22": the
# secret is the word after), and before a word that says how the password is ("ist
# |wieder| gesperrt", "is |opnieuw| ingesteld": the next word is judged instead).
_WHEN_ADVERBS = frozenset(
    """again already still now yet currently wieder erneut schon bereits noch jetzt nun
    aktuell derzeit encore toujours déjà maintenant désormais actuellement ya todavía aún
    ahora otra actualmente già ancora ora adesso nuovamente attualmente opnieuw weer alweer
    nog al nu momenteel ponownie znowu już nadal wciąż teraz obecnie""".split()  # noqa: SIM905
) | {"immer noch", "de nuevo", "otra vez", "di nuovo", "nog steeds"}
_WHEN_WORDS = "|".join(
    w.replace(" ", r"\s{1,3}") for w in sorted(_WHEN_ADVERBS, key=len, reverse=True)
)
_WHEN_ADVERB = rf"(?:\s{{1,3}}(?:{_WHEN_WORDS})(?=\s))?"
# A stated secret: no space or quote at either end; inside, a double quote between letters
# or digits ('p4"ss\\') and an apostrophe beside a digit ("Sommer'24!"). An apostrophe
# between letters is an elision ("l'ancien": the old one), and a quote before "," or ":"
# closes a JSON value ('"password":"hunter2","user":...').
_IN_SECRET = r"[^\s\"'“”‘’«»„‚]"
_QUOTE_IN_SECRET = rf"(?:(?<=[^\W_])\"(?=[^\W_])|(?<=\d)['’](?={_IN_SECRET})|['’](?=\d))"
_SECRET_VALUE = rf"(?P<v>{_IN_SECRET}(?:{_IN_SECRET}|{_QUOTE_IN_SECRET}){{2,127}})"
_PHRASE = (
    # "(client secret): X": the word in brackets, the link after them
    # "Passwort lautet übrigens X", "mi contraseña es, bueno, X": hesitations after the link
    rf"(?<!\w){_SECRET_WORDS}{_WHAT_IT_OPENS}[)\]]?{_LINK}{_WHEN_ADVERB}{HEDGE}{{0,2}}"
    r"\s{0,3}[\"'“‘«„‚]?" + _SECRET_VALUE
)
# The words for a login and its password together ("my credentials are jdoe:Hunter22!",
# "meine Zugangsdaten: Sommer2024!", "le credenziali di ateneo sono s301245"): the value
# after the link must hold a digit or a symbol (`_stated_credentials`), since a word there
# says how they are as often ("mis credenciales son incorrectas").
_CREDENTIAL_WORDS = (
    r"(?:credentials|creds|login details|login data|log-in details|zugangsdaten|anmeldedaten"
    r"|logindaten|login-daten|identifiants(?: de connexion)?|credenciales|datos de acceso"
    r"|credenziali|dati di accesso|inloggegevens|logingegevens|dane logowania"
    r"|dane do logowania)"
)
_CREDENTIALS_STATED = (
    rf"(?<!\w){_CREDENTIAL_WORDS}{_WHAT_IT_OPENS}{_LINK}{HEDGE}{{0,2}}\s{{0,3}}"
    r"[\"'“‘«„‚]?" + _SECRET_VALUE
)
# A quoted secret may contain spaces: "my password is 'correct horse battery staple'".
_QUOTED = (
    rf"(?<!\w){_SECRET_WORDS}{_LINK}{HEDGE}{{0,2}}\s{{0,3}}[\"'“‘«„‚]"
    r"(?P<v>[^\"'“”‘’«»„‚\n]{1,128})[\"'”’»“‘]"
)
# "pin nuevo (1469)", "PIN neu: 4471": an adjective after the noun, as Romance languages
# place it (and chat does in any language).
_NEW_OR_OLD = (
    r"(?:\s{1,3}(?:new|old|current|neu|neue|neuer|alt|alte|aktuelle|nouveau|nouvelle|ancien"
    r"|actuel|nuevo|nueva|viejo|antiguo|actual|nuovo|nuova|vecchio|attuale|nieuw|nieuwe|oud"
    r"|oude|huidige|nowy|nowa|stary|obecny|aktualny))?"
)
# "pin dispositivo 184020", "PIN Online-Banking: 4471", "pin app 5521": what the PIN
# opens, named right after the noun as Italian and Spanish banks do (and chat does).
_PIN_OPENS = (
    r"(?:\s{1,3}(?:dispositivo|dispositiva|device|gerät|geräte|appareil|dispositif|apparaat"
    r"|urządzenia|app|sim|online|online-banking|onlinebanking|banking|login|accesso|acceso"
    r"|accès|toegang|dostępu|handy|telefono|teléfono|téléphone|phone|mobile|móvil|movil"
    r"|cellulare|portable|telefoon|telefonu|karty|kaart|tarjeta|carte|carta|karte|card))?"
)
# "PIN do nowej karty 1241", "PIN for my new card 1241", "PIN der neuen Karte 1241": what
# the PIN opens after a preposition, up to two words (a possessive, "new") between.
_PIN_OF = (
    r"(?:\s{1,3}(?:for|of|to|für|der|des|zur|zum|pour|de|du|para|del|per|della|di|voor|van"
    r"|do|dla|od)(?:\s{1,3}[^\s\d:=]{1,14}){0,2}?\s{1,3}(?:card|karte|carte|tarjeta|carta"
    r"|kaart|pas|bankpas|karty|account|konto|konta|compte|cuenta|conto|rekening|sim|phone"
    r"|handy|telefon|telefonu|téléphone|teléfono|telefono|telefoon|app))?"
)
_PIN = (
    r"(?<!\w)(?:pinn?|pni|pinn?[ -]?code|pinn?[ -]?number|pinn?[ -]?nummer|code pin|código pin"
    r"|codice pin|pincode|kod pin|numer pin|geheimzahl|code secret|code confidentiel)"
    # "PIN (4 Ziffern): 4471": an aside in brackets before the colon
    rf"{_NEW_OR_OLD}{_PIN_OPENS}{_PIN_OF}(?:\s{{0,3}}\([^()\n]{{1,24}}\)(?=\s{{0,3}}[:=]))?"
    # the digits typed apart: "my pin is 4 4 7 1", "PIN: 44 71"
    rf"{_FILLER_LINK}\s{{0,3}}[(\[\"'“‘«„]?"
    r"(?P<v>\d{4,8}(?!\w)|(?:\d(?:[ .-]\d){3,7}|\d\d[ -]\d\d(?:[ -]\d\d)?)(?!\w|[ .-]\d))"
)
_PIN_WORDS = (
    r"(?:pin|pin[ -]?code|pin[ -]?number|pin[ -]?nummer|code pin|código pin|codice pin"
    r"|pincode|kod pin|numer pin|geheimzahl|code secret|code confidentiel)"
)
_CVV = (
    r"(?<!\w)(?:(?:cvv2?|cvc2?)(?:[ -](?:code|nummer|number|numéro|número|numero|numer|kod))?"
    r"|cvn|csc|cid|card security code|security code|sicherheitscode"
    r"|kartenprüfnummer|prüfnummer|prüfziffer|cryptogramme(?: visuel)?|code de sécurité"
    r"|código de seguridad|codigo de seguridad|codice di sicurezza|codice cvv|beveiligingscode"
    r"|kod cvv|kod cvc|kod bezpieczeństwa"
    r"|(?:3|three|drei|trois|tres|tre|drie|trzy)\s(?:digits?|ziffern|chiffres|dígitos|cifre"
    r"|cijfers|cyfry|numbers|nummern|zahlen|numéros|numeros|números|numeri|nummers|numery"
    r"|liczby))"
    # the link right after the word, or where the code is printed between ("die Prüfziffer
    # hinten auf der Karte ist 093", "le cryptogramme au dos de la carte est 123")
    rf"(?:{_FILLER_LINK}|(?:\s{{1,3}}[^\s\d:=]{{1,14}}){{1,6}}?{_LINK})"
    # not the first of a list ("3 numbers: 100, 200, 300")
    r"\s{0,3}[(\[\"'“‘«„]?(?P<v>\d{3,4})(?!\w|[.,/-]\d|,\s{1,2}\d)"
)
_OTP = (
    r"(?<!\w)(?:otp|otp code|one[- ]time (?:code|password|passcode|pin)|verification code"
    r"|security code|login code|auth(?:entication)? code|2fa(?: code)?|mfa(?: code)?|totp"
    r"|sms[- ]?code|sms[- ]?kod|kod sms|code sms|código sms|codice sms|sms-tan|smstan|mtan"
    r"|pushtan|chiptan|tan|tan-nummer|blik|kod blik|blik code|codice otp|código otp|code otp"
    r"|bestätigungscode|verifizierungscode|einmalcode|einmalpasswort|sicherheitscode"
    r"|code de vérification|code de confirmation|código de verificación|código de confirmación"
    # the same typed without accents, and "one-time code" in the other languages
    r"|code de verification|codigo de verificacion|codigo de confirmacion|kod weryfikacyjny"
    r"|code (?:à|a) usage unique|code unique|código de un solo uso|codigo de un solo uso"
    r"|codice monouso|codice usa e getta|eenmalige code|kod jednorazowy|einmal-code"
    r"|codice di verifica|codice di conferma|verificatiecode|bevestigingscode|eenmalige code"
    r"|code de validation|código de validación|codigo de validacion|codice di convalida"
    r"|validierungscode|validatiecode|kod walidacyjny"
    r"|kod weryfikacyjny|kod potwierdzający|kod jednorazowy|hasło jednorazowe|access code"
    r"|zugangscode|code d'accès|código de acceso|codice di accesso|toegangscode|kod dostępu"
    r"|authenticator(?: app)?|authenticator-app|authentificator"
    # a bank's signing code for a transfer
    r"|clave de firma|código de firma|codigo de firma|clave de operaciones|codice dispositivo"
    r"|signaturcode|code de signature"
    r"|3-?d[ -]?secure(?: code)?|3ds|securecode|mobiletan|apptan|phototan"
    r"|code|código"
    r"|codigo|codice|kod|kodu|kodem)"
    rf"{_FILLER_LINK}\s{{0,3}}[(\[\"'“‘«„]?(?P<v>\d{{3}}[ -]?\d{{3}}|\d{{4,8}})"
    r"(?!\w|[.,/-]\d)"
)
# What shows a one-time code, without the code's word: "die SMS sagt 448221", "le SMS
# dit 448221", "the app shows 552 903", "sms mówi 448221".
_SHOWN_CODE = (
    r"(?<!\w)(?:sms|text|text message|message|nachricht|mensaje|messaggio|bericht|wiadomość"
    r"|wiadomosc|app|authenticator|authenticator-app|token|generator)"
    r"\s{1,3}(?:says|said|shows|showed|reads|sagt|zeigt|zeigte|dit|affiche|indique|dice"
    r"|muestra|mostra|riporta|zegt|toont|mówi|mowi|pokazuje|pokazała)"
    # six digits or more, as such codes are ("the message says 2024 was great": a year)
    r"(?:\s{0,3}[:=]|\s{1,3}(?:me|mir|moi|mi|mij))?\s{0,3}"
    r"(?P<v>\d{3}[ -]?\d{3}|\d{6,8})(?!\w|[.,/-]\d)"
)
# A PIN or one-time code its word names after it: "5918 - thats the pin for my card",
# "223114 war die TAN aus der SMS", "385832 est le code reçu par sms", "2152 is de
# pincode van mijn pas". "code" alone counts: "12345 is my zip code" has "zip" between.
_CODE_AFTER = (
    r"(?<![\w.,/-])(?P<v>\d{3,4}[ -]?\d{3,4}|\d{4,8})(?!\w|[.,/-]\d)"
    rf"(?={LINK_AFTER}(?:{_PIN_WORDS}|otp|tan|sms-tan|mtan|blik|one[- ]time (?:code|password"
    r"|passcode|pin)|verification code|2fa code|sms[- ]?code|code sms|(?:backup|recovery)"
    r"[ -]?code|code|código|codigo"
    r"|codice|kod|bestätigungscode|verificatiecode)(?!\w))"
)
# A code said to have come by text message, before those words: "772 031 kam per SMS",
# "482913 came by text", "le 550912 est arrivé par SMS", "me llegó por SMS el 771204"
# reads the other way (`_CODE`).
_CODE_ARRIVED = (
    r"(?<![\w.,/-])(?P<v>\d{3}[ -]?\d{3}|\d{4,8})(?!\w|[.,/-]\d)"
    r"(?=,?\s{1,3}(?:just\s{1,3}|gerade\s{1,3}|eben\s{1,3})?(?:came|arrived|kam|ist\s{1,3}gekommen"
    r"|est\s{1,3}arrivée?|arrivée?|m'est\s{1,3}arrivée?|llegó|llego|me\s{1,3}llegó|ha\s{1,3}llegado"
    r"|è\s{1,3}arrivato|arrivato|mi\s{1,3}è\s{1,3}arrivato|kwam|is\s{1,3}gekomen|przyszedł|przyszedl"
    r"|przyszło|przyszlo|doszedł|dotarł)"
    r"(?:\s{1,3}(?:per|by|via|as\s{1,3}an?|as|par|por|en|in|als|w|jako|through|über))?"
    r"\s{1,3}(?:sms|text|texto|sms-em|smsem|esemesem|textnachricht|message|mensaje|messaggio"
    r"|bericht|wiadomości[aą]?))"
)
# A PIN or code asked for, then said or given later in the sentence: "nach meiner PIN
# gefragt und ich habe 4829 gesagt", "m'a demandé mon code et je lui ai donné 9051", "me
# pidió el PIN y le dije 3370", "vroeg om mijn pincode en ik heb 2946 gezegd", "zapytał o
# PIN i podałam 5207". A bare "code" only after a possessive or an article ("mon code").
_ASKED_CODE = (
    r"(?<!\w)(?:pin(?:[ -]?code|[ -]?nummer|[ -]?number)?|pincode|tan|(?:my|the|mon|ma|le"
    r"|mein\w{0,2}|die|den|mi|el|su|il|il\s{1,3}mio|mijn|de|mój|moj\w{0,2})\s{1,3}(?:code"
    r"|codice|código|codigo|kod))(?!\w)[^.!?\n\d]{0,60}?"
)
# German and Dutch participles, which come after the number ("habe 4829 gesagt")
_SAID_LAST = (
    r"(?:gesagt|gegeben|genannt|eingegeben|verraten|gezegd|gegeven|ingevoerd|doorgegeven)"
)
_SAID = (
    r"(?:said|told|gave|typed|entered|dit|donné|dicté|dije|di|dado|dicho|detto|dato|dettato"
    rf"|digitato|ingetypt|{_SAID_LAST}|podał\w{{0,2}}|powiedział\w{{0,2}}|wpisał\w{{0,2}}"
    r"|przekazał\w{0,2})"
)
_CODE_SAID = (
    rf"{_ASKED_CODE}(?<!\w){_SAID}(?:\s{{1,3}}(?:him|her|them|it|ihm|ihr|ihnen|lui|leur|gli"
    r"|hem|haar|mu|jej|im))?\s{1,3}(?P<v>\d{4,6})(?![\w.,/-]?\d)"
    # a count, an amount, a year or an error, not the code: "said 2024 was fine", "4040 error"
    r"(?!\s{0,3}(?:times|attempts|tries|mal|fois|veces|volte|keer|razy|euros?|€|\$|zł|pln"
    r"|anni|years?|jahre?n?|ans|años|lat|jaar|error|fehler|erreur|errore|fout|błąd|was|war"
    r"|ago|fa|geleden|temu)(?!\w))"
)
# ... and with the verb after the number, as German and Dutch put it ("habe 4829 gesagt")
_CODE_SAID_BEFORE = (
    rf"{_ASKED_CODE}(?<![\w.,/-])(?P<v>\d{{4,6}})(?![\w.,/-]?\d)\s{{1,3}}{_SAID_LAST}(?!\w)"
)
# A card security code its word names after it: "181 was the security code on the back",
# "552 ist die Prüfnummer", "le cryptogramme c'est 123" reads the other way (`_CVV`).
_CVV_AFTER = (
    r"(?<![\w.,/-])(?P<v>\d{3,4})(?!\w|[.,/-]\d)"
    rf"(?={LINK_AFTER}(?:cvv2?|cvc2?|card security code|security code|sicherheitscode"
    r"|kartenprüfnummer|prüfnummer|cryptogramme(?: visuel)?|code de sécurité|código de seguridad"
    r"|codigo de seguridad|codice di sicurezza|beveiligingscode|kod cvv|kod cvc"
    r"|kod bezpieczeństwa)(?!\w))"
)
# A message that is one password-shaped token and nothing else, answering "what did you
# type?": letters, digits and a symbol a password takes (not a reference's "-", "/",
# "#", "." or "_"), no link, e-mail address or encoded text. A lone "?" at its end is a
# question.
_YEARS = re.compile(r"(?:19|20)\d\d(?:[ -](?:19|20)\d\d)?")
_LONE_SECRET = re.compile(r"\s*(?P<v>[^\s]{8,64})\s*")
_SECRET_SYMBOL = re.compile(r"[!$%&*~^+@]|\?(?!$)")
# Links, addresses and encoded text ("%40", "q=...", base64's "=" padding) are read by
# their own recognizers, decoded.
_HOST_OF_LINK = re.compile(r"://|^www\.|^@[\w-]+\.[a-z]{2,}", re.IGNORECASE)
_LINK_OR_ADDRESS = re.compile(r"://|^www\.|@[\w-]+\.[a-z]{2,}|%[0-9A-F]{2}|=", re.IGNORECASE)


# The commonest password made to pass a policy: a word, digits and a symbol, the symbol
# between them or after the digits ("Sommerregen%6343", "Tulpenveld373#", "Haus!2024").
# "#" only after the digits ("Ticket#4471" is a reference); "%" only before them ("50%" is
# a discount); a "?" at the end is a question.
_WORD_SYMBOL_DIGITS = re.compile(
    r"[A-Za-zÀ-ÿ][a-zà-ÿ]{2,}(?:[!$%&*+?@^~]{1,2}\d{2,}[!#$&*+@^~]{0,2}"
    r"|\d{2,}[!#$&*+@^~]{1,2})"
)


# A word typed in random case and digits ("sOnNeNbLuMe72265", "aMoRe87122"): two or more
# switches from lower to upper case inside the word; a brand switches once ("iPhone15",
# "McDonalds2024", "PlayStation5").
_RANDOM_CASE_DIGITS = re.compile(
    r"(?=(?:[A-Za-zÀ-ÿ]*?[a-zß-ÿ][A-ZÀ-Þ]){2})[A-Za-zÀ-ÿ]{4,}\d{2,}[!#$%&*+?@^~-]{0,2}"
)


def lone_secret(text: str) -> tuple[int, int] | None:
    """Where the whole of `text` is one password-shaped token (`_LONE_SECRET`)."""
    match = _LONE_SECRET.fullmatch(text)
    if match is None:
        return None
    value = match["v"]
    if _WORD_SYMBOL_DIGITS.fullmatch(value) or _RANDOM_CASE_DIGITS.fullmatch(value):
        return match.span("v")  # no link, address or encoding takes these shapes
    if not (any(c.isalpha() for c in value) and any(c.isdigit() for c in value)):
        return None
    if not _SECRET_SYMBOL.search(value) or _LINK_OR_ADDRESS.search(value):
        return None
    return match.span("v")


# A message that is one lower-case login and nothing else ("jkrause", "okoye.chinwe",
# "pablito_rg", "bramvdl"): how a user name is typed in answer to "what is your user name?".
_LONE_LOGIN = re.compile(r"\s*(?P<v>[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3})\s*[.!]?\s*")
_LOGIN_JOINS = re.compile(r"[._-]")
_LETTERS = re.compile(r"[a-z]+")


# The endings that make a first name's pet form in the seven languages, longest first:
# en "-ie", de "-chen"/"-i", fr "-ette"/"-ou"/"-ot", es "-ito"/"-ita"/"-itos"/"-illo"/"-illa",
# it "-ino"/"-ina"/"-etto"/"-etta"/"-uccio"/"-uccia", nl "-tje"/"-je"/"-pje", pl "-ek"/
# "-eczek"/"-uś"/"-usia"/"-unia"/"-eńka". Taken off, one of the name's own endings
# (`_NAME_ENDINGS`: "", "a", "o", "e", "s", "ek") gives the name back: "pablito" -> "pablo",
# "annetje" -> "anne", "tomeczek" -> "tomek".
_PET_ENDINGS: tuple[str, ...] = tuple(sorted((
    "ie", "chen", "i", "ette", "ou", "ot", "ito", "ita", "itos", "illo", "illa", "ino",
    "ina", "etto", "etta", "uccio", "uccia", "tje", "je", "pje", "ek", "eczek", "uś", "usia",
    "unia", "eńka",
), key=len, reverse=True))  # fmt: skip
_NAME_ENDINGS = ("", "a", "o", "e", "s", "ek")


def _pet_form(word: str, is_name: Callable[[str], bool]) -> bool:
    """Whether `word`, a pet ending taken off and a stem of three letters or more left, is
    a known first name's pet form: "pablito", "carlitos", "annetje", "tomeczek"."""
    for ending in _PET_ENDINGS:
        stem = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(stem) >= 3
            and any(is_name(stem + tail) for tail in _NAME_ENDINGS)
        ):
            return True
    return False


def lone_login(text: str) -> tuple[int, int] | None:
    """Where the whole of `text` is a login name made of a person's names: parts joined by
    ".", "_" or "-" of which none of four letters or more is a word, and one is a known
    name or two are no words ("kuba_zet", "okoye.chinwe"); or one token that is an initial
    and a known surname, or a known first name and up to three letters ("jkrause",
    "bramvdl"). A word ("hello", "file_name", "config.yaml") or a name alone ("anna") is no
    login.

    >>> [lone_login(t) is not None for t in ("jkrause", "okoye.chinwe", "thanks", "file_name")]
    [True, True, False, False]
    """
    match = _LONE_LOGIN.fullmatch(text)
    if match is None or not 5 <= len(match["v"]) <= 30:
        return None
    if sum(c.isdigit() for c in match["v"]) > 4:
        return None  # "anna_kowalski_4111111111111111": a number joined on is its own value
    from piiguard.detection.lexicon import Lexicon, fold  # read once, on first use

    lexicon = Lexicon.load()
    value = match["v"]
    if lexicon.lowercase_word(value) or fold(value) in lexicon.names:
        return None
    known = lexicon.names_also_words

    def name(word: str) -> bool:
        return len(word) >= 4 and fold(word) in lexicon.names and fold(word) not in known

    def first_name(word: str) -> bool:
        return len(word) >= 3 and fold(word) in lexicon.first_names

    if _LOGIN_JOINS.search(value):
        long_parts = [p for p in _LETTERS.findall(value) if len(p) >= 4]
        if (
            long_parts
            and not any(lexicon.lowercase_word(p) for p in long_parts)
            and (
                any(name(p) or _pet_form(p, first_name) for p in long_parts)
                or len(long_parts) >= 2
            )
        ):
            return match.span("v")
        return None
    letters = value.rstrip("0123456789")
    if letters.isalpha() and (
        name(letters[1:]) or any(name(letters[:-k]) for k in (1, 2, 3) if len(letters) > k)
    ):
        return match.span("v")
    return None


# A message that is six digits and nothing else ("484567", "846 332", "850-895"): how a
# one-time, SMS or 2FA code is typed in answer to "enter the code we sent you". Order and
# ticket numbers typed alone after the bot asked for one are dropped by the pipeline
# (`_id_number.drop_lone_ids`); a form's filler or a straight run ("000000", "123456")
# is no one's code.
_LONE_CODE = re.compile(r"\s*(?P<v>\d{3}[ -]?\d{3})\s*[.!]?\s*")
_RUNS = ("0123456789", "9876543210")


def lone_code(text: str) -> tuple[int, int] | None:
    """Where the whole of `text` is one six-digit code (`_LONE_CODE`)."""
    match = _LONE_CODE.fullmatch(text)
    if match is None:
        return None
    digits = match["v"].replace(" ", "").replace("-", "")
    if _filler(digits) or any(digits in run for run in _RUNS):
        return None
    return match.span("v")


_ASKS_FOR_CODE = re.compile(
    r"(?<!\w)(?:code|codes|pin|otp|tan|blik|passcode|password|passwort|kennwort|mot de passe"
    r"|contraseña|contrasena|clave|wachtwoord|hasło|haslo|kod|kodu|codice|código|codigo"
    r"|2fa|token)(?!\w)",
    re.IGNORECASE,
)


def asks_for_code(question: str) -> bool:
    """The end of a bot's turn asks for a code, PIN or password ("Please enter the
    6-digit code we sent to your phone"): a number typed alone in answer is that code,
    even where the question also names a phone or an order."""
    return _ASKS_FOR_CODE.search(question[-QUESTION_CHARS:]) is not None


# "backup codes: 8473-2910 1193-4482 ..." : the whole list is one credential.
_BACKUP_WORDS = (
    r"(?<!\w)(?:backup[ -]?codes?|recovery[ -]?codes?|reserve[ -]?codes?|wiederherstellungscodes?"
    r"|backup-codes?|codes? de secours|codes? de r[ée]cup[ée]ration|c[óo]digos? de respaldo"
    r"|c[óo]digos? de recuperaci[óo]n|codic[ei] di backup|codic[ei] di recupero|herstelcodes?"
    r"|back-?upcodes?|kody? zapasow[ey]|kody? odzyskiwania)"
)
_BACKUP = (
    _BACKUP_WORDS
    # "recovery codes i saved: ...": a few words, then the link
    + rf"(?:(?:\s{{1,3}}[^\s\d:=]{{1,12}}){{1,3}}?{_LINK}|{_LINK}"
    # "codes de secours, j'utilise lequel ? f1f9d-f2065 ...": a question about them
    + r"|,?(?:\s{1,3}[^\s\d:=?]{1,12}){1,5}?\s{0,2}\?)?\s{0,3}"
    r"(?P<v>[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{3,10}){0,3}(?:(?:,\s?|\s|\s(?:and|und|et|y|e|en|i|oraz)\s)"
    r"[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{3,10}){0,3}){0,15})"
    r"(?![\w-])"
)
# Backup codes each on a line of its own ("4821 9930" in two groups too), under the line
# that names them ("the backup codes the site gave me, still valid?\nhdjq-rxyt\nrrho-1nq0"):
# `_code_lines`.
_BACKUP_LINES = (
    _BACKUP_WORDS
    + r"[^\n]{0,120}\n[ \t]*"
    r"(?P<v>[A-Za-z0-9]{4,10}(?:[- ][A-Za-z0-9]{3,10})?"
    r"(?:[ \t]*\n[ \t]*[A-Za-z0-9]{4,10}(?:[- ][A-Za-z0-9]{3,10})?){0,15})"
    r"(?=[ \t]*(?:\n|$))"
)
# A secret's word, up to two other words ("clé secrète aws ..."), then a long random
# token (checked in `check`: upper and lower case and digits) without a link word.
_BARE_SECRET = (
    r"(?<!\w)(?:secret|secret[ _-]?key|secret[ _-]?access[ _-]?key|api[ _-]?secret"
    r"|client[ _-]?secret"
    r"|clé secrète|clave secreta|chiave segreta|geheimer schlüssel|geheime sleutel|tajny klucz"
    r"|klucz tajny|sekret|secreto|segreto|geheimnis|api[ _-]?key|access[ _-]?key|token"
    r"|api[ _-]?schlüssel|clé (?:d')?api|clave (?:de )?api|chiave api|api[ _-]?sleutel"
    r"|klucz(?:a|em)? api|zugangstoken|zugriffstoken|jeton(?: d'acc[eè]s)?|toegangstoken"
    # an HTTP header's credentials: "Authorization: Bearer X", "Basic dXNlcjpwYXNz"
    r"|bearer|authorization|basic"
    # a key alone, and a licence or product key, in the seven languages ("the key is X",
    # "der Schlüssel ist X", "Lizenzschlüssel ZX81-QW4T-Y7UI-0OP3": `_key_shaped`)
    r"|key|schlüssel|clé|clave|chiave|sleutel|klucz|lizenzschlüssel|produktschlüssel"
    r"|aktivierungsschlüssel|licentiesleutel|productsleutel|activeringssleutel)"
    # a word or two between (not a quote: 'klucz API "peftkl1SfF..."' quotes the key)
    r"(?:\s{1,3}[^\s\d:=\"'“”‘’«»„]{1,12}){0,2}?\s{0,3}[:=]?\s{0,3}[\"'“‘«„]?"
    r"(?P<v>[A-Za-z0-9/+_=.-]{16,128})(?![\w/+=.-])"
)
# A secret under its key in JSON or a config, lower-case keys: '"client_secret": "X"',
# "api_key: X", "password = 'X'" (upper-case keys are `_ENV_SECRET`'s).
_JSON_SECRET = (
    r"(?<![\w-])[\"']?(?:client_secret|api_key|apikey|api_secret|access_token|refresh_token"
    r"|auth_token|secret_key|private_key|secret|password|passwd|token|app_secret"
    r"|webhook_secret|signing_secret)[\"']?\s{0,2}[:=]\s{0,2}[\"'](?P<v>[^\s\"']{6,256})[\"']"
)
# AWS secret access key: 40 characters of base64, beside an AWS word or key id (`check`).
_AWS_SECRET = r"(?<![A-Za-z0-9/+=])(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"
# A private key's base64 body pasted without its BEGIN line: DER starts "MII", an
# OpenSSH key "b3BlbnNzaC1rZXktdjE" (openssh-key-v1).
_KEY_BODY = (
    r"(?<![A-Za-z0-9+/])(?P<v>(?:MII|b3BlbnNzaC1rZXktdjE)[A-Za-z0-9+/]{50,4096}={0,2})"
    r"(?![A-Za-z0-9+/=])"
)
# ENV-style assignment: AWS_SECRET_ACCESS_KEY=..., DB_PASSWORD: ...
_ENV_SECRET = (
    r"(?<![A-Za-z0-9])[A-Z0-9_]{0,48}(?:SECRET|PASSWORD|PASSWD|PWD|TOKEN|API_?KEY|PRIVATE_?KEY|"
    r"ACCESS_?KEY|AUTH)[A-Z0-9_]{0,48}[ \t]{0,2}[:=][ \t]{0,2}[\"']?(?P<v>[^\s\"']{6,256})"
)  # the value on the variable's line: "DB_PASSWORD=" left empty takes nothing below it
# (The name's parts bounded: unbounded, "DB_PASSWORD" repeated over 20,000 characters took
# minutes, cubic in its length.)
# The password word in the same sentence, the value anywhere near it: "tried Maple#2023 twice".
_PASSWORD_WORD = (
    r"(?:passwords?|passwort|passworts|passwortes|passwörter|kennwort|kennworts|kennwortes"
    r"|pasword|passwrod|passowrd|paswort|passwd|psw|mots? de passe|mot-de-passe|mdp|contraseñas?"
    r"|contrasena|clave|hasło|haslo|hasła|hasla|hasłem|haslem|haseł|wachtwoord|wachtwoorden"
    r"|passcode|pw|pwd|logował\w*|login|log in|log-in|logon|sign in|sign-in|signin|einlogg\w*"
    r"|anmelde\w*|anmeldung|connexion|se connecter|iniciar sesión|accesso|inloggen"
    r"|logowani\w*|zaloguj\w*|get in|tried|typed|entered|probiert|versucht|eingegeben"
    # logging in: "tried logging in with \"+fiaUqgIyoB\"", "mit „X“ eingeloggt"
    r"|logg(?:ing|ed) (?:in|on)|sign(?:ing|ed) (?:in|on)|eingeloggt|angemeldet|anmelden"
    r"|connecté|connectée|connecter|connexion|conectarme|conectar|entrar|acceder|accedere"
    r"|entrare|ingelogd|aangemeld|aanmelden|zalogować|zalogowac|iniciar sesión"
    r"|inicio sesión|inicié sesión|iniciar sesion|inicio sesion|accedo|log ik in|loguję"
    r"|loguje"
    r"|essayé|tapé|saisi|probé|intenté|escrib\w*|provato|digitato|inserito|geprobeerd"
    r"|ingevoerd|próbował\w*|wpisał\w*)"
)
# The password's (or PIN's) own noun, in its inflections, typos and abbreviations.
_PW_NOUN = (
    r"(?:passwords?|passwort|passworts|passwortes|kennwort|kennworts|pasword|passwrod|paswort"
    r"|passwd|psw|pwd|pw|passcode|passphrase|mots? de passe|mot-de-passe|mdp|contraseñas?"
    r"|contrasena|contrasenia|clave|hasło|haslo|hasła|hasłem|wachtwoord|wachtwoorden"
    r"|wachtwoort|wachtwood|wachtword|paswoord|passwoord|kenwort|parola d'ordine"
    r"|pin|pin-?code|pincode|code pin|código pin|codice pin|kod pin|geheimzahl)"
)
_PW_NOUN_STEMS = (
    "pass", "pasw", "psw", "pw", "kennwort", "mdp", "contrase", "clave", "hasł", "hasl",
    "wachtwoord", "parola", "pin", "geheimzahl", "wachtwo", "paswoord", "kenwort", "ww",
)  # fmt: skip
# The value before its noun: "Lighthouse77 is my password", "Vesuvio2021 è la mia password",
# "4471 ist meine PIN", "j'ai mis soleil_levant7 comme mot de passe".
# The link from a value to the noun that names it after it: "is my", "ist eigentlich
# mein", "c'est, euh, mon", "as my", "jako moje".
_LINK_BEFORE_NOUN = (
    r"(?:(?:is|was|ist|war|est|c'est|c’est|es|era|è|e|is|was|to|jest|było|bylo)"
    r"(?:\s{1,3}(?:also|auch|aussi|también|anche|ook|też))?"
    # "Sommer2024 ist eigentlich mein Passwort", "Soleil_77 c'est, euh, mon mot de passe"
    rf"{HEDGE}{{0,2}}"
    r"(?:\s{1,3}(?:my|the|our|mein|meine|unser|unsere|das|die|le|la|mon|ma|notre|mi|el|nuestra"
    r"|mia|mio|il|mijn|het|ons|onze|moje|nasze|moim|new|neues|neue|nouveau|nouvelle|nuevo"
    r"|nueva|nuova|nuovo|nieuwe|nowe|current|aktuelles|actuel|old|altes|ancien)){0,3}"
    r"|as(?:\s{1,3}(?:my|the|a|new))?|als(?:\s{1,3}(?:mein|neues|neue))?"
    r"|comme(?:\s{1,3}(?:mon|nouveau))?|como(?:\s{1,3}(?:mi|nueva|nuevo))?"
    r"|come(?:\s{1,3}(?:mia|nuova))?|jako(?:\s{1,3}(?:moje|nowe))?)"
)
_BEFORE = (
    r"(?<![^\s(\[\"'“‘«:,;])(?P<v>[^\s\"'“”‘’«»]{4,64})\s{1,3}"
    rf"{_LINK_BEFORE_NOUN}\s{{1,3}}(?:{_PW_NOUN}|ww)(?!\w|-)"
    # "X is my password manager" names the manager, not a password
    r"(?!\s{1,3}(?:manager|managers|reset|field|policy|rules?|length|requirements?|strength"
    r"|hint|generator|vault|tresor|gestionnaire|gestor|gestore|beheerder|menedżer))"
)
# A key or token before the noun that names it: "Zx81Qw4Ty7Ui0Op3As6D is my api key",
# "... ist mein API-Schlüssel", "... c'est mon token" (a random token: `_random_token`).
_KEY_NOUN = (
    r"(?:api[ _-]?key|api[ _-]?schlüssel|clé(?: d')?api|clave(?: de)? api|chiave api"
    r"|api[ _-]?sleutel|klucz(?:em)? api|secret[ _-]?key|client[ _-]?secret|access[ _-]?key"
    r"|access[ _-]?token|token|secret|jeton|zugangstoken|toegangstoken)"
)
_KEY_BEFORE = (
    r"(?<![^\s(\[\"'“‘«:,;])(?P<v>[A-Za-z0-9/+_=.-]{16,128})\s{1,3}"
    rf"{_LINK_BEFORE_NOUN}\s{{1,3}}{_KEY_NOUN}(?![\w-])"
    # "X is the token id", "... the api key name": what names the key, not the key
    r"(?!\s{1,3}(?:id|ids|name|type|endpoint|url|page|docs?|prefix|format|header|field)(?!\w))"
)
_UUID_SHAPE = re.compile(r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}", re.IGNORECASE)
# The password's noun and the value right after it, no link word, as chat drops it:
# "haslo t1gr0u110", "Kennwort „Bergluft-sonnen-78“ funktioniert nicht", "password
# Tulip_77 doesn't work", "mdp soleil2020". Only a value with letters and a digit or
# symbol (`_named_password`): "Passwort vergessen", "password reset", "hasło 3 razy" are
# no passwords. Not the PIN's noun (`_PIN` reads digits after it).
_PW_NOUN_ONLY = (
    r"(?:password|passwort|kennwort|pasword|passwrod|paswort|passwd|psw|pwd|pw|passcode"
    r"|passphrase|mot de passe|mot-de-passe|motdepasse|mdp|contraseña|contrasena|contrasenia|clave"
    r"|hasło|haslo|wachtwoord|wachtwoort|wachtwood|wachtword|paswoord|passwoord|kenwort"
    r"|parola d'ordine)"
)
_BARE = (
    rf"(?<![\w-]){_PW_NOUN_ONLY}\s{{1,3}}[\"'“‘«„‚]?"
    r"(?P<v>[^\s\"'“”‘’«»„‚]{6,64})(?=$|[\s\"'“”‘’«»]|[.,;:!?](?:\s|$))"
)
# The value alone on the line after a line that names the password: "what password did I
# set?\nteal-otter-93", "welk wachtwoord? dit:\nwilg%97".
_OWN_LINE = (
    rf"(?<!\w){_PW_NOUN}(?!\w)[^\n]{{0,120}}\n[ \t]{{0,3}}"
    r"(?P<v>[^\s\"'“”‘’«»]{4,64})[ \t]*(?=\n|$)"
)
# A login name, then the password's word and the password without a link word: "usuario
# mgarcia y clave caracol_azul5", "login jkowalski, haslo zielony_las8", "user bob / pw x".
# The login's word and its link ("username", "login is", "Benutzername:"), and what joins
# the login to the password's word after it (", und Passwort:", " pw ").
_LOGIN_WORD = (
    r"(?<!\w)(?:user(?:name)?|user id|login|benutzer(?:name)?|nutzername|identifiant"
    r"|nom d'utilisateur|utilisateur|usuario|utente|nome utente|gebruiker(?:snaam)?"
    r"|użytkownik|uzytkownik)(?:\s{1,3}(?:is|ist|est|es|è|jest|to))?\s{0,3}[:=]?\s{1,3}"
)
_THEN_PASSWORD = (
    r"\s{0,3}[,;/|]?\s{0,3}(?:(?:and|und|et|y|e|en|i|oraz|&)\s{1,3})?"
    rf"(?:{_PW_NOUN}|pass|ww|parola)\s{{0,3}}[:=]?\s{{1,3}}"
)
_LOGIN_AND_PASSWORD = (
    rf"{_LOGIN_WORD}[^\s,;/|]{{2,64}}{_THEN_PASSWORD}(?P<v>[^\s\"'“”‘’«»]{{3,64}})"
)
# The login of such a pair, when it is shaped like one (a digit, or parts joined by "." or
# "_"): "Benutzername kleinschmidt.j Kennwort Bergsee2024", "utente ferri.giulia password
# Roma2020".
_LOGIN_OF_PAIR = (
    rf"{_LOGIN_WORD}"
    r"(?P<v>(?=[^\s,;/|]*[\d._])[A-Za-z0-9](?:[A-Za-z0-9]|[._-](?=[A-Za-z0-9])){1,63})"
    rf"(?={_THEN_PASSWORD}[^\s\"'“”‘’«»]{{3,64}})"
)
# Login and password joined by a slash after a word for access data: "creds are admin /
# Tortoise#55", "Zugang: mueller_k / Brezel!2021", "dostęp: nowak.a / Pierogi#44".
_LOGIN_SLASH = (
    r"(?<!\w)(?:creds|credentials|log-?in|login details|zugang|zugangsdaten|anmeldedaten|accès"
    r"|acces|identifiants|acceso|credenciales|accesso|credenziali|inlog|inloggegevens|dostęp"
    r"|dostep|dane logowania|dane do logowania)"
    r"(?:\s{1,3}(?:are|is|sind|sont|son|sono|zijn|to))?\s{0,3}[:=]?\s{0,3}"
    r"[^\s/:]{2,64}\s{0,2}/\s{0,2}(?P<v>[^\s\"'“”‘’«»/]{3,64})"
)
# A few words between the noun and its link: "the pass i use everywhere is Bluebird_2020",
# "das Passwort von damals war Eiche_2019" (only a value shaped like a password counts).
_AFTER_CLAUSE = (
    rf"(?<!\w)(?:{_PW_NOUN}|pass)(?:\s{{1,3}}[^\s\d:=]{{1,14}}){{1,4}}?{_LINK}\s{{0,3}}"
    r"(?P<v>[^\s\"'“”‘’«»]{4,64})"
)
# The value a password was changed to, after a preposition of change: "zmieniłem hasło na
# biedronka9035", "hab das Passwort auf adler3372 geändert", "wachtwoord gewijzigd naar X"
# (a word of changing must stand near: `_CHANGE_WORD`).
_CHANGED_TO = (
    rf"(?<!\w){_PW_NOUN}(?:\s{{1,3}}(?:gewijzigd|veranderd|aangepast|geändert|changé|modifié"
    r"|cambiada|cambiata|cambiato|zmienione|zmieniłem|zmieniłam))?"
    r"\s{1,3}(?:to|auf|into|na|naar|op|en|à|a|in|su|zu)\s{1,3}"
    r"(?P<v>[^\s\"'“”‘’«»]{4,64})"
)
_CHANGE_WORD = re.compile(
    r"(?<!\w)(?:chang\w*|set|reset|updated?|änder\w*|geändert|gesetzt|umgestellt|chang[eé]\w*"
    r"|modifi\w*|mis|cambi\w*|puse|puesto|messo|impostat\w*|gewijzigd|wijzig\w*|veranderd"
    r"|aangepast|ingesteld|zmieni\w*|ustawi\w*)(?!\w)",
    re.IGNORECASE,
)
# The answer to a security question (a secret that unlocks an account): "security
# question answer is Biscuit", "antwort auf die sicherheitsfrage ist Bremen", "risposta
# alla domanda di sicurezza: Fufi", "mother's maiden name: Kowalska". The question's
# own word alone ("my security question is what was my first pet") names a question.
_SECURITY_QUESTION = (
    r"(?:security[ -]question|secret question|sicherheitsfrage|geheimfrage|question de sécurité"
    r"|question secrète|pregunta de seguridad|pregunta secreta|domanda di sicurezza"
    r"|domanda segreta|beveiligingsvraag|geheime vraag|pytanie bezpieczeństwa"
    r"|pytanie pomocnicze|pytania bezpieczeństwa|pytania pomocniczego)"
)
_ANSWER = (
    r"(?:answer|antwort|réponse|reponse|respuesta|risposta|antwoord|odpowiedź|odpowiedz)"
)
_SECURITY_ANSWER = (
    r"(?<!\w)(?:"
    rf"{_SECURITY_QUESTION}\s{{1,3}}{_ANSWER}"
    rf"|{_ANSWER}(?:\s{{1,3}}(?:to|for|on|of|auf|zur|zu|für|à|a|de|la|ma|alla|al|della|op|van"
    r"|voor|na|my|the|die|der|meine|meiner|mi|mia|mijn|de|moje|mojej|mon|el)){0,3}"
    rf"\s{{1,3}}{_SECURITY_QUESTION}"
    r"|(?:security|secret|memorable|sicherheits|geheime|secrète|secreta|segreta|beveiligings)"
    r"[ -]?(?:answer|antwort|réponse|respuesta|risposta|antwoord|word)"
    r"|(?:réponse|reponse) (?:secrète|secrete|de sécurité)|respuesta (?:secreta|de seguridad)"
    r"|risposta (?:segreta|di sicurezza)|odpowiedź (?:pomocnicza|bezpieczeństwa)"
    r"|mother'?s maiden name|maiden name|mädchenname(?: der mutter| meiner mutter)?"
    r"|nom de jeune fille(?: de (?:ma|la) mère)?|apellido de soltera(?: de (?:mi|la) madre)?"
    r"|cognome da nubile(?: di (?:mia|della) madre)?|meisjesnaam(?: van (?:mijn|de) moeder)?"
    r"|nazwisko panieńskie(?: matki)?|panieńskie nazwisko(?: matki)?)"
    # the link, or none before a quoted answer: 'security answer "Rover"'
    rf"(?:{_LINK}\s{{0,3}}[\"'“‘«„]?|\s{{1,3}}(?=[\"'“‘«„])[\"'“‘«„])"
    # one word, or several when each starts with a capital ("Mr Whiskers", "São Paulo")
    r"(?P<v>[^\W\d_][\w'’-]{1,40}(?:\s(?-i:[A-ZÀ-Ý])[\w'’-]{1,40}){0,2})"
)
# The question itself between its word and the answer, in brackets or written out, then
# a colon, an arrow or its question mark: "Sicherheitsfrage Geburtsort der Mutter: Bad
# Segeberg", "réponse à la question secrète (nom de jeune fille de ma mère) : Marchal",
# "beveiligingsvraag (naam eerste huisdier): Snuffie", "security question - first pet? Rex".
# Written out, the question must name what such questions ask about (`_ASKED_ABOUT`):
# "Sicherheitsfrage vergessen: was tun" asks nothing.
_ASKED_ABOUT = (
    r"(?:pet|pets|dog|cat|haustier\w*|hund\w*|katze|animal|animaux|chien|chat|mascota|perro"
    r"|gato|animale|cane|gatto|huisdier|hond|kat|zwierz\w*|pies|psa|kot|kota"
    r"|born|birth|birthplace|geburt\w*|geboren|naissance|née?|natal|nacimiento|nacid[oa]"
    r"|nascita|nat[oa]|geboorte\w*|urodz\w*|mother|mother's|mom|mum|mutter|mère|mere|madre"
    r"|moeder|matki|matka|father|vater|père|padre|vader|ojca|maiden|mädchenname|soltera"
    r"|nubile|meisjesnaam|panieńsk\w*|school|schule|grundschule|école|ecole|escuela|colegio"
    r"|scuola|szkoł\w*|szkol\w*|teacher|lehrer\w*|professeur|instit\w*|profesor\w*"
    r"|maestr[oa]|insegnante|leraar|lerares|juf|meester|nauczyciel\w*|street|straße|strasse"
    r"|rue|calle|via|straat|ulic\w*|city|town|stadt|ort|ville|ciudad|città|citta|stad"
    r"|miast\w*|car|auto|voiture|coche|macchina|samoch\w*|friend|freund\w*|ami|amie"
    r"|amig[oa]|amic[oa]|vriend\w*|przyjaciel\w*|favou?rite|lieblings\w*|préféré\w*"
    r"|favorit[oa]|preferit[oa]|favoriet\w*|ulubion\w*|nickname|spitzname|surnom|apodo"
    r"|soprannome|bijnaam|przezwisk\w*|name|namen|nom|nombre|nome|naam|imię|imie"
    r"|nazwisk\w*)"
)
_QUESTION_ASIDE = r"\s{0,3}[(\[][^()\[\]\n]{2,80}[)\]]"
_QUESTION_WRITTEN = (
    r"\s{0,3}[:,\-–]?(?=(?:\s{1,3}[^\s\d:=?()\[\]]{1,20}){0,7}?\s{1,3}"
    rf"(?:[^\s\d:=?()\[\]]{{0,10}}){_ASKED_ABOUT}(?!\w))"
    r"(?:\s{1,3}[^\s\d:=?()\[\]]{1,20}){1,8}?\s{0,3}\??"
)
_ASKED_ANSWER = (
    rf"(?<!\w){_SECURITY_QUESTION}(?:{_QUESTION_ASIDE}|{_QUESTION_WRITTEN})"
    r"\s{0,3}(?:[:=]|->|→|–|-(?=\s)|(?<=\?))\s{0,3}"
    # the answer's own word after the question: "security question: first pet? answer: Rex"
    rf"(?:{_ANSWER}\s{{0,3}}[:=]?\s{{0,3}})?[\"'“‘«„]?"
    r"(?P<v>[^\W\d_][\w'’-]{1,40}(?:\s(?-i:[A-ZÀ-Ý])[\w'’-]{1,40}){0,2})"
)
# The question named (and perhaps written out), then later in the message its answer by
# the answer's word or verb: "security question was mothers maiden name, I answered
# Thornbury", "Sicherheitsfrage Lieblingstier, Antwort war Hamster Fridolin", "domanda
# segreta: squadra del cuore, risposta Sampdoria", "beveiligingsvraag ..., antwoord De
# Regenboog". The answer's word alone ("answer") needs the question before it.
_ANSWERED = (
    r"(?:answer|antwort|réponse|reponse|respuesta|risposta|antwoord|odpowiedź|odpowiedz"
    r"|answered|geantwortet|antwortete|répondu|repondu|respondí|respondi|contesté|conteste"
    r"|risposto|geantwoord|antwoordde|odpowiedział\w{0,2}|odpowiedzial\w{0,2})"
)
_ANSWER_VERB = (
    r"(?:is|was|ist|war|lautet|lautete|est|était|etait|es|era|fue|è|e|jest|to|by[łl]a|with|mit"
    r"|avec|con|met)"
)
_ANSWER_LATER = (
    rf"(?<!\w){_SECURITY_QUESTION}(?![\w])[^\n.!?]{{0,80}}?(?<!\w)"
    r"(?:(?:my|the|meine|die|ma|la|mi|mia|mijn|het|moja)\s{1,3})?"
    rf"{_ANSWERED}(?!\w)"
    # a link (a verb, a colon, quotes) before the answer, or its capital: "answer Thornbury"
    rf"(?:(?:\s{{1,3}}{_ANSWER_VERB})?\s{{0,3}}(?:[:=]\s{{0,3}}|\s(?=[\"'“‘«„]))[\"'“‘«„]?"
    rf"|\s{{1,3}}{_ANSWER_VERB}\s{{1,3}}|\s{{1,3}}(?-i:(?=[A-ZÀ-Ý])))"
    r"(?P<v>[^\W\d_][\w'’-]{1,40}(?:\s(?-i:[A-ZÀ-Ý])[\w'’-]{1,40}){0,2})"
)
# The classic questions named without their word, then a colon and the answer: "first
# pet: Rex", "Name meines ersten Haustiers: Bello", "nom de mon premier animal : Minou",
# "imię pierwszego zwierzaka: Burek", "Geburtsort der Mutter: Bad Segeberg" (a first
# pet, school, car or teacher; the mother's or father's birthplace).
_FIRST = (
    r"(?:first|erste|ersten|erstes|erster|premier|première|premiere|primer|primera|primo"
    r"|prima|eerste|pierwsz\w*)"
)
_FIRST_THING = (
    r"(?:pet|pet's|dog|dog's|cat|cat's|car|school|teacher|haustier|haustiers|haustieres"
    r"|hund|hundes|hunds|katze|auto|autos|schule|lehrer|lehrerin|lehrers|animal|chien|chat"
    r"|voiture|école|ecole|maître|maitre|maîtresse|mascota|perro|gato|coche|escuela|colegio"
    r"|maestr[oa]|animale|cane|gatto|macchina|scuola|huisdier|hond|kat|leraar|lerares|juf"
    r"|zwierzak\w{0,3}|zwierzę\w{0,4}|psa|pies|kot|kota|kotka|kotek|samochód|samochodu"
    r"|szkoła|szkoły|szkole|nauczyciel\w{0,3})"
)
_BIRTHPLACE = (
    r"(?:birthplace|place of birth|city of birth|born|geburtsort|geburtsstadt|lieu de"
    r" naissance|ville de naissance|née?|lugar de nacimiento|ciudad natal|nacid[oa]|luogo di"
    r" nascita|città natale|citta natale|nat[oa]|geboorteplaats|geboortestad|geboren"
    r"|miejsce urodzenia|miasto urodzenia|urodzon\w*)"
)
_PARENT = (
    r"(?:mother|mother's|mom's|mum's|father|father's|dad's|mutter|vater|mère|mere|père|pere"
    r"|madre|padre|moeder|vader|matki|ojca|mamy|taty)"
)
_CLASSIC_ANSWER = (
    r"(?<!\w)(?:"
    rf"{_FIRST}\s{{1,3}}{_FIRST_THING}"
    rf"|{_PARENT}(?:\s{{1,3}}[^\s\d:=]{{1,10}}){{0,2}}?\s{{1,3}}{_BIRTHPLACE}"
    rf"|{_BIRTHPLACE}(?:\s{{1,3}}[^\s\d:=]{{1,10}}){{0,2}}?\s{{1,3}}{_PARENT})"
    r"(?!\w)(?:\s{1,3}(?:name|namen|nom|nombre|nome|naam|imię|imie))?"
    r"\s{0,3}(?:[:=]|->|→)\s{0,3}[\"'“‘«„]?"
    r"(?P<v>[^\W\d_][\w'’-]{1,40}(?:\s(?-i:[A-ZÀ-Ý])[\w'’-]{1,40}){0,2})"
)
# The answer before the words that name it: "Rex was the answer to my security question",
# "Bello ist die Antwort auf die Sicherheitsfrage", "Minou, c'est la réponse à ma question
# secrète", "Burek to odpowiedź na pytanie pomocnicze", "Kowalska is my mother's maiden name".
_ANSWER_BEFORE = (
    r"(?<![\w'’-])(?P<v>[^\W\d_][\w'’-]{1,40}(?:\s(?-i:[A-ZÀ-Ý])[\w'’-]{1,40})?)"
    r",?\s{1,3}(?:is|was|ist|war|c'est|c’est|était|etait|est|es|era|fue|è|e|to|jest|było"
    r"|bylo|był|była)"
    r"(?:\s{1,3}(?:the|my|die|meine|der|mein|la|ma|mi|el|il|het|mijn|de|moja|moje|also|auch"
    r"|aussi|también|anche|ook|też)){0,2}\s{1,3}"
    rf"(?:{_ANSWER}(?:\s{{1,3}}(?:to|for|on|of|auf|zur|zu|für|à|a|de|la|ma|alla|al|della"
    r"|op|van|voor|na|my|the|die|der|meine|meiner|mi|mia|mijn|moje|mojej|mon|el|mein|ta|tu"
    rf")){{0,3}}\s{{1,3}}{_SECURITY_QUESTION}"
    r"|(?:security|secret|memorable|sicherheits|geheime|secrète|secreta|segreta|beveiligings)"
    r"[ -]?(?:answer|antwort|réponse|respuesta|risposta|antwoord)"
    r"|(?:mother'?s |mum'?s |mom'?s )?maiden name|mädchenname(?: der| meiner)?(?: mutter)?"
    r"|nom de jeune fille(?: de (?:ma|la) mère)?|apellido de soltera(?: de (?:mi|la) madre)?"
    r"|cognome da nubile(?: di (?:mia|della) madre)?|meisjesnaam(?: van (?:mijn|de) moeder)?"
    r"|nazwisko panieńskie(?: matki)?|panieńskie nazwisko(?: matki)?)(?!\w)"
)
_CLASSIC_STEMS = (
    "first", "erste", "premi", "primer", "primo", "prima", "eerste", "pierwsz", "birth", "born",
    "geburt", "naissance", "née", "nacimiento", "natal", "nacid", "nascita", "natale", "nato",
    "nata", "geboorte", "geboren", "urodz",
)  # fmt: skip
_QUESTION_STEMS = (
    "security", "secret", "sicherheitsfrage", "geheimfrage", "sécurité", "secrète", "seguridad",
    "secreta", "sicurezza", "segreta", "beveiligingsvraag", "geheime vraag", "bezpiecze",
    "pomocnicz",
)  # fmt: skip
_SECURITY_STEMS = (
    "answer", "antwort", "réponse", "reponse", "respuesta", "risposta", "antwoord", "odpowied",
    "maiden", "mädchenname", "jeune fille", "soltera", "nubile", "meisjesnaam", "panieńsk",
    "memorable",
)  # fmt: skip
# Letters with accents count ("cArIñO29638" after "clave de acceso").
_SHAPED = r"(?<![\w@/.:#-])(?P<v>[A-Za-zÀ-ÖØ-öø-ÿ0-9!#$%&*+?@^_~.-]{6,64})(?![\w@/:-])"
# Secrets in pasted commands and connection strings: the password of a URL's user
# information, whatever the scheme and host ("postgres://app:S3cr3t@10.0.1.12:5432/db",
# "redis://:pw@localhost:6379"), and a command's user and password ("curl -u elastic:pQlx",
# "wget --user=bob:pw").
_PASTED = (
    Pattern("url_password", r"(?<![\w+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/@<>\"'`]{0,64}:(?P<v>[^\s@/<>\"'`]{1,128})@(?=[\w\[])", 0.9),  # noqa: E501
    Pattern("user_flag_password", r"(?<!\S)(?:-u|--user)[ =][\"']?[^\s:\"']{1,64}:(?P<v>[^\s\"']{1,128})", 0.9),  # noqa: E501
    # The password of a Wi-Fi QR code's payload, read out by a phone or a decoder app:
    # "WIFI:S:<network>;T:WPA;P:<password>;;", its fields in any order, ";" ":" "," and "\"
    # escaped with a backslash.
    Pattern("wifi_qr_password", r"(?<![\w])WIFI:(?:[A-Z]:(?:\\.|[^;\\\n]){0,128};){0,8}?P:(?P<v>(?:\\.|[^;\\\n]){1,63});", 0.9, re.IGNORECASE),  # noqa: E501
)  # fmt: skip

# What documentation writes for the password of a URL or a command: the word itself.
_DOCUMENTED_PASSWORDS = frozenset(
    ("password", "passwd", "pass", "pwd", "secret", "yourpassword", "your_password",
     "your-password", "mypassword", "my_password", "pw")
)  # fmt: skip

# Words that follow "my password is ..." when nobody is telling a password.
_NOT_A_SECRET = frozenset(
    """wrong incorrect correct invalid required expired not the my your his her our their a an
    too very still also reset changed missing forgotten forgot weak strong set same empty blank
    case now being that this it ok okay fine long short locked different protected needed
    mandatory secure safe hidden saved stored updated sent new old and or but for in on of at
    to with without please gone lost compromised leaked broken working correctly characters
    falsch nicht zu sehr abgelaufen geändert vergessen faux incorrect incorrecte expiré oublié
    incorrecto incorrecta olvidada caducada sbagliata errata scaduta dimenticata fout onjuist
    verlopen vergeten błędne nieprawidłowe wygasło zapomniane le la el il het de der die das
    scaduto scaduti scadute caducado caducada caducó expirado expirada expiré expirée
    expirés abgelaufene wygasł wygasła wygasły nieważne ungültig ongeldig non valido
    reset. manager field box sent expired valid invalid below above here there
    ist est es jest werden wurde super pretty quite so simple easy hard
    invalide invalides valide inválido inválida invalido invalida válido válida valida
    gültig richtig erroné erronée errato sbagliato erróneo errónea geldig juist verkeerd
    prawidłowe poprawne niepoprawne schwach faible débil debole zwak słabe out
    successful erfolgreich réussi réussie exitoso exitosa riuscito riuscita succesvol
    geslaagd udane udana unusable unacceptable unavailable inutilisable inutilizable
    inutilizzabile onbruikbaar active inactive aktiv inaktiv actif inactif activo inactivo
    activa inactiva attivo inattivo attiva inattiva actief inactief aktywne nieaktywne
    aktywny nieaktywny aktywna nieaktywna""".split()  # noqa: SIM905
) | {w for w in HEDGE_WORDS if " " not in w}  # "the password is just on the router"
# Words that say how a password is, not what it is, in the seven languages (closed
# classes: negations, degree adverbs, the auxiliaries of the passive): "Dieses Passwort
# ist |komplett| numerisch", "ce mot de passe est |trop| courant", "la password è |stata|
# cambiata", "het wachtwoord is |niet| juist ingevoerd", "hasło jest |zbyt| krótkie".
_DESCRIBING = frozenset(
    """not never no really totally completely entirely fully rather
    nicht kein keine nie niemals komplett völlig vollständig ganz total gar viel ziemlich
    pas plus jamais trop très totalement complètement vraiment assez
    nunca tampoco demasiado muy tan bastante totalmente completamente
    non mai troppo molto così abbastanza davvero proprio
    niet geen nooit zeer heel erg helemaal volledig
    nie ani zbyt za bardzo całkiem całkowicie zupełnie wcale już jeszcze
    stata stato state stati été sido estado geworden worden gewesen geweest
    został została zostało zostały było była był""".split()  # noqa: SIM905
)
# An adverb of manner or degree by its ending: "completamente", "interamente",
# "totalement" (long enough not to be "mente", "clemente"); a Polish adverb of an adjective
# in -ny, a consonant before its "-nie" ("dokładnie", "poprawnie"; not the nouns in
# "-anie", "-enie": "pytanie").
_ADVERB = re.compile(r"[^\W\d_]{4,}(?:mente|ement|amment|emment)")
_PL_ADVERB = re.compile(r"[^\W\d_]{3,}[^\W\d_aeiouyąęó]nie")
# A past participle or a predicative adjective by its ending, closing its clause:
# "fue |deshabilitada|.", "era |inválido|,", "è |bloccata| da ieri", "est |bloqué|.",
# "ist |gesperrt|.", "is |gewijzigd|.", "jest |niepoprawne|." (Polish: a negated adjective
# or a participle's -ne/-ny/-ony/-one/-ane/-any ending).
_PARTICIPLE = re.compile(
    r"[^\W\d_]{2,}(?:ad[oa]s?|id[oa]s?)"  # es
    r"|[^\W\d_]{2,}(?:at|it|ut)[oaie]"  # it
    r"|[^\W\d_]{2,}é(?:e|s|es)?"  # fr
    r"|[^\W\d_]{0,6}ge[^\W\d_]{3,}(?:t|en|d)|[^\W\d_]{3,}iert"  # de, nl ("aufgehoben")
    # de, nl: the participle of a verb with an unstressed prefix takes no "ge-"
    # ("verzonden", "verstuurd", "bevestigd", "ontgrendeld", "verschickt", "entsperrt")
    r"|(?:be|ver|ont|ent|zer)[^\W\d_]{4,}(?:t|en|d)"
    r"|nie[^\W\d_]{4,}|[^\W\d_]{3,}(?:ne|ny|one|ony|ane|any)"  # pl
)
# A predicative adjective by its ending: "ist |fehlerhaft|", "zijn |hoofdlettergevoelig|",
# "est |sensible| à la casse", "son |sensibles| a", "is |unusable|", "è |modificabile|"
# (long enough not to be "honig", "table").
_ADJECTIVE = re.compile(r"[^\W\d_]{4,}(?:ig|lich|lijk|isch|bar|baar|los|loos|haft)")  # de, nl
# English and Romance ones say how a password is only before a preposition ("sensible à
# la casse", "modificabile dal profilo"): closing a sentence they are as often the word
# itself ("The wifi password is invincible.", "Das Passwort ist unbreakable.").
_ADJECTIVE_BEFORE_PREPOSITION = re.compile(
    r"[^\W\d_]{3,}(?:ible|ibles|able|ables|ive|less|ibile|ibili|abile|abili)"  # en fr es it
)
# What closes a participle's clause: the end, punctuation, or a preposition of agent,
# time, means or direction after it ("bloccata da ieri", "bloqueada por seguridad",
# "gereset met het nieuwe wachtwoord", "verstuurd naar je e-mailadres", "sensible a
# mayúsculas").
_CLAUSE_CLOSE = re.compile(
    r"\s*(?:$|[.,;:!?)]|(?:by|since|for|from|with|to|seit|von|durch|wegen|mit|an|par"
    r"|depuis|pour|avec|à|a|por|desde|para|con|al|da|per|dal|dalla|door|sinds|voor|met|naar"
    r"|przez|od|dla|do)(?!\w))",
    re.IGNORECASE,
)
# The speaker's own password ("mi contraseña es helado", "unser WLAN-Passwort ist
# gesalzen"): a plain word stated there is one.
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:my|our|mein\w*|unser\w*|mon|ma|mes|notre|nos|mi|mis|nuestr\w+|mio|mia"
    r"|nostr\w|mijn|onze|ons|moj\w*|mój|nasz\w*|ich|je(?!\s+(?:nieuwe\s+)?(?:wachtwoord|"
    r"pincode|pin|code|toegangscode|inlogcode|account|gebruikersnaam|wifi))|j'ai|yo|io|ik|ja|i)"
    r"(?!\w)",
    re.IGNORECASE,
)
# An infinitive (or imperative, or gerund) with a clitic pronoun is a verb, no password:
# "questo segreto e |utilizzarlo|" (Italian "e" is "and", and a link word typed without
# its accent), "la contraseña es |cambiarla| cada mes".
_CLITIC_INFINITIVE = re.compile(
    r"[^\W\d_]{3,}[aeiáéí]r(?:lo|la|li|le|ne|ci|vi|si|mi|ti|los|las|les|me|te|se|nos|gli\w*)"
    # an imperative of the -isc- verbs, or a gerund, with a clitic: "token e
    # |custodiscili|", "il codice e |inseriscilo|", "e |usandolo| accedi"
    r"|[^\W\d_]{2,}isci(?:lo|la|li|le|ne)|[^\W\d_]{2,}[ae]ndo(?:lo|la|li|le|ne|si|ci)"
)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)(?![\w@#$%&*+=~^-])")
_COLON_LINK = re.compile(r"(?:[:=]|->|=>|→|⇒)\s*[\"'“‘«„‚]?$")


def _describes_the_secret(text: str, start: int, end: int) -> bool:
    """Whether the word after "password is" says how the password is rather than what it
    is: a word glued to the link word before it ("adresu e|-mail|": "e-mail" is no "è" and
    value); a negation, degree adverb or the passive's auxiliary (`_DESCRIBING`), or an
    adverb in -mente/-ment, after a link word; or, after a link word and in nobody's own
    sentence (`_FIRST_PERSON`), a lowercase participle or adjective closing its clause
    (`_PARTICIPLE`: "Uw wachtwoord is |ingesteld|.", `_ADJECTIVE`: "zijn
    |hoofdlettergevoelig|."). Values with a digit, a symbol or a
    capital are never judged so."""
    if start > 0 and text[start - 1].isalnum():
        return True
    value = text[start:end]
    if not (value.isalpha() and value.islower()):
        return False
    if _COLON_LINK.search(text, max(0, start - 8), start):
        return False  # "Passwort: gesperrt": a colon gives the value
    key = value.casefold()
    if key in _DESCRIBING or _ADVERB.fullmatch(key) or _CLITIC_INFINITIVE.fullmatch(key):
        return True
    if _PL_ADVERB.fullmatch(key):
        # "jest |dokładnie| sprawdzane": an adverb before a participle; "to |piekarnie|." a noun
        after = _NEXT_WORD.match(text, end)
        return after is not None and _PARTICIPLE.fullmatch(after[1].casefold()) is not None
    if key in _WHEN_ADVERBS:
        # "Je wachtwoord is |opnieuw| ingesteld.": the word after the adverb tells
        after = _NEXT_WORD.match(text, end)
        return after is not None and _describes_the_secret(text, after.start(1), after.end(1))
    close = _CLAUSE_CLOSE.match(text, end)
    if close is None:
        return False
    if not (
        _PARTICIPLE.fullmatch(key)
        or _ADJECTIVE.fullmatch(key)
        or (_ADJECTIVE_BEFORE_PREPOSITION.fullmatch(key) and close[0].strip()[:1].isalpha())
    ):
        return False
    if _after_when_adverb(text, start):
        return True  # "Mein Passwort ist |jetzt| gesperrt.": a state, even one's own
    sentence = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 80, 0)
    return _FIRST_PERSON.search(text, sentence, start) is None


_WHEN_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_WHEN_WORDS})\s+$", re.IGNORECASE)


def _after_when_adverb(text: str, start: int) -> bool:
    """Whether an adverb of time (`_WHEN_ADVERBS`) stands right before `start`."""
    return _WHEN_BEFORE.search(text, max(0, start - 24), start) is not None


_TRAILING_PUNCT = ".,;:"
_SPACED_TAIL = re.compile(r" (?P<tail>[\d!#$%&*+@^~_-]{2,8})(?=\s*$|[.,;!?](?:\s|$))")
_SPACE = re.compile(r"\s")


def _token_end(text: str, start: int) -> int:
    """Where the token starting at `start` ends (at the next white space)."""
    stop = _SPACE.search(text, start)
    return len(text) if stop is None else stop.start()

# Patterns whose value follows the password's noun, where a "!" at its end is the
# password's as after "password is" ("login nowak1990 hasło zubr2020!").
_KEEPS_BANG = frozenset({"password_bare", "login_and_password"})


# Words that follow "the answer to my security question is ..." when no answer is told.
_NOT_AN_ANSWER = _NOT_A_SECRET | frozenset(
    """what which who where when how why was wer wo wann wie welche welcher welches quel quelle
    qui où quand comment qué cuál cual quién dónde cuándo cómo che quale chi dove quando come
    wat welke wie waar wanneer hoe co jaki jaka jakie kto gdzie kiedy jak something etwas
    quelque algo qualcosa iets coś name nom nombre nome naam imię yes no ja nein oui non sí si
    nee tak nie nothing nichts rien nada niente niets nic dit dat dies esto eso questo quello
    ceci cela ça what's whats qual welches whatever egal question questions frage vraag
    pregunta domanda pytanie answer antwort réponse reponse respuesta risposta antwoord
    odpowiedź odpowiedz""".split()  # noqa: SIM905
)


# An answer may be a name that starts with its article: "antwoord De Regenboog", "réponse
# La Fontaine", "answer The Beatles".
_ARTICLES = frozenset(
    ("the", "de", "het", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo")
)


def _not_an_answer(value: str) -> bool:
    """A question word, a filler or a word about the answer, not the answer itself (an
    article counts as the answer's when a capitalised word follows it)."""
    words = value.split()
    first = words[0].lower().rstrip(".,;:!?")
    if first in _ARTICLES and words[0][0].isupper() and len(words) > 1 and words[1][0].isupper():
        return False
    return first in _NOT_AN_ANSWER


# What stands after a login word and is no one's login: a role or a placeholder.
_NOT_A_LOGIN = frozenset({
    "admin", "administrator", "root", "guest", "user", "test", "demo", "default", "none",
    "null", "unknown", "empty", "required", "invalid", "anonymous", "system", "superuser",
    "gast", "invité", "invitado", "ospite", "gebruiker", "gość", "gosc",
})  # fmt: skip


# Attribute names of code that the word lists take for names ("self.name").
_CODE_WORDS = frozenset({"name", "login", "self", "this", "username", "email", "mail"})


def _says_which_secret(value: str) -> bool:
    """A pronoun or demonstrative where the password would be ("ist dieselbe", "est celle du
    wifi", "è quella dell'anno scorso", "jest taka sama"): it says which password, not what
    it is. A lower-case word that is a function word of one of the seven languages
    (`Lexicon.function_word`)."""
    if not (value.isalpha() and value.islower()):
        return False
    from piiguard.detection.lexicon import LANGUAGES, Lexicon  # read once, on first use

    lexicon = Lexicon.load()
    return any(lexicon.function_word(value, language) for language in LANGUAGES)


def _login_name(value: str) -> bool:
    """Whether a lower-case value after a login word ("gerritsen_a", "j.dupont",
    "mkowalska") is a login name: four letters or more (joined by "_" or ".", one part of
    three letters or more), some part of two letters or more no word of the seven
    languages (`Lexicon.lowercase_word`: "falsch", "oublié", "wrong", "vergeben" are
    words; "request.user", "first_name" are code), and no role ("admin", "guest")."""
    if value in _NOT_A_LOGIN:
        return False
    parts = re.split(r"[_.]", value)
    if len(parts) > 1 and (sum(map(len, parts)) < 4 or max(map(len, parts)) < 3):
        return False
    if len(value) < 4:
        return False
    from piiguard.detection.lexicon import Lexicon, fold  # read once, on first use

    lexicon = Lexicon.load()
    if len(parts) == 1:
        return not lexicon.lowercase_word(value)
    # each longer part a name or no word at all; a word there is code ("request.user",
    # "self.name", "first_name", "config.login_url"), not a login
    return all(
        fold(part) in lexicon.names
        or not (lexicon.lowercase_word(part) or fold(part) in lexicon.first_names
                or part in _CODE_WORDS)
        for part in parts
        if len(part) >= 4
    )  # fmt: skip


class CredentialRecognizer(PatternRecognizer):
    """Passwords and PINs stated in a sentence, and well-known key and token shapes.

    >>> r = CredentialRecognizer()
    >>> text = "my password is Hunter2!x, pin is 4921"
    >>> [text[s.start:s.end] for s in r.analyze(text)]
    ['Hunter2!x', '4921']
    """

    name = "credential"
    label = CREDENTIAL
    PATTERNS = (
        Pattern("stated_secret", _PHRASE, 0.85, re.IGNORECASE),
        Pattern("quoted_secret", _QUOTED, 0.9, re.IGNORECASE),
        Pattern("credentials_stated", _CREDENTIALS_STATED, 0.85, re.IGNORECASE),
        Pattern("pin", _PIN, 0.9, re.IGNORECASE),
        Pattern("card_security_code", _CVV, 0.9, re.IGNORECASE),
        Pattern("one_time_code", _OTP, 0.85, re.IGNORECASE),
        Pattern("code_named_after", _CODE_AFTER, 0.85, re.IGNORECASE),
        Pattern("code_arrived", _CODE_ARRIVED, 0.85, re.IGNORECASE),
        Pattern("code_said", _CODE_SAID, 0.85, re.IGNORECASE),
        Pattern("code_said_before", _CODE_SAID_BEFORE, 0.85, re.IGNORECASE),
        Pattern("code_shown", _SHOWN_CODE, 0.8, re.IGNORECASE),
        Pattern("cvv_named_after", _CVV_AFTER, 0.85, re.IGNORECASE),
        Pattern("backup_codes", _BACKUP, 0.9, re.IGNORECASE),
        Pattern("backup_code_lines", _BACKUP_LINES, 0.9, re.IGNORECASE),
        Pattern("env_secret", _ENV_SECRET, 0.9),
        Pattern("bare_secret", _BARE_SECRET, 0.85, re.IGNORECASE),
        Pattern("json_secret", _JSON_SECRET, 0.9),
        Pattern("aws_secret_key", _AWS_SECRET, 0.9),
        Pattern("private_key_body", _KEY_BODY, 0.9),
        *TOKEN_PATTERNS,
        *_PASTED,
        Pattern("password_before", _BEFORE, 0.85, re.IGNORECASE),
        Pattern("key_before", _KEY_BEFORE, 0.85, re.IGNORECASE),
        Pattern("password_bare", _BARE, 0.8, re.IGNORECASE),
        Pattern("password_own_line", _OWN_LINE, 0.8, re.IGNORECASE),
        Pattern("login_and_password", _LOGIN_AND_PASSWORD, 0.85, re.IGNORECASE),
        Pattern("login_of_pair", _LOGIN_OF_PAIR, 0.85, re.IGNORECASE),
        Pattern("login_name", LOGIN_NAME_NO_DIGIT, 0.85),
        Pattern("login_name_joined", LOGIN_NAME_JOINED, 0.85),
        Pattern("login_slash_password", _LOGIN_SLASH, 0.85, re.IGNORECASE),
        Pattern("password_after_clause", _AFTER_CLAUSE, 0.8, re.IGNORECASE),
        Pattern("password_changed_to", _CHANGED_TO, 0.8, re.IGNORECASE),
        Pattern("security_answer", _SECURITY_ANSWER, 0.85, re.IGNORECASE),
        Pattern("security_answer_asked", _ASKED_ANSWER, 0.85, re.IGNORECASE),
        Pattern("security_answer_classic", _CLASSIC_ANSWER, 0.8, re.IGNORECASE),
        Pattern("security_answer_before", _ANSWER_BEFORE, 0.8, re.IGNORECASE),
        Pattern("security_answer_later", _ANSWER_LATER, 0.8, re.IGNORECASE),
        Pattern("password_shaped", _SHAPED, 0.75),  # last: only what nothing else found
    )

    # Lower-case words one of which a pattern needs in the text (a token's prefix, a
    # secret word's stem). One pass of one trie regex over the lower-cased text says
    # which patterns can match at all, so most messages cost that one pass.
    PATTERN_WORDS: ClassVar[dict[str, tuple[str, ...]]] = {
        "stated_secret": _SECRET_STEMS,
        "quoted_secret": _SECRET_STEMS,
        "credentials_stated": ("cred", "zugangsdaten", "anmeldedaten", "logindaten",
                               "login-daten", "identifiants", "datos de acceso",
                               "dati di accesso", "gegevens", "dane logowania",
                               "dane do logowania", "login d", "log-in d"),
        "pin": ("pin", "pni", "geheimzahl", "code secret", "code confidentiel"),
        "card_security_code": ("cvv", "cvc", "cvn", "csc", "cid", "securi", "sicherheit",
                               "prüf", "cryptogramme", "sécurité", "segurid", "sicurezza",
                               "beveilig", "bezpiecz", "digit", "ziffer", "chiffre", "dígito",
                               "cifre", "cijfer", "cyfr", "number", "nummer", "zahlen", "numéro",
                               "numero", "número", "numeri", "numery", "liczby"),
        "one_time_code": ("otp", "code", "código", "codigo", "codice", "kod", "2fa", "mfa", "3ds",
                          "3d secure", "3d-secure", "3-d", "securecode",
                          "tan", "blik", "sms", "auth", "totp", "one-time", "one time",
                          "firma", "operaciones", "dispositivo", "signatur", "signature"),
        "code_shown": ("says", "said", "shows", "showed", "reads", "sagt", "zeigt", "dit ",
                       "affiche", "indique", "dice", "muestra", "mostra", "riporta", "zegt",
                       "toont", "mówi", "mowi", "pokazuje", "pokazała"),
        "cvv_named_after": ("cvv", "cvc", "securi", "sicherheit", "prüf", "cryptogramme",
                            "sécurité", "segurid", "sicurezza", "beveilig", "bezpiecz"),
        "code_named_after": ("pin", "tan", "otp", "blik", "code", "código", "codigo", "codice",
                             "kod"),  # "backup code", "recovery code" hold "code"
        "code_arrived": ("sms", "text", "mensaje", "messaggio", "message", "bericht",
                         "wiadomo"),
        "code_said": ("pin", "tan", "code", "codice", "código", "codigo", "kod"),
        "code_said_before": ("pin", "tan", "code", "codice", "código", "codigo", "kod"),
        "backup_codes": ("backup", "back-up", "recovery", "reserve", "wiederherstell",
                         "secours", "récup", "respaldo", "recupera", "recupero", "herstel",
                         "zapas", "odzysk"),
        "backup_code_lines": ("backup", "back-up", "recovery", "reserve", "wiederherstell",
                              "secours", "récup", "respaldo", "recupera", "recupero",
                              "herstel", "zapas", "odzysk"),
        "env_secret": ("secret", "password", "passwd", "pwd", "token", "key", "auth"),
        "bare_secret": ("secret", "secrète", "secreta", "segret", "geheim", "sleutel", "tajny",
                        "sekret", "api", "access", "token", "jeton", "bearer", "authorization",
                        "basic", "key", "schlüssel", "clé", "clave", "chiave", "sleutel",
                        "klucz"),
        "json_secret": ("secret", "api_key", "apikey", "token", "private_key", "password",
                        "passwd"),  # "api": every API key word
        "aws_secret_key": ("aws", "akia", "asia"),
        "private_key_body": ("mii", "b3blbnnzac1rzxktdje"),
        "password_before": _PW_NOUN_STEMS,
        "key_before": ("key", "schlüssel", "clé", "clave", "chiave", "sleutel", "klucz",
                       "secret", "token", "jeton"),
        "password_bare": _PW_NOUN_STEMS,
        "password_own_line": _PW_NOUN_STEMS,
        "login_and_password": ("user", "login", "benutzer", "nutzer", "identifiant",
                               "utilisateur", "usuario", "utente", "gebruiker", "użytkownik",
                               "uzytkownik"),
        "login_name": ("user", "login", "log-in", "sign-in", "benutzer", "nutzer", "anmelde",
                       "identifiant", "utilisateur", "usuario", "utente", "gebruiker",
                       "inlog", "użytkownik", "uzytkownik", "identyfikator"),
        "login_name_joined": ("user", "login", "log-in", "sign-in", "benutzer", "nutzer",
                              "anmelde", "identifiant", "utilisateur", "usuario", "utente",
                              "gebruiker", "inlog", "użytkownik", "uzytkownik", "identyfikator",
                              "kennung", "utenza", "credenziali", "medewerker", "student"),
        "login_of_pair": ("user", "login", "benutzer", "nutzer", "identifiant", "utilisateur",
                          "usuario", "utente", "gebruiker", "użytkownik", "uzytkownik"),
        "login_slash_password": ("cred", "log", "zugang", "anmelde", "accès", "acces",
                                 "identifiant", "credencial", "credenzial", "inlog", "dostęp",
                                 "dostep"),
        "password_after_clause": _PW_NOUN_STEMS,
        "security_answer": _SECURITY_STEMS,
        "security_answer_asked": _QUESTION_STEMS,
        "security_answer_classic": _CLASSIC_STEMS,
        "security_answer_before": _SECURITY_STEMS,
        "security_answer_later": _QUESTION_STEMS,
        "password_changed_to": _PW_NOUN_STEMS,
        **TOKEN_WORDS,
        "password_shaped": ("pass", "pasw", "psw", "clave", "hasł", "hasl", "kennwort", "mdp",
                            "contrase", "hasło", "haslo",
                            "wachtwoord", "pw", "log", "sign", "anmeld", "connexion",
                            "sesión", "accesso", "inlog", "zaloguj", "get in", "tried",
                            "typed", "entered", "probiert", "versucht", "eingegeben", "essayé",
                            "tapé", "saisi", "probé", "intenté", "escrib", "provato",
                            "digitato", "inserito", "geprobeerd", "ingevoerd", "próbował",
                            "wpisał", "changed", "set it", "set to", "geändert", "gesetzt",
                            "changé", "modifié", "cambi", "messo", "gewijzigd",
                            "veranderd", "ingetypt", "zmieni", "ustawi", "puse",
                            "angemeld", "connect", "entrar", "acceder", "aangemeld",
                            "zalogowa", "sesión", "sesion", "accedo", "loguj"),
        "url_password": ("://",),
        "user_flag_password": ("-u ", "-u=", "--user"),
        "wifi_qr_password": ("wifi:",),
    }  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.labels = frozenset({CREDENTIAL, USERNAME})  # the login of a login-password pair
        missing = {p.name for p in self.PATTERNS} - set(self.PATTERN_WORDS)
        if missing:
            raise ValueError(f"credential patterns without gate words: {sorted(missing)}")
        words = sorted({w for ws in self.PATTERN_WORDS.values() for w in ws})
        self._words = re.compile(trie_regex(words))
        # A word found opens its patterns and those of every gate word inside it: their
        # places in `_compiled`, so a text runs only those, in the order of `PATTERNS`.
        self._opens = {
            found: frozenset(
                i
                for i, item in enumerate(self._compiled)
                if any(w in found for w in self.PATTERN_WORDS[item.pattern.name])
            )
            for found in words
        }

    def analyze(self, text: str) -> list[Span]:
        spans = self._analyze(text)
        if spans or len(text) > 72:
            return spans
        if (lone := lone_secret(text)) and not is_placeholder(text[lone[0] : lone[1]]):
            return [Span(*lone, self.label, 0.8, self.name)]
        if lone := lone_code(text):
            return [Span(*lone, self.label, LONE_SCORE, self.name)]
        if lone := lone_login(text):
            return [Span(*lone, USERNAME, LONE_SCORE, self.name)]
        return spans

    def _analyze(self, text: str) -> list[Span]:
        found = set(self._words.findall(text.lower()))
        if not found:
            return []
        compiled = self._compiled
        spans: list[Span] = []
        for i in sorted(frozenset().union(*(self._opens[w] for w in found))):
            item = compiled[i]
            shaped = item.pattern.name == "password_shaped"
            for match in item.regex.finditer(text):
                start, end = match.span(item.group)
                if shaped and any(s.start < end and start < s.end for s in spans):
                    continue
                if start < end and (span := self.check(text, start, end, item.pattern)):
                    spans.append(span)
        return spans

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        span = self._check_value(text, start, end, pattern)
        if span is not None and is_placeholder(text[span.start : span.end]):
            return None  # "password: xxx", "api key: <YOUR_KEY>": a form's or a manual's
        return span

    def _check_value(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if pattern.name == "credentials_stated":
            return self._stated_credentials(text, start, end, pattern)
        if pattern.name == "login_of_pair":
            return Span(start, end, USERNAME, pattern.score, self.name)
        if pattern.name in ("login_name", "login_name_joined"):
            if not _login_name(text[start:end]):
                return None
            return Span(start, end, USERNAME, pattern.score, self.name)
        if pattern.name == "quoted_secret":  # « chat noir 12 »: the spaces inside the quotes
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
        if pattern.name == "password_shaped":
            return self._shaped_password(text, start, end, pattern)
        if pattern.name in (
            "password_before",
            "password_bare",
            "password_own_line",
            "login_and_password",
            "login_slash_password",
            "password_after_clause",
            "password_changed_to",
        ):
            return self._named_password(text, start, end, pattern)
        if pattern.name in ("one_time_code", "code_shown", "code_arrived") and _NOT_A_CODE.search(
            text, max(0, start - 40), start
        ):
            return None
        if pattern.name in ("code_named_after", "code_arrived") and _YEARS.fullmatch(
            text, start, end
        ):
            return None  # "2024-2025 is the code period"
        if pattern.name == "backup_codes":
            # Codes are random and hold digits; words after "backup codes" ("expired
            # yesterday", "stored offline") end the list, or are no list at all.
            list_end = _code_list_end(text, start, end)
            if list_end is None:
                return None
            end = list_end
        if pattern.name == "backup_code_lines" and not _code_lines(text[start:end]):
            return None
        if pattern.name.startswith("security_answer") and _not_an_answer(text[start:end]):
            return None
        if pattern.name == "stated_secret":
            # A sentence's closing punctuation is not part of the password; a "?" the
            # sentence goes on after in lower case is ("c'est Maple00? mais ...").
            while end - start > 3 and text[end - 1] in _TRAILING_PUNCT + "?":
                if text[end - 1] == "?" and _GOES_ON.match(text, end):
                    break
                end -= 1
            value = text[start:end]
            if value.lower() in _NOT_A_SECRET or value.lower().rstrip(".!") in _NOT_A_SECRET:
                return None  # "war falsch!": the sentence's "!" on a listed word
            if _says_which_secret(value):
                return None
            if _describes_the_secret(text, start, end):
                return None
            if _IDIOM.search(text, max(0, start - 60), start) and not _looks_like_password(value):
                return None  # "the secret to good bread is time", "the key to it is rest"
            # "Passwort: Herbst 2020!": a word, then digits and symbols ending the message
            # or its sentence, typed apart
            if end == _token_end(text, start) and (tail := _SPACED_TAIL.match(text, end)):
                end = tail.end("tail")
        value = text[start:end]
        if pattern.name == "key_before" and _UUID_SHAPE.fullmatch(value):
            return None  # "550e8400-... is the token's id": an identifier, no secret
        if pattern.name == "bare_secret" and _PUBLIC_PART.search(text, max(0, start - 32), start):
            return None  # "key fingerprint 9F86...", "token hash ...": public, no secret
        if pattern.name == "bare_secret" and (_key_shaped(value) or _basic_credentials(value)):
            return Span(start, end, self.label, pattern.score, self.name)
        if pattern.name == "json_secret" and not (
            _random_token(value) or _DIGITS.search(value) or _SYMBOL.search(value)
        ):
            return None  # '"password": "string"': a schema's placeholder
        if pattern.name in ("bare_secret", "aws_secret_key", "key_before") and not _random_token(
            value
        ):
            return None
        if pattern.name == "aws_secret_key" and not _AWS_NEAR.search(
            text, max(0, start - 100), min(len(text), end + 100)
        ):
            return None
        if pattern.name == "openai_key" and not (
            any(c.isdigit() for c in value) and any(c.isupper() for c in value[3:])
        ):
            return None  # "sk-" followed by ordinary hyphenated words
        if pattern.name == "jwt" and not _jwt_header_ok(value):
            return None
        if pattern.name in ("url_password", "user_flag_password") and (
            value.casefold() in _DOCUMENTED_PASSWORDS
        ):
            return None  # "postgres://user:password@localhost/mydb": the docs' blank
        return Span(start, end, self.label, pattern.score, self.name)

    def _stated_credentials(
        self, text: str, start: int, end: int, pattern: Pattern
    ) -> Span | None:
        """A value stated after the words for a login and password together: with a digit
        or a symbol (a login's "jdoe:Hunter22!" too), and no version, amount or word."""
        while end - start > 3 and text[end - 1] in _TRAILING_PUNCT + "?":
            end -= 1
        value = text[start:end]
        if value.lower() in _NOT_A_SECRET or _NOT_PASSWORD_SHAPE.match(value):
            return None
        if not (_DIGITS.search(value) or _SYMBOL.search(value) or ":" in value):
            return None
        return Span(start, end, self.label, pattern.score, self.name)

    def _named_password(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        """A value its sentence names as a password without the usual "password is" order:
        a PIN's digits, or a token with a digit or a symbol that is not a version or an
        amount (a plain word there is as often "that", "mine" or "don't")."""
        while end - start > 3 and text[end - 1] in _TRAILING_PUNCT + "!?":
            if text[end - 1] in "?!" and _GOES_ON.match(text, end):
                break
            if text[end - 1] == "!" and pattern.name in _KEEPS_BANG:
                break  # "hasło zubr2020!", as after "password is" (`stated_secret`)
            if pattern.name != "password_before" or text[end - 1] not in "!?":
                end -= 1
            else:
                break  # "Krakow2020! to moje hasło": the "!" stands before the link word
        value = text[start:end]
        if pattern.name == "password_changed_to" and (
            value.isdigit()  # "changed the password in 2023": a year
            or not _CHANGE_WORD.search(text, max(0, start - 80), min(len(text), end + 30))
        ):
            return None
        if pattern.name == "password_bare":
            # "Passwort 2024", "hasło 12.05": a year, a date, a count; "clave tengo?",
            # "Passwort geändert!": a word and the sentence's own punctuation
            core = value.rstrip("!?")
            if not any(c.isalpha() for c in value) or core.lower() in _NOT_A_SECRET:
                return None
            if not (_DIGITS.search(core) or _SYMBOL.search(core)):
                return None
        if value.isdigit():  # a PIN ("8812 ist meine PIN"), not a year or an amount
            return (
                Span(start, end, self.label, pattern.score, self.name) if len(value) <= 8 else None
            )
        if value.lower() in _NOT_A_SECRET or _NOT_PASSWORD_SHAPE.match(value):
            return None
        if not (_DIGITS.search(value) or _SYMBOL.search(value)):
            return None
        if pattern.name == "password_after_clause" and not (
            _looks_like_password(value)
            or _WORD_THEN_DIGITS.fullmatch(value)
            # "la clave que puse fue verano8891": after the password's own noun (not
            # "pass": a bus pass, a ski pass), a word and digits in lower case too
            or (
                _WORD_THEN_DIGITS.fullmatch(value.capitalize())
                and _PW_NOUN_RE.search(text, max(0, start - 80), start)
            )
        ):
            return None  # "the pass I bought is 2024-05": more words, a stricter shape
        return Span(start, end, self.label, pattern.score, self.name)

    def _shaped_password(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        """A password-shaped token in the sentence of a password or login word."""
        while end - start > 6 and text[end - 1] in ".?!,;:":
            if text[end - 1] in "?!" and _GOES_ON.match(text, end):
                break  # "changed it to Harbor_21! yesterday": the "!" is the password's
            end -= 1
        value = text[start:end]
        if _PROTOCOL_VERSION.fullmatch(value):
            return None  # "trop long pour le protocole SOCKSv5": a protocol and its version
        if _HOST_OF_LINK.search(value):
            return None  # "<password>@cluster0.example.mongodb.net": the host of a link
        if _NETWORK_NAMED.search(text, max(0, start - 40), start):
            return None  # "WLAN heißt Vodafone-A4F2, das Passwort ...": the network's name
        verb = _VERB_RIGHT_BEFORE.search(text, max(0, start - 40), start)
        if verb and (
            _looks_like_password(value)
            or (verb.group("typed") and _WORD_THEN_DIGITS.fullmatch(value))
        ):
            return Span(start, end, self.label, pattern.score, self.name)
        if not _looks_like_password(value):
            return None
        # Before: the last 120 characters (the password word may end the previous
        # sentence: "I can't log in. Tried Maple#2023 twice."); after: this sentence.
        sentence_start = max(0, start - 120)
        stop = _SENTENCE_END.search(text, end, end + 60)
        sentence_end = stop.start() if stop else min(len(text), end + 60)
        if not (
            _PASSWORD_WORD_RE.search(text, sentence_start, start)
            or _PASSWORD_WORD_RE.search(text, end, sentence_end)
        ):
            return None
        return Span(start, end, self.label, pattern.score, self.name)


# A protocol's name with its version, capitals before a "v" and the number: "SOCKSv5",
# "TLSv1.2", "SNMPv3", "IPv6".
_PROTOCOL_VERSION = re.compile(r"[A-Z]{2,}v\d{1,2}(?:\.\d{1,2})?")

# A verb of typing or changing a password right before the value: "tried Maple38 twice"
# (after typing, a capitalised word and digits is enough), "changed it to Herbst_49#"
# (after changing, only a password's mixed shape: "set it to Version12" is a setting).
_VERB_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<typed>tried|typed|entered|probiert|versucht|eingegeben|essayé|tapé|saisi"
    r"|probé|intenté|escribí|provato|digitato|inserito|geprobeerd|ingevoerd|ingetypt"
    r"|próbowałem|próbowałam|wpisałem|wpisałam)"
    r"|changed|set|reset|geändert|gesetzt|changé|modifié|puse|cambiado|cambiada"
    r"|cambié|cambiato|cambiata|messo|gewijzigd|veranderd|zmieniłem|zmieniłam|ustawiłem"
    r"|ustawiłam"
    # logging in with the value: only a password's mixed shape ("logged in with Windows10"
    # names a system)
    r"|logging|logged|log|logge|signing|signed|sign|anmelden|einloggen|connecter|connecté"
    r"|connectée|connecte|entrar|entro|acceder|accedo|sesión|sesion|accedere|accedo|accedi"
    r"|entrare|entro|inloggen|ingelogd|zalogować|zalogowac|loguję|loguje|logowałem"
    r"|logowałam)"
    r"(?:\s{1,3}(?:it|in|on|to|with|using|again|its|es|auf|mit|en|le|la|à|por|a|lo|con|in"
    r"|het|naar|op|je|na|go|ją|z|avec|sich|mich|me|się|sie|mi|met|ik|ein))"
    r"{0,3}\s{1,3}[\"'“‘«„‚]?$",
    re.IGNORECASE,
)
# A network named right before the value: "WLAN heißt Vodafone-A4F2", "the wifi is called
# FRITZ!Box 7530", "SSID: Livebox-1234", "la red se llama MOVISTAR_12AB": its name is shown
# to everyone in range, not a secret (the password word names another value of the line).
_NETWORK = r"(?:wlan|wifi|wi-fi|netzwerk|network|réseau|reseau|red|rete|netwerk|sieć|siec|hotspot)"
_NETWORK_NAMED = re.compile(
    rf"(?<!\w)(?:{_NETWORK}(?:[ -]?(?:name|nom|nombre|nome|naam|nazwa))?"
    r"\s+(?:heißt|heisst|is called|is named|called|named|s'appelle|se llama|si chiama|heet"
    r"|nazywa się|nazywa sie)"
    rf"|(?:ssid|{_NETWORK}[ -]?(?:name|nom|nombre|nome|naam|nazwa))\s*[:=])\s{{1,3}}$",
    re.IGNORECASE,
)
# "Maple38", "Sommer2024!": a capitalised word and digits, the commonest password there is.
_WORD_THEN_DIGITS = re.compile(r"[A-Z][a-zà-ÿ]{2,}[_.-]?\d{2,}[!#$%&*+?@^~_.-]{0,3}")
_GOES_ON = re.compile(r"[ \t]{1,3}[a-zà-ÿ]")
_AWS_NEAR = re.compile(
    r"(?<![A-Za-z0-9])(?:aws|amazon|(?:AKIA|ASIA)[A-Z0-9]{16})(?![a-z])", re.IGNORECASE
)
_PW_NOUN_RE = re.compile(rf"(?<!\w){_PW_NOUN}(?!\w)", re.IGNORECASE)
_PASSWORD_WORD_RE = re.compile(rf"(?<!\w){_PASSWORD_WORD}(?!\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;\n](?:\s|$)|\n")
_NOT_A_CODE = re.compile(
    r"(?<!\w)(?:order|tracking|invoice|ticket|ref|reference|promo|discount|coupon|voucher|zip"
    r"|postal|post|area|country|error|status|http|product|item|sku|bestell\w*|gutschein"
    r"|rabatt\w*|postleitzahl|plz|fehler\w*|commande|promo|réduction|postal|pedido|cupón"
    r"|descuento|ordine|sconto|coupon|bestelling|korting|kortingscode|zamówieni\w*|rabat\w*"
    r"|kod pocztowy|kod rabatowy|código postal|codice postale|code postal|codice sconto"
    r"|código de descuento|code promo|aktionscode|rabattcode)(?!\w)",
    re.IGNORECASE,
)
_ONE_CODE = re.compile(r"[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{3,10})?")
_UPPER = re.compile(r"[A-Z]")
_CASE_SWITCH = re.compile(r"[a-zß-ÿ](?=[A-ZÀ-Þ])")
_LOWER = re.compile(r"[a-z]")
_DIGITS = re.compile(r"\d")


def _shape(code: str) -> tuple[int, ...]:
    """The lengths of a code's dash-joined groups ("h1gt-4z2y": (4, 4))."""
    return tuple(len(group) for group in code.split("-"))


def _code_lines(value: str) -> bool:
    """Whether the lines of `value` are backup codes: each holds a digit or is dashed (a
    word alone on its line, "thanks", is none) or is in capitals as long as a code with a
    digit ("ASBVB" above "KF2MX": random capitals may hold no digit), and one holds a
    digit or two are dashed in one shape ("hdjq-rxyt", "wanm-sgul")."""
    codes = value.split()
    lengths = {len(code) for code in codes if _DIGITS.search(code)}
    if not all(
        "-" in code or _DIGITS.search(code) or (code.isupper() and len(code) in lengths)
        for code in codes
    ):
        return False
    dashed = [_shape(code) for code in codes if "-" in code]
    return any(_DIGITS.search(code) for code in codes) or len(dashed) > len(set(dashed))


def _code_list_end(text: str, start: int, end: int) -> int | None:
    """Where the list of backup codes in `text[start:end]` ends, or None if it is none.

    A code holds a digit, or is dashed in the shape of the list's first code ("h1gt-4z2y
    lbbj-bdrm", "wanm-sgul l70c-i18g"); the first code that is neither (a word: "expired
    yesterday") ends the list, and a list without any digit is no list."""
    codes: list[str] = []
    stop = None
    for match in _ONE_CODE.finditer(text, start, end):
        code = match[0]
        dashed_alike = "-" in code and (not codes or _shape(code) == _shape(codes[0]))
        digit_alike = _DIGITS.search(code) is not None and (
            not codes or _DIGITS.search(codes[0]) is not None or dashed_alike
        )
        if not (dashed_alike or digit_alike):
            break
        codes.append(code)
        stop = match.end()
    if stop is None or not any(_DIGITS.search(code) for code in codes):
        return None
    return stop
# "_" and "." are as common in user names and file names as in passwords: not counted.
_SYMBOL = re.compile(r"[!#$%&*+?@^~]")
# "The secret/key to X is Y" is an idiom; only a value shaped like a password counts there.
_IDIOM = re.compile(r"(?<!\w)(?:secret|key)\s{1,3}to\s", re.IGNORECASE)
_NOT_PASSWORD_SHAPE = re.compile(
    r"^(?:v?\d+(?:\.\d+)+.*|\d+(?:[.,]\d+)?(?:€|\$|eur|usd|kg|km|gb|mb)?|.*\.(?:com|org|net|de|fr|es|it|nl|pl|io|html|pdf|png|jpg|txt))$",
    re.IGNORECASE,
)


def _looks_like_password(value: str) -> bool:
    """Mixed classes as passwords are made: a lower-case letter, a digit or symbol, and an
    upper-case letter or symbol; not a version, an amount, a file or domain name."""
    if _NOT_PASSWORD_SHAPE.match(value) or value.lower() in _NOT_A_SECRET:
        return False
    has_symbol = bool(_SYMBOL.search(value.strip(".-")))
    # "Windows10" is a word and a number; "hUnt3r22" or "Maple#2023" is made to be a password.
    inner_upper = bool(_UPPER.search(value, 1))
    if _LOWER.search(value) and _DIGITS.search(value) and (has_symbol or inner_upper):
        return True
    # no digit: letters in random case and a symbol ("+fiaUqgIyoB", "kT#mPqwZ"), case
    # switching twice or more (a brand switches once: "iPhone+", "McDonald's")
    return has_symbol and len(_CASE_SWITCH.findall(value)) >= 2


def _random_token(value: str) -> bool:
    """Upper and lower case letters and digits, as random keys have, or a hex key of one
    case ("a907a9e010b63d5e5e80169af821dd69", dashes allowed); not base64 of readable
    text (an encoded message: the decoder of `encoded` looks inside those)."""
    if (
        _HEX_KEY.fullmatch(value)
        and len(value) - value.count("-") >= 20
        and _DIGITS.search(value)
        and _HEX_LETTER.search(value)
    ):
        return True
    if not (_UPPER.search(value) and _LOWER.search(value) and _DIGITS.search(value)):
        return False
    return not _encoded_text(value)


# Hex digits of one case, in groups or not (20 or more in all, `_random_token`): API keys,
# tokens and secrets written in hex.
_HEX_KEY = re.compile(r"[0-9a-f]{4,}(?:-[0-9a-f]{4,})*|[0-9A-F]{4,}(?:-[0-9A-F]{4,})*")
_HEX_LETTER = re.compile(r"[a-fA-F]")


# What is published about a key, named between its word and the value: its fingerprint,
# hash or id ("GPG key fingerprint 9F86...", "key id 3AA5C34371567BD2").
_PUBLIC_PART = re.compile(
    r"(?<!\w)(?:fingerprint|thumbprint|hash|checksum|sha\d*|md5|id|fingerabdruck|empreinte"
    r"|huella|impronta|vingerafdruk|odcisk|public|öffentlich\w*|publique|pública|publica"
    r"|pubblica|openbare|publiczn\w*)(?!\w)",
    re.IGNORECASE,
)
# A licence or product key: four to six groups of four to six capitals and digits.
_KEY_GROUPS = re.compile(r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,5}")


def _key_shaped(value: str) -> bool:
    """A licence or product key's groups ("ZX81-QW4T-Y7UI-0OP3")."""
    return _KEY_GROUPS.fullmatch(value) is not None


def _basic_credentials(value: str) -> bool:
    """Base64 of "login:password", as HTTP basic authentication sends them."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode()
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    login, colon, password = decoded.partition(":")
    return bool(colon and login and password) and decoded.isprintable()


_URLSAFE = str.maketrans("-_", "+/")


def _encoded_text(value: str) -> bool:
    """Whether `value` is base64 (standard or URL-safe) of printable UTF-8 text."""
    try:
        padded = value.rstrip("=").translate(_URLSAFE) + "=" * (-len(value.rstrip("=")) % 4)
        decoded = base64.b64decode(padded, validate=True)
        text = decoded.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return text.isprintable()


def _jwt_header_ok(value: str) -> bool:
    """The first segment must decode to a JSON object naming an algorithm."""
    header = value.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
        data = json.loads(decoded)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and "alg" in data
