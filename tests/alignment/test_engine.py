"""The engine across languages, as one event job, and its API without Django."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mediacompare.alignment import align, align_many_segments, align_segments, segment
from mediacompare.alignment.engine import Document, align_event, embed_passages
from mediacompare.alignment.scorer import FEATURES, Scorer, default_scorer, fit

ROOT = Path(__file__).resolve().parents[2]

ENGLISH = (
    "The ambassadors said the summit would stoke ideological confrontation in the world.\n"
    "China and Russia are firmly opposed to the summit.\n"
    "The harbour in Vladivostok froze early this winter, officials said."
)
RUSSIAN = (
    "Послы заявили, что саммит разожжёт идеологическую конфронтацию в мире.\n"
    "Китай и Россия решительно выступают против саммита.\n"
    "В Москве на этой неделе открылась новая выставка современного искусства."
)
ARMENIAN = "Դեսպանները հոդված են հրապարակել ժողովրդավարության մասին։"


def test_other_languages_get_translation_links_without_word_diffs() -> None:
    al = align(ENGLISH, RUSSIAN, language_a="en", language_b="ru")
    assert al.compared
    assert [(link.a, link.b) for link in al.links] == [((0,), (0,)), ((1,), (1,))]
    assert {link.kind for link in al.links} == {"translation"}
    assert all(link.diff == [] and 0.0 < link.score <= 1.0 for link in al.links)
    assert al.unmatched_a == [2] and al.unmatched_b == [2]


def test_a_language_the_model_lacks_is_not_compared() -> None:
    al = align(ENGLISH, ARMENIAN, language_a="en", language_b="hy")
    assert not al.compared and al.links == []
    # Nothing is "left out" of a pair that was not compared.
    assert al.unmatched_a == [] and al.unmatched_b == []
    assert json.loads(json.dumps(al.to_dict()))["compared"] is False
    # The same language is compared on its words, model or not.
    same = align(ARMENIAN, ARMENIAN, language_a="hy", language_b="hy")
    assert same.compared and [link.kind for link in same.links] == ["verbatim"]


def test_a_restated_fact_links_to_each_place() -> None:
    source = (
        "China and Russia firmly reject the US plan for a summit for democracy.\n"
        "The harbour in Vladivostok froze early this winter, officials said."
    )
    coverage = (
        "Beijing and Moscow reject Washington's democracy summit\n"
        "Russia and China have firmly rejected the US plan to hold a summit for democracy.\n"
        "Bakers in the capital raised bread prices for the second time in March.\n"
        '"China and Russia firmly reject this plan for a summit," the envoys wrote.'
    )
    pairs = align(source, coverage).pairs()
    assert {(0, 1), (0, 3)} <= pairs
    assert not {(0, 2), (1, 2)} & pairs


def test_stored_embeddings_give_the_same_alignment_as_computed_ones() -> None:
    a, b = segment(ENGLISH), segment(RUSSIAN)
    computed = align_segments(a, b, language_a="en", language_b="ru")
    given = align_segments(
        a,
        b,
        language_a="en",
        language_b="ru",
        embeddings_a=embed_passages(a),
        embeddings_b=embed_passages(b),
    )
    assert given.to_dict() == computed.to_dict()
    # Whole-passage vectors only (no clauses) are accepted too.
    whole = [np.vstack([m[0] if m is not None else np.zeros(512) for m in embed_passages(a)])]
    align_many_segments([a, b], languages=["en", "ru"], embeddings=[whole[0], None])


def test_pairs_pivot_and_bad_pairs() -> None:
    docs = [
        Document(segment(t), lang)
        for t, lang in ((ENGLISH, "en"), (RUSSIAN, "ru"), (ENGLISH, "en"))
    ]
    assert set(align_event(docs).pairs) == {(0, 1), (0, 2), (1, 2)}
    assert set(align_event(docs, pivot=2).pairs) == {(2, 0), (2, 1)}
    assert set(align_event(docs, pairs=[(2, 0)]).pairs) == {(2, 0)}
    with pytest.raises(ValueError):
        align_event(docs, pairs=[(0, 0)])
    with pytest.raises(ValueError):
        align_event(docs, pivot=3)
    with pytest.raises(ValueError):
        align_event([Document(segment(ENGLISH), "en", np.zeros((1, 512)))])


def test_the_engine_imports_and_runs_without_django() -> None:
    code = (
        "import sys; from mediacompare.alignment import align, segment, align_many; "
        "al = align('China and Russia are firmly opposed to it.', "
        "'China and Russia are firmly opposed to it.', language_a='en', language_b='en'); "
        "assert al.links[0].kind == 'verbatim'; "
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_scorer_fits_saves_and_refuses_other_features(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, len(FEATURES)))
    x[:, FEATURES.index("cross_language")] = (np.arange(200) % 2).astype(float)
    y = (x[:, 0] + 0.2 * rng.normal(size=200) > 0).astype(float)
    scorer = fit(x, y)
    for cross in (False, True):
        model = scorer.model(cross)
        rows = x[x[:, FEATURES.index("cross_language")] == float(cross)]
        labels = y[x[:, FEATURES.index("cross_language")] == float(cross)]
        predicted = model.probability(rows) >= model.threshold
        assert (predicted == (labels > 0)).mean() > 0.9
    path = tmp_path / "scorer.json"
    scorer.save(path)
    data = json.loads(path.read_text())
    assert Scorer.from_dict(data).to_dict() == data
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="refit"):
        Scorer.from_dict(data)
    # The shipped scorer records how it was fitted and its held-out figures.
    assert "held_out_folds" in default_scorer().info


def test_a_short_articles_piece_margin_counts_only_content_pieces() -> None:
    """The ratio margin of pieces averages each piece's nearest content pieces: an article
    with fewer content pieces than the margin's k averages those it has, never a masked
    non-content one (which made the margin of a short article explode). Passages without
    clauses have one piece each, so the piece margin is then the passage margin."""
    from mediacompare.alignment.engine import pair_candidates, prepare_event

    source = (
        "WASHINGTON, November 27. /TASS/. The ambassadors of Russia and China published "
        "a joint article on Friday.\nThey said that democracy is not the patent of any one "
        "country.\nThe summit will stoke ideological confrontation.\nBoth countries are "
        "firmly opposed to the plan."
    )
    short = (
        "NEW YORK, November 27 (UN News). Two envoys wrote a joint article.\n"
        "Both countries are firmly opposed to the plan."
    )
    documents = [
        Document(passages=tuple(segment(text, "en")), language="en") for text in (source, short)
    ]
    candidates = pair_candidates(prepare_event(documents), 0, 1)
    margin = candidates.features[:, FEATURES.index("margin")]
    piece_margin = candidates.features[:, FEATURES.index("piece_margin")]
    assert len(candidates.pairs) >= 2
    assert np.allclose(piece_margin, margin, atol=1e-4)


def _unit_rows(*rows: list[float]) -> np.ndarray:
    matrix = np.asarray(rows, dtype=np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def test_a_claim_split_over_two_sentences_has_its_split_margin() -> None:
    """Passage 0 of a says what b says in its sentences 1 and 2 together: its split
    margin with either of them is the ratio margin of a0 against the pair (1, 2), well
    above 1; an article of one passage has no neighbours to take together (NaN)."""
    from mediacompare.alignment.engine import (
        Vectors,
        _split_margin_at,
        _split_matrices,
    )

    def vectors(whole: np.ndarray) -> Vectors:
        return Vectors(whole, np.zeros((0, whole.shape[1]), np.float32), np.zeros(0, np.int64))

    a = _unit_rows([1, 1, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 1])
    b = _unit_rows(
        [0, 0, 1, 0, 0, 0.2], [1, 0, 0, 0.3, 0, 0], [0, 1, 0, 0.3, 0, 0], [0, 0, 0, 1, 0, 0]
    )
    content_a, content_b = np.ones(3, bool), np.ones(4, bool)
    to_b, to_a = _split_matrices(vectors(a), vectors(b), content_a, content_b)
    assert to_b.shape == (3, 3) and to_a.shape == (2, 4)
    assert to_b[0].argmax() == 1  # a0 is closest to b1 and b2 taken together
    split = _split_margin_at(to_b, to_a, np.array([0, 0, 0]), np.array([1, 2, 3]))
    assert split[0] == split[1] > 1.3
    assert split[2] < split[0]  # b3 is next to b2, but a0 is not said by them
    # Without content, a passage takes part in no merge.
    content_b[2] = False
    to_b, _ = _split_matrices(vectors(a), vectors(b), content_a, content_b)
    assert (to_b[:, 1] == -1).all() and (to_b[:, 2] == -1).all()
    # One passage each: nothing to take together.
    one = _unit_rows([1, 0, 0, 0, 0, 0])
    to_b, to_a = _split_matrices(vectors(one), vectors(one), np.ones(1, bool), np.ones(1, bool))
    assert np.isnan(_split_margin_at(to_b, to_a, np.array([0]), np.array([0]))).all()


def test_across_languages_a_claim_inside_a_longer_passage_is_covered() -> None:
    """The piece cover across languages is the better covered side's: a short passage
    whose one claim is a clause of a longer one is covered although the longer one's
    other clause is not; within one language the cover stays both sides'."""
    from mediacompare.alignment.engine import Vectors, _piece_evidence, _stacked

    dim = 6
    short = Vectors(
        _unit_rows([1, 0, 0, 0, 0, 0]), np.zeros((0, dim), np.float32), np.zeros(0, np.int64)
    )
    clauses = _unit_rows([1, 0, 0, 0, 0, 0.1], [0, 0, 0, 1, 0, 0])
    longer = Vectors(_unit_rows([0.7, 0, 0, 0.7, 0, 0]), clauses, np.zeros(2, np.int64))
    content = np.ones(1, bool)
    covers = {}
    for one_sided in (True, False):
        sims = _stacked(short) @ _stacked(longer).T
        _margin, cover = _piece_evidence(
            sims, short, longer, content, content, np.array([0]), np.array([0]), one_sided=one_sided
        )
        covers[one_sided] = float(cover[0])
    assert covers[True] > 0.99  # the short passage is wholly in the first clause
    assert covers[False] < 0.1  # the longer one's second clause has no counterpart


