"""Visit sentences modelled on the prose of 'Foreign relations of X' and bilateral-relations encyclopaedia articles
(the vis14 work), names and years changed, written with the visits they state before the pipeline ran on them.
Each case: a paragraph, its source's state, its section heading (None for none) and the visits it states keyed as
(visitor, visitor state or organisation, host state, year, modality), a visitor the person dictionary lacks
written `new:<Full Name>`, a visitor named by office only None.

Ten rounds, each a tuning set (fixed against) and a held-out set of the same families in other wordings and states
(never fixed against), both written before the pipeline ran on either: TUNE/HOLDOUT (the families of a relations
article's visits), _VISITORS (how the visitor is named), _SHAPES (the sentence a visit is told in), _CONTEXT (a visit
read with its paragraph), _MORE (years per destination, leaders known by office, a delegation led abroad), _SECTIONS
(sections on a partner state, officials of organisations), _LONG (a visit in a clause of another event), _COMPANY
(visitors received, travelling together, leading a delegation, attending a ceremony abroad), _MODAL (visits to come,
proposed, reported or denied), _PERSONS_VISITED (a visit told by the person visited).

Held-out scores, keyed as above (exactly / without the visitor / facts not expected), before the round's first change
and at the end of the work:
- HOLDOUT: 23 / 23 of 32, 1 not expected; at the end 26 / 26 of 32, 1 (an undated reading of a dated visit).
- HOLDOUT_VISITORS: 9 / 10 of 12, 1 (a visit with no visitor); at the end the same.
- HOLDOUT_SHAPES: 8 / 8 of 9, none; at the end 9 / 9 of 9, none.
- HOLDOUT_CONTEXT: 9 / 9 of 10, none; at the end 10 / 10 of 10, none.
- HOLDOUT_MORE: 9 / 9 of 12, none (its tuning set needed no change); at the end the same.
- HOLDOUT_SECTIONS: 8 / 8 of 8, none (its tuning set needed no change); at the end the same.
- HOLDOUT_LONG: 8 / 8 of 11, 1 (a second reading of a visit, wrongly dated); at the end 10 / 10 of 11, the same 1.
- HOLDOUT_COMPANY: 7 / 7 of 8, none; at the end 8 / 8 of 8, none.
- HOLDOUT_MODAL: 3 / 3 of 4, 1 (a visit put off, read as planned; its tuning set needed no change); at the end the
  same.
- HOLDOUT_PERSONS_VISITED: 2 / 2 of 3, none; at the end 3 / 3 of 3, none.
In all, 86 of 109 held-out visits before (87 without the visitor), 95 at the end (96); 4 facts not expected before and
at the end. No near-miss but the visit put off gave a visit."""

from __future__ import annotations

TUNE = [
    (
        "In September 2013, Chinese President Xi Jinping paid a state visit to Kazakhstan, during which he first "
        "proposed the Silk Road Economic Belt.",
        "state:KAZ",
        None,
        {("person:xi", "state:CHN", "state:KAZ", "2013", None)},
    ),
    (
        "Tokayev made his first foreign trip as president to Moscow in April 2019.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:RUS", "2019", None)},
    ),
    (
        "In 2014 Foreign Minister Yerlan Idrissov travelled to Beijing for talks with his Chinese counterpart Wang Yi.",
        "state:KAZ",
        None,
        {("person:idrissov", "state:KAZ", "state:CHN", "2014", None)},
    ),
    (
        "In May 2015, President Emomali Rahmon received the visiting Foreign Minister of India, Sushma Swaraj, in "
        "Dushanbe.",
        "state:TJK",
        None,
        {("person:swaraj", "state:IND", "state:TJK", "2015", None)},
    ),
    (
        "Nazarbayev hosted Pakistani Prime Minister Nawaz Sharif in Astana in 2015.",
        "state:KAZ",
        None,
        {("person:sharif", "state:PAK", "state:KAZ", "2015", None)},
    ),
    (
        "During Modi's visit to Astana in July 2015, the two sides signed five agreements, including one on the supply "
        "of uranium.",
        "state:KAZ",
        None,
        {("person:modi", "state:IND", "state:KAZ", "2015", None)},
    ),
    (
        "Ilham Aliyev's visit in 2008 was the first visit of an Azerbaijani head of state to Mongolia.",
        "state:MNG",
        None,
        {("person:aliyev_ilham", "state:AZE", "state:MNG", "2008", None)},
    ),
    (
        "Putin visited Dushanbe in 2004 and again in 2012.",
        "state:TJK",
        None,
        {
            ("person:putin", "state:RUS", "state:TJK", "2004", None),
            ("person:putin", "state:RUS", "state:TJK", "2012", None),
        },
    ),
    (
        "Talks in Moscow between Nazarbayev and Putin in 2000 led to the agreement on the Caspian seabed.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:RUS", "2000", None)},
    ),
    (
        "In June 2019 Imran Khan attended the SCO summit in Bishkek.",
        "state:PAK",
        None,
        {("person:imran_khan", "state:PAK", "state:KGZ", "2019", None)},
    ),
    (
        "An official visit by the Prime Minister of Japan, Shinzo Abe, to Uzbekistan took place in October 2015.",
        "state:UZB",
        None,
        {("person:abe", "state:JPN", "state:UZB", "2015", None)},
    ),
    (
        "In 2017 a Georgian parliamentary delegation led by Speaker Irakli Kobakhidze visited Astana.",
        "state:KAZ",
        None,
        {("new:Irakli Kobakhidze", "state:GEO", "state:KAZ", "2017", None)},
    ),
    (
        "The Turkish president visited Almaty in 1992.",
        "state:KAZ",
        None,
        {(None, "state:TUR", "state:KAZ", "1992", None)},
    ),
    (
        "Prime Minister Junichiro Koizumi visited in August 2006, the first visit by a Japanese prime minister.",
        "state:KAZ",
        "Japan",
        {("person:koizumi", "state:JPN", "state:KAZ", "2006", None)},
    ),
    (
        "Nazarbayev paid a state visit in 2004.",
        "state:KAZ",
        "China",
        {("person:nazarbayev", "state:KAZ", "state:CHN", "2004", None)},
    ),
    (
        "In 2015 Modi visited Tashkent, the first visit by an Indian prime minister since 2006.",
        "state:UZB",
        None,
        {("person:modi", "state:IND", "state:UZB", "2015", None)},
    ),
    ("Some 50,000 Chinese tourists visited Kazakhstan in 2018.", "state:KAZ", None, set()),
    ("Nazarbayev was invited to the Washington summit in 2010 but declined.", "state:KAZ", None, set()),
    ("A planned visit by Putin to Tbilisi in 2008 was cancelled after the war.", "state:GEO", None, set()),
    ("Thousands of Uzbek migrants travel to Kazakhstan each year for seasonal work.", "state:UZB", None, set()),
    ("The ministry's website was visited more than two million times in 2015.", "state:KAZ", None, set()),
    (
        "In 2008 Hu Jintao became the first Chinese head of state to visit Tajikistan.",
        "state:TJK",
        None,
        {("person:hu_jintao", "state:CHN", "state:TJK", "2008", None)},
    ),
    (
        "Mirziyoyev was received by Putin in Moscow in April 2017.",
        "state:UZB",
        None,
        {("person:mirziyoyev", "state:UZB", "state:RUS", "2017", None)},
    ),
    (
        "Dmitry Medvedev's first foreign visit as president was to Kazakhstan in May 2008.",
        "state:KAZ",
        None,
        {("person:medvedev", "state:RUS", "state:KAZ", "2008", None)},
    ),
    (
        "Modi and Nawaz Sharif met on the sidelines of the SCO summit in Ufa in July 2015.",
        "state:PAK",
        None,
        {
            ("person:modi", "state:IND", "state:RUS", "2015", None),
            ("person:sharif", "state:PAK", "state:RUS", "2015", None),
        },
    ),
    (
        "Xi Jinping made a state visit to Uzbekistan, Kazakhstan and Kyrgyzstan in September 2013.",
        "state:CHN",
        None,
        {
            ("person:xi", "state:CHN", "state:UZB", "2013", None),
            ("person:xi", "state:CHN", "state:KAZ", "2013", None),
            ("person:xi", "state:CHN", "state:KGZ", "2013", None),
        },
    ),
    (
        "Iranian Foreign Minister Mohammad Javad Zarif arrived in Tashkent on a two-day visit in 2016.",
        "state:UZB",
        None,
        {("person:zarif", "state:IRN", "state:UZB", "2016", None)},
    ),
    (
        "Talks between Tokayev and Mirziyoyev took place in Tashkent on 15 April 2019.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:UZB", "2019", None)},
    ),
    (
        "In 1994 the Kazakh president paid his first official visit to the United States, where he met Bill Clinton.",
        "state:KAZ",
        None,
        {(None, "state:KAZ", "state:USA", "1994", None)},
    ),
    (
        "Tajik President Rahmon was in Astana in June 2017 for the opening of Expo 2017.",
        "state:KAZ",
        None,
        {("person:rahmon", "state:TJK", "state:KAZ", "2017", None)},
    ),
    (
        "A government delegation of Afghanistan, headed by Foreign Minister Zalmai Rassoul, visited Bishkek in 2012.",
        "state:KGZ",
        None,
        {("new:Zalmai Rassoul", "state:AFG", "state:KGZ", "2012", None)},
    ),
    (
        "Karimov visited India in 1991, 1994, 2000 and 2005.",
        "state:UZB",
        None,
        {("person:karimov", "state:UZB", "state:IND", y, None) for y in ("1991", "1994", "2000", "2005")},
    ),
    ("The Indian embassy in Astana was visited by a group of Kazakh students in 2012.", "state:KAZ", None, set()),
    (
        "Nazarbayev's visit to Tokyo, planned for 2011, was postponed after the earthquake.",
        "state:KAZ",
        None,
        set(),
    ),
    (
        "In 2016 a delegation to Bishkek headed by Deputy Foreign Minister Akylbek Kamaldinov held consultations.",
        "state:KAZ",
        None,
        {("new:Akylbek Kamaldinov", "state:KAZ", "state:KGZ", "2016", None)},
    ),
    (
        "A meeting between Nazarbayev and Karimov was held in Tashkent in 1998.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:UZB", "1998", None)},
    ),
    ("Talks between Tokayev and Putin took place by video link in 2020.", "state:KAZ", None, set()),
]

