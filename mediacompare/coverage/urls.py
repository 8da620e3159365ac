from django.urls import path

from mediacompare import parameters
from mediacompare.coverage import views

parameters.register()

app_name = "coverage"

urlpatterns = [
    path("", views.event_list, name="event_list"),
    path("method/", views.method, name="method"),
    path("events/<slug:slug>/", views.event_detail, name="event_detail"),
    path("events/<slug:slug>/compare/", views.compare, name="compare"),
    path("events/<slug:slug>/articles/<number:pk>/", views.article_detail, name="article_detail"),
    path(
        "events/<slug:slug>/articles/<number:pk>/passages/<number:number>/",
        views.passage_detail,
        name="passage_detail",
    ),
]
