//! Enums the database stores as text, declared once: `stored_enum!` gives each value its
//! stored name, the list of every value (`ALL`), parsing (`parse`), and on the server the
//! sqlx conversions, so that rows decode straight into the enum and queries bind it.
//! The names must match the SQL `CHECK` lists; `server/tests/api/schema.rs` checks that.

/// Declares an enum whose values are stored as the given names.
///
/// ```ignore
/// stored_enum! {
///     #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
///     pub enum Kind { Event = "event", Idea = "idea" }
/// }
/// ```
#[macro_export]
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $stored:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($stored),+].len()] = [$($name::$variant),+];

            /// The stored name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $stored),+
                }
            }

            /// The value with this stored name, if any.
            pub fn parse(input: &str) -> Option<$name> {
                match input.trim() {
                    $($stored => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        #[cfg(feature = "ssr")]
        impl sqlx::Type<sqlx::Any> for $name {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <String as sqlx::Type<sqlx::Any>>::type_info()
            }

            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <String as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        #[cfg(feature = "ssr")]
        impl<'q> sqlx::Encode<'q, sqlx::Any> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<'q, sqlx::Any>>::encode(self.as_str(), buf)
            }
        }

        #[cfg(feature = "ssr")]
        impl<'r> sqlx::Decode<'r, sqlx::Any> for $name {
            fn decode(
                value: <sqlx::Any as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let text = <String as sqlx::Decode<'r, sqlx::Any>>::decode(value)?;
                $name::parse(&text).ok_or_else(|| {
                    format!("{text:?} is not a stored {}", stringify!($name)).into()
                })
            }
        }
    };
}

/// A yes/no column, stored as 0 or 1: `sqlx::Any` cannot decode SQLite's booleans.
#[cfg(feature = "ssr")]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, sqlx::Type)]
#[sqlx(transparent)]
pub struct Flag(i64);

#[cfg(feature = "ssr")]
impl Flag {
    pub fn get(self) -> bool {
        self.0 != 0
    }
}

#[cfg(feature = "ssr")]
impl From<bool> for Flag {
    fn from(value: bool) -> Self {
        Flag(i64::from(value))
    }
}

#[cfg(test)]
mod tests {
    stored_enum! {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        enum Colour {
            Red = "red",
            DarkBlue = "dark_blue",
        }
    }

    #[test]
    fn every_value_round_trips_through_its_stored_name() {
        assert_eq!(Colour::ALL.len(), 2);
        for colour in Colour::ALL {
            assert_eq!(Colour::parse(colour.as_str()), Some(colour));
        }
        assert_eq!(Colour::DarkBlue.as_str(), "dark_blue");
        assert_eq!(Colour::parse(" red "), Some(Colour::Red));
        assert_eq!(Colour::parse("Red"), None);
    }
}
