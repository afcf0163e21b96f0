//! The file's top level as a tree, and its `entities` taken apart from it, in the one pass
//! over the file that finds them.
//!
//! A tree of the whole file costs several times the file in memory, and WebAssembly memory
//! never shrinks: a 2.7 MB file of 175 countries with 20 years of 6 indicators each grew the
//! page's memory to 21 MB. So the entities are never one tree. They are either read as they
//! come, figures straight into their fields ([`super::fast`]), or, when that reading declines
//! anything, kept as text, one slice each, and read one at a time. Anything neither takes
//! (`entities` not a list, a key written with escapes) is read whole instead.

use std::collections::HashSet;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::fast::{EntitiesSeed, Known, Parts};
use crate::core::check::reader::{without_bom, Cx, Json};

/// The entities, as the pass over the file left them.
pub(super) enum Entities<'a> {
    /// Read in the same pass as the top level: nothing declined.
    Read {
        parts: Vec<Parts<'a>>,
        /// The ids their references were resolved against (sources, issue areas,
        /// indicators), from the members before them; the reading holds them to the file's.
        known: [HashSet<String>; 3],
    },
    /// Each entity's text, to be read one at a time.
    Text(Vec<&'a RawValue>),
}

/// The top level, its `entities` as an empty list, and the entities apart. Read as they come
/// when `read`; `None` when the pass cannot take the file (or, reading, declined any part).
pub(super) fn split_entities(text: &str, read: bool) -> Option<(Json<'_>, Entities<'_>)> {
    let mut de = serde_json::Deserializer::from_str(without_bom(text));
    let (mut members, entities) = de.deserialize_map(Top { read }).ok()?;
    de.end().ok()?;
    members.push(("entities", Json::Array(Vec::new())));
    Some((Json::Object(members.into()), entities?))
}

/// The ids of the sources, issue areas and indicators among the members found so far, as
/// written. Reading those parts as the check does (a source's address, its dates) cost more
/// than the pass saved on a small file; the check holds these ids to the ones it read, and the
/// file is read again if they differ (a part left out, a key repeated after `entities`).
fn known_ids(members: &[(&str, Json<'_>)]) -> Cx {
    let cx = Cx::default();
    for (key, set) in [
        ("sources", &cx.sources),
        ("issue_areas", &cx.areas),
        ("indicators", &cx.indicators),
    ] {
        // The last of a repeated key, as everywhere.
        let Some((_, Json::Array(items))) = members.iter().rev().find(|(k, _)| *k == key) else {
            continue;
        };
        let mut ids = set.borrow_mut();
        for item in items {
            if let Json::Str(id) = item.get("id") {
                ids.insert(id.to_string());
            }
        }
    }
    cx
}

struct Top {
    read: bool,
}

type Members<'a> = Vec<(&'a str, Json<'a>)>;

impl<'de> Visitor<'de> for Top {
    type Value = (Members<'de>, Option<Entities<'de>>);
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a dataset object")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut m: M) -> Result<Self::Value, M::Error> {
        let mut members = Vec::new();
        // The last `entities` (a repeated key keeps its last value, as `JSON.parse` reads it).
        let mut entities = None;
        while let Some(key) = m.next_key::<&'de str>()? {
            if key != "entities" {
                members.push((key, m.next_value::<Json<'de>>()?));
            } else if self.read {
                let cx = known_ids(&members);
                let parts = m.next_value_seed(EntitiesSeed(&Known::new(&cx)))?;
                let known = [cx.sources.take(), cx.areas.take(), cx.indicators.take()];
                entities = Some(Entities::Read { parts, known });
            } else {
                // Not a list: an error, and the file is read whole.
                entities = Some(Entities::Text(m.next_value()?));
            }
        }
        Ok((members, entities))
    }
}
