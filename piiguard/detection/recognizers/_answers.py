"""A value typed alone in answer to the bot's question for it.

Alone, a one-time code reads like an order number and a document number like a booking
reference, so neither is masked by its shape (`_id_number.lone_value` masks only values
whose check digit holds). The bot's turn before it says what it is: after "Please enter
the code we sent you by SMS" a lone "482913" is that code (`credential.asks_for_code`);
after "What is your passport number?" a lone "820391942" or "DKJCT6RY4" is that passport
(`keyed_ids.asked_document`). A question about an order, ticket or discount names no such
value (and `_id_number.asks_for_reference` drops lone IDs there).
"""

from __future__ import annotations

from piiguard._types import Span
from piiguard.detection.recognizers._id_number import asks_for_reference
from piiguard.detection.recognizers.credential import asks_for_code, with_lone_code
from piiguard.detection.recognizers.keyed_ids import asked_document, with_lone_document


def asks_for_value(question: str) -> bool:
    """Whether the bot's turn `question` asks for a code or a document's number."""
    if asks_for_reference(question):
        return False
    return asks_for_code(question) or asked_document(question) is not None


def answer_spans(question: str, text: str, spans: list[Span]) -> list[Span]:
    """`spans` of `text`, the user's answer to `question`, with the lone value the
    question asked for (a code, a document's number) added when nothing covers it."""
    if asks_for_reference(question):
        return spans
    if asks_for_code(question):
        return with_lone_code(text, spans)
    label = asked_document(question)
    return spans if label is None else with_lone_document(text, spans, label)
