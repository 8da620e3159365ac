"""The read-only JSON API (/api/v1/), with django-ninja, and personal API tokens."""
