from django.urls import path

from mediacompare.notes import views

app_name = "notes"

urlpatterns = [
    path("new/", views.note_create, name="create"),
    path("<int:pk>/edit/", views.note_edit, name="edit"),
    path("<int:pk>/delete/", views.note_delete, name="delete"),
]
