"""heldout8 labels in compact form (edit here, then run tools/heldout.py build heldout8).

Each pair: ``a``/``b`` file names (in ``texts/``), then
``links``     (a, b, kind, note[, alt_kinds]),
``optional``  (a, b, note),
``non_links`` (a, b, why),
where ``a``/``b`` is a passage index or a tuple of indices (split/merge) under
the segmenter at labelling time.  Indices were read off
``tests/alignment/gold/tools/show_passages.py``; the texts were read by hand,
no aligner output was seen.
"""

# ruff: noqa: E501
from __future__ import annotations

T = "translation"
V = "verbatim"
E = "edited"
P = "partial"
PA = "paraphrase"

# fmt: off
PAIRS: list[dict] = [
    {
        "id": "31-16", "a": "31_xuehua-afp-zh_zh-Hant.txt", "b": "16_exbulletin-afp_en.txt",
        "links": [
            (0, 1, T, "AFP (27 Nov): a rare joint commentary by the Chinese and Russian ambassadors fiercely attacked the US plan for an online/virtual democracy summit (16[1] adds the exclusion clause, absent from 31)"),
            (1, 2, T, "Qin and Antonov called the plan typical/obvious Cold War thinking; the 9-10 December event will incite ideological opposition and a divide, new divisions/lines"),
            (2, 6, T, "joint article in the National Interest ('National Journal'): democracy can be realised in many ways, no model fits all"),
            (3, 7, T, "no country has the right to judge the world's varied political civilisation/landscape by a single yardstick"),
            (4, 8, T, "China has a whole-process, most extensive people's democracy that reflects the people's will, suits national conditions, is supported by the people"),
            (5, 9, T, "practice has proven whole-process democracy works in China, and works very well"),
            (6, 11, T, "Russia is a 'democratic federal law-governed state with a republican form of government', parliamentary traditions (16[11] adds the Putin 2036 parenthesis, absent from 31)"),
        ],
        "optional": [
            (7, 12, "hard call, truncation: 16[12] is cut at 'wars and conflicts launched in th'; the speaker, 'without naming the United States' and the subject survive, the predicate (undermine peace, security, stability) does not"),
        ],
        "non_links": [
            (0, 4, "the ambassadors fiercely attacked the summit plan vs the furious reaction to the State Department's list"),
            (0, 3, "the ambassadors attacked the plan vs the summit fulfils Biden's campaign pledge"),
            (4, 9, "China's whole-process democracy (description) vs it has been proven to work (adjacent quote)"),
            (3, 6, "single yardstick vs no model fits all (adjacent quotes)"),
            (6, 8, "Russia a democratic federal state vs China's socialist democracy"),
            (8, 12, "countries should respect each other, win-win cooperation vs wars in the name of democracy"),
        ],
    },
    {
        "id": "27-02", "a": "27_etfgroup-chinafundnews_zh.txt", "b": "02_qsj3_chinese-report-li-zhiwei_en.txt",
        "links": [
            (1, 3, T, "publication report: the National Interest published the joint signed article of ambassadors Qin Gang and Antonov (26 Nov in 27, 27 Nov in 02)"),
            (1, 9, T, "hard call: 27[1]'s verbal clause 'jointly opposing the so-called democracy summit the US will hold in December' vs 02[9] 'China and Russia firmly oppose it' (fact inside a clause)"),
            (2, 6, T, "27[2] bundles: (obvious product of / typical) Cold War thinking, will provoke ideological confrontation and division in the world, new dividing lines"),
            (2, 7, T, "27[2] bundles: runs counter to / contradicts the development of the modern world"),
            (3, 9, T, "China and Russia firmly oppose this move"),
            (6, 11, T, "peace, development, fairness, justice, democracy and freedom are common values of mankind"),
            (7, 12, T, "democracy is not the privilege/patent of any country or group, but a (universal) right of all peoples"),
            (8, 13, T, "democracy can be realised in many ways / has many forms, no model fits all / no universal model"),
            (11, 14, T, "the basic criterion of democracy: whether the people have the right to govern the country, whether their needs/demands are met (27[11] truncated after that, the claim survives)"),
        ],
        "optional": [
            (1, 4, "the US summit in December: only a modifier ('the so-called democracy summit the US will hold in December') in 27[1] vs 02[4]'s main claim 'the US will host the summit online'"),
            (2, 0, "body (Cold War thinking) vs 02's headline 'hosting the democracy summit is typical cold war thinking'"),
            (1, 0, "publication and opposition vs 02's headline 'jointly issued a document: ... typical cold war thinking'"),
        ],
        "non_links": [
            (6, 10, "common values of mankind vs stop stirring up estrangement under 'value diplomacy'"),
            (7, 13, "democracy a right of all peoples vs many forms of democracy (adjacent)"),
            (9, 14, "a country's path works if it suits national conditions vs the basic criterion of democracy"),
            (2, 8, "Cold War thinking, counter to the modern world vs cannot prevent the multipolar architecture (not in 27)"),
            (3, 10, "China and Russia firmly oppose vs appeal to stop estrangement and confrontation"),
            (11, 15, "basic criterion of democracy vs 'if the people only wake up when they vote' (next sentence, not in 27)"),
        ],
    },
    {
        "id": "21-34", "a": "21_cri-italian_it.txt", "b": "34_newsday24-chinadaily_en.txt",
        "links": [
            (2, 3, T, "the summit decides (Biden's team chose the list) who can attend and who cannot, which is a 'democratic country' and which is not"),
            (3, 4, T, "typical Cold War mentality / evident product of Cold War mentality; will bring ideological rivalry/confrontation and contradictions/a rift, new divisions/'dividing lines'"),
            (3, 2, T, "restatement: 34[2]'s lede, main claim: the summit will stoke ideological confrontation and create 'dividing lines'"),
            (4, 5, T, "21[4] bundles: this trend hinders/contradicts the development of the modern world"),
            (4, 6, T, "21[4] bundles: cannot prevent the formation of a global multilateral ('polycentric') structure, but may interfere with / strain this objective process"),
            (5, 7, T, "21[5] bundles: China and Russia firmly oppose / reject (this move)"),
            (5, 4, T, "21[5] bundles: the summit is full of Cold War considerations vs 'evident product of its Cold War mentality'"),
        ],
        "optional": [
            (1, 2, "the online summit (9-10 Dec) hosted by the US: main claim of 21[1], only a modifier ('the upcoming virtual Summit ..., to be hosted by the United States') in 34[2]"),
            (1, 3, "the online summit 9-10 Dec: main claim of 21[1], modifier 'the online meeting, scheduled to open on Dec 9' in 34[3]"),
            (0, 7, "headline 'jointly oppose the so-called Democracy Summit' vs body 'China and Russia firmly reject this move'"),
            (3, 1, "body (Cold War mentality) vs 34's subhead 'evident product of its Cold War mentality'"),
            (5, 1, "body (summit full of Cold War considerations) vs 34's subhead"),
        ],
        "non_links": [
            (0, 0, "headlines, different claims: the ambassadors oppose the summit vs democracy 'not prerogative of certain nation'"),
            (0, 1, "headlines, different claims: the ambassadors oppose the summit vs the summit is a product of Cold War mentality"),
            (5, 3, "attribution only: 'in a joint article' (27 Nov) with different claims (Cold War, oppose vs who may attend)"),
            (6, 8, "call for mutual respect, win-win cooperation, coexistence vs democracy a universal right of all peoples"),
            (1, 7, "the summit's date and format vs the US published a list of 110 invitees"),
        ],
    },
    {
        "id": "06-24", "a": "06_usaone-eadaily_ru.txt", "b": "24_newsru-en_en.txt",
        "links": [
            (1, 0, T, "headlines: the Russian and Chinese ambassadors/China and Russia criticised / denounce Biden's 'Summit for Democracy'"),
            (3, 3, T, "hard call: publication report: the ambassadors Antonov and Qin (published / presented) a joint article (24[3] adds what it criticised; 06[3] names the National Interest)"),
            (4, 4, T, "06[4] bundles: holding the event will cause/stoke ideological confrontation"),
            (4, 5, T, "06[4] bundles: which contradicts the development of the modern world"),
            (6, 9, T, "06[6] bundles: no need to worry about democracy in Russia and China"),
            (6, 7, T, "06[6] bundles: (certain foreign governments / Washington) should attend to their interior affairs/problems instead"),
        ],
        "optional": [
            (1, 2, "headline 'criticised the summit' vs body 'denounced their non-invitation ... Cold war mentality'"),
            (1, 3, "headline vs body 'criticized Biden for excluding Moscow and Beijing'"),
            (1, 8, "headline 'criticised' vs body 'firmly rejected this move'"),
        ],
        "non_links": [
            (4, 6, "confrontation, counter to the modern world vs cannot prevent the polycentric architecture (adjacent in the quote)"),
            (6, 8, "no need to worry, look at home vs both countries firmly rejected this move"),
            (5, 9, "democracy a universal right of all peoples vs no need to worry about democracy in Russia and China"),
            (5, 7, "democracy a universal right vs governments should focus on their interior affairs"),
            (1, 10, "the ambassadors criticised the summit vs the White House invited 110 countries including Taiwan"),
        ],
    },
]
# fmt: on
