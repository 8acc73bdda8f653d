//! The small vocabularies of a recommendation: weight types, levels,
//! conditions, verdicts and severities, each with its stable kebab-case id.
//!
//! Ids and the aliases a user may type are held here once; the command line
//! and every output read them from here.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// A closed set of named values with stable ids and accepted aliases.
pub trait Named: Sized + Copy + 'static {
    /// What the set is called in messages: `weight type`, `level`.
    const WHAT: &'static str;
    /// Every value, in the order they are listed to users.
    const ALL: &'static [Self];
    /// The stable id, used in JSON and accepted on input.
    fn id(self) -> &'static str;
    /// Other spellings accepted on input.
    fn aliases(self) -> &'static [&'static str] {
        // Mutation testing offers `Vec::leak(Vec::new())` here: the same
        // empty list, so no test can tell them apart.
        &[]
    }
    /// A short description for help output.
    fn describe(self) -> &'static str;
    /// A normalized name without the words people put around a value of
    /// this set (`weighted vest`, `ankle weights`), to look up again when
    /// the name itself is not one; the name itself by default.
    #[must_use]
    fn unadorned(name: &str) -> &str {
        name
    }

    /// Looks a value up by its id or one of its aliases, ignoring case,
    /// surrounding spaces, and whether words are joined by `-`, `_`, `/` or
    /// a space (`knee pain`, `Knee_Pain`, `hand/wrist`).
    ///
    /// # Errors
    /// [`UnknownName`] listing every accepted id.
    fn from_name(name: &str) -> Result<Self, UnknownName> {
        // Most names come as ids are written: no need to normalize those.
        let is =
            |value: &Self, wanted: &str| value.id() == wanted || value.aliases().contains(&wanted);
        if let Some(value) = Self::ALL.iter().copied().find(|value| is(value, name)) {
            return Ok(value);
        }
        let wanted = normalized(name);
        let find = |wanted: &str| Self::ALL.iter().copied().find(|value| is(value, wanted));
        find(&wanted)
            .or_else(|| find(Self::unadorned(&wanted)))
            .ok_or_else(|| UnknownName {
                what: Self::WHAT,
                accepted: Self::ALL.iter().map(|value| value.id()).collect(),
            })
    }
}

/// A name as ids are written: lower case, words joined by `-`.
#[must_use]
pub fn normalized(name: &str) -> String {
    name.trim()
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '_' | '/'))
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// A name that is not one of the accepted ids or aliases.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what}; expected one of: {}", accepted.join(", "))]
pub struct UnknownName {
    what: &'static str,
    accepted: Vec<&'static str>,
}

macro_rules! named_display {
    ($($ty:ty),*) => {$(
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.id())
            }
        }
        impl FromStr for $ty {
            type Err = UnknownName;
            fn from_str(name: &str) -> Result<Self, Self::Err> {
                Self::from_name(name)
            }
        }
    )*};
}

vocabulary! {
    /// Where the weight is carried.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum WeightType {
        /// A weighted vest, loading the trunk.
        Vest = "vest",
        /// Weights held in the hands or strapped to the wrists.
        HandWrist = "hand-wrist",
        /// Weights strapped to the ankles.
        Ankle = "ankle",
    }
}

/// What a phrase after a load says it is for, as wrun writes a hand or
/// ankle load (`1 lb in each hand`): `2lb each`, `1kg per wrist`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PerLimb {
    /// `each`: each hand or each ankle, as the kind of weight has it.
    Each,
    /// `each hand`, `in each hand`, `per wrist`.
    Hand,
    /// `each ankle`, `on each ankle`, `per ankle`.
    Ankle,
}

impl PerLimb {
    /// Whether a load said to be for this limb fits `kind`: a vest is one
    /// load, and a hand's is not an ankle's.
    #[must_use]
    pub fn fits(self, kind: WeightType) -> bool {
        matches!(
            (self, kind),
            (Self::Each, WeightType::HandWrist | WeightType::Ankle)
                | (Self::Hand, WeightType::HandWrist)
                | (Self::Ankle, WeightType::Ankle)
        )
    }
}

