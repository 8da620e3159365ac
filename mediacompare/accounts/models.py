from django.db import models


class AttemptWindow(models.Model):
    """How many attempts one key (an action and a client address) made in one time window.

    A row per key and window, incremented in the database, so that every worker process
    counts the same attempts and parallel requests cannot overshoot the limit.
    """

    key = models.CharField(max_length=200)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="attempt_window_unique")
        ]

    def __str__(self):
        return f"{self.key} since {self.window_start:%Y-%m-%d %H:%M}: {self.count}"