def _components_by_union_find(pairs) -> list[list[tuple[int, int]]]:
    """What ``_groups`` computes, the plain way: a union-find over the joining links."""
    from mediacompare.alignment.kinds import LEXICAL_KINDS

    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for (ti, tj), al in pairs.items():
        for link in al.links:
            if link.kind in LEXICAL_KINDS or link.score >= 0.5:
                nodes = [(ti, k) for k in link.a] + [(tj, k) for k in link.b]
                for node in nodes[1:]:
                    parent[find(node)] = find(nodes[0])
    comps: dict = {}
    for x in list(parent):
        comps.setdefault(find(x), []).append(x)
    groups = [sorted(c) for c in comps.values() if len({t for t, _ in c}) >= 2]
    return sorted(groups, key=lambda g: (-len({t for t, _ in g}), -len(g), g))


def test_groups_are_the_components_of_the_joining_links() -> None:
    import random

    from mediacompare.alignment.engine import _groups
    from mediacompare.alignment.results import Alignment, Link

    rng = random.Random(7)
    for _ in range(200):
        n = rng.randint(2, 6)
        pairs = {}
        for i in range(n):
            for j in range(i + 1, n):
                links = []
                for _ in range(rng.randint(0, 8)):
                    a = tuple(rng.sample(range(10), rng.randint(0, 2)))
                    b = tuple(rng.sample(range(10), rng.randint(0 if a else 1, 2)))
                    kind = rng.choice(["edited", "paraphrase", "translation"])
                    links.append(Link(a, b, kind, rng.random()))
                pairs[i, j] = Alignment([], [], links)
        groups = _groups(pairs)
        assert groups == _components_by_union_find(pairs)
        assert all(type(x) is int for group in groups for node in group for x in node)


