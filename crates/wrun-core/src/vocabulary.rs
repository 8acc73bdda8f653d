//! The one place a vocabulary's ids are written.
//!
//! `vocabulary!` declares an enum whose every variant names its stable id
//! once, `Vest = "vest"`: the id it gives back ([`id`](crate::Verdict::id)),
//! the name serde writes and the value JSON Schema lists are all that one
//! string, and every value is listed once, in the order declared
//! ([`VALUES`](crate::Verdict::VALUES)).

/// Declares a closed set of values, each with its stable id; see the module.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $id:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(serde::Serialize, schemars::JsonSchema)]
        $vis enum $name {
            $(
                $(#[$variant_meta])*
                #[serde(rename = $id)]
                $variant
            ),+
        }

        impl $name {
            /// Every value, in the order declared.
            pub const VALUES: &'static [Self] = &[$(Self::$variant),+];

            /// The stable id: written in JSON, accepted on input.
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self {
                    $(Self::$variant => $id),+
                }
            }
        }
    };
}
