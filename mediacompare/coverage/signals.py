"""What coverage tells the apps that point at its passages, so that it imports none of them.

The article writer (:mod:`.services`) sends these inside its transaction: a receiver
that fails rolls the edit back with it. The notes app listens (``NotesConfig.ready``):
notes follow a removed passage to its successor and are re-anchored in the new text.
The review app listens too (``ReviewConfig.ready``): editors' decisions are re-found by
their passages' text, and pairs an editor rejected get no automatic link.
"""

from django.dispatch import Signal

# A passage is about to be deleted because the article's new text no longer has it;
# ``successor`` is the remaining passage of the article nearest to where it stood.
# Receivers move whatever points at ``passage`` (its protecting foreign keys would
# refuse the deletion). Sent with ``sender=Passage, passage=..., successor=...``.
passage_removed = Signal()

# The article's passages now match its new text: offsets into the body may have moved.
# Sent with ``sender=Article, article=...``.
article_resplit = Signal()

# Automatic links are about to be stored for the articles ``involving`` names (a Q on
# ``article_a`` / ``article_b``). Each receiver returns a set of (passage_a id, passage_b
# id) pairs that must get no automatic link (pairs an editor rejected). Sent with
# ``sender=PassageLink, involving=...``.
excluded_link_pairs = Signal()