impl Named for WeightType {
    const WHAT: &'static str = "weight type";
    const ALL: &'static [Self] = Self::VALUES;
    fn id(self) -> &'static str {
        Self::id(self)
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Self::Vest => &["vests"],
            Self::HandWrist => &["hand", "hands", "wrist", "wrists"],
            Self::Ankle => &["ankles"],
        }
    }
    /// The kind as wrun's text and help name it and a roster may: `Weighted
    /// vest`, `weight vest`, `Hand or wrist weights`, `hand-held weights`,
    /// `ankle weight`.
    fn unadorned(name: &str) -> &str {
        let name = ["weighted-", "weight-"]
            .iter()
            .find_map(|word| name.strip_prefix(word))
            .unwrap_or(name);
        let name = ["-weights", "-weight"]
            .iter()
            .find_map(|word| name.strip_suffix(word))
            .unwrap_or(name);
        match name {
            "hand-or-wrist" | "hand-and-wrist" | "hand-held" | "handheld"
            | "hand-held-or-wrist" => "hand-wrist",
            name => name,
        }
    }
    fn describe(self) -> &'static str {
        match self {
            Self::Vest => "a weighted vest",
            Self::HandWrist => "hand-held or wrist weights",
            Self::Ankle => "ankle weights",
        }
    }
}

vocabulary! {
    /// How used the runner is to running, and to running with weights.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum Level {
        /// New to running.
        Beginner = "beginner",
        /// Runs regularly, new to running with weights.
        #[default]
        Intermediate = "intermediate",
        /// An experienced, strong runner.
        Experienced = "experienced",
    }
}

impl Named for Level {
    const WHAT: &'static str = "level";
    const ALL: &'static [Self] = Self::VALUES;
    fn id(self) -> &'static str {
        Self::id(self)
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Self::Beginner => &["novice", "new"],
            Self::Intermediate => &["regular"],
            Self::Experienced => &["advanced", "expert"],
        }
    }
    fn describe(self) -> &'static str {
        match self {
            Self::Beginner => "new to running",
            Self::Intermediate => "runs regularly, new to running with weights",
            Self::Experienced => "an experienced, strong runner",
        }
    }
}

vocabulary! {
    /// A condition that makes extra load riskier.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Condition {
        /// Carrying extra body weight already.
        Overweight = "overweight",
        /// Knee pain.
        KneePain = "knee-pain",
        /// Back pain.
        BackPain = "back-pain",
    }
}

impl Condition {
    /// The words that say there is no condition, as a roster's cell, a
    /// profile or a flag may put it: `none`, and what spreadsheets hold
    /// for nothing.
    pub const NONE_WORDS: &'static [&'static str] =
        &["none", "no", "n/a", "na", "nil", "-", "–", "—"];

    /// Whether `text`, the whole of a list of conditions as one string,
    /// says there are none: one of [`Self::NONE_WORDS`], in any case.
    #[must_use]
    pub fn means_none(text: &str) -> bool {
        let text = text.trim();
        Self::NONE_WORDS
            .iter()
            .any(|word| text.eq_ignore_ascii_case(word))
    }
}

impl Named for Condition {
    const WHAT: &'static str = "condition";
    const ALL: &'static [Self] = Self::VALUES;
    fn id(self) -> &'static str {
        Self::id(self)
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Self::Overweight => &[],
            Self::KneePain => &["knee", "knees"],
            Self::BackPain => &["back"],
        }
    }
    fn describe(self) -> &'static str {
        match self {
            Self::Overweight => "extra body weight",
            Self::KneePain => "knee pain",
            Self::BackPain => "back pain",
        }
    }
}

vocabulary! {
    /// Whether a run is costed as a walk or a run.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum Gait {
        /// By speed: a walk below the walk-run switch, a run from it.
        #[default]
        Auto = "auto",
        /// A walk, whatever the speed.
        Walk = "walk",
        /// A run, whatever the speed.
        Run = "run",
    }
}

impl Gait {
    /// The gait a run is costed in: a walk where `walk`, else a run.
    #[must_use]
    pub(crate) const fn costed(walk: bool) -> Self {
        if walk { Self::Walk } else { Self::Run }
    }
}

impl Named for Gait {
    const WHAT: &'static str = "gait";
    const ALL: &'static [Self] = Self::VALUES;
    fn id(self) -> &'static str {
        Self::id(self)
    }
    fn describe(self) -> &'static str {
        match self {
            Self::Auto => "walk below 7.2 km/h (4.47 mph), run at or above",
            Self::Walk => "a walk, costed by Pandolf's equation",
            Self::Run => "a run, costed by the ACSM running equation",
        }
    }
}

vocabulary! {
    /// The ground underfoot, for walks.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum Terrain {
        /// A paved road or track.
        #[default]
        Paved = "paved",
        /// A treadmill.
        Treadmill = "treadmill",
        /// A dirt road.
        Dirt = "dirt",
        /// Light brush.
        LightBrush = "light-brush",
        /// Heavy brush.
        HeavyBrush = "heavy-brush",
        /// A swampy bog.
        Swamp = "swamp",
        /// Loose sand.
        Sand = "sand",
    }
}