def test_folding_clauses_and_counting_above_match_plain_loops() -> None:
    from mediacompare.alignment import engine

    rng = np.random.default_rng(5)
    # Passages with no clause or with 2 to 4 (as embed_with_clauses makes them).
    counts = rng.choice([0, 0, 2, 3, 4], size=40)
    owners = np.repeat(np.arange(40), counts)
    v = engine.Vectors(np.zeros((40, 2)), np.zeros((len(owners), 2)), owners)
    table = engine._piece_table(v, 40)
    n_pieces = 40 + len(owners)
    other = 30
    sims = rng.standard_normal((n_pieces, other)).astype(np.float32)
    best = rng.standard_normal((40, other)).astype(np.float32)
    want = best.copy()
    for k in range(len(owners)):
        want[owners[k]] = np.maximum(want[owners[k]], sims[40 + k])
    # The plan made on the spot, or once per article (passages with the most clauses
    # first, each rank's a prefix of them).
    for plan in (None, engine._folding(v, 40)):
        got = best.copy()
        engine._fold_clauses(got, table, sims, 0, plan)
        assert np.array_equal(got, want)
        # Columns: the same with the matrices transposed.
        got_t = np.ascontiguousarray(best.T)
        engine._fold_clauses(got_t, table, np.ascontiguousarray(sims.T), 1, plan)
        assert np.array_equal(got_t, want.T)
    assert engine._folding(v, 40) is v.fold
    assert engine._piece_counts(v, 40).tolist() == (1 + counts).tolist()
    # Without any clause nothing changes.
    plain = engine.Vectors(np.zeros((40, 2)), np.zeros((0, 2)), np.zeros(0, int))
    same = best.copy()
    engine._fold_clauses(same, engine._piece_table(plain, 40), sims[:40], axis=0)
    assert np.array_equal(same, best)
    assert engine._folding(plain, 40) is None

    for width, n in ((30, 50), (3000, 700)):
        matrix = rng.standard_normal((60, width)).astype(np.float32)
        rows = rng.integers(0, 60, n)
        values = matrix[rows, rng.integers(0, width, n)]
        expected = [int((matrix[r] > x).sum()) for r, x in zip(rows, values, strict=True)]
        assert engine._count_above(matrix, rows, values).tolist() == expected


