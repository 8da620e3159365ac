"""The permission map's two forms agree: the query (for lists) and the rule (for one note)."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission

from mediacompare.notes import rules, services
from mediacompare.notes.models import Note
from tests.factories import ArticleFactory, UserFactory


@pytest.fixture
def people(db):
    editor = UserFactory()
    editor.user_permissions.add(Permission.objects.get(codename="hide_note"))
    return {
        "anonymous": AnonymousUser(),
        "author": UserFactory(),
        "replier": UserFactory(),
        "other": UserFactory(),
        "editor": editor,
        "superuser": UserFactory(is_staff=True, is_superuser=True),
    }


def test_the_query_and_the_rule_agree_on_every_note(people):
    passage = ArticleFactory().passages.first()
    author, replier, editor = people["author"], people["replier"], people["editor"]
    private = services.note_create(author=author, passage=passage, body="Private")
    public = services.note_create(author=author, passage=passage, body="Open", visibility="public")
    hidden = services.note_create(author=author, passage=passage, body="Hid", visibility="public")
    reply_to_hidden = services.note_reply(author=replier, parent=hidden, body="Re: hidden")
    services.note_hide(note=hidden, editor=editor, reason="Off topic")
    reply = services.note_reply(author=replier, parent=public, body="Re: open")
    hidden_reply = services.note_reply(author=replier, parent=public, body="Rude")
    services.note_hide(note=hidden_reply, editor=editor, reason="Rude")
    notes = [private, public, hidden, reply_to_hidden, reply, hidden_reply]
    for role, user in people.items():
        listed = set(Note.objects.filter(rules.visible(user)).values_list("pk", flat=True))
        for note in Note.objects.select_related("parent").filter(pk__in=[n.pk for n in notes]):
            assert (note.pk in listed) == rules.can_view(user, note), (role, note.body)
    # Private notes are their author's alone: superusers and editors included.
    assert not rules.can_view(people["superuser"], private)
    assert not rules.can_view(editor, private)
    # A reply to a hidden note is hidden with it, from its own author too.
    assert not rules.can_view(replier, Note.objects.get(pk=reply_to_hidden.pk))


def test_decisions_enforce_as_services_raise(people):
    from django.core.exceptions import PermissionDenied, ValidationError

    passage = ArticleFactory().passages.first()
    note = services.note_create(author=people["author"], passage=passage, body="x")
    with pytest.raises(PermissionDenied):
        rules.check(people["other"], "edit", note).enforce()
    with pytest.raises(ValidationError) as refused:
        rules.check(people["author"], "reply", note).enforce()
    assert refused.value.message_dict == {"body": ["Only public notes take replies."]}
    rules.check(people["author"], "edit", note).enforce()
