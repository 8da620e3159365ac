"""Model factories. Articles are made through the service, so they have passages and links."""

import datetime

import factory
from django.contrib.auth import get_user_model

from mediacompare.coverage import services
from mediacompare.coverage.models import Article, Event, Outlet
from mediacompare.notes.models import Note
from mediacompare.notes.services import render_body

PASSWORD = "correct horse battery"

SOURCE_TEXT = (
    "WASHINGTON, November 27. /TASS/. The ambassadors of Russia and China published a joint "
    "article on Friday.\n"
    "They said that democracy is not the patent of any one country.\n"
    "The summit will stoke ideological confrontation and create new dividing lines.\n"
    "Both countries are firmly opposed to the plan."
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password(PASSWORD)


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet

    name = factory.Sequence(lambda n: f"Outlet {n}")
    slug = factory.Sequence(lambda n: f"outlet-{n}")
    country = "Russia"
    language = "en"
    kind = Outlet.Kind.NEWS_AGENCY
    state_affiliation = Outlet.StateAffiliation.STATE_OWNED


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    summary = "Two ambassadors wrote a joint article."
    starts_on = datetime.date(2021, 11, 26)


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    event = factory.SubFactory(EventFactory)
    outlet = factory.SubFactory(OutletFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    body = SOURCE_TEXT
    language = "en"
    source_url = factory.Sequence(lambda n: f"https://example.com/article/{n}")
    published_at = factory.Sequence(
        lambda n: (
            datetime.datetime(2021, 11, 27, 8, 0, tzinfo=datetime.UTC)
            + datetime.timedelta(minutes=n)
        )
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.article_create(**kwargs)


class NoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Note

    author = factory.SubFactory(UserFactory)
    passage = factory.LazyFunction(lambda: ArticleFactory().passages.first())
    body = "A note."
    # As the services store it: the body's Markdown, sanitised once.
    body_html = factory.LazyAttribute(lambda note: render_body(note.body))
    visibility = Note.Visibility.PUBLIC