def _piece_evidence_by_loops(sims, table_a, table_b, pieces_a, pieces_b, ii, jj, one_sided):
    def near(matrix, columns):
        top = np.sort(matrix[:, columns], axis=1)[:, ::-1][:, :3]
        return top.mean(axis=1)

    near_a, near_b = near(sims, pieces_b), near(sims.T, pieces_a)
    margins, covers = [], []
    for i, j in zip(ii, jj, strict=True):
        ra, rb = table_a[i][table_a[i] >= 0], table_b[j][table_b[j] >= 0]
        block = sims[np.ix_(ra, rb)]
        scale = np.maximum((near_a[ra][:, None] + near_b[rb][None, :]) / 2.0, 1e-3)
        margins.append((block / scale).max())
        cover_a, cover_b = block.max(axis=1).min(), block.max(axis=0).min()
        covers.append(max(cover_a, cover_b) if one_sided else min(cover_a, cover_b))
    return np.array(margins), np.array(covers)


@pytest.mark.parametrize("content_share", [1.0, 0.7, 0.05])
def test_piece_evidence_matches_plain_loops(content_share: float) -> None:
    from mediacompare.alignment import engine

    rng = np.random.default_rng(7)
    vectors = []
    for n in (25, 31):
        counts = rng.choice([0, 0, 2, 3, 4], size=n)
        owners = np.repeat(np.arange(n), counts)
        vectors.append(engine.Vectors(np.zeros((n, 2)), np.zeros((len(owners), 2)), owners))
    va, vb = vectors
    content_a = rng.random(25) < content_share
    content_b = rng.random(31) < content_share
    content_a[3] = content_b[5] = True
    table_a, table_b = engine._piece_table(va, 25), engine._piece_table(vb, 31)
    sims = rng.uniform(-0.2, 1.0, (25 + len(va.owners), 31 + len(vb.owners))).astype(np.float32)
    ii = np.array([3, 3, 7, 20, 24])
    jj = np.array([5, 0, 30, 5, 12])
    keep = content_a[ii] & content_b[jj]
    ii, jj = ii[keep], jj[keep]
    pieces_a = content_a[engine._piece_passages(va, 25)]
    pieces_b = content_b[engine._piece_passages(vb, 31)]
    for one_sided in (False, True):
        want = _piece_evidence_by_loops(
            sims, table_a, table_b, pieces_a, pieces_b, ii, jj, one_sided
        )
        got = engine._piece_evidence(
            sims.copy(), va, vb, content_a, content_b, ii, jj, one_sided=one_sided
        )
        for w, g in zip(want, got, strict=True):
            assert np.allclose(w, g, atol=1e-6, rtol=0)


def test_sorted_unique_is_numpys_unique() -> None:
    from mediacompare.alignment.engine import _sorted_unique

    rng = np.random.default_rng(3)
    for values in (
        np.zeros(0, dtype=np.int64),
        np.array([7], dtype=np.int64),
        np.array([3, 3, 3], dtype=np.int64),
        rng.integers(0, 50, 400),
        rng.integers(-(2**40), 2**40, 3000),
    ):
        got = _sorted_unique(values.copy())
        assert got.dtype == values.dtype and np.array_equal(got, np.unique(values))


