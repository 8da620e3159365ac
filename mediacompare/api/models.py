"""Personal API tokens: a user's key to their own private notes through the API."""

from django.conf import settings
from django.db import models
from django.db.models import Q

TOKEN_NAME_MAX_LENGTH = 100


class ApiToken(models.Model):
    """A token its user made on the tokens page, stored as a SHA-256 digest only.

    The secret is shown once, when it is made; a leaked database gives no usable token.
    A fast hash is enough: the secret is 256 random bits, not a password to guess.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=TOKEN_NAME_MAX_LENGTH, help_text="What the token is for.")
    # The secret's first characters: enough for its owner to tell tokens apart.
    prefix = models.CharField(max_length=12, editable=False)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="api_token_name_unique"),
            models.CheckConstraint(condition=~Q(name=""), name="api_token_name_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…) of {self.user}"
