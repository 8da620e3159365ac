"""Editors may import articles: ``ingest.add_importjob`` and ``ingest.view_importjob``
join the Editors group's permissions (accounts/roles.py; frozen here, as migrations are
history)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CODENAMES = ("add_importjob", "view_importjob")


def _permissions(apps, using):
    app_config = apps.get_app_config("ingest")
    # Permissions are made after all migrations (post_migrate); make these now.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.using(using).filter(
        content_type__app_label="ingest", codename__in=CODENAMES
    )


def give_editors_import(apps, schema_editor):
    using = schema_editor.connection.alias
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.using(using).get_or_create(name=EDITORS)
    group.permissions.add(*_permissions(apps, using))


def take_it_back(apps, schema_editor):
    using = schema_editor.connection.alias
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.using(using).filter(name=EDITORS):
        group.permissions.remove(*_permissions(apps, using))


class Migration(migrations.Migration):
    dependencies = [
        ("ingest", "0001_import_job"),
        ("accounts", "0002_editors_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(give_editors_import, take_it_back)]
