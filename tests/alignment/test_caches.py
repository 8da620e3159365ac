"""The engine's per-process caches: what a task leaves behind, and what end_task frees."""

from __future__ import annotations

import platform

from mediacompare.alignment import align, caches

ENGLISH = (
    "The ambassadors said the summit would stoke ideological confrontation in the world.\n"
    "China and Russia are firmly opposed to the summit, the ambassadors wrote.\n"
    "The harbour in Vladivostok froze early this winter, officials said."
)
EDITED = (
    "The two ambassadors said the summit would stoke confrontation in the world.\n"
    "The harbour in Vladivostok froze early this winter, officials said."
)


def _links(alignment) -> list[tuple]:
    return [
        (link.a, link.b, link.kind, round(link.score, 4), link.diff) for link in alignment.links
    ]


def test_end_task_empties_the_per_text_caches_and_keeps_the_per_word_ones() -> None:
    align(ENGLISH, EDITED, language_a="en", language_b="en")
    before = caches.sizes()
    assert all(before[name] > 0 for name in caches.PER_TEXT), before
    caches.end_task()
    after = caches.sizes()
    assert all(after[name] == 0 for name in caches.PER_TEXT), after
    for name in [*caches.PER_WORD, "embed._word_pieces", "embed._token_rows"]:
        assert after[name] == before[name] > 0, name


def test_emptied_caches_give_the_same_links() -> None:
    first = _links(align(ENGLISH, EDITED, language_a="en", language_b="en"))
    assert any(kind == "edited" for _, _, kind, _, _ in first)
    caches.end_task()
    assert _links(align(ENGLISH, EDITED, language_a="en", language_b="en")) == first


def test_malloc_trim_is_found_on_glibc_only_there() -> None:
    on_glibc = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert (caches._trim is not None) == on_glibc
    caches.release_memory()


def test_every_cache_of_the_engine_is_either_emptied_or_kept_on_purpose() -> None:
    # A new lru_cache keyed by passage text must go into PER_TEXT, or a worker grows.
    import importlib
    import pkgutil

    import mediacompare.alignment as package

    found = set()
    for module_info in pkgutil.iter_modules(package.__path__):
        if module_info.name == "__main__":
            continue
        module = importlib.import_module(f"{package.__name__}.{module_info.name}")
        for name, value in vars(module).items():
            if (
                callable(value)
                and hasattr(value, "cache_clear")
                and value.__module__ == module.__name__
            ):
                found.add(f"{module_info.name}.{name}")
    registered = set(caches.PER_TEXT) | set(caches.PER_WORD)
    # The fitted scorer and the published accuracy: one entry each, loaded once per process.
    assert found - {"scorer.default_scorer", "accuracy.blind_sets"} == registered
