"""Reads vCards with vobject (an independent parser) and prints what an address book
would file: FN and the structured name, one JSON object per card."""
import json
import sys

import vobject

cards = []
for card in vobject.readComponents(sys.stdin.read()):
    n = card.n.value
    cards.append({
        "fn": card.fn.value,
        "family": n.family,
        "given": n.given,
        "additional": n.additional,
        "email": card.email.value,
    })
print(json.dumps(cards, ensure_ascii=False))
