"""The health check for load balancers and monitors: ``GET /healthz``.

200 ``{"status": "ok"}`` when the app answers and its database runs a ``SELECT 1``; 503
(the outage page, with Retry-After) at once when the database cannot be reached. It reads no
table, no session and no static file, so it is cheap enough to ask every few seconds.
"""

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@require_safe
@never_cache
def healthz(request):
    # A database error here becomes the 503 page (mediacompare.outage).
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return JsonResponse({"status": "ok"})


# A load balancer wants the outage reported at once, not a read retried (outage.py).
healthz.database_retry = False
