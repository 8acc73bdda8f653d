//! Using wrun-core as a library: ask the core directly, no command line.
//!
//! Run with `cargo run -p wrun-core --example recommend`.

use wrun_core::{Condition, Level, Mass, Request, WeightType, recommend};

fn main() -> Result<(), wrun_core::GuidanceError> {
    // A 72 kg experienced runner with knee pain, choosing between a vest and hand weights.
    for weight_type in [WeightType::Vest, WeightType::HandWrist] {
        let mut request = Request::new(Mass::from_kg(72.0), weight_type);
        request.level = Level::Experienced;
        request.conditions = vec![Condition::KneePain];
        let answer = recommend(&request)?;

        print!("{weight_type}: {}", answer.verdict.id());
        if let Some(load) = answer.load {
            print!(", {:.1}–{:.1} kg", load.min.kg(), load.max.kg());
            if let Some(start) = load.start {
                print!(", start at {:.1} kg", start.kg());
            }
        }
        println!();
        for warning in &answer.warnings {
            println!(
                "  {:<8} {} [{}]",
                warning.severity.id(),
                warning.id,
                warning.source
            );
            // The words come from a template; the runner's figures are values.
            if !warning.message.values.is_empty() {
                println!("           {}", warning.message);
            }
        }
    }
    Ok(())
}