def test_shared_ids_match_set_intersections() -> None:
    from mediacompare.alignment import engine

    rng = np.random.default_rng(13)
    span = 60
    weights = rng.random(span)
    sets_a = [set(rng.choice(span, rng.integers(0, 9), replace=False).tolist()) for _ in range(30)]
    # b's ids from part of the range only: ids no set of b holds are looked up too.
    sets_b = [set(rng.choice(40, rng.integers(0, 9), replace=False).tolist()) for _ in range(25)]
    a, b = engine._Ids(sets_a), engine._Ids(sets_b)
    ii = rng.integers(0, 30, 400)
    jj = rng.integers(0, 25, 400)
    count, weight = engine._shared(a, b, ii, jj, weights)
    for n, (i, j) in enumerate(zip(ii.tolist(), jj.tolist(), strict=True)):
        common = sorted(sets_a[i] & sets_b[j])
        assert count[n] == len(common)
        # The same sum, in the same order (ids increasing): equal, not only close.
        assert weight[n] == sum((weights[x] for x in common), 0.0)
    ids, owner = a.gather(ii)
    assert ids.tolist() == [x for i in ii.tolist() for x in sorted(sets_a[i])]
    assert owner.tolist() == [n for n, i in enumerate(ii.tolist()) for _ in sets_a[i]]
    empty = engine._Ids([])
    assert [x.tolist() for x in empty.gather(np.zeros(0, dtype=np.int64))] == [[], []]


@pytest.mark.parametrize("shape", [(1, 7), (2, 5), (17, 4), (40, 33), (300, 45)])
def test_column_maxima_by_rows_match_the_transposed_argmax_passes(shape) -> None:
    from mediacompare.alignment import engine

    rng = np.random.default_rng(shape[0])
    matrix = rng.uniform(-1, 1, shape).astype(np.float32)
    # Ties within a column (a passage said twice) and masked cells.
    if shape[0] > 4:
        matrix[3] = matrix[1]
        matrix[4, ::2] = matrix[1, ::2]
        matrix[2, 1::3] = -np.inf
    for k in (1, 2, 3):
        kk = min(k, shape[0])
        want = engine._top_k(engine._transposed(matrix), kk)[1]
        got = engine._column_top(matrix, kk)
        assert np.array_equal(np.stack(got, axis=1), want)
        assert np.array_equal(
            engine._top_k_mean_by_rows(matrix, k),
            engine._top_k_mean(engine._transposed(matrix), k),
        )
    for values in (matrix, matrix.astype(np.float64)):
        want = engine._top_k_mean(engine._transposed(values), 3)
        got = engine._top_k_mean_by_rows(values, 3)
        assert got.dtype == want.dtype and np.array_equal(got, want)
    want = engine._nearest_mean(engine._transposed(matrix), copy=False)
    old, engine._BY_ROWS = engine._BY_ROWS, 0
    try:
        got = engine._column_nearest_mean(matrix)
    finally:
        engine._BY_ROWS = old
    assert got.dtype == want.dtype and np.array_equal(got, want)
    assert engine._top_k_mean_by_rows(matrix[:0], 3).tolist() == [0.0] * shape[1]


def test_near_is_the_same_by_every_route() -> None:
    from mediacompare.alignment import engine

    rng = np.random.default_rng(17)
    cos = rng.uniform(-1, 1, (50, 40)).astype(np.float32)
    cos[7] = cos[9]
    content_a = rng.random(50) < 0.8
    content_b = rng.random(40) < 0.8
    # (Cells of passages without content left as they are: only the content ones
    # may count.)
    want = engine._near(cos, content_a, content_b)
    by_copy = engine._near(cos, content_a, content_b, engine._transposed(cos))
    old, engine._BY_ROWS = engine._BY_ROWS, 0
    try:
        by_rows = engine._near(cos, content_a, content_b)
    finally:
        engine._BY_ROWS = old
    for got in (by_copy, by_rows):
        for w, g in zip(want, got, strict=True):
            assert g.dtype == w.dtype and np.array_equal(g, w)
    margin = engine._margin(cos, content_a, content_b)
    assert np.array_equal(margin, engine._margin(cos, content_a, content_b, cos.T.copy()))


