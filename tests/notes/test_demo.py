from django.contrib.auth import get_user_model

from mediacompare.coverage.demo import create_demo_accounts


def test_demo_editors_may_hide_notes_and_readers_may_not(db):
    create_demo_accounts()
    users = get_user_model().objects
    assert users.get(username="editor").has_perm("notes.hide_note")
    assert not users.get(username="reader").has_perm("notes.hide_note")
