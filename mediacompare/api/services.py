"""Writes of the API app: making and revoking personal tokens."""

import hashlib
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction

from mediacompare.api.models import ApiToken

# Tells a leaked token apart in logs and secret scanners.
TOKEN_PREFIX = "mcp_"


def token_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def token_create(*, user, name: str) -> tuple[ApiToken, str]:
    """A new token for ``user``, and its secret (shown once, never stored)."""
    name = " ".join(name.split())
    # Lock the user, not their tokens: before the first token there is no row to lock,
    # and parallel requests would all count room for one more.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    if ApiToken.objects.filter(user=user).count() >= settings.API_TOKENS_MAX:
        raise ValidationError(
            {"name": f"You have {settings.API_TOKENS_MAX} tokens: revoke one first."}
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user=user, name=name, prefix=secret[:12], digest=token_digest(secret))
    token.full_clean()
    token.save()
    return token, secret


@transaction.atomic
def token_revoke(*, user, token_id: int) -> bool:
    """Revoke (delete) ``user``'s token ``token_id``; False if they have no such token."""
    deleted, _ = ApiToken.objects.filter(user=user, pk=token_id).delete()
    return bool(deleted)