def test_links_are_in_passage_order_whatever_the_numbering() -> None:
    """Links come sorted by (a, b) passage index: without a sort when the passages are
    numbered in order (decide gives them by position), with one otherwise."""
    from mediacompare.alignment import Passage, engine

    texts_a = [
        "China and Russia are firmly opposed to the summit, the ambassadors said.",
        "The harbour in Vladivostok froze early this winter, officials said.",
        "The ambassadors said the summit would stoke ideological confrontation.",
    ]
    texts_b = [
        "The ambassadors said the summit would stoke ideological confrontation in the world.",
        "China and Russia are firmly opposed to the summit.",
    ]

    def passages(texts, numbers):
        return [
            Passage(n, 0, len(t), k, t) for k, (n, t) in enumerate(zip(numbers, texts, strict=True))
        ]

    plain = align_event(
        [Document(passages(texts_a, [0, 1, 2]), "en"), Document(passages(texts_b, [0, 1]), "en")]
    ).pairs[0, 1]
    assert [(x.a, x.b) for x in plain.links] == [((0,), (1,)), ((2,), (0,))]
    # Numbered backwards: the same links, sorted by the numbers.
    backwards = align_event(
        [Document(passages(texts_a, [9, 5, 1]), "en"), Document(passages(texts_b, [4, 2]), "en")]
    ).pairs[0, 1]
    assert [(x.a, x.b) for x in backwards.links] == [((1,), (4,)), ((9,), (2,))]
    # A decide() that gives its links out of order (as experiments' rules may).
    original = engine.decide
    engine.decide = lambda *args: original(*args)[::-1]
    try:
        reversed_links = align_event(
            [
                Document(passages(texts_a, [0, 1, 2]), "en"),
                Document(passages(texts_b, [0, 1]), "en"),
            ]
        ).pairs[0, 1]
    finally:
        engine.decide = original
    assert [(x.a, x.b, x.kind, x.score) for x in reversed_links.links] == [
        (x.a, x.b, x.kind, x.score) for x in plain.links
    ]


@pytest.mark.parametrize("content_share", [1.0, 0.05])
def test_piece_evidence_is_the_same_with_column_maxima_by_rows(content_share: float) -> None:
    """Large piece matrices take their columns' nearest pieces row by row: the same
    values as from the transposed copy (forced here on a small matrix)."""
    from mediacompare.alignment import engine

    rng = np.random.default_rng(19)
    vectors = []
    for n in (40, 35):
        counts = rng.choice([0, 0, 2, 3], size=n)
        counts[0] = 0
        owners = np.repeat(np.arange(n), counts)
        vectors.append(engine.Vectors(np.zeros((n, 2)), np.zeros((len(owners), 2)), owners))
    va, vb = vectors
    content_a, content_b = rng.random(40) < content_share, rng.random(35) < content_share
    content_a[0] = content_b[:2] = True
    if content_share < 0.5:
        # Fewer than k content pieces on a side (here one, without clauses): the
        # nearest are taken among those only.
        content_a[1:] = False
    sims = rng.uniform(-0.2, 1.0, (40 + len(va.owners), 35 + len(vb.owners))).astype(np.float32)
    sims[5] = sims[6]  # ties
    ii, jj = np.array([0, 0]), np.array([0, 1])
    want = engine._piece_evidence(sims.copy(), va, vb, content_a, content_b, ii, jj)
    old, engine._BY_ROWS = engine._BY_ROWS, 0
    try:
        got = engine._piece_evidence(sims.copy(), va, vb, content_a, content_b, ii, jj)
    finally:
        engine._BY_ROWS = old
    for w, g in zip(want, got, strict=True):
        assert np.array_equal(w, g)


def test_a_thai_translation_is_compared_with_its_english_original() -> None:
    # Thai writes no spaces between words and no sentence punctuation (a space ends a
    # sentence or a clause), so each of its paragraphs is one passage; the paragraph
    # that carries two or three English sentences is linked to each of them.
    from mediacompare.alignment import align_segments, corpus, segment

    english = corpus.read(ROOT / "mediacompare/coverage/demo/event1/36_tass_en.txt")
    thai = corpus.read(Path(__file__).parent / "texts" / "36_tass_th.txt")
    assert thai.language == "th"
    a, b = segment(english.body, "en"), segment(thai.body, "th")
    al = align_segments(a, b, language_a="en", language_b="th")
    assert al.compared
    assert {link.kind for link in al.links} == {"translation"}
    assert all(link.diff == [] for link in al.links)
    # Every Thai paragraph is matched; the English passages it translates are linked
    # (the headline, the lead, the quotes, the summit's dates and its guest list), and
    # the sentence after the translated part is left out.
    assert al.unmatched_b == []
    linked = {i for link in al.links for i in link.a}
    assert {0, 1, 3, 7, 9, 10, 11} <= linked
    assert 12 not in linked and not a[12].text.startswith("Washington")
