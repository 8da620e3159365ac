"""Who may review the alignment: one answer, asked by views, templates and selectors."""

DECIDE = "review.decide_link"


def may_review(user) -> bool:
    """Whether ``user`` may confirm, reject, retype and draw links and mark passages
    (the ``review.decide_link`` permission, given to the Editors group)."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(DECIDE))
