"""heldout4 labels in compact form (edit here, then run tools/heldout.py build heldout4).

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
        "id": "21-00", "a": "21_cri-italian_it.txt", "b": "00_SEED_chinanews_en.txt",
        "links": [
            (1, 4, T, 'US hosts the online Democracy Summit on 9-10 December'),
            (2, 5, T, "decides who can attend and who is a 'democratic country'"),
            (3, 6, T, 'typical Cold War mentality'),
            (3, 7, T, 'will bring ideological rivalry/contradictions and new divisions'),
            (4, 8, T, 'trend contradicts/hinders the development of the modern world'),
            (4, 9, T, 'cannot prevent the global (multipolar) structure but may interfere'),
            (5, 10, T, 'China and Russia firmly oppose (21[5] bundles it with the publication)'),
            (5, 6, T, "summit 'full of Cold War considerations' restates the Cold War claim"),
            (6, 1, T, "stop fomenting division/confrontation under 'values diplomacy'; mutual respect, win-win"),
            (6, 2, T, 'harmonious coexistence of countries with different systems, ideologies, histories, levels'),
        ],
        "optional": [
            (0, 10, "headline 'oppose together' vs body 'firmly opposed'"),
            (5, 3, 'attribution clause (Qin and Antonov in a joint article, 27 Nov) vs publication report (26th)'),
        ],
        "non_links": [
            (5, 1, 'both attribute to the joint article; claims differ (Cold War/opposition vs values diplomacy)'),
            (6, 19, 'mutual respect/win-win in IR vs a different op-ed sentence: cooperate despite differences'),
            (3, 27, "divisions: Cold War summit vs 'creating divisions is anti-democratic' (different claim)"),
            (1, 0, 'summit date vs dateline'),
        ],
    },
    {
        "id": "42-21", "a": "42_cri-korean_ko.txt", "b": "21_cri-italian_it.txt",
        "links": [
            (0, 0, T, 'headline: ambassadors firmly oppose / oppose together the so-called summit'),
            (2, 5, T, '27 Nov joint article: summit full of Cold War thinking, China and Russia firmly oppose'),
            (3, 6, T, "stop provoking barriers/confrontation under 'values diplomacy'"),
            (4, 6, T, 'mutual respect, win-win IR, harmonious coexistence (21[6] bundles 42[3]+[4])'),
        ],
        "optional": [
            (0, 5, 'headline vs body'),
            (2, 3, "'full of Cold War thinking' vs 'this typical Cold War mentality will bring rivalry'"),
        ],
        "non_links": [
            (2, 1, "42[2] 'upcoming summit' vs 21[1] dates/format of the summit"),
            (3, 3, 'confrontation: call to stop provoking it vs Cold War summit will bring it'),
            (4, 4, 'development levels vs development of the modern world'),
        ],
    },
    {
        "id": "25-00", "a": "25_dosane-embassy-chinese-version_zh-Hant.txt", "b": "00_SEED_chinanews_en.txt",
        "links": [
            (1, 3, T, '26 Nov: National Interest website publishes the jointly signed article of Qin and Antonov'),
            (3, 4, T, '25[3] bundles: US hosts online summit 9-10 Dec'),
            (3, 5, T, '25[3] bundles: decides who may attend, who is a democracy'),
            (3, 6, T, '25[3] bundles: typical Cold War mentality'),
            (3, 7, T, '25[3] bundles: incites ideological opposition, new divisions'),
            (4, 8, T, 'trend contradicts the development of the modern world'),
            (4, 9, T, 'cannot stop the multipolar architecture, may interfere with the objective process'),
            (5, 10, T, 'China and Russia firmly oppose'),
            (7, 11, T, 'democracy not the patent of one or a few countries but the right of all peoples'),
            (8, 12, T, 'many ways to realise democracy, no one-size-fits-all model'),
            (9, 13, T, 'whether a path works depends on national conditions, trend of the times, ...'),
            (10, 15, T, 'most basic criterion: participation, demands answered, sense of gain'),
            (11, 16, T, 'people awakened only when voting (25[11] truncated, claim survives)'),
        ],
        "optional": [
            (0, 3, "title of the op-ed + 'jointly wrote in National Interest' vs publication report"),
            (1, 10, "lead summary 'jointly oppose the summit' vs 'China and Russia are firmly opposed'"),
            (9, 14, "00[14] is the cut-off tail of 00[13]'s sentence ('Contribute to the cause.')"),
        ],
        "non_links": [
            (1, 1, 'both about the joint article; 00[1] carries the values-diplomacy claim'),
            (6, 11, 'common values of mankind vs democracy not a patent of one country'),
            (8, 22, 'no universal model vs no single ruler to measure political civilisation'),
            (3, 27, "divisions: Cold War summit vs 'creating divisions is anti-democratic'"),
            (2, 0, "note on the embassy's Chinese version vs dateline"),
        ],
    },
    {
        "id": "41-40", "a": "41_m4cn-sputnik-chinese_zh.txt", "b": "40_nsn_ru.txt",
        "links": [
            (2, 4, T, 'China and Russia firmly oppose/reject the summit idea'),
            (3, 6, T, 'no need to worry about democracy in Russia and China; mind your own affairs'),
            ((4, 5), 7, T, 'summit 9-10 Dec; 110 countries and territories invited (40[7] bundles both)'),
        ],
        "optional": [
            (0, 0, "headline vs headline: 'firmly oppose' vs 'criticised'"),
            (0, 4, 'headline vs body'),
            (2, 2, "attribution ('the ambassadors said') vs report of the joint article for NI"),
        ],
        "non_links": [
            (5, 8, 'invitation list with Taiwan vs Russia and China not on the list'),
            (6, 1, 'Peskov: new dividing lines (different speaker)'),
            (7, 3, 'Wang Yi: division and confrontation (different speaker)'),
            (2, 1, 'reject; contrary to world development vs summit stokes confrontation, dividing lines'),
            (7, 1, 'Wang Yi vs ambassadors on division'),
        ],
    },
    {
        "id": "23-40", "a": "23_rt-arabic-novosti_ar.txt", "b": "40_nsn_ru.txt",
        "links": [
            (0, 1, T, 'the summit will stoke ideological confrontation (lede)'),
            (0, 3, T, 'lede restates the quote: ideological confrontation'),
            (1, 3, T, 'quote: evident product of Cold War mentality, confrontation, rift, new dividing lines'),
            (1, 1, T, '40[1] summarises the quote: confrontation and dividing lines'),
            (4, 4, T, 'China and Russia categorically reject this step'),
            (6, 6, T, 'no need to worry about democracy in Russia and China'),
            (7, 6, T, 'some governments should think about their own countries (40[6] bundles 23[6]+[7])'),
        ],
        "optional": [
            (0, 2, "attribution clause (joint article of the ambassadors) vs 'this is said in the joint article'"),
            (5, 6, "focus on your own work, don't criticise others vs mind your internal situation"),
        ],
        "non_links": [
            (2, 3, 'trend contradicts the modern world vs the Cold War quote (adjacent sentences)'),
            (8, 6, 'rubber bullets/freedom vs mind your own situation'),
            (3, 4, 'multipolar structure vs rejection'),
        ],
    },
    {
        "id": "37-20", "a": "37_alwaqie-chinadaily-translation_ar.txt", "b": "20_globaltimes_en.txt",
        "links": [
            (1, 7, T, 'Russia and China reject the summit (37[1] bundles rejection and confrontation)'),
            (1, 3, T, 'voice against the summit, which will stoke ideological confrontation'),
            (1, 4, T, 'stoke ideological confrontation, create dividing lines'),
            (2, 8, T, '110 invitees (main claim of 37[2], clause of 20[8])'),
            (4, 4, T, 'evident product of Cold-War mentality; confrontation, rift, new dividing lines'),
            (4, 3, T, 'restatement: will stoke up ideological confrontation'),
            (5, 5, T, 'trend contradicts the development of the modern world'),
            (6, 6, T, 'impossible to prevent a polycentric architecture but could strain the process'),
            (7, 7, T, 'China and Russia firmly reject this move'),
        ],
        "optional": [
            (0, 1, "headline vs headline: 'warn of' vs 'voice against'"),
            (1, 1, "lede 'rejected the summit idea' vs headline 'voice against'"),
            (3, 3, "attribution (joint op-ed in NI, 9 Dec) vs publication report; 37[3]'s claim is who attends"),
        ],
        "non_links": [
            (1, 9, 'Kortunov: black-and-white divisions (different speaker)'),
            (8, 11, 'democracy a universal right vs no need to worry about democracy in Russia and China'),
            (3, 4, "who is a 'democratic country' vs Cold War mentality quote"),
            (2, 13, "invitation list vs China-Russia-India ministers' meeting"),
        ],
    },
    {
        "id": "39-44", "a": "39_alittihad44_ar.txt", "b": "44_aawsat-en-afp_en.txt",
        "links": [
            (0, 3, T, "joint article by the two ambassadors rejects/assails Biden's democracy summit"),
            (1, 4, T, 'summit will stoke ideological confrontation, new dividing lines'),
            (2, 10, T, "China has an extensive socialist democracy reflecting the people's will"),
            (4, 6, T, 'State Department list of ~110 countries on Tuesday without Russia and China'),
        ],
        "optional": [
            (0, 0, 'headline vs body'),
            (4, 3, 'Russia/China exclusion is a clause on both sides'),
            (5, 4, '9-10 December: main claim of 39[5] (virtual, pandemic) vs clause of 44[4]'),
        ],
        "non_links": [
            (0, 8, 'same attribution (writing in National Interest), different claims'),
            (3, 10, "Russia's democracy vs China's democracy"),
            (5, 5, 'virtual format / second edition vs campaign pledge'),
            (5, 1, 'virtual summit 9-10 Dec vs caption of the Biden-Xi virtual summit of 15 Nov'),
        ],
    },
    {
        "id": "c06-41", "a": "c06_sputnik-wangyi-nov25_en.txt", "b": "41_m4cn-sputnik-chinese_zh.txt",
        "links": [
            (8, 4, T, 'summit on 9-10 December hosted by Biden'),
            (6, 5, T, 'Taiwan on the published invitation list'),
        ],
        "optional": [
            (3, 5, 'Taiwan on the list: clause of c06[3]'),
        ],
        "non_links": [
            (3, 7, 'Wang Yi on 24 Nov (with Iran) vs Wang Yi on 26 Nov (RIC meeting): same speaker, different statement'),
            (4, 7, 'Wang Yi to Amir-Abdollahian vs Wang Yi at the RIC meeting'),
            (0, 7, "headline on Wang Yi's 24 Nov remark vs his 26 Nov remark"),
            (5, 2, "Wang Yi: counter to the times vs ambassadors: contrary to the world's development"),
            (5, 0, "Wang Yi vs the ambassadors' headline"),
            (3, 6, 'Wang Yi vs Peskov on division (different speakers)'),
            (0, 0, "headlines: Wang Yi on division vs the ambassadors' opposition (different speakers)"),
            (7, 2, "Beijing's condemnation of the list vs the ambassadors' rejection of the summit"),
        ],
    },
    {
        "id": "02-20", "a": "02_qsj3_chinese-report-li-zhiwei_en.txt", "b": "20_globaltimes_en.txt",
        "links": [
            (3, 3, PA, 'Qin and Antonov published a jointly signed article in National Interest (dates 27 Nov vs Friday)'),
            (6, 4, PA, 'typical Cold War thinking; ideological opposition, new divisions'),
            (6, 3, PA, 'restated in 20[3]: will stoke up ideological confrontation'),
            (7, 5, V, 'This trend contradicts the development of the modern world.'),
            (8, 6, PA, 'cannot prevent a multipolar/polycentric architecture, may interfere/strain', (E,)),
            (9, 7, PA, 'China and Russia firmly oppose it / reject this move', (E,)),
        ],
        "optional": [
            (0, 1, "headline vs headline: 'typical Cold War thinking' vs 'voice against'"),
            (0, 4, 'headline vs body (Cold War)'),
            (4, 4, 'US will host the summit online: main claim of 02[4], subject of 20[4]'),
            (4, 3, 'US hosts the summit: clause of 20[3]'),
            (9, 3, "firmly oppose vs 'to voice against'"),
            (9, 1, 'body vs headline'),
        ],
        "non_links": [
            (1, 4, 'call to stop provoking confrontation vs summit stokes confrontation'),
            (10, 4, 'values diplomacy vs Cold War quote'),
            (6, 9, 'Kortunov: black-and-white divisions (different speaker)'),
            (13, 14, 'no universal model vs Wang Yi: paths suited to national conditions'),
            (12, 11, 'democracy not a patent vs no need to worry about democracy'),
        ],
    },
    {
        "id": "46-20", "a": "46_goaspotlight-rt-russian_en.txt", "b": "20_globaltimes_en.txt",
        "links": [
            (0, 7, PA, 'strongly/firmly reject the summit idea'),
            (1, 3, PA, 'the summit will cause/stoke ideological confrontation'),
            (1, 4, PA, 'restatement in the quote'),
            (2, 4, PA, 'obvious/evident product of Cold War mentality; confrontation, division, new dividing lines', (E,)),
            (2, 3, PA, 'restated in 20[3]'),
            (3, 5, PA, 'trend contrary to/contradicts the development of the modern world', (E,)),
            (4, 7, PA, 'China and Russia categorically/firmly reject this step/move'),
            (4, 10, PA, 'focus on doing their best / running their own affairs, not condescendingly criticising others'),
            (5, 11, PA, 'no need to worry about democracy in Moscow and Beijing'),
            (5, 12, PA, 'better look at what is happening at home'),
            (8, 8, PA, '110 invited countries (main claim of 46[8], clause of 20[8])'),
        ],
        "optional": [
            (0, 3, "reject vs 'to voice against'"),
            (0, 1, 'body vs headline'),
            (3, 3, "attribution 'in their joint article for The National Interest' vs publication report"),
        ],
        "non_links": [
            (9, 9, 'Lavrov vs Kortunov: split of the world (different speakers)'),
            (9, 4, 'Lavrov: friends and foes vs ambassadors: dividing lines'),
            (6, 12, 'rubber bullets and tear gas vs foreign governments think about themselves'),
            (7, 12, "'doesn't sound like freedom' vs mind your own homes"),
        ],
    },
    {
        "id": "22-20", "a": "22_pakistanpoint-sputnik_en.txt", "b": "20_globaltimes_en.txt",
        "links": [
            (2, 10, PA, 'call on countries to focus on their own affairs'),
            (2, 11, PA, 'no need to worry about their democracy'),
            (3, 8, PA, 'list of 110 invited countries (main claim of 22[3], clause of 20[8])'),
            (5, 10, P, 'quote plus attribution in 20[10]', (E,)),
            (6, 11, V, 'There is no need to worry about democracy in Russia and China.'),
            (7, 12, P, 'quote plus attribution in 22[7]', (E,)),
        ],
        "optional": [
            (0, 11, 'headline vs body'),
            (2, 12, "'focus on their own affairs' vs 'think about themselves and their homes'"),
            (3, 3, '9-10 December is background on both sides (invitation list vs publication)'),
        ],
        "non_links": [
            (0, 1, 'headlines with different claims (no need to worry vs voice against the summit)'),
            (4, 8, "Russia and China not invited vs 110 invitees / 'wimpy show'"),
            (2, 3, 'same attribution (joint article in National Interest), different claims'),
        ],
    },
    {
        "id": "18-00", "a": "18_washingtonnewsday-afp_en.txt", "b": "00_SEED_chinanews_en.txt",
        "links": [
            (2, 6, PA, 'Cold War mentality'),
            (2, 7, PA, 'ideological hostility/opposition, rift, new dividing lines/divisions'),
            (6, 12, PA, 'democracy achieved in many ways, no model fits all'),
            (7, 22, PA, "no country has the right to measure the world's political landscape by one standard"),
        ],
        "optional": [
            (0, 10, "headline 'criticise' vs 'firmly opposed'"),
            (1, 10, 'strongly criticised vs firmly opposed'),
            (1, 3, "'a rare joint opinion article' vs the publication report"),
            (1, 4, 'virtual summit: clause of 18[1], main claim of 00[4]'),
        ],
        "non_links": [
            (1, 5, 'excluded from the summit vs the US decides who may attend'),
            (6, 22, 'many ways / no model vs single ruler (adjacent op-ed claims)'),
            (7, 12, 'single standard vs no model fits all'),
            (8, 15, "China's whole-process democracy vs the basic criteria of democracy"),
            (1, 1, "both report the joint article; 00[1]'s claim is values diplomacy"),
        ],
    },
    {
        "id": "33-18", "a": "33_thenews-pk-afp_en.txt", "b": "18_washingtonnewsday-afp_en.txt",
        "links": [
            (0, 0, PA, 'headline: China, Russia decry/criticise US democracy summit in joint op-ed', (E,)),
            (3, 1, PA, "rare joint article assails Biden's virtual summit, from which they were excluded"),
            (4, 2, PA, 'Cold-War mentality; stoke/fuel ideological confrontation, rift, dividing lines'),
            (5, 3, PA, "summit fulfils Biden's campaign pledge as autocracies rise"),
            (6, 4, PA, 'State Department list of ~110 countries without Russia or China; furious'),
            (7, 5, PA, "China especially angered by Taiwan's inclusion"),
            (8, 6, PA, 'National Journal website: democracy realised in many ways, no model fits all', (E,)),
            (9, 7, PA, 'no country may judge the political landscape by a single yardstick/standard'),
            (10, 8, PA, "China's whole-process socialist democracy reflects the people's will"),
            (11, 9, PA, 'whole-process democracy works in China, and works very well', (E,)),
            (12, 10, PA, 'the article did not mention Taiwan'),
            (13, 11, PA, "Russia a democratic federative state; Putin's 2036 law (33[13] truncated)"),
        ],
        "optional": [
            (0, 1, 'headline vs body'),
            (3, 0, 'body vs headline'),
            (3, 4, 'exclusion is a clause on both sides'),
            (6, 1, 'exclusion is a clause on both sides'),
        ],
        "non_links": [
            (7, 10, 'Taiwan angered China vs the article did not mention Taiwan'),
            (12, 5, 'article silent on Taiwan vs China angered by Taiwan'),
            (8, 7, 'no model fits all vs single standard (adjacent quotes)'),
            (10, 11, "China's democracy vs Russia's constitution"),
        ],
    },
    {
        "id": "14-44", "a": "14_trtworld-afp_en.txt", "b": "44_aawsat-en-afp_en.txt",
        "links": [
            (0, 3, V, 'same AFP lead (dash style differs)'),
            (1, 4, E, 'same sentence reordered; 14[1] names National Interest', (P,)),
            (2, 5, V, 'campaign pledge sentence'),
            (3, 6, E, "'last week' vs 'on Tuesday'"),
            (4, 7, V, 'Taiwan sentence'),
            (6, 8, P, "44[8] adds 'Writing on the website of ... National Journal'", (E,)),
            (7, 9, V, 'single yardstick quote'),
            (8, 10, E, "'communist China'; realised/realized"),
        ],
        "optional": [
            (5, 8, 'subhead vs body'),
            (0, 0, 'body vs headline'),
        ],
        "non_links": [
            (1, 8, 'same attribution (writing on the website of the journal), different quotes'),
            (0, 1, 'summit of democracies vs caption of the Biden-Xi virtual summit'),
            (6, 9, 'adjacent quotes'),
        ],
    },
    {
        "id": "45-33", "a": "45_brothersjudd-afp-snippet_en.txt", "b": "33_thenews-pk-afp_en.txt",
        "links": [
            (2, 0, E, 'AFP headline quoted by the blog (with source and date)'),
            (3, 4, P, '45[3] glues two AFP sentences: Cold-War mentality / dividing lines'),
            (3, 5, P, '45[3] glues two AFP sentences: campaign pledge'),
        ],
        "optional": [
            (2, 3, 'headline vs lead'),
        ],
        "non_links": [
            (4, 4, "blogger's comment (nationalists vs democrats) vs 'rift in the world'"),
            (1, 0, 'blog title vs AFP headline'),
        ],
    },
    {
        "id": "c10-00", "a": "c10_taipeitimes-qin-speech-sep2021_en.txt", "b": "00_SEED_chinanews_en.txt",
        "links": [
        ],
        "optional": [
        ],
        "non_links": [
            (1, 15, 'Qin in Sept: Chinese take part in elections/consultations vs op-ed: criterion of participation'),
            (4, 11, "whole-process democracy 'of the people' vs democracy the right of all peoples"),
            (0, 11, 'China is a democracy vs democracy not a patent of one country'),
            (6, 1, "Western values don't represent the world vs values diplomacy"),
            (6, 28, 'values of the West vs only one international system'),
            (8, 6, "'iron curtain' vs Cold War mentality"),
            (9, 19, 'less hostile US strategy vs cooperation on mutual respect'),
            (3, 3, "Qin at a think-tank video conference vs Qin's joint article"),
        ],
    },
    {
        "id": "47-40", "a": "47_ru24-ria-polyansky_ru.txt", "b": "40_nsn_ru.txt",
        "links": [
            (5, 4, PA, '(China/Russia) firmly reject the summit idea'),
            (5, 1, PA, 'summit will stoke ideological confrontation'),
            (5, 3, PA, 'restated in the quote: ideological confrontation'),
        ],
        "optional": [
            (5, 2, "attribution clause vs 'this is said in the joint article of Antonov and Qin Gang for NI'"),
        ],
        "non_links": [
            (0, 0, 'Polyansky criticised the summit vs the ambassadors criticised it'),
            (2, 1, 'Polyansky: undermines the UN, new disagreements vs ambassadors: confrontation, dividing lines'),
            (3, 3, "Polyansky's quote vs the ambassadors' quote"),
            (4, 6, 'Polyansky: condescension vs ambassadors: mind your own situation'),
            (2, 2, "Polyansky's Twitter vs the ambassadors' article"),
        ],
    },
    {
        "id": "40-36", "a": "40_nsn_ru.txt", "b": "36_tass_en.txt",
        "links": [
            (7, 10, T, "online summit on 9-10 December"),
            (7, 11, T, "110 countries and territories invited"),
            (8, 11, T, "Russia and China are not on the list"),
        ],
        "optional": [
            (2, 3, "report of the joint article for NI vs attribution of 36[3]'s UN-Charter claim to the article published Friday"),
        ],
        "non_links": [
            (0, 0, "headlines with different claims (criticised the summit vs UN Charter)"),
            (5, 1, "democracy a right of all peoples vs democracy also in international relations"),
            (5, 8, "democracy a right of all peoples vs democracy also in international relations"),
            (1, 12, "ambassadors: dividing lines vs Lavrov: separate countries (different speaker)"),
            (3, 7, "Cold War quote vs 'rules-based order is revisionism' quote"),
            (6, 9, "mind your own situation vs respectful cooperation despite differences"),
            (4, 7, "reject the summit vs 'obviously anti-democratic'"),
        ],
    },
    {
        "id": "24-46", "a": "24_newsru-en_en.txt", "b": "46_goaspotlight-rt-russian_en.txt",
        "links": [
            (4, 1, PA, "will stoke/cause ideological confrontation"),
            (4, 2, PA, "confrontation, rift/division in the world, new dividing lines", (E,)),
            (5, 3, PA, "trend contradicts / is contrary to the development of the modern world", (E,)),
            (7, 4, PA, "governments should focus on their own affairs instead of criticising others"),
            (7, 5, PA, "better attend to what is happening at home"),
            (8, 0, PA, "firmly/strongly reject the summit (idea)"),
            (8, 4, PA, "China and Russia firmly/categorically reject this move/step"),
            (9, 5, PA, "no need to worry about democracy in Russia and China"),
            (10, 8, PA, "the US invited 110 countries (to the December summit)"),
        ],
        "optional": [
            (0, 0, "headline 'denouncing' vs 'strongly reject'"),
            (2, 2, "'Cold war mentality' attached to the non-invitation vs the Cold-War-mentality quote"),
            (6, 3, "adjacent quote sentences (polycentric architecture vs modern world)"),
        ],
        "non_links": [
            (4, 9, "ambassadors' dividing lines vs Lavrov's split into friends and foes"),
            (3, 0, "criticised Biden for excluding them vs rejecting the summit idea"),
            (3, 3, "same attribution (joint article), different claims"),
            (9, 6, "no need to worry vs rubber bullets and tear gas"),
            (11, 8, "US-China tensions over Taiwan vs 110 invited countries"),
        ],
    },
]
# fmt: on