impl Named for Terrain {
    const WHAT: &'static str = "terrain";
    const ALL: &'static [Self] = Self::VALUES;
    fn id(self) -> &'static str {
        Self::id(self)
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Self::Paved => &["road", "track"],
            Self::Dirt => &["dirt-road", "trail"],
            Self::Swamp => &["bog"],
            _ => &[],
        }
    }
    fn describe(self) -> &'static str {
        match self {
            Self::Paved => "a paved road or track",
            Self::Treadmill => "a treadmill",
            Self::Dirt => "a dirt road",
            Self::LightBrush => "light brush",
            Self::HeavyBrush => "heavy brush",
            Self::Swamp => "a swampy bog",
            Self::Sand => "loose sand",
        }
    }
}

impl Terrain {
    /// Whether the running model covers this ground (it knows only firm, even ground).
    #[must_use]
    pub const fn is_firm(self) -> bool {
        matches!(self, Self::Paved | Self::Treadmill)
    }
}

named_display!(WeightType, Level, Condition, Gait, Terrain);

vocabulary! {
    /// The overall answer. Ordered from best to worst.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Verdict {
        /// Go ahead, minding the warnings.
        Recommended = "recommended",
        /// Possible, but read the warnings first.
        Caution = "caution",
        /// Not for running.
        NotRecommended = "not-recommended",
    }
}

vocabulary! {
    /// How serious a warning is. Ordered from least to most severe.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Severity {
        /// Worth knowing.
        Info = "info",
        /// Take care.
        Caution = "caution",
        /// Could hurt you.
        Danger = "danger",
    }
}

