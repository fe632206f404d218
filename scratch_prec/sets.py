"""Tune and holdout sentences written BEFORE running the pipeline on them (prec11).
Each: (text, subject, expected) where expected is a set of keys:
  ("membership", state, org, role, date, modality)
  ("organization_event", org, event, state, date, modality)
  ("agreement", kind, parties-tuple, date, modality)
  ("visit", visitor_state, host_state, date)
  ("amount", kind, value, year, modality)
ACCEPT lists extra keys that are acceptable (extra tier) and not counted as unexpected."""

TUNE = [
    ("Relations between Kazakhstan and Uzbekistan are described as warm, and Kazakhstan is seen as a key partner of the European Union in Central Asia.", "state:KAZ", set()),
    ("Kazakhstan seeks closer ties with the European Union and the Association of Southeast Asian Nations.", "state:KAZ", set()),
    ("Georgia never joined the Collective Security Treaty Organization, and Ukraine failed to ratify the Charter of the Commonwealth of Independent States.", None, set()),
    ("Uzbekistan would have joined the Eurasian Economic Union in 2015 had its president not objected.", None, set()),
    ("Instead of joining the Collective Security Treaty Organization, Azerbaijan joined GUAM in 1997.", None,
     {("membership", "state:AZE", "org:GUAM", "member", "1997", None)}),
    ("Kazakhstan plans to join the Organisation for Economic Co-operation and Development by 2030.", "state:KAZ", set()),
    ("Kazakhstan and China are expected to sign an agreement on water sharing in 2021.", "state:KAZ", set()),
    ("The two countries aim to raise bilateral trade to $5 billion by 2030.", "state:KAZ",
     {("amount", "trade", 5000000000, "2030", "target")}),
    ("In 2008 Kazakhstan hosted a session of the CIS Interparliamentary Assembly in Almaty.", "state:KAZ", set()),
    ("Kazakhstan chaired the SCO Business Council in 2019.", "state:KAZ", set()),
    ("Kazakhstan ratified the Kyoto Protocol in 2009.", "state:KAZ",
     {("agreement", "protocol", ("state:KAZ",), "2009", None)}),
    ("From 2017 Kazakhstan took part in the Astana format talks on Syria with Russia, Turkey and Iran.", "state:KAZ", set()),
    ("In 1994 Kazakhstan ranked 25th among recipients of aid from the Asian Development Bank.", "state:KAZ", set()),
    ("Kazakhstan supported United Nations Security Council Resolution 1540 in 2004.", "state:KAZ", set()),
    ("In 1731 the Junior Horde accepted Russian protection.", "state:KAZ", set()),
    ("Kazakhstan adopted a new constitution in 1995 and held a presidential election in 1999.", "state:KAZ", set()),
    ("Talks between Kazakhstan and Russia on the Baikonur lease continued through 2003.", "state:KAZ", set()),
    ("Russian media accused Kazakhstan of violating the rules of the Customs Union in 2012.", "state:KAZ", set()),
    ("In 2005, the year Kyrgyzstan's president was ousted, Kazakhstan signed a border treaty with Kyrgyzstan.", "state:KAZ",
     {("agreement", "treaty", ("state:KAZ", "state:KGZ"), "2005", None)}),
    ("Kazakhstan joined the International Renewable Energy Agency in 2011.", "state:KAZ",
     {("membership", "state:KAZ", "new:International Renewable Energy Agency", "member", "2011", None)}),
]

HOLDOUT = [
    ("Ties between Kyrgyzstan and Tajikistan have been strained, and Tajikistan is regarded as an important ally of Russia.", None, set()),
    ("Mongolia has repeatedly expressed interest in deeper cooperation with the Shanghai Cooperation Organisation.", None, set()),
    ("Moldova never ratified the Charter of the Commonwealth of Independent States.", None, set()),
    ("Uzbekistan is expected to join the Eurasian Economic Union as an observer in 2020.", None,
     {("membership", "state:UZB", "org:EAEU", "observer", "2020", "planned")}),
    ("Kyrgyzstan hopes to increase its exports to China to $2 billion by 2025.", None,
     {("amount", "trade", 2000000000, "2025", "target")}),
    ("Kazakhstan hosted the annual session of the OSCE Parliamentary Assembly in Astana in 2008.", "state:KAZ", set()),
    ("Russia, France and the United States co-chair the OSCE Minsk Group.", None,
     {("membership", "state:RUS", "org:OSCE_MINSK_GROUP", "chair", None, None),
      ("membership", "state:FRA", "org:OSCE_MINSK_GROUP", "chair", None, None),
      ("membership", "state:USA", "org:OSCE_MINSK_GROUP", "chair", None, None)}),
    ("In 2012 Kazakhstan ranked 51st in the World Bank's Doing Business index.", "state:KAZ", set()),
    ("In 1868 the Russian Empire annexed the Kokand Khanate.", None, set()),
    ("Kyrgyzstan held a constitutional referendum in 2010.", None, set()),
    ("Uzbek officials accused Tajikistan of supporting militants in 1999.", None, set()),
    ("Negotiations between China and Kyrgyzstan on the railway project continued in 2013.", None, set()),
    ("Tajikistan joined the Shanghai Five in 1996 as a founding member.", None,
     {("membership", "state:TJK", "org:SHANGHAI_FIVE", "founder", "1996", None)}),
    ("UN Security Council Resolution 1373, adopted in 2001, was supported by Kyrgyzstan.", None, set()),
]