HOLDOUT = [
    (
        "Uzbek President Islam Karimov paid an official visit to Tokyo in February 2011.",
        "state:UZB",
        None,
        {("person:karimov", "state:UZB", "state:JPN", "2011", None)},
    ),
    (
        "Sooronbay Jeenbekov chose Moscow for his first trip abroad as head of state in 2017.",
        "state:KGZ",
        None,
        {("person:jeenbekov", "state:KGZ", "state:RUS", "2017", None)},
    ),
    (
        "In 2013 Foreign Minister Yerzhan Kazykhanov flew to Tehran for consultations with Ali Akbar Salehi.",
        "state:KAZ",
        None,
        {("person:kazykhanov", "state:KAZ", "state:IRN", "2013", None)},
    ),
    (
        "Georgian Prime Minister Irakli Garibashvili received the visiting Azerbaijani President Ilham Aliyev in "
        "Tbilisi in 2014.",
        "state:GEO",
        None,
        {("person:aliyev_ilham", "state:AZE", "state:GEO", "2014", None)},
    ),
    (
        "Karimov hosted Chinese President Hu Jintao in Tashkent in June 2010.",
        "state:UZB",
        None,
        {("person:hu_jintao", "state:CHN", "state:UZB", "2010", None)},
    ),
    (
        "During Erdoğan's visit to Kyiv in February 2019, the two governments signed an agreement on defence "
        "industry cooperation.",
        "state:UKR",
        None,
        {("person:erdogan", "state:TUR", "state:UKR", "2019", None)},
    ),
    (
        "Kim Dae-jung travelled to Ulaanbaatar in 1999, the first visit of a South Korean president to Mongolia.",
        "state:MNG",
        None,
        {("person:kim_dae_jung", "state:KOR", "state:MNG", "1999", None)},
    ),
    (
        "Hamid Karzai visited New Delhi in 2006 and again in 2011.",
        "state:AFG",
        None,
        {
            ("person:karzai", "state:AFG", "state:IND", "2006", None),
            ("person:karzai", "state:AFG", "state:IND", "2011", None),
        },
    ),
    (
        "Negotiations in Beijing between Jiang Zemin and Nazarbayev in 1999 settled the last border disputes.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:CHN", "1999", None)},
    ),
    (
        "Lukashenko attended the CSTO summit in Yerevan in November 2016.",
        "state:BLR",
        None,
        {("person:lukashenko", "state:BLR", "state:ARM", "2016", None)},
    ),
    (
        "The visit of an Iranian parliamentary delegation headed by Speaker Ali Larijani to Dushanbe in 2015 "
        "strengthened ties.",
        "state:TJK",
        None,
        {("new:Ali Larijani", "state:IRN", "state:TJK", "2015", None)},
    ),
    (
        "The Chinese premier came to Astana in 2014.",
        "state:KAZ",
        None,
        {(None, "state:CHN", "state:KAZ", "2014", None)},
    ),
    (
        "President Park Geun-hye paid a state visit in June 2014.",
        "state:KAZ",
        "South Korea",
        {("person:park_geun_hye", "state:KOR", "state:KAZ", "2014", None)},
    ),
    (
        "A state visit by the President of Kyrgyzstan, Almazbek Atambayev, to Ankara took place in April 2013.",
        "state:KGZ",
        None,
        {("person:atambayev", "state:KGZ", "state:TUR", "2013", None)},
    ),
    (
        "In 2019 Rahmon went to Beijing, the first visit by a Tajik president since 2014.",
        "state:TJK",
        None,
        {("person:rahmon", "state:TJK", "state:CHN", "2019", None)},
    ),
    ("Around 30,000 Russian tourists travelled to Georgia in 2010.", "state:GEO", None, set()),
    ("Rahmon was expected in Tashkent in 2012 but the visit was called off.", "state:TJK", None, set()),
    ("Lukashenko turned down an invitation to visit Tbilisi in 2009.", "state:BLR", None, set()),
    ("Kyrgyz labour migrants travelled to Russia in large numbers in 2014.", "state:KGZ", None, set()),
    (
        "In 2015 Modi became the first Indian prime minister to visit Mongolia.",
        "state:MNG",
        None,
        {("person:modi", "state:IND", "state:MNG", "2015", None)},
    ),
    (
        "Lukashenko was received by Nazarbayev in Astana in 2016.",
        "state:BLR",
        None,
        {("person:lukashenko", "state:BLR", "state:KAZ", "2016", None)},
    ),
    (
        "Putin's first foreign visit after his re-election in 2012 was to Belarus.",
        "state:BLR",
        None,
        {("person:putin", "state:RUS", "state:BLR", "2012", None)},
    ),
    (
        "Rahmon and Karimov held a meeting on the sidelines of the CIS summit in Minsk in 2012.",
        "state:TJK",
        None,
        {
            ("person:rahmon", "state:TJK", "state:BLR", "2012", None),
            ("person:karimov", "state:UZB", "state:BLR", "2012", None),
        },
    ),
    (
        "Li Keqiang paid official visits to Kazakhstan, Serbia and Thailand in December 2014.",
        "state:CHN",
        None,
        {
            ("person:li_keqiang", "state:CHN", "state:KAZ", "2014", None),
            ("person:li_keqiang", "state:CHN", "state:SRB", "2014", None),
            ("person:li_keqiang", "state:CHN", "state:THA", "2014", None),
        },
    ),
    (
        "Azerbaijani Foreign Minister Elmar Mammadyarov arrived in Bishkek for a working visit in 2015.",
        "state:KGZ",
        None,
        {("person:mammadyarov", "state:AZE", "state:KGZ", "2015", None)},
    ),
    (
        "Talks between Lukashenko and Tokayev were held in Minsk in November 2019.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:BLR", "2019", None)},
    ),
    (
        "In 2002 the Uzbek president made his first trip to Washington, where he met George W. Bush.",
        "state:UZB",
        None,
        {(None, "state:UZB", "state:USA", "2002", None)},
    ),
    (
        "Kyrgyz President Atambayev was in Moscow in May 2015 for the Victory Day parade.",
        "state:KGZ",
        None,
        {("person:atambayev", "state:KGZ", "state:RUS", "2015", None)},
    ),
    (
        "A delegation of the Chinese government, led by Vice-Premier Wang Qishan, visited Astana in 2011.",
        "state:KAZ",
        None,
        {("new:Wang Qishan", "state:CHN", "state:KAZ", "2011", None)},
    ),
    (
        "Nazarbayev went to Seoul in 1995, 2003 and 2009.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:KOR", y, None) for y in ("1995", "2003", "2009")},
    ),
    ("The Chinese consulate in Almaty was visited by a group of Kyrgyz traders in 2014.", "state:KAZ", None, set()),
    ("Mirziyoyev's trip to Paris, scheduled for 2018, was cancelled at short notice.", "state:UZB", None, set()),
]

