"""Foundings and founders in the shapes the rules used to miss: a TUNE set and a HOLDOUT set of sentences written
for these tests (none quoted from an evaluation text) before any rule was changed for them. Each case gives
every founding fact the codebook (raw/evaluation/BRIEF.md) wants: an organisation event `founded` or
`establishment_decided` as (organisation, event, date, modality), and a membership of role `founder` as
(state, organisation). Near-misses want none."""

from __future__ import annotations

# (paragraph, source subject, expected {('event', org, event, date, modality) | ('founder', state, org)})
TUNE = [
    (
        "Russia attempted to keep its influence in the region by founding, in June 2001, a new security bloc – "
        "the Shanghai Cooperation Organisation.",
        "state:RUS",
        {("event", "org:SCO", "founded", "2001-06", None), ("founder", "state:RUS", "org:SCO")},
    ),
    (
        "Moscow tried to rebuild its sphere of influence by creating, on 15 May 1992, a military alliance – the "
        "Collective Security Treaty Organization.",
        "state:RUS",
        {("event", "org:CSTO", "founded", "1992-05-15", None), ("founder", "state:RUS", "org:CSTO")},
    ),
    (
        "Ukraine hoped to counter Moscow by establishing, in 1997, a consultative forum – GUAM.",
        "state:UKR",
        {("event", "org:GUAM", "founded", "1997", None), ("founder", "state:UKR", "org:GUAM")},
    ),
    (
        "In 2009 the Cooperation Council of Turkic Speaking States was set up in Nakhchivan. The founding states are "
        "the Republic of Azerbaijan, the Republic of Turkey and the Kyrgyz Republic.",
        "org:CCTC",
        {
            ("event", "org:CCTC", "founded", "2009", None),
            ("founder", "state:AZE", "org:CCTC"),
            ("founder", "state:TUR", "org:CCTC"),
            ("founder", "state:KGZ", "org:CCTC"),
        },
    ),
    (
        "The member states have set up a joint financing institution in the shape of the Eurasian Development Bank.",
        "org:EAEU",
        {("event", "org:EDB", "founded", None, None)},
    ),
    (
        "The Forum was initially created in 1996 as the 'Shanghai Five'.",
        "org:SCO",
        {("event", "org:SCO", "founded", "1996", None)},
    ),
    (
        "At a conference in Tashkent in May 1992, the delegates committed themselves to founding a permanent body "
        "for collective security.",
        "org:CSTO",
        {("event", "org:CSTO", "establishment_decided", "1992-05", None)},
    ),
    (
        "For regional security Uzbekistan took part in founding the Shanghai Cooperation Organisation and the "
        "Collective Security Treaty Organization.",
        "state:UZB",
        {("founder", "state:UZB", "org:SCO"), ("founder", "state:UZB", "org:CSTO")},
    ),
    ("Armenia established diplomatic relations with the European Union in 1991.", "state:ARM", set()),
    ("In 2005 the government of Georgia established a committee on European integration.", "state:GEO", set()),
    ("Belarus plans to establish a free trade zone with the Eurasian Economic Union.", "state:BLR", set()),
    ("Its founding members were Armenia, Belarus and Tajikistan.", "state:ARM", set()),
]

HOLDOUT = [
    (
        "Turkey tried to extend its reach eastwards by founding, in October 2009, a cultural bloc – the "
        "Cooperation Council of Turkic Speaking States.",
        "state:TUR",
        {("event", "org:CCTC", "founded", "2009-10", None), ("founder", "state:TUR", "org:CCTC")},
    ),
    (
        "In 1998 the Central Asian Economic Community was set up. The founder states are Kyrgyzstan, Tajikistan and "
        "Uzbekistan.",
        "org:CACO",
        {
            ("event", "org:CACO", "founded", "1998", None),
            ("founder", "state:KGZ", "org:CACO"),
            ("founder", "state:TJK", "org:CACO"),
            ("founder", "state:UZB", "org:CACO"),
        },
    ),
    (
        "The member governments have created a joint investment vehicle in the shape of the Eurasian Development Bank.",
        "org:EAEU",
        {("event", "org:EDB", "founded", None, None)},
    ),
    (
        "The Organisation was originally founded in 1985 as the 'Regional Cooperation for Development'.",
        "org:ECO",
        {("event", "org:ECO", "founded", "1985", None)},
    ),
    (
        "Meeting near Brest in December 1991, the leaders resolved to set up a permanent union of sovereign states.",
        "org:CIS",
        {("event", "org:CIS", "establishment_decided", "1991-12", None)},
    ),
    (
        "Georgia was among those launching the GUAM group and the Black Sea Economic Cooperation.",
        "state:GEO",
        {("founder", "state:GEO", "org:GUAM"), ("founder", "state:GEO", "org:BSEC")},
    ),
    (
        "Azerbaijan established diplomatic relations with the Organization of Islamic Cooperation in 1991.",
        "state:AZE",
        set(),
    ),
    ("Uzbekistan proposed creating a regional nuclear-free zone in 1993.", "state:UZB", set()),
    ("In 2010 the Armenian government established a commission on the diaspora.", "state:ARM", set()),
    ("Its founding members included Russia, Belarus and Armenia.", "state:BLR", set()),
]
