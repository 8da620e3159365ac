from django.urls import reverse

from tests.factories import NoteFactory, UserFactory


def test_notes_are_read_only_in_the_admin(client, db):
    admin = UserFactory(is_staff=True, is_superuser=True)
    note = NoteFactory(body="Original")
    client.force_login(admin)
    page = client.get(reverse("admin:notes_note_change", args=[note.pk]))
    assert page.status_code == 200
    client.post(reverse("admin:notes_note_change", args=[note.pk]), {"body": "<script>x</script>"})
    note.refresh_from_db()
    assert note.body == "Original"
    assert client.get(reverse("admin:notes_note_add")).status_code == 403