TUNE_VISITORS = [
    (
        "Minister of Foreign Affairs Yerlan Idrissov met his Russian counterpart Sergey Lavrov in Moscow in 2013.",
        "state:KAZ",
        None,
        {("person:idrissov", "state:KAZ", "state:RUS", "2013", None)},
    ),
    (
        "Chinese Premier Li Peng toured Central Asia in April 1994, visiting Uzbekistan, Kyrgyzstan and Kazakhstan.",
        "state:KAZ",
        None,
        {("person:li_peng", "state:CHN", state, "1994", None) for state in ("state:UZB", "state:KGZ", "state:KAZ")},
    ),
    (
        "The Prime Minister of Turkey, Binali Yıldırım, visited Bishkek in 2017.",
        "state:KGZ",
        None,
        {("person:yildirim", "state:TUR", "state:KGZ", "2017", None)},
    ),
    (
        "Japan's Foreign Minister Fumio Kishida visited Tashkent in 2015.",
        "state:UZB",
        None,
        {("new:Fumio Kishida", "state:JPN", "state:UZB", "2015", None)},
    ),
    (
        "Nazarbayev met Obama in Washington during the Nuclear Security Summit in 2010.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:USA", "2010", None)},
    ),
    (
        "Kyrgyzstan's President Roza Otunbayeva made her first foreign trip to Moscow in 2010.",
        "state:KGZ",
        None,
        {("person:otunbayeva", "state:KGZ", "state:RUS", "2010", None)},
    ),
    (
        "The Emir of Qatar, Tamim bin Hamad Al Thani, paid a state visit to Tashkent in 2019.",
        "state:UZB",
        None,
        {("person:tamim", "state:QAT", "state:UZB", "2019", None)},
    ),
    (
        "Iranian President Hassan Rouhani arrived in Astana on 9 September 2014 for a two-day official visit.",
        "state:KAZ",
        None,
        {("person:rouhani", "state:IRN", "state:KAZ", "2014", None)},
    ),
    (
        "At the invitation of Nazarbayev, Rouhani visited Kazakhstan in September 2014.",
        "state:KAZ",
        None,
        {("person:rouhani", "state:IRN", "state:KAZ", "2014", None)},
    ),
    (
        "Abdulaziz Kamilov held talks with Wang Yi in Beijing in 2017.",
        "state:UZB",
        None,
        {("person:kamilov", "state:UZB", "state:CHN", "2017", None)},
    ),
    (
        "Kazakh Foreign Minister Kairat Abdrakhmanov visited the country in 2017.",
        "state:KAZ",
        "Afghanistan",
        {("person:abdrakhmanov", "state:KAZ", "state:AFG", "2017", None)},
    ),
    ("Nazarbayev declined to attend the summit in Washington in 2016.", "state:KAZ", None, set()),
    ("In 2013 more than 100,000 Kazakh citizens visited Turkey.", "state:KAZ", None, set()),
    ("Uzbekistan's embassy website recorded 40,000 visits in 2016.", "state:UZB", None, set()),
]
"""A second tuning set, on how the visitor is named (office before or after the name, a state's possessive, a
counterpart met), written before the pipeline ran on it, with its own held-out set below."""

