"""The Editors group: what editors may do, in one place.

The group is created by a data migration (``0002_editors_group``) with the permissions
below; ``editors_group()`` recreates it where a database was emptied (the demo loader,
tests that flush the database). A change here needs a migration that applies it.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

EDITORS = "Editors"

# Editors curate coverage in the admin. On notes they may only hide a public one (with a
# reason): never read, change or delete other users' notes, which may be private.
EDITOR_PERMISSIONS = frozenset(
    {
        *(
            f"coverage.{action}_{model}"
            for model in ("outlet", "event", "article", "passagelink")
            for action in ("view", "add", "change", "delete")
        ),
        "coverage.view_passage",
        "notes.hide_note",
        # Confirm, reject, retype and draw links; mark passages as content or not.
        "review.decide_link",
    }
)


def editors_group() -> Group:
    """The Editors group with exactly ``EDITOR_PERMISSIONS``, created if missing."""
    group, _ = Group.objects.get_or_create(name=EDITORS)
    wanted = Q(pk__in=[])
    for permission in EDITOR_PERMISSIONS:
        app_label, codename = permission.split(".")
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    group.permissions.set(Permission.objects.filter(wanted))
    return group