/// Where a figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Stated by the article.
    Article,
    /// Estimated with a published model.
    Model,
    /// Measured in a published study, for the load and gait it studied.
    Study,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_load_for_each_limb_fits_the_kinds_worn_there_and_never_a_vest() {
        use WeightType::{Ankle, HandWrist, Vest};
        let fitting = |limb: PerLimb| {
            [Vest, HandWrist, Ankle]
                .into_iter()
                .filter(|&kind| limb.fits(kind))
                .collect::<Vec<_>>()
        };
        assert_eq!(fitting(PerLimb::Each), [HandWrist, Ankle]);
        assert_eq!(fitting(PerLimb::Hand), [HandWrist]);
        assert_eq!(fitting(PerLimb::Ankle), [Ankle]);
    }

    #[test]
    fn the_auto_gait_help_names_the_walk_run_speed_of_the_rules_table() {
        // The help text is a fixed string for clap; the figure lives in rules.rs.
        let switch = crate::Speed::from_m_per_min(crate::rules::WALK_RUN_M_PER_MIN);
        let both = switch.show_both(crate::SpeedUnit::KmPerHour);
        assert!(
            Gait::Auto.describe().contains(&format!("below {both},")),
            "{}",
            Gait::Auto.describe()
        );
    }

    #[test]
    fn weight_types_accept_their_ids_and_aliases_in_any_case() {
        assert_eq!("vest".parse(), Ok(WeightType::Vest));
        assert_eq!("Hand".parse(), Ok(WeightType::HandWrist));
        assert_eq!("wrists".parse(), Ok(WeightType::HandWrist));
        assert_eq!(" ANKLES ".parse(), Ok(WeightType::Ankle));
        assert_eq!("hand-wrist".parse(), Ok(WeightType::HandWrist));
    }

    #[test]
    fn weight_types_are_read_as_wruns_text_names_them_and_a_roster_may() {
        for (name, kind) in [
            ("Weighted vest", WeightType::Vest),
            ("weight vests", WeightType::Vest),
            ("Hand or wrist weights", WeightType::HandWrist),
            ("wrist weights", WeightType::HandWrist),
            ("Hand weight", WeightType::HandWrist),
            ("hand/wrist weights", WeightType::HandWrist),
            // As `--help` describes the kind.
            ("hand-held or wrist weights", WeightType::HandWrist),
            ("Hand-held weights", WeightType::HandWrist),
            ("handheld weights", WeightType::HandWrist),
            ("hand and wrist weights", WeightType::HandWrist),
            ("Ankle weights", WeightType::Ankle),
            ("ankle_weight", WeightType::Ankle),
        ] {
            assert_eq!(name.parse(), Ok(kind), "{name}");
        }
        // Only the words for a weight: not any word, and not for levels.
        for name in [
            "weights",
            "weighted",
            "heavy vest",
            "vest weights pack",
            "held weights",
            "hand-held vest",
        ] {
            assert!(name.parse::<WeightType>().is_err(), "{name}");
        }
        assert!("beginner weights".parse::<Level>().is_err());
    }

    #[test]
    fn an_unknown_name_lists_what_is_accepted() {
        let err = "backpack".parse::<WeightType>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown weight type; expected one of: vest, hand-wrist, ankle"
        );
        let err = "pro".parse::<Level>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown level; expected one of: beginner, intermediate, experienced"
        );
        assert!("".parse::<Condition>().is_err());
    }

    /// Every value of `T` reads back from its id, and is written in JSON as it.
    fn ids_round_trip<T: Named + PartialEq + std::fmt::Debug + serde::Serialize>() {
        for &value in T::ALL {
            assert_eq!(T::from_name(value.id()), Ok(value));
            assert_eq!(
                serde_json::to_value(value).unwrap(),
                serde_json::json!(value.id())
            );
        }
    }

    #[test]
    fn ids_round_trip_through_parsing_and_serialization() {
        ids_round_trip::<WeightType>();
        ids_round_trip::<Level>();
        ids_round_trip::<Condition>();
        ids_round_trip::<Gait>();
        ids_round_trip::<Terrain>();
    }

    #[test]
    fn verdict_and_severity_ids_are_their_json_names() {
        for &verdict in Verdict::VALUES {
            assert_eq!(
                serde_json::to_value(verdict).unwrap(),
                serde_json::json!(verdict.id())
            );
        }
        for &severity in Severity::VALUES {
            assert_eq!(
                serde_json::to_value(severity).unwrap(),
                serde_json::json!(severity.id())
            );
        }
    }

    #[test]
    fn intermediate_is_the_default_level() {
        assert_eq!(Level::default(), Level::Intermediate);
    }

    #[test]
    fn names_are_read_in_any_case_with_any_joiner_and_by_their_aliases() {
        assert_eq!(Condition::from_name("knee pain"), Ok(Condition::KneePain));
        assert_eq!(Condition::from_name(" Knee_Pain "), Ok(Condition::KneePain));
        assert_eq!(Condition::from_name("knees"), Ok(Condition::KneePain));
        assert_eq!(Condition::from_name("Back"), Ok(Condition::BackPain));
        assert_eq!(Condition::Overweight.aliases(), [] as [&str; 0]);
        assert!(Condition::from_name("obese").is_err());
        assert!(Condition::means_none(" None "));
        for blank in ["N/A", "no", "-", "—", "nil"] {
            assert!(Condition::means_none(blank), "{blank}");
        }
        assert!(!Condition::means_none("none, knee"));
        assert!(!Condition::means_none("knee"));
        assert!(
            Condition::from_name("none").is_err(),
            "not a condition of its own"
        );
        assert_eq!(
            WeightType::from_name("hand/wrist"),
            Ok(WeightType::HandWrist)
        );
        assert_eq!(Level::from_name("Advanced"), Ok(Level::Experienced));
        assert_eq!(Level::from_name("novice"), Ok(Level::Beginner));
        assert!(Level::from_name("pro").is_err());
        assert_eq!(normalized("  Dirt  Road "), "dirt-road");
        for (name, terrain) in [
            ("road", Terrain::Paved),
            ("Track", Terrain::Paved),
            ("dirt road", Terrain::Dirt),
            ("trail", Terrain::Dirt),
            ("bog", Terrain::Swamp),
            ("light brush", Terrain::LightBrush),
        ] {
            assert_eq!(Terrain::from_name(name), Ok(terrain), "{name}");
        }
        assert_eq!(Terrain::Treadmill.aliases(), [] as [&str; 0]);
        // A gait is read by its id alone, and a blank is no gait.
        for gait in Gait::ALL {
            assert_eq!(gait.aliases(), [] as [&str; 0], "{gait}");
        }
        assert!(Gait::from_name("").is_err());
    }

    #[test]
    fn every_value_has_a_description_of_its_own() {
        assert_eq!(WeightType::Vest.describe(), "a weighted vest");
        assert_eq!(Terrain::Sand.describe(), "loose sand");
        assert_eq!(Level::Beginner.describe(), "new to running");
        for descriptions in [
            WeightType::ALL
                .iter()
                .map(|t| t.describe())
                .collect::<Vec<_>>(),
            Level::ALL.iter().map(|l| l.describe()).collect(),
            Condition::ALL.iter().map(|c| c.describe()).collect(),
            Gait::ALL.iter().map(|g| g.describe()).collect(),
            Terrain::ALL.iter().map(|t| t.describe()).collect(),
        ] {
            let mut unique = descriptions.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), descriptions.len(), "{descriptions:?}");
        }
    }

    #[test]
    fn danger_is_more_severe_than_caution_and_caution_than_info() {
        assert!(Severity::Danger > Severity::Caution);
        assert!(Severity::Caution > Severity::Info);
    }
}