HOLDOUT_VISITORS = [
    (
        "Foreign Minister Abdulaziz Kamilov met his Kazakh counterpart Kairat Abdrakhmanov in Astana in 2017.",
        "state:UZB",
        None,
        {("person:kamilov", "state:UZB", "state:KAZ", "2017", None)},
    ),
    (
        "US Secretary of State John Kerry made a tour of the region in November 2015, stopping in Bishkek and "
        "Dushanbe.",
        "state:KGZ",
        None,
        {
            ("person:kerry", "state:USA", "state:KGZ", "2015", None),
            ("person:kerry", "state:USA", "state:TJK", "2015", None),
        },
    ),
    (
        "The Foreign Minister of China, Wang Yi, visited Ulaanbaatar in 2016.",
        "state:MNG",
        None,
        {("person:wang_yi", "state:CHN", "state:MNG", "2016", None)},
    ),
    (
        "India's External Affairs Minister S. M. Krishna visited Astana in 2011.",
        "state:KAZ",
        None,
        {("person:krishna", "state:IND", "state:KAZ", "2011", None)},
    ),
    (
        "Mirziyoyev met Xi Jinping in Beijing during the Belt and Road Forum in May 2017.",
        "state:UZB",
        None,
        {("person:mirziyoyev", "state:UZB", "state:CHN", "2017", None)},
    ),
    (
        "Georgia's President Giorgi Margvelashvili made his first foreign visit to Brussels in 2014.",
        "state:GEO",
        None,
        {("person:margvelashvili", "state:GEO", "state:BEL", "2014", None)},
    ),
    (
        "The President of Afghanistan, Ashraf Ghani, paid a state visit to Tashkent in December 2017.",
        "state:UZB",
        None,
        {("person:ghani", "state:AFG", "state:UZB", "2017", None)},
    ),
    (
        "Pakistani Prime Minister Imran Khan landed in Tashkent on 15 July 2021 for a two-day visit.",
        "state:UZB",
        None,
        {("person:imran_khan", "state:PAK", "state:UZB", "2021", None)},
    ),
    (
        "At the invitation of Rahmon, Erdoğan visited Tajikistan in 2018.",
        "state:TJK",
        None,
        {("person:erdogan", "state:TUR", "state:TJK", "2018", None)},
    ),
    (
        "Lavrov held talks with Mammadyarov in Baku in 2016.",
        "state:AZE",
        None,
        {("person:lavrov", "state:RUS", "state:AZE", "2016", None)},
    ),
    (
        "Foreign Minister Kamilov visited the country in 2016.",
        "state:UZB",
        "Japan",
        {("person:kamilov", "state:UZB", "state:JPN", "2016", None)},
    ),
    ("Karimov refused to attend the CIS summit in Moscow in 2005.", "state:UZB", None, set()),
    ("Over 500,000 Russian tourists visited Uzbekistan in 2018.", "state:UZB", None, set()),
    ("The portal of the Kazakh foreign ministry received 3 million visits in 2019.", "state:KAZ", None, set()),
]

TUNE_SHAPES = [
    (
        "Nazarbayev was on a working visit to Minsk in October 2017, where he took part in the CIS summit.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:BLR", "2017", None)},
    ),
    (
        "Prime Minister Karim Massimov represented Kazakhstan at the inauguration of Ashraf Ghani in Kabul in 2014.",
        "state:KAZ",
        None,
        {("person:massimov", "state:KAZ", "state:AFG", "2014", None)},
    ),
    (
        "Nazarbayev and Putin met in Sochi in August 2015.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:RUS", "2015", None)},
    ),
    (
        "The Chinese leader's state visit to Kazakhstan in 2017 coincided with the opening of Expo 2017.",
        "state:KAZ",
        None,
        {(None, "state:CHN", "state:KAZ", "2017", None)},
    ),
    (
        "Bilateral relations were strengthened by Modi's visit to Bishkek in 2015.",
        "state:KGZ",
        None,
        {("person:modi", "state:IND", "state:KGZ", "2015", None)},
    ),
    (
        "Astana was visited by Chinese Premier Wen Jiabao in 2010.",
        "state:KAZ",
        None,
        {("person:wen_jiabao", "state:CHN", "state:KAZ", "2010", None)},
    ),
    (
        "In 2016 Tajik Foreign Minister Sirojiddin Aslov paid a working visit to Kabul, where he met Ashraf Ghani.",
        "state:TJK",
        None,
        {("person:muhriddin", "state:TJK", "state:AFG", "2016", None)},
    ),
    (
        "Rahmon visited Uzbekistan on 9–10 March 2018, the first state visit in 18 years.",
        "state:TJK",
        None,
        {("person:rahmon", "state:TJK", "state:UZB", "2018", None)},
    ),
    (
        "The first official contacts date from 1993, when Vice-President Al Gore visited Almaty.",
        "state:KAZ",
        None,
        {("person:gore", "state:USA", "state:KAZ", "1993", None)},
    ),
    (
        "In 2000 the Kazakh delegation headed by Nazarbayev took part in the Millennium Summit in New York.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:USA", "2000", None)},
    ),
    ("The visit of the Uzbek president to Astana, expected in 2010, did not take place.", "state:KAZ", None, set()),
    ("Putin declined an invitation to attend the inauguration in Bishkek in 2017.", "state:KGZ", None, set()),
    ("In 2014, 1.2 million Uzbek labour migrants went to Russia.", "state:UZB", None, set()),
    ("Karimov was represented at the summit in Moscow by his prime minister in 2015.", "state:UZB", None, set()),
]
"""A third tuning set, on the shapes of sentence a visit is told in (a visit as the circumstance of another act, a
state represented at a ceremony, a passive, a delegation headed by its leader), with its own held-out set below;
both written before the pipeline ran on them."""

