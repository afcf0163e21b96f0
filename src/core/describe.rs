//! The map in words: one paragraph saying what it currently shows, the text alternative of a
//! picture that cannot be read out (WCAG 1.1.1). Built from the same rows as the map.

use super::dataset::{Entity, Indicator, Status};
use super::format::format_figure;
use super::stats::ranked;

fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "As of 8 Jul 2017 the map shows 11 entities of the group: 7 members (Colombia, …), …".
/// With an indicator: its highest and lowest figures and how many entities have none.
/// `rows` are the entities the filters leave, sorted by name.
pub fn describe(
    as_of: &str,
    rows: &[(&Entity, Status)],
    indicator: Option<&Indicator>,
    filtered: bool,
) -> String {
    if rows.is_empty() {
        return format!("As of {as_of} no entity of the group matches the filters; the map shows the countries without colour.");
    }
    let groups: Vec<String> = Status::SHOWN
        .into_iter()
        .filter_map(|s| {
            let names: Vec<&str> = rows
                .iter()
                .filter(|(_, rs)| *rs == s)
                .map(|(e, _)| e.name.as_str())
                .collect();
            let n = names.len();
            let what = match (s, n) {
                (Status::Member, 1) => "member",
                (Status::Member, _) => "members",
                (Status::Observer, 1) => "observer",
                (Status::Observer, _) => "observers",
                _ => "interested in joining",
            };
            (n > 0).then(|| format!("{n} {what} ({})", list(&names)))
        })
        .collect();
    let which = if filtered {
        "that the filters leave"
    } else {
        "of the International Leading Group on SSE"
    };
    let count = if rows.len() == 1 {
        "1 entity".to_owned()
    } else {
        format!("{} entities", rows.len())
    };
    let mut text = format!(
        "As of {as_of} the map shows {count} {which}: {}.",
        list(&groups.iter().map(String::as_str).collect::<Vec<_>>())
    );
    if let Some(i) = indicator {
        let entities: Vec<&Entity> = rows.iter().map(|(e, _)| *e).collect();
        let figures = ranked(&entities, &i.id);
        let missing = entities.len() - figures.len();
        let figure = |(e, f): &(&Entity, &super::dataset::Figure)| {
            format!(
                "{} ({}, {})",
                e.name,
                format_figure(f, &i.unit),
                f.year_label()
            )
        };
        match (figures.first(), figures.last()) {
            (Some(hi), Some(lo)) if figures.len() > 1 => text.push_str(&format!(
                " Coloured by {}: highest {}, lowest {}.",
                i.name,
                figure(hi),
                figure(lo)
            )),
            (Some(only), _) => {
                text.push_str(&format!(" Coloured by {}: only {}.", i.name, figure(only)))
            }
            _ => text.push_str(&format!(" Coloured by {}: no entity has a figure.", i.name)),
        }
        if missing > 0 && !figures.is_empty() {
            text.push_str(&format!(
                " {missing} {} no comparable figure.",
                if missing == 1 { "has" } else { "have" }
            ));
        }
    }
    text
}
