//! One verdict from every finding.
//!
//! Every answer wrun gives (a recommendation, each option of a comparison,
//! each week of a plan, each batch record) is judged here and nowhere else:
//! the verdict is the worst of the kind of weight's own verdict and every
//! warning found, so that a headline is never milder than what wrun itself
//! found (rule `one-verdict`).

use super::answer::{Note, Reason};
use super::kinds::{Severity, Verdict};

/// The verdict an answer earns, why, and which findings set it.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// The worst of every finding.
    pub verdict: Verdict,
    /// One sentence: the kind's own reason when it sets the verdict, else
    /// the first warning that does.
    pub reason: Reason,
    /// The ids of the findings that set the verdict: the rule behind the
    /// kind's own verdict when it is as severe as the worst warning, then
    /// every warning at that severity, in order, each once.
    pub because: Vec<&'static str>,
}

/// The verdict a finding of `severity` allows at best.
#[must_use]
pub const fn verdict_for(severity: Severity) -> Verdict {
    match severity {
        Severity::Info => Verdict::Recommended,
        Severity::Caution => Verdict::Caution,
        Severity::Danger => Verdict::NotRecommended,
    }
}

/// Judges an answer whose kind of weight earns `own` (with `reason`) and
/// whose warnings are `warnings`.
#[must_use]
pub fn assess(own: Verdict, reason: &Reason, warnings: &[Note]) -> Assessment {
    let worst = warnings
        .iter()
        .map(|warning| verdict_for(warning.severity))
        .max()
        .unwrap_or(Verdict::Recommended);
    let verdict = worst.max(own);
    let setting = || {
        warnings.iter().filter(move |warning| {
            warning.severity > Severity::Info && verdict_for(warning.severity) == verdict
        })
    };
    let mut because = Vec::new();
    if own == verdict {
        because.push(reason.source);
    }
    for warning in setting() {
        if !because.contains(&warning.id) {
            because.push(warning.id);
        }
    }
    let reason = match setting().next() {
        Some(warning) if own != verdict => Reason {
            message: warning.message.clone(),
            source: warning.source,
        },
        _ => reason.clone(),
    };
    Assessment {
        verdict,
        reason,
        because,
    }
}

#[cfg(test)]
mod tests {
    use crate::Message;

    use super::*;

    fn note(id: &'static str, severity: Severity) -> Note {
        Note {
            id,
            severity,
            message: Message::fixed("a message"),
            source: "a-rule",
        }
    }

    fn reason() -> Reason {
        Reason {
            message: Message::fixed("the kind's own reason"),
            source: "kind-rule",
        }
    }

    #[test]
    fn a_danger_makes_any_answer_not_recommended_and_names_itself() {
        let warnings = [
            note("minor", Severity::Caution),
            note("heavy", Severity::Danger),
        ];
        let judged = assess(Verdict::Recommended, &reason(), &warnings);
        assert_eq!(judged.verdict, Verdict::NotRecommended);
        assert_eq!(judged.because, ["heavy"]);
        assert_eq!(judged.reason.message.text(), "a message");
    }

    #[test]
    fn a_caution_caps_a_recommendation_at_caution() {
        let warnings = [
            note("info", Severity::Info),
            note("careful", Severity::Caution),
        ];
        let judged = assess(Verdict::Recommended, &reason(), &warnings);
        assert_eq!(judged.verdict, Verdict::Caution);
        assert_eq!(judged.because, ["careful"]);
    }

    #[test]
    fn the_kinds_own_verdict_stands_when_no_warning_is_worse() {
        let warnings = [
            note("careful", Severity::Caution),
            note("careful", Severity::Caution),
        ];
        let judged = assess(Verdict::NotRecommended, &reason(), &warnings);
        assert_eq!(judged.verdict, Verdict::NotRecommended);
        assert_eq!(judged.because, ["kind-rule"]);
        assert_eq!(judged.reason, reason());
        let judged = assess(Verdict::Caution, &reason(), &warnings);
        assert_eq!(judged.because, ["kind-rule", "careful"], "each id once");
        let judged = assess(
            Verdict::Recommended,
            &reason(),
            &[note("fyi", Severity::Info)],
        );
        assert_eq!(
            (judged.verdict, judged.because),
            (Verdict::Recommended, vec!["kind-rule"])
        );
    }
}
