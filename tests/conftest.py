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


@pytest.fixture(autouse=True)
def empty_cache():
    # Pages cache what they read from the database: each test starts with none of it.
    from django.core.cache import cache

    from mediacompare.coverage.selectors.comparison import placements

    cache.clear()
    placements.clear()
    yield
    cache.clear()
    placements.clear()