HOLDOUT_SHAPES = [
    (
        "Tokayev was in Beijing on an official visit in September 2019, where he met Xi Jinping.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:CHN", "2019", None)},
    ),
    (
        "Rahmon represented Tajikistan at the funeral of Islam Karimov in Samarkand in 2016.",
        "state:TJK",
        None,
        {("person:rahmon", "state:TJK", "state:UZB", "2016", None)},
    ),
    (
        "Mirziyoyev and Putin met in Sochi in 2019.",
        "state:UZB",
        None,
        {("person:mirziyoyev", "state:UZB", "state:RUS", "2019", None)},
    ),
    (
        "The Russian president's visit to Dushanbe in 2012 renewed the basing agreement.",
        "state:TJK",
        None,
        {(None, "state:RUS", "state:TJK", "2012", None)},
    ),
    (
        "Relations improved markedly after Karzai's visit to Islamabad in 2012.",
        "state:AFG",
        None,
        {("person:karzai", "state:AFG", "state:PAK", "2012", None)},
    ),
    (
        "Bishkek was visited by the Turkish president in 2011.",
        "state:KGZ",
        None,
        {(None, "state:TUR", "state:KGZ", "2011", None)},
    ),
    (
        "In 2015 Kyrgyz Foreign Minister Erlan Abdyldayev paid an official visit to Tehran, where he met Zarif.",
        "state:KGZ",
        None,
        {("person:abdyldayev", "state:KGZ", "state:IRN", "2015", None)},
    ),
    (
        "Mirziyoyev went to Dushanbe on 9–10 March 2018, the first such visit in nearly two decades.",
        "state:UZB",
        None,
        {("person:mirziyoyev", "state:UZB", "state:TJK", "2018", None)},
    ),
    (
        "In 2019 the Uzbek delegation headed by Mirziyoyev took part in the Belt and Road Forum in Beijing.",
        "state:UZB",
        None,
        {("person:mirziyoyev", "state:UZB", "state:CHN", "2019", None)},
    ),
    ("A trip by the Kyrgyz president to Ankara, planned for 2017, did not happen.", "state:KGZ", None, set()),
    ("Karimov turned down an invitation to attend the inauguration in Dushanbe in 2006.", "state:UZB", None, set()),
    ("About two million Tajik migrants went to Russia in 2013.", "state:TJK", None, set()),
]

TUNE_CONTEXT = [
    (
        "Kassym-Jomart Tokayev became president in 2019. In June 2019 he made a state visit to Beijing.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:CHN", "2019", None)},
    ),
    (
        "A World Bank mission visited Astana in May 2005 to review the project.",
        "state:KAZ",
        None,
        {(None, "org:WORLD_BANK", "state:KAZ", "2005", None)},
    ),
    (
        "An OSCE delegation led by the Secretary General travelled to Bishkek in 2010.",
        "state:KGZ",
        None,
        {(None, "org:OSCE", "state:KGZ", "2010", None)},
    ),
    (
        "Relations improved after 2016. Mirziyoyev paid a state visit in March 2017, and Nazarbayev returned the "
        "visit in 2018.",
        "state:KAZ",
        "Uzbekistan",
        {
            ("person:mirziyoyev", "state:UZB", "state:KAZ", "2017", None),
            ("person:nazarbayev", "state:KAZ", "state:UZB", "2018", None),
        },
    ),
    (
        "Nazarbayev and Akayev met in Bishkek in 1997. The two presidents met again in Almaty in 1998.",
        "state:KAZ",
        None,
        {
            ("person:nazarbayev", "state:KAZ", "state:KGZ", "1997", None),
            ("person:akayev", "state:KGZ", "state:KAZ", "1998", None),
        },
    ),
    (
        "In 2008 the Chinese foreign minister visited Astana. During the visit he signed an agreement on water use.",
        "state:KAZ",
        None,
        {(None, "state:CHN", "state:KAZ", "2008", None)},
    ),
    (
        "Karimov visited Moscow in 1992. He returned there in 1994.",
        "state:UZB",
        None,
        {
            ("person:karimov", "state:UZB", "state:RUS", "1992", None),
            ("person:karimov", "state:UZB", "state:RUS", "1994", None),
        },
    ),
    (
        "Tokayev travelled to Moscow in 2019 and returned to Astana the next day.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:RUS", "2019", None)},
    ),
    ("Karimov returned to power in 1995.", "state:UZB", None, set()),
    ("The Asian Development Bank opened a resident mission in Tashkent in 1997.", "state:UZB", None, set()),
    (
        "The Chinese foreign minister was due to visit Astana in 2009 but the trip was called off.",
        "state:KAZ",
        None,
        set(),
    ),
]
"""A fourth tuning set, on visits read with their paragraph: a visitor named in the sentence before, an
organisation's mission, a section on a partner state, a visit referred back to; with its own held-out set below."""

HOLDOUT_CONTEXT = [
    (
        "Shavkat Mirziyoyev was elected in December 2016. In May 2017 he paid a state visit to Beijing.",
        "state:UZB",
        None,
        {("person:mirziyoyev", "state:UZB", "state:CHN", "2017", None)},
    ),
    (
        "An Asian Development Bank mission travelled to Dushanbe in 2012 to assess the programme.",
        "state:TJK",
        None,
        {(None, "org:ADB", "state:TJK", "2012", None)},
    ),
    (
        "A delegation of the European Union headed by its special representative visited Tashkent in 2014.",
        "state:UZB",
        None,
        {(None, "org:EU", "state:UZB", "2014", None)},
    ),
    (
        "Atambayev paid an official visit in 2012, and Rahmon returned the visit in 2013.",
        "state:TJK",
        "Kyrgyzstan",
        {
            ("person:atambayev", "state:KGZ", "state:TJK", "2012", None),
            ("person:rahmon", "state:TJK", "state:KGZ", "2013", None),
        },
    ),
    (
        "Karimov and Rahmon met in Tashkent in 2000. The two presidents met again in Dushanbe in 2002.",
        "state:UZB",
        None,
        {
            ("person:rahmon", "state:TJK", "state:UZB", "2000", None),
            ("person:karimov", "state:UZB", "state:TJK", "2002", None),
        },
    ),
    (
        "In 2011 the Iranian president visited Bishkek. During the visit he opened an Iranian cultural centre.",
        "state:KGZ",
        None,
        {(None, "state:IRN", "state:KGZ", "2011", None)},
    ),
    (
        "Lukashenko visited Astana in 1996. He went there again in 2004.",
        "state:BLR",
        None,
        {
            ("person:lukashenko", "state:BLR", "state:KAZ", "1996", None),
            ("person:lukashenko", "state:BLR", "state:KAZ", "2004", None),
        },
    ),
    ("The World Bank opened a country office in Bishkek in 1994.", "state:KGZ", None, set()),
    (
        "The Iranian president was expected in Bishkek in 2012, but the visit was postponed.",
        "state:KGZ",
        None,
        set(),
    ),
]

