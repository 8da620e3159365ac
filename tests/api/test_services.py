import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from mediacompare.api import services
from mediacompare.api.models import ApiToken
from tests.factories import UserFactory


@pytest.mark.skipif(connection.vendor != "postgresql", reason="parallel writers need PostgreSQL")
def test_parallel_requests_never_make_more_tokens_than_the_limit(transactional_db, settings):
    """The first tokens have no row to lock: the count must be taken under a lock that
    exists before them (the user's), or parallel requests all see room for one more."""
    settings.API_TOKENS_MAX = 2
    user = UserFactory()
    barrier = threading.Barrier(8)
    refused = []

    def make(n):
        try:
            barrier.wait()
            services.token_create(user=user, name=f"script {n}")
        except ValidationError:
            refused.append(n)
        finally:
            connection.close()

    threads = [threading.Thread(target=make, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert ApiToken.objects.filter(user=user).count() == 2
    assert len(refused) == 6
