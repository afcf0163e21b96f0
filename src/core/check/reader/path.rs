//! Where a value is in its file, for the messages.

use std::fmt;
use std::rc::Rc;

/// Where a value is in its file (`entities[3].figures[1]`), written out only for a message: a
/// large file has some twenty thousand items, and writing each one's path was a tenth of its
/// reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Path {
    Text(String),
    /// The item at an index of the list at a path (shared by the list's items).
    Item(Rc<str>, usize),
}

impl From<String> for Path {
    fn from(p: String) -> Self {
        Path::Text(p)
    }
}

impl From<&str> for Path {
    fn from(p: &str) -> Self {
        Path::Text(p.to_owned())
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Text(p) => f.write_str(p),
            Path::Item(list, i) => write!(f, "{list}[{i}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_is_written_as_its_list_and_index() {
        assert_eq!(
            Path::Item("entities[3].figures".into(), 1).to_string(),
            "entities[3].figures[1]"
        );
        assert_eq!(Path::from("group").to_string(), "group");
    }
}