TUNE_MORE = [
    (
        "Nazarbayev visited Japan in 1994, 1999 and 2008, and South Korea in 1995.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:JPN", y, None) for y in ("1994", "1999", "2008")}
        | {("person:nazarbayev", "state:KAZ", "state:KOR", "1995", None)},
    ),
    (
        "Kazakhstan's president visited Lithuania in 2000.",
        "state:KAZ",
        None,
        {(None, "state:KAZ", "state:LTU", "2000", None)},
    ),
    (
        "The Tajik and Kyrgyz presidents attended the ceremony in Astana in 2017.",
        "state:KAZ",
        None,
        {(None, "state:TJK", "state:KAZ", "2017", None), (None, "state:KGZ", "state:KAZ", "2017", None)},
    ),
    (
        "President Erdoğan arrived in Bishkek on 1 September 2018 to attend the summit of the Turkic Council.",
        "state:KGZ",
        None,
        {("person:erdogan", "state:TUR", "state:KGZ", "2018", None)},
    ),
    (
        "On 8–9 June 2017, the Indian prime minister was in Astana for the SCO summit, at which India became a full "
        "member.",
        "state:KAZ",
        None,
        {(None, "state:IND", "state:KAZ", "2017", None)},
    ),
    (
        "Tokayev held talks with Putin during his visit to Moscow on 3 April 2019.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:RUS", "2019", None)},
    ),
    (
        "Nazarbayev's state visit to the United States took place in 2006.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:USA", "2006", None)},
    ),
    (
        "Prime Minister Abdulla Aripov led the Uzbek delegation to the World Economic Forum in Davos in 2019.",
        "state:UZB",
        None,
        {("person:aripov", "state:UZB", "state:CHE", "2019", None)},
    ),
    (
        "Kazakh Foreign Minister Kassym-Jomart Tokayev led a delegation to Tehran in 2002.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:IRN", "2002", None)},
    ),
    ("Kazakh and Chinese leaders have met regularly since 1992.", "state:KAZ", None, set()),
    ("Nazarbayev led the country to independence in 1991.", "state:KAZ", None, set()),
]
"""A fifth tuning set (destinations each with its years, leaders known by office, a visit told as the occasion of
talks, a delegation led abroad), with its own held-out set below; both written before the pipeline ran on them."""

HOLDOUT_MORE = [
    (
        "Karimov visited China in 1992, 1994 and 1996, and India in 1994.",
        "state:UZB",
        None,
        {("person:karimov", "state:UZB", "state:CHN", y, None) for y in ("1992", "1994", "1996")}
        | {("person:karimov", "state:UZB", "state:IND", "1994", None)},
    ),
    (
        "Uzbekistan's foreign minister visited Latvia in 2013.",
        "state:UZB",
        None,
        {(None, "state:UZB", "state:LVA", "2013", None)},
    ),
    (
        "The Kazakh and Uzbek presidents took part in the celebrations in Dushanbe in 2016.",
        "state:TJK",
        None,
        {(None, "state:KAZ", "state:TJK", "2016", None), (None, "state:UZB", "state:TJK", "2016", None)},
    ),
    (
        "Ilham Aliyev arrived in Astana on 2 October 2014 to attend the summit of heads of state.",
        "state:KAZ",
        None,
        {("person:aliyev_ilham", "state:AZE", "state:KAZ", "2014", None)},
    ),
    (
        "In June 2019, the Pakistani prime minister was in Bishkek for the SCO summit.",
        "state:KGZ",
        None,
        {(None, "state:PAK", "state:KGZ", "2019", None)},
    ),
    (
        "Mirziyoyev held talks with Xi Jinping during his state visit to Beijing in May 2017.",
        "state:UZB",
        None,
        {("person:mirziyoyev", "state:UZB", "state:CHN", "2017", None)},
    ),
    (
        "Rahmon's official visit to India took place in 2012.",
        "state:TJK",
        None,
        {("person:rahmon", "state:TJK", "state:IND", "2012", None)},
    ),
    (
        "Deputy Prime Minister Yerbol Orynbayev led the Kazakh delegation to the forum in Tokyo in 2015.",
        "state:KAZ",
        None,
        {("new:Yerbol Orynbayev", "state:KAZ", "state:JPN", "2015", None)},
    ),
    ("Russian and Kazakh officials have consulted regularly since 2001.", "state:KAZ", None, set()),
    ("Karimov led Uzbekistan out of the CSTO in 2012.", "state:UZB", None, set()),
]

TUNE_SECTIONS = [
    (
        "The Turkish president paid a state visit in 2009.",
        "state:KAZ",
        "Turkey",
        {(None, "state:TUR", "state:KAZ", "2009", None)},
    ),
    (
        "The Kyrgyz president visited the country in 2013 and 2018.",
        "state:KGZ",
        "China",
        {(None, "state:KGZ", "state:CHN", "2013", None), (None, "state:KGZ", "state:CHN", "2018", None)},
    ),
    (
        "UN Secretary-General Ban Ki-moon visited Astana in 2010.",
        "state:KAZ",
        None,
        {("person:ban_ki_moon", "org:UN", "state:KAZ", "2010", None)},
    ),
    (
        "Koizumi visited Astana and Tashkent in August 2006. He was the first Japanese prime minister to visit Central "
        "Asia.",
        "state:KAZ",
        None,
        {
            ("person:koizumi", "state:JPN", "state:KAZ", "2006", None),
            ("person:koizumi", "state:JPN", "state:UZB", "2006", None),
        },
    ),
    ("Japanese investment in the country grew in 2010.", "state:KAZ", "Japan", set()),
    (
        "The OSCE Secretary General was expected to visit Bishkek in 2012.",
        "state:KGZ",
        None,
        {(None, "org:OSCE", "state:KGZ", "2012", "planned")},
    ),
]
"""A sixth tuning set (sections on a partner state, officials of organisations, a region visited), with its own
held-out set below; both written before the pipeline ran on them."""

HOLDOUT_SECTIONS = [
    (
        "The Iranian president made an official visit in 2014.",
        "state:TJK",
        "Iran",
        {(None, "state:IRN", "state:TJK", "2014", None)},
    ),
    (
        "The Uzbek president visited the country in 2016 and 2019.",
        "state:UZB",
        "Russia",
        {(None, "state:UZB", "state:RUS", "2016", None), (None, "state:UZB", "state:RUS", "2019", None)},
    ),
    (
        "OSCE Secretary General Thomas Greminger visited Dushanbe in 2018.",
        "state:TJK",
        None,
        {("new:Thomas Greminger", "org:OSCE", "state:TJK", "2018", None)},
    ),
    (
        "Lee Myung-bak visited Astana and Tashkent in May 2009. He was the first South Korean president to visit "
        "Central Asia in a decade.",
        "state:KAZ",
        None,
        {
            ("person:lee_myung_bak", "state:KOR", "state:KAZ", "2009", None),
            ("person:lee_myung_bak", "state:KOR", "state:UZB", "2009", None),
        },
    ),
    (
        "Nazarbayev met Angela Merkel in Berlin in February 2012.",
        "state:KAZ",
        "Germany",
        {("person:nazarbayev", "state:KAZ", "state:DEU", "2012", None)},
    ),
    (
        "The UN Secretary-General was scheduled to visit Tashkent in 2010.",
        "state:UZB",
        None,
        {(None, "org:UN", "state:UZB", "2010", "planned")},
    ),
    ("Indian pilgrims and students have travelled to the country since 1995.", "state:KGZ", "India", set()),
]

