"""Editors may review links: ``review.decide_link`` joins the Editors group's permissions
(accounts/roles.py; frozen here, as migrations are history)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CODENAME = "decide_link"


def _permission(apps, using):
    app_config = apps.get_app_config("review")
    # Permissions are made after all migrations (post_migrate); make this one now.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.using(using).get(content_type__app_label="review", codename=CODENAME)


def give_editors_decide_link(apps, schema_editor):
    using = schema_editor.connection.alias
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.using(using).get_or_create(name=EDITORS)
    group.permissions.add(_permission(apps, using))


def take_it_back(apps, schema_editor):
    using = schema_editor.connection.alias
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.using(using).filter(name=EDITORS):
        group.permissions.remove(_permission(apps, using))


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0001_initial"),
        ("accounts", "0002_editors_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(give_editors_decide_link, take_it_back)]
