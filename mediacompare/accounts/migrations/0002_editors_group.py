"""The Editors group, with what editors need and no more (see accounts/roles.py).

Frozen here as migrations are history; tests check it matches roles.EDITOR_PERMISSIONS.
On notes, editors get only ``hide_note``: the view/delete permissions they had before let
them read and delete other users' private notes in the admin.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
FULL = ("view", "add", "change", "delete")
PERMISSIONS = {
    "coverage": [
        *(f"{action}_{model}" for model in ("outlet", "event", "article", "passagelink")
          for action in FULL),
        "view_passage",
    ],
    "notes": ["hide_note"],
}


def create_editors_group(apps, schema_editor):
    using = schema_editor.connection.alias
    # Permissions are made after all migrations (post_migrate); make these ones now.
    for app_label in PERMISSIONS:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.using(using).get_or_create(name=EDITORS)
    permissions = []
    for app_label, codenames in PERMISSIONS.items():
        found = Permission.objects.using(using).filter(
            content_type__app_label=app_label, codename__in=codenames
        )
        missing = set(codenames) - set(found.values_list("codename", flat=True))
        if missing:
            raise RuntimeError(f"Permissions missing for the Editors group: {sorted(missing)}")
        permissions.extend(found)
    group.permissions.set(permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.using(schema_editor.connection.alias).filter(
        name=EDITORS
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_attempt_windows"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("coverage", "0002_passage_is_boilerplate"),
        ("notes", "0003_render_existing_bodies"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