TUNE_LONG = [
    (
        "Relations between the two countries were established on 3 January 1992, and in October of that year "
        "Nazarbayev made his first visit to Beijing, where he and Li Peng signed a joint communiqué.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:CHN", "1992", None)},
    ),
    (
        "Following Karimov's death in 2016, relations thawed rapidly: Mirziyoyev paid a state visit to Astana in March "
        "2017, and Nazarbayev travelled to Tashkent the following year.",
        "state:UZB",
        None,
        {
            ("person:mirziyoyev", "state:UZB", "state:KAZ", "2017", None),
            ("person:nazarbayev", "state:KAZ", "state:UZB", "2018", None),
        },
    ),
    (
        "Shinzo Abe's 2015 tour of Central Asia took him to Astana and Tashkent.",
        "state:KAZ",
        None,
        {
            ("person:abe", "state:JPN", "state:KAZ", "2015", None),
            ("person:abe", "state:JPN", "state:UZB", "2015", None),
        },
    ),
    (
        "Ties deepened under Modi, who visited Bishkek in July 2015 as part of a tour of the region.",
        "state:KGZ",
        None,
        {("person:modi", "state:IND", "state:KGZ", "2015", None)},
    ),
    (
        "Visiting Dushanbe in 2014, Xi Jinping attended the SCO summit and held talks with Rahmon.",
        "state:TJK",
        None,
        {("person:xi", "state:CHN", "state:TJK", "2014", None)},
    ),
    (
        "In 2000 Putin became the first Russian head of state to visit Mongolia since the collapse of the Soviet Union.",
        "state:MNG",
        None,
        {("person:putin", "state:RUS", "state:MNG", "2000", None)},
    ),
    (
        "An agreement on visa-free travel was signed in Ankara in 2017 during a visit by the Kyrgyz prime minister.",
        "state:KGZ",
        None,
        {(None, "state:KGZ", "state:TUR", "2017", None)},
    ),
    (
        "Putin's visit to Tashkent in October 2018, his first since 2014, produced deals worth $27 billion.",
        "state:UZB",
        None,
        {("person:putin", "state:RUS", "state:UZB", "2018", None)},
    ),
    (
        "Nazarbayev, who had visited Washington in 1994, was unable to attend the 2010 summit there.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:USA", "1994", None)},
    ),
    (
        "The Kazakh president's planned trip to Kyiv in 2014 was cancelled because of the crisis.",
        "state:KAZ",
        None,
        set(),
    ),
]
"""A seventh tuning set: longer sentences as the articles write them (a visit in a clause of another event, a tour
that took a leader somewhere, a visit told as the occasion of a signing), with its own held-out set below; both
written before the pipeline ran on them."""

HOLDOUT_LONG = [
    (
        "Diplomatic relations were established in 1992, and in May of the following year Karimov made his first visit "
        "to Seoul, where he signed a friendship treaty.",
        "state:UZB",
        None,
        {("person:karimov", "state:UZB", "state:KOR", "1993", None)},
    ),
    (
        "After the 2005 Andijan events relations cooled, but Karimov went to Beijing in 2005 and Hu Jintao came to "
        "Tashkent in 2010.",
        "state:UZB",
        None,
        {
            ("person:karimov", "state:UZB", "state:CHN", "2005", None),
            ("person:hu_jintao", "state:CHN", "state:UZB", "2010", None),
        },
    ),
    (
        "Li Keqiang's 2016 tour of the region took him to Bishkek and Astana.",
        "state:KGZ",
        None,
        {
            ("person:li_keqiang", "state:CHN", "state:KGZ", "2016", None),
            ("person:li_keqiang", "state:CHN", "state:KAZ", "2016", None),
        },
    ),
    (
        "Cooperation grew under Erdoğan, who came to Bishkek in 2011 as part of a tour of the region.",
        "state:KGZ",
        None,
        {("person:erdogan", "state:TUR", "state:KGZ", "2011", None)},
    ),
    (
        "Travelling to Astana in 2011, Medvedev attended the CSTO summit and held talks with Nazarbayev.",
        "state:KAZ",
        None,
        {("person:medvedev", "state:RUS", "state:KAZ", "2011", None)},
    ),
    (
        "In 2016 Erdoğan became the first Turkish president to visit Uzbekistan in over a decade.",
        "state:UZB",
        None,
        {("person:erdogan", "state:TUR", "state:UZB", "2016", None)},
    ),
    (
        "A memorandum on energy cooperation was signed in Tokyo in 2013 during a visit by the Tajik foreign minister.",
        "state:TJK",
        None,
        {(None, "state:TJK", "state:JPN", "2013", None)},
    ),
    (
        "Xi's visit to Bishkek in June 2019, his first since 2013, coincided with the SCO summit.",
        "state:KGZ",
        None,
        {("person:xi", "state:CHN", "state:KGZ", "2019", None)},
    ),
    (
        "Karimov, who had visited Moscow in 1998, did not attend the 2005 parade there.",
        "state:UZB",
        None,
        {("person:karimov", "state:UZB", "state:RUS", "1998", None)},
    ),
    ("The Uzbek president's planned trip to Ankara in 2012 was called off.", "state:UZB", None, set()),
]

