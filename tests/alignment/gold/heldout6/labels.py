"""heldout6 labels in compact form (edit here, then run tools/heldout.py build heldout6).

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
        "id": "27-01", "a": "27_etfgroup-chinafundnews_zh.txt", "b": "01_chinanews_tellerreport_en.txt",
        "links": [
            (1, 3, T, 'publication report: National Interest on the 26th published the joint signed article of Qin Gang and Antonov'),
            (2, 6, T, "27[2] bundles: 'evident product of Cold War thinking' vs 'typical Cold War mentality'"),
            (2, 7, T, '27[2] bundles: stokes ideological confrontation and division of the world, new dividing lines'),
            (2, 8, T, '27[2] bundles: runs counter to / contradicts the development of the (modern) world'),
            (3, 10, T, 'China and Russia firmly oppose (this move)'),
            (7, 11, T, 'democracy not the privilege/patent of one country or group but the (universal) right of all peoples'),
            (8, 12, T, 'many ways to realise democracy, no one-size-fits-all model'),
            (9, 13, T, "whether a country's path works depends on national conditions, trend of the times, development, stability, livelihood"),
            (10, 13, T, "hard call: 27[10] 'ultimately depends on the support of the people' is carried by 01[13]'s last (cut-off) clause 'whether it can be supported by the people'"),
        ],
        "optional": [
            (1, 1, "publication report (26th) vs the attribution 'jointly wrote a few days ago' (01[1]'s claim is the values-diplomacy call)"),
            (1, 4, "27[1] mentions the December summit only as background of the publication report; 01[4] states the Dec 9-10 online summit"),
            (1, 10, "27[1]'s clause 'jointly opposing the so-called democracy summit' vs 'China and Russia are firmly opposed'"),
        ],
        "non_links": [
            (2, 1, 'summit stokes ideological confrontation vs call to end incitement of estrangement and confrontation under values diplomacy'),
            (6, 1, "peace, development ... are common values of mankind vs 'values diplomacy' call"),
            (11, 11, 'basic criterion of democracy is the people vs democracy is the right of all peoples'),
            (3, 9, 'firmly oppose vs cannot prevent the multipolar structure (adjacent sentences)'),
        ],
    },
    {
        "id": "29-15", "a": "29_crntt-rthk_zh-Hant.txt", "b": "15_prothomalo-afp_en.txt",
        "links": [
            (1, 1, T, '29[1] bundles: typical Cold War thinking, incites ideological opposition, new divisions vs AFP quote (Cold-War mentality, ideological confrontation and rift, new dividing lines)'),
        ],
        "optional": [
            (1, 0, "AFP lede 'sharply assailed Biden's plans' summarises the criticism that 29[1] reports"),
            (2, 0, "'China and Russia firmly oppose' vs the joint article 'sharply assailed' the summit plans: opposition in substance, different statements"),
        ],
        "non_links": [
            (0, 0, 'both ledes about the joint article: 29[0] the call to stop estrangement under values diplomacy, 15[0] the attack on the summit and the exclusion'),
            (5, 2, "campaign slogans and dormant voters (op-ed) vs Biden's campaign pledge (AFP background)"),
            (3, 2, "democracy is the right of all peoples vs Biden's pledge to advance the cause of global democracy"),
            (6, 2, 'international cooperation against COVID vs the summit fulfilling a campaign pledge'),
        ],
    },
    {
        "id": "37-01", "a": "37_alwaqie-chinadaily-translation_ar.txt", "b": "01_chinanews_tellerreport_en.txt",
        "links": [
            (1, 7, T, "37[1] bundles: the summit stokes ideological confrontation and creates 'division lines' vs incite ideological opposition, new divisions"),
            (1, 10, T, "37[1] bundles: Russia and China rejected the idea of the summit vs 'China and Russia are firmly opposed'"),
            (3, 5, T, 'the online meeting empowers itself to decide who attends and who is a democratic country'),
            (3, 4, T, "hard call: US hosts the online summit from 9 December: main claim of 01[4], clause of 37[3] ('scheduled to open on 9 December')"),
            (4, 6, T, "37[4] bundles: 'evident product of Cold War mentality' vs 'typical Cold War mentality'"),
            (4, 7, T, "37[4] bundles: stoke ideological confrontation and a rift, new 'division lines'"),
            (5, 8, T, 'this trend contradicts the development of the modern world'),
            (6, 9, T, 'impossible to prevent the multi-centred/multipolar structure, may strain/interfere with the objective process'),
            (7, 10, T, 'China and Russia firmly reject / are firmly opposed'),
            (8, 11, T, "truncated 37[8] ('democracy is a universal right of all peopl') keeps the claim of 01[11]"),
        ],
        "optional": [
            (3, 3, "attribution 'in a joint op-ed in The National Interest' vs the publication report"),
            (0, 10, "headline 'China and Russia warn of upcoming US summit' vs body 'firmly opposed'"),
            (1, 4, 'upcoming virtual summit hosted by the US: clause of 37[1], main claim of 01[4]; 37[3] is the link'),
        ],
        "non_links": [
            (1, 1, "the world urgently needs more cooperation against global challenges vs the call for mutual respect, cooperation, win-win (different claims)"),
            (2, 5, 'Washington published a list of 110 invitees excluding Russia and China (fact) vs the US decides who can participate (criticism)'),
            (4, 9, 'Cold War mentality vs cannot prevent multipolarity'),
            (8, 12, 'universal right of all peoples vs no one-size-fits-all model (adjacent claims)'),
        ],
    },
    {
        "id": "23-02", "a": "23_rt-arabic-novosti_ar.txt", "b": "02_qsj3_chinese-report-li-zhiwei_en.txt",
        "links": [
            (0, 6, T, "23[0] lede: the summit will stir 'ideological confrontation' vs 'incite ideological opposition' (restatement of the quote in 23[1])"),
            (0, 7, T, "23[0] lede bundles: confrontation 'that contradicts the development of the contemporary world' vs 'This trend contradicts the development of the modern world'"),
            (1, 6, T, 'Cold War mentality, ideological confrontation and division, new dividing lines'),
            (2, 7, T, 'this trend contradicts the development of the modern world'),
            (3, 8, T, 'cannot prevent the multipolar structure, may interfere with / make difficult the objective process'),
            (4, 9, T, 'China and Russia firmly reject / oppose it'),
        ],
        "optional": [
            (1, 0, "headline 'US hosting the democracy summit is a typical cold war thinking' vs body quote"),
            (0, 0, 'headline (cold war thinking) vs lede (ideological confrontation)'),
            (0, 3, "attribution 'in a joint article published by the two ambassadors' vs the publication report"),
        ],
        "non_links": [
            (0, 1, 'summit stirs ideological confrontation vs China and Russia call to stop provoking estrangement and confrontation (subhead)'),
            (1, 10, "summit leads to ideological confrontation vs appeal to stop stirring estrangement and confrontation under 'value diplomacy'"),
            (5, 10, 'countries should do their own job instead of criticising others vs stop stirring estrangement under value diplomacy'),
            (6, 12, 'no need to worry about democracy in Russia and China vs democracy is the right of all peoples'),
            (8, 15, 'rallies dispersed with rubber bullets (is it freedom?) vs people only woken up when they vote (is it democracy?)'),
        ],
    },
    {
        "id": "47-41", "a": "47_ru24-ria-polyansky_ru.txt", "b": "41_m4cn-sputnik-chinese_zh.txt",
        "links": [
            (5, 2, T, "China (and Russia) firmly reject the idea of the summit; it contradicts the development of the (modern/today's) world, per the ambassadors' joint article. Hard call: 47[5] says only 'Китай', 41[2] 'China and Russia'"),
        ],
        "optional": [
            (5, 0, "41[0] headline (ambassadors firmly oppose, against the development of the world) vs body"),
            (5, 4, "summit 'in December' on US initiative (clause of 47[5]) vs Biden will hold the summit on 9-10 December"),
        ],
        "non_links": [
            (0, 0, 'headlines: Polyansky criticised the summit vs the ambassadors oppose it (different speakers)'),
            (2, 6, 'Polyansky: summit may undermine the UN and cause new disagreements vs Peskov: the US creates new dividing lines'),
            (3, 7, 'Polyansky: regrettable initiative causing new disagreements vs Wang Yi: drawing lines, creating division and confrontation'),
            (4, 3, 'Polyansky: nothing good comes of lecturing others vs the ambassadors: countries should mind their own affairs instead of criticising others'),
            (5, 7, 'ambassadors: ideological confrontation against world development vs Wang Yi: division and confrontation, negative energy'),
        ],
    },
    {
        "id": "21-25", "a": "21_cri-italian_it.txt", "b": "25_dosane-embassy-chinese-version_zh-Hant.txt",
        "links": [
            (1, 3, T, '25[3] bundles: the US will host the online Democracy Summit on 9-10 December'),
            (2, 3, T, "25[3] bundles: decides who may attend and who is a 'democratic country' (21[2] ascribes the list to Biden's team)"),
            (3, 3, T, '25[3] bundles: typical Cold War mentality, ideological rivalry/opposition and contradictions, new divisions'),
            (4, 4, T, 'trend against the development of the modern world; cannot prevent the multipolar (it: multilateral) structure, may interfere with the process'),
            (5, 5, T, "21[5] bundles: China and Russia firmly oppose (the summit)"),
            (5, 3, T, "21[5] bundles: the summit is full of Cold War considerations vs 'typical Cold War thinking' (restatement)"),
        ],
        "optional": [
            (0, 1, "headline 'ambassadors jointly oppose the so-called Democracy Summit' vs the intro's 'jointly opposing the so-called democracy summit'"),
            (5, 1, "joint article (27 Nov, attribution) vs publication report (26 Nov) that also says it opposes the summit"),
            (0, 5, "headline vs 'China and Russia firmly oppose'"),
        ],
        "non_links": [
            (0, 0, "headlines: ambassadors oppose the summit vs 'Respect the democratic rights of all peoples' (the op-ed's title) + they wrote jointly"),
            (6, 6, "call to stop divisions under 'values diplomacy' vs peace, development ... are common values of mankind"),
            (6, 9, "harmonious coexistence of countries with different systems vs a country's path depends on its national conditions"),
            (4, 5, 'cannot prevent multipolarity vs firmly oppose'),
        ],
    },
    {
        "id": "01-02", "a": "01_chinanews_tellerreport_en.txt", "b": "02_qsj3_chinese-report-li-zhiwei_en.txt",
        "links": [
            (1, 10, PA, "call to end incitement of estrangement and confrontation under 'values diplomacy' (01[1] adds mutual respect, win-win)", (P,)),
            (3, 3, E, "publication report; hard call: the date differs (01 'on the 26th', 02 'on November 27', US vs Beijing time) but it is the same fact", (PA,)),
            (4, 4, E, "the article: the US will host the summit online (01 adds 'from December 9th to 10th')", (P,)),
            (5, 5, E, "decides who can/cannot participate, who is a 'democratic country'"),
            (6, 6, P, "'typical Cold War mentality' vs 02[6] 'typical cold war thinking, which will ...' (02[6] bundles 01[6]+[7])", (PA,)),
            (7, 6, P, '01[7] is nearly word for word the second half of 02[6] (as gold 00-02)', (E,)),
            (8, 7, E, 'this trend contradicts the development of the modern world'),
            (9, 8, E, 'cannot prevent the multipolar structure/architecture, may interfere'),
            (10, 9, E, 'China and Russia firmly oppose'),
            (11, 12, E, 'democracy not the patent of any country or small group, right of all peoples'),
            (12, 13, PA, "many ways to achieve democracy / many forms of democracy; one-size-fits-all / universal model", (E,)),
        ],
        "optional": [
            (1, 1, "02[1] subhead 'call for stopping provoking estrangement and confrontation' vs body"),
            (6, 0, "02[0] headline ('... is a typical cold war thinking') vs body"),
            (10, 0, "headline's Cold War claim vs 'China and Russia are firmly opposed'"),
        ],
        "non_links": [
            (2, 11, 'harmonious coexistence of different systems vs peace, development ... are common values'),
            (13, 14, "a country's path depends on national conditions vs the basic criterion for judging democracy"),
            (1, 11, "'values diplomacy' vs common values of mankind"),
            (11, 14, "democracy is the right of all peoples vs people's right to take part in governance as criterion"),
        ],
    },
    {
        "id": "11-12", "a": "11_brothersjudd-quoting-us-report_en.txt", "b": "12_statecraft_en.txt",
        "links": [
            (0, 1, PA, "11[0] bundles: joint op-ed slams the summit as a product of America's 'Cold-War mentality'", (P,)),
            (0, 2, PA, "11[0] bundles: 'stoke up ideological confrontation', 'creating new dividing lines'"),
            (1, 2, PA, "decried the Biden administration deciding what counts as a democracy vs accused Washington of 'empowering' itself to decide which country is a democracy"),
            (1, 3, PA, "11[1] bundles: describing their countries' systems as democratic vs defending the democratic nature of their countries"),
            (2, 4, PA, "China has an 'extensive, whole-process socialist democracy' (11[2] also says Russia)", (P,)),
            (4, 9, P, "12[9] = attribution + the same quote 'Certain foreign governments better think about themselves ...'"),
            (5, 10, P, "12[10] = attribution + the rubber-bullets question (cut off at 'tear ga', the claim survives)"),
        ],
        "optional": [
            (0, 0, "12[0] lede (jointly expressed opposition over the invitee list) vs 11[0] 'slammed the summit'"),
            (1, 0, 'opposition over the list of invitees vs decrying who decides what is a democracy'),
            (2, 6, "hard call: 'democracy is the fundamental principle of the Russian system' vs Russia 'a democratic federative law-governed state': same stance, different quote"),
            (3, 3, "'no need to worry about democracy in Russia and China' vs defending the democratic nature of their countries"),
        ],
        "non_links": [
            (2, 5, "China is a whole-process democracy vs Qin's quote on policies introduced by consensus"),
            (2, 7, 'democracy a fundamental principle of Russia vs constitution amendments solidified its democratic roots'),
            (8, 9, "Global Times series on 'evils committed in the name of democracy' vs the ambassadors' jabs at Washington"),
            (7, 8, 'the PR offensive continued vs the ambassadors endorsed UN multilateralism'),
            (6, 10, "'It does not look very much like freedom' is not in 12's truncated 12[10] (the question is)"),
        ],
    },
    {
        "id": "45-12", "a": "45_brothersjudd-afp-snippet_en.txt", "b": "12_statecraft_en.txt",
        "links": [
            (3, 1, PA, "45[3] (AFP quote + campaign-pledge sentence glued) bundles: 'an evident product of its Cold-War mentality' vs 'a product of America's Cold-War Mentality'"),
            (3, 2, PA, "45[3] bundles: 'stoke up ideological confrontation ... creating new dividing lines' vs 'creating new dividing lines' and 'ideological confrontation'"),
        ],
        "optional": [
            (2, 0, "quoted AFP headline 'China and Russia decry US democracy summit' vs lede 'jointly expressed their opposition'"),
            (2, 1, 'quoted AFP headline vs body'),
            (3, 0, 'the December 9-10 event: clause of 45[3], clause of 12[0]'),
        ],
        "non_links": [
            (4, 2, "blogger's 'the world is divided between Nationalists and democrats' vs 'creating new dividing lines'"),
            (3, 8, "Biden's pledge to advance the cause of global democracy vs the ambassadors endorsed UN multilateralism"),
            (1, 9, "blog title 'WHERE'S DONALD WHEN THEY NEED HIM?' vs jabs at Washington"),
        ],
    },
    {
        "id": "04-12", "a": "04_newsfront-izvestia_en.txt", "b": "12_statecraft_en.txt",
        "links": [
            (6, 3, PA, "the main/basic criterion of democracy should be the people (12[3] bundles the defence of their countries' democracy)"),
        ],
        "optional": [
            (1, 0, "Russia and China commented on the summit to which Washington invited only a select few vs jointly expressed opposition over the list of invitees"),
            (0, 0, "headline (responded to the summit 'for the elite') vs lede"),
            (3, 0, "published a joint article on Friday vs 'On Friday ... jointly expressed their opposition'"),
            (3, 1, "publication report vs the attribution 'In a joint op-ed titled ...'"),
        ],
        "non_links": [
            (2, 0, "'scheduled for September' (wrong in 04) vs expected on December 9 and 10: same slot, contradictory facts"),
            (10, 8, 'US actions contrary to the UN Charter vs the ambassadors endorsed multilateralism championed by the UN'),
            (8, 8, 'democracy must be reflected in world politics vs endorsed multilateralism'),
            (9, 9, "US interference in third states' internal affairs vs 'Certain foreign governments better think about themselves'"),
            (4, 3, 'democracy a universal right of all peoples vs defending the democratic nature of their countries'),
        ],
    },
    {
        "id": "c12-02", "a": "c12_wottot-wangwenbin_en.txt", "b": "02_qsj3_chinese-report-li-zhiwei_en.txt",
        "links": [],
        "optional": [],
        "non_links": [
            (4, 6, "Wang Wenbin (8 Dec): the summit incites division and confrontation vs the ambassadors: it will incite ideological opposition and create new divisions"),
            (4, 1, "Wang Wenbin: incite division and confrontation vs the ambassadors' call to stop provoking estrangement and confrontation"),
            (0, 0, "headlines: China's position on the summit vs the ambassadors' 'typical cold war thinking'"),
            (2, 3, 'Wang Wenbin spoke about the summit vs the ambassadors published a joint article'),
            (3, 10, 'wars in the name of democracy vs stirring up confrontation under value diplomacy'),
        ],
    },
    {
        "id": "c04-01", "a": "c04_globaltimes-nov24-anti-china-clique_en.txt", "b": "01_chinanews_tellerreport_en.txt",
        "links": [],
        "optional": [
            (6, 4, "the same fact (US hosts a virtual summit on 9-10 December) but from the State Department's statement vs the ambassadors' article"),
        ],
        "non_links": [
            (3, 1, "Global Times (24 Nov): the US uses so-called values to instigate confrontation vs the ambassadors' call to end incitement of confrontation under 'values diplomacy'"),
            (3, 7, 'GT: the summit is an ideology-driven clique to contain China vs the ambassadors: it will incite ideological opposition'),
            (1, 6, "headline 'anti-China ideological clique' vs 'typical Cold War mentality'"),
            (4, 5, "the State Department's participant list (Taiwan) vs the US decides who can participate"),
            (7, 11, "think tanks contrast 'single-party regimes' vs democracy is the right of all peoples"),
        ],
    },
    {
        "id": "30-44", "a": "30_hk01_zh.txt", "b": "44_aawsat-en-afp_en.txt",
        "links": [
            (2, 3, T, "Russia and China not invited: main claim of 30[2], clause of 44[3] ('from which they were pointedly excluded')"),
            (2, 6, T, "hard call: exclusion is 30[2]'s main claim and a clause of 44[6] (list of about 110 invitees without Russia or China), by the clause rule"),
            (3, 3, T, "the ambassadors' joint article criticised the US summit ('批评' vs 'sharply assailed')"),
            (3, 4, T, '30[3] bundles: typical Cold War thinking, inciting ideological opposition, new divisions vs the AFP quote'),
            (6, 8, T, "30[6] bundles: many forms of democracy, no model fits all vs 'can be realized in multiple ways, and no model can fit all countries'"),
        ],
        "optional": [
            (0, 0, "headlines: joint article says the summit incites ideological opposition vs 'China and Russia decry US democracy summit'"),
            (0, 4, 'headline vs body quote'),
            (4, 8, "publication report (26 Nov, National Interest) vs the attribution 'Writing on the website of conservative journal National Journal'"),
        ],
        "non_links": [
            (7, 9, "colour revolutions and hegemony are anti-democratic vs no country may judge the world by a single yardstick"),
            (8, 4, "call to stop provoking estrangement under 'value diplomacy' vs the summit will stoke ideological confrontation"),
            (5, 0, "the op-ed's English title ('Value-Based Diplomacy Provokes Division') vs AFP's headline"),
            (6, 10, 'democracy not a patent of a few countries vs China described as a whole-process socialist democracy'),
            (2, 7, "China and Russia not invited vs China angered by Taiwan's inclusion"),
        ],
    },
    {
        "id": "32-01", "a": "32_fredhabachi-blog_en.txt", "b": "01_chinanews_tellerreport_en.txt",
        "links": [
            (3, 3, PA, "the article's title 'Respecting People's Democratic Rights' vs 'entitled Respect for the Democratic Rights of Peoples of All Countries' (01[3] bundles title, NI, date)"),
            ((4, 5), 3, PA, "32's sentence is split over two passages by line breaks: 'Published in the National Interest on / November 26, 2021' vs 'on the website of National Interest magazine on the 26th'"),
            (8, 7, PA, "the NI subtitle 'will stoke ideological confrontation' vs 'will incite ideological opposition and contradictions'; 32[7] holds only 'It is the following: The upcoming'"),
            ((26, 27), 5, PA, "'The United States will be empowering itself to define who is a democratic / country and who is not' (split by a line break) vs 'decides on its own ... who is a democratic country'"),
            ((28, 29), 8, E, "'This trend contradicts the development of the / modern world' (split) vs 'This trend is in contradiction with the development of the modern world'", (PA,)),
            ((30, 31), 9, PA, "'could not prevent the shaping of a global polycentric / architecture but could strain the process' vs 'cannot prevent the formation of a global multi-polar structure, but it may interfere'", (E,)),
            ((35, 36), 11, PA, "hard call: 'universal values ... not the monopoly of one country or a bloc of them' (the blogger's paraphrase joins the common-values sentence to the 'not the patent' sentence) vs 'democracy is not the patent of any one country or a small group of countries'"),
        ],
        "optional": [
            (2, 3, "'They coauthored an article' (blogger's framing) vs the publication report"),
            (7, 7, "32[7] is the first words of the subtitle sentence ('The upcoming'), the claim is in 32[8]"),
            (8, 4, "'the upcoming American-led online Summit' as subject of the subtitle vs the US will host the summit online (main claim of 01[4])"),
            (34, 11, "32[34] is the subject of the split sentence ('Peace, Freedom, democracy and the like,')"),
            (37, 12, "truncated 'neither are these values developed by one syst(em)' vs no one-size-fits-all model"),
        ],
        "non_links": [
            ((15, 16), 6, "the blogger: America uses the summit as a weapon for a new cold war vs the ambassadors: a typical Cold War mentality"),
            ((12, 13), 7, 'the blogger: a hammer to batter other systems of governance vs the summit will incite ideological opposition'),
            ((9, 10), 1, "countries need coordination and cooperation against global challenges vs call for mutual respect, cooperation and win-win"),
            (20, 10, "the article rebuts America's behaviour (blogger) vs China and Russia are firmly opposed"),
        ],
    },
]
# fmt: on
