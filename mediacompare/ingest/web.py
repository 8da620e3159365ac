"""Import one article from a web page: read it, prefill the review, save it.

The page is fetched (:mod:`.fetch`, SSRF-safe) or given; trafilatura reads it
(:mod:`.extract`); the editor reviews the prefilled form; :func:`article_from_review`
saves through the article writer, with the new outlet if any, in one transaction.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from mediacompare.coverage import services
from mediacompare.coverage.models import Outlet
from mediacompare.ingest import extract, fetch

__all__ = ["ValidationError", "article_from_review", "read_page", "review_initial"]


def read_page(*, url: str = "", html: str | bytes = "") -> extract.Extracted:
    """The article at ``url`` (fetched) or in ``html``; FetchError or ExtractionError."""
    if url:
        page = fetch.fetch_page(url)
        return extract.extract(page.html, url=page.url)
    return extract.extract(html)


def review_initial(page: extract.Extracted) -> dict:
    """The review form's initial values from what the page gave."""
    outlet = None
    if page.site_name:
        outlet = Outlet.objects.filter(name__iexact=page.site_name).first()
    if outlet is None and page.url:
        host = page.url.split("/")[2] if page.url.count("/") >= 2 else ""
        outlet = Outlet.objects.filter(homepage__icontains=host).first() if host else None
    return {
        "title": page.title,
        "body": page.body,
        "byline": page.byline,
        "language": page.language,
        "source_url": page.url,
        "published_at": [page.published_on, None] if page.published_on else None,
        "outlet": outlet.pk if outlet else None,
        "outlet_name": "" if outlet else page.site_name,
    }


@transaction.atomic
def article_from_review(cleaned: dict):
    """Create the reviewed article (and its new outlet) through the article writer."""
    outlet = cleaned.get("outlet")
    if outlet is None:
        name = cleaned["outlet_name"].strip()
        slug = slugify(name)[:100].strip("-") or "outlet"
        base, n = slug, 2
        while Outlet.objects.filter(slug=slug).exists():
            slug, n = f"{base[:95]}-{n}", n + 1
        outlet = Outlet(
            name=name,
            slug=slug,
            country=cleaned.get("outlet_country") or "Unknown",
            language=cleaned["language"],
        )
        outlet.full_clean()
        outlet.save()
    return services.article_create(
        event=cleaned["event"],
        outlet=outlet,
        title=cleaned["title"],
        body=cleaned["body"],
        language=cleaned["language"],
        source_url=cleaned.get("source_url", ""),
        byline=cleaned.get("byline", ""),
        published_at=cleaned.get("published_at"),
        published_precision=cleaned.get("published_precision", "minute"),
        is_excerpt=cleaned.get("is_excerpt", False),
        is_primary=cleaned.get("is_primary", False),
    )
