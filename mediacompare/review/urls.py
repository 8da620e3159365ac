from django.urls import path

from mediacompare import parameters
from mediacompare.review import views

parameters.register()

app_name = "review"

urlpatterns = [
    path("links/decide/", views.link_decide, name="decide"),
    path("passages/<number:pk>/draw/", views.link_draw, name="draw"),
    path("passages/<number:pk>/mark/", views.passage_mark, name="mark"),
    path("decisions/<str:which>/<number:pk>/dismiss/", views.decision_dismiss, name="dismiss"),
    path("events/<slug:slug>/", views.queue, name="queue"),
]
