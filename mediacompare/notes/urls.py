from django.urls import path

from mediacompare import parameters
from mediacompare.notes import views

parameters.register()

app_name = "notes"

urlpatterns = [
    path("new/", views.note_create, name="create"),
    path("mine/", views.my_notes, name="mine"),
    path("mine/export.<str:fmt>", views.my_export, name="my_export"),
    path("import/", views.notes_import, name="import"),
    path("import/<number:pk>/", views.import_job, name="import_job"),
    path("orphaned/", views.orphaned_notes, name="orphaned"),
    path("tags/", views.tag_list, name="tags"),
    path("events/<slug:slug>/", views.event_notes, name="event"),
    path("events/<slug:slug>/export.<str:fmt>", views.event_export, name="event_export"),
    path("<number:pk>/", views.note_detail, name="detail"),
    path("<number:pk>/edit/", views.note_edit, name="edit"),
    path("<number:pk>/delete/", views.note_delete, name="delete"),
    path("<number:pk>/reply/", views.note_reply, name="reply"),
    path("<number:pk>/hide/", views.note_hide, name="hide"),
    path("<number:pk>/unhide/", views.note_unhide, name="unhide"),
    path("<number:pk>/keep/", views.note_keep, name="keep"),
]