TUNE_COMPANY = [
    (
        "Nazarbayev was received by Xi Jinping at the Great Hall of the People in Beijing in 2015.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:CHN", "2015", None)},
    ),
    (
        "Putin and Lukashenko travelled together to Astana in 2014.",
        "state:KAZ",
        None,
        {
            ("person:putin", "state:RUS", "state:KAZ", "2014", None),
            ("person:lukashenko", "state:BLR", "state:KAZ", "2014", None),
        },
    ),
    (
        "The speaker of the Mazhilis, Nurlan Nigmatulin, led a parliamentary delegation to Seoul in 2016.",
        "state:KAZ",
        None,
        {("new:Nurlan Nigmatulin", "state:KAZ", "state:KOR", "2016", None)},
    ),
    (
        "Chinese Vice-President Wang Qishan attended Tokayev's inauguration in Nur-Sultan in 2019.",
        "state:KAZ",
        None,
        {("new:Wang Qishan", "state:CHN", "state:KAZ", "2019", None)},
    ),
    (
        "The Kazakh and Kyrgyz foreign ministers held consultations in Moscow in 2012.",
        "state:KAZ",
        None,
        {(None, "state:KAZ", "state:RUS", "2012", None), (None, "state:KGZ", "state:RUS", "2012", None)},
    ),
    (
        "Nazarbayev was among the leaders who attended the funeral of Boris Yeltsin in Moscow in 2007.",
        "state:KAZ",
        None,
        {("person:nazarbayev", "state:KAZ", "state:RUS", "2007", None)},
    ),
    ("Nazarbayev sent a message of condolence to Tashkent in 2016.", "state:KAZ", None, set()),
    ("The Kazakh ambassador travelled to Bishkek to present his credentials in 2012.", "state:KAZ", None, set()),
]
"""An eighth tuning set (visitors received, travelling together, leading a parliament's delegation, attending a
ceremony abroad), with its own held-out set below; both written before the pipeline ran on them."""

HOLDOUT_COMPANY = [
    (
        "Mirziyoyev was welcomed by Tokayev at the Akorda in Nur-Sultan in 2019.",
        "state:UZB",
        None,
        {("person:mirziyoyev", "state:UZB", "state:KAZ", "2019", None)},
    ),
    (
        "Karimov and Nazarbayev travelled together to Moscow in 1998.",
        "state:UZB",
        None,
        {
            ("person:karimov", "state:UZB", "state:RUS", "1998", None),
            ("person:nazarbayev", "state:KAZ", "state:RUS", "1998", None),
        },
    ),
    (
        "The chairman of the Senate, Kassym-Jomart Tokayev, led a parliamentary delegation to Tokyo in 2014.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:JPN", "2014", None)},
    ),
    (
        "Russian Prime Minister Dmitry Medvedev attended Mirziyoyev's inauguration in Tashkent in 2016.",
        "state:UZB",
        None,
        {("person:medvedev", "state:RUS", "state:UZB", "2016", None)},
    ),
    (
        "The Uzbek and Tajik defence ministers held talks in Bishkek in 2018.",
        "state:KGZ",
        None,
        {(None, "state:UZB", "state:KGZ", "2018", None), (None, "state:TJK", "state:KGZ", "2018", None)},
    ),
    (
        "Rahmon was among the leaders who attended the funeral of Islam Karimov in Samarkand in 2016.",
        "state:TJK",
        None,
        {("person:rahmon", "state:TJK", "state:UZB", "2016", None)},
    ),
    ("Rahmon sent a letter of congratulation to Bishkek in 2017.", "state:TJK", None, set()),
    ("The new Uzbek ambassador travelled to Astana to present his credentials in 2018.", "state:UZB", None, set()),
]

TUNE_MODAL = [
    (
        "Tokayev is scheduled to visit Beijing in September 2019.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:CHN", "2019", "planned")},
    ),
    (
        "Xi Jinping has invited Mirziyoyev to visit China.",
        "state:UZB",
        None,
        {("person:mirziyoyev", "state:UZB", "state:CHN", None, "proposed")},
    ),
    (
        "Putin reportedly visited Dushanbe secretly in 2001.",
        "state:TJK",
        None,
        {("person:putin", "state:RUS", "state:TJK", "2001", "hedged")},
    ),
    (
        "Modi is expected to travel to Bishkek for the SCO summit in June 2019.",
        "state:KGZ",
        None,
        {("person:modi", "state:IND", "state:KGZ", "2019", "planned")},
    ),
    ("Nazarbayev did not attend the summit in Minsk in 2012.", "state:KAZ", None, set()),
    ("The visit of Erdoğan to Astana, planned for 2016, was postponed.", "state:KAZ", None, set()),
]
"""A ninth tuning set: visits to come, proposed, reported or denied, as the articles tell them (the codebook's
modality), with its own held-out set below; both written before the pipeline ran on them."""

HOLDOUT_MODAL = [
    (
        "Rahmon is due to visit New Delhi in 2020.",
        "state:TJK",
        None,
        {("person:rahmon", "state:TJK", "state:IND", "2020", "planned")},
    ),
    (
        "Tokayev has invited Lukashenko to visit Kazakhstan.",
        "state:KAZ",
        None,
        {("person:lukashenko", "state:BLR", "state:KAZ", None, "proposed")},
    ),
    (
        "Karimov is said to have visited Kabul in 1998.",
        "state:UZB",
        None,
        {("person:karimov", "state:UZB", "state:AFG", "1998", "hedged")},
    ),
    (
        "Imran Khan plans to travel to Tashkent in 2021.",
        "state:UZB",
        None,
        {("person:imran_khan", "state:PAK", "state:UZB", "2021", "planned")},
    ),
    ("Karimov never visited Dushanbe after 2000.", "state:UZB", None, set()),
    ("Mirziyoyev's trip to Washington, announced for 2018, was put off.", "state:UZB", None, set()),
]

TUNE_PERSONS_VISITED = [
    (
        "Tokayev visited Lukashenko in 2020 for informal talks.",
        "state:KAZ",
        None,
        {("person:tokayev", "state:KAZ", "state:BLR", "2020", None)},
    ),
    (
        "Lavrov visited his Kazakh counterpart in 2016.",
        "state:KAZ",
        None,
        {("person:lavrov", "state:RUS", "state:KAZ", "2016", None)},
    ),
    (
        "In 2012 the SCO Secretary-General visited the Turkish foreign minister.",
        "state:TUR",
        None,
        {(None, "org:SCO", "state:TUR", "2012", None)},
    ),
    ("Tokayev visited the Kazakh pavilion in 2020.", "state:KAZ", None, set()),
]
"""A tenth tuning set: a visit told by the person visited ('visited Lukashenko'), with its own held-out set below;
both written before the pipeline ran on them."""

HOLDOUT_PERSONS_VISITED = [
    (
        "Rahmon visited Mirziyoyev in 2019 for talks.",
        "state:TJK",
        None,
        {("person:rahmon", "state:TJK", "state:UZB", "2019", None)},
    ),
    (
        "Wang Yi visited his Tajik counterpart in 2015.",
        "state:TJK",
        None,
        {("person:wang_yi", "state:CHN", "state:TJK", "2015", None)},
    ),
    (
        "The SCO Secretary-General visited the Kyrgyz prime minister in 2017.",
        "state:KGZ",
        None,
        {(None, "org:SCO", "state:KGZ", "2017", None)},
    ),
    ("Rahmon visited the Tajik embassy in 2019.", "state:TJK", None, set()),
]
