"""The Editors group comes from a data migration; editors cannot read others' notes."""

from django.contrib.auth.models import Group
from django.urls import reverse

from mediacompare.accounts.roles import EDITOR_PERMISSIONS, EDITORS, editors_group
from mediacompare.notes.models import Note
from tests.factories import NoteFactory, UserFactory


def _codenames(group):
    return {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }


def test_the_migration_made_the_editors_group_with_the_documented_permissions(db):
    assert _codenames(Group.objects.get(name=EDITORS)) == EDITOR_PERMISSIONS


def test_on_notes_editors_may_only_hide(db):
    notes = {p for p in EDITOR_PERMISSIONS if p.startswith("notes.")}
    assert notes == {"notes.hide_note"}


def test_editors_group_restores_a_deleted_group(db):
    Group.objects.filter(name=EDITORS).delete()
    assert _codenames(editors_group()) == EDITOR_PERMISSIONS


def test_an_editor_cannot_read_or_delete_a_private_note_in_the_admin(client, db):
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    note = NoteFactory(visibility=Note.Visibility.PRIVATE)
    client.force_login(editor)
    assert client.get(reverse("admin:notes_note_changelist")).status_code == 403
    assert client.get(reverse("admin:notes_note_change", args=[note.pk])).status_code == 403
    assert (
        client.post(reverse("admin:notes_note_delete", args=[note.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert Note.objects.filter(pk=note.pk).exists()
    assert editor.has_perm("notes.hide_note")
    assert client.get(reverse("admin:coverage_article_changelist")).status_code == 200
