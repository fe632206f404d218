"""Lead sentences of encyclopaedia articles on treaties, for the sentence sets on a state's act on a treaty told
without its noun (`test_treaty_unnamed_acts_tune14`, `test_treaty_unnamed_acts_holdout14`): each defines the article's
topic as an instrument (`treaty_words._topic_kind`), as the first sentence of such an article does. Modelled on the
leads of the articles on these treaties as remembered; none comes from an evaluation text."""

ANTARCTIC_LEAD = (
    "The Antarctic Treaty is a treaty that regulates international relations with respect to Antarctica.\n\n"
)

ATT_LEAD = (
    "The Arms Trade Treaty (ATT) is a multilateral treaty that regulates the international trade in conventional "
    "weapons.\n\n"
)

BWC_LEAD = (
    "The Biological Weapons Convention (BWC) is a disarmament treaty that effectively bans biological and toxin "
    "weapons.\n\n"
)

CCM_LEAD = (
    "The Convention on Cluster Munitions (CCM) is an international treaty that prohibits all use, transfer, "
    "production and stockpiling of cluster bombs.\n\n"
)

CWC_LEAD = (
    "The Chemical Weapons Convention (CWC) is an arms control treaty that outlaws the production, stockpiling and "
    "use of chemical weapons.\n\n"
)

ECT_LEAD = (
    "The Energy Charter Treaty (ECT) is an international agreement that establishes a multilateral framework for "
    "cross-border cooperation in the energy industry.\n\n"
)

KYOTO_LEAD = (
    "The Kyoto Protocol is an international treaty that extends the 1992 United Nations Framework Convention on "
    "Climate Change.\n\n"
)

OTTAWA_LEAD = (
    "The Ottawa Treaty, formally the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer "
    "of Anti-Personnel Mines and on their Destruction, is an international treaty that eliminates anti-personnel "
    "landmines around the world.\n\n"
)

PARIS_LEAD = "The Paris Agreement is an international treaty on climate change, adopted in 2015.\n\n"

ROME_LEAD = (
    "The Rome Statute of the International Criminal Court is the treaty that established the International Criminal "
    "Court.\n\n"
)

TLATELOLCO_LEAD = (
    "The Treaty of Tlatelolco is the conventional name given to the Treaty for the Prohibition of Nuclear Weapons in "
    "Latin America and the Caribbean.\n\n"
)

TPNW_LEAD = (
    "The Treaty on the Prohibition of Nuclear Weapons (TPNW) is the first legally binding international agreement to "
    "comprehensively prohibit nuclear weapons.\n\n"
)

UNCLOS_LEAD = (
    "The United Nations Convention on the Law of the Sea (UNCLOS) is an international agreement that establishes a "
    "legal framework for all marine and maritime activities.\n\n"
)
