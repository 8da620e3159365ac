import pytest

from tests.factories import (
    ArticleFactory,
    EventFactory,
    NoteFactory,
    OutletFactory,
    UserFactory,
)


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def other_user(db):
    return UserFactory()


@pytest.fixture
def event(db):
    return EventFactory()


@pytest.fixture
def outlet(db):
    return OutletFactory()


__all__ = ["ArticleFactory", "EventFactory", "NoteFactory", "OutletFactory", "UserFactory"]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Hashing is not under test; PBKDF2 would dominate the suite's run time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
