"""What a hostile client sends: numbers written every way Python's int() reads and some
it does not, very long digit runs, odd Unicode, and JSON of any shape."""

from hypothesis import strategies as st

# "²".isdigit() is true; int("١٢") is 12; int() refuses more than 4,300 digits.
ODD_DIGITS = "²³¹⁰٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९０１２３４５６７８９"

# Text a URL can carry (the test client encodes it as UTF-8: no lone surrogates).
url_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)

numbers = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.integers(min_value=0, max_value=20).map(str),
    st.integers(min_value=1, max_value=5000).map(lambda n: "9" * n),
    st.text(st.sampled_from(ODD_DIGITS + "0123456789"), min_size=1, max_size=25),
    st.sampled_from(["", "0", "-1", "1e3", "0x10", " 1", "1 ", "1.5", "NaN", "inf", "٣"]),
)

parameter_values = st.one_of(numbers, url_text)

# Text JSON can carry, lone surrogates included ("\ud800" is valid JSON).
json_text = st.one_of(
    st.text(max_size=30),
    st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3),
    # The names and values the importer looks for, so that shapes it reads are reached.
    st.sampled_from(
        ["Annotation", "AnnotationPage", "TextQuoteSelector", "TextPositionSelector"]
        + ["FragmentSelector", "p-1", "p-²", "public", "replying", "linking", "tagging"]
        + ["type", "selector", "exact", "prefix", "start", "end", "value", "body", "target"]
        + ["source", "http://testserver/notes/1/", "http://testserver/events/x/articles/1/"]
    ),
)

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=False, allow_infinity=False),
        json_text,
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(json_text, children, max_size=4),
    ),
    max_leaves=12,
)
