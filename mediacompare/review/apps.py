from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "mediacompare.review"

    def ready(self):
        # Decisions follow the texts they are on, and automatic links leave rejected pairs
        # alone: coverage says when, without importing this app (see coverage/signals.py).
        from mediacompare.coverage import signals
        from mediacompare.review import services

        signals.article_resplit.connect(services.on_article_resplit, dispatch_uid="review-refind")
        signals.excluded_link_pairs.connect(
            services.on_excluded_link_pairs, dispatch_uid="review-rejected"
        )
