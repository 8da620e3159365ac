from django.db import migrations


def render_bodies(apps, schema_editor):
    # The same rendering the services apply on write, for notes written before it existed.
    from mediacompare.notes.services import render_body

    Note = apps.get_model("notes", "Note")
    for note in Note.objects.filter(body_html="").exclude(body="").iterator():
        note.body_html = render_body(note.body)
        note.save(update_fields=["body_html"])


class Migration(migrations.Migration):
    dependencies = [("notes", "0002_threads_tags_links_hiding")]

    operations = [migrations.RunPython(render_bodies, migrations.RunPython.noop)]
