"""heldout5 labels in compact form (edit here, then run tools/heldout.py build heldout5).

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
        "id": "28-00", "a": "28_waou-cns-hk_zh-Hant.txt", "b": "00_SEED_chinanews_en.txt",
        "links": [
            (1, 4, T, '28[1] bundles: the US will host the online Democracy Summit'),
            (1, 5, T, '28[1] bundles: decides itself who may attend, who is a democratic country'),
            (1, 6, T, '28[1] bundles: typical Cold War mentality'),
            (1, 7, T, '28[1] bundles: incites ideological opposition and contradictions, new divisions'),
            (2, 8, T, 'trend contradicts the development of the modern world (28[2] bundles 00[8]+[9])'),
            (2, 9, T, 'cannot stop the multipolar architecture, may interfere with the objective process'),
            (3, 10, T, 'China and Russia firmly oppose'),
            (5, 11, T, 'democracy not the patent of one or a handful of countries but the right of all peoples'),
            (6, 12, T, 'many forms of democracy, no one-size-fits-all model'),
            (7, 13, T, "whether a country's path works depends on national conditions, trend of the times, ..."),
        ],
        "optional": [
            (0, 3, "headline (call to respect peoples' democratic rights = the op-ed's title) vs publication report"),
            (0, 11, "headline 'respect the democratic rights of all peoples' vs body 'democracy is the right of all peoples'"),
            (1, 3, "'jointly wrote' on the 27th (attribution inside 28[1]) vs the publication report (26th)"),
            (7, 14, "00[14] is the cut-off tail of 00[13]'s sentence ('Contribute to the cause.')"),
        ],
        "non_links": [
            (4, 11, 'peace, development, ... are common values of mankind vs democracy not a patent of one country'),
            (9, 15, "China's people have the right to vote and take part in governance (description of China) vs the criterion for judging democracy"),
            (1, 1, 'both ledes about the joint article; 00[1] carries the values-diplomacy call, 28[1] the Cold War claim'),
            (13, 30, 'community with a shared future / global village vs countries must cooperate for human progress'),
            (12, 12, "whole-process democracy works in China vs many forms of democracy"),
        ],
    },
    {
        "id": "43-18", "a": "43_yahoo-tw-afp-chinese_zh-Hant.txt", "b": "18_washingtonnewsday-afp_en.txt",
        "links": [
            (0, 0, T, 'headline: joint article, China and Russia condemn/criticize the US democracy summit'),
            (1, 1, T, 'rare joint opinion article by the ambassadors sharply/strongly criticising Biden’s planned summit'),
            (2, 1, T, 'China and Russia excluded from the virtual summit (main claim of 43[2], clause of 18[1])'),
            (2, 4, T, 'exclusion: main claim of 43[2], clause of 18[4] (list did not include Russia or China)'),
            (3, 2, T, "'obvious product/consequence of Cold War mentality'; Dec 9-10 event will fuel ideological confrontation/hostility, rift, new divisions"),
            (4, 3, T, "summit fulfils Biden's campaign promise, autocratic/despotic governments on the rise"),
            ((5, 6), 4, T, 'State Dept list of about 110 invitees without Russia and China; their outrage (18[4] bundles 43[5]+[6])'),
            (7, 5, T, 'China especially angered/enraged by the inclusion of Taiwan'),
            (8, 6, T, 'writing in the conservative magazine: democracy can be realised in many ways, no model fits all'),
            (9, 7, T, 'no country has the right to judge/measure the political landscape by a single standard'),
            (10, (8, 9), T, "whole-process socialist democracy quote + 'works in China' (43[10] bundles 18[8]+[9])"),
            (11, 10, T, 'the article did not mention Taiwan'),
            ((12, 13), 11, T, "Putin's April law to 2036 (43[12]) and Russia a democratic federal state with a century-old parliament (43[13]); 18[11] bundles both"),
        ],
        "optional": [
            (0, 1, 'headline vs body lede'),
            (5, 1, 'exclusion of Russia and China: clause on both sides'),
            (3, 6, "publication report (27th, National Interest website) vs the attribution 'wrote on the website of ...'"),
        ],
        "non_links": [
            (7, 10, 'Taiwan: on the invitation list vs not mentioned in the article'),
            (11, 5, 'Taiwan: not mentioned in the article vs its inclusion enraged China'),
            (8, 7, 'no model fits all vs single standard (adjacent quotes)'),
            (4, 2, "campaign pledge vs the op-ed's Cold War quote"),
            (13, 8, 'Russia vs China described as a democracy'),
        ],
    },
    {
        "id": "38-40", "a": "38_diwanfm-sputnik_ar.txt", "b": "40_nsn_ru.txt",
        "links": [
            (1, 1, T, 'summit will cause ideological confrontation and create new dividing lines'),
            (1, 3, T, 'restatement: the quote (Cold War product stokes ideological confrontation, new dividing lines)'),
            (2, 6, T, "no need to worry about democracy in Russia and China; governments should mind their own affairs"),
            (3, 7, T, '110 countries invited; virtual, 9-10 December'),
            (4, 8, T, "Russia and China not on the list (38[4] adds Tunisia, Arab states, Turkey)"),
        ],
        "optional": [
            (0, 0, "headline vs headline: 'reject' vs 'criticised'"),
            (0, 4, "headline 'reject' vs body 'Beijing and Moscow firmly reject this step'"),
        ],
        "non_links": [
            (1, 2, "38[1]'s confrontation claim vs 40[2] 'this is said in the joint article' (attribution only)"),
            (3, 8, '110 invited vs Russia and China not on the list'),
            (4, 7, 'who is excluded vs how many are invited'),
            (2, 5, 'no need to worry about democracy in Russia/China vs democracy a universal right'),
        ],
    },
    {
        "id": "13-09", "a": "13_elhawadith-rt-arabic-short_ar.txt", "b": "09_rusreality_en.txt",
        "links": [
            (0, 1, T, 'National Interest: Russia and China firmly/strongly reject the idea of the Democracy Summit'),
            (0, 12, T, 'variant copy: strongly reject the idea of an international summit in December at the US initiative'),
            (1, 4, T, 'holding the summit will cause ideological confrontation contrary to the development of the modern world'),
            (1, 14, T, 'variant copy of 09[4]'),
            (1, 5, T, "restatement: the quote 'will cause ideological confrontation and division' (as 23[0]-40[3] in heldout4)"),
        ],
        "optional": [
            (0, 0, "body 'firmly reject' vs headline 'rejected the idea'"),
            (0, 2, "09[2] is the cut-off tail of the headline/lede ('democracy', held in December at US initiative)"),
            (1, 3, "attribution clause (in a joint article of the ambassadors) vs 'this is stated in a joint article ... in the National Interest'"),
            (1, 13, 'same, variant copy'),
        ],
        "non_links": [
            (0, 4, 'reject vs confrontation (different claims)'),
            (1, 12, 'confrontation vs reject'),
            (0, 8, 'December summit (background clause) vs 110 invitees'),
            (1, 10, "Peskov: US imposes its idea of democracy (different speaker)"),
        ],
    },
    {
        "id": "48-22", "a": "48_azattv_hy.txt", "b": "22_pakistanpoint-sputnik_en.txt",
        "links": [
            (0, 4, T, 'Russia and China not among the invitees (clause of 48[0], main claim of 22[4])'),
            (1, 6, T, 'no need to worry about democracy in China and Russia'),
            (1, 2, T, "22[2] restates it: 'no need for the West to worry about their democracy'"),
            (2, 7, T, 'certain governments had better think about what is going on in their own countries'),
        ],
        "optional": [
            (1, 0, 'body vs headline (no need to worry about democracy)'),
            (2, 2, "think about their own countries vs 'focus on their own affairs' in 22[2]'s summary"),
            (2, 5, "think about their own countries vs 'countries should focus on running their own affairs'"),
            (0, 3, "48[0] mentions the invitee list vs 22[3] the list of 110 unveiled on Tuesday"),
            (0, 2, "48[0]: the ambassadors addressed the summit vs 22[2]'s attribution to the joint article"),
        ],
        "non_links": [
            (3, 4, "other countries' invitation status (Turkey, Azerbaijan 'also' not invited; Hungary; Armenia, Georgia, Ukraine invited) vs Russia and China not invited"),
            (3, 3, 'which other countries are (not) invited vs the list of 110'),
            (1, 7, 'adjacent quotes: no need to worry vs think about their homes'),
        ],
    },
    {
        "id": "05-07", "a": "05_usaone-izvestia_ru.txt", "b": "07_goaspotlight-ria-novosti_en.txt",
        "links": [
            (0, 4, T, 'Russia and China rejected/opposed the idea of an international summit in December at the US initiative'),
            (0, 17, T, 'second archived copy of 07[4]'),
            (1, 7, T, "05[1] (glued) ends with the quote: democracy not the prerogative of a country or group"),
            (1, 8, T, "05[1]: 'universal right of all peoples'"),
            (2, 9, T, 'can be implemented in several/various ways, no model fits all countries'),
        ],
        "optional": [
            (0, 2, 'body vs headline (ambassadors rejected the summit)'),
            (0, 15, 'body vs headline, second copy'),
            (0, 16, "body vs teaser line 'Ambassadors ... rejected the idea ... – RIA Novosti'"),
            (1, 4, "05[1] 'this was stated in a joint article (26 Nov)' vs 07[4]'s attribution clause"),
            (1, 13, "05[1]'s confrontation/dividing-lines claim vs 07[13], the quote cut off after 'will c'"),
        ],
        "non_links": [
            (3, 9, 'main criterion of democracy is the people vs national conditions/trends of the times (07[9] tail)'),
            (0, 11, 'December summit (clause) vs Dec 9-10, 110 countries, Russia and China not invited'),
            (1, 10, 'summit causes rift/dividing lines vs the call to stop values diplomacy provoking division'),
            (3, 5, 'criterion of democracy vs focus on your own business / rubber bullets'),
        ],
    },
    {
        "id": "03-34", "a": "03_cri-german_de.txt", "b": "34_newsday24-chinadaily_en.txt",
        "links": [
            (3, 9, T, 'basic criterion of democracy concerns the people: right to govern, needs met, sense of fulfilment and happiness'),
        ],
        "optional": [
            (2, 7, "published the joint article on Friday, condemning the summit vs 'China and Russia firmly reject this move', they wrote on Friday"),
            (2, 3, 'publication report vs attribution clause (in a joint opinion piece, ...)'),
            (2, 2, "'condemned the summit' vs the lede's summary (summit will stoke confrontation)"),
            (3, 10, "'democracy more than just an election' vs the quote on people awakened only when voting (34[10] truncated)"),
        ],
        "non_links": [
            (0, 0, "headline: the op-ed's title vs 'Democracy not prerogative of certain nation'"),
            (4, 8, 'single yardstick / colour revolutions vs many ways, no model fits all'),
            (5, 2, "stop values diplomacy provoking division and confrontation vs summit will stoke confrontation and dividing lines"),
            (5, 4, 'division and confrontation: values-diplomacy call vs Cold War product quote'),
            (3, 8, 'criterion of democracy vs democracy a universal right, many ways'),
        ],
    },
    {
        "id": "42-26", "a": "42_cri-korean_ko.txt", "b": "26_migage-thepaper-huanqiu_zh.txt",
        "links": [
            (2, 3, T, '27 Nov joint article by Qin and Antonov: US summit is (full of) Cold War thinking'),
            (2, 4, T, 'China and Russia firmly oppose (42[2] bundles it with the publication and the Cold War claim)'),
            (3, 4, T, "stop provoking estrangement/barriers and confrontation under 'values diplomacy' (26[4] bundles it)"),
        ],
        "optional": [
            (0, 4, "headline 'firmly oppose' vs body 'China and Russia firmly oppose'"),
            (2, 0, "body vs headline 'joint article: US summit is typical Cold War thinking'"),
        ],
        "non_links": [
            (0, 0, 'headline vs headline with different claims (firmly oppose vs typical Cold War thinking)'),
            (4, 11, 'mutual respect, win-win, harmonious coexistence vs democracy should be reflected in IR'),
            (4, 12, 'harmonious coexistence vs democratisation of IR / no hegemony abroad'),
            (2, 5, "attribution to the joint article only: Cold War/oppose vs common values of mankind"),
        ],
    },
    {
        "id": "c11-20", "a": "c11_thawra-china-russia-consultations_ar.txt", "b": "20_globaltimes_en.txt",
        "links": [],
        "optional": [],
        "non_links": [
            (1, 4, 'Miao Deyu and Drobinin (planning departments) on reviving Cold War mentality vs the ambassadors’ Cold War quote'),
            (2, 4, 'consultations: summit revives Cold War ideology, division and confrontation vs the ambassadors’ quote'),
            (2, 3, 'other speakers vs the joint article: summit will stoke ideological confrontation'),
            (3, 7, 'China and Russia strongly oppose interference under democracy slogans vs firmly reject this move (different statement)'),
            (1, 13, 'video conference of planning departments vs the China-Russia-India foreign ministers video meeting'),
        ],
    },
    {
        "id": "31-43", "a": "31_xuehua-afp-zh_zh-Hant.txt", "b": "43_yahoo-tw-afp-chinese_zh-Hant.txt",
        "links": [
            (0, 1, PA, 'AFP: rare joint commentary by the ambassadors attacking/criticising the US summit plan'),
            (1, 3, PA, "'typical Cold War thinking'; Dec 9-10 event will incite ideological opposition, new divisions (43[3] adds the publication)", (P,)),
            (2, 8, PA, 'in National Interest: many forms/ways of democracy, no model fits all'),
            (3, 9, PA, 'no country has the right to judge political civilisation/landscape by a single yardstick'),
            (4, 10, P, "whole-process democracy quote (43[10] bundles 31[4]+[5])", (PA,)),
            (5, 10, P, "'proved that whole-process democracy works in China' (inside 43[10])", (PA,)),
            (6, 13, PA, 'Russia a democratic federal law-governed state, republican form, century-old parliamentary tradition'),
            (7, 14, PA, 'without naming the US: wars in the name of democracy seriously undermined peace, security and stability (43[14] adds Yugoslavia, truncated)', (P,)),
        ],
        "optional": [
            (0, 0, 'body vs headline (rare joint article condemning the summit)'),
            (2, 3, "attribution 'wrote jointly in National Interest' vs 43[3]'s publication report"),
        ],
        "non_links": [
            (6, 12, "Russia's democratic state (article) vs Putin's 2036 law (AFP background)"),
            (0, 2, 'attack on the plan vs exclusion of China and Russia'),
            (4, 13, 'China vs Russia described as democratic'),
            (8, 14, 'mutual respect, win-win vs wars in the name of democracy'),
        ],
    },
    {
        "id": "39-38", "a": "39_alittihad44_ar.txt", "b": "38_diwanfm-sputnik_ar.txt",
        "links": [
            (1, 1, E, 'same Sputnik sentence: ideological confrontations contrary to the modern world, new dividing lines (38[1] adds the date clause)', (P,)),
            (4, 3, PA, 'Biden invited about 110 countries to the virtual summit'),
            (4, 4, PA, 'the State Department list without Russia and China (38[4] adds Tunisia, Arab states, Turkey)'),
            (5, 3, PA, 'virtual summit on 9-10 December (main claim of 39[5], clause of 38[3])'),
        ],
        "optional": [
            (0, 0, "body vs headline: Moscow and Beijing reject Biden's summit 'on democracy' (nearly the same words)"),
            (0, 1, "date clause 'scheduled early next December' shared; 38[1] is the truncated lead"),
        ],
        "non_links": [
            (2, 2, "China's socialist democracy quote vs governments should not worry about democracy in Russia and China"),
            (3, 2, "democracy the basic principle of Russia's system vs not worrying about democracy in Russia"),
            (5, 4, 'virtual format, second edition in person vs who is excluded from the list'),
            (0, 2, 'attribution to the article: reject vs not worrying about democracy'),
        ],
    },
    {
        "id": "06-40", "a": "06_usaone-eadaily_ru.txt", "b": "40_nsn_ru.txt",
        "links": [
            (1, 0, E, "headline: the ambassadors of Russia and China criticised the (American) 'Summit for Democracy'", (PA,)),
            (3, 2, PA, 'stated in the joint article of ambassadors Antonov and Qin in the National Interest', (E,)),
            (4, 1, PA, 'the summit will cause/stoke ideological confrontation'),
            (4, 3, PA, 'restatement: the quote (stokes ideological confrontation)'),
            (5, 5, E, 'democracy a universal right of all peoples, not the prerogative of one country or group', (PA,)),
            (6, 6, PA, 'no need to worry about democracy in their countries; look at your own internal problems'),
        ],
        "optional": [
            (1, 4, "headline 'criticised' vs body 'firmly reject this step'"),
        ],
        "non_links": [
            (0, 0, 'keyword tag line vs headline'),
            (4, 4, 'confrontation vs reject'),
            (5, 6, 'democracy a universal right vs no need to worry about democracy in Russia and China'),
            (3, 3, 'attribution sentence vs the quote'),
        ],
    },
    {
        "id": "c09-40", "a": "c09_rbc-antonov-newsweek_ru.txt", "b": "40_nsn_ru.txt",
        "links": [],
        "optional": [
            (6, 8, "subhead 'US did not invite Russia and China to the Summit' vs 'Russia and China are not on this list'"),
        ],
        "non_links": [
            (2, 2, 'Antonov interview to Newsweek (December) vs the joint article in the National Interest'),
            (0, 0, 'headline: what brings Russia and China closer vs the ambassadors criticised the summit'),
            (6, 7, 'not invited vs 110 invited, Dec 9-10'),
            (5, 6, 'non-interference, stable system of IR vs mind your own internal situation'),
            (1, 4, 'strategic partnership without geopolitical aims vs Beijing and Moscow reject the step'),
        ],
    },
    {
        "id": "08-12", "a": "08_goaspotlight-radio-svoboda_en.txt", "b": "12_statecraft_en.txt",
        "links": [
            (1, 0, PA, 'summit held online on 9-10 December at Biden’s initiative (main claim of 08[1], clause of 12[0])'),
            (4, 1, PA, "summit in the spirit of the Cold War mentality (08[4] bundles it with 'categorically reject')"),
            (7, 3, PA, "the main measure/basic criterion of democracy should be the people"),
            (8, 4, PA, "08[8] bundles: China an all-encompassing/whole-process socialist democracy"),
            (8, 6, PA, "08[8] bundles: Russia a democratic federal law-governed state with a republican form of government", (P,)),
            (8, 7, PA, '08[8] bundles: 2020 constitutional amendments strengthened democracy in Russia'),
        ],
        "optional": [
            (0, 1, "publication report (co-authored article criticising the summit) vs attribution 'in a joint op-ed titled ...'"),
            (0, 0, "'criticized the Summit' vs 'expressed their opposition over the list of invitees'"),
            (4, 0, "'categorically reject this step' vs opposition over the list of invitees"),
        ],
        "non_links": [
            (2, 0, 'Russia and China not invited vs opposition over the list of invitees (12[0] does not say they were excluded)'),
            (4, 2, 'Cold War mentality / reject vs US empowers itself to decide who is a democracy, dividing lines'),
            (7, 5, 'people as the criterion vs policies introduced only by consensus (Qin on China)'),
            (8, 8, 'China/Russia systems vs multilateralism, UN, collective security'),
            (3, 1, 'Russian version on the embassy site vs the op-ed in the National Interest'),
        ],
    },
    {
        "id": "35-14", "a": "35_theaustralian-editorial_en.txt", "b": "14_trtworld-afp_en.txt",
        "links": [
            (1, 0, PA, 'extraordinary/rare joint article slamming/assailing Biden’s virtual democracy summit, to which they were not invited'),
            (4, 1, PA, "'product of its Cold War mentality' (35[4] adds 'contradicted the development of the modern world')", (P,)),
            (6, 4, PA, 'China angered by Taiwan attending / included in the summit'),
            ((7, 8), 8, P, "China an 'extensive whole-process socialist democracy ... reflects the people's will ...' (35 splits the quote in two passages)", (E,)),
        ],
        "optional": [
            (1, 3, 'gathering of 110 nations, Russia and China not invited: clause of 35[1] vs clause of 14[3] (main claim: their fury)'),
        ],
        "non_links": [
            (5, 1, "same frame (the article in the conservative US magazine), different claim: democracy a universal right vs Cold War product, confrontation"),
            (5, 6, 'what the article says about democracy: a universal right vs many ways, no model fits all'),
            (3, 7, 'no need to worry about democracy in Russia and China vs no single yardstick'),
            (1, 2, 'the joint article vs the summit fulfils a campaign pledge'),
            (9, 8, 'Russia a democratic federative state vs China a whole-process democracy'),
            (13, 7, "rules-based order against the UN charter vs no right to judge by a single yardstick"),
        ],
    },
    {
        "id": "10-24", "a": "10_eir_en.txt", "b": "24_newsru-en_en.txt",
        "links": [
            (0, 3, PA, 'two publication reports: Qin and Antonov published/presented a joint article'),
            (1, 4, P, "'stoke up ideological confrontation' quoted in 10[1] is a stretch of 24[4]'s quote", (PA,)),
            (5, 4, P, "10[5] contains 24[4]'s quote, preceded by 'An evident product of its Cold-War mentality'"),
            (6, 5, P, 'this contradicts the development of the modern world (10[6] bundles 24[5]+[6])', (E,)),
            (6, 6, P, 'impossible to prevent a polycentric architecture but could strain the process (inside 10[6])'),
            (7, 8, PA, "China and Russia 'firmly reject(ed) this move'", (E,)),
            (8, 10, PA, '110 invitees (clause of 10[8], main claim of 24[10])'),
            (9, 7, PA, 'focus on their own affairs instead of criticising others'),
            (11, 7, PA, "'certain foreign governments' should think about themselves (10[11] truncated; 24[7] blends 10[9]+[11])"),
            (10, 9, V, 'There is no need to worry about democracy in Russia and China'),
        ],
        "optional": [
            (1, 3, "'strenuously objects to the summit' vs 'criticised Biden for excluding Moscow and Beijing'"),
            (1, 8, "'strenuously objects' vs 'firmly rejected this move'"),
            (5, 2, "Cold War mentality: of the summit (10[5]) vs of the non-invitation (24[2])"),
            (1, 2, "objection to the summit vs 'denounced their non-invitation'"),
            (1, 0, "body 'strenuously objects to the summit' vs headline 'joint statement denouncing Biden's democracy summit'"),
            (0, 0, "publication report ('jointly published a statement') vs headline 'issue joint statement denouncing ...'"),
        ],
        "non_links": [
            (8, 4, 'Kortunov: black-and-white divisions vs the ambassadors’ dividing lines (different speaker)'),
            (2, 3, "posted on the embassies' websites vs presented a joint article"),
            (4, 3, 'republished by Global Times and Al-Sharq al-Awsat vs presented a joint article'),
            (8, 11, 'Kortunov op-ed vs Biden-Xi talks and Taiwan tensions'),
        ],
    },
    {
        "id": "19-17", "a": "19_watchonlinelivestreaming-afp_en.txt", "b": "17_community99-newindianexpress-afp_en.txt",
        "links": [
            (0, 3, PA, "19[0] glues three AFP sentences: the rare joint op-ed attacked Biden's summit plans, pointedly/emphatically excluded", (P,)),
            (0, 4, PA, "19[0]: 'evident/clear product of Cold-War mentality', stoke/ignite confrontation, rift, dividing lines", (P,)),
        ],
        "optional": [
            (0, 5, "19[0] ends 'The summit is meant to fulfil a…' (cut off) vs the campaign-promise sentence"),
            (0, 0, "body vs headline ('Ambassadors China and Russia reject US democracy summit')"),
            (0, 6, "exclusion of Russia and China: clause on both sides"),
        ],
        "non_links": [
            (0, 8, "'writing on the website of ...' attribution; democracy in several ways"),
            (0, 9, 'Cold War/confrontation vs no single yardstick'),
            (0, 7, 'excluded from the summit vs China angry about Taiwan'),
        ],
    },
    {
        "id": "16-18", "a": "16_exbulletin-afp_en.txt", "b": "18_washingtonnewsday-afp_en.txt",
        "links": [
            (1, 1, PA, 'rare joint opinion piece fiercely attacked / strongly criticised Biden’s summit plans; excluded'),
            (2, 2, PA, "'obvious product/consequence of its Cold War mentality'; fuel ideological confrontation/hostility, rift, new lines"),
            (3, 3, PA, "summit meant to fulfil Biden's campaign pledge; autocratic/despotic governments on the rise (16[3] starts with the stray quote)"),
            (4, 4, PA, 'State Dept list of around 110 invited countries on Tuesday without Russia or China; their fury'),
            (5, 5, PA, 'China particularly irritated / enraged most by the inclusion of Taiwan'),
            (6, 6, E, "on the website of the conservative National Journal: democracy can be achieved in many ways, no model fits all", (PA,)),
            (7, 7, PA, 'no country has the right to judge/measure the political landscape by one yardstick/standard'),
            (8, 8, PA, "China has 'an extensive/broad, whole-process socialist democracy' reflecting the people's will"),
            (9, 9, PA, 'whole-process democracy has been proven to work in China, and very well'),
            (10, 10, PA, 'the article did not mention Taiwan', (E,)),
            (11, 11, PA, "Russia a 'democratic federative law-governed state with a republican form of government'; Putin's April law to 2036"),
        ],
        "optional": [
            (1, 0, "lede vs headline ('China and Russia criticize the US Democracy Summit in a joint op-ed')"),
            (1, 4, 'exclusion of Russia and China: clause on both sides'),
        ],
        "non_links": [
            (5, 10, 'Taiwan: its inclusion angered China vs not mentioned in the article'),
            (10, 5, 'Taiwan: not mentioned in the article vs its inclusion angered China'),
            (6, 7, 'no model fits all vs single yardstick (adjacent quotes)'),
            (8, 11, 'China vs Russia described as a democracy'),
            (12, 11, "16[12] (wars in the name of democracy, truncated) vs Russia's system"),
        ],
    },
    {
        "id": "c05-10", "a": "c05_chinadaily-globalweekly-zhao-nov30_en.txt", "b": "10_eir_en.txt",
        "links": [
            (6, 8, P, "Kortunov: the summit attempts 'to turn multicolor modern world into black and white divisions' (10[8] adds 110 invitees, the Nov 22 op-ed)", (PA,)),
            (7, 1, PA, "summit scheduled to open on 9 December (main claim of c05[7], clause of 10[1]: Dec. 9-10 in Washington)"),
        ],
        "optional": [],
        "non_links": [
            (4, 1, 'Zhao Lijian (30 Nov): US stokes division and confrontation vs the ambassadors: stoke ideological confrontation'),
            (4, 5, 'Zhao Lijian vs the ambassadors’ Cold War quote (different speaker)'),
            (6, 5, 'Kortunov’s divisions vs the ambassadors’ dividing lines'),
            (5, 0, 'Zhao at a daily briefing vs the ambassadors’ statement in The National Interest'),
            (13, 9, 'Zhao: discussions about democracy should be diverse vs ambassadors: focus on your own affairs'),
        ],
    },
    {
        "id": "c07-36", "a": "c07_urdupoint-zakharova-nov25_en.txt", "b": "36_tass_en.txt",
        "links": [],
        "optional": [
            (0, 10, "summit by videoconference in early December (clause) vs online summit on 9-10 December (main claim), less precise date"),
        ],
        "non_links": [
            (1, 3, "Zakharova: re-ideologizing IR in the spirit of the 'rule-based order' vs the ambassadors: UN Charter instead of a 'rule-based order'"),
            (1, 7, "'rule-based order' (Zakharova) vs 'rules-based international order ... revisionism' (ambassadors)"),
            (1, 12, 'Zakharova vs Lavrov: divisive event (different speaker, different statement)'),
            (0, 12, 'confrontational focus on Russia and China vs Lavrov on separating countries'),
            (0, 11, "focus on Russia and China vs Russia and China not on the list"),
        ],
    },
]
# fmt: on
